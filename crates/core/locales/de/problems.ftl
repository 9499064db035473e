# Die Ablehnung eines Anbieters in den Worten des Händlers (crates/core/src/checkout/problems.rs): für jeden Code
# des Anbieters, was passiert ist, und in der `-action`-Meldung der nächste Schritt. Die IDs sind fest; die Formulierungen dürfen besser werden.

# Die Fehlercodes von Bitrefill (Rechnungserstellung, Aufladungen, Bezahlen, Anmeldung, Limits).
problem-bitrefill-unsupported-payment-method = Bitrefill akzeptiert diese Zahlungsart nicht.
problem-bitrefill-unsupported-payment-method-action = Wählen Sie das Guthaben oder einen der aufgeführten Coins.
problem-bitrefill-missing-param = Für den Kauf fehlt eine Angabe, die Bitrefill benötigt.
problem-bitrefill-missing-param-action = Füllen Sie alle Felder des Artikels aus und versuchen Sie es erneut.
problem-bitrefill-parse-error = Bitrefill konnte die Anfrage nicht lesen.
problem-bitrefill-parse-error-action = Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie ihn zusammen mit der Protokolldatei.
problem-bitrefill-not-found = Dieses Produkt wird von Bitrefill nicht mehr verkauft.
problem-bitrefill-not-found-action = Aktualisieren Sie den Katalog und wählen Sie ein anderes Produkt.
problem-bitrefill-out-of-stock = Dieses Produkt ist bei Bitrefill ausverkauft.
problem-bitrefill-out-of-stock-action = Versuchen Sie es später erneut oder kaufen Sie dieselbe Marke bei Cryptorefills.
problem-bitrefill-invalid-param = Bitrefill hat einen der Werte abgelehnt.
problem-bitrefill-invalid-param-action = Prüfen Sie Betrag, Menge und Empfänger.
problem-bitrefill-too-many-items = Eine Bitrefill-Rechnung umfasst höchstens 20 Artikel.
problem-bitrefill-too-many-items-action = Teilen Sie den Warenkorb auf mehrere Rechnungen auf.
problem-bitrefill-create-invoice-failed = Bitrefill konnte die Rechnung nicht erstellen; es wurde nichts belastet.
problem-bitrefill-create-invoice-failed-action = Versuchen Sie es in einer Minute erneut.
problem-bitrefill-balance-too-low = Ihr Bitrefill-Guthaben reicht für diesen Kauf nicht aus.
problem-bitrefill-balance-too-low-action = Laden Sie Ihr Bitrefill-Guthaben auf oder bezahlen Sie mit Krypto.
problem-bitrefill-insufficient-funds = Ihr Bitrefill-Guthaben reicht nicht aus, um diese Rechnung zu bezahlen.
problem-bitrefill-insufficient-funds-action = Laden Sie Ihr Bitrefill-Guthaben auf und bezahlen Sie dann erneut.
problem-bitrefill-invalid-phone-number = Die Telefonnummer ist für diese Aufladung ungültig.
problem-bitrefill-invalid-phone-number-action = Geben Sie sie im internationalen Format ein, z. B. +14155551234.
problem-bitrefill-unsupported-operator = Der Netzbetreiber dieser Telefonnummer wird von diesem Produkt nicht unterstützt.
problem-bitrefill-unsupported-operator-action = Wählen Sie das Aufladeprodukt für den Netzbetreiber der Nummer.
problem-bitrefill-delivery-failed = Der Netzbetreiber hat die Aufladung für diese Nummer abgelehnt.
problem-bitrefill-delivery-failed-action = Klären Sie die Nummer mit Ihrem Kunden und versuchen Sie es dann erneut.
problem-bitrefill-already-paid = Diese Rechnung ist bereits bezahlt oder existiert nicht mehr.
problem-bitrefill-already-paid-action = Es ist nichts mehr zu bezahlen; verfolgen Sie den Kauf unter „Bestellungen“.
problem-bitrefill-unauthorized = Bitrefill hat die API-Zugangsdaten abgelehnt.
problem-bitrefill-unauthorized-action = Prüfen Sie den API-Schlüssel in den Einstellungen.
problem-bitrefill-forbidden = Dieses Bitrefill-Konto hat keinen API-Zugang oder ist gesperrt.
problem-bitrefill-forbidden-action = Bitten Sie Bitrefill, den API-Zugang für das Konto freizuschalten.
problem-bitrefill-rate-limited = Bitrefill hat Giftdesk gebeten, weniger Anfragen zu senden.
problem-bitrefill-rate-limited-action = Warten Sie eine Minute und versuchen Sie es erneut.
# Ein Code, den Giftdesk noch nicht kennt: Bitrefills eigene Worte folgen als Detail.
problem-bitrefill-other = Bitrefill hat den Kauf abgelehnt.
problem-bitrefill-other-action = Lesen Sie die Meldung von Bitrefill unten; versuchen Sie es erneut oder wenden Sie sich an den Bitrefill-Support.
# Eine Detailzeile: Bitrefills eigene Meldung, so wie gesendet.
problem-bitrefill-says = Bitrefill meldet: { $message }

