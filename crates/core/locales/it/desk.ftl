# The reseller's desk (crates/core/src/desk/). Ids are stable; the words may improve.

# Prices, rates and currencies of a sale (desk/mod.rs)
desk-not-a-number = “{ $text }” non è un numero; scrivilo come 25 o 12.50
desk-cannot-be-negative = Non può essere negativo
desk-must-be-above-zero = Deve essere maggiore di zero
desk-currency-code = Indica un codice valuta, ad esempio EUR, USD o USDC

# The customers book (desk/customers.rs)
desk-customer-name-required = Un cliente deve avere un nome (al massimo 200 caratteri)
desk-customer-email-invalid = “{ $email }” non è un indirizzo email valido (ad esempio customer@example.com)
desk-customer-phone-invalid = Indica un numero di telefono in formato internazionale, ad esempio +14155551234: { $reason }
desk-customer-exists = { $name } è già in rubrica
desk-customer-unknown = Il cliente { $id } non è in rubrica

# Sales reports and the books (desk/sales.rs); a rate is how a cost was brought into the sale's currency
desk-sales-group-by = Raggruppa per giorno, settimana, mese, brand, fornitore o cliente
desk-sales-day-format = Un giorno si scrive nel formato YYYY-MM-DD, ad esempio 2026-12-03 (hai indicato “{ $day }”)
desk-sales-provider-price = prezzo del fornitore
desk-sales-rate = { $rate } per { $currency }

# The shop's logo for vouchers (desk/shop_logo.rs)
desk-logo-too-large = Il file del logo può pesare al massimo 5 MB; scegli un'immagine più piccola
desk-logo-not-image = Il logo deve essere un'immagine PNG, JPEG o WebP

# Bulk orders from a spreadsheet: the file (desk/bulk/sheet.rs)
desk-bulk-not-csv = Il file non è un foglio di calcolo CSV: { $detail }
desk-bulk-column-twice = La colonna “{ $header }” compare due volte
desk-bulk-column-unknown = Colonna sconosciuta “{ $header }”; le colonne possibili sono: { $columns }
desk-bulk-columns-header = La prima riga deve indicare i nomi delle colonne, almeno “product”: { $columns }
desk-bulk-unreadable = Impossibile leggere il file: { $detail }
desk-bulk-too-many-rows = Un ordine in blocco contiene al massimo { $max } righe; dividi il file in due
desk-bulk-no-rows = Il file non ha righe sotto l'intestazione

# Bulk orders: each row checked (desk/bulk/check.rs)
desk-bulk-stray-cells =
    La riga ha { $count ->
        [one] { $count } cella
       *[other] { $count } celle
    } in più rispetto all'intestazione: forse una virgola decimale in un file separato da virgole? Scrivi 12.50, oppure metti il valore tra virgolette
desk-bulk-product-missing = Ogni riga deve indicare l'ID di un prodotto, come lo mostrano il catalogo o `giftdesk search`
desk-bulk-quantity-invalid = “{ $text }” non è un numero intero di articoli, ad esempio 1 o 10
desk-bulk-customer-no-email = { $customer } non ha un'email in rubrica; scrivi il destinatario nella riga
desk-bulk-customer-no-phone = { $customer } non ha un numero di telefono in rubrica; scrivi il destinatario nella riga
desk-bulk-recipient-missing = Indica un destinatario (un'email, o un telefono in formato +E164 per le ricariche), oppure un cliente della rubrica che ne abbia uno
desk-bulk-provider-unknown = “{ $named }” non è un fornitore; scrivi bitrefill o cryptorefills
desk-bulk-product-unknown = Nessun catalogo contiene il prodotto “{ $product }”; sincronizza il catalogo o controlla l'ID
desk-bulk-product-ambiguous = Entrambi i fornitori vendono “{ $product }”; indica quale nella colonna provider

# Bulk orders: buying a batch (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = Nessuna riga del file può essere acquistata; correggi le righe segnalate nell'anteprima
desk-bulk-payment-missing = Indica come pagare le righe { $provider }
desk-bulk-no-payment = L'importazione non indica alcun metodo di pagamento per { $provider }
desk-bulk-no-import = L'importazione in blocco { $batch } non esiste

# Vouchers: choosing what to make (desk/voucher/mod.rs); the note is written to the purchase's audit trail
desk-voucher-none-chosen = Scegli almeno un codice per cui creare un voucher
desk-voucher-per-page = Un voucher per pagina, oppure quattro su una pagina A4
desk-voucher-png-one = Un PNG contiene un solo voucher: scegli un codice, oppure crea un PDF con più voucher
desk-voucher-made = Voucher creato per il codice { $id } ({ $form })

# Vouchers: what is printed on them for the customer (desk/voucher/card.rs, pdf.rs). The PDF's built-in fonts
# show Latin-1 only; the PNG card shows any script.
desk-voucher-pdf-title = Voucher Giftdesk
desk-voucher-code = Codice
desk-voucher-pin = PIN
desk-voucher-serial = Numero di serie
desk-voucher-claim-at = Riscatta su: { $link }
desk-voucher-valid-until = Valido fino al { $date }
