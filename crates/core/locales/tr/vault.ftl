# Kod kasası (crates/core/src/vault/). Kimlikler sabittir; metinler iyileştirilebilir.

# Kod bulma (vault/mod.rs; ayrıca masanın satışları ve kuponları)
vault-no-code = Kasada { $id } kimlikli bir kod yok
vault-not-an-esim = { $id } kodu, etkinleştirme kodu içeren bir eSIM değil
vault-no-esim-with-iccid = Kasada bu ICCID'ye sahip bir eSIM yok; burada satın alınmış bir eSIM'in ICCID'sini girin (kodunun yanında gösterilir)

# Kasadan ve masadan yazılan dışa aktarmalar ve diğer dosyalar (vault/export.rs)
vault-file-exists = { $path } zaten var; yeni bir dosya adı seçin

# Yedekleme ve geri yükleme (vault/backup/)
vault-backup-passphrase-short = Yedek parolası en az { $min } karakter olmalıdır; en iyisi aklınızda kalacak birkaç kelime
vault-backup-not-a-backup = { $path } bir Giftdesk yedeği değil; “Kasayı yedekle…” ile oluşturulmuş bir dosya seçin
vault-backup-not-age = { $path } bir Giftdesk yedeği değil (age dosyası değil)
vault-backup-key-not-passphrase = { $path } bir parolayla değil, bir anahtarla şifrelenmiş: Giftdesk tarafından oluşturulmamış
vault-backup-wrong-passphrase = Bu parola yedeği açmıyor; yedek oluşturulurken seçilen parolayı girin
vault-backup-cannot-open = { $path } açılamadı: { $detail }
vault-backup-damaged = { $path } hasarlı veya eksik; hiçbir veri geri yüklenmedi
vault-backup-newer = { $path } daha yeni bir Giftdesk sürümüyle oluşturulmuş (veri sürümü { $theirs }, bu kurulumunki { $ours }); Giftdesk'i güncelleyip yedeği sonra geri yükleyin
vault-backup-code-without-contents = yedekte içeriği olmayan bir kod var; yedek hasarlı
vault-backup-purchase-clash = yedekteki { $id } satın alması, burada zaten bulunanlarla çakıştığı için geri yüklenemedi

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Kasadaki bir kod açıldı ancak okunamadı ({ $detail })
vault-key-damaged = Anahtar zincirindeki kasa anahtarı bozuk; kodlarınızı bir yedekten geri yükleyin
vault-backup-not-written = Yedek yazılamadı: { $detail }
vault-backup-not-read = Yedek okunamadı: { $detail }
