# A provider's refusal in the reseller's words (crates/core/src/checkout/problems.rs): for each provider's code,
# what happened and, in the `-action` message, the next step. Ids are stable; the words may improve.

# Bitrefill's error codes (invoice creation, top-ups, paying, auth, limits).
problem-bitrefill-unsupported-payment-method = A Bitrefill não aceita esta forma de pagamento.
problem-bitrefill-unsupported-payment-method-action = Escolha o saldo ou uma das criptomoedas listadas.
problem-bitrefill-missing-param = Falta na compra uma informação de que a Bitrefill precisa.
problem-bitrefill-missing-param-action = Preencha todos os campos do item e tente novamente.
problem-bitrefill-parse-error = A Bitrefill não conseguiu ler a solicitação.
problem-bitrefill-parse-error-action = Tente novamente; se o problema continuar, informe-o enviando o arquivo de log.
problem-bitrefill-not-found = A Bitrefill não vende mais este produto.
problem-bitrefill-not-found-action = Atualize o catálogo e escolha outro produto.
problem-bitrefill-out-of-stock = Este produto está esgotado na Bitrefill.
problem-bitrefill-out-of-stock-action = Tente mais tarde ou compre a mesma marca na Cryptorefills.
problem-bitrefill-invalid-param = A Bitrefill recusou um dos valores.
problem-bitrefill-invalid-param-action = Verifique o valor, a quantidade e o destinatário.
problem-bitrefill-too-many-items = Uma fatura da Bitrefill comporta no máximo 20 itens.
problem-bitrefill-too-many-items-action = Divida o carrinho em várias faturas.
problem-bitrefill-create-invoice-failed = A Bitrefill não conseguiu criar a fatura; nada foi cobrado.
problem-bitrefill-create-invoice-failed-action = Tente novamente em um minuto.
problem-bitrefill-balance-too-low = Seu saldo na Bitrefill é insuficiente para esta compra.
problem-bitrefill-balance-too-low-action = Recarregue seu saldo na Bitrefill ou pague com cripto.
problem-bitrefill-insufficient-funds = Seu saldo na Bitrefill é insuficiente para pagar esta fatura.
problem-bitrefill-insufficient-funds-action = Recarregue seu saldo na Bitrefill e pague novamente.
problem-bitrefill-invalid-phone-number = O número de telefone não é válido para esta recarga.
problem-bitrefill-invalid-phone-number-action = Digite-o no formato internacional, como +14155551234.
problem-bitrefill-unsupported-operator = O produto não atende a operadora deste número de telefone.
problem-bitrefill-unsupported-operator-action = Escolha o produto de recarga da operadora do número.
problem-bitrefill-delivery-failed = A operadora recusou a recarga para este número.
problem-bitrefill-delivery-failed-action = Confirme o número com seu cliente e tente novamente.
problem-bitrefill-already-paid = Esta fatura já foi paga ou não existe mais.
problem-bitrefill-already-paid-action = Não há mais nada a pagar; acompanhe a compra em Pedidos.
problem-bitrefill-unauthorized = A Bitrefill recusou as credenciais de API.
problem-bitrefill-unauthorized-action = Verifique a chave de API em Configurações.
problem-bitrefill-forbidden = Esta conta da Bitrefill não tem acesso à API ou está suspensa.
problem-bitrefill-forbidden-action = Peça à Bitrefill para liberar o acesso à API para a conta.
problem-bitrefill-rate-limited = A Bitrefill pediu ao Giftdesk que diminua o ritmo das solicitações.
problem-bitrefill-rate-limited-action = Aguarde um minuto e tente novamente.
# A code Giftdesk does not know yet: Bitrefill's own words follow as a detail.
problem-bitrefill-other = A Bitrefill recusou a compra.
problem-bitrefill-other-action = Leia a mensagem da Bitrefill abaixo; tente novamente ou entre em contato com o suporte da Bitrefill.
# A detail line: Bitrefill's own message, as it sent it.
problem-bitrefill-says = Mensagem da Bitrefill: { $message }

