# Die Texte der Kommandozeilenbefehle für Menschen (src-tauri/cli/). Ausgaben mit `--json` kommen nie von hier.
# Anzahlen kommen als Zahlen ($count, $codes, …): Eine Sprache darf danach Pluralformen wählen; Englisch behält "(s)".

# Fehler beim Start der Befehle selbst (src-tauri/cli/mod.rs, sandbox.rs), ausgegeben als „Kontext: Ursache“.
cli-io-runtime = die asynchrone Laufzeitumgebung konnte nicht gestartet werden
cli-io-sandbox-ports = die Sandbox konnte ihre Ports nicht öffnen
cli-sandbox-scales = --time-scale und --rate-limit-scale müssen 0 oder größer sein

# `giftdesk config` (src-tauri/cli/mod.rs); die Bezeichnungen stehen bündig in einer Spalte. $provider kommt aufgefüllt.
cli-overview =
    Giftdesk { $version }
    Daten           { $data }
    Datenbank       { $database } (Schema { $schema })
    Protokolle      { $logs }
    Konfiguration   { $config }
    Schlüsselbund   Dienst „{ $keyring }“
cli-credential-not-configured = { $provider } nicht eingerichtet
cli-credential-in-keyring = { $provider } im Schlüsselbund eingerichtet ({ $hint })
cli-credential-from-environment = { $provider } über Umgebungsvariablen eingerichtet ({ $hint })

# `giftdesk login` und die Geheimnisse, die es einliest (src-tauri/cli/credentials.rs). Auf Eingabeaufforderungen folgt ein Leerzeichen.
cli-prompt-bitrefill-api-key = Bitrefill-API-Schlüssel:
cli-prompt-bitrefill-api-secret = Bitrefill-API-Secret:
cli-prompt-cryptorefills-partner-id = Cryptorefills-Partner-ID:
cli-login-api-id-not-for-cryptorefills = --api-id gilt für Bitrefill-Business-Konten; Cryptorefills benötigt nur eine Partner-ID
cli-io-terminal = vom Terminal konnte nicht gelesen werden
cli-io-stdin = die Standardeingabe konnte nicht gelesen werden
cli-nothing-read = für { $field } wurde nichts eingelesen: Leiten Sie den Wert per Pipe weiter oder geben Sie ihn bei der Abfrage ein

# `giftdesk backup` und `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Passphrase für das Backup:
cli-prompt-passphrase-again = Dieselbe Passphrase noch einmal:
cli-prompt-restore-passphrase = Passphrase des Backups:
cli-backup-passphrases-differ = Die beiden Passphrasen stimmen nicht überein; es wurde nichts geschrieben
cli-backup-done =
    { $codes ->
        [one] { $codes } Code
       *[other] { $codes } Codes
    }, { $purchases ->
        [one] { $purchases } Kauf
       *[other] { $purchases } Käufe
    } und { $customers ->
        [one] { $customers } Kunde
       *[other] { $customers } Kunden
    } in { $path } gesichert.
    Bewahren Sie die Passphrase getrennt von der Datei auf: Ohne sie lässt sich das Backup nicht öffnen.
cli-restore-done =
    { $codes ->
        [one] { $codes } Code
       *[other] { $codes } Codes
    }, { $purchases ->
        [one] { $purchases } Kauf
       *[other] { $purchases } Käufe
    } und { $customers ->
        [one] { $customers } Kunde
       *[other] { $customers } Kunden
    } aus { $path } wiederhergestellt.
# Folgt nach einem Leerzeichen auf cli-restore-done, wenn einige Einträge schon vorhanden waren.
cli-restore-already-here =
    { $count ->
        [one] { $count } Eintrag war bereits vorhanden und blieb unverändert.
       *[other] { $count } Einträge waren bereits vorhanden und blieben unverändert.
    }

