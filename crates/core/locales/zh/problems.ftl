# 用经销商的话说明供应商的拒绝（crates/core/src/checkout/problems.rs）：针对每个供应商的错误代码，
# 说明发生了什么，并在`-action`消息中给出下一步操作。消息ID固定不变，措辞可以改进。

# Bitrefill的错误代码（创建账单、充值、付款、认证、限额）。
problem-bitrefill-unsupported-payment-method = Bitrefill不接受此付款方式。
problem-bitrefill-unsupported-payment-method-action = 请选择余额或列出的某种币种。
problem-bitrefill-missing-param = 采购中缺少Bitrefill需要的信息。
problem-bitrefill-missing-param-action = 请填写商品的所有字段后重试。
problem-bitrefill-parse-error = Bitrefill无法读取该请求。
problem-bitrefill-parse-error-action = 请重试；如果问题仍然存在，请附上日志文件报告此问题。
problem-bitrefill-not-found = Bitrefill已不再销售此商品。
problem-bitrefill-not-found-action = 请刷新商品目录并选择其他商品。
problem-bitrefill-out-of-stock = 此商品在Bitrefill缺货。
problem-bitrefill-out-of-stock-action = 请稍后再试，或从Cryptorefills购买同一品牌。
problem-bitrefill-invalid-param = Bitrefill拒绝了其中一个值。
problem-bitrefill-invalid-param-action = 请检查金额、数量和收件人。
problem-bitrefill-too-many-items = 每张Bitrefill账单最多20件商品。
problem-bitrefill-too-many-items-action = 请将购物车拆分为多张账单。
problem-bitrefill-create-invoice-failed = Bitrefill无法创建账单；未产生任何扣款。
problem-bitrefill-create-invoice-failed-action = 请过一分钟后重试。
problem-bitrefill-balance-too-low = 你的Bitrefill余额不足以支付此次采购。
problem-bitrefill-balance-too-low-action = 请为你的Bitrefill余额充值，或使用加密货币付款。
problem-bitrefill-insufficient-funds = 你的Bitrefill余额不足以支付此账单。
problem-bitrefill-insufficient-funds-action = 请为你的Bitrefill余额充值，然后再次付款。
problem-bitrefill-invalid-phone-number = 此电话号码不适用于该充值。
problem-bitrefill-invalid-phone-number-action = 请以国际格式输入，如+14155551234。
problem-bitrefill-unsupported-operator = 此商品不支持该电话号码的运营商。
problem-bitrefill-unsupported-operator-action = 请选择与该号码运营商对应的充值商品。
problem-bitrefill-delivery-failed = 运营商拒绝为此号码充值。
problem-bitrefill-delivery-failed-action = 请与客户核对号码，然后重试。
problem-bitrefill-already-paid = 此账单已付款或已不存在。
problem-bitrefill-already-paid-action = 无需再付款；请在“订单”中跟踪该采购。
problem-bitrefill-unauthorized = Bitrefill拒绝了API凭据。
problem-bitrefill-unauthorized-action = 请在“设置”中检查API密钥。
problem-bitrefill-forbidden = 此Bitrefill账户没有API访问权限或已被停用。
problem-bitrefill-forbidden-action = 请联系Bitrefill为该账户开通API访问权限。
problem-bitrefill-rate-limited = Bitrefill要求Giftdesk降低请求频率。
problem-bitrefill-rate-limited-action = 请等待一分钟后重试。
# Giftdesk尚不认识的错误代码：Bitrefill的原话作为详细信息附在后面。
problem-bitrefill-other = Bitrefill拒绝了此次采购。
problem-bitrefill-other-action = 请阅读下方Bitrefill的说明；重试或联系Bitrefill客服。
# 详细信息行：Bitrefill发送的原始消息。
problem-bitrefill-says = Bitrefill的说明：{ $message }

