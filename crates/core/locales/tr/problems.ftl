# Bir sağlayıcının reddi, satıcının anlayacağı sözlerle (crates/core/src/checkout/problems.rs): her sağlayıcı kodu için
# ne olduğu ve `-action` mesajında bir sonraki adım. Kimlikler sabittir; metinler iyileştirilebilir.

# Bitrefill'in hata kodları (fatura oluşturma, mobil yüklemeler, ödeme, kimlik doğrulama, limitler).
problem-bitrefill-unsupported-payment-method = Bitrefill bu ödeme yöntemini kabul etmiyor.
problem-bitrefill-unsupported-payment-method-action = Bakiyeyi veya listelenen coin'lerden birini seçin.
problem-bitrefill-missing-param = Satın almada Bitrefill'in ihtiyaç duyduğu bir bilgi eksik.
problem-bitrefill-missing-param-action = Ürünün tüm alanlarını doldurup tekrar deneyin.
problem-bitrefill-parse-error = Bitrefill isteği okuyamadı.
problem-bitrefill-parse-error-action = Tekrar deneyin; sorun devam ederse günlük dosyasıyla birlikte bildirin.
problem-bitrefill-not-found = Bu ürün artık Bitrefill'de satılmıyor.
problem-bitrefill-not-found-action = Kataloğu yenileyin ve başka bir ürün seçin.
problem-bitrefill-out-of-stock = Bu ürün Bitrefill'de stokta yok.
problem-bitrefill-out-of-stock-action = Daha sonra tekrar deneyin ya da aynı markayı Cryptorefills'ten satın alın.
problem-bitrefill-invalid-param = Bitrefill değerlerden birini kabul etmedi.
problem-bitrefill-invalid-param-action = Tutarı, adedi ve alıcıyı kontrol edin.
problem-bitrefill-too-many-items = Bir Bitrefill faturası en fazla 20 ürün içerebilir.
problem-bitrefill-too-many-items-action = Sepeti birkaç faturaya bölün.
problem-bitrefill-create-invoice-failed = Bitrefill faturayı oluşturamadı; herhangi bir ücret alınmadı.
problem-bitrefill-create-invoice-failed-action = Bir dakika sonra tekrar deneyin.
problem-bitrefill-balance-too-low = Bitrefill bakiyeniz bu satın alma için yetersiz.
problem-bitrefill-balance-too-low-action = Bitrefill bakiyenizi artırın ya da kripto ile ödeyin.
problem-bitrefill-insufficient-funds = Bitrefill bakiyeniz bu faturayı ödemek için yetersiz.
problem-bitrefill-insufficient-funds-action = Bitrefill bakiyenizi artırın, ardından tekrar ödeyin.
problem-bitrefill-invalid-phone-number = Telefon numarası bu mobil yükleme için geçerli değil.
problem-bitrefill-invalid-phone-number-action = Numarayı uluslararası biçimde girin, örneğin +14155551234.
problem-bitrefill-unsupported-operator = Bu telefon numarasının operatörü bu ürün tarafından desteklenmiyor.
problem-bitrefill-unsupported-operator-action = Numaranın operatörüne ait mobil yükleme ürününü seçin.
problem-bitrefill-delivery-failed = Operatör bu numaraya yapılan yüklemeyi reddetti.
problem-bitrefill-delivery-failed-action = Numarayı müşterinizle birlikte kontrol edip tekrar deneyin.
problem-bitrefill-already-paid = Bu fatura zaten ödenmiş veya artık mevcut değil.
problem-bitrefill-already-paid-action = Ödenecek başka bir şey yok; satın almayı Siparişler bölümünden takip edin.
problem-bitrefill-unauthorized = Bitrefill API kimlik bilgilerini reddetti.
problem-bitrefill-unauthorized-action = Ayarlar'dan API anahtarını kontrol edin.
problem-bitrefill-forbidden = Bu Bitrefill hesabının API erişimi yok veya hesap askıya alınmış.
problem-bitrefill-forbidden-action = Bitrefill'den hesap için API erişimini etkinleştirmesini isteyin.
problem-bitrefill-rate-limited = Bitrefill, Giftdesk'ten istekleri yavaşlatmasını istedi.
problem-bitrefill-rate-limited-action = Bir dakika bekleyip tekrar deneyin.
# Giftdesk'in henüz tanımadığı bir kod: Bitrefill'in kendi ifadesi ayrıntı olarak gelir.
problem-bitrefill-other = Bitrefill satın almayı reddetti.
problem-bitrefill-other-action = Aşağıdaki Bitrefill açıklamasını okuyun; tekrar deneyin veya Bitrefill destek ekibiyle iletişime geçin.
# Bir ayrıntı satırı: Bitrefill'in gönderdiği şekliyle kendi mesajı.
problem-bitrefill-says = Bitrefill'in mesajı: { $message }

