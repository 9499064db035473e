# A provider's refusal in the reseller's words (crates/core/src/checkout/problems.rs): for each provider's code,
# what happened and, in the `-action` message, the next step. Ids are stable; the words may improve.

# Bitrefill's error codes (invoice creation, top-ups, paying, auth, limits).
problem-bitrefill-unsupported-payment-method = Hindi tinatanggap ng Bitrefill ang paraan ng pagbabayad na ito.
problem-bitrefill-unsupported-payment-method-action = Pumili ng balance o isa sa mga nakalistang coin.
problem-bitrefill-missing-param = May kulang sa pagbili na kailangan ng Bitrefill.
problem-bitrefill-missing-param-action = Punan ang bawat field ng item at subukan ulit.
problem-bitrefill-parse-error = Hindi mabasa ng Bitrefill ang request.
problem-bitrefill-parse-error-action = Subukan ulit; kung mangyari pa rin, i-report ito kasama ang log file.
problem-bitrefill-not-found = Hindi na ibinebenta ng Bitrefill ang produktong ito.
problem-bitrefill-not-found-action = I-refresh ang catalog at pumili ng ibang produkto.
problem-bitrefill-out-of-stock = Ubos ang stock ng produktong ito sa Bitrefill.
problem-bitrefill-out-of-stock-action = Subukan mamaya, o bilhin ang parehong brand sa Cryptorefills.
problem-bitrefill-invalid-param = Tinanggihan ng Bitrefill ang isa sa mga value.
problem-bitrefill-invalid-param-action = I-check ang halaga, dami at tatanggap.
problem-bitrefill-too-many-items = Hanggang 20 item lang ang kasya sa isang Bitrefill invoice.
problem-bitrefill-too-many-items-action = Hatiin ang cart sa ilang invoice.
problem-bitrefill-create-invoice-failed = Hindi makagawa ng invoice ang Bitrefill; walang siningil.
problem-bitrefill-create-invoice-failed-action = Subukan ulit pagkalipas ng isang minuto.
problem-bitrefill-balance-too-low = Kulang ang iyong Bitrefill balance para sa pagbiling ito.
problem-bitrefill-balance-too-low-action = Mag-top up ng iyong Bitrefill balance, o magbayad gamit ang crypto.
problem-bitrefill-insufficient-funds = Kulang ang iyong Bitrefill balance para bayaran ang invoice na ito.
problem-bitrefill-insufficient-funds-action = Mag-top up ng iyong Bitrefill balance, saka magbayad ulit.
problem-bitrefill-invalid-phone-number = Hindi valid ang phone number para sa top-up na ito.
problem-bitrefill-invalid-phone-number-action = Ilagay ito sa international na format, gaya ng +14155551234.
problem-bitrefill-unsupported-operator = Hindi suportado ng produkto ang operator ng phone number na ito.
problem-bitrefill-unsupported-operator-action = Piliin ang top-up product para sa operator ng numero.
problem-bitrefill-delivery-failed = Tinanggihan ng operator ang top-up para sa numerong ito.
problem-bitrefill-delivery-failed-action = I-check ang numero sa iyong customer, saka subukan ulit.
problem-bitrefill-already-paid = Bayad na ang invoice na ito, o wala na ito.
problem-bitrefill-already-paid-action = Wala nang babayaran; subaybayan ang pagbili sa Mga order.
problem-bitrefill-unauthorized = Tinanggihan ng Bitrefill ang API credentials.
problem-bitrefill-unauthorized-action = I-check ang API key sa Settings.
problem-bitrefill-forbidden = Walang API access o suspendido ang Bitrefill account na ito.
problem-bitrefill-forbidden-action = Hilingin sa Bitrefill na i-enable ang API access ng account.
problem-bitrefill-rate-limited = Hiniling ng Bitrefill na magdahan-dahan ang Giftdesk.
problem-bitrefill-rate-limited-action = Maghintay ng isang minuto at subukan ulit.
# A code Giftdesk does not know yet: Bitrefill's own words follow as a detail.
problem-bitrefill-other = Tinanggihan ng Bitrefill ang pagbili.
problem-bitrefill-other-action = Basahin ang sinabi ng Bitrefill sa ibaba; subukan ulit o kontakin ang Bitrefill support.
# A detail line: Bitrefill's own message, as it sent it.
problem-bitrefill-says = Sabi ng Bitrefill: { $message }

