# A purchase's state in words, for a timeline, a terminal or (capitalised) the window
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Lower case: the window capitalises them.
state-sending = sending
state-unknown = unknown: the answer was lost
state-not-created = not created
state-rejected = refused by the provider
state-awaiting-payment = awaiting payment
state-payment-seen = payment seen
state-paid = paid
state-delivering = delivering
state-delivered = delivered
state-partly-delivered = partly delivered
state-failed = failed
state-expired = expired
state-refunded = refunded
