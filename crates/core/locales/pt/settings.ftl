# Settings checked before they are saved (crates/core/src/settings.rs). Values in quotes are shown as typed.
settings-shop-name-too-long = O nome da loja pode ter no máximo 80 caracteres
settings-sync-out-of-range =
    O intervalo de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } está fora do permitido: escolha de 15 minutos a 24 horas (1440)
settings-clipboard-not-offered =
    O tempo de { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } não está disponível: escolha uma destas opções, em segundos: { $choices }
settings-market-invalid = { $market } não é um país: use códigos de duas letras, como US ou FR
settings-kinds-other = A Bitrefill lista gift cards, recargas e eSIMs separadamente; escolha entre esses tipos
settings-forwarded-for-invalid = { $address } não é um endereço IP: use um como 203.0.113.7 ou deixe em branco
settings-forwarded-for-private = { $address } é um endereço de rede privada, e não o endereço público que a Cryptorefills pede: informe seu endereço público ou deixe em branco
settings-url-invalid = { $url } não é um endereço web: use um como https://api.example.com

# The Bitrefill webhook (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } não é um endereço local: use um IP e uma porta, como 127.0.0.1:8787
settings-public-url-invalid = { $url } não é um endereço https público: a Bitrefill o chama pela internet, por exemplo https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } está danificado ({ $detail }); corrija ou apague o arquivo para começar com as configurações padrão
