# Ödeme adımının retleri; her biri alanını ve neyin kabul edileceğini belirtir (crates/core/src/checkout/rules.rs).
checkout-not-a-number = “{ $text }” bir sayı değil; 25 veya 12.50 gibi yazın
checkout-no-lines = Satın almak için en az bir ürün ekleyin
checkout-one-provider = Bir { $provider } satın almasındaki tüm ürünler { $provider } kataloğundan olmalıdır
checkout-quantity-range = Adet, 1 ile { $max } arasında bir tam sayı olmalıdır
checkout-resale-price-negative = Satış fiyatı negatif olamaz
checkout-customer-ref-too-long = Müşteri referansı en fazla 200 karakter olabilir
checkout-bitrefill-payment-methods = Bitrefill ödeme yöntemi olarak balance, auto veya şunlardan birini kabul eder: { $methods }
checkout-refund-address-needed = Bitrefill'e kripto ile ödeme için bir iade adresi gerekir: Fazla veya eksik ödemelerin iade edileceği, size ait bir { $method } adresi
checkout-coin-and-network = Cryptorefills bir coin ve bir ağ ister, örneğin USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills'e kripto ile ödeme yapılır: USDC:Solana gibi bir coin ve ağ belirtin
# Tek bir faturanın veya siparişin alabileceğinden fazla ürün, `--split` olmadan; $parts kaç satın alma gerektiğidir.
checkout-too-many-bitrefill = Bir Bitrefill faturası en fazla 20 ürün içerebilir; bu faturada { $total } ürün var. `--split` ile ya da sepetteki “{ $parts } satın almaya böl” düğmesiyle bölün
checkout-too-many-cryptorefills = Bir Cryptorefills siparişi en fazla 10 teslimat içerebilir; bu siparişte { $total } teslimat var. `--split` ile ya da sepetteki “{ $parts } satın almaya böl” düğmesiyle bölün
checkout-out-of-stock = { $product } şu anda stokta yok; daha sonra tekrar deneyin veya başka bir ürün seçin
checkout-recipient-email = { $product } bir e-posta adresine teslim edilir, örneğin customer@example.com (girilen: “{ $recipient }”)
# Bir satırın tutar seçeneği veya tutarı (rules.rs ve onun üzerinden ürün görünümünün tutar alanı).
checkout-no-denominations = { $product } için sabit tutar seçenekleri yok; bunun yerine bir değer girin
checkout-no-such-denomination = { $product } için “{ $wanted }” tutar seçeneği yok; şunlardan birini seçin: { $listed }
checkout-choose-range = { $min } ile { $max } arasında, { $step } artışlarla bir değer seçin
checkout-choose-listed-or-range = Şunlardan birini seçin: { $listed } ya da { $min } ile { $max } arasında bir değer girin
checkout-choose-listed = Şunlardan birini seçin: { $listed }
checkout-fixed-amounts-only = { $product } yalnızca sabit tutarlarda satılır: { $listed }
# Ürün bir para birimi belirtiyorsa $max bu para birimini de içerir ("100 USD").
checkout-value-range = Değer { $min } ile { $max } arasında, { $step } artışlarla olmalıdır (girilen: { $value })

# Mobil yüklemenin numarası (crates/core/src/checkout/top_up.rs); $why numarada neyin yanlış olduğunu söyler.
checkout-top-up-mobile = Mobil yükleme bir cep telefonu numarasına yapılır: { $why }
checkout-top-up-wrong-country = { $number } bir { $country } numarası; { $product } ise yalnızca { $serves } numaralarına yükleme yapar. { $country } için bir operatör seçin

# eSIM'ler ve yüklemeleri (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Cryptorefills, daha önce satın alınmış bir eSIM için yükleme satmıyor; bunun yerine yeni bir paket satın alın
checkout-iccid-invalid = ICCID, 89 ile başlayan 18 ila 22 haneli bir numaradır ve eSIM'in QR kodunun yanında yazar (girilen değer { $length ->
        [one] { $length } karakter
       *[other] { $length } karakter
    })
checkout-esim-top-up-not-esim = { $product } bir eSIM değil: Bir eSIM'e yalnızca eSIM paketiyle yükleme yapılabilir
checkout-esim-top-up-one-plan = Bir eSIM'e aynı anda yalnızca bir paket yüklenebilir
checkout-esim-purchase-no-product = { $iccid } numaralı eSIM'in satın alma kaydında bir eSIM ürünü belirtilmemiş
checkout-esim-other-product = { $iccid } numaralı eSIM bir { $product }: Yalnızca kendi paketlerinden biriyle yükleme yapılabilir

# Cryptorefills siparişleri, coin'ler ve sipariş numarasıyla sorgulama (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Cryptorefills, makbuz için satın alan kişinin e-posta adresini ister (mobil yüklemelerde alıcı e-postası yoktur): Hesabınızın e-posta adresini girin
checkout-buyer-email-invalid = “{ $email }” bir e-posta adresi değil; örneğin you@example.com
checkout-coin-suspended = { $pair } Cryptorefills'te şimdilik askıya alındı; başka bir coin veya ağla ödeyin
checkout-coin-not-taken = Cryptorefills, { $network } ağında { $coin } kabul etmiyor; şunlardan birini seçin: { $offered }
checkout-lookup-not-unknown = Sipariş numarasıyla yalnızca yanıtı kaybolmuş bir Cryptorefills satın alması sorgulanabilir
checkout-order-already-linked = Bu sipariş zaten başka bir satın almaya ait
checkout-no-such-order = Cryptorefills'te “{ $order }” numaralı bir sipariş yok

