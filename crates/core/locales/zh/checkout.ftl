# 结账时的拒绝信息，每条都指明字段以及可接受的内容（crates/core/src/checkout/rules.rs）。
checkout-not-a-number = “{ $text }”不是数字；请写成25或12.50这样的格式
checkout-no-lines = 请至少添加一件要购买的商品
checkout-one-provider = { $provider }结账中的每件商品都必须来自{ $provider }
checkout-quantity-range = 数量必须是1到{ $max }之间的整数
checkout-resale-price-negative = 转售价格不能为负数
checkout-customer-ref-too-long = 客户参考号最多200个字符
checkout-bitrefill-payment-methods = Bitrefill接受balance（余额）、auto或以下方式之一：{ $methods }
checkout-refund-address-needed = 用加密货币向Bitrefill付款时需要提供退款地址：即你自己的一个{ $method }地址，多付或少付的款项将退回该地址
checkout-coin-and-network = Cryptorefills需要指定币种和网络，如USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills仅接受加密货币付款：请指定币种和网络，如USDC:Solana
# 未使用`--split`时，单位数量超过一张账单或一个订单的上限；$parts为所需的采购笔数。
checkout-too-many-bitrefill = 每张Bitrefill账单最多20件商品，此账单有{ $total }件。请拆分为{ $parts }笔采购（使用`--split`，或在购物车中点击“拆分”）
checkout-too-many-cryptorefills = 每个Cryptorefills订单最多10次交付，此订单有{ $total }次。请拆分为{ $parts }笔采购（使用`--split`，或在购物车中点击“拆分”）
checkout-out-of-stock = { $product }目前缺货；请稍后再试或选择其他商品
checkout-recipient-email = { $product }通过电子邮件交付，收件人须为邮箱地址，如customer@example.com（当前为“{ $recipient }”）
# 商品行的面额或金额（rules.rs，商品页的金额字段也经由此处）。
checkout-no-denominations = { $product }没有固定面额；请改为填写面值
checkout-no-such-denomination = { $product }没有面额“{ $wanted }”；请从以下面额中选择：{ $listed }
checkout-choose-range = 请选择{ $min }至{ $max }之间的面值，以{ $step }为增量
checkout-choose-listed-or-range = 请选择{ $listed }之一，或{ $min }至{ $max }之间的面值
checkout-choose-listed = 请从以下选项中选择：{ $listed }
checkout-fixed-amounts-only = { $product }仅销售固定面额：{ $listed }
# 如果商品指定了货币，$max会带上货币（“100 USD”）。
checkout-value-range = 面值必须在{ $min }至{ $max }之间，以{ $step }为增量（当前为{ $value }）

# 充值号码（crates/core/src/checkout/top_up.rs）；$why说明号码的问题。
checkout-top-up-mobile = 充值对象须为手机号码：{ $why }
checkout-top-up-wrong-country = { $number }是{ $country }的号码，而{ $product }仅为{ $serves }的号码充值；请选择{ $country }的运营商

# eSIM及其充值（crates/core/src/checkout/esim.rs、buy.rs）。
checkout-esim-no-cryptorefills-top-up = Cryptorefills不为之前购买的eSIM提供充值；请改为购买新套餐
checkout-iccid-invalid = ICCID是以89开头的18至22位数字，印在eSIM二维码旁边（当前输入的内容有{ $length ->
       *[other] { $length }个字符
    }）
checkout-esim-top-up-not-esim = { $product }不是eSIM：只有eSIM套餐才能为eSIM充值
checkout-esim-top-up-one-plan = 每次只能为eSIM充值一个套餐
checkout-esim-purchase-no-product = eSIM { $iccid }的采购记录中没有注明eSIM商品
checkout-esim-other-product = eSIM { $iccid }属于{ $product }：请用它自己的套餐充值

# Cryptorefills订单、币种以及按订单号查询（crates/core/src/checkout/cryptorefills.rs）。
checkout-buyer-email-needed = Cryptorefills需要买家邮箱来发送收据（充值没有邮件收件人）：请填写你的账户邮箱
checkout-buyer-email-invalid = “{ $email }”不是有效的邮箱地址，正确格式如you@example.com
checkout-coin-suspended = { $pair }目前在Cryptorefills暂停使用；请换用其他币种或网络付款
checkout-coin-not-taken = Cryptorefills不接受{ $network }网络上的{ $coin }；请从以下选项中选择：{ $offered }
checkout-lookup-not-unknown = 只有丢失了答复的Cryptorefills采购才能按订单号查询
checkout-order-already-linked = 此订单已属于另一笔采购
checkout-no-such-order = Cryptorefills没有订单“{ $order }”

