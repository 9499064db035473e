# 核心模块的错误（crates/core/src/error.rs）。消息ID固定不变，措辞可以改进。
error-keyring-unavailable = 无法使用系统密钥环（{ $detail }）。请解锁密钥环（登录桌面会话，或启动GNOME Keyring、KWallet等Secret Service服务）后重试；如在脚本中使用，请改为设置GIFTDESK_*凭据变量
error-not-configured = { $provider }尚未配置：请在“设置”中或通过`giftdesk login { $id }`添加其凭据
error-store = 无法使用本地数据库：{ $detail }
error-migrate = 无法升级本地数据库：{ $detail }
error-provider = { $provider }返回HTTP { $status }：{ $message }
error-provider-coded = { $provider }返回HTTP { $status }（{ $code }）：{ $message }
error-unexpected-response = { $provider }返回了Giftdesk无法读取的内容（{ $detail }）；请稍后再试
error-network = 无法连接{ $provider }（{ $detail }）。请检查这台电脑的网络连接，然后重试
error-rate-budget = 此账户在{ $provider }的请求额度已用完，需等待{ $seconds }秒；届时商品目录将继续同步（采购和跟踪保留各自的额度）
