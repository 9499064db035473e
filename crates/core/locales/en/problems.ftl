# A provider's refusal in the reseller's words (crates/core/src/checkout/problems.rs): for each provider's code,
# what happened and, in the `-action` message, the next step. Ids are stable; the words may improve.

# Bitrefill's error codes (invoice creation, top-ups, paying, auth, limits).
problem-bitrefill-unsupported-payment-method = Bitrefill does not accept this payment method.
problem-bitrefill-unsupported-payment-method-action = Choose balance or one of the listed coins.
problem-bitrefill-missing-param = Something Bitrefill needs is missing from the purchase.
problem-bitrefill-missing-param-action = Fill in every field of the item and try again.
problem-bitrefill-parse-error = Bitrefill could not read the request.
problem-bitrefill-parse-error-action = Try again; if it persists, report it with the log file.
problem-bitrefill-not-found = This product is no longer sold by Bitrefill.
problem-bitrefill-not-found-action = Refresh the catalog and pick another product.
problem-bitrefill-out-of-stock = This product is out of stock at Bitrefill.
problem-bitrefill-out-of-stock-action = Try later, or buy the same brand from Cryptorefills.
problem-bitrefill-invalid-param = Bitrefill refused one of the values.
problem-bitrefill-invalid-param-action = Check the amount, quantity and recipient.
problem-bitrefill-too-many-items = A Bitrefill invoice holds at most 20 items.
problem-bitrefill-too-many-items-action = Split the cart into several invoices.
problem-bitrefill-create-invoice-failed = Bitrefill could not create the invoice; nothing was charged.
problem-bitrefill-create-invoice-failed-action = Try again in a minute.
problem-bitrefill-balance-too-low = Your Bitrefill balance is too low for this purchase.
problem-bitrefill-balance-too-low-action = Top up your Bitrefill balance, or pay with crypto.
problem-bitrefill-insufficient-funds = Your Bitrefill balance is too low to pay this invoice.
problem-bitrefill-insufficient-funds-action = Top up your Bitrefill balance, then pay again.
problem-bitrefill-invalid-phone-number = The phone number is not valid for this top-up.
problem-bitrefill-invalid-phone-number-action = Enter it in international format, like +14155551234.
problem-bitrefill-unsupported-operator = This phone number's operator is not supported by the product.
problem-bitrefill-unsupported-operator-action = Pick the top-up product for the number's operator.
problem-bitrefill-delivery-failed = The operator refused the top-up for this number.
problem-bitrefill-delivery-failed-action = Check the number with your customer, then try again.
problem-bitrefill-already-paid = This invoice is already paid or no longer exists.
problem-bitrefill-already-paid-action = Nothing more to pay; follow the purchase in Orders.
problem-bitrefill-unauthorized = Bitrefill refused the API credentials.
problem-bitrefill-unauthorized-action = Check the API key in Settings.
problem-bitrefill-forbidden = This Bitrefill account has no API access or is suspended.
problem-bitrefill-forbidden-action = Ask Bitrefill to enable API access for the account.
problem-bitrefill-rate-limited = Bitrefill asked Giftdesk to slow down.
problem-bitrefill-rate-limited-action = Wait a minute and try again.
# A code Giftdesk does not know yet: Bitrefill's own words follow as a detail.
problem-bitrefill-other = Bitrefill refused the purchase.
problem-bitrefill-other-action = Read Bitrefill's words below; try again or contact Bitrefill support.
# A detail line: Bitrefill's own message, as it sent it.
problem-bitrefill-says = Bitrefill says: { $message }

