# The core's smaller modules. Ids are stable; the words may improve.

# What was being done with a file when the system refused (the context before the system's own words), from
# the vault, the desk, settings and tracking
files-creating = lỗi khi tạo { $path }
files-opening = lỗi khi mở { $path }
files-writing = lỗi khi ghi { $path }
files-replacing = lỗi khi thay thế { $path }
files-locking = lỗi khi khóa { $path }
files-could-not-read = không thể đọc { $path }
files-could-not-write = không thể ghi { $path }
files-could-not-replace = không thể thay thế { $path }
files-could-not-remove = không thể xóa { $path }

# Credentials, checked before they are kept (crates/core/src/secrets/); a label names the credential
secrets-label-api-key = khóa API
secrets-label-api-id = API ID
secrets-label-api-secret = API secret
secrets-label-partner-id = mã đối tác (Partner ID)
secrets-label-app-version = phiên bản ứng dụng
secrets-token-empty = Chưa nhập { $label }: hãy dán giá trị từ tài khoản đối tác của bạn
secrets-token-too-long = Giá trị { $label } quá dài: chỉ chấp nhận tối đa { $max } ký tự
secrets-token-characters = Giá trị { $label } chỉ được chứa chữ cái, chữ số và dấu câu, không có khoảng trắng
# Credentials from GIFTDESK_* variables: the variable names what to fix
secrets-variable-needs-another = Đã đặt { $set }, nên cũng phải đặt { $missing }
secrets-variable-invalid = { $variable }: { $message }

# Recipients of top-ups (crates/core/src/recipients.rs): what is wrong with a typed number
recipients-not-international = "{ $number }" không ở định dạng quốc tế: hãy bắt đầu bằng + và mã quốc gia, ví dụ +4915123456789
recipients-not-a-phone-number = "{ $number }" không phải là số điện thoại; hãy viết như +4915123456789
recipients-not-in-use = { $number } không phải là số đang được sử dụng ở bất kỳ quốc gia nào; hãy kiểm tra lại các chữ số
recipients-not-mobile = { $number } không phải là số di động ở { $country }; chỉ có thể nạp tiền cho điện thoại di động

# "Test connection" in Settings (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Đã kết nối. Số dư: { $balance }.
accounts-connected-no-balance = Đã kết nối. Nhà cung cấp không báo số dư.
accounts-connected-coins = Đã kết nối. Chấp nhận thanh toán bằng { $count } đồng tiền mã hóa.

# The providers' answers, as their errors show them (crates/core/src/providers/): what went wrong on the wire,
# or what a provider's answer lacked
providers-no-message = không có thông báo
providers-no-detail = không có chi tiết
providers-bitrefill-credentials-unsendable = Thông tin xác thực Bitrefill chứa ký tự mà HTTP không truyền được
providers-field-unsendable = { $field } chứa ký tự mà HTTP không truyền được
providers-ping-without-pong = ping không nhận được phản hồi pong
providers-brand-list-empty = danh sách thương hiệu của { $country } trống hoặc không đọc được
providers-expected-an-object = { $what }: cần một đối tượng (object)
providers-not-json = HTTP { $status } với nội dung không phải JSON
providers-timed-out = yêu cầu đã hết thời gian chờ
providers-could-not-connect = không thể kết nối
providers-answer-cut-off = phản hồi bị cắt ngang
providers-connection-failed = kết nối thất bại
providers-stream-failed = luồng dữ liệu bị lỗi
providers-image-not-fetched = không tải được hình ảnh
providers-image-http = hình ảnh trả về HTTP { $status }
providers-image-cut-off = hình ảnh bị cắt ngang
providers-image-empty-or-too-large = hình ảnh trống hoặc quá lớn

# Following purchases (crates/core/src/tracking/): how a purchase's state was read, as its audit trail shows it
tracking-invoice-reread = Đã đọc lại hóa đơn
tracking-reread-on-webhook = Đọc lại khi nhận webhook
tracking-read-at-start = Đọc khi khởi động
tracking-polled = Kiểm tra định kỳ
tracking-stream = Luồng cập nhật
tracking-stream-ended = Luồng cập nhật đã kết thúc
tracking-delivered-without-code = đơn hàng { $order } đã được giao nhưng Bitrefill chưa gửi mã
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = không thể lắng nghe webhook tại { $address }
tracking-webhook-listener = trình lắng nghe webhook

# Logging (crates/core/src/logs.rs)
logs-level-invalid = { $variable } phải là một mức như error, warn, info, debug hoặc trace: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = Mục trong kho khóa của { $provider } có định dạng Giftdesk không hiểu ({ $detail }); hãy nhập lại thông tin xác thực trong Cài đặt
clipboard-unavailable = Không thể dùng bộ nhớ tạm ({ $detail })
logs-not-opened = Không thể mở tệp nhật ký trong { $dir }: { $detail }
