# Settings checked before they are saved (crates/core/src/settings.rs). Values in quotes are shown as typed.
settings-shop-name-too-long = Hanggang 80 character lang ang pangalan ng shop
settings-sync-out-of-range =
    Wala sa saklaw ang { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuto
    }: pumili mula 15 minuto hanggang 24 oras (1440)
settings-clipboard-not-offered =
    Hindi puwedeng piliin ang { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundo
    }: pumili sa { $choices } segundo
settings-market-invalid = Hindi bansa ang { $market }: gumamit ng dalawang-letrang code gaya ng US o FR
settings-kinds-other = Hiwa-hiwalay na inililista ng Bitrefill ang mga gift card, top-up at eSIM; pumili lang sa mga iyon
settings-forwarded-for-invalid = Hindi IP address ang { $address }: gumamit ng gaya ng 203.0.113.7, o iwanang blangko
settings-forwarded-for-private = Address sa loob ng private network ang { $address }, hindi ang public address na hinihingi ng Cryptorefills: ibigay ang iyong public address, o iwanang blangko
settings-url-invalid = Hindi web address ang { $url }: gumamit ng gaya ng https://api.example.com

# The Bitrefill webhook (settings.rs, WebhookSettings)
settings-listen-invalid = Hindi lokal na address ang { $listen }: gumamit ng IP at port, gaya ng 127.0.0.1:8787
settings-public-url-invalid = Hindi public na https address ang { $url }: tinatawagan ito ng Bitrefill mula sa internet, halimbawa https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = Sira ang { $path } ({ $detail }); ayusin o burahin ito para magsimula sa mga default na setting
