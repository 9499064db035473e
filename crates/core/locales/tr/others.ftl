# Çekirdeğin küçük modülleri. Kimlikler sabittir; metinler iyileştirilebilir.

# Sistem reddettiğinde bir dosyayla ne yapılmaktaydı (sistemin kendi ifadesinden önceki bağlam);
# kasadan, masadan, ayarlardan ve takipten
files-creating = { $path } oluşturulurken
files-opening = { $path } açılırken
files-writing = { $path } yazılırken
files-replacing = { $path } değiştirilirken
files-locking = { $path } kilitlenirken
files-could-not-read = { $path } okunamadı
files-could-not-write = { $path } yazılamadı
files-could-not-replace = { $path } değiştirilemedi
files-could-not-remove = { $path } silinemedi

# Saklanmadan önce denetlenen kimlik bilgileri (crates/core/src/secrets/); etiket, kimlik bilgisinin adıdır.
# Türkçede etiket cümlenin başında geldiği için büyük harfle başlar.
secrets-label-api-key = API anahtarı
secrets-label-api-id = API kimliği
secrets-label-api-secret = API gizli anahtarı
secrets-label-partner-id = İş ortağı kimliği
secrets-label-app-version = Uygulama sürümü
secrets-token-empty = { $label } boş: Değeri iş ortağı hesabınızdan kopyalayıp yapıştırın
secrets-token-too-long = { $label } çok uzun: En fazla { $max } karakter kabul edilir
secrets-token-characters = { $label } yalnızca harf, rakam ve noktalama işaretleri içerebilir; boşluk içeremez
# GIFTDESK_* değişkenlerinden gelen kimlik bilgileri: değişken, neyin düzeltileceğini gösterir
secrets-variable-needs-another = { $set } tanımlı olduğundan { $missing } değişkeni de tanımlanmalıdır
secrets-variable-invalid = { $variable }: { $message }

# Mobil yükleme alıcıları (crates/core/src/recipients.rs): yazılan numarada neyin yanlış olduğu
recipients-not-international = “{ $number }” uluslararası biçimde değil: + ve ülke koduyla başlayın, örneğin +4915123456789
recipients-not-a-phone-number = “{ $number }” bir telefon numarası değil; +4915123456789 gibi yazın
recipients-not-in-use = { $number } hiçbir ülkede kullanılan bir numara değil; rakamları kontrol edin
recipients-not-mobile = { $number }, { $country } için bir cep telefonu numarası değil; mobil yükleme bir cep telefonuna yapılır

# Ayarlar'daki "Bağlantıyı test et" (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Bağlantı kuruldu. Bakiye: { $balance }.
accounts-connected-no-balance = Bağlantı kuruldu. Bakiye bildirilmedi.
accounts-connected-coins =
    Bağlantı kuruldu. Ödeme için { $count ->
        [one] { $count } coin
       *[other] { $count } coin
    } kabul ediliyor.

# Sağlayıcıların yanıtları, hatalarında göründüğü şekliyle (crates/core/src/providers/): bağlantıda neyin ters gittiği
# veya bir sağlayıcının yanıtında neyin eksik olduğu
providers-no-message = mesaj yok
providers-no-detail = ayrıntı yok
providers-bitrefill-credentials-unsendable = Bitrefill kimlik bilgileri HTTP ile gönderilemeyen karakterler içeriyor
providers-field-unsendable = { $field } HTTP ile gönderilemeyen karakterler içeriyor
providers-ping-without-pong = ping isteğine pong yanıtı gelmedi
providers-brand-list-empty = { $country } için marka listesi boştu veya okunamadı
providers-expected-an-object = { $what }: bir nesne bekleniyordu
providers-not-json = HTTP { $status } yanıtının gövdesi JSON değil
providers-timed-out = istek zaman aşımına uğradı
providers-could-not-connect = bağlantı kurulamadı
providers-answer-cut-off = yanıt yarıda kesildi
providers-connection-failed = bağlantı başarısız oldu
providers-stream-failed = veri akışı başarısız oldu
providers-image-not-fetched = görsel alınamadı
providers-image-http = görsel isteği HTTP { $status } yanıtı verdi
providers-image-cut-off = görsel yarıda kesildi
providers-image-empty-or-too-large = görsel boştu veya çok büyüktü

# Satın almaların takibi (crates/core/src/tracking/): bir satın almanın durumunun nasıl okunduğu, denetim kaydında göründüğü şekliyle
tracking-invoice-reread = Fatura yeniden okundu
tracking-reread-on-webhook = Webhook üzerine yeniden okundu
tracking-read-at-start = Açılışta okundu
tracking-polled = Sorgulandı
tracking-stream = Canlı akış
tracking-stream-ended = Canlı akış sona erdi
tracking-delivered-without-code = { $order } numaralı sipariş teslim edildi, ancak Bitrefill henüz kod göndermedi
# Webhook'lar (tracking/webhook.rs)
tracking-webhook-cannot-listen = { $address } adresinde webhook'lar dinlenemedi
tracking-webhook-listener = webhook dinleyicisi

# Günlük kaydı (crates/core/src/logs.rs)
logs-level-invalid = { $variable }, error, warn, info, debug veya trace gibi bir düzey olmalıdır: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = { $provider } için anahtar zinciri kaydı Giftdesk’in anlayamadığı bir biçimde ({ $detail }); kimlik bilgilerini Ayarlar’da yeniden girin
clipboard-unavailable = Pano kullanılamadı ({ $detail })
logs-not-opened = { $dir } içindeki günlük dosyası açılamadı: { $detail }
