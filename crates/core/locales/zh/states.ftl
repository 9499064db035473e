# 采购状态的文字，用于时间线、终端或窗口（窗口会将首字母大写）
# （crates/core/src/checkout/states.rs，`PurchaseState::label`）。中文无大小写之分。
state-sending = 正在发送
state-unknown = 未知：答复已丢失
state-not-created = 未创建
state-rejected = 被供应商拒绝
state-awaiting-payment = 待付款
state-payment-seen = 已检测到付款
state-paid = 已付款
state-delivering = 正在交付
state-delivered = 已交付
state-partly-delivered = 部分交付
state-failed = 失败
state-expired = 已过期
state-refunded = 已退款
