# Die Fehler des Kerns (crates/core/src/error.rs). Die IDs sind fest; die Formulierungen dürfen besser werden.
error-keyring-unavailable = Der Schlüsselbund des Systems konnte nicht verwendet werden ({ $detail }). Entsperren Sie Ihren Schlüsselbund (melden Sie sich bei Ihrer Desktop-Sitzung an oder starten Sie einen Secret Service wie GNOME Keyring oder KWallet) und versuchen Sie es erneut; für Skripte setzen Sie stattdessen die GIFTDESK_*-Variablen für die Zugangsdaten
error-not-configured = { $provider } ist nicht eingerichtet: Hinterlegen Sie die Zugangsdaten in den Einstellungen oder mit `giftdesk login { $id }`
error-store = Die lokale Datenbank konnte nicht verwendet werden: { $detail }
error-migrate = Die lokale Datenbank konnte nicht aktualisiert werden: { $detail }
error-provider = { $provider } hat mit HTTP { $status } geantwortet: { $message }
error-provider-coded = { $provider } hat mit HTTP { $status } ({ $code }) geantwortet: { $message }
error-unexpected-response = { $provider } hat etwas geantwortet, das Giftdesk nicht lesen kann ({ $detail }); versuchen Sie es später erneut
error-network = { $provider } ist nicht erreichbar ({ $detail }). Prüfen Sie die Internetverbindung dieses Computers und versuchen Sie es erneut
error-rate-budget = Das Anfragekontingent dieses Kontos bei { $provider } ist für die nächsten { $seconds } s aufgebraucht; danach wird der Katalog weiter aktualisiert (Käufe und Verfolgung behalten ihren Anteil)