# Cryptorefills' validation problems and HTTP-level errors.
problem-cryptorefills-amount-less-then-minimum-allowed = O total do pedido está abaixo do mínimo aceito pela Cryptorefills.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Aumente o valor ou adicione itens.
problem-cryptorefills-maximum-amount-per-order-exceeded = O total do pedido ultrapassa o valor máximo permitido por pedido.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Reduza o valor ou divida a compra em vários pedidos.
problem-cryptorefills-daily-spending-limit-exceeded = A conta atingiu seu limite diário de gastos.
problem-cryptorefills-daily-spending-limit-exceeded-action = Aguarde até amanhã ou conclua a verificação da conta para ter limites maiores.
problem-cryptorefills-monthly-spending-limit-exceeded = A conta atingiu seu limite mensal de gastos.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Aguarde até o próximo mês ou conclua a verificação da conta para ter limites maiores.
problem-cryptorefills-product-count-exceeded = Um pedido comporta no máximo 10 entregas.
problem-cryptorefills-product-count-exceeded-action = Divida o carrinho em vários pedidos.
problem-cryptorefills-multiple-limited-product-same-order = Só pode haver um produto limitado por pedido.
problem-cryptorefills-multiple-limited-product-same-order-action = Compre os produtos limitados em pedidos separados.
# Both NOT_AVAILABLE_PRODUCT and PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Este produto não é mais vendido neste país.
problem-cryptorefills-product-not-available-action = Atualize o catálogo e escolha outro produto ou país.
problem-cryptorefills-out-of-stock = Este produto está esgotado na Cryptorefills.
problem-cryptorefills-out-of-stock-action = Tente mais tarde ou compre a mesma marca na Bitrefill.
problem-cryptorefills-not-active = Este produto está pausado na Cryptorefills.
problem-cryptorefills-not-active-action = Tente mais tarde ou escolha outro produto.
problem-cryptorefills-invalid-beneficiary-account = O destinatário não é compatível com o produto.
problem-cryptorefills-invalid-beneficiary-account-action = Use um e-mail para gift cards e eSIMs e um número de telefone internacional (+14155551234) para recargas.
problem-cryptorefills-not-allowed-payment-via = Esta forma de pagamento não é permitida para o pedido.
problem-cryptorefills-not-allowed-payment-via-action = Escolha uma das formas permitidas listadas abaixo.
problem-cryptorefills-unsupported-protocol-coin-combination = Esta criptomoeda não é aceita nesta rede.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Escolha um dos pares de criptomoeda e rede listados abaixo.
problem-cryptorefills-login-required = Este produto exige uma conta da Cryptorefills com login.
problem-cryptorefills-login-required-action = Compre-o em cryptorefills.com com uma conta whitelabel ou escolha outro produto.
problem-cryptorefills-coupon-requires-login = Este cupom exige uma conta da Cryptorefills com login.
problem-cryptorefills-coupon-requires-login-action = Remova o cupom ou resgate-o em cryptorefills.com.
problem-cryptorefills-coupon-not-found = Este código de cupom não existe.
problem-cryptorefills-coupon-not-found-action = Verifique a grafia ou remova o cupom.
problem-cryptorefills-coupon-not-active = O cupom ainda não está ativo.
problem-cryptorefills-coupon-not-active-action = Remova-o ou use-o quando ele entrar em vigor.
problem-cryptorefills-coupon-already-spent = O cupom já foi usado por esta conta.
problem-cryptorefills-coupon-already-spent-action = Remova o cupom.
problem-cryptorefills-coupon-max-usage-reached = O cupom atingiu o limite de usos.
problem-cryptorefills-coupon-max-usage-reached-action = Remova o cupom.
problem-cryptorefills-coupon-expired = O cupom expirou.
problem-cryptorefills-coupon-expired-action = Remova o cupom.
problem-cryptorefills-coupon-below-min-amount = O pedido está abaixo do valor mínimo do cupom.
problem-cryptorefills-coupon-below-min-amount-action = Adicione itens ou remova o cupom.
problem-cryptorefills-coupon-not-valid-for-user = O cupom não é válido para esta conta.
problem-cryptorefills-coupon-not-valid-for-user-action = Remova o cupom.
problem-cryptorefills-coupon-not-valid-for-category = O cupom não se aplica a estas categorias de produto.
problem-cryptorefills-coupon-not-valid-for-category-action = Remova o cupom ou troque os produtos.
problem-cryptorefills-coupon-not-valid-for-kind = O cupom não se aplica a este tipo de produto.
problem-cryptorefills-coupon-not-valid-for-kind-action = Remova o cupom ou troque os produtos.
problem-cryptorefills-coupon-not-valid-for-brand = O cupom não se aplica a estas marcas.
problem-cryptorefills-coupon-not-valid-for-brand-action = Remova o cupom ou troque as marcas.
problem-cryptorefills-coupon-not-valid-for-country = O cupom não é válido neste país.
problem-cryptorefills-coupon-not-valid-for-country-action = Remova o cupom.
problem-cryptorefills-coupon-not-valid-for-store = O cupom não é válido para esta loja ou região.
problem-cryptorefills-coupon-not-valid-for-store-action = Remova o cupom.
problem-cryptorefills-kyc-missing = A conta precisa verificar a identidade para este pedido.
problem-cryptorefills-kyc-missing-action = Conclua a verificação de identidade na sua conta da Cryptorefills e tente novamente.
problem-cryptorefills-kyc-pending = A verificação de identidade está em andamento.
problem-cryptorefills-kyc-pending-action = Aguarde a conclusão (normalmente 20 minutos, até 48 horas) e tente novamente.
problem-cryptorefills-verification-required = A Cryptorefills precisa de uma verificação adicional desta conta.
problem-cryptorefills-verification-required-action = Entre em contato com o suporte da Cryptorefills e tente novamente.
problem-cryptorefills-fullname-missing = Para pagar com stablecoins na rede Tron, o nome completo do titular precisa constar na conta.
problem-cryptorefills-fullname-missing-action = Adicione seu nome completo na sua conta da Cryptorefills ou pague em outra rede.
problem-cryptorefills-invalid-email-domain = A Cryptorefills não aceita o domínio deste e-mail.
problem-cryptorefills-invalid-email-domain-action = Use um endereço de e-mail permanente.
problem-cryptorefills-suspended-coin = Esta criptomoeda está suspensa na Cryptorefills no momento.
problem-cryptorefills-suspended-coin-action = Pague com outra criptomoeda.
problem-cryptorefills-suspended-network = Esta rede está suspensa na Cryptorefills no momento.
problem-cryptorefills-suspended-network-action = Pague em outra rede.
problem-cryptorefills-order-not-found = A Cryptorefills não tem nenhum pedido com este ID.
problem-cryptorefills-order-not-found-action = Verifique o ID do pedido.
# A code Giftdesk does not know yet: Cryptorefills' details follow.
problem-cryptorefills-other = A Cryptorefills recusou o pedido.
problem-cryptorefills-other-action = Leia os detalhes abaixo; tente novamente ou entre em contato com o suporte da Cryptorefills.
# A detail line: one coin and network pair Cryptorefills accepts ("USDC on Solana").
problem-detail-coin-on-network = { $coin } na rede { $network }

# A whole set of problems as one sentence for logs, terminals and the purchase's trail
# (crates/core/src/problem.rs): the message, the next step, the details if any, then the provider's code.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Between two details in a summary.
problem-summary-details-separator = ;{" "}
