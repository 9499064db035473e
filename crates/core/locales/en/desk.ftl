# The reseller's desk (crates/core/src/desk/). Ids are stable; the words may improve.

# Prices, rates and currencies of a sale (desk/mod.rs)
desk-not-a-number = "{ $text }" is not a number; write it like 25 or 12.50
desk-cannot-be-negative = It cannot be negative
desk-must-be-above-zero = It must be above zero
desk-currency-code = A currency code, like EUR, USD or USDC

# The customers book (desk/customers.rs)
desk-customer-name-required = A customer needs a name (at most 200 characters)
desk-customer-email-invalid = "{ $email }" is not an email address, like customer@example.com
desk-customer-phone-invalid = A phone in international form, like +14155551234: { $reason }
desk-customer-exists = { $name } is in the book already
desk-customer-unknown = There is no customer { $id } in the book

# Sales reports and the books (desk/sales.rs); a rate is how a cost was brought into the sale's currency
desk-sales-group-by = Group by day, week, month, brand, provider or customer
desk-sales-day-format = A day is written YYYY-MM-DD, like 2026-12-03 (got "{ $day }")
desk-sales-provider-price = provider price
desk-sales-rate = { $rate } per { $currency }

# The shop's logo for vouchers (desk/shop_logo.rs)
desk-logo-too-large = A logo file holds at most 5 MB; choose a smaller image
desk-logo-not-image = The logo must be a PNG, JPEG or WebP image

# Bulk orders from a spreadsheet: the file (desk/bulk/sheet.rs)
desk-bulk-not-csv = The file is not a CSV spreadsheet: { $detail }
desk-bulk-column-twice = The column "{ $header }" is there twice
desk-bulk-column-unknown = Unknown column "{ $header }"; the columns are: { $columns }
desk-bulk-columns-header = The first line must name the columns, with at least "product": { $columns }
desk-bulk-unreadable = The file cannot be read: { $detail }
desk-bulk-too-many-rows = A bulk order holds at most { $max } rows; split the file in two
desk-bulk-no-rows = The file has no rows below its header

# Bulk orders: each row checked (desk/bulk/check.rs)
desk-bulk-stray-cells =
    The row has { $count ->
        [one] { $count } cell
       *[other] { $count } cells
    } more than the header names; a decimal comma in a comma-separated file? Write 12.50, or quote the value
desk-bulk-product-missing = Every row names a product id, as the catalog or `giftdesk search` shows it
desk-bulk-quantity-invalid = "{ $text }" is not a whole number of items, like 1 or 10
desk-bulk-customer-no-email = { $customer } has no email in the customers book; write the recipient in the row
desk-bulk-customer-no-phone = { $customer } has no phone number in the customers book; write the recipient in the row
desk-bulk-recipient-missing = Give a recipient (an email, or a +E164 phone for top-ups), or a customer of the book who has one
desk-bulk-provider-unknown = "{ $named }" is not a provider; write bitrefill or cryptorefills
desk-bulk-product-unknown = No catalog has a product "{ $product }"; sync the catalog or check the id
desk-bulk-product-ambiguous = Both providers sell "{ $product }"; say which in the provider column

# Bulk orders: buying a batch (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = No row of the file can be bought; fix the rows named in the preview
desk-bulk-payment-missing = Say how the { $provider } rows are paid
desk-bulk-no-payment = The batch says no payment for { $provider }
desk-bulk-no-import = There is no bulk import { $batch }

# Vouchers: choosing what to make (desk/voucher/mod.rs); the note is written to the purchase's audit trail
desk-voucher-none-chosen = Choose at least one code to make a voucher of
desk-voucher-per-page = One voucher a page, or four on one A4 page
desk-voucher-png-one = A PNG holds one voucher: choose one code, or make a PDF of several
desk-voucher-made = Voucher made for code { $id } ({ $form })

# Vouchers: what is printed on them for the customer (desk/voucher/card.rs, pdf.rs). The PDF's built-in fonts
# show Latin-1 only; the PNG card shows any script.
desk-voucher-pdf-title = Giftdesk vouchers
desk-voucher-code = Code
desk-voucher-pin = PIN
desk-voucher-serial = Serial
desk-voucher-claim-at = Claim at: { $link }
desk-voucher-valid-until = Valid until { $date }
