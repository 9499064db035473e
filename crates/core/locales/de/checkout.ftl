# Die Ablehnungen beim Bezahlvorgang, jeweils mit dem betroffenen Feld und dem, was akzeptiert würde (crates/core/src/checkout/rules.rs).
checkout-not-a-number = „{ $text }“ ist keine Zahl; schreiben Sie sie z. B. als 25 oder 12.50
checkout-no-lines = Fügen Sie mindestens einen Artikel zum Kauf hinzu
checkout-one-provider = Alle Artikel eines Kaufs bei { $provider } müssen von { $provider } stammen
checkout-quantity-range = Die Menge muss eine ganze Zahl von 1 bis { $max } sein
checkout-resale-price-negative = Der Verkaufspreis darf nicht negativ sein
checkout-customer-ref-too-long = Eine Kundenreferenz darf höchstens 200 Zeichen lang sein
checkout-bitrefill-payment-methods = Bitrefill akzeptiert balance (Guthaben), auto oder eine dieser Zahlungsarten: { $methods }
checkout-refund-address-needed = Eine Krypto-Zahlung an Bitrefill erfordert eine Rückerstattungsadresse: eine eigene { $method }-Adresse, an die eine Über- oder Unterzahlung zurückgeht
checkout-coin-and-network = Cryptorefills erwartet Coin und Netzwerk, z. B. USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills wird in Krypto bezahlt: Geben Sie Coin und Netzwerk an, z. B. USDC:Solana
# Mehr Einheiten, als eine Rechnung oder Bestellung fasst, ohne `--split`; $parts ist die Zahl der nötigen Käufe.
checkout-too-many-bitrefill = Eine Bitrefill-Rechnung umfasst höchstens 20 Artikel, diese hat { $total }. Teilen Sie sie auf { $parts } Käufe auf (`--split` oder „Aufteilen“ im Warenkorb)
checkout-too-many-cryptorefills = Eine Cryptorefills-Bestellung umfasst höchstens 10 Lieferungen, diese hat { $total }. Teilen Sie sie auf { $parts } Käufe auf (`--split` oder „Aufteilen“ im Warenkorb)
checkout-out-of-stock = { $product } ist derzeit ausverkauft; versuchen Sie es später erneut oder wählen Sie ein anderes Produkt
checkout-recipient-email = { $product } wird an eine E-Mail-Adresse geliefert, z. B. customer@example.com (angegeben: „{ $recipient }“)
# Wert oder Betrag einer Position (rules.rs, und darüber das Betragsfeld der Produktansicht).
checkout-no-denominations = { $product } hat keine festen Werte; geben Sie stattdessen einen Betrag an
checkout-no-such-denomination = { $product } hat keinen Wert „{ $wanted }“; wählen Sie einen dieser Werte: { $listed }
checkout-choose-range = Wählen Sie einen Betrag von { $min } bis { $max } in Schritten von { $step }
checkout-choose-listed-or-range = Wählen Sie einen der Werte { $listed } oder einen Betrag von { $min } bis { $max }
checkout-choose-listed = Wählen Sie einen dieser Werte: { $listed }
checkout-fixed-amounts-only = { $product } gibt es nur in festen Beträgen: { $listed }
# $max enthält die Währung („100 USD“), wenn das Produkt eine nennt.
checkout-value-range = Der Wert muss zwischen { $min } und { $max } liegen, in Schritten von { $step } (angegeben: { $value })

# Die Nummer einer Aufladung (crates/core/src/checkout/top_up.rs); $why sagt, was mit der Nummer nicht stimmt.
checkout-top-up-mobile = Eine Aufladung geht an eine Mobilnummer: { $why }
checkout-top-up-wrong-country = { $number } ist eine Nummer aus { $country }, { $product } lädt aber nur Nummern aus { $serves } auf; wählen Sie den Netzbetreiber für { $country }

# eSIMs und ihre Aufladungen (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Cryptorefills verkauft keine Aufladungen für bereits gekaufte eSIMs; kaufen Sie stattdessen einen neuen Tarif
checkout-iccid-invalid = Eine ICCID besteht aus 18 bis 22 Ziffern und beginnt mit 89, wie neben dem QR-Code der eSIM angegeben (die Eingabe hat { $length ->
        [one] { $length } Zeichen
       *[other] { $length } Zeichen
    })
checkout-esim-top-up-not-esim = { $product } ist keine eSIM: Eine eSIM lässt sich nur mit einem eSIM-Tarif aufladen
checkout-esim-top-up-one-plan = Eine eSIM wird mit jeweils einem Tarif aufgeladen
checkout-esim-purchase-no-product = Der Kauf der eSIM { $iccid } nennt kein eSIM-Produkt
checkout-esim-other-product = Die eSIM { $iccid } ist eine { $product }-eSIM: Laden Sie sie mit einem ihrer eigenen Tarife auf

# Cryptorefills-Bestellungen, Coins und die Suche per Bestellnummer (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Cryptorefills benötigt die E-Mail-Adresse des Käufers für den Beleg (Aufladungen haben keinen E-Mail-Empfänger): Geben Sie die E-Mail-Adresse Ihres Kontos an
checkout-buyer-email-invalid = „{ $email }“ ist keine E-Mail-Adresse wie you@example.com
checkout-coin-suspended = { $pair } ist bei Cryptorefills vorübergehend ausgesetzt; bezahlen Sie mit einem anderen Coin oder über ein anderes Netzwerk
checkout-coin-not-taken = Cryptorefills akzeptiert { $coin } nicht über { $network }; wählen Sie eine dieser Optionen: { $offered }
checkout-lookup-not-unknown = Per Bestellnummer lässt sich nur ein Cryptorefills-Kauf nachschlagen, dessen Antwort verloren gegangen ist
checkout-order-already-linked = Diese Bestellung gehört bereits zu einem anderen Kauf
checkout-no-such-order = Cryptorefills hat keine Bestellung „{ $order }“

