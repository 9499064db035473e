# Checkout's refusals, each naming its field and what would be accepted (crates/core/src/checkout/rules.rs).
checkout-not-a-number = "{ $text }" não é um número; escreva como 25 ou 12.50
checkout-no-lines = Adicione pelo menos um item para comprar
checkout-one-provider = Todos os itens de uma compra na { $provider } devem ser da { $provider }
checkout-quantity-range = A quantidade deve ser um número inteiro de 1 a { $max }
checkout-resale-price-negative = O preço de venda não pode ser negativo
checkout-customer-ref-too-long = A referência do cliente pode ter no máximo 200 caracteres
checkout-bitrefill-payment-methods = A Bitrefill aceita balance (saldo), auto ou uma destas formas: { $methods }
checkout-refund-address-needed = Um pagamento em cripto à Bitrefill precisa de um endereço de reembolso: um endereço { $method } seu, para onde é devolvido um pagamento a mais ou a menos
checkout-coin-and-network = A Cryptorefills aceita uma criptomoeda e uma rede, como USDC:Solana
checkout-cryptorefills-crypto-only = A Cryptorefills é paga em cripto: informe uma criptomoeda e uma rede, como USDC:Solana
# More units than one invoice or order holds, without `--split`; $parts is how many purchases it would take.
checkout-too-many-bitrefill = Uma fatura da Bitrefill comporta no máximo 20 itens; esta tem { $total }. Divida-a em { $parts } compras (`--split` ou "Dividir" no carrinho)
checkout-too-many-cryptorefills = Um pedido da Cryptorefills comporta no máximo 10 entregas; este tem { $total }. Divida-o em { $parts } compras (`--split` ou "Dividir" no carrinho)
checkout-out-of-stock = { $product } está esgotado no momento; tente mais tarde ou escolha outro produto
checkout-recipient-email = { $product } é entregue em um endereço de e-mail, como customer@example.com (informado: "{ $recipient }")
# The denomination or amount of a line (rules.rs, and the product view's amount field through it).
checkout-no-denominations = { $product } não tem valores fixos; informe um valor
checkout-no-such-denomination = { $product } não tem o valor "{ $wanted }"; escolha um destes: { $listed }
checkout-choose-range = Escolha um valor de { $min } a { $max }, em incrementos de { $step }
checkout-choose-listed-or-range = Escolha um destes: { $listed }, ou um valor de { $min } a { $max }
checkout-choose-listed = Escolha um destes: { $listed }
checkout-fixed-amounts-only = { $product } só é vendido em valores fixos: { $listed }
# $max carries the currency ("100 USD") when the product names one.
checkout-value-range = O valor deve ser de { $min } a { $max }, em incrementos de { $step } (informado: { $value })

# A top-up's number (crates/core/src/checkout/top_up.rs); $why says what is wrong with the number.
checkout-top-up-mobile = Uma recarga vai para um número de celular: { $why }
checkout-top-up-wrong-country = { $number } é um número de { $country }, e { $product } só recarrega números de { $serves }; escolha a operadora de { $country }

# eSIMs and their top-ups (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = A Cryptorefills não vende recargas para um eSIM comprado anteriormente; compre um novo plano
checkout-iccid-invalid = Um ICCID tem de 18 a 22 dígitos e começa com 89, como aparece ao lado do QR code do eSIM (o valor informado tem { $length ->
        [one] { $length } caractere
       *[other] { $length } caracteres
    })
checkout-esim-top-up-not-esim = { $product } não é um eSIM: só um plano de eSIM pode recarregar um eSIM
checkout-esim-top-up-one-plan = Um eSIM é recarregado com um plano por vez
checkout-esim-purchase-no-product = A compra do eSIM { $iccid } não indica nenhum produto de eSIM
checkout-esim-other-product = O eSIM { $iccid } é um { $product }: recarregue-o com um dos planos desse produto

# Cryptorefills orders, coins and the lookup by order id (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = A Cryptorefills precisa do e-mail do comprador para o recibo (recargas não têm destinatário de e-mail): informe o e-mail da sua conta
checkout-buyer-email-invalid = "{ $email }" não é um endereço de e-mail, como you@example.com
checkout-coin-suspended = { $pair } está suspenso na Cryptorefills no momento; pague com outra criptomoeda ou rede
checkout-coin-not-taken = A Cryptorefills não aceita { $coin } na rede { $network }; escolha uma destas opções: { $offered }
checkout-lookup-not-unknown = Só uma compra da Cryptorefills cuja resposta se perdeu pode ser consultada pelo ID do pedido
checkout-order-already-linked = Este pedido já pertence a outra compra
checkout-no-such-order = A Cryptorefills não tem o pedido "{ $order }"

