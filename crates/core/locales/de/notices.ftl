# Systembenachrichtigungen zu Käufen (crates/core/src/tracking/notice.rs): Marke und Wert, nie der Code.
notice-codes-ready = { $count ->
        [one] Code bereit
       *[other] { $count } Codes bereit
    }
notice-codes-ready-body = { $brand } { $value } liegt in Giftdesk bereit

# Ein Kauf, der schlecht ausging; $what ist Produkt und Nennwert der ersten Position („Amazon.com 50“).
notice-failed = Kauf fehlgeschlagen
notice-failed-body = { $what }: Der Anbieter konnte nicht liefern
notice-expired = Zahlungsfrist abgelaufen
notice-expired-body = { $what }: Die Zahlung ist nicht rechtzeitig eingegangen
notice-partly-delivered = Teilweise geliefert
notice-partly-delivered-body = { $what }: Einige Artikel sind fehlgeschlagen
