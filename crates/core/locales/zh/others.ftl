# 核心的较小模块。消息ID固定不变，措辞可以改进。

# 系统拒绝时正在对文件执行的操作（位于系统自身的错误信息之前），来自
# 保险库、工作台、设置和跟踪
files-creating = 创建{ $path }时出错
files-opening = 打开{ $path }时出错
files-writing = 写入{ $path }时出错
files-replacing = 替换{ $path }时出错
files-locking = 锁定{ $path }时出错
files-could-not-read = 无法读取{ $path }
files-could-not-write = 无法写入{ $path }
files-could-not-replace = 无法替换{ $path }
files-could-not-remove = 无法删除{ $path }

# 凭据在保存前的检查（crates/core/src/secrets/）；label为凭据的名称
secrets-label-api-key = API密钥
secrets-label-api-id = API ID
secrets-label-api-secret = API Secret
secrets-label-partner-id = 合作伙伴ID
secrets-label-app-version = 应用版本
secrets-token-empty = { $label }为空：请从你的合作伙伴账户中粘贴该值
secrets-token-too-long = { $label }过长：最多接受{ $max }个字符
secrets-token-characters = { $label }只能包含字母、数字和标点符号，不能有空格
# 来自GIFTDESK_*变量的凭据：变量名指明需要修改的地方
secrets-variable-needs-another = 已设置{ $set }，因此也必须设置{ $missing }
secrets-variable-invalid = { $variable }：{ $message }

# 充值收件人（crates/core/src/recipients.rs）：输入的号码有什么问题
recipients-not-international = “{ $number }”不是国际格式：请以+和国家/地区代码开头，如+4915123456789
recipients-not-a-phone-number = “{ $number }”不是电话号码；请写成+4915123456789这样的格式
recipients-not-in-use = { $number }在任何国家/地区都不是在用的号码；请检查号码是否有误
recipients-not-mobile = { $number }不是{ $country }的手机号码；充值只能充到手机号码

# “设置”中的“测试连接”（crates/core/src/accounts/connection.rs）
accounts-connected-balance = 已连接。余额：{ $balance }。
accounts-connected-no-balance = 已连接。未返回余额信息。
accounts-connected-coins =
    已连接。支持用{ $count ->
       *[other] { $count }种币种
    }付款。

# 供应商的答复，如其错误中所示（crates/core/src/providers/）：通信中出了什么问题，
# 或供应商的答复中缺少什么
providers-no-message = 无消息
providers-no-detail = 无详细信息
providers-bitrefill-credentials-unsendable = Bitrefill凭据中包含HTTP无法传输的字符
providers-field-unsendable = { $field }中包含HTTP无法传输的字符
providers-ping-without-pong = ping没有返回pong
providers-brand-list-empty = { $country }的品牌列表为空或无法读取
providers-expected-an-object = { $what }：应为对象
providers-not-json = HTTP { $status }，但响应内容不是JSON
providers-timed-out = 请求超时
providers-could-not-connect = 无法连接
providers-answer-cut-off = 答复被截断
providers-connection-failed = 连接失败
providers-stream-failed = 数据流出错
providers-image-not-fetched = 无法获取图片
providers-image-http = 图片请求返回HTTP { $status }
providers-image-cut-off = 图片被截断
providers-image-empty-or-too-large = 图片为空或过大

# 跟踪采购（crates/core/src/tracking/）：采购状态是如何读取的，如其审计记录所示
tracking-invoice-reread = 已重新读取账单
tracking-reread-on-webhook = 收到Webhook后重新读取
tracking-read-at-start = 启动时读取
tracking-polled = 轮询
tracking-stream = 实时推送
tracking-stream-ended = 实时推送已结束
tracking-delivered-without-code = 订单{ $order }已交付，但Bitrefill尚未发送兑换码
# Webhook（tracking/webhook.rs）
tracking-webhook-cannot-listen = 无法在{ $address }上监听Webhook
tracking-webhook-listener = Webhook监听器

# 日志（crates/core/src/logs.rs）
logs-level-invalid = { $variable }必须是日志级别，如error、warn、info、debug或trace：{ $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = 密钥环中{ $provider }的条目格式无法被Giftdesk识别（{ $detail }）；请在“设置”中重新输入凭据
clipboard-unavailable = 无法使用剪贴板（{ $detail }）
logs-not-opened = 无法打开{ $dir }中的日志文件：{ $detail }