# Die Validierungsprobleme und HTTP-Fehler von Cryptorefills.
problem-cryptorefills-amount-less-then-minimum-allowed = Die Bestellsumme liegt unter dem Mindestbetrag, den Cryptorefills akzeptiert.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Erhöhen Sie den Betrag oder fügen Sie Artikel hinzu.
problem-cryptorefills-maximum-amount-per-order-exceeded = Die Bestellsumme übersteigt den Höchstbetrag pro Bestellung.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Verringern Sie den Betrag oder teilen Sie ihn auf mehrere Bestellungen auf.
problem-cryptorefills-daily-spending-limit-exceeded = Das Konto hat sein tägliches Ausgabenlimit erreicht.
problem-cryptorefills-daily-spending-limit-exceeded-action = Warten Sie bis morgen oder verifizieren Sie das Konto für höhere Limits.
problem-cryptorefills-monthly-spending-limit-exceeded = Das Konto hat sein monatliches Ausgabenlimit erreicht.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Warten Sie bis zum nächsten Monat oder verifizieren Sie das Konto für höhere Limits.
problem-cryptorefills-product-count-exceeded = Eine Bestellung umfasst höchstens 10 Lieferungen.
problem-cryptorefills-product-count-exceeded-action = Teilen Sie den Warenkorb auf mehrere Bestellungen auf.
problem-cryptorefills-multiple-limited-product-same-order = Eine Bestellung darf nur ein limitiertes Produkt enthalten.
problem-cryptorefills-multiple-limited-product-same-order-action = Kaufen Sie die limitierten Produkte in getrennten Bestellungen.
# Sowohl NOT_AVAILABLE_PRODUCT als auch PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Dieses Produkt wird in diesem Land nicht mehr verkauft.
problem-cryptorefills-product-not-available-action = Aktualisieren Sie den Katalog und wählen Sie ein anderes Produkt oder Land.
problem-cryptorefills-out-of-stock = Dieses Produkt ist bei Cryptorefills ausverkauft.
problem-cryptorefills-out-of-stock-action = Versuchen Sie es später erneut oder kaufen Sie dieselbe Marke bei Bitrefill.
problem-cryptorefills-not-active = Dieses Produkt ist bei Cryptorefills vorübergehend deaktiviert.
problem-cryptorefills-not-active-action = Versuchen Sie es später erneut oder wählen Sie ein anderes Produkt.
problem-cryptorefills-invalid-beneficiary-account = Der Empfänger passt nicht zum Produkt.
problem-cryptorefills-invalid-beneficiary-account-action = Verwenden Sie für Geschenkkarten und eSIMs eine E-Mail-Adresse, für Aufladungen eine internationale Telefonnummer (+14155551234).
problem-cryptorefills-not-allowed-payment-via = Diese Zahlungsart ist für die Bestellung nicht zulässig.
problem-cryptorefills-not-allowed-payment-via-action = Wählen Sie eine der unten aufgeführten zulässigen Zahlungsarten.
problem-cryptorefills-unsupported-protocol-coin-combination = Dieser Coin wird in diesem Netzwerk nicht akzeptiert.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Wählen Sie eine der unten aufgeführten Kombinationen aus Coin und Netzwerk.
problem-cryptorefills-login-required = Für dieses Produkt ist ein angemeldetes Cryptorefills-Konto erforderlich.
problem-cryptorefills-login-required-action = Kaufen Sie es auf cryptorefills.com mit einem Whitelabel-Konto oder wählen Sie ein anderes Produkt.
problem-cryptorefills-coupon-requires-login = Für diesen Rabattcode ist ein angemeldetes Cryptorefills-Konto erforderlich.
problem-cryptorefills-coupon-requires-login-action = Entfernen Sie den Rabattcode oder lösen Sie ihn auf cryptorefills.com ein.
problem-cryptorefills-coupon-not-found = Diesen Rabattcode gibt es nicht.
problem-cryptorefills-coupon-not-found-action = Prüfen Sie die Schreibweise oder entfernen Sie den Rabattcode.
problem-cryptorefills-coupon-not-active = Der Rabattcode ist noch nicht aktiv.
problem-cryptorefills-coupon-not-active-action = Entfernen Sie ihn oder verwenden Sie ihn, sobald er gilt.
problem-cryptorefills-coupon-already-spent = Der Rabattcode wurde von diesem Konto bereits verwendet.
problem-cryptorefills-coupon-already-spent-action = Entfernen Sie den Rabattcode.
problem-cryptorefills-coupon-max-usage-reached = Der Rabattcode wurde bereits so oft wie erlaubt verwendet.
problem-cryptorefills-coupon-max-usage-reached-action = Entfernen Sie den Rabattcode.
problem-cryptorefills-coupon-expired = Der Rabattcode ist abgelaufen.
problem-cryptorefills-coupon-expired-action = Entfernen Sie den Rabattcode.
problem-cryptorefills-coupon-below-min-amount = Die Bestellung liegt unter dem Mindestbetrag des Rabattcodes.
problem-cryptorefills-coupon-below-min-amount-action = Fügen Sie Artikel hinzu oder entfernen Sie den Rabattcode.
problem-cryptorefills-coupon-not-valid-for-user = Der Rabattcode gilt nicht für dieses Konto.
problem-cryptorefills-coupon-not-valid-for-user-action = Entfernen Sie den Rabattcode.
problem-cryptorefills-coupon-not-valid-for-category = Der Rabattcode gilt nicht für diese Produktkategorien.
problem-cryptorefills-coupon-not-valid-for-category-action = Entfernen Sie den Rabattcode oder ändern Sie die Produkte.
problem-cryptorefills-coupon-not-valid-for-kind = Der Rabattcode gilt nicht für diese Art von Produkt.
problem-cryptorefills-coupon-not-valid-for-kind-action = Entfernen Sie den Rabattcode oder ändern Sie die Produkte.
problem-cryptorefills-coupon-not-valid-for-brand = Der Rabattcode gilt nicht für diese Marken.
problem-cryptorefills-coupon-not-valid-for-brand-action = Entfernen Sie den Rabattcode oder ändern Sie die Marken.
problem-cryptorefills-coupon-not-valid-for-country = Der Rabattcode gilt nicht in diesem Land.
problem-cryptorefills-coupon-not-valid-for-country-action = Entfernen Sie den Rabattcode.
problem-cryptorefills-coupon-not-valid-for-store = Der Rabattcode gilt nicht für diesen Shop oder diese Region.
problem-cryptorefills-coupon-not-valid-for-store-action = Entfernen Sie den Rabattcode.
problem-cryptorefills-kyc-missing = Für diese Bestellung muss das Konto seine Identität bestätigen.
problem-cryptorefills-kyc-missing-action = Schließen Sie die Identitätsprüfung in Ihrem Cryptorefills-Konto ab und versuchen Sie es dann erneut.
problem-cryptorefills-kyc-pending = Die Identitätsprüfung läuft noch.
problem-cryptorefills-kyc-pending-action = Warten Sie, bis sie abgeschlossen ist (meist 20 Minuten, höchstens 48 Stunden), und versuchen Sie es dann erneut.
problem-cryptorefills-verification-required = Cryptorefills benötigt für dieses Konto eine weitere Verifizierung.
problem-cryptorefills-verification-required-action = Wenden Sie sich an den Cryptorefills-Support und versuchen Sie es dann erneut.
problem-cryptorefills-fullname-missing = Für Zahlungen mit Stablecoins über Tron muss der vollständige Name des Kontoinhabers hinterlegt sein.
problem-cryptorefills-fullname-missing-action = Hinterlegen Sie Ihren vollständigen Namen in Ihrem Cryptorefills-Konto oder bezahlen Sie über ein anderes Netzwerk.
problem-cryptorefills-invalid-email-domain = Cryptorefills akzeptiert die Domain dieser E-Mail-Adresse nicht.
problem-cryptorefills-invalid-email-domain-action = Verwenden Sie eine dauerhafte E-Mail-Adresse.
problem-cryptorefills-suspended-coin = Dieser Coin ist bei Cryptorefills vorübergehend ausgesetzt.
problem-cryptorefills-suspended-coin-action = Bezahlen Sie mit einem anderen Coin.
problem-cryptorefills-suspended-network = Dieses Netzwerk ist bei Cryptorefills vorübergehend ausgesetzt.
problem-cryptorefills-suspended-network-action = Bezahlen Sie über ein anderes Netzwerk.
problem-cryptorefills-order-not-found = Cryptorefills hat keine Bestellung mit dieser ID.
problem-cryptorefills-order-not-found-action = Prüfen Sie die Bestellnummer.
# Ein Code, den Giftdesk noch nicht kennt: Die Details von Cryptorefills folgen.
problem-cryptorefills-other = Cryptorefills hat die Bestellung abgelehnt.
problem-cryptorefills-other-action = Lesen Sie die Details unten; versuchen Sie es erneut oder wenden Sie sich an den Cryptorefills-Support.
# Eine Detailzeile: eine Kombination aus Coin und Netzwerk, die Cryptorefills akzeptiert („USDC über Solana“).
problem-detail-coin-on-network = { $coin } über { $network }

# Eine ganze Reihe von Problemen als ein Satz für Protokolle, Terminals und den Verlauf des Kaufs
# (crates/core/src/problem.rs): die Meldung, der nächste Schritt, gegebenenfalls die Details, dann der Code des Anbieters.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Zwischen zwei Details einer Zusammenfassung.
problem-summary-details-separator = ;{" "}
