# The headless verbs' words for people (src-tauri/cli/). `--json` output never comes from here.
# Counts are given as numbers ($count, $codes, …): a language may select plural forms on them; English keeps "(s)".

# Errors of the verbs' own start (src-tauri/cli/mod.rs, sandbox.rs), said as "context: cause".
cli-io-runtime = não foi possível iniciar o runtime assíncrono
cli-io-sandbox-ports = o ambiente de testes não conseguiu escutar nas suas portas
cli-sandbox-scales = --time-scale e --rate-limit-scale devem ser 0 ou mais

# `giftdesk config` (src-tauri/cli/mod.rs); the labels are aligned in a column. $provider comes padded.
cli-overview =
    Giftdesk { $version }
    dados           { $data }
    banco de dados  { $database } (esquema { $schema })
    logs            { $logs }
    configuração    { $config }
    chaveiro        serviço "{ $keyring }"
cli-credential-not-configured = { $provider } não configurada
cli-credential-in-keyring = { $provider } configurada no chaveiro ({ $hint })
cli-credential-from-environment = { $provider } configurada pelas variáveis de ambiente ({ $hint })

# `giftdesk login` and the secrets it reads (src-tauri/cli/credentials.rs). Prompts are followed by a space.
cli-prompt-bitrefill-api-key = Chave de API da Bitrefill:
cli-prompt-bitrefill-api-secret = Segredo de API da Bitrefill:
cli-prompt-cryptorefills-partner-id = ID de parceiro da Cryptorefills:
cli-login-api-id-not-for-cryptorefills = --api-id é para contas empresariais da Bitrefill; a Cryptorefills precisa apenas de um ID de parceiro
cli-io-terminal = não foi possível ler do terminal
cli-io-stdin = não foi possível ler a entrada padrão
cli-nothing-read = nada foi lido para { $field }: envie o valor por pipe ou digite-o no prompt

# `giftdesk backup` and `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Frase secreta do backup:
cli-prompt-passphrase-again = Repita a frase secreta:
cli-prompt-restore-passphrase = Frase secreta do backup a restaurar:
cli-backup-passphrases-differ = As duas frases secretas são diferentes; nada foi gravado
cli-backup-done =
    Backup de { $codes ->
        [one] { $codes } código
       *[other] { $codes } códigos
    }, { $purchases ->
        [one] { $purchases } compra
       *[other] { $purchases } compras
    } e { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clientes
    } salvo em { $path }.
    Guarde a frase secreta separada do arquivo: sem ela, o backup não pode ser aberto.
cli-restore-done =
    { $codes ->
        [one] { $codes } código
       *[other] { $codes } códigos
    }, { $purchases ->
        [one] { $purchases } compra
       *[other] { $purchases } compras
    } e { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clientes
    } restaurados de { $path }.
# Follows cli-restore-done after a space when some rows were there already.
cli-restore-already-here =
    { $count ->
        [one] { $count } registro já estava aqui e foi mantido como estava.
       *[other] { $count } registros já estavam aqui e foram mantidos como estavam.
    }

# `giftdesk buy`: what to buy and how to pay (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = "{ $plan }" não é um ID de plano; `giftdesk esims --country CC` mostra os IDs como PRODUCT|PLAN
cli-buy-esim-provider = O eSIM { $iccid } é da { $provider }; omita --provider
cli-buy-esim-product = { $product } não é o produto do eSIM { $iccid }: ele aceita planos de { $takes }
cli-buy-which-provider = Indique com --provider qual fornecedor vende { $product } (como `giftdesk esims` o lista)
cli-buy-what = Informe --provider, --product e --recipient, ou --phone
cli-buy-cryptorefills-top-up-brand = Indique a marca de recarga da Cryptorefills com --product (`giftdesk operator` lista as marcas)
# $note is Bitrefill's own word on the number, or cli-buy-no-operator-found.
cli-buy-no-operator = { $note } `giftdesk operator` lista as recargas da Cryptorefills para o país do número
cli-buy-no-operator-found = A Bitrefill não encontrou nenhuma operadora para este número.
cli-buy-operator-unsure = A Bitrefill não conseguiu identificar a operadora de { $number }; indique uma com --product: { $guesses }
cli-pay-cryptorefills-coin = A Cryptorefills aceita MOEDA:REDE, como USDC:Solana
cli-pay-once = Use --pay uma única vez por compra (duas vezes só com --from-csv)

