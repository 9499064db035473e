# 命令行动词面向用户的文字（src-tauri/cli/）。`--json`输出从不使用这里的文字。
# 数量以数字形式传入（$count、$codes……）：语言可以据此选择复数形式；中文无需区分单复数。

# 动词自身启动时的错误（src-tauri/cli/mod.rs、sandbox.rs），以“上下文: 原因”的形式显示。
cli-io-runtime = 无法启动异步运行时
cli-io-sandbox-ports = 沙盒无法监听其端口
cli-sandbox-scales = --time-scale和--rate-limit-scale必须大于或等于0

# `giftdesk config`（src-tauri/cli/mod.rs）；标签按列对齐（一个汉字占两列）。$provider已补齐空格。
cli-overview =
    Giftdesk { $version }
    数据      { $data }
    数据库    { $database }（架构版本{ $schema }）
    日志      { $logs }
    配置      { $config }
    密钥环    服务“{ $keyring }”
cli-credential-not-configured = { $provider }未配置
cli-credential-in-keyring = { $provider }已在密钥环中配置（{ $hint }）
cli-credential-from-environment = { $provider }已通过环境变量配置（{ $hint }）

# `giftdesk login`及其读取的密钥（src-tauri/cli/credentials.rs）。提示后面会跟一个空格。
cli-prompt-bitrefill-api-key = Bitrefill API密钥：
cli-prompt-bitrefill-api-secret = Bitrefill API Secret：
cli-prompt-cryptorefills-partner-id = Cryptorefills合作伙伴ID：
cli-login-api-id-not-for-cryptorefills = --api-id用于Bitrefill企业账户；Cryptorefills只需要合作伙伴ID
cli-io-terminal = 无法从终端读取
cli-io-stdin = 无法读取标准输入
cli-nothing-read = 未读取到{ $field }：请通过管道传入，或在提示处输入

# `giftdesk backup`和`giftdesk restore`（src-tauri/cli/backup.rs）。
cli-prompt-backup-passphrase = 备份密码短语：
cli-prompt-passphrase-again = 再次输入密码短语：
cli-prompt-restore-passphrase = 备份的密码短语：
cli-backup-passphrases-differ = 两次输入的密码短语不一致；未写入任何内容
cli-backup-done =
    已将{ $codes }个兑换码、{ $purchases }笔采购记录和{ $customers }位客户备份到{ $path }。
    请将密码短语与文件分开保管：没有密码短语就无法打开备份。
cli-restore-done = 已从{ $path }恢复{ $codes }个兑换码、{ $purchases }笔采购记录和{ $customers }位客户。
# 当部分记录已存在时，接在cli-restore-done之后（中间有一个空格）。
cli-restore-already-here = 其中{ $count }条记录已存在，保持不变。

# `giftdesk buy`：购买什么以及如何付款（src-tauri/cli/purchases.rs）。
cli-buy-not-a-plan-id = “{ $plan }”不是套餐ID；`giftdesk esims --country CC`会以PRODUCT|PLAN的形式列出套餐ID
cli-buy-esim-provider = eSIM { $iccid }是{ $provider }的eSIM；请去掉--provider
cli-buy-esim-product = { $product }不是eSIM { $iccid }对应的商品：它只能使用{ $takes }的套餐
cli-buy-which-provider = 请用--provider指明由哪个供应商销售{ $product }（与`giftdesk esims`列出的一致）
cli-buy-what = 请提供--provider、--product和--recipient，或提供--phone
cli-buy-cryptorefills-top-up-brand = 请用--product指定Cryptorefills的充值品牌（`giftdesk operator`会列出可选品牌）
# $note是Bitrefill对该号码的说明，或cli-buy-no-operator-found。
cli-buy-no-operator = { $note }`giftdesk operator`会列出Cryptorefills在该号码所属国家/地区的充值商品
cli-buy-no-operator-found = Bitrefill未找到该号码的运营商。
cli-buy-operator-unsure = Bitrefill无法确定{ $number }的运营商；请用--product指定一个：{ $guesses }
cli-pay-cryptorefills-coin = Cryptorefills接受COIN:NETWORK格式，如USDC:Solana
cli-pay-once = 一笔采购只需提供一次--pay（仅在使用--from-csv时可提供两次）

# `buy`、`pay`、`purchase`和`lookup`显示的采购信息（src-tauri/cli/purchases.rs）。金额带有货币。
cli-purchase-no-provider-id = （尚无供应商编号）
cli-purchase-id = 采购  { $id }
cli-pay-to = 向{ $address }支付{ $amount }
cli-pay-to-on = 通过{ $network }网络向{ $address }支付{ $amount }
cli-pay-memo = 备注/标签：{ $memo }
cli-pay-before = 付款截止：{ $expires }
cli-pay-from-balance = 价格{ $amount }，从余额支付
cli-purchase-last-step = 最近一步：{ $note }
cli-pay-nothing-sent = 未发送任何内容：该采购已付款或正在付款。
cli-balance = 余额：付款前{ $before }，付款后{ $after }
cli-purchases-none = 还没有采购记录。
# 由`purchases`和`track`输出到标准错误。
cli-warning-lookup-failed = 警告：暂时无法在供应商处查询采购{ $purchase }：{ $error }

