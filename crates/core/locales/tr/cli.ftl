# Komut satırı komutlarının insanlar için yazdıkları (src-tauri/cli/). `--json` çıktısı asla buradan gelmez.
# Sayılar rakam olarak verilir ($count, $codes, …): Türkçede sayıdan sonra isim tekil kalır.

# Komutların kendi başlangıç hataları (src-tauri/cli/mod.rs, sandbox.rs), "bağlam: neden" biçiminde.
cli-io-runtime = eşzamansız çalışma ortamı başlatılamadı
cli-io-sandbox-ports = test ortamı kendi portlarını dinleyemedi
cli-sandbox-scales = --time-scale ve --rate-limit-scale 0 veya daha büyük olmalıdır

# `giftdesk config` (src-tauri/cli/mod.rs); etiketler bir sütunda hizalanır. $provider boşluklarla doldurulmuş gelir.
cli-overview =
    Giftdesk { $version }
    veriler          { $data }
    veritabanı       { $database } (şema { $schema })
    günlükler        { $logs }
    yapılandırma     { $config }
    anahtar zinciri  hizmet "{ $keyring }"
cli-credential-not-configured = { $provider } yapılandırılmadı
cli-credential-in-keyring = { $provider } anahtar zincirinde yapılandırıldı ({ $hint })
cli-credential-from-environment = { $provider } ortam değişkenlerinden yapılandırıldı ({ $hint })

# `giftdesk login` ve okuduğu gizli bilgiler (src-tauri/cli/credentials.rs). İstemlerden sonra bir boşluk gelir.
cli-prompt-bitrefill-api-key = Bitrefill API anahtarı:
cli-prompt-bitrefill-api-secret = Bitrefill API gizli anahtarı:
cli-prompt-cryptorefills-partner-id = Cryptorefills iş ortağı kimliği:
cli-login-api-id-not-for-cryptorefills = --api-id, Bitrefill kurumsal hesapları içindir; Cryptorefills için yalnızca iş ortağı kimliği gerekir
cli-io-terminal = terminalden okunamadı
cli-io-stdin = standart girdi okunamadı
cli-nothing-read = { $field } için hiçbir şey okunamadı: Değeri komuta yönlendirin (pipe) veya istem çıktığında yazın

# `giftdesk backup` ve `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Yedek parolası:
cli-prompt-passphrase-again = Aynı parolayı tekrar girin:
cli-prompt-restore-passphrase = Yedeğin parolası:
cli-backup-passphrases-differ = İki parola birbirinden farklı; hiçbir şey yazılmadı
cli-backup-done =
    { $codes } kod, { $purchases } satın alma ve { $customers } müşteri şu dosyaya yedeklendi: { $path }.
    Parolayı dosyadan ayrı saklayın: Parola olmadan yedek açılamaz.
cli-restore-done = { $codes } kod, { $purchases } satın alma ve { $customers } müşteri şu dosyadan geri yüklendi: { $path }.
# Bazı kayıtlar zaten mevcutsa, cli-restore-done'dan sonra bir boşlukla gelir.
cli-restore-already-here = Zaten mevcut olan { $count } kayıt olduğu gibi bırakıldı.

