# A purchase's state in words, for a timeline, a terminal or (capitalised) the window
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Lower case: the window capitalises them.
# In Portuguese they agree with "compra" / "fatura" (feminine).
state-sending = em envio
state-unknown = desconhecida: a resposta se perdeu
state-not-created = não criada
state-rejected = recusada pelo fornecedor
state-awaiting-payment = aguardando pagamento
state-payment-seen = pagamento detectado
state-paid = paga
state-delivering = em entrega
state-delivered = entregue
state-partly-delivered = entregue em parte
state-failed = com falha
state-expired = expirada
state-refunded = reembolsada
