# Kaydedilmeden önce denetlenen ayarlar (crates/core/src/settings.rs). Tırnak içindeki değerler yazıldığı gibi gösterilir.
settings-shop-name-too-long = Mağaza adı en fazla 80 karakter olabilir
settings-sync-out-of-range =
    { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    } izin verilen aralıkta değil: 15 dakika ile 24 saat (1440) arasında bir değer seçin
settings-clipboard-not-offered =
    { $seconds ->
        [one] { $seconds } saniye
       *[other] { $seconds } saniye
    } seçenekler arasında yok; { $choices } saniyeden birini seçin
settings-market-invalid = { $market } bir ülke değil: US veya FR gibi iki harfli kodlar kullanın
settings-kinds-other = Bitrefill hediye kartlarını, mobil yüklemeleri ve eSIM'leri ayrı ayrı listeler; bunlar arasından seçim yapın
settings-forwarded-for-invalid = { $address } bir IP adresi değil: 203.0.113.7 gibi bir adres girin veya alanı boş bırakın
settings-forwarded-for-private = { $address } özel bir ağ içindeki bir adres, Cryptorefills'in istediği genel adres değil: Genel IP adresinizi girin veya alanı boş bırakın
settings-url-invalid = { $url } bir web adresi değil: https://api.example.com gibi bir adres kullanın

# Bitrefill webhook'u (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } yerel bir adres değil: 127.0.0.1:8787 gibi bir IP ve port girin
settings-public-url-invalid = { $url } genel bir https adresi değil: Bitrefill bu adrese internet üzerinden bağlanır, örneğin https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } dosyası bozuk ({ $detail }); varsayılan ayarlarla başlamak için dosyayı düzeltin veya silin
