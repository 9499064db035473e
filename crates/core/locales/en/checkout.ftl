# Checkout's refusals, each naming its field and what would be accepted (crates/core/src/checkout/rules.rs).
checkout-not-a-number = "{ $text }" is not a number; write it like 25 or 12.50
checkout-no-lines = Add at least one item to buy
checkout-one-provider = Every item of a { $provider } checkout must come from { $provider }
checkout-quantity-range = The quantity must be a whole number from 1 to { $max }
checkout-resale-price-negative = The resale price cannot be negative
checkout-customer-ref-too-long = A customer reference holds at most 200 characters
checkout-bitrefill-payment-methods = Bitrefill takes balance, auto or one of: { $methods }
checkout-refund-address-needed = A crypto payment to Bitrefill needs a refund address: a { $method } address of yours where an over- or under-payment is returned
checkout-coin-and-network = Cryptorefills takes a coin and a network, like USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills is paid in crypto: give a coin and network, like USDC:Solana
# More units than one invoice or order holds, without `--split`; $parts is how many purchases it would take.
checkout-too-many-bitrefill = A Bitrefill invoice holds at most 20 items; this one has { $total }. Split it into { $parts } purchases (`--split`, or "Split" in the cart)
checkout-too-many-cryptorefills = A Cryptorefills order holds at most 10 deliveries; this one has { $total }. Split it into { $parts } purchases (`--split`, or "Split" in the cart)
checkout-out-of-stock = { $product } is out of stock right now; try later or pick another product
checkout-recipient-email = { $product } is delivered to an email address, like customer@example.com (got "{ $recipient }")
# The denomination or amount of a line (rules.rs, and the product view's amount field through it).
checkout-no-denominations = { $product } has no fixed denominations; give a value instead
checkout-no-such-denomination = { $product } has no denomination "{ $wanted }"; choose one of: { $listed }
checkout-choose-range = Choose a value from { $min } to { $max } in steps of { $step }
checkout-choose-listed-or-range = Choose one of { $listed } or a value from { $min } to { $max }
checkout-choose-listed = Choose one of: { $listed }
checkout-fixed-amounts-only = { $product } sells fixed amounts only: { $listed }
# $max carries the currency ("100 USD") when the product names one.
checkout-value-range = The value must be from { $min } to { $max } in steps of { $step } (got { $value })

# A top-up's number (crates/core/src/checkout/top_up.rs); $why says what is wrong with the number.
checkout-top-up-mobile = A top-up goes to a mobile number: { $why }
checkout-top-up-wrong-country = { $number } is a number of { $country }, and { $product } tops up numbers of { $serves } only; pick the operator of { $country }

# eSIMs and their top-ups (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Cryptorefills sells no top-ups for an eSIM bought before; buy a new plan instead
checkout-iccid-invalid = An ICCID is 18 to 22 digits starting 89, as shown beside the eSIM's QR code (what was given has { $length ->
        [one] { $length } character
       *[other] { $length } characters
    })
checkout-esim-top-up-not-esim = { $product } is not an eSIM: only an eSIM plan tops up an eSIM
checkout-esim-top-up-one-plan = An eSIM is topped up with one plan at a time
checkout-esim-purchase-no-product = The purchase of eSIM { $iccid } names no eSIM product
checkout-esim-other-product = eSIM { $iccid } is a { $product }: top it up with one of its own plans

# Cryptorefills orders, coins and the lookup by order id (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Cryptorefills needs the buyer's email for the receipt (top-ups have no email recipient): give your account email
checkout-buyer-email-invalid = "{ $email }" is not an email address, like you@example.com
checkout-coin-suspended = { $pair } is suspended at Cryptorefills for now; pay with another coin or network
checkout-coin-not-taken = Cryptorefills does not take { $coin } on { $network }; choose one of: { $offered }
checkout-lookup-not-unknown = Only a Cryptorefills purchase whose answer was lost can be looked up by order id
checkout-order-already-linked = This order already belongs to another purchase
checkout-no-such-order = Cryptorefills has no order "{ $order }"

# Purchases, payments and the sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = There is no purchase "{ $id }"; `giftdesk purchases` lists them
checkout-bulk-part-taken = This part of the bulk import is already being bought (in another window or process)
checkout-pay-no-invoice = This purchase has no Bitrefill invoice yet; there is nothing to pay
checkout-pay-balance-only = Only Bitrefill balance invoices are paid from Giftdesk; crypto payments are sent from your wallet
checkout-not-balance-purchase = This purchase is not paid from the Bitrefill balance
checkout-simulate-sandbox-only = Payments can be simulated only on the sandbox
checkout-no-provider-ref = This purchase has no provider id yet
checkout-sandbox-refused = The sandbox refused to pay it (already paid or expired)
# Why the sandbox could not be reached (inside "Could not reach … (…)").
checkout-sandbox-not-running = the sandbox is not running
checkout-sandbox-no-answer = the sandbox did not answer

# The files that tell "still sending" from "died" (crates/core/src/checkout/sending.rs); the OS's reason follows.
checkout-io-sending-directory = could not create the sending directory
checkout-io-sending-lock-create = could not create a sending lock
checkout-io-sending-lock-take = could not take a sending lock

# A purchase's trail: each step as the reseller reads it in the purchase's timeline
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Saved; sending to { $provider }
checkout-event-invoice-created = Invoice created
checkout-event-order-created = Order created
checkout-event-unreadable-answer = { $provider } answered in a form Giftdesk cannot read; kept as sent
checkout-event-refused = { $provider } refused: { $problems }
checkout-event-not-sent = Not sent, nothing was created: { $error }
checkout-event-no-answer = No answer ({ $error }); it may exist at { $provider }. Giftdesk will look for it, never resend it by itself
checkout-event-re-read = Re-read
checkout-event-re-read-before-paying = Re-read before paying
checkout-event-pay-nothing-sent = Nothing sent: the invoice is { $state }
checkout-event-already-paid = Already paid: nothing sent
checkout-event-payment-under-way = A payment is already under way: nothing sent
checkout-event-paid-from-balance = Paid from balance
checkout-event-payment-refused = Payment refused: { $problem }
checkout-event-payment-no-answer = No answer to the payment ({ $error }); re-read before any new attempt
checkout-event-found-by-order-id = Found at Cryptorefills by its order id

# Reconciliation of purchases whose answer was lost (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Could not look it up yet ({ $error }); it stays unknown and nothing is resent. Giftdesk tries again at the next start, or run `giftdesk purchases`
checkout-event-stopped-before-answer = Giftdesk stopped before the provider answered; looking it up, never resending it
checkout-event-found-by-reconciliation = Found at Bitrefill by reconciliation: it was created once
# What one look at Bitrefill's listings covered; shown inside the messages below. $from and $to are times.
checkout-reconcile-checked = { $orders ->
        [one] { $orders } order
       *[other] { $orders } orders
    } and { $invoices ->
        [one] { $invoices } invoice
       *[other] { $invoices } invoices
    } (unpaid included) listed between { $from } and { $to }, { $read } read
checkout-event-never-created = Bitrefill has no invoice for it ({ $checked }): it was never created and nothing was charged; buy again if you still want it
checkout-event-not-found-yet = Looked for it at Bitrefill, not found yet ({ $checked }); it stays unknown and nothing is resent
checkout-event-listing-incomplete = Looked for it at Bitrefill, the listing was not complete ({ $checked }); it stays unknown and nothing is resent
checkout-event-several-match = { $count } Bitrefill invoices match ({ $checked }); check them in your Bitrefill account
