# Çekirdeğin hataları (crates/core/src/error.rs). Kimlikler sabittir; metinler iyileştirilebilir.
error-keyring-unavailable = Sistem anahtar zinciri kullanılamadı ({ $detail }). Anahtar zincirinizin kilidini açın (masaüstü oturumunuza giriş yapın veya GNOME Keyring ya da KWallet gibi bir Secret Service başlatın) ve tekrar deneyin; betiklerde bunun yerine GIFTDESK_* kimlik bilgisi değişkenlerini tanımlayın
error-not-configured = { $provider } yapılandırılmadı: Kimlik bilgilerini Ayarlar'dan veya `giftdesk login { $id }` komutuyla ekleyin
error-store = Yerel veritabanı kullanılamadı: { $detail }
error-migrate = Yerel veritabanı yükseltilemedi: { $detail }
error-provider = { $provider } HTTP { $status } yanıtı verdi: { $message }
error-provider-coded = { $provider } HTTP { $status } ({ $code }) yanıtı verdi: { $message }
error-unexpected-response = { $provider } Giftdesk'in okuyamadığı bir yanıt verdi ({ $detail }); daha sonra tekrar deneyin
error-network = { $provider } ile bağlantı kurulamadı ({ $detail }). Bu bilgisayarın internet bağlantısını kontrol edip tekrar deneyin
error-rate-budget = Bu hesabın { $provider } istek kotası doldu; katalog { $seconds } sn sonra devam edecek (satın almalar ve takip kendi paylarını kullanmaya devam eder)