# A purchase as `buy`, `pay`, `purchase` and `lookup` print it (src-tauri/cli/purchases.rs). Amounts carry their currency.
cli-purchase-no-provider-id = (ainda sem ID do fornecedor)
cli-purchase-id = compra  { $id }
cli-pay-to = Pague { $amount } para { $address }
cli-pay-to-on = Pague { $amount } na rede { $network } para { $address }
cli-pay-memo = Memo / tag: { $memo }
cli-pay-before = Prazo: { $expires }
cli-pay-from-balance = Preço: { $amount }, pago com o saldo
cli-purchase-last-step = Última etapa: { $note }
cli-pay-nothing-sent = Nada foi enviado: a compra já está paga ou em pagamento.
cli-balance = Saldo: { $before } antes, { $after } depois
cli-purchases-none = Nenhuma compra ainda.
# On standard error, from `purchases` and `track`.
cli-warning-lookup-failed = aviso: ainda não foi possível consultar a compra { $purchase } no fornecedor: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row comes padded to four places.
cli-bulk-pay-twice = --pay indica duas formas de pagar a { $provider }; informe uma por fornecedor
cli-bulk-unreadable = Não é possível ler { $path }: { $error }
cli-bulk-not-utf8 = O arquivo não está em texto UTF-8; salve-o na planilha como "CSV UTF-8"
cli-bulk-row-ok = linha { $row }  ok      { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = linha { $row }  ERRO    { $field }: { $message }
cli-bulk-plan-invoices = { $provider }: { $items ->
        [one] { $items } item
       *[other] { $items } itens
    } em { $purchases ->
        [one] { $purchases } fatura
       *[other] { $purchases } faturas
    }
cli-bulk-plan-orders = { $provider }: { $items ->
        [one] { $items } item
       *[other] { $items } itens
    } em { $purchases ->
        [one] { $purchases } pedido
       *[other] { $purchases } pedidos
    }
cli-bulk-total = total { $amount }
cli-bulk-total-face-value = total { $amount } (valor de face)
cli-bulk-imported-before = Este arquivo foi importado em { $at } ({ $batch }): --yes retoma essa importação; --again compra tudo mais uma vez.
cli-bulk-nothing-bought = Nada foi comprado. { $refused ->
        [one] { $refused } linha seria ignorada
       *[other] { $refused } linhas seriam ignoradas
    }; execute de novo com --yes para comprar as demais.
cli-bulk-progress = parte { $done }/{ $total }: { $provider } × { $items ->
        [one] { $items } item
       *[other] { $items } itens
    }, linhas { $rows } — { $state }
cli-bulk-not-sent-yet = ainda não enviada
cli-bulk-skipped = ignorada: { $field }: { $message }
cli-bulk-batch-row = linha { $row }  { $product }  { $result }
cli-bulk-sent = Importação em lote { $batch }: { $sent } de { $parts ->
        [one] { $parts } compra enviada
       *[other] { $parts } compras enviadas
    }.
cli-bulk-sent-resume = Importação em lote { $batch }: { $sent } de { $parts ->
        [one] { $parts } compra enviada
       *[other] { $parts } compras enviadas
    }; execute `giftdesk buy --from-csv FILE --yes` (sem --again) para retomar: uma compra cuja resposta se perdeu é consultada primeiro, nunca reenviada.
cli-bulk-awaiting-payment = Algumas compras aguardam pagamento: `giftdesk purchases` mostra onde pagar cada uma.

# `giftdesk track` and `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
        [one] { $count } código pronto
       *[other] { $count } códigos prontos
    }: { $brand } { $value }