# Cryptorefills'in doğrulama sorunları ve HTTP düzeyindeki hataları.
problem-cryptorefills-amount-less-then-minimum-allowed = Sipariş toplamı, Cryptorefills'in kabul ettiği en düşük tutarın altında.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Tutarı artırın veya ürün ekleyin.
problem-cryptorefills-maximum-amount-per-order-exceeded = Sipariş toplamı, bir sipariş için izin verilen en yüksek tutarın üzerinde.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Tutarı düşürün veya birkaç siparişe bölün.
problem-cryptorefills-daily-spending-limit-exceeded = Hesap günlük harcama limitine ulaştı.
problem-cryptorefills-daily-spending-limit-exceeded-action = Yarını bekleyin ya da daha yüksek limitler için hesabınızı doğrulayın.
problem-cryptorefills-monthly-spending-limit-exceeded = Hesap aylık harcama limitine ulaştı.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Gelecek ayı bekleyin ya da daha yüksek limitler için hesabınızı doğrulayın.
problem-cryptorefills-product-count-exceeded = Bir sipariş en fazla 10 teslimat içerebilir.
problem-cryptorefills-product-count-exceeded-action = Sepeti birkaç siparişe bölün.
problem-cryptorefills-multiple-limited-product-same-order = Bir siparişte yalnızca bir sınırlı ürün bulunabilir.
problem-cryptorefills-multiple-limited-product-same-order-action = Sınırlı ürünleri ayrı siparişlerde satın alın.
# Hem NOT_AVAILABLE_PRODUCT hem PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Bu ürün artık bu ülkede satılmıyor.
problem-cryptorefills-product-not-available-action = Kataloğu yenileyin ve başka bir ürün veya ülke seçin.
problem-cryptorefills-out-of-stock = Bu ürün Cryptorefills'te stokta yok.
problem-cryptorefills-out-of-stock-action = Daha sonra tekrar deneyin ya da aynı markayı Bitrefill'den satın alın.
problem-cryptorefills-not-active = Bu ürünün satışı Cryptorefills'te geçici olarak durduruldu.
problem-cryptorefills-not-active-action = Daha sonra tekrar deneyin veya başka bir ürün seçin.
problem-cryptorefills-invalid-beneficiary-account = Alıcı bilgisi bu ürüne uygun değil.
problem-cryptorefills-invalid-beneficiary-account-action = Hediye kartları ve eSIM'ler için bir e-posta adresi, mobil yüklemeler için uluslararası biçimde bir telefon numarası (+14155551234) girin.
problem-cryptorefills-not-allowed-payment-via = Bu ödeme yöntemi bu sipariş için kullanılamaz.
problem-cryptorefills-not-allowed-payment-via-action = Aşağıda listelenen izin verilen yöntemlerden birini seçin.
problem-cryptorefills-unsupported-protocol-coin-combination = Bu coin bu ağda kabul edilmiyor.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Aşağıda listelenen coin ve ağ çiftlerinden birini seçin.
problem-cryptorefills-login-required = Bu ürün için oturum açılmış bir Cryptorefills hesabı gerekir.
problem-cryptorefills-login-required-action = Ürünü beyaz etiketli (whitelabel) bir hesapla cryptorefills.com üzerinden satın alın ya da başka bir ürün seçin.
problem-cryptorefills-coupon-requires-login = Bu indirim kodu için oturum açılmış bir Cryptorefills hesabı gerekir.
problem-cryptorefills-coupon-requires-login-action = İndirim kodunu kaldırın ya da cryptorefills.com üzerinde kullanın.
problem-cryptorefills-coupon-not-found = Böyle bir indirim kodu yok.
problem-cryptorefills-coupon-not-found-action = Yazımını kontrol edin veya indirim kodunu kaldırın.
problem-cryptorefills-coupon-not-active = İndirim kodu henüz etkin değil.
problem-cryptorefills-coupon-not-active-action = Kodu kaldırın ya da geçerlilik süresi başladığında kullanın.
problem-cryptorefills-coupon-already-spent = İndirim kodu bu hesap tarafından zaten kullanılmış.
problem-cryptorefills-coupon-already-spent-action = İndirim kodunu kaldırın.
problem-cryptorefills-coupon-max-usage-reached = İndirim kodu en fazla kullanım sayısına ulaştı.
problem-cryptorefills-coupon-max-usage-reached-action = İndirim kodunu kaldırın.
problem-cryptorefills-coupon-expired = İndirim kodunun süresi doldu.
problem-cryptorefills-coupon-expired-action = İndirim kodunu kaldırın.
problem-cryptorefills-coupon-below-min-amount = Sipariş, indirim kodunun en düşük tutarının altında.
problem-cryptorefills-coupon-below-min-amount-action = Ürün ekleyin veya indirim kodunu kaldırın.
problem-cryptorefills-coupon-not-valid-for-user = İndirim kodu bu hesap için geçerli değil.
problem-cryptorefills-coupon-not-valid-for-user-action = İndirim kodunu kaldırın.
problem-cryptorefills-coupon-not-valid-for-category = İndirim kodu bu ürün kategorilerinde geçerli değil.
problem-cryptorefills-coupon-not-valid-for-category-action = İndirim kodunu kaldırın veya ürünleri değiştirin.
problem-cryptorefills-coupon-not-valid-for-kind = İndirim kodu bu ürün türünde geçerli değil.
problem-cryptorefills-coupon-not-valid-for-kind-action = İndirim kodunu kaldırın veya ürünleri değiştirin.
problem-cryptorefills-coupon-not-valid-for-brand = İndirim kodu bu markalarda geçerli değil.
problem-cryptorefills-coupon-not-valid-for-brand-action = İndirim kodunu kaldırın veya markaları değiştirin.
problem-cryptorefills-coupon-not-valid-for-country = İndirim kodu bu ülkede geçerli değil.
problem-cryptorefills-coupon-not-valid-for-country-action = İndirim kodunu kaldırın.
problem-cryptorefills-coupon-not-valid-for-store = İndirim kodu bu mağaza veya bölge için geçerli değil.
problem-cryptorefills-coupon-not-valid-for-store-action = İndirim kodunu kaldırın.
problem-cryptorefills-kyc-missing = Bu sipariş için hesabın kimlik doğrulaması yapılmalıdır.
problem-cryptorefills-kyc-missing-action = Cryptorefills hesabınızda kimlik doğrulamasını tamamlayıp tekrar deneyin.
problem-cryptorefills-kyc-pending = Kimlik doğrulaması sürüyor.
problem-cryptorefills-kyc-pending-action = Tamamlanmasını bekleyin (genellikle 20 dakika, en fazla 48 saat), ardından tekrar deneyin.
problem-cryptorefills-verification-required = Cryptorefills bu hesap için ek doğrulama istiyor.
problem-cryptorefills-verification-required-action = Cryptorefills destek ekibiyle iletişime geçin, ardından tekrar deneyin.
problem-cryptorefills-fullname-missing = Tron ağında stablecoin ile ödeme yapmak için hesap sahibinin tam adının kayıtlı olması gerekir.
problem-cryptorefills-fullname-missing-action = Cryptorefills hesabınıza tam adınızı ekleyin ya da başka bir ağda ödeyin.
problem-cryptorefills-invalid-email-domain = Cryptorefills bu e-posta adresinin alan adını kabul etmiyor.
problem-cryptorefills-invalid-email-domain-action = Kalıcı bir e-posta adresi kullanın.
problem-cryptorefills-suspended-coin = Bu coin Cryptorefills'te şimdilik askıya alındı.
problem-cryptorefills-suspended-coin-action = Başka bir coin ile ödeyin.
problem-cryptorefills-suspended-network = Bu ağ Cryptorefills'te şimdilik askıya alındı.
problem-cryptorefills-suspended-network-action = Başka bir ağda ödeyin.
problem-cryptorefills-order-not-found = Cryptorefills'te bu numarayla bir sipariş yok.
problem-cryptorefills-order-not-found-action = Sipariş numarasını kontrol edin.
# Giftdesk'in henüz tanımadığı bir kod: Cryptorefills'in ayrıntıları ardından gelir.
problem-cryptorefills-other = Cryptorefills siparişi reddetti.
problem-cryptorefills-other-action = Aşağıdaki ayrıntıları okuyun; tekrar deneyin veya Cryptorefills destek ekibiyle iletişime geçin.
# Bir ayrıntı satırı: Cryptorefills'in kabul ettiği bir coin ve ağ çifti ("USDC, Solana ağında").
problem-detail-coin-on-network = { $coin } ({ $network } ağı)

# Bir sorunlar kümesinin günlükler, terminaller ve satın alma kaydı için tek cümlelik özeti
# (crates/core/src/problem.rs): mesaj, sonraki adım, varsa ayrıntılar, ardından sağlayıcının kodu.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Bir özetteki iki ayrıntı arasına gelen ayraç.
problem-summary-details-separator = ;{" "}
