# The core's errors (crates/core/src/error.rs). Ids are stable; the words may improve.
error-keyring-unavailable = Không thể dùng kho khóa của hệ thống ({ $detail }). Hãy mở khóa kho khóa (đăng nhập vào phiên làm việc trên máy tính, hoặc khởi động một Secret Service như GNOME Keyring hay KWallet) rồi thử lại; với script, hãy dùng các biến môi trường GIFTDESK_* chứa thông tin xác thực
error-not-configured = { $provider } chưa được cấu hình: hãy thêm thông tin xác thực trong Cài đặt hoặc bằng `giftdesk login { $id }`
error-store = Không thể dùng cơ sở dữ liệu cục bộ: { $detail }
error-migrate = Không thể nâng cấp cơ sở dữ liệu cục bộ: { $detail }
error-provider = { $provider } phản hồi HTTP { $status }: { $message }
error-provider-coded = { $provider } phản hồi HTTP { $status } ({ $code }): { $message }
error-unexpected-response = { $provider } phản hồi nội dung mà Giftdesk không đọc được ({ $detail }); hãy thử lại sau
error-network = Không thể kết nối tới { $provider } ({ $detail }). Hãy kiểm tra kết nối internet của máy tính này rồi thử lại
error-rate-budget = Hạn mức yêu cầu của tài khoản này tại { $provider } đã hết trong { $seconds } giây tới; sau đó danh mục sẽ tiếp tục cập nhật (giao dịch mua và việc theo dõi vẫn giữ phần hạn mức riêng)