# `giftdesk buy`: was gekauft und wie bezahlt wird (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = „{ $plan }“ ist keine Tarif-ID; `giftdesk esims --country CC` gibt sie als PRODUCT|PLAN aus
cli-buy-esim-provider = Die eSIM { $iccid } stammt von { $provider }; lassen Sie --provider weg
cli-buy-esim-product = { $product } ist nicht das Produkt der eSIM { $iccid }: Sie nimmt Tarife von { $takes }
cli-buy-which-provider = Geben Sie mit --provider an, welcher Anbieter { $product } verkauft (wie von `giftdesk esims` aufgelistet)
cli-buy-what = Geben Sie --provider, --product und --recipient an oder --phone
cli-buy-cryptorefills-top-up-brand = Geben Sie die Cryptorefills-Aufladungsmarke mit --product an (`giftdesk operator` listet sie auf)
# $note ist Bitrefills eigene Aussage zur Nummer oder cli-buy-no-operator-found.
cli-buy-no-operator = { $note } `giftdesk operator` listet die Cryptorefills-Aufladungen für das Land der Nummer auf
cli-buy-no-operator-found = Bitrefill hat keinen Netzbetreiber dafür gefunden.
cli-buy-operator-unsure = Bitrefill konnte den Netzbetreiber von { $number } nicht ermitteln; geben Sie einen mit --product an: { $guesses }
cli-pay-cryptorefills-coin = Cryptorefills erwartet COIN:NETZWERK, z. B. USDC:Solana
cli-pay-once = Geben Sie --pay für einen einzelnen Kauf nur einmal an (zweimal nur mit --from-csv)

# Ein Kauf, wie `buy`, `pay`, `purchase` und `lookup` ihn ausgeben (src-tauri/cli/purchases.rs). Beträge enthalten ihre Währung.
cli-purchase-no-provider-id = (noch keine ID beim Anbieter)
cli-purchase-id = Kauf  { $id }
cli-pay-to = Zahlen Sie { $amount } an { $address }
cli-pay-to-on = Zahlen Sie { $amount } über { $network } an { $address }
cli-pay-memo = Memo / Tag: { $memo }
cli-pay-before = Zahlbar bis { $expires }
cli-pay-from-balance = Preis { $amount } vom Guthaben
cli-purchase-last-step = Letzter Schritt: { $note }
cli-pay-nothing-sent = Es wurde nichts gesendet: Der Kauf ist bereits bezahlt oder die Zahlung läuft.
cli-balance = Guthaben: { $before } vorher, { $after } nachher
cli-purchases-none = Noch keine Käufe.
# Auf der Standardfehlerausgabe, von `purchases` und `track`.
cli-warning-lookup-failed = Warnung: Der Kauf { $purchase } konnte beim Anbieter noch nicht nachgeschlagen werden: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row kommt auf vier Stellen aufgefüllt.
cli-bulk-pay-twice = --pay nennt zwei Zahlungsarten für { $provider }; geben Sie eine pro Anbieter an
cli-bulk-unreadable = { $path } kann nicht gelesen werden: { $error }
cli-bulk-not-utf8 = Die Datei ist kein UTF-8-Text; speichern Sie sie in der Tabellenkalkulation als „CSV UTF-8“
cli-bulk-row-ok = Zeile { $row }  OK      { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = Zeile { $row }  FEHLER  { $field }: { $message }
cli-bulk-plan-invoices =
    { $provider }: { $items } Artikel in { $purchases ->
        [one] { $purchases } Rechnung
       *[other] { $purchases } Rechnungen
    }
cli-bulk-plan-orders =
    { $provider }: { $items } Artikel in { $purchases ->
        [one] { $purchases } Bestellung
       *[other] { $purchases } Bestellungen
    }
cli-bulk-total = Summe { $amount }
cli-bulk-total-face-value = Summe { $amount } (Nennwert)
cli-bulk-imported-before = Diese Datei wurde am { $at } importiert ({ $batch }): --yes setzt diesen Import fort; --again kauft sie noch einmal.
cli-bulk-nothing-bought =
    Es wurde nichts gekauft. { $refused ->
        [one] { $refused } Zeile würde übersprungen
       *[other] { $refused } Zeilen würden übersprungen
    }; führen Sie den Befehl erneut mit --yes aus, um die übrigen zu kaufen.
cli-bulk-progress = Teil { $done }/{ $total }: { $provider } × { $items } Artikel, Zeilen { $rows } – { $state }
cli-bulk-not-sent-yet = noch nicht gesendet
cli-bulk-skipped = übersprungen: { $field }: { $message }
cli-bulk-batch-row = Zeile { $row }  { $product }  { $result }
cli-bulk-sent =
    Sammelimport { $batch }: { $sent } von { $parts ->
        [one] { $parts } Kauf
       *[other] { $parts } Käufen
    } gesendet.
cli-bulk-sent-resume =
    Sammelimport { $batch }: { $sent } von { $parts ->
        [one] { $parts } Kauf
       *[other] { $parts } Käufen
    } gesendet; führen Sie `giftdesk buy --from-csv FILE --yes` (ohne --again) aus, um fortzufahren: Ein Kauf, dessen Antwort verloren ging, wird zuerst nachgeschlagen, nie erneut gesendet.
cli-bulk-awaiting-payment = Einige Käufe warten auf Zahlung: `giftdesk purchases` zeigt, wohin Sie jeweils zahlen.

# `giftdesk track` und `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
        [one] { $count } Code
       *[other] { $count } Codes
    } bereit: { $brand } { $value }
