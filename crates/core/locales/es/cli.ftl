# The headless verbs' words for people (src-tauri/cli/). `--json` output never comes from here.
# Counts are given as numbers ($count, $codes, …): a language may select plural forms on them; English keeps "(s)".

# Errors of the verbs' own start (src-tauri/cli/mod.rs, sandbox.rs), said as "context: cause".
cli-io-runtime = no se pudo iniciar el entorno de ejecución asíncrono
cli-io-sandbox-ports = el entorno de pruebas no pudo escuchar en sus puertos
cli-sandbox-scales = --time-scale y --rate-limit-scale deben ser 0 o más

# `giftdesk config` (src-tauri/cli/mod.rs); the labels are aligned in a column. $provider comes padded.
cli-overview =
    Giftdesk { $version }
    datos          { $data }
    base de datos  { $database } (esquema { $schema })
    registros      { $logs }
    configuración  { $config }
    llavero        servicio "{ $keyring }"
cli-credential-not-configured = { $provider } sin configurar
cli-credential-in-keyring = { $provider } configurado en el llavero ({ $hint })
cli-credential-from-environment = { $provider } configurado desde las variables de entorno ({ $hint })

# `giftdesk login` and the secrets it reads (src-tauri/cli/credentials.rs). Prompts are followed by a space.
cli-prompt-bitrefill-api-key = Clave de API de Bitrefill:
cli-prompt-bitrefill-api-secret = Secreto de API de Bitrefill:
cli-prompt-cryptorefills-partner-id = ID de socio de Cryptorefills:
cli-login-api-id-not-for-cryptorefills = --api-id es para cuentas de empresa de Bitrefill; Cryptorefills solo necesita un ID de socio
cli-io-terminal = no se pudo leer desde la terminal
cli-io-stdin = no se pudo leer la entrada estándar
cli-nothing-read = no se leyó nada para { $field }: pásalo por la entrada estándar o escríbelo cuando se te pida

# `giftdesk backup` and `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Elige una frase de contraseña para la copia de seguridad:
cli-prompt-passphrase-again = Repite la frase de contraseña:
cli-prompt-restore-passphrase = Frase de contraseña de la copia de seguridad:
cli-backup-passphrases-differ = Las dos frases de contraseña no coinciden; no se escribió nada
cli-backup-done =
    Se guardaron { $codes ->
        [one] { $codes } código
       *[other] { $codes } códigos
    }, { $purchases ->
        [one] { $purchases } compra
       *[other] { $purchases } compras
    } y { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clientes
    } en { $path }.
    Guarda la frase de contraseña por separado del archivo: sin ella, la copia de seguridad no se puede abrir.
cli-restore-done =
    Se restauraron { $codes ->
        [one] { $codes } código
       *[other] { $codes } códigos
    }, { $purchases ->
        [one] { $purchases } compra
       *[other] { $purchases } compras
    } y { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clientes
    } desde { $path }.
# Follows cli-restore-done after a space when some rows were there already.
cli-restore-already-here =
    { $count ->
        [one] { $count } registro ya estaba aquí y se dejó como estaba.
       *[other] { $count } registros ya estaban aquí y se dejaron como estaban.
    }

# `giftdesk buy`: what to buy and how to pay (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = "{ $plan }" no es un ID de plan; `giftdesk esims --country CC` los muestra como PRODUCT|PLAN
cli-buy-esim-provider = La eSIM { $iccid } es de { $provider }; omite --provider
cli-buy-esim-product = { $product } no es el producto de la eSIM { $iccid }: esta admite planes de { $takes }
cli-buy-which-provider = Indica con --provider qué proveedor vende { $product } (tal como lo muestra `giftdesk esims`)
cli-buy-what = Indica --provider, --product y --recipient, o bien --phone
cli-buy-cryptorefills-top-up-brand = Indica la marca de recarga de Cryptorefills con --product (`giftdesk operator` las muestra)
# $note is Bitrefill's own word on the number, or cli-buy-no-operator-found.
cli-buy-no-operator = { $note } `giftdesk operator` muestra las recargas de Cryptorefills para su país
cli-buy-no-operator-found = Bitrefill no encontró ningún operador para este número.
cli-buy-operator-unsure = Bitrefill no pudo determinar el operador de { $number }; indica uno con --product: { $guesses }
cli-pay-cryptorefills-coin = Cryptorefills acepta COIN:NETWORK (criptomoneda y red), como USDC:Solana
cli-pay-once = Indica --pay una sola vez para una compra (dos veces solo con --from-csv)

