# Native notifications about purchases (crates/core/src/tracking/notice.rs): brand and value, never the code.
notice-codes-ready = { $count ->
        [one] Code ready
       *[other] { $count } codes ready
    }
notice-codes-ready-body = { $brand } { $value } is ready in Giftdesk

# A purchase that ended badly; $what is the first line's product and face value ("Amazon.com 50").
notice-failed = Purchase failed
notice-failed-body = { $what }: the provider could not deliver it
notice-expired = Payment window closed
notice-expired-body = { $what }: no payment arrived in time
notice-partly-delivered = Partly delivered
notice-partly-delivered-body = { $what }: some items failed
