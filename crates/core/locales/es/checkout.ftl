# Checkout's refusals, each naming its field and what would be accepted (crates/core/src/checkout/rules.rs).
checkout-not-a-number = "{ $text }" no es un número; escríbelo como 25 o 12.50
checkout-no-lines = Agrega al menos un artículo para comprar
checkout-one-provider = Todos los artículos de una compra en { $provider } deben ser de { $provider }
checkout-quantity-range = La cantidad debe ser un número entero de 1 a { $max }
checkout-resale-price-negative = El precio de venta no puede ser negativo
checkout-customer-ref-too-long = La referencia del cliente admite como máximo 200 caracteres
checkout-bitrefill-payment-methods = Bitrefill acepta balance, auto o una de estas opciones: { $methods }
checkout-refund-address-needed = Un pago en cripto a Bitrefill necesita una dirección de reembolso: una dirección { $method } tuya, adonde se devuelva lo que pagues de más o de menos
checkout-coin-and-network = Cryptorefills necesita una criptomoneda y una red, como USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills se paga en cripto: indica una criptomoneda y una red, como USDC:Solana
# More units than one invoice or order holds, without `--split`; $parts is how many purchases it would take.
checkout-too-many-bitrefill = Una factura de Bitrefill admite como máximo 20 artículos y esta tiene { $total }. Divídela en { $parts } compras (`--split`, o "Dividir" en el carrito)
checkout-too-many-cryptorefills = Un pedido de Cryptorefills admite como máximo 10 entregas y este tiene { $total }. Divídelo en { $parts } compras (`--split`, o "Dividir" en el carrito)
checkout-out-of-stock = { $product } está agotado por ahora; inténtalo más tarde o elige otro producto
checkout-recipient-email = { $product } se entrega a una dirección de correo electrónico, como customer@example.com (se indicó "{ $recipient }")
# The denomination or amount of a line (rules.rs, and the product view's amount field through it).
checkout-no-denominations = { $product } no tiene denominaciones fijas; indica un valor
checkout-no-such-denomination = { $product } no tiene la denominación "{ $wanted }"; elige una de estas: { $listed }
checkout-choose-range = Elige un valor de { $min } a { $max }, en pasos de { $step }
checkout-choose-listed-or-range = Elige uno de estos valores ({ $listed }) o uno de { $min } a { $max }
checkout-choose-listed = Elige uno de estos valores: { $listed }
checkout-fixed-amounts-only = { $product } solo se vende en montos fijos: { $listed }
# $max carries the currency ("100 USD") when the product names one.
checkout-value-range = El valor debe estar entre { $min } y { $max }, en pasos de { $step } (se indicó { $value })

# A top-up's number (crates/core/src/checkout/top_up.rs); $why says what is wrong with the number.
checkout-top-up-mobile = Las recargas se hacen a números móviles: { $why }
checkout-top-up-wrong-country = { $number } es un número de { $country } y { $product } solo recarga números de { $serves }; elige el operador de { $country }

# eSIMs and their top-ups (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Cryptorefills no vende recargas para una eSIM comprada antes; compra un plan nuevo
checkout-iccid-invalid = Un ICCID tiene de 18 a 22 dígitos y empieza por 89, tal como aparece junto al código QR de la eSIM (lo que se indicó tiene { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    })
checkout-esim-top-up-not-esim = { $product } no es una eSIM: solo un plan eSIM puede recargar una eSIM
checkout-esim-top-up-one-plan = Una eSIM se recarga con un solo plan a la vez
checkout-esim-purchase-no-product = La compra de la eSIM { $iccid } no indica ningún producto eSIM
checkout-esim-other-product = La eSIM { $iccid } es de { $product }: recárgala con uno de sus propios planes

# Cryptorefills orders, coins and the lookup by order id (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Cryptorefills necesita el correo del comprador para el recibo (las recargas no tienen un destinatario con correo): indica el correo de tu cuenta
checkout-buyer-email-invalid = "{ $email }" no es una dirección de correo electrónico, como you@example.com
checkout-coin-suspended = { $pair } está suspendido en Cryptorefills por ahora; paga con otra criptomoneda u otra red
checkout-coin-not-taken = Cryptorefills no acepta { $coin } en { $network }; elige una de estas opciones: { $offered }
checkout-lookup-not-unknown = Solo se puede buscar por ID de pedido una compra de Cryptorefills cuya respuesta se perdió
checkout-order-already-linked = Este pedido ya pertenece a otra compra
checkout-no-such-order = Cryptorefills no tiene ningún pedido "{ $order }"