# Purchases, payments and the sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = A compra "{ $id }" não existe; `giftdesk purchases` lista as compras
checkout-bulk-part-taken = Esta parte da importação em lote já está sendo comprada (em outra janela ou processo)
checkout-pay-no-invoice = Esta compra ainda não tem fatura da Bitrefill; não há nada a pagar
checkout-pay-balance-only = O Giftdesk só paga faturas com o saldo da Bitrefill; pagamentos em cripto são enviados da sua carteira
checkout-not-balance-purchase = Esta compra não é paga com o saldo da Bitrefill
checkout-simulate-sandbox-only = Pagamentos só podem ser simulados no ambiente de testes
checkout-no-provider-ref = Esta compra ainda não tem ID do fornecedor
checkout-sandbox-refused = O ambiente de testes recusou o pagamento (já pago ou expirado)
# Why the sandbox could not be reached (inside "Could not reach … (…)").
checkout-sandbox-not-running = o ambiente de testes não está em execução
checkout-sandbox-no-answer = o ambiente de testes não respondeu

# The files that tell "still sending" from "died" (crates/core/src/checkout/sending.rs); the OS's reason follows.
checkout-io-sending-directory = não foi possível criar a pasta de envio
checkout-io-sending-lock-create = não foi possível criar uma trava de envio
checkout-io-sending-lock-take = não foi possível obter uma trava de envio

# A purchase's trail: each step as the reseller reads it in the purchase's timeline
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Compra salva; enviando para a { $provider }
checkout-event-invoice-created = Fatura criada
checkout-event-order-created = Pedido criado
checkout-event-unreadable-answer = { $provider } respondeu em um formato que o Giftdesk não consegue ler; a compra fica como enviada
checkout-event-refused = { $provider } recusou: { $problems }
checkout-event-not-sent = Não enviada, nada foi criado: { $error }
checkout-event-no-answer = Sem resposta ({ $error }); a compra pode existir na { $provider }. O Giftdesk vai procurá-la, mas nunca a reenviará por conta própria
checkout-event-re-read = Nova consulta
checkout-event-re-read-before-paying = Nova consulta antes do pagamento
checkout-event-pay-nothing-sent = Nada enviado: a fatura está { $state }
checkout-event-already-paid = Já paga: nada enviado
checkout-event-payment-under-way = Um pagamento já está em andamento: nada enviado
checkout-event-paid-from-balance = Paga com o saldo
checkout-event-payment-refused = Pagamento recusado: { $problem }
checkout-event-payment-no-answer = Sem resposta ao pagamento ({ $error }); consulte a compra novamente antes de qualquer nova tentativa
checkout-event-found-by-order-id = Encontrada na Cryptorefills pelo ID do pedido

# Reconciliation of purchases whose answer was lost (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Ainda não foi possível consultá-la ({ $error }); ela continua desconhecida e nada é reenviado. O Giftdesk tenta de novo na próxima inicialização, ou execute `giftdesk purchases`
checkout-event-stopped-before-answer = O Giftdesk foi encerrado antes de o fornecedor responder; a compra está sendo consultada, nunca reenviada
checkout-event-found-by-reconciliation = Encontrada na Bitrefill pela conciliação: foi criada uma única vez
# What one look at Bitrefill's listings covered; shown inside the messages below. $from and $to are times.
checkout-reconcile-checked = { $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    } e { $invoices ->
        [one] { $invoices } fatura
       *[other] { $invoices } faturas
    } (incluindo as não pagas) listados entre { $from } e { $to }, { $read ->
        [one] { $read } verificado em detalhe
       *[other] { $read } verificados em detalhe
    }
checkout-event-never-created = A Bitrefill não tem nenhuma fatura desta compra ({ $checked }): ela nunca foi criada e nada foi cobrado; compre de novo se ainda quiser
checkout-event-not-found-yet = Procurada na Bitrefill, ainda não encontrada ({ $checked }); continua desconhecida e nada é reenviado
checkout-event-listing-incomplete = Procurada na Bitrefill, mas a listagem não estava completa ({ $checked }); continua desconhecida e nada é reenviado
checkout-event-several-match = { $count } faturas da Bitrefill correspondem ({ $checked }); confira-as na sua conta da Bitrefill