# Käufe, Zahlungen und die Sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = Es gibt keinen Kauf „{ $id }“; `giftdesk purchases` listet alle Käufe auf
checkout-bulk-part-taken = Dieser Teil des Sammelimports wird bereits gekauft (in einem anderen Fenster oder Prozess)
checkout-pay-no-invoice = Dieser Kauf hat noch keine Bitrefill-Rechnung; es gibt nichts zu bezahlen
checkout-pay-balance-only = In Giftdesk werden nur Rechnungen über das Bitrefill-Guthaben bezahlt; Krypto-Zahlungen senden Sie aus Ihrer Wallet
checkout-not-balance-purchase = Dieser Kauf wird nicht mit dem Bitrefill-Guthaben bezahlt
checkout-simulate-sandbox-only = Zahlungen lassen sich nur in der Sandbox simulieren
checkout-no-provider-ref = Dieser Kauf hat noch keine ID beim Anbieter
checkout-sandbox-refused = Die Sandbox hat die Zahlung abgelehnt (bereits bezahlt oder abgelaufen)
# Warum die Sandbox nicht erreichbar war (innerhalb von „Could not reach … (…)“).
checkout-sandbox-not-running = die Sandbox läuft nicht
checkout-sandbox-no-answer = die Sandbox hat nicht geantwortet

# Die Dateien, die „wird noch gesendet“ von „abgebrochen“ unterscheiden (crates/core/src/checkout/sending.rs); der Grund des Betriebssystems folgt.
checkout-io-sending-directory = das Sendeverzeichnis konnte nicht angelegt werden
checkout-io-sending-lock-create = eine Sendesperre konnte nicht angelegt werden
checkout-io-sending-lock-take = eine Sendesperre konnte nicht übernommen werden

# Der Verlauf eines Kaufs: jeder Schritt, wie ihn der Händler im Verlauf des Kaufs liest
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Gespeichert; wird an { $provider } gesendet
checkout-event-invoice-created = Rechnung erstellt
checkout-event-order-created = Bestellung erstellt
checkout-event-unreadable-answer = { $provider } hat in einer Form geantwortet, die Giftdesk nicht lesen kann; als gesendet vermerkt
checkout-event-refused = { $provider } hat abgelehnt: { $problems }
checkout-event-not-sent = Nicht gesendet, nichts wurde erstellt: { $error }
checkout-event-no-answer = Keine Antwort ({ $error }); der Kauf existiert möglicherweise bei { $provider }. Giftdesk sucht danach, sendet ihn aber nie von sich aus erneut
checkout-event-re-read = Erneut abgerufen
checkout-event-re-read-before-paying = Vor dem Bezahlen erneut abgerufen
checkout-event-pay-nothing-sent = Nichts gesendet: Die Rechnung ist { $state }
checkout-event-already-paid = Bereits bezahlt: nichts gesendet
checkout-event-payment-under-way = Eine Zahlung ist bereits unterwegs: nichts gesendet
checkout-event-paid-from-balance = Mit Guthaben bezahlt
checkout-event-payment-refused = Zahlung abgelehnt: { $problem }
checkout-event-payment-no-answer = Keine Antwort auf die Zahlung ({ $error }); vor jedem neuen Versuch erneut abrufen
checkout-event-found-by-order-id = Bei Cryptorefills über die Bestellnummer gefunden

# Abgleich von Käufen, deren Antwort verloren ging (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Konnte noch nicht nachgeschlagen werden ({ $error }); der Status bleibt unbekannt und nichts wird erneut gesendet. Giftdesk versucht es beim nächsten Start erneut, oder führen Sie `giftdesk purchases` aus
checkout-event-stopped-before-answer = Giftdesk wurde beendet, bevor der Anbieter geantwortet hat; der Kauf wird nachgeschlagen, nie erneut gesendet
checkout-event-found-by-reconciliation = Bei Bitrefill durch Abgleich gefunden: Der Kauf wurde genau einmal erstellt
# Was eine Durchsicht der Bitrefill-Listen abgedeckt hat; erscheint in den Meldungen unten. $from und $to sind Zeitpunkte.
checkout-reconcile-checked = { $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    } und { $invoices ->
        [one] { $invoices } Rechnung
       *[other] { $invoices } Rechnungen
    } (einschließlich unbezahlter), gelistet zwischen { $from } und { $to }, { $read } davon einzeln geprüft
checkout-event-never-created = Bitrefill hat keine Rechnung dazu ({ $checked }): Sie wurde nie erstellt und nichts wurde belastet; kaufen Sie erneut, wenn Sie den Artikel noch möchten
checkout-event-not-found-yet = Bei Bitrefill gesucht, noch nicht gefunden ({ $checked }); der Status bleibt unbekannt und nichts wird erneut gesendet
checkout-event-listing-incomplete = Bei Bitrefill gesucht, die Liste war unvollständig ({ $checked }); der Status bleibt unbekannt und nichts wird erneut gesendet
checkout-event-several-match = { $count } Bitrefill-Rechnungen passen ({ $checked }); prüfen Sie sie in Ihrem Bitrefill-Konto