# Purchases, payments and the sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = No existe la compra "{ $id }"; `giftdesk purchases` muestra todas
checkout-bulk-part-taken = Esta parte de la importación masiva ya se está comprando (en otra ventana o proceso)
checkout-pay-no-invoice = Esta compra aún no tiene factura de Bitrefill; no hay nada que pagar
checkout-pay-balance-only = Desde Giftdesk solo se pagan facturas con el saldo de Bitrefill; los pagos en cripto se envían desde tu billetera
checkout-not-balance-purchase = Esta compra no se paga con el saldo de Bitrefill
checkout-simulate-sandbox-only = Los pagos solo se pueden simular en el entorno de pruebas
checkout-no-provider-ref = Esta compra aún no tiene ID del proveedor
checkout-sandbox-refused = El entorno de pruebas se negó a pagarla (ya está pagada o venció)
# Why the sandbox could not be reached (inside "Could not reach … (…)").
checkout-sandbox-not-running = el entorno de pruebas no está en ejecución
checkout-sandbox-no-answer = el entorno de pruebas no respondió

# The files that tell "still sending" from "died" (crates/core/src/checkout/sending.rs); the OS's reason follows.
checkout-io-sending-directory = no se pudo crear la carpeta de envíos
checkout-io-sending-lock-create = no se pudo crear un bloqueo de envío
checkout-io-sending-lock-take = no se pudo obtener un bloqueo de envío

# A purchase's trail: each step as the reseller reads it in the purchase's timeline
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Guardada; enviando a { $provider }
checkout-event-invoice-created = Factura creada
checkout-event-order-created = Pedido creado
checkout-event-unreadable-answer = { $provider } respondió en un formato que Giftdesk no puede leer; se conserva como enviada
checkout-event-refused = { $provider } la rechazó: { $problems }
checkout-event-not-sent = No se envió y no se creó nada: { $error }
checkout-event-no-answer = Sin respuesta ({ $error }); puede que exista en { $provider }. Giftdesk la buscará, pero nunca la reenviará por su cuenta
checkout-event-re-read = Nueva consulta
checkout-event-re-read-before-paying = Nueva consulta antes de pagar
checkout-event-pay-nothing-sent = No se envió nada: la factura figura como { $state }
checkout-event-already-paid = Ya estaba pagada: no se envió nada
checkout-event-payment-under-way = Ya hay un pago en curso: no se envió nada
checkout-event-paid-from-balance = Pagada con el saldo
checkout-event-payment-refused = Pago rechazado: { $problem }
checkout-event-payment-no-answer = El pago no obtuvo respuesta ({ $error }); vuelve a consultar la compra antes de cualquier nuevo intento
checkout-event-found-by-order-id = Encontrada en Cryptorefills por su ID de pedido

# Reconciliation of purchases whose answer was lost (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Aún no se pudo buscar ({ $error }); sigue como desconocida y no se reenvía nada. Giftdesk lo volverá a intentar en el próximo inicio; también puedes ejecutar `giftdesk purchases`
checkout-event-stopped-before-answer = Giftdesk se detuvo antes de que el proveedor respondiera; se buscará la compra, pero nunca se reenviará
checkout-event-found-by-reconciliation = Encontrada en Bitrefill por conciliación: se creó una sola vez
# What one look at Bitrefill's listings covered; shown inside the messages below. $from and $to are times.
checkout-reconcile-checked = { $orders ->
        [one] { $orders } pedido
       *[other] { $orders } pedidos
    } y { $invoices ->
        [one] { $invoices } factura
       *[other] { $invoices } facturas
    } (incluidas las no pagadas) listados entre { $from } y { $to }; { $read } leídos
checkout-event-never-created = Bitrefill no tiene ninguna factura para esta compra ({ $checked }): nunca se creó y no se cobró nada; vuelve a comprar si aún la necesitas
checkout-event-not-found-yet = Se buscó en Bitrefill y aún no aparece ({ $checked }); sigue como desconocida y no se reenvía nada
checkout-event-listing-incomplete = Se buscó en Bitrefill, pero el listado no estaba completo ({ $checked }); sigue como desconocida y no se reenvía nada
checkout-event-several-match = Coinciden { $count } facturas de Bitrefill ({ $checked }); revísalas en tu cuenta de Bitrefill
