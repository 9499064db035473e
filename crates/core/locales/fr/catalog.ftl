# The catalog (crates/core/src/catalog/). Ids are stable; the words may improve.

# Products looked up (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = Le produit { $id } n'existe pas
catalog-no-such-product = { $provider } n'a aucun produit « { $id } » dans le catalogue ; actualisez le catalogue ou vérifiez l'identifiant
catalog-no-longer-sold = Cryptorefills ne vend plus { $brand } pour le pays { $country }
catalog-value-not-an-amount = { $value } n'est pas un montant : saisissez un nombre comme 25 ou 25.50
catalog-coin-invalid = { $coin } n'est pas une cryptomonnaie : indiquez-en une comme USDC ou USDT
catalog-not-a-cryptorefills-product = { $product } n'est pas un produit Cryptorefills
catalog-esim-destination = Une destination s'indique par un code pays à deux lettres, comme JP ou DE

# "Top up a phone": why Bitrefill offers nothing for the number (catalog/operators.rs)
catalog-bitrefill-no-operator = Bitrefill ne propose de recharge pour aucun opérateur de ce numéro.
catalog-bitrefill-not-set-up = Bitrefill n'est pas configuré : il n'a donc pas été interrogé.
catalog-bitrefill-unsupported-operator = Bitrefill ne propose pas de recharge pour l'opérateur de ce numéro.
catalog-bitrefill-unknown-operator = Bitrefill ne connaît aucun opérateur pour ce numéro.
catalog-bitrefill-not-asked = Impossible d'interroger Bitrefill : { $error }

# What a sync says beside its counts, its parts joined by "; " (catalog/sync.rs). $countries names at most
# eight; $more is how many more there are; $count is how many in all.
catalog-sync-no-market = aucun marché n'a pu être lu ({ $count } sur { $count } en échec ; { $country } : { $message })
catalog-sync-continues = le quota horaire du fournisseur est épuisé ; la suite arrivera dans { $minutes } min environ
catalog-sync-left-out =
    { $countries }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autres
    } { $count ->
        [one] n'a pas pu être lu
       *[other] n'ont pas pu être lus
    } ({ $reason }{ $count ->
        [one] {""}
       *[other] , pour le premier
    }) ; { $count ->
        [one] ses données restent
       *[other] leurs données restent
    } celles de la dernière synchronisation
catalog-sync-only-chosen = le catalogue dépasse le quota horaire : seuls vos marchés et types ({ $chosen }) sont tenus à jour
