# Settings checked before they are saved (crates/core/src/settings.rs). Values in quotes are shown as typed.
settings-shop-name-too-long = Un nom de boutique contient au maximum 80 caractères
settings-sync-out-of-range =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } : valeur hors limites ; choisissez entre 15 minutes et 24 heures (1440)
settings-clipboard-not-offered =
    { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } : durée non proposée ; choisissez parmi { $choices } secondes
settings-market-invalid = { $market } n'est pas un pays : utilisez des codes à deux lettres comme US ou FR
settings-kinds-other = Bitrefill ne classe à part que les cartes cadeaux, les recharges et les eSIM ; choisissez parmi ces types
settings-forwarded-for-invalid = { $address } n'est pas une adresse IP : indiquez-en une comme 203.0.113.7, ou laissez le champ vide
settings-forwarded-for-private = { $address } est une adresse de réseau privé, et non l'adresse publique demandée par Cryptorefills : indiquez votre adresse publique, ou laissez le champ vide
settings-url-invalid = { $url } n'est pas une adresse web : indiquez-en une comme https://api.example.com

# The Bitrefill webhook (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } n'est pas une adresse locale : indiquez une IP et un port, comme 127.0.0.1:8787
settings-public-url-invalid = { $url } n'est pas une adresse https publique : Bitrefill l'appelle depuis Internet, par exemple https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } est endommagé ({ $detail }) ; corrigez-le ou supprimez-le pour repartir des réglages par défaut