# A purchase as `buy`, `pay`, `purchase` and `lookup` print it (src-tauri/cli/purchases.rs). Amounts carry their currency.
cli-purchase-no-provider-id = (aún sin ID del proveedor)
cli-purchase-id = compra  { $id }
cli-pay-to = Paga { $amount } a { $address }
cli-pay-to-on = Paga { $amount } en la red { $network } a { $address }
cli-pay-memo = Memo / etiqueta: { $memo }
cli-pay-before = Antes de { $expires }
cli-pay-from-balance = Precio { $amount }, con cargo al saldo
cli-purchase-last-step = Último paso: { $note }
cli-pay-nothing-sent = No se envió nada: ya está pagada o se está pagando.
cli-balance = Saldo: { $before } antes, { $after } después
cli-purchases-none = Aún no hay compras.
# On standard error, from `purchases` and `track`.
cli-warning-lookup-failed = advertencia: aún no se pudo consultar la compra { $purchase } en su proveedor: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row comes padded to four places.
cli-bulk-pay-twice = --pay indica dos formas de pagar a { $provider }; indica una por proveedor
cli-bulk-unreadable = No se puede leer { $path }: { $error }
cli-bulk-not-utf8 = El archivo no es texto UTF-8; guárdalo desde la hoja de cálculo como "CSV UTF-8"
cli-bulk-row-ok = fila { $row }  ok      { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = fila { $row }  ERROR   { $field }: { $message }
cli-bulk-plan-invoices =
    { $provider }: { $items ->
        [one] { $items } artículo
       *[other] { $items } artículos
    } en { $purchases ->
        [one] { $purchases } factura
       *[other] { $purchases } facturas
    }
cli-bulk-plan-orders =
    { $provider }: { $items ->
        [one] { $items } artículo
       *[other] { $items } artículos
    } en { $purchases ->
        [one] { $purchases } pedido
       *[other] { $purchases } pedidos
    }
cli-bulk-total = total: { $amount }
cli-bulk-total-face-value = total: { $amount } (valor nominal)
cli-bulk-imported-before = Este archivo ya se importó el { $at } ({ $batch }): --yes reanuda esa importación; --again lo vuelve a comprar todo.
cli-bulk-nothing-bought =
    No se compró nada. { $refused ->
        [one] Se omitiría { $refused } fila
       *[other] Se omitirían { $refused } filas
    }; vuelve a ejecutarlo con --yes para comprar las demás.
cli-bulk-progress =
    parte { $done }/{ $total }: { $provider } × { $items ->
        [one] { $items } artículo
       *[other] { $items } artículos
    }, filas { $rows } — { $state }
cli-bulk-not-sent-yet = aún no enviada
cli-bulk-skipped = omitida: { $field }: { $message }
cli-bulk-batch-row = fila { $row }  { $product }  { $result }
cli-bulk-sent =
    Importación masiva { $batch }: { $parts ->
        [one] { $sent } de { $parts } compra enviada.
       *[other] { $sent } de { $parts } compras enviadas.
    }
cli-bulk-sent-resume =
    Importación masiva { $batch }: { $parts ->
        [one] { $sent } de { $parts } compra enviada
       *[other] { $sent } de { $parts } compras enviadas
    }; ejecuta `giftdesk buy --from-csv FILE --yes` (sin --again) para reanudarla: una compra cuya respuesta se perdió se busca primero y nunca se reenvía.
cli-bulk-awaiting-payment = Algunas compras están pendientes de pago: `giftdesk purchases` muestra dónde pagar cada una.

# `giftdesk track` and `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
        [one] { $count } código listo
       *[other] { $count } códigos listos
    }: { $brand } { $value }
