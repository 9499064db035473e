# Der Status eines Kaufs in Worten, für einen Verlauf, ein Terminal oder (großgeschrieben) das Fenster
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Kleingeschrieben, wie mitten im Satz; das Fenster schreibt den Anfang groß.
state-sending = wird gesendet
state-unknown = unbekannt: Antwort ging verloren
state-not-created = nicht erstellt
state-rejected = vom Anbieter abgelehnt
state-awaiting-payment = wartet auf Zahlung
state-payment-seen = Zahlung erkannt
state-paid = bezahlt
state-delivering = wird geliefert
state-delivered = geliefert
state-partly-delivered = teilweise geliefert
state-failed = fehlgeschlagen
state-expired = abgelaufen
state-refunded = erstattet
