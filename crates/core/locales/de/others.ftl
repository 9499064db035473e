# Die kleineren Module des Kerns. Die IDs sind fest; die Formulierungen dürfen besser werden.

# Was gerade mit einer Datei geschah, als das System ablehnte (der Kontext vor den Worten des Systems), aus
# Tresor, Verkaufsbereich, Einstellungen und Verfolgung
files-creating = beim Anlegen von { $path }
files-opening = beim Öffnen von { $path }
files-writing = beim Schreiben von { $path }
files-replacing = beim Ersetzen von { $path }
files-locking = beim Sperren von { $path }
files-could-not-read = { $path } konnte nicht gelesen werden
files-could-not-write = { $path } konnte nicht geschrieben werden
files-could-not-replace = { $path } konnte nicht ersetzt werden
files-could-not-remove = { $path } konnte nicht entfernt werden

# Zugangsdaten, geprüft bevor sie gespeichert werden (crates/core/src/secrets/); eine Bezeichnung nennt die Angabe
secrets-label-api-key = API-Schlüssel
secrets-label-api-id = API-ID
secrets-label-api-secret = API-Secret
secrets-label-partner-id = Partner-ID
secrets-label-app-version = App-Version
secrets-token-empty = Das Feld „{ $label }“ ist leer: Fügen Sie den Wert aus Ihrem Partnerkonto ein
secrets-token-too-long = Der Wert für „{ $label }“ ist zu lang: Zulässig sind höchstens { $max } Zeichen
secrets-token-characters = Der Wert für „{ $label }“ darf nur Buchstaben, Ziffern und Satzzeichen enthalten, keine Leerzeichen
# Zugangsdaten aus GIFTDESK_*-Variablen: Die Variable nennt, was zu korrigieren ist
secrets-variable-needs-another = { $set } ist gesetzt, daher muss auch { $missing } gesetzt sein
secrets-variable-invalid = { $variable }: { $message }

# Empfänger von Aufladungen (crates/core/src/recipients.rs): was an einer eingegebenen Nummer nicht stimmt
recipients-not-international = „{ $number }“ ist nicht im internationalen Format: Beginnen Sie mit + und der Ländervorwahl, z. B. +4915123456789
recipients-not-a-phone-number = „{ $number }“ ist keine Telefonnummer; schreiben Sie sie z. B. als +4915123456789
recipients-not-in-use = { $number } ist in keinem Land eine vergebene Nummer; prüfen Sie die Ziffern
recipients-not-mobile = { $number } ist keine Mobilnummer in { $country }; eine Aufladung geht an ein Mobiltelefon

# „Verbindung testen“ in den Einstellungen (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Verbunden. Guthaben: { $balance }.
accounts-connected-no-balance = Verbunden. Das Guthaben wurde nicht übermittelt.
accounts-connected-coins =
    Verbunden. { $count ->
        [one] { $count } Coin wird
       *[other] { $count } Coins werden
    } zur Zahlung akzeptiert.

# Die Antworten der Anbieter, wie ihre Fehler sie zeigen (crates/core/src/providers/): was bei der Übertragung
# schiefging oder was der Antwort eines Anbieters fehlte
providers-no-message = keine Meldung
providers-no-detail = keine Details
providers-bitrefill-credentials-unsendable = Die Bitrefill-Zugangsdaten enthalten Zeichen, die sich per HTTP nicht übertragen lassen
providers-field-unsendable = { $field } enthält Zeichen, die sich per HTTP nicht übertragen lassen
providers-ping-without-pong = ping wurde nicht mit pong beantwortet
providers-brand-list-empty = die Markenliste für { $country } war leer oder unlesbar
providers-expected-an-object = { $what }: Objekt erwartet
providers-not-json = HTTP { $status } mit einem Inhalt, der kein JSON ist
providers-timed-out = Zeitüberschreitung bei der Anfrage
providers-could-not-connect = keine Verbindung möglich
providers-answer-cut-off = die Antwort wurde abgeschnitten
providers-connection-failed = die Verbindung ist fehlgeschlagen
providers-stream-failed = der Stream ist fehlgeschlagen
providers-image-not-fetched = das Bild konnte nicht abgerufen werden
providers-image-http = das Bild lieferte HTTP { $status }
providers-image-cut-off = das Bild wurde abgeschnitten
providers-image-empty-or-too-large = das Bild war leer oder zu groß

# Käufe verfolgen (crates/core/src/tracking/): wie der Status eines Kaufs abgerufen wurde, wie sein Verlauf es zeigt
tracking-invoice-reread = Rechnung erneut abgerufen
tracking-reread-on-webhook = Nach einem Webhook erneut abgerufen
tracking-read-at-start = Beim Start abgerufen
tracking-polled = Abgefragt
tracking-stream = Stream
tracking-stream-ended = Stream beendet
tracking-delivered-without-code = Bestellung { $order } ist geliefert, aber Bitrefill hat noch keinen Code gesendet
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = auf { $address } können keine Webhooks empfangen werden
tracking-webhook-listener = Webhook-Empfänger

# Protokollierung (crates/core/src/logs.rs)
logs-level-invalid = { $variable } muss eine Stufe wie error, warn, info, debug oder trace sein: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = Der Schlüsselbund-Eintrag für { $provider } hat ein Format, das Giftdesk nicht versteht ({ $detail }); geben Sie die Zugangsdaten in den Einstellungen erneut ein
clipboard-unavailable = Die Zwischenablage konnte nicht verwendet werden ({ $detail })
logs-not-opened = Die Protokolldatei in { $dir } konnte nicht geöffnet werden: { $detail }
