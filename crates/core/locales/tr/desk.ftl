# Satıcının masası (crates/core/src/desk/). Kimlikler sabittir; metinler iyileştirilebilir.

# Bir satışın fiyatları, kurları ve para birimleri (desk/mod.rs)
desk-not-a-number = “{ $text }” bir sayı değil; 25 veya 12.50 gibi yazın
desk-cannot-be-negative = Negatif olamaz
desk-must-be-above-zero = Sıfırdan büyük olmalıdır
desk-currency-code = Bir para birimi kodu girin, örneğin EUR, USD veya USDC

# Müşteri listesi (desk/customers.rs)
desk-customer-name-required = Müşterinin bir adı olmalıdır (en fazla 200 karakter)
desk-customer-email-invalid = “{ $email }” bir e-posta adresi değil; örneğin customer@example.com
desk-customer-phone-invalid = Telefon numarası uluslararası biçimde olmalıdır, örneğin +14155551234: { $reason }
desk-customer-exists = { $name } zaten müşteri listesinde
desk-customer-unknown = Müşteri listesinde { $id } kimlikli bir müşteri yok

# Satış raporları ve muhasebe kayıtları (desk/sales.rs); kur, bir maliyetin satışın para birimine nasıl çevrildiğidir
desk-sales-group-by = Güne, haftaya, aya, markaya, sağlayıcıya veya müşteriye göre gruplayın
desk-sales-day-format = Gün YYYY-MM-DD biçiminde yazılır, örneğin 2026-12-03 (girilen: “{ $day }”)
desk-sales-provider-price = sağlayıcı fiyatı
desk-sales-rate = { $currency } başına { $rate }

# Kuponlar için mağaza logosu (desk/shop_logo.rs)
desk-logo-too-large = Logo dosyası en fazla 5 MB olabilir; daha küçük bir görsel seçin
desk-logo-not-image = Logo PNG, JPEG veya WebP biçiminde bir görsel olmalıdır

# Tablodan toplu siparişler: dosya (desk/bulk/sheet.rs)
desk-bulk-not-csv = Dosya bir CSV tablosu değil: { $detail }
desk-bulk-column-twice = “{ $header }” sütunu iki kez geçiyor
desk-bulk-column-unknown = Bilinmeyen sütun: “{ $header }”; geçerli sütunlar: { $columns }
desk-bulk-columns-header = İlk satır sütun adlarını içermeli ve en az “product” sütunu bulunmalıdır: { $columns }
desk-bulk-unreadable = Dosya okunamıyor: { $detail }
desk-bulk-too-many-rows = Bir toplu sipariş en fazla { $max } satır içerebilir; dosyayı ikiye bölün
desk-bulk-no-rows = Dosyada başlık satırının altında hiç satır yok

# Toplu siparişler: her satırın kontrolü (desk/bulk/check.rs)
desk-bulk-stray-cells =
    Satırda başlıkta adı geçenden { $count ->
        [one] { $count } hücre
       *[other] { $count } hücre
    } fazla var; virgülle ayrılmış bir dosyada ondalık virgül mü kullanıldı? 12.50 yazın veya değeri tırnak içine alın
desk-bulk-product-missing = Her satırda, katalogda veya `giftdesk search` çıktısında görünen bir ürün kimliği bulunmalıdır
desk-bulk-quantity-invalid = “{ $text }” geçerli bir adet değil; 1 veya 10 gibi bir tam sayı girin
desk-bulk-customer-no-email = Müşteri listesinde { $customer } için e-posta adresi yok; alıcıyı satıra yazın
desk-bulk-customer-no-phone = Müşteri listesinde { $customer } için telefon numarası yok; alıcıyı satıra yazın
desk-bulk-recipient-missing = Bir alıcı girin (e-posta adresi veya mobil yüklemeler için +E164 biçiminde telefon numarası) ya da müşteri listesinde bu bilgisi kayıtlı bir müşteri belirtin
desk-bulk-provider-unknown = “{ $named }” bir sağlayıcı değil; bitrefill veya cryptorefills yazın
desk-bulk-product-unknown = Hiçbir katalogda “{ $product }” ürünü yok; kataloğu senkronize edin veya kimliği kontrol edin
desk-bulk-product-ambiguous = “{ $product }” her iki sağlayıcıda da satılıyor; provider sütununda hangisi olduğunu belirtin

# Toplu siparişler: bir toplu işlemin satın alınması (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = Dosyadaki hiçbir satır satın alınamıyor; önizlemede belirtilen satırları düzeltin
desk-bulk-payment-missing = { $provider } satırlarının nasıl ödeneceğini belirtin
desk-bulk-no-payment = Bu toplu işlemde { $provider } için ödeme yöntemi belirtilmemiş
desk-bulk-no-import = { $batch } kimlikli bir toplu içe aktarma yok

# Kuponlar: ne oluşturulacağının seçimi (desk/voucher/mod.rs); not, satın almanın denetim kaydına yazılır
desk-voucher-none-chosen = Kupon oluşturmak için en az bir kod seçin
desk-voucher-per-page = Sayfa başına bir kupon ya da bir A4 sayfasına dört kupon
desk-voucher-png-one = Bir PNG yalnızca bir kupon içerir: Tek bir kod seçin ya da birden fazla kod için PDF oluşturun
desk-voucher-made = { $id } kodu için kupon oluşturuldu ({ $form })

# Kuponlar: müşteri için üzerlerine basılanlar (desk/voucher/card.rs, pdf.rs). PDF'in yerleşik yazı tipleri
# yalnızca Latin-1 gösterir (ğ, ş, ı, İ gösterilemez: bu yüzden aşağıdaki etiketlerde kullanılmaz); PNG kart her yazıyı gösterir.
desk-voucher-pdf-title = Giftdesk kuponları
desk-voucher-code = Kod
desk-voucher-pin = PIN
desk-voucher-serial = Seri no
desk-voucher-claim-at = Kullanmak için: { $link }
desk-voucher-valid-until = Son kullanma tarihi: { $date }
