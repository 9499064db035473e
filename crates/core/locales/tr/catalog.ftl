# Katalog (crates/core/src/catalog/). Kimlikler sabittir; metinler iyileştirilebilir.

# Aranan ürünler (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = Ürün bulunamadı: { $id }
catalog-no-such-product = { $provider } kataloğunda “{ $id }” kimlikli bir ürün yok; kataloğu yenileyin veya kimliği kontrol edin
catalog-no-longer-sold = Cryptorefills, { $brand } markasını { $country } pazarında artık satmıyor
catalog-value-not-an-amount = { $value } bir tutar değil: 25 veya 25.50 gibi bir sayı girin
catalog-coin-invalid = { $coin } geçerli bir coin değil: USDC veya USDT gibi bir coin girin
catalog-not-a-cryptorefills-product = { $product } bir Cryptorefills ürünü değil
catalog-esim-destination = Varış yeri, JP veya DE gibi iki harfli bir ülke kodudur

# "Telefona yükleme yap": Bitrefill'in bu numara için neden hiçbir şey sunmadığı (catalog/operators.rs)
catalog-bitrefill-no-operator = Bitrefill bu numaranın hiçbir operatörüne yükleme yapmıyor.
catalog-bitrefill-not-set-up = Bitrefill yapılandırılmadığı için sorgulanmadı.
catalog-bitrefill-unsupported-operator = Bitrefill bu numaranın operatörüne yükleme yapmıyor.
catalog-bitrefill-unknown-operator = Bitrefill bu numaranın operatörünü tanımıyor.
catalog-bitrefill-not-asked = Bitrefill sorgulanamadı: { $error }

# Senkronizasyonun sayıların yanında söyledikleri; parçalar "; " ile birleştirilir (catalog/sync.rs). $countries en fazla
# sekiz ülke adı verir; $more kaç tane daha olduğunu, $count toplamda kaç tane olduğunu söyler.
catalog-sync-no-market = hiçbir pazar okunamadı ({ $count } pazarın tümü; { $country }: { $message })
catalog-sync-continues = sağlayıcının saatlik istek kotası doldu; kalanı yaklaşık { $minutes } dk sonra güncellenecek
catalog-sync-left-out =
    { $countries }{ $more ->
        [0] {""}
       *[other] {" "}ve { $more } ülke daha
    } okunamadı ({ $reason }{ $count ->
        [one] {""}
       *[other] , ilki için
    }); { $count ->
        [one] son senkronizasyondaki hâliyle kalıyor
       *[other] son senkronizasyondaki hâlleriyle kalıyorlar
    }
catalog-sync-only-chosen = katalog saatlik istek kotasını aşacak kadar büyük; bu yüzden yalnızca sizin pazarlarınız ve türleriniz ({ $chosen }) güncel tutuluyor