# Cryptorefills的验证问题和HTTP层面的错误。
problem-cryptorefills-amount-less-then-minimum-allowed = 订单总额低于Cryptorefills接受的最低金额。
problem-cryptorefills-amount-less-then-minimum-allowed-action = 请提高金额或添加商品。
problem-cryptorefills-maximum-amount-per-order-exceeded = 订单总额超过了单个订单的上限。
problem-cryptorefills-maximum-amount-per-order-exceeded-action = 请降低金额，或拆分为多个订单。
problem-cryptorefills-daily-spending-limit-exceeded = 该账户已达到每日消费限额。
problem-cryptorefills-daily-spending-limit-exceeded-action = 请等到明天，或完成账户验证以获得更高限额。
problem-cryptorefills-monthly-spending-limit-exceeded = 该账户已达到每月消费限额。
problem-cryptorefills-monthly-spending-limit-exceeded-action = 请等到下个月，或完成账户验证以获得更高限额。
problem-cryptorefills-product-count-exceeded = 每个订单最多10次交付。
problem-cryptorefills-product-count-exceeded-action = 请将购物车拆分为多个订单。
problem-cryptorefills-multiple-limited-product-same-order = 每个订单只能包含一件限购商品。
problem-cryptorefills-multiple-limited-product-same-order-action = 请将限购商品分开下单。
# NOT_AVAILABLE_PRODUCT和PRODUCT_NOT_AVAILABLE均使用此消息。
problem-cryptorefills-product-not-available = 此商品已不再在该国家/地区销售。
problem-cryptorefills-product-not-available-action = 请刷新商品目录，并选择其他商品或国家/地区。
problem-cryptorefills-out-of-stock = 此商品在Cryptorefills缺货。
problem-cryptorefills-out-of-stock-action = 请稍后再试，或从Bitrefill购买同一品牌。
problem-cryptorefills-not-active = 此商品在Cryptorefills已暂停销售。
problem-cryptorefills-not-active-action = 请稍后再试，或选择其他商品。
problem-cryptorefills-invalid-beneficiary-account = 收件人与该商品不匹配。
problem-cryptorefills-invalid-beneficiary-account-action = 礼品卡和eSIM请使用邮箱，话费充值请使用国际格式的电话号码（+14155551234）。
problem-cryptorefills-not-allowed-payment-via = 此订单不允许使用该付款方式。
problem-cryptorefills-not-allowed-payment-via-action = 请从下方列出的可用付款方式中选择。
problem-cryptorefills-unsupported-protocol-coin-combination = 该网络不接受此币种。
problem-cryptorefills-unsupported-protocol-coin-combination-action = 请从下方列出的币种与网络组合中选择。
problem-cryptorefills-login-required = 此商品需要登录Cryptorefills账户。
problem-cryptorefills-login-required-action = 请在cryptorefills.com上使用白标账户购买，或选择其他商品。
problem-cryptorefills-coupon-requires-login = 此优惠券需要登录Cryptorefills账户。
problem-cryptorefills-coupon-requires-login-action = 请移除优惠券，或在cryptorefills.com上使用。
problem-cryptorefills-coupon-not-found = 该优惠码不存在。
problem-cryptorefills-coupon-not-found-action = 请检查拼写，或移除优惠券。
problem-cryptorefills-coupon-not-active = 该优惠券尚未生效。
problem-cryptorefills-coupon-not-active-action = 请移除优惠券，或在其生效后使用。
problem-cryptorefills-coupon-already-spent = 该账户已使用过此优惠券。
problem-cryptorefills-coupon-already-spent-action = 请移除优惠券。
problem-cryptorefills-coupon-max-usage-reached = 该优惠券已达到使用次数上限。
problem-cryptorefills-coupon-max-usage-reached-action = 请移除优惠券。
problem-cryptorefills-coupon-expired = 该优惠券已过期。
problem-cryptorefills-coupon-expired-action = 请移除优惠券。
problem-cryptorefills-coupon-below-min-amount = 订单金额未达到该优惠券的最低消费。
problem-cryptorefills-coupon-below-min-amount-action = 请添加商品，或移除优惠券。
problem-cryptorefills-coupon-not-valid-for-user = 该优惠券不适用于此账户。
problem-cryptorefills-coupon-not-valid-for-user-action = 请移除优惠券。
problem-cryptorefills-coupon-not-valid-for-category = 该优惠券不适用于这些商品类别。
problem-cryptorefills-coupon-not-valid-for-category-action = 请移除优惠券或更换商品。
problem-cryptorefills-coupon-not-valid-for-kind = 该优惠券不适用于此类商品。
problem-cryptorefills-coupon-not-valid-for-kind-action = 请移除优惠券或更换商品。
problem-cryptorefills-coupon-not-valid-for-brand = 该优惠券不适用于这些品牌。
problem-cryptorefills-coupon-not-valid-for-brand-action = 请移除优惠券或更换品牌。
problem-cryptorefills-coupon-not-valid-for-country = 该优惠券在此国家/地区无效。
problem-cryptorefills-coupon-not-valid-for-country-action = 请移除优惠券。
problem-cryptorefills-coupon-not-valid-for-store = 该优惠券不适用于此商店或地区。
problem-cryptorefills-coupon-not-valid-for-store-action = 请移除优惠券。
problem-cryptorefills-kyc-missing = 此订单要求该账户完成身份验证。
problem-cryptorefills-kyc-missing-action = 请在你的Cryptorefills账户中完成身份验证，然后重试。
problem-cryptorefills-kyc-pending = 身份验证正在进行中。
problem-cryptorefills-kyc-pending-action = 请等待验证完成（通常需要20分钟，最长48小时），然后重试。
problem-cryptorefills-verification-required = Cryptorefills要求此账户进行进一步验证。
problem-cryptorefills-verification-required-action = 请联系Cryptorefills客服，然后重试。
problem-cryptorefills-fullname-missing = 在Tron网络上使用稳定币付款，需要账户中登记有账户持有人的全名。
problem-cryptorefills-fullname-missing-action = 请在你的Cryptorefills账户中添加全名，或换用其他网络付款。
problem-cryptorefills-invalid-email-domain = Cryptorefills不接受此邮箱的域名。
problem-cryptorefills-invalid-email-domain-action = 请使用长期有效的邮箱地址。
problem-cryptorefills-suspended-coin = 此币种目前在Cryptorefills暂停使用。
problem-cryptorefills-suspended-coin-action = 请换用其他币种付款。
problem-cryptorefills-suspended-network = 此网络目前在Cryptorefills暂停使用。
problem-cryptorefills-suspended-network-action = 请换用其他网络付款。
problem-cryptorefills-order-not-found = Cryptorefills没有此编号的订单。
problem-cryptorefills-order-not-found-action = 请检查订单号。
# Giftdesk尚不认识的错误代码：Cryptorefills的详细信息附在后面。
problem-cryptorefills-other = Cryptorefills拒绝了此订单。
problem-cryptorefills-other-action = 请阅读下方的详细信息；重试或联系Cryptorefills客服。
# 详细信息行：Cryptorefills接受的一种币种与网络组合（“USDC on Solana”）。
problem-detail-coin-on-network = { $coin }（{ $network }网络）

# 将一组问题合成一句话，用于日志、终端和采购记录
# （crates/core/src/problem.rs）：消息、下一步操作、详细信息（如有），然后是供应商的错误代码。
problem-summary = { $message }{ $action } [{ $code }]
problem-summary-with-details = { $message }{ $action }（{ $details }）[{ $code }]
# 摘要中两条详细信息之间的分隔符。
problem-summary-details-separator = ；
