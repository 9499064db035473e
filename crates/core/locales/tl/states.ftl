# A purchase's state in words, for a timeline, a terminal or (capitalised) the window
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Lower case: the window capitalises them.
state-sending = ipinapadala
state-unknown = hindi alam: nawala ang sagot
state-not-created = hindi nagawa
state-rejected = tinanggihan ng provider
state-awaiting-payment = naghihintay ng bayad
state-payment-seen = nakita na ang bayad
state-paid = bayad na
state-delivering = dine-deliver
state-delivered = na-deliver
state-partly-delivered = bahagyang na-deliver
state-failed = pumalya
state-expired = nag-expire
state-refunded = na-refund
