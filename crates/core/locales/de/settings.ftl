# Einstellungen, geprüft bevor sie gespeichert werden (crates/core/src/settings.rs). Werte in Anführungszeichen erscheinen wie eingegeben.
settings-shop-name-too-long = Ein Shopname darf höchstens 80 Zeichen lang sein
settings-sync-out-of-range =
    { $minutes ->
        [one] { $minutes } Minute liegt
       *[other] { $minutes } Minuten liegen
    } außerhalb des zulässigen Bereichs: Wählen Sie 15 Minuten bis 24 Stunden (1440)
settings-clipboard-not-offered =
    { $seconds ->
        [one] { $seconds } Sekunde steht
       *[other] { $seconds } Sekunden stehen
    } nicht zur Auswahl: Wählen Sie einen dieser Werte (in Sekunden): { $choices }
settings-market-invalid = { $market } ist kein Land: Verwenden Sie zweistellige Codes wie US oder FR
settings-kinds-other = Bitrefill führt Geschenkkarten, Aufladungen und eSIMs getrennt; wählen Sie unter diesen
settings-forwarded-for-invalid = { $address } ist keine IP-Adresse: Verwenden Sie eine wie 203.0.113.7 oder lassen Sie das Feld leer
settings-forwarded-for-private = { $address } ist eine Adresse in einem privaten Netzwerk, nicht die öffentliche Adresse, die Cryptorefills erwartet: Geben Sie Ihre öffentliche Adresse an oder lassen Sie das Feld leer
settings-url-invalid = { $url } ist keine Webadresse: Verwenden Sie eine wie https://api.example.com

# Der Bitrefill-Webhook (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } ist keine lokale Adresse: Geben Sie eine IP-Adresse und einen Port an, z. B. 127.0.0.1:8787
settings-public-url-invalid = { $url } ist keine öffentliche https-Adresse: Bitrefill ruft sie aus dem Internet auf, z. B. https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } ist beschädigt ({ $detail }); korrigieren oder löschen Sie die Datei, um mit den Standardeinstellungen zu beginnen
