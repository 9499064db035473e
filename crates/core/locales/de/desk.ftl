# Der Verkaufsbereich des Händlers (crates/core/src/desk/). Die IDs sind fest; die Formulierungen dürfen besser werden.

# Preise, Kurse und Währungen eines Verkaufs (desk/mod.rs)
desk-not-a-number = „{ $text }“ ist keine Zahl; schreiben Sie sie z. B. als 25 oder 12.50
desk-cannot-be-negative = Der Wert darf nicht negativ sein
desk-must-be-above-zero = Der Wert muss größer als null sein
desk-currency-code = Geben Sie einen Währungscode an, z. B. EUR, USD oder USDC

# Die Kundenliste (desk/customers.rs)
desk-customer-name-required = Ein Kunde braucht einen Namen (höchstens 200 Zeichen)
desk-customer-email-invalid = „{ $email }“ ist keine E-Mail-Adresse wie customer@example.com
desk-customer-phone-invalid = Eine Telefonnummer im internationalen Format, z. B. +14155551234: { $reason }
desk-customer-exists = { $name } ist bereits in der Kundenliste
desk-customer-unknown = Es gibt keinen Kunden { $id } in der Kundenliste

# Umsatzberichte und Buchhaltung (desk/sales.rs); ein Kurs gibt an, wie Kosten in die Währung des Verkaufs umgerechnet wurden
desk-sales-group-by = Gruppieren Sie nach Tag, Woche, Monat, Marke, Anbieter oder Kunde
desk-sales-day-format = Ein Tag wird als JJJJ-MM-TT geschrieben, z. B. 2026-12-03 (angegeben: „{ $day }“)
desk-sales-provider-price = Preis des Anbieters
desk-sales-rate = { $rate } pro { $currency }

# Das Logo des Shops für Gutscheine (desk/shop_logo.rs)
desk-logo-too-large = Eine Logodatei darf höchstens 5 MB groß sein; wählen Sie ein kleineres Bild
desk-logo-not-image = Das Logo muss ein PNG-, JPEG- oder WebP-Bild sein

# Sammelbestellungen aus einer Tabelle: die Datei (desk/bulk/sheet.rs)
desk-bulk-not-csv = Die Datei ist keine CSV-Tabelle: { $detail }
desk-bulk-column-twice = Die Spalte „{ $header }“ kommt zweimal vor
desk-bulk-column-unknown = Unbekannte Spalte „{ $header }“; möglich sind: { $columns }
desk-bulk-columns-header = Die erste Zeile muss die Spalten benennen, mindestens „product“: { $columns }
desk-bulk-unreadable = Die Datei kann nicht gelesen werden: { $detail }
desk-bulk-too-many-rows = Eine Sammelbestellung umfasst höchstens { $max } Zeilen; teilen Sie die Datei auf
desk-bulk-no-rows = Die Datei enthält unter der Kopfzeile keine Zeilen

# Sammelbestellungen: jede Zeile geprüft (desk/bulk/check.rs)
desk-bulk-stray-cells =
    Die Zeile hat { $count ->
        [one] { $count } Zelle
       *[other] { $count } Zellen
    } mehr, als die Kopfzeile benennt; vielleicht ein Dezimalkomma in einer kommagetrennten Datei? Schreiben Sie 12.50 oder setzen Sie den Wert in Anführungszeichen
desk-bulk-product-missing = Jede Zeile nennt eine Produkt-ID, wie der Katalog oder `giftdesk search` sie anzeigt
desk-bulk-quantity-invalid = „{ $text }“ ist keine ganze Artikelzahl wie 1 oder 10
desk-bulk-customer-no-email = Für { $customer } ist in der Kundenliste keine E-Mail-Adresse hinterlegt; tragen Sie den Empfänger in die Zeile ein
desk-bulk-customer-no-phone = Für { $customer } ist in der Kundenliste keine Telefonnummer hinterlegt; tragen Sie den Empfänger in die Zeile ein
desk-bulk-recipient-missing = Geben Sie einen Empfänger an (eine E-Mail-Adresse oder für Aufladungen eine Telefonnummer im Format +E164) oder einen Kunden aus der Kundenliste, für den einer hinterlegt ist
desk-bulk-provider-unknown = „{ $named }“ ist kein Anbieter; schreiben Sie bitrefill oder cryptorefills
desk-bulk-product-unknown = Kein Katalog enthält ein Produkt „{ $product }“; synchronisieren Sie den Katalog oder prüfen Sie die ID
desk-bulk-product-ambiguous = Beide Anbieter verkaufen „{ $product }“; geben Sie in der Spalte provider an, welcher gemeint ist

# Sammelbestellungen: einen Stapel kaufen (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = Keine Zeile der Datei kann gekauft werden; korrigieren Sie die in der Vorschau genannten Zeilen
desk-bulk-payment-missing = Geben Sie an, wie die Zeilen für { $provider } bezahlt werden
desk-bulk-no-payment = Der Stapel enthält keine Zahlungsart für { $provider }
desk-bulk-no-import = Es gibt keinen Sammelimport { $batch }

# Gutscheine: was erstellt wird (desk/voucher/mod.rs); der Vermerk wird in den Verlauf des Kaufs geschrieben
desk-voucher-none-chosen = Wählen Sie mindestens einen Code aus, für den ein Gutschein erstellt werden soll
desk-voucher-per-page = Ein Gutschein pro Seite oder vier auf einer A4-Seite
desk-voucher-png-one = Ein PNG enthält einen Gutschein: Wählen Sie einen Code oder erstellen Sie ein PDF mit mehreren
desk-voucher-made = Gutschein für Code { $id } erstellt ({ $form })

# Gutscheine: was für den Kunden darauf gedruckt wird (desk/voucher/card.rs, pdf.rs). Die eingebauten Schriften
# des PDFs zeigen nur Latin-1; die PNG-Karte zeigt jede Schrift.
desk-voucher-pdf-title = Giftdesk-Gutscheine
desk-voucher-code = Code
desk-voucher-pin = PIN
desk-voucher-serial = Seriennummer
desk-voucher-claim-at = Einlösen unter: { $link }
desk-voucher-valid-until = Gültig bis { $date }
