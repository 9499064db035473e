# Native notifications about purchases (crates/core/src/tracking/notice.rs): brand and value, never the code.
# Tagalog's CLDR "one" category also covers 2, 3, 5…, so an exact [1] key picks the singular wording.
notice-codes-ready = { $count ->
        [1] Handa na ang code
       *[other] Handa na ang { $count } code
    }
notice-codes-ready-body = Handa na sa Giftdesk ang { $brand } { $value }

# A purchase that ended badly; $what is the first line's product and face value ("Amazon.com 50").
notice-failed = Pumalya ang pagbili
notice-failed-body = { $what }: hindi ito ma-deliver ng provider
notice-expired = Sarado na ang payment window
notice-expired-body = { $what }: walang bayad na dumating sa takdang oras
notice-partly-delivered = Bahagyang na-deliver
notice-partly-delivered-body = { $what }: pumalya ang ilang item