# Cryptorefills' validation problems and HTTP-level errors.
problem-cryptorefills-amount-less-then-minimum-allowed = Mas mababa ang kabuuan ng order sa minimum na tinatanggap ng Cryptorefills.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Taasan ang halaga o magdagdag ng item.
problem-cryptorefills-maximum-amount-per-order-exceeded = Lampas ang kabuuan ng order sa maximum na halaga ng isang order.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Babaan ang halaga o hatiin ito sa ilang order.
problem-cryptorefills-daily-spending-limit-exceeded = Naabot na ng account ang daily spending limit nito.
problem-cryptorefills-daily-spending-limit-exceeded-action = Maghintay hanggang bukas, o i-verify ang account para sa mas mataas na limit.
problem-cryptorefills-monthly-spending-limit-exceeded = Naabot na ng account ang monthly spending limit nito.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Maghintay hanggang sa susunod na buwan, o i-verify ang account para sa mas mataas na limit.
problem-cryptorefills-product-count-exceeded = Hanggang 10 delivery lang ang kasya sa isang order.
problem-cryptorefills-product-count-exceeded-action = Hatiin ang cart sa ilang order.
problem-cryptorefills-multiple-limited-product-same-order = Isang limited product lang ang puwede sa isang order.
problem-cryptorefills-multiple-limited-product-same-order-action = Bilhin ang mga limited product sa magkakahiwalay na order.
# Both NOT_AVAILABLE_PRODUCT and PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Hindi na ibinebenta ang produktong ito sa bansang ito.
problem-cryptorefills-product-not-available-action = I-refresh ang catalog at pumili ng ibang produkto o bansa.
problem-cryptorefills-out-of-stock = Ubos ang stock ng produktong ito sa Cryptorefills.
problem-cryptorefills-out-of-stock-action = Subukan mamaya, o bilhin ang parehong brand sa Bitrefill.
problem-cryptorefills-not-active = Naka-pause ang produktong ito sa Cryptorefills.
problem-cryptorefills-not-active-action = Subukan mamaya o pumili ng ibang produkto.
problem-cryptorefills-invalid-beneficiary-account = Hindi tugma ang tatanggap sa produkto.
problem-cryptorefills-invalid-beneficiary-account-action = Gumamit ng email para sa mga gift card at eSIM, at international na phone number (+14155551234) para sa mga top-up.
problem-cryptorefills-not-allowed-payment-via = Hindi pinapayagan ang paraan ng pagbabayad na ito para sa order.
problem-cryptorefills-not-allowed-payment-via-action = Pumili ng isa sa mga pinapayagang paraan na nakalista sa ibaba.
problem-cryptorefills-unsupported-protocol-coin-combination = Hindi tinatanggap ang coin na ito sa network na ito.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Pumili ng isa sa mga pares ng coin at network na nakalista sa ibaba.
problem-cryptorefills-login-required = Kailangan ng naka-sign in na Cryptorefills account para sa produktong ito.
problem-cryptorefills-login-required-action = Bilhin ito sa cryptorefills.com gamit ang whitelabel account, o pumili ng ibang produkto.
problem-cryptorefills-coupon-requires-login = Kailangan ng naka-sign in na Cryptorefills account para sa coupon na ito.
problem-cryptorefills-coupon-requires-login-action = Alisin ang coupon, o i-redeem ito sa cryptorefills.com.
problem-cryptorefills-coupon-not-found = Walang ganitong coupon code.
problem-cryptorefills-coupon-not-found-action = I-check ang spelling, o alisin ang coupon.
problem-cryptorefills-coupon-not-active = Hindi pa active ang coupon.
problem-cryptorefills-coupon-not-active-action = Alisin ito, o gamitin kapag nagsimula na ito.
problem-cryptorefills-coupon-already-spent = Nagamit na ng account na ito ang coupon.
problem-cryptorefills-coupon-already-spent-action = Alisin ang coupon.
problem-cryptorefills-coupon-max-usage-reached = Naabot na ng coupon ang maximum na bilang ng paggamit nito.
problem-cryptorefills-coupon-max-usage-reached-action = Alisin ang coupon.
problem-cryptorefills-coupon-expired = Expired na ang coupon.
problem-cryptorefills-coupon-expired-action = Alisin ang coupon.
problem-cryptorefills-coupon-below-min-amount = Mas mababa ang order sa minimum na halaga ng coupon.
problem-cryptorefills-coupon-below-min-amount-action = Magdagdag ng item, o alisin ang coupon.
problem-cryptorefills-coupon-not-valid-for-user = Hindi valid ang coupon para sa account na ito.
problem-cryptorefills-coupon-not-valid-for-user-action = Alisin ang coupon.
problem-cryptorefills-coupon-not-valid-for-category = Hindi saklaw ng coupon ang mga kategorya ng mga produktong ito.
problem-cryptorefills-coupon-not-valid-for-category-action = Alisin ang coupon o palitan ang mga produkto.
problem-cryptorefills-coupon-not-valid-for-kind = Hindi saklaw ng coupon ang ganitong uri ng produkto.
problem-cryptorefills-coupon-not-valid-for-kind-action = Alisin ang coupon o palitan ang mga produkto.
problem-cryptorefills-coupon-not-valid-for-brand = Hindi saklaw ng coupon ang mga brand na ito.
problem-cryptorefills-coupon-not-valid-for-brand-action = Alisin ang coupon o palitan ang mga brand.
problem-cryptorefills-coupon-not-valid-for-country = Hindi valid ang coupon sa bansang ito.
problem-cryptorefills-coupon-not-valid-for-country-action = Alisin ang coupon.
problem-cryptorefills-coupon-not-valid-for-store = Hindi valid ang coupon para sa store o region na ito.
problem-cryptorefills-coupon-not-valid-for-store-action = Alisin ang coupon.
problem-cryptorefills-kyc-missing = Kailangan munang i-verify ang identity ng account para sa order na ito.
problem-cryptorefills-kyc-missing-action = Kumpletuhin ang identity verification sa iyong Cryptorefills account, saka subukan ulit.
problem-cryptorefills-kyc-pending = Kasalukuyang pinoproseso ang identity verification.
problem-cryptorefills-kyc-pending-action = Hintaying matapos ito (karaniwang 20 minuto, hanggang 48 oras), saka subukan ulit.
problem-cryptorefills-verification-required = Kailangan ng Cryptorefills ng karagdagang verification para sa account na ito.
problem-cryptorefills-verification-required-action = Kontakin ang Cryptorefills support, saka subukan ulit.
problem-cryptorefills-fullname-missing = Para makapagbayad gamit ang stablecoin sa Tron, kailangang nakatala ang buong pangalan ng may-ari ng account.
problem-cryptorefills-fullname-missing-action = Idagdag ang iyong buong pangalan sa iyong Cryptorefills account, o magbayad sa ibang network.
problem-cryptorefills-invalid-email-domain = Hindi tinatanggap ng Cryptorefills ang domain ng email na ito.
problem-cryptorefills-invalid-email-domain-action = Gumamit ng permanenteng email address.
problem-cryptorefills-suspended-coin = Suspendido muna ang coin na ito sa Cryptorefills.
problem-cryptorefills-suspended-coin-action = Magbayad gamit ang ibang coin.
problem-cryptorefills-suspended-network = Suspendido muna ang network na ito sa Cryptorefills.
problem-cryptorefills-suspended-network-action = Magbayad sa ibang network.
problem-cryptorefills-order-not-found = Walang order ang Cryptorefills na may ganitong id.
problem-cryptorefills-order-not-found-action = I-check ang order id.
# A code Giftdesk does not know yet: Cryptorefills' details follow.
problem-cryptorefills-other = Tinanggihan ng Cryptorefills ang order.
problem-cryptorefills-other-action = Basahin ang mga detalye sa ibaba; subukan ulit o kontakin ang Cryptorefills support.
# A detail line: one coin and network pair Cryptorefills accepts ("USDC on Solana").
problem-detail-coin-on-network = { $coin } sa { $network }

# A whole set of problems as one sentence for logs, terminals and the purchase's trail
# (crates/core/src/problem.rs): the message, the next step, the details if any, then the provider's code.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Between two details in a summary.
problem-summary-details-separator = ;{" "}