# `giftdesk buy --from-csv`（src-tauri/cli/bulk.rs）。$row已补齐为四位。
cli-bulk-pay-twice = --pay为{ $provider }指定了两种付款方式；每个供应商只能指定一种
cli-bulk-unreadable = 无法读取{ $path }：{ $error }
cli-bulk-not-utf8 = 该文件不是UTF-8文本；请在电子表格软件中另存为“CSV UTF-8”
cli-bulk-row-ok = 行 { $row }  正常  { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = 行 { $row }  错误  { $field }：{ $message }
cli-bulk-plan-invoices = { $provider }：{ $items }件商品，分为{ $purchases }张账单
cli-bulk-plan-orders = { $provider }：{ $items }件商品，分为{ $purchases }个订单
cli-bulk-total = 合计{ $amount }
cli-bulk-total-face-value = 合计{ $amount }（面值）
cli-bulk-imported-before = 此文件已于{ $at }导入（{ $batch }）：使用--yes继续该次导入；使用--again再购买一次。
cli-bulk-nothing-bought = 未购买任何商品。将跳过{ $refused }行；使用--yes重新运行即可购买其余各行。
cli-bulk-progress = 第{ $done }/{ $total }部分：{ $provider } × { $items }件商品，第{ $rows }行 — { $state }
cli-bulk-not-sent-yet = 尚未发送
cli-bulk-skipped = 已跳过：{ $field }：{ $message }
cli-bulk-batch-row = 行 { $row }  { $product }  { $result }
cli-bulk-sent = 批量导入{ $batch }：已发送{ $sent }/{ $parts }笔采购。
cli-bulk-sent-resume = 批量导入{ $batch }：已发送{ $sent }/{ $parts }笔采购；运行`giftdesk buy --from-csv FILE --yes`（不带--again）即可继续：丢失答复的采购会先被查询，绝不会重复发送。
cli-bulk-awaiting-payment = 部分采购正在等待付款：`giftdesk purchases`会显示每笔采购的付款方式。

# `giftdesk track`和`giftdesk codes`（src-tauri/cli/follow.rs）。
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
       *[other] { $count }个兑换码
    }已就绪：{ $brand } { $value }
cli-track-no-provider-id = { $id }没有可跟踪的供应商编号（{ $state }）
cli-track-nothing = 没有需要跟踪的采购：所有采购均已完成。
cli-track-all-final = 跟踪的全部{ $count }笔采购均已完成。
cli-codes-written = 已将{ $count }个兑换码写入{ $path }：兑换码在该文件中以明文保存；请妥善保管，用完后删除。
cli-codes-none = 保险库是空的。
cli-code-hidden = ••••（使用--reveal显示）
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`、`search`、`operator`和`esims`（src-tauri/cli/catalog.rs）。
cli-sync-markets = --markets应为两个字母的国家/地区代码，如US,FR，而不是{ $market }
cli-sync-progress = { $provider }：第{ $pages }页，{ $products }个商品，{ $seconds }秒
cli-sync-progress-left = { $provider }：第{ $pages }页，{ $products }个商品，{ $seconds }秒，大约还需{ $left }秒
cli-sync-report = { $provider }：{ $products }个商品（新增{ $added }个，更新{ $updated }个，下架{ $gone }个），用时{ $seconds }秒，{ $requests }次请求，{ $throttled }次被限速
cli-search-country = --country应为两个字母的代码，如US或DE，而不是{ $country }
cli-search-none = 没有匹配的商品。如果商品目录为空，请运行`giftdesk sync`。
cli-search-out-of-stock = （缺货）
cli-operator-found = Bitrefill找到了运营商：
cli-operator-unsure = Bitrefill无法确定运营商，可能是以下之一（使用--product购买）：
cli-operator-cryptorefills-none = Cryptorefills：商品目录中没有{ $country }的话费充值。
cli-operator-cryptorefills = Cryptorefills在{ $country }的话费充值：
cli-esims-none = 没有适用于该目的地的eSIM套餐。如果商品目录为空，请运行`giftdesk sync`。
cli-esims-unlimited = 无限流量
cli-esims-data = { $gb } GB
cli-esims-days = { $days }天
cli-esims-per-gb = （{ $price }/GB）

# `giftdesk customers`、`sell`、`sales`和`voucher`（src-tauri/cli/desk.rs、mod.rs）。指定了货币时金额带有货币；
# 销售行的$key和$count已补齐空格。
cli-customer-added = 已添加客户{ $id }：{ $name }
cli-customers-none = 还没有客户：运行`giftdesk customers add --name NAME`添加。
cli-customer-history = { $name }：{ $purchases }笔采购，{ $codes }个兑换码
cli-customer-total = 已售出{ $count }件，销售额{ $sales }，成本{ $cost }，毛利{ $margin }
cli-code-sold = 兑换码{ $id }已售出，售价{ $price }
cli-sales-written = 已将{ $count }件售出商品写入{ $path }。
cli-sales-row = { $key } { $count }  销售额 { $sales }  成本 { $cost }  毛利 { $margin }
cli-sales-rates = （汇率：{ $rates }）
cli-sales-none = 此期间没有销售：使用`giftdesk sell CODE_ID --price P --currency C`记录一笔销售。
cli-sales-needs-rate = 以下兑换码在提供汇率（`giftdesk sell … --rate R`）前不计入统计：{ $codes }
cli-voucher-where = 请指定兑换券的保存位置：--pdf FILE或--png FILE
cli-vouchers-written = 已将{ $count }张兑换券写入{ $path }。