# `giftdesk buy`: ne satın alınacağı ve nasıl ödeneceği (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = “{ $plan }” bir paket kimliği değil; `giftdesk esims --country CC` paket kimliklerini PRODUCT|PLAN biçiminde listeler
cli-buy-esim-provider = { $iccid } numaralı eSIM bir { $provider } eSIM'i; --provider seçeneğini kullanmayın
cli-buy-esim-product = { $product }, { $iccid } numaralı eSIM'in ürünü değil: Bu eSIM'e yalnızca { $takes } paketleri yüklenebilir
cli-buy-which-provider = { $product } ürününü hangi sağlayıcının sattığını --provider ile belirtin (`giftdesk esims` listesindeki gibi)
cli-buy-what = --provider, --product ve --recipient ya da --phone seçeneklerini verin
cli-buy-cryptorefills-top-up-brand = Cryptorefills mobil yükleme markasını --product ile belirtin (`giftdesk operator` markaları listeler)
# $note, Bitrefill'in numara hakkındaki kendi ifadesi veya cli-buy-no-operator-found'dur.
cli-buy-no-operator = { $note } Numaranın ülkesindeki Cryptorefills mobil yüklemelerini `giftdesk operator` listeler
cli-buy-no-operator-found = Bitrefill bu numara için bir operatör bulamadı.
cli-buy-operator-unsure = Bitrefill { $number } numarasının operatörünü belirleyemedi; --product ile birini belirtin: { $guesses }
cli-pay-cryptorefills-coin = Cryptorefills COIN:NETWORK biçimini kabul eder, örneğin USDC:Solana
cli-pay-once = Tek bir satın alma için --pay seçeneğini bir kez verin (iki kez yalnızca --from-csv ile)

# `buy`, `pay`, `purchase` ve `lookup` komutlarının yazdırdığı bir satın alma (src-tauri/cli/purchases.rs). Tutarlar para birimleriyle gelir.
cli-purchase-no-provider-id = (henüz sağlayıcı kimliği yok)
cli-purchase-id = satın alma  { $id }
cli-pay-to = { $amount } tutarını şu adrese ödeyin: { $address }
cli-pay-to-on = { $amount } tutarını { $network } ağında şu adrese ödeyin: { $address }
cli-pay-memo = Memo / etiket: { $memo }
cli-pay-before = Son ödeme zamanı: { $expires }
cli-pay-from-balance = Fiyat: { $amount } (bakiyeden)
cli-purchase-last-step = Son adım: { $note }
cli-pay-nothing-sent = Hiçbir şey gönderilmedi: Zaten ödenmiş veya ödemesi sürüyor.
cli-balance = Bakiye: önce { $before }, sonra { $after }
cli-purchases-none = Henüz satın alma yok.
# Standart hataya yazılır; `purchases` ve `track` komutlarından.
cli-warning-lookup-failed = uyarı: { $purchase } satın alması henüz sağlayıcısında sorgulanamadı: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row dört basamağa doldurulmuş gelir.
cli-bulk-pay-twice = --pay, { $provider } için iki ödeme yöntemi belirtiyor; her sağlayıcı için yalnızca bir tane verin
cli-bulk-unreadable = { $path } okunamıyor: { $error }
cli-bulk-not-utf8 = Dosya UTF-8 metni değil; tablo programından “CSV UTF-8” olarak kaydedin
cli-bulk-row-ok = satır { $row }  tamam   { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = satır { $row }  HATA    { $field }: { $message }
cli-bulk-plan-invoices = { $provider }: { $purchases } faturada { $items } ürün
cli-bulk-plan-orders = { $provider }: { $purchases } siparişte { $items } ürün
cli-bulk-total = toplam { $amount }
cli-bulk-total-face-value = toplam { $amount } (nominal değer)
cli-bulk-imported-before = Bu dosya { $at } tarihinde içe aktarıldı ({ $batch }): --yes bu içe aktarmaya kaldığı yerden devam eder; --again dosyayı bir kez daha satın alır.
cli-bulk-nothing-bought = Hiçbir şey satın alınmadı. { $refused } satır atlanacak; diğerlerini satın almak için komutu --yes ile yeniden çalıştırın.
cli-bulk-progress = kısım { $done }/{ $total }: { $provider } × { $items } ürün, satırlar { $rows } — { $state }
cli-bulk-not-sent-yet = henüz gönderilmedi
cli-bulk-skipped = atlandı: { $field }: { $message }
cli-bulk-batch-row = satır { $row }  { $product }  { $result }
cli-bulk-sent = Toplu içe aktarma { $batch }: { $parts } satın almadan { $sent } tanesi gönderildi.
cli-bulk-sent-resume = Toplu içe aktarma { $batch }: { $parts } satın almadan { $sent } tanesi gönderildi; kaldığı yerden devam etmek için `giftdesk buy --from-csv FILE --yes` komutunu (--again olmadan) çalıştırın: Yanıtı kaybolan bir satın alma önce sorgulanır, asla yeniden gönderilmez.
cli-bulk-awaiting-payment = Bazı satın almalar ödeme bekliyor: Her birinin nereye ödeneceğini `giftdesk purchases` gösterir.

# `giftdesk track` ve `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
        [one] { $count } kod
       *[other] { $count } kod
    } hazır: { $brand } { $value }
