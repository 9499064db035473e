# Native notifications about purchases (crates/core/src/tracking/notice.rs): brand and value, never the code.
# Vietnamese has only the "other" plural category, so the singular is matched on the number 1.
notice-codes-ready = { $count ->
        [1] Mã đã sẵn sàng
       *[other] { $count } mã đã sẵn sàng
    }
notice-codes-ready-body = { $brand } { $value } đã sẵn sàng trong Giftdesk

# A purchase that ended badly; $what is the first line's product and face value ("Amazon.com 50").
notice-failed = Giao dịch mua thất bại
notice-failed-body = { $what }: nhà cung cấp không thể giao hàng
notice-expired = Đã hết thời hạn thanh toán
notice-expired-body = { $what }: không nhận được thanh toán trong thời hạn
notice-partly-delivered = Đã giao một phần
notice-partly-delivered-body = { $what }: một số mặt hàng không giao được
