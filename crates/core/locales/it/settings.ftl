# Settings checked before they are saved (crates/core/src/settings.rs). Values in quotes are shown as typed.
settings-shop-name-too-long = Il nome del negozio può contenere al massimo 80 caratteri
settings-sync-out-of-range =
    Intervallo non consentito ({ $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }): scegli un valore da 15 minuti a 24 ore (1440)
settings-clipboard-not-offered =
    Durata non disponibile ({ $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }): scegli tra { $choices } secondi
settings-market-invalid = { $market } non è un paese: usa codici di due lettere come US o FR
settings-kinds-other = Bitrefill elenca separatamente solo gift card, ricariche ed eSIM; scegli tra questi tipi
settings-forwarded-for-invalid = { $address } non è un indirizzo IP: usane uno come 203.0.113.7, oppure lascia il campo vuoto
settings-forwarded-for-private = { $address } è un indirizzo di una rete privata, non l'indirizzo pubblico richiesto da Cryptorefills: indica il tuo indirizzo pubblico, oppure lascia il campo vuoto
settings-url-invalid = { $url } non è un indirizzo web: usane uno come https://api.example.com

# The Bitrefill webhook (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } non è un indirizzo locale: indica un IP e una porta, ad esempio 127.0.0.1:8787
settings-public-url-invalid = { $url } non è un indirizzo https pubblico: Bitrefill lo chiama da internet, ad esempio https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } è danneggiato ({ $detail }); correggilo o eliminalo per ripartire dalle impostazioni predefinite