cli-track-no-provider-id = { $id } não tem ID do fornecedor para acompanhar ({ $state })
cli-track-nothing = Nada a acompanhar: todas as compras estão concluídas.
cli-track-all-final =
    { $count ->
        [one] A compra acompanhada está concluída.
       *[other] Todas as { $count } compras acompanhadas estão concluídas.
    }
cli-codes-written =
    { $count ->
        [one] { $count } código gravado
       *[other] { $count } códigos gravados
    } em { $path }: lá eles ficam em texto simples; guarde o arquivo em local seguro e exclua-o quando terminar.
cli-codes-none = O cofre está vazio.
cli-code-hidden = •••• (revele com --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` and `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets aceita códigos de país de duas letras, como US,FR, e não { $market }
cli-sync-progress = { $provider }: página { $pages }, { $products } produtos, { $seconds } s
cli-sync-progress-left = { $provider }: página { $pages }, { $products } produtos, { $seconds } s, faltam cerca de { $left } s
cli-sync-report = { $provider }: { $products } produtos ({ $added } adicionados, { $updated } atualizados, { $gone } removidos) em { $seconds } s, { $requests } requisições, { $throttled } limitadas pela cota
cli-search-country = --country aceita um código de duas letras, como US ou DE, e não { $country }
cli-search-none = Nenhum produto encontrado. Execute `giftdesk sync` se o catálogo estiver vazio.
cli-search-out-of-stock = (esgotado)
cli-operator-found = A Bitrefill encontrou a operadora:
cli-operator-unsure = A Bitrefill não conseguiu identificar a operadora; é uma destas (compre com --product):
cli-operator-cryptorefills-none = Cryptorefills: nenhuma recarga de { $country } no catálogo.
cli-operator-cryptorefills = Recargas da Cryptorefills para { $country }:
cli-esims-none = Nenhum plano de eSIM para este destino. Execute `giftdesk sync` se o catálogo estiver vazio.
cli-esims-unlimited = ilimitado
cli-esims-data = { $gb } GB
cli-esims-days =
    { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` and `voucher` (src-tauri/cli/desk.rs, mod.rs). Amounts carry their currency
# where one is named; $key and $count of a sales row come padded.
cli-customer-added = Cliente { $id } adicionado: { $name }
cli-customers-none = Nenhum cliente ainda: `giftdesk customers add --name NAME`.
cli-customer-history = { $name }: { $purchases ->
        [one] { $purchases } compra
       *[other] { $purchases } compras
    }, { $codes ->
        [one] { $codes } código
       *[other] { $codes } códigos
    }
cli-customer-total = { $count ->
        [one] { $count } vendido
       *[other] { $count } vendidos
    } por { $sales }, custo { $cost }, margem { $margin }
cli-code-sold = Código { $id } vendido por { $price }
cli-sales-written =
    { $count ->
        [one] { $count } item vendido exportado
       *[other] { $count } itens vendidos exportados
    } para { $path }.
cli-sales-row = { $key } { $count }  vendas { $sales }  custo { $cost }  margem { $margin }
cli-sales-rates = (câmbio: { $rates })
cli-sales-none = Nenhuma venda neste período: `giftdesk sell CODE_ID --price P --currency C` registra uma.
cli-sales-needs-rate = Fora do relatório até que um câmbio seja informado (`giftdesk sell … --rate R`): códigos { $codes }
cli-voucher-where = Indique onde gravar o voucher: --pdf ARQUIVO ou --png ARQUIVO
cli-vouchers-written =
    { $count ->
        [one] { $count } voucher salvo
       *[other] { $count } vouchers salvos
    } em { $path }.
