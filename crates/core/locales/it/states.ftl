# A purchase's state in words, for a timeline, a terminal or (capitalised) the window
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Lower case: the window capitalises them.
# Italian: masculine forms, agreeing with "l'acquisto".
state-sending = invio in corso
state-unknown = sconosciuto: risposta persa
state-not-created = non creato
state-rejected = rifiutato dal fornitore
state-awaiting-payment = in attesa di pagamento
state-payment-seen = pagamento rilevato
state-paid = pagato
state-delivering = in consegna
state-delivered = consegnato
state-partly-delivered = consegnato in parte
state-failed = non riuscito
state-expired = scaduto
state-refunded = rimborsato
