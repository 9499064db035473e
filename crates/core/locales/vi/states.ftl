# A purchase's state in words, for a timeline, a terminal or (capitalised) the window
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Lower case: the window capitalises them.
state-sending = đang gửi
state-unknown = không xác định: mất phản hồi
state-not-created = chưa được tạo
state-rejected = bị nhà cung cấp từ chối
state-awaiting-payment = đang chờ thanh toán
state-payment-seen = đã ghi nhận thanh toán
state-paid = đã thanh toán
state-delivering = đang giao
state-delivered = đã giao
state-partly-delivered = đã giao một phần
state-failed = thất bại
state-expired = đã hết hạn
state-refunded = đã hoàn tiền
