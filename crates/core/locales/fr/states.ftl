# A purchase's state in words, for a timeline, a terminal or (capitalised) the window
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Lower case: the window capitalises them.
# French: agreed with « achat » (masculine), the noun they describe.
state-sending = envoi en cours
state-unknown = inconnu : la réponse a été perdue
state-not-created = non créé
state-rejected = refusé par le fournisseur
state-awaiting-payment = en attente de paiement
state-payment-seen = paiement détecté
state-paid = payé
state-delivering = livraison en cours
state-delivered = livré
state-partly-delivered = livré en partie
state-failed = en échec
state-expired = expiré
state-refunded = remboursé