# Cryptorefills' validation problems and HTTP-level errors.
problem-cryptorefills-amount-less-then-minimum-allowed = The order total is below the minimum Cryptorefills accepts.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Raise the amount or add items.
problem-cryptorefills-maximum-amount-per-order-exceeded = The order total is above the most one order may cost.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Lower the amount or split it into several orders.
problem-cryptorefills-daily-spending-limit-exceeded = The account has reached its daily spending limit.
problem-cryptorefills-daily-spending-limit-exceeded-action = Wait until tomorrow, or verify the account for higher limits.
problem-cryptorefills-monthly-spending-limit-exceeded = The account has reached its monthly spending limit.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Wait until next month, or verify the account for higher limits.
problem-cryptorefills-product-count-exceeded = An order holds at most 10 deliveries.
problem-cryptorefills-product-count-exceeded-action = Split the cart into several orders.
problem-cryptorefills-multiple-limited-product-same-order = Only one limited product may be in an order.
problem-cryptorefills-multiple-limited-product-same-order-action = Buy the limited products in separate orders.
# Both NOT_AVAILABLE_PRODUCT and PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = This product is not sold in this country any more.
problem-cryptorefills-product-not-available-action = Refresh the catalog and pick another product or country.
problem-cryptorefills-out-of-stock = This product is out of stock at Cryptorefills.
problem-cryptorefills-out-of-stock-action = Try later, or buy the same brand from Bitrefill.
problem-cryptorefills-not-active = This product is paused at Cryptorefills.
problem-cryptorefills-not-active-action = Try later or pick another product.
problem-cryptorefills-invalid-beneficiary-account = The recipient does not fit the product.
problem-cryptorefills-invalid-beneficiary-account-action = Use an email for gift cards and eSIMs, an international phone number (+14155551234) for top-ups.
problem-cryptorefills-not-allowed-payment-via = This way of paying is not allowed for the order.
problem-cryptorefills-not-allowed-payment-via-action = Choose one of the allowed ways listed below.
problem-cryptorefills-unsupported-protocol-coin-combination = This coin is not accepted on this network.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Choose one of the coin and network pairs listed below.
problem-cryptorefills-login-required = This product needs a signed-in Cryptorefills account.
problem-cryptorefills-login-required-action = Buy it on cryptorefills.com with a whitelabel account, or pick another product.
problem-cryptorefills-coupon-requires-login = This coupon needs a signed-in Cryptorefills account.
problem-cryptorefills-coupon-requires-login-action = Remove the coupon, or redeem it on cryptorefills.com.
problem-cryptorefills-coupon-not-found = The coupon code does not exist.
problem-cryptorefills-coupon-not-found-action = Check the spelling, or remove the coupon.
problem-cryptorefills-coupon-not-active = The coupon is not active yet.
problem-cryptorefills-coupon-not-active-action = Remove it, or use it once it starts.
problem-cryptorefills-coupon-already-spent = The coupon was already used by this account.
problem-cryptorefills-coupon-already-spent-action = Remove the coupon.
problem-cryptorefills-coupon-max-usage-reached = The coupon has been used as often as it may be.
problem-cryptorefills-coupon-max-usage-reached-action = Remove the coupon.
problem-cryptorefills-coupon-expired = The coupon has expired.
problem-cryptorefills-coupon-expired-action = Remove the coupon.
problem-cryptorefills-coupon-below-min-amount = The order is below the coupon's minimum amount.
problem-cryptorefills-coupon-below-min-amount-action = Add items, or remove the coupon.
problem-cryptorefills-coupon-not-valid-for-user = The coupon is not valid for this account.
problem-cryptorefills-coupon-not-valid-for-user-action = Remove the coupon.
problem-cryptorefills-coupon-not-valid-for-category = The coupon does not apply to these product categories.
problem-cryptorefills-coupon-not-valid-for-category-action = Remove the coupon or change the products.
problem-cryptorefills-coupon-not-valid-for-kind = The coupon does not apply to this kind of product.
problem-cryptorefills-coupon-not-valid-for-kind-action = Remove the coupon or change the products.
problem-cryptorefills-coupon-not-valid-for-brand = The coupon does not apply to these brands.
problem-cryptorefills-coupon-not-valid-for-brand-action = Remove the coupon or change the brands.
problem-cryptorefills-coupon-not-valid-for-country = The coupon is not valid in this country.
problem-cryptorefills-coupon-not-valid-for-country-action = Remove the coupon.
problem-cryptorefills-coupon-not-valid-for-store = The coupon is not valid for this store or region.
problem-cryptorefills-coupon-not-valid-for-store-action = Remove the coupon.
problem-cryptorefills-kyc-missing = The account must verify its identity for this order.
problem-cryptorefills-kyc-missing-action = Complete identity verification in your Cryptorefills account, then try again.
problem-cryptorefills-kyc-pending = Identity verification is in progress.
problem-cryptorefills-kyc-pending-action = Wait for it to finish (usually 20 minutes, up to 48 hours), then try again.
problem-cryptorefills-verification-required = Cryptorefills needs more verification for this account.
problem-cryptorefills-verification-required-action = Contact Cryptorefills support, then try again.
problem-cryptorefills-fullname-missing = Paying with stablecoins on Tron needs the account holder's full name on file.
problem-cryptorefills-fullname-missing-action = Add your full name in your Cryptorefills account, or pay on another network.
problem-cryptorefills-invalid-email-domain = Cryptorefills does not accept this email's domain.
problem-cryptorefills-invalid-email-domain-action = Use a permanent email address.
problem-cryptorefills-suspended-coin = This coin is suspended at Cryptorefills for now.
problem-cryptorefills-suspended-coin-action = Pay with another coin.
problem-cryptorefills-suspended-network = This network is suspended at Cryptorefills for now.
problem-cryptorefills-suspended-network-action = Pay on another network.
problem-cryptorefills-order-not-found = Cryptorefills has no order with this id.
problem-cryptorefills-order-not-found-action = Check the order id.
# A code Giftdesk does not know yet: Cryptorefills' details follow.
problem-cryptorefills-other = Cryptorefills refused the order.
problem-cryptorefills-other-action = Read the details below; try again or contact Cryptorefills support.
# A detail line: one coin and network pair Cryptorefills accepts ("USDC on Solana").
problem-detail-coin-on-network = { $coin } on { $network }

# A whole set of problems as one sentence for logs, terminals and the purchase's trail
# (crates/core/src/problem.rs): the message, the next step, the details if any, then the provider's code.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Between two details in a summary.
problem-summary-details-separator = ;{" "}