cli-track-no-provider-id = { $id } no tiene ID del proveedor para seguirla ({ $state })
cli-track-nothing = Nada que seguir: todas las compras están finalizadas.
cli-track-all-final =
    { $count ->
        [one] La única compra seguida está finalizada.
       *[other] Las { $count } compras seguidas están finalizadas.
    }
cli-codes-written =
    { $count ->
        [one] Se escribió { $count } código
       *[other] Se escribieron { $count } códigos
    } en { $path }: ahí están sin cifrar; protege el archivo y elimínalo cuando ya no lo necesites.
cli-codes-none = La bóveda está vacía.
cli-code-hidden = •••• (usa --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` and `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets admite códigos de país de dos letras, como US,FR, no { $market }
cli-sync-progress = { $provider }: página { $pages }, { $products } productos, { $seconds } s
cli-sync-progress-left = { $provider }: página { $pages }, { $products } productos, { $seconds } s, quedan unos { $left } s
cli-sync-report = { $provider }: { $products } productos ({ $added } agregados, { $updated } actualizados, { $gone } retirados) en { $seconds } s, { $requests } solicitudes, { $throttled } frenadas por límite de frecuencia
cli-search-country = --country admite un código de dos letras, como US o DE, no { $country }
cli-search-none = Ningún producto coincide. Ejecuta `giftdesk sync` si el catálogo está vacío.
cli-search-out-of-stock = (agotado)
cli-operator-found = Bitrefill encontró el operador:
cli-operator-unsure = Bitrefill no pudo determinar el operador; es uno de estos (compra con --product):
cli-operator-cryptorefills-none = Cryptorefills: no hay recargas de { $country } en el catálogo.
cli-operator-cryptorefills = Recargas de Cryptorefills para { $country }:
cli-esims-none = No hay planes eSIM para este destino. Ejecuta `giftdesk sync` si el catálogo está vacío.
cli-esims-unlimited = ilimitado
cli-esims-data = { $gb } GB
cli-esims-days = { $days } días
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` and `voucher` (src-tauri/cli/desk.rs, mod.rs). Amounts carry their currency
# where one is named; $key and $count of a sales row come padded.
cli-customer-added = Cliente { $id } agregado: { $name }
cli-customers-none = Aún no hay clientes: `giftdesk customers add --name NAME`.
cli-customer-history =
    { $name }: { $purchases ->
        [one] { $purchases } compra
       *[other] { $purchases } compras
    }, { $codes ->
        [one] { $codes } código
       *[other] { $codes } códigos
    }
cli-customer-total =
    { $count ->
        [one] { $count } vendido
       *[other] { $count } vendidos
    } por { $sales }, costo { $cost }, margen { $margin }
cli-code-sold = Código { $id } vendido por { $price }
cli-sales-written =
    { $count ->
        [one] Se escribió { $count } artículo vendido
       *[other] Se escribieron { $count } artículos vendidos
    } en { $path }.
cli-sales-row = { $key } { $count }  ventas { $sales }  costo { $cost }  margen { $margin }
cli-sales-rates = (tipos de cambio: { $rates })
cli-sales-none = No hay ventas en este período: `giftdesk sell CODE_ID --price P --currency C` registra una.
cli-sales-needs-rate = Quedan fuera hasta que se indique un tipo de cambio (`giftdesk sell … --rate R`): códigos { $codes }
cli-voucher-where = Indica dónde guardar el vale: --pdf FILE o --png FILE
cli-vouchers-written =
    { $count ->
        [one] Se guardó { $count } vale
       *[other] Se guardaron { $count } vales
    } en { $path }.
