# Ekip modu: Birden çok masa, mağazanın PostgreSQL veritabanını ortak kullanır.

error-team-unreachable = Ekibin veritabanına ulaşılamıyor ({ $detail }). Giftdesk son okuduğu verileri gösterir ve veritabanı yeniden erişilebilir olana kadar hiçbir satın alma yapmaz; sunucuyu ve bu bilgisayarın ağ bağlantısını kontrol edin.
team-bulk-not-shared = Toplu içe aktarmalar henüz ekiple paylaşılmıyor: Bu dosyayı bir ekibe dahil olmayan bir masada içe aktarın veya satırlarını tek tek satın alın.
team-database-url-invalid = Giftdesk bu veritabanı adresini kullanamıyor ({ $detail }). Adresi postgres://user:password@host:5432/database biçiminde girin.
team-config-damaged = Ekip dosyası (team.json) hasarlı ({ $detail }). “giftdesk team leave” komutunu çalıştırın ve ekibe yeniden katılın.
team-key-missing = Bu masanın anahtar zincirinde ekip anahtarı yok. Ekipteki bir masadan katılım kodu isteyin, ekipten ayrılın (“giftdesk team leave”) ve ekibe yeniden katılın.
team-join-code-invalid = Bu katılım kodu Giftdesk tarafından oluşturulmamış: Kod 3f9a1c0b7e- gibi başlar, ardından 32 harf ve rakam gelir. Kodu, onu gösteren masadan yeniden kopyalayın.
team-join-code-unknown = Bu katılım kodu zaten kullanılmış, süresi dolmuş ya da başka bir ekibe ait. Ekipteki bir masadan yeni bir kod isteyin (“giftdesk team invite”).
team-exists = Bu veritabanında zaten bir ekip var ({ $team }). Ekibin masalarından birinden alacağınız katılım koduyla bu ekibe katılın (“giftdesk team join”).
team-already-in = Bu masa zaten bir ekipte ({ $team }). Önce ekipten ayrılın (“giftdesk team leave”).
team-not-in-team = Bu masa herhangi bir ekipte değil. Bir ekip oluşturun (“giftdesk team create”) veya bir ekibe katılın (“giftdesk team join”).
cli-prompt-join-code = Katılım kodu (ekipteki bir masada gösterilir):
cli-team-invite = Sonraki masa için katılım kodu, { $minutes } dakika geçerli ve tek kullanımlık: { $code }
cli-team-left = Bu masa ekipten ayrıldı: Ekip anahtarı bu bilgisayardan silindi ve masa yeniden kendi verileriyle çalışıyor.
cli-team-alone = Bu masa tek başına, kendi verileriyle çalışıyor.
cli-team-status = Ekip { $team }, bu masanın adı “{ $desk }”, veritabanı { $database }.
cli-team-member = { $marker } { $name } (son görülme: { $seen })
team-backup-on-server = Bu masanın verileri ekibin verileridir ve mağazanın veritabanındadır: Bu veritabanını kendi sunucusunda yedekleyin (pg_dump veya barındırma sağlayıcısının yedekleri). Buradaki bir yedek dosyası yalnızca tek bir masanın kendi verilerini tutar, ekibinkileri değil.
