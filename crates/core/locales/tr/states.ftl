# Bir satın almanın durumu; zaman çizelgesinde, terminalde veya (büyük harfle başlatılarak) pencerede gösterilir
# (crates/core/src/checkout/states.rs, `PurchaseState::label`). Küçük harfle: pencere ilk harfi büyütür.
state-sending = gönderiliyor
state-unknown = bilinmiyor: yanıt kayboldu
state-not-created = oluşturulmadı
state-rejected = sağlayıcı tarafından reddedildi
state-awaiting-payment = ödeme bekleniyor
state-payment-seen = ödeme görüldü
state-paid = ödendi
state-delivering = teslim ediliyor
state-delivered = teslim edildi
state-partly-delivered = kısmen teslim edildi
state-failed = başarısız
state-expired = süresi doldu
state-refunded = iade edildi
