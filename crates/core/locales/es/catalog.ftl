# The catalog (crates/core/src/catalog/). Ids are stable; the words may improve.

# Products looked up (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = No existe el producto { $id }
catalog-no-such-product = { $provider } no tiene el producto "{ $id }" en el catálogo; actualiza el catálogo o revisa el ID
catalog-no-longer-sold = Cryptorefills ya no vende { $brand } en { $country }
catalog-value-not-an-amount = { $value } no es un monto: usa un número como 25 o 25.50
catalog-coin-invalid = { $coin } no es una criptomoneda: usa una como USDC o USDT
catalog-not-a-cryptorefills-product = { $product } no es un producto de Cryptorefills
catalog-esim-destination = El destino debe ser un código de país de dos letras, como JP o DE

# "Top up a phone": why Bitrefill offers nothing for the number (catalog/operators.rs)
catalog-bitrefill-no-operator = Bitrefill no hace recargas para ningún operador de este número.
catalog-bitrefill-not-set-up = Bitrefill no está configurado, así que no se le consultó.
catalog-bitrefill-unsupported-operator = Bitrefill no hace recargas para el operador de este número.
catalog-bitrefill-unknown-operator = Bitrefill no conoce ningún operador para este número.
catalog-bitrefill-not-asked = No se pudo consultar a Bitrefill: { $error }

# What a sync says beside its counts, its parts joined by "; " (catalog/sync.rs). $countries names at most
# eight; $more is how many more there are; $count is how many in all.
catalog-sync-no-market = no se pudo leer ningún mercado (0 de { $count }; { $country }: { $message })
catalog-sync-continues = se agotó la cuota de solicitudes por hora del proveedor; el resto llegará en unos { $minutes } min
catalog-sync-left-out =
    { $count ->
        [one] no se pudo leer
       *[other] no se pudieron leer
    } { $countries }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    } ({ $reason }{ $count ->
        [one] {""}
       *[other] , en el primero
    }); { $count ->
        [one] se mantiene
       *[other] se mantienen
    } como en la última sincronización
catalog-sync-only-chosen = el catálogo es demasiado grande para actualizarse en una hora, así que solo se mantienen al día tus mercados y tipos ({ $chosen })
