# Settings checked before they are saved (crates/core/src/settings.rs). Values in quotes are shown as typed.
settings-shop-name-too-long = Tên cửa hàng chỉ được dài tối đa 80 ký tự
settings-sync-out-of-range = { $minutes } phút nằm ngoài phạm vi cho phép: hãy chọn từ 15 phút đến 24 giờ (1440)
settings-clipboard-not-offered = Không có tùy chọn { $seconds } giây: hãy chọn một trong các mức { $choices } giây
settings-market-invalid = { $market } không phải là quốc gia: hãy dùng mã hai chữ cái như US hoặc FR
settings-kinds-other = Bitrefill chỉ liệt kê riêng thẻ quà tặng, nạp tiền điện thoại và eSIM; hãy chọn trong số đó
settings-forwarded-for-invalid = { $address } không phải là địa chỉ IP: hãy dùng địa chỉ như 203.0.113.7, hoặc để trống
settings-forwarded-for-private = { $address } là địa chỉ trong mạng nội bộ, không phải địa chỉ công khai mà Cryptorefills yêu cầu: hãy nhập địa chỉ công khai của bạn, hoặc để trống
settings-url-invalid = { $url } không phải là địa chỉ web: hãy dùng địa chỉ như https://api.example.com

# The Bitrefill webhook (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } không phải là địa chỉ cục bộ: hãy dùng một IP và cổng, ví dụ 127.0.0.1:8787
settings-public-url-invalid = { $url } không phải là địa chỉ https công khai: Bitrefill gọi đến địa chỉ này từ internet, ví dụ https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } bị hỏng ({ $detail }); hãy sửa hoặc xóa tệp này để bắt đầu lại với cài đặt mặc định
