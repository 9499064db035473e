# Settings checked before they are saved (crates/core/src/settings.rs). Values in quotes are shown as typed.
settings-shop-name-too-long = El nombre de la tienda admite como máximo 80 caracteres
settings-sync-out-of-range =
    { $minutes ->
        [one] { $minutes } minuto está
       *[other] { $minutes } minutos están
    } fuera del rango permitido: elige entre 15 minutos y 24 horas (1440)
settings-clipboard-not-offered =
    { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } no es una opción disponible: elige entre { $choices } segundos
settings-market-invalid = { $market } no es un país: usa códigos de dos letras, como US o FR
settings-kinds-other = Bitrefill solo distingue tarjetas de regalo, recargas y eSIM; elige entre esos tipos
settings-forwarded-for-invalid = { $address } no es una dirección IP: usa una como 203.0.113.7 o deja el campo vacío
settings-forwarded-for-private = { $address } es una dirección de una red privada, no la dirección pública que pide Cryptorefills: indica tu dirección pública o deja el campo vacío
settings-url-invalid = { $url } no es una dirección web: usa una como https://api.example.com

# The Bitrefill webhook (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } no es una dirección local: usa una IP y un puerto, como 127.0.0.1:8787
settings-public-url-invalid = { $url } no es una dirección https pública: Bitrefill la llama desde internet, por ejemplo https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } está dañado ({ $detail }); corrígelo o bórralo para empezar con la configuración predeterminada
