# Checkout's refusals, each naming its field and what would be accepted (crates/core/src/checkout/rules.rs).
checkout-not-a-number = Hindi numero ang "{ $text }"; isulat ito gaya ng 25 o 12.50
checkout-no-lines = Magdagdag ng kahit isang item na bibilhin
checkout-one-provider = Dapat galing sa { $provider } ang bawat item ng checkout sa { $provider }
checkout-quantity-range = Ang dami ay dapat buong numero mula 1 hanggang { $max }
checkout-resale-price-negative = Hindi puwedeng negatibo ang resale price
checkout-customer-ref-too-long = Hanggang 200 character lang ang reference ng customer
checkout-bitrefill-payment-methods = Tumatanggap ang Bitrefill ng balance, auto o isa sa: { $methods }
checkout-refund-address-needed = Kailangan ng refund address ang crypto payment sa Bitrefill: isang { $method } address mo kung saan ibabalik ang sobra o kulang na bayad
checkout-coin-and-network = Kailangan ng Cryptorefills ng coin at network, gaya ng USDC:Solana
checkout-cryptorefills-crypto-only = Crypto ang pambayad sa Cryptorefills: magbigay ng coin at network, gaya ng USDC:Solana
# More units than one invoice or order holds, without `--split`; $parts is how many purchases it would take.
checkout-too-many-bitrefill = Hanggang 20 item lang ang kasya sa isang Bitrefill invoice; { $total } ang nasa isang ito. Hatiin ito sa { $parts } pagbili (`--split`, o "Hatiin" sa cart)
checkout-too-many-cryptorefills = Hanggang 10 delivery lang ang kasya sa isang Cryptorefills order; { $total } ang nasa isang ito. Hatiin ito sa { $parts } pagbili (`--split`, o "Hatiin" sa cart)
checkout-out-of-stock = Ubos ang stock ng { $product } sa ngayon; subukan mamaya o pumili ng ibang produkto
checkout-recipient-email = Sa email address dine-deliver ang { $product }, gaya ng customer@example.com (ang inilagay: "{ $recipient }")
# The denomination or amount of a line (rules.rs, and the product view's amount field through it).
checkout-no-denominations = Walang fixed na denomination ang { $product }; maglagay na lang ng halaga
checkout-no-such-denomination = Walang denomination na "{ $wanted }" ang { $product }; pumili sa: { $listed }
checkout-choose-range = Pumili ng halaga mula { $min } hanggang { $max }, tig-{ $step } ang pagitan
checkout-choose-listed-or-range = Pumili sa { $listed } o ng halaga mula { $min } hanggang { $max }
checkout-choose-listed = Pumili sa: { $listed }
checkout-fixed-amounts-only = Mga fixed na halaga lang ang ibinebenta ng { $product }: { $listed }
# $max carries the currency ("100 USD") when the product names one.
checkout-value-range = Ang halaga ay dapat mula { $min } hanggang { $max }, tig-{ $step } ang pagitan (ang inilagay: { $value })

# A top-up's number (crates/core/src/checkout/top_up.rs); $why says what is wrong with the number.
checkout-top-up-mobile = Sa mobile number napupunta ang top-up: { $why }
checkout-top-up-wrong-country = Numero ng { $country } ang { $number }, at mga numero ng { $serves } lang ang tino-top up ng { $product }; piliin ang operator ng { $country }

# eSIMs and their top-ups (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Walang ibinebentang top-up ang Cryptorefills para sa eSIM na nabili na dati; bumili na lang ng bagong plan
checkout-iccid-invalid = Ang ICCID ay 18 hanggang 22 digit na nagsisimula sa 89, gaya ng nakalagay sa tabi ng QR code ng eSIM (ang inilagay ay may { $length ->
        [one] { $length } character
       *[other] { $length } character
    })
checkout-esim-top-up-not-esim = Hindi eSIM ang { $product }: eSIM plan lang ang puwedeng pang-top up sa eSIM
checkout-esim-top-up-one-plan = Isang plan lang kada top-up ng eSIM
checkout-esim-purchase-no-product = Walang nakasaad na eSIM product ang pagbili ng eSIM { $iccid }
checkout-esim-other-product = { $product } ang eSIM { $iccid }: i-top up ito gamit ang isa sa sarili nitong mga plan

# Cryptorefills orders, coins and the lookup by order id (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Kailangan ng Cryptorefills ang email ng buyer para sa resibo (walang email na tatanggap ang mga top-up): ibigay ang email ng iyong account
checkout-buyer-email-invalid = Hindi email address ang "{ $email }"; dapat gaya ng you@example.com
checkout-coin-suspended = Suspendido muna ang { $pair } sa Cryptorefills; magbayad gamit ang ibang coin o network
checkout-coin-not-taken = Hindi tumatanggap ang Cryptorefills ng { $coin } sa { $network }; pumili sa: { $offered }
checkout-lookup-not-unknown = Puwede lang hanapin gamit ang order id ang Cryptorefills na pagbiling nawala ang sagot
checkout-order-already-linked = Nakakabit na ang order na ito sa ibang pagbili
checkout-no-such-order = Walang order na "{ $order }" ang Cryptorefills

