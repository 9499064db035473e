# A purchase's state in words, for a timeline, a terminal or (capitalised) the window
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Lower case: the window capitalises them.
# Spanish: feminine forms, agreeing with "la compra".
state-sending = enviando
state-unknown = desconocida: se perdió la respuesta
state-not-created = no creada
state-rejected = rechazada por el proveedor
state-awaiting-payment = pendiente de pago
state-payment-seen = pago detectado
state-paid = pagada
state-delivering = en entrega
state-delivered = entregada
state-partly-delivered = entregada parcialmente
state-failed = fallida
state-expired = vencida
state-refunded = reembolsada