# 采购、付款和沙盒（ledger.rs、bitrefill.rs、window.rs）。
checkout-no-such-purchase = 没有采购“{ $id }”；运行`giftdesk purchases`可列出所有采购
checkout-bulk-part-taken = 这部分批量导入已在购买中（在另一个窗口或进程中）
checkout-pay-no-invoice = 此采购还没有Bitrefill账单，无需付款
checkout-pay-balance-only = Giftdesk只能支付用Bitrefill余额结算的账单；加密货币付款请从你的钱包发送
checkout-not-balance-purchase = 此采购不是用Bitrefill余额支付的
checkout-simulate-sandbox-only = 只能在沙盒中模拟付款
checkout-no-provider-ref = 此采购还没有供应商编号
checkout-sandbox-refused = 沙盒拒绝付款（已付款或已过期）
# 无法连接沙盒的原因（位于“无法连接……（……）”之中）。
checkout-sandbox-not-running = 沙盒未运行
checkout-sandbox-no-answer = 沙盒没有响应

# 用于区分“仍在发送”和“已中断”的文件（crates/core/src/checkout/sending.rs）；后接操作系统给出的原因。
checkout-io-sending-directory = 无法创建发送目录
checkout-io-sending-lock-create = 无法创建发送锁
checkout-io-sending-lock-take = 无法获取发送锁

# 采购记录：经销商在采购时间线中看到的每一步
# （buy.rs、bitrefill.rs、cryptorefills.rs、answers.rs、window.rs、reconcile.rs）。
checkout-event-saved-sending = 已保存；正在发送至{ $provider }
checkout-event-invoice-created = 已创建账单
checkout-event-order-created = 已创建订单
checkout-event-unreadable-answer = { $provider }的答复格式无法被Giftdesk读取；已按发送时的内容保留
checkout-event-refused = { $provider }拒绝：{ $problems }
checkout-event-not-sent = 未发送，也未创建任何内容：{ $error }
checkout-event-no-answer = 没有收到答复（{ $error }）；它可能已在{ $provider }创建。Giftdesk会查找它，但绝不会自行重新发送
checkout-event-re-read = 已重新读取
checkout-event-re-read-before-paying = 付款前已重新读取
checkout-event-pay-nothing-sent = 未发送任何内容：账单状态为“{ $state }”
checkout-event-already-paid = 已付款：未发送任何内容
checkout-event-payment-under-way = 已有一笔付款正在进行：未发送任何内容
checkout-event-paid-from-balance = 已用余额支付
checkout-event-payment-refused = 付款被拒绝：{ $problem }
checkout-event-payment-no-answer = 付款没有收到答复（{ $error }）；再次尝试前请先重新读取
checkout-event-found-by-order-id = 已通过订单号在Cryptorefills找到

# 对丢失答复的采购进行对账（crates/core/src/checkout/reconcile.rs）。
checkout-event-lookup-failed = 暂时无法查询（{ $error }）；状态仍为未知，也不会重新发送。Giftdesk会在下次启动时重试，你也可以运行`giftdesk purchases`
checkout-event-stopped-before-answer = Giftdesk在供应商答复前已停止运行；正在查询，绝不会重新发送
checkout-event-found-by-reconciliation = 已通过对账在Bitrefill找到：它只创建了一次
# 一次查看Bitrefill列表所涵盖的范围；显示在下面的消息中。$from和$to为时间。
checkout-reconcile-checked = { $from }至{ $to }之间列出的{ $orders ->
       *[other] { $orders }个订单
    }和{ $invoices ->
       *[other] { $invoices }张账单
    }（含未付款的），已详细读取{ $read }个
checkout-event-never-created = Bitrefill上没有它的账单（{ $checked }）：它从未被创建，也没有扣款；如仍需要，请重新购买
checkout-event-not-found-yet = 已在Bitrefill查找，暂未找到（{ $checked }）；状态仍为未知，也不会重新发送
checkout-event-listing-incomplete = 已在Bitrefill查找，但列表不完整（{ $checked }）；状态仍为未知，也不会重新发送
checkout-event-several-match = 有{ $count }张Bitrefill账单相符（{ $checked }）；请在你的Bitrefill账户中核对