cli-track-no-provider-id = { $id } hat keine ID beim Anbieter, die sich verfolgen ließe ({ $state })
cli-track-nothing = Nichts zu verfolgen: Alle Käufe sind abgeschlossen.
cli-track-all-final =
    { $count ->
        [one] Der verfolgte Kauf ist abgeschlossen.
       *[other] Alle { $count } verfolgten Käufe sind abgeschlossen.
    }
cli-codes-written =
    { $count ->
        [one] { $count } Code
       *[other] { $count } Codes
    } in { $path } geschrieben: Dort stehen sie im Klartext; bewahren Sie die Datei sicher auf und löschen Sie sie, sobald Sie sie nicht mehr brauchen.
cli-codes-none = Der Tresor ist leer.
cli-code-hidden = •••• (mit --reveal anzeigen)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` und `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets erwartet zweistellige Ländercodes wie US,FR, nicht { $market }
cli-sync-progress = { $provider }: Seite { $pages }, { $products } Produkte, { $seconds } s
cli-sync-progress-left = { $provider }: Seite { $pages }, { $products } Produkte, { $seconds } s, noch etwa { $left } s
cli-sync-report = { $provider }: { $products } Produkte ({ $added } neu, { $updated } geändert, { $gone } entfernt) in { $seconds } s, { $requests } Anfragen, { $throttled } gedrosselt
cli-search-country = --country erwartet einen zweistelligen Code wie US oder DE, nicht { $country }
cli-search-none = Keine passenden Produkte. Führen Sie `giftdesk sync` aus, falls der Katalog leer ist.
cli-search-out-of-stock = (ausverkauft)
cli-operator-found = Bitrefill hat den Netzbetreiber gefunden:
cli-operator-unsure = Bitrefill konnte den Netzbetreiber nicht ermitteln; einer dieser (kaufen mit --product):
cli-operator-cryptorefills-none = Cryptorefills: keine Aufladungen für { $country } im Katalog.
cli-operator-cryptorefills = Cryptorefills-Aufladungen für { $country }:
cli-esims-none = Keine eSIM-Tarife für dieses Reiseziel. Führen Sie `giftdesk sync` aus, falls der Katalog leer ist.
cli-esims-unlimited = unbegrenzt
cli-esims-data = { $gb } GB
cli-esims-days =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` und `voucher` (src-tauri/cli/desk.rs, mod.rs). Beträge enthalten ihre Währung,
# wo eine genannt ist; $key und $count einer Umsatzzeile kommen aufgefüllt.
cli-customer-added = Kunde { $id } hinzugefügt: { $name }
cli-customers-none = Noch keine Kunden: `giftdesk customers add --name NAME`.
cli-customer-history =
    { $name }: { $purchases ->
        [one] { $purchases } Kauf
       *[other] { $purchases } Käufe
    }, { $codes ->
        [one] { $codes } Code
       *[other] { $codes } Codes
    }
cli-customer-total = { $count } verkauft für { $sales }, Kosten { $cost }, Marge { $margin }
cli-code-sold = Code { $id } verkauft für { $price }
cli-sales-written =
    { $count ->
        [one] { $count } verkaufter Artikel
       *[other] { $count } verkaufte Artikel
    } in { $path } geschrieben.
cli-sales-row = { $key } { $count }  Umsatz { $sales }  Kosten { $cost }  Marge { $margin }
cli-sales-rates = (verwendete Kurse: { $rates })
cli-sales-none = Keine Verkäufe in diesem Zeitraum: `giftdesk sell CODE_ID --price P --currency C` erfasst einen.
cli-sales-needs-rate = Unberücksichtigt, bis ein Kurs angegeben ist (`giftdesk sell … --rate R`): Codes { $codes }
cli-voucher-where = Geben Sie an, wohin der Gutschein geschrieben wird: --pdf FILE oder --png FILE
cli-vouchers-written =
    { $count ->
        [one] { $count } Gutschein
       *[other] { $count } Gutscheine
    } in { $path } geschrieben.
