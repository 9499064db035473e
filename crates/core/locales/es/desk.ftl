# The reseller's desk (crates/core/src/desk/). Ids are stable; the words may improve.

# Prices, rates and currencies of a sale (desk/mod.rs)
desk-not-a-number = "{ $text }" no es un número; escríbelo como 25 o 12.50
desk-cannot-be-negative = No puede ser negativo
desk-must-be-above-zero = Debe ser mayor que cero
desk-currency-code = Indica un código de moneda, como EUR, USD o USDC

# The customers book (desk/customers.rs)
desk-customer-name-required = El cliente necesita un nombre (de 200 caracteres como máximo)
desk-customer-email-invalid = "{ $email }" no es una dirección de correo electrónico, como customer@example.com
desk-customer-phone-invalid = El teléfono debe estar en formato internacional, como +14155551234: { $reason }
desk-customer-exists = { $name } ya está en la agenda
desk-customer-unknown = No existe el cliente { $id } en la agenda

# Sales reports and the books (desk/sales.rs); a rate is how a cost was brought into the sale's currency
desk-sales-group-by = Agrupa por día, semana, mes, marca, proveedor o cliente
desk-sales-day-format = Un día se escribe AAAA-MM-DD, como 2026-12-03 (se indicó "{ $day }")
desk-sales-provider-price = precio del proveedor
desk-sales-rate = { $rate } por { $currency }

# The shop's logo for vouchers (desk/shop_logo.rs)
desk-logo-too-large = El archivo del logo puede pesar como máximo 5 MB; elige una imagen más pequeña
desk-logo-not-image = El logo debe ser una imagen PNG, JPEG o WebP

# Bulk orders from a spreadsheet: the file (desk/bulk/sheet.rs)
desk-bulk-not-csv = El archivo no es una hoja de cálculo CSV: { $detail }
desk-bulk-column-twice = La columna "{ $header }" aparece dos veces
desk-bulk-column-unknown = Columna desconocida: "{ $header }"; las columnas válidas son: { $columns }
desk-bulk-columns-header = La primera línea debe nombrar las columnas, incluida al menos "product": { $columns }
desk-bulk-unreadable = No se puede leer el archivo: { $detail }
desk-bulk-too-many-rows = Un pedido masivo admite como máximo { $max } filas; divide el archivo en dos
desk-bulk-no-rows = El archivo no tiene filas debajo del encabezado

# Bulk orders: each row checked (desk/bulk/check.rs)
desk-bulk-stray-cells =
    La fila tiene { $count ->
        [one] { $count } celda
       *[other] { $count } celdas
    } más de las que nombra el encabezado. ¿Hay una coma decimal en un archivo separado por comas? Escribe 12.50 o pon el valor entre comillas
desk-bulk-product-missing = Cada fila debe indicar el ID de un producto, tal como lo muestra el catálogo o `giftdesk search`
desk-bulk-quantity-invalid = "{ $text }" no es un número entero de artículos, como 1 o 10
desk-bulk-customer-no-email = { $customer } no tiene correo electrónico en la agenda; escribe el destinatario en la fila
desk-bulk-customer-no-phone = { $customer } no tiene número de teléfono en la agenda; escribe el destinatario en la fila
desk-bulk-recipient-missing = Indica un destinatario (un correo electrónico, o un teléfono en formato +E164 para las recargas) o un cliente de la agenda que lo tenga
desk-bulk-provider-unknown = "{ $named }" no es un proveedor; escribe bitrefill o cryptorefills
desk-bulk-product-unknown = Ningún catálogo tiene el producto "{ $product }"; sincroniza el catálogo o revisa el ID
desk-bulk-product-ambiguous = Ambos proveedores venden "{ $product }"; indica cuál en la columna provider

# Bulk orders: buying a batch (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = No se puede comprar ninguna fila del archivo; corrige las filas señaladas en la vista previa
desk-bulk-payment-missing = Indica cómo se pagan las filas de { $provider }
desk-bulk-no-payment = El lote no indica ninguna forma de pago para { $provider }
desk-bulk-no-import = No existe la importación masiva { $batch }

# Vouchers: choosing what to make (desk/voucher/mod.rs); the note is written to the purchase's audit trail
desk-voucher-none-chosen = Elige al menos un código para crear un vale
desk-voucher-per-page = Un vale por página, o cuatro en una página A4
desk-voucher-png-one = Un PNG contiene un solo vale: elige un código o crea un PDF con varios
desk-voucher-made = Vale creado para el código { $id } ({ $form })

# Vouchers: what is printed on them for the customer (desk/voucher/card.rs, pdf.rs). The PDF's built-in fonts
# show Latin-1 only; the PNG card shows any script.
desk-voucher-pdf-title = Vales de Giftdesk
desk-voucher-code = Código
desk-voucher-pin = PIN
desk-voucher-serial = Número de serie
desk-voucher-claim-at = Canjear en: { $link }
desk-voucher-valid-until = Válido hasta: { $date }