cli-track-no-provider-id = { $id } için izlenecek bir sağlayıcı kimliği yok ({ $state })
cli-track-nothing = İzlenecek bir şey yok: Tüm satın almalar sonuçlandı.
cli-track-all-final = İzlenen { $count } satın almanın tümü sonuçlandı.
cli-codes-written = { $count } kod şu dosyaya yazıldı: { $path }. Kodlar orada düz metin olarak duruyor; dosyayı güvende tutun ve işiniz bitince silin.
cli-codes-none = Kasa boş.
cli-code-hidden = •••• (göstermek için --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` ve `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets, US,FR gibi iki harfli ülke kodları alır; { $market } geçerli değil
cli-sync-progress = { $provider }: sayfa { $pages }, { $products } ürün, { $seconds } sn
cli-sync-progress-left = { $provider }: sayfa { $pages }, { $products } ürün, { $seconds } sn, yaklaşık { $left } sn kaldı
cli-sync-report = { $provider }: { $seconds } sn içinde { $products } ürün ({ $added } eklendi, { $updated } güncellendi, { $gone } kaldırıldı), { $requests } istek, { $throttled } kısıtlandı
cli-search-country = --country, US veya DE gibi iki harfli bir kod alır; { $country } geçerli değil
cli-search-none = Eşleşen ürün yok. Katalog boşsa `giftdesk sync` komutunu çalıştırın.
cli-search-out-of-stock = (stokta yok)
cli-operator-found = Bitrefill operatörü buldu:
cli-operator-unsure = Bitrefill operatörü belirleyemedi; şunlardan biri olabilir (--product ile satın alın):
cli-operator-cryptorefills-none = Cryptorefills: Katalogda { $country } için mobil yükleme yok.
cli-operator-cryptorefills = Cryptorefills'in { $country } için mobil yüklemeleri:
cli-esims-none = Bu varış yeri için eSIM paketi yok. Katalog boşsa `giftdesk sync` komutunu çalıştırın.
cli-esims-unlimited = sınırsız
cli-esims-data = { $gb } GB
cli-esims-days = { $days } gün
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` ve `voucher` (src-tauri/cli/desk.rs, mod.rs). Para birimi belirtilmişse tutarlar
# onunla gelir; bir satış satırının $key ve $count değerleri boşluklarla doldurulmuş gelir.
cli-customer-added = Müşteri eklendi ({ $id }): { $name }
cli-customers-none = Henüz müşteri yok: `giftdesk customers add --name NAME`.
cli-customer-history = { $name }: { $purchases } satın alma, { $codes } kod
cli-customer-total = { $count } adet { $sales } karşılığında satıldı, maliyet { $cost }, kâr marjı { $margin }
cli-code-sold = { $id } kodu { $price } karşılığında satıldı
cli-sales-written = Satılan { $count } ürün şu dosyaya yazıldı: { $path }.
cli-sales-row = { $key } { $count }  satışlar { $sales }  maliyet { $cost }  kâr marjı { $margin }
cli-sales-rates = (kurlar: { $rates })
cli-sales-none = Bu dönemde satış yok: `giftdesk sell CODE_ID --price P --currency C` ile bir satış kaydedebilirsiniz.
cli-sales-needs-rate = Bir kur girilene kadar (`giftdesk sell … --rate R`) hesaba katılmayan kodlar: { $codes }
cli-voucher-where = Kuponun nereye yazılacağını belirtin: --pdf FILE veya --png FILE
cli-vouchers-written = { $count } kupon şu dosyaya yazıldı: { $path }.