# Purchases, payments and the sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = Walang pagbiling "{ $id }"; nakalista ang mga pagbili sa `giftdesk purchases`
checkout-bulk-part-taken = Binibili na ang bahaging ito ng bulk import (sa ibang window o process)
checkout-pay-no-invoice = Wala pang Bitrefill invoice ang pagbiling ito; wala pang babayaran
checkout-pay-balance-only = Sa Giftdesk, mga Bitrefill invoice lang na binabayaran mula sa balance ang puwedeng bayaran; ang crypto payment ay ipinapadala mula sa iyong wallet
checkout-not-balance-purchase = Hindi mula sa Bitrefill balance binabayaran ang pagbiling ito
checkout-simulate-sandbox-only = Sa sandbox lang puwedeng i-simulate ang bayad
checkout-no-provider-ref = Wala pang provider id ang pagbiling ito
checkout-sandbox-refused = Tumanggi ang sandbox na bayaran ito (bayad na o expired na)
# Why the sandbox could not be reached (inside "Could not reach … (…)").
checkout-sandbox-not-running = hindi tumatakbo ang sandbox
checkout-sandbox-no-answer = hindi sumagot ang sandbox

# The files that tell "still sending" from "died" (crates/core/src/checkout/sending.rs); the OS's reason follows.
checkout-io-sending-directory = hindi magawa ang sending directory
checkout-io-sending-lock-create = hindi makagawa ng sending lock
checkout-io-sending-lock-take = hindi makuha ang sending lock

# A purchase's trail: each step as the reseller reads it in the purchase's timeline
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Na-save; ipinapadala sa { $provider }
checkout-event-invoice-created = Nagawa ang invoice
checkout-event-order-created = Nagawa ang order
checkout-event-unreadable-answer = Sumagot ang { $provider } sa anyong hindi mabasa ng Giftdesk; itinago ang sagot nang walang binago
checkout-event-refused = Tumanggi ang { $provider }: { $problems }
checkout-event-not-sent = Hindi naipadala, walang nagawa: { $error }
checkout-event-no-answer = Walang sagot ({ $error }); baka nagawa na ito sa { $provider }. Hahanapin ito ng Giftdesk, pero hindi kailanman kusang ipapadala ulit
checkout-event-re-read = Binasa ulit
checkout-event-re-read-before-paying = Binasa ulit bago magbayad
checkout-event-pay-nothing-sent = Walang ipinadala: { $state } ang invoice
checkout-event-already-paid = Bayad na: walang ipinadala
checkout-event-payment-under-way = May bayad nang isinasagawa: walang ipinadala
checkout-event-paid-from-balance = Binayaran mula sa balance
checkout-event-payment-refused = Tinanggihan ang bayad: { $problem }
checkout-event-payment-no-answer = Walang sagot sa bayad ({ $error }); basahin muna ulit bago sumubok muli
checkout-event-found-by-order-id = Nahanap sa Cryptorefills gamit ang order id nito

# Reconciliation of purchases whose answer was lost (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Hindi pa ito mahanap ({ $error }); mananatili itong hindi alam at walang ipapadala ulit. Susubukan ulit ng Giftdesk sa susunod na pagbukas, o patakbuhin ang `giftdesk purchases`
checkout-event-stopped-before-answer = Huminto ang Giftdesk bago sumagot ang provider; hinahanap ito, hindi kailanman ipapadala ulit
checkout-event-found-by-reconciliation = Nahanap sa Bitrefill sa pamamagitan ng reconciliation: isang beses lang itong nagawa
# What one look at Bitrefill's listings covered; shown inside the messages below. $from and $to are times.
checkout-reconcile-checked = { $orders ->
        [one] { $orders } order
       *[other] { $orders } order
    } at { $invoices ->
        [one] { $invoices } invoice
       *[other] { $invoices } invoice
    } (kasama ang hindi pa bayad) na nakalista mula { $from } hanggang { $to }, { $read } ang nabasa
checkout-event-never-created = Walang invoice ang Bitrefill para rito ({ $checked }): hindi ito kailanman nagawa at walang siningil; bumili ulit kung gusto mo pa rin ito
checkout-event-not-found-yet = Hinanap ito sa Bitrefill pero hindi pa nakikita ({ $checked }); mananatili itong hindi alam at walang ipapadala ulit
checkout-event-listing-incomplete = Hinanap ito sa Bitrefill pero hindi kumpleto ang listahan ({ $checked }); mananatili itong hindi alam at walang ipapadala ulit
checkout-event-several-match = { $count } Bitrefill invoice ang tumutugma ({ $checked }); tingnan ang mga ito sa iyong Bitrefill account