# Satın almalar, ödemeler ve test ortamı (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = “{ $id }” kimlikli bir satın alma yok; satın almaları `giftdesk purchases` listeler
checkout-bulk-part-taken = Toplu içe aktarmanın bu kısmı zaten satın alınıyor (başka bir pencerede veya işlemde)
checkout-pay-no-invoice = Bu satın almanın henüz bir Bitrefill faturası yok; ödenecek bir şey yok
checkout-pay-balance-only = Giftdesk'ten yalnızca Bitrefill bakiyesiyle ödenen faturalar ödenebilir; kripto ödemeleri kendi cüzdanınızdan gönderilir
checkout-not-balance-purchase = Bu satın alma Bitrefill bakiyesinden ödenmiyor
checkout-simulate-sandbox-only = Ödemeler yalnızca test ortamında simüle edilebilir
checkout-no-provider-ref = Bu satın almanın henüz bir sağlayıcı kimliği yok
checkout-sandbox-refused = Test ortamı ödemeyi reddetti (zaten ödenmiş veya süresi dolmuş)
# Test ortamına neden ulaşılamadığı ("… ile bağlantı kurulamadı (…)" içinde).
checkout-sandbox-not-running = test ortamı çalışmıyor
checkout-sandbox-no-answer = test ortamı yanıt vermedi

# "Hâlâ gönderiliyor" ile "yarıda kaldı" durumlarını ayıran dosyalar (crates/core/src/checkout/sending.rs); ardından işletim sisteminin gerekçesi gelir.
checkout-io-sending-directory = gönderim klasörü oluşturulamadı
checkout-io-sending-lock-create = gönderim kilidi oluşturulamadı
checkout-io-sending-lock-take = gönderim kilidi alınamadı

# Bir satın almanın kaydı: satıcının satın almanın zaman çizelgesinde okuduğu her adım
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Kaydedildi; { $provider }'e gönderiliyor
checkout-event-invoice-created = Fatura oluşturuldu
checkout-event-order-created = Sipariş oluşturuldu
checkout-event-unreadable-answer = { $provider } Giftdesk'in okuyamadığı bir biçimde yanıt verdi; gönderildiği hâliyle saklandı
checkout-event-refused = { $provider } reddetti: { $problems }
checkout-event-not-sent = Gönderilmedi, hiçbir şey oluşturulmadı: { $error }
checkout-event-no-answer = Yanıt gelmedi ({ $error }); { $provider } tarafında oluşturulmuş olabilir. Giftdesk onu arayacak, ancak asla kendiliğinden yeniden göndermeyecek
checkout-event-re-read = Yeniden okundu
checkout-event-re-read-before-paying = Ödemeden önce yeniden okundu
checkout-event-pay-nothing-sent = Hiçbir şey gönderilmedi; faturanın durumu: { $state }
checkout-event-already-paid = Zaten ödenmiş: Hiçbir şey gönderilmedi
checkout-event-payment-under-way = Bir ödeme zaten sürüyor: Hiçbir şey gönderilmedi
checkout-event-paid-from-balance = Bakiyeden ödendi
checkout-event-payment-refused = Ödeme reddedildi: { $problem }
checkout-event-payment-no-answer = Ödemeye yanıt gelmedi ({ $error }); yeni bir denemeden önce yeniden okuyun
checkout-event-found-by-order-id = Sipariş numarasıyla Cryptorefills'te bulundu

# Yanıtı kaybolan satın almaların mutabakatı (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Henüz sorgulanamadı ({ $error }); durumu bilinmiyor olarak kalıyor ve hiçbir şey yeniden gönderilmiyor. Giftdesk bir sonraki açılışta tekrar dener; isterseniz `giftdesk purchases` komutunu çalıştırın
checkout-event-stopped-before-answer = Giftdesk, sağlayıcı yanıt vermeden kapandı; satın alma sorgulanıyor, asla yeniden gönderilmiyor
checkout-event-found-by-reconciliation = Mutabakatla Bitrefill'de bulundu: Yalnızca bir kez oluşturulmuş
# Bitrefill listelerine bir kez bakıldığında nelerin kapsandığı; aşağıdaki mesajların içinde gösterilir. $from ve $to zamandır.
checkout-reconcile-checked = { $from } ile { $to } arasında listelenen { $orders ->
        [one] { $orders } sipariş
       *[other] { $orders } sipariş
    } ve { $invoices ->
        [one] { $invoices } fatura
       *[other] { $invoices } fatura
    } (ödenmemişler dahil), { $read } tanesi okundu
checkout-event-never-created = Bitrefill'de buna ait bir fatura yok ({ $checked }): Hiç oluşturulmadı ve ücret alınmadı; hâlâ istiyorsanız yeniden satın alın
checkout-event-not-found-yet = Bitrefill'de arandı, henüz bulunamadı ({ $checked }); durumu bilinmiyor olarak kalıyor ve hiçbir şey yeniden gönderilmiyor
checkout-event-listing-incomplete = Bitrefill'de arandı, ancak liste eksikti ({ $checked }); durumu bilinmiyor olarak kalıyor ve hiçbir şey yeniden gönderilmiyor
checkout-event-several-match = { $count } Bitrefill faturası eşleşiyor ({ $checked }); bunları Bitrefill hesabınızda kontrol edin
