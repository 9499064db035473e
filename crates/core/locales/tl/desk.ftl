# The reseller's desk (crates/core/src/desk/). Ids are stable; the words may improve.

# Prices, rates and currencies of a sale (desk/mod.rs)
desk-not-a-number = Hindi numero ang "{ $text }"; isulat ito gaya ng 25 o 12.50
desk-cannot-be-negative = Hindi ito puwedeng negatibo
desk-must-be-above-zero = Dapat mas mataas ito sa zero
desk-currency-code = Isang currency code, gaya ng EUR, USD o USDC

# The customers book (desk/customers.rs)
desk-customer-name-required = Kailangan ng pangalan ang customer (hanggang 200 character)
desk-customer-email-invalid = Hindi email address ang "{ $email }"; dapat gaya ng customer@example.com
desk-customer-phone-invalid = Phone number sa international na format, gaya ng +14155551234: { $reason }
desk-customer-exists = Nasa listahan na ng customer ang { $name }
desk-customer-unknown = Walang customer na { $id } sa listahan

# Sales reports and the books (desk/sales.rs); a rate is how a cost was brought into the sale's currency
desk-sales-group-by = Igrupo ayon sa araw, linggo, buwan, brand, provider o customer
desk-sales-day-format = Ang araw ay isinusulat bilang YYYY-MM-DD, gaya ng 2026-12-03 (ang inilagay: "{ $day }")
desk-sales-provider-price = presyo ng provider
desk-sales-rate = { $rate } kada { $currency }

# The shop's logo for vouchers (desk/shop_logo.rs)
desk-logo-too-large = Hanggang 5 MB lang ang logo file; pumili ng mas maliit na larawan
desk-logo-not-image = Dapat PNG, JPEG o WebP na larawan ang logo

# Bulk orders from a spreadsheet: the file (desk/bulk/sheet.rs)
desk-bulk-not-csv = Hindi CSV spreadsheet ang file: { $detail }
desk-bulk-column-twice = Dalawang beses lumalabas ang column na "{ $header }"
desk-bulk-column-unknown = Hindi kilalang column: "{ $header }"; ang mga column ay: { $columns }
desk-bulk-columns-header = Dapat nakasulat sa unang linya ang mga pangalan ng column, kasama man lang ang "product": { $columns }
desk-bulk-unreadable = Hindi mabasa ang file: { $detail }
desk-bulk-too-many-rows = Hanggang { $max } row lang ang kasya sa isang bulk order; hatiin sa dalawa ang file
desk-bulk-no-rows = Walang row ang file sa ilalim ng header nito

# Bulk orders: each row checked (desk/bulk/check.rs)
desk-bulk-stray-cells =
    Sobra ng { $count ->
        [one] { $count } cell
       *[other] { $count } cell
    } ang row kumpara sa mga column sa header; decimal comma ba ito sa file na comma-separated? Isulat bilang 12.50, o lagyan ng quote ang value
desk-bulk-product-missing = Dapat may product id ang bawat row, gaya ng ipinapakita ng catalog o ng `giftdesk search`
desk-bulk-quantity-invalid = Hindi buong bilang ng item ang "{ $text }"; dapat gaya ng 1 o 10
desk-bulk-customer-no-email = Walang email ang { $customer } sa listahan ng customer; isulat ang tatanggap sa row
desk-bulk-customer-no-phone = Walang phone number ang { $customer } sa listahan ng customer; isulat ang tatanggap sa row
desk-bulk-recipient-missing = Maglagay ng tatanggap (email, o +E164 na phone number para sa mga top-up), o customer sa listahan na mayroon nito
desk-bulk-provider-unknown = Hindi provider ang "{ $named }"; isulat ang bitrefill o cryptorefills
desk-bulk-product-unknown = Walang produktong "{ $product }" sa alinmang catalog; i-sync ang catalog o i-check ang id
desk-bulk-product-ambiguous = Parehong provider ang nagbebenta ng "{ $product }"; sabihin kung alin sa provider column

# Bulk orders: buying a batch (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = Walang row sa file na mabibili; ayusin ang mga row na nakasaad sa preview
desk-bulk-payment-missing = Sabihin kung paano babayaran ang mga row ng { $provider }
desk-bulk-no-payment = Walang nakasaad na bayad para sa { $provider } ang batch
desk-bulk-no-import = Walang bulk import na { $batch }

# Vouchers: choosing what to make (desk/voucher/mod.rs); the note is written to the purchase's audit trail
desk-voucher-none-chosen = Pumili ng kahit isang code na gagawan ng voucher
desk-voucher-per-page = Isang voucher kada pahina, o apat sa isang A4 na pahina
desk-voucher-png-one = Isang voucher lang ang kasya sa isang PNG: pumili ng isang code, o gumawa ng PDF para sa marami
desk-voucher-made = Ginawan ng voucher ang code { $id } ({ $form })

# Vouchers: what is printed on them for the customer (desk/voucher/card.rs, pdf.rs). The PDF's built-in fonts
# show Latin-1 only; the PNG card shows any script.
desk-voucher-pdf-title = Mga voucher ng Giftdesk
desk-voucher-code = Code
desk-voucher-pin = PIN
desk-voucher-serial = Serial
desk-voucher-claim-at = I-claim sa: { $link }
desk-voucher-valid-until = Valid hanggang { $date }
