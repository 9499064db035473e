# The reseller's desk (crates/core/src/desk/). Ids are stable; the words may improve.

# Prices, rates and currencies of a sale (desk/mod.rs)
desk-not-a-number = "{ $text }" não é um número; escreva como 25 ou 12.50
desk-cannot-be-negative = Não pode ser negativo
desk-must-be-above-zero = Deve ser maior que zero
desk-currency-code = Um código de moeda, como EUR, USD ou USDC

# The customers book (desk/customers.rs)
desk-customer-name-required = Um cliente precisa de um nome (no máximo 200 caracteres)
desk-customer-email-invalid = "{ $email }" não é um endereço de e-mail, como customer@example.com
desk-customer-phone-invalid = Um telefone em formato internacional, como +14155551234: { $reason }
desk-customer-exists = { $name } já está na agenda
desk-customer-unknown = O cliente { $id } não está na agenda

# Sales reports and the books (desk/sales.rs); a rate is how a cost was brought into the sale's currency
desk-sales-group-by = Agrupe por dia, semana, mês, marca, fornecedor ou cliente
desk-sales-day-format = Um dia é escrito como AAAA-MM-DD, por exemplo 2026-12-03 (informado: "{ $day }")
desk-sales-provider-price = preço do fornecedor
desk-sales-rate = { $rate } por { $currency }

# The shop's logo for vouchers (desk/shop_logo.rs)
desk-logo-too-large = O arquivo do logo pode ter no máximo 5 MB; escolha uma imagem menor
desk-logo-not-image = O logo deve ser uma imagem PNG, JPEG ou WebP

# Bulk orders from a spreadsheet: the file (desk/bulk/sheet.rs)
desk-bulk-not-csv = O arquivo não é uma planilha CSV: { $detail }
desk-bulk-column-twice = A coluna "{ $header }" aparece duas vezes
desk-bulk-column-unknown = Coluna desconhecida: "{ $header }"; as colunas são: { $columns }
desk-bulk-columns-header = A primeira linha deve nomear as colunas, incluindo pelo menos "product": { $columns }
desk-bulk-unreadable = Não é possível ler o arquivo: { $detail }
desk-bulk-too-many-rows = Um pedido em lote comporta no máximo { $max } linhas; divida o arquivo em dois
desk-bulk-no-rows = O arquivo não tem linhas abaixo do cabeçalho

# Bulk orders: each row checked (desk/bulk/check.rs)
desk-bulk-stray-cells =
    A linha tem { $count ->
        [one] { $count } célula
       *[other] { $count } células
    } a mais do que o cabeçalho indica; há uma vírgula decimal em um arquivo separado por vírgulas? Escreva 12.50 ou coloque o valor entre aspas
desk-bulk-product-missing = Cada linha deve indicar um ID de produto, como aparece no catálogo ou em `giftdesk search`
desk-bulk-quantity-invalid = "{ $text }" não é um número inteiro de itens, como 1 ou 10
desk-bulk-customer-no-email = { $customer } não tem e-mail na agenda; escreva o destinatário na linha
desk-bulk-customer-no-phone = { $customer } não tem telefone na agenda; escreva o destinatário na linha
desk-bulk-recipient-missing = Informe um destinatário (um e-mail ou, para recargas, um telefone no formato +E164) ou um cliente da agenda que tenha um
desk-bulk-provider-unknown = "{ $named }" não é um fornecedor; escreva bitrefill ou cryptorefills
desk-bulk-product-unknown = Nenhum catálogo tem o produto "{ $product }"; sincronize o catálogo ou verifique o ID
desk-bulk-product-ambiguous = Os dois fornecedores vendem "{ $product }"; indique qual deles na coluna "provider"

# Bulk orders: buying a batch (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = Nenhuma linha do arquivo pode ser comprada; corrija as linhas indicadas na prévia
desk-bulk-payment-missing = Indique como as linhas da { $provider } serão pagas
desk-bulk-no-payment = O lote não indica nenhum pagamento para a { $provider }
desk-bulk-no-import = A importação em lote { $batch } não existe

# Vouchers: choosing what to make (desk/voucher/mod.rs); the note is written to the purchase's audit trail
desk-voucher-none-chosen = Escolha pelo menos um código para gerar um voucher
desk-voucher-per-page = Um voucher por página, ou quatro em uma página A4
desk-voucher-png-one = Um PNG comporta um único voucher: escolha um código ou gere um PDF com vários
desk-voucher-made = Voucher gerado para o código { $id } ({ $form })

# Vouchers: what is printed on them for the customer (desk/voucher/card.rs, pdf.rs). The PDF's built-in fonts
# show Latin-1 only; the PNG card shows any script.
desk-voucher-pdf-title = Vouchers do Giftdesk
desk-voucher-code = Código
desk-voucher-pin = PIN
desk-voucher-serial = Número de série
desk-voucher-claim-at = Resgate em: { $link }
desk-voucher-valid-until = Válido até { $date }
