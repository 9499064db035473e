# Satın almalarla ilgili sistem bildirimleri (crates/core/src/tracking/notice.rs): marka ve değer, asla kodun kendisi değil.
notice-codes-ready = { $count ->
        [one] Kod hazır
       *[other] { $count } kod hazır
    }
notice-codes-ready-body = { $brand } { $value } Giftdesk'te hazır

# Kötü sonuçlanan bir satın alma; $what ilk satırdaki ürün ve nominal değerdir ("Amazon.com 50").
notice-failed = Satın alma başarısız oldu
notice-failed-body = { $what }: Sağlayıcı teslim edemedi
notice-expired = Ödeme süresi doldu
notice-expired-body = { $what }: Ödeme zamanında gelmedi
notice-partly-delivered = Kısmen teslim edildi
notice-partly-delivered-body = { $what }: Bazı ürünler teslim edilemedi
