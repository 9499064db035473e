# 有关采购的系统通知（crates/core/src/tracking/notice.rs）：显示品牌和面值，绝不显示兑换码。
notice-codes-ready = { $count ->
        [1] 兑换码已就绪
       *[other] { $count }个兑换码已就绪
    }
notice-codes-ready-body = { $brand } { $value }已在Giftdesk中就绪

# 以失败告终的采购；$what是第一行的商品和面值（“Amazon.com 50”）。
notice-failed = 采购失败
notice-failed-body = { $what }：供应商无法交付
notice-expired = 付款时限已过
notice-expired-body = { $what }：未在规定时间内收到付款
notice-partly-delivered = 部分交付
notice-partly-delivered-body = { $what }：部分商品交付失败
