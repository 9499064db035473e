# The catalog (crates/core/src/catalog/). Ids are stable; the words may improve.

# Products looked up (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = O produto { $id } não existe
catalog-no-such-product = { $provider } não tem o produto "{ $id }" no catálogo; atualize o catálogo ou verifique o ID
catalog-no-longer-sold = A Cryptorefills não vende mais { $brand } em { $country }
catalog-value-not-an-amount = { $value } não é um valor: use um número como 25 ou 25.50
catalog-coin-invalid = { $coin } não é uma criptomoeda: use uma como USDC ou USDT
catalog-not-a-cryptorefills-product = { $product } não é um produto da Cryptorefills
catalog-esim-destination = O destino deve ser um código de país de duas letras, como JP ou DE

# "Top up a phone": why Bitrefill offers nothing for the number (catalog/operators.rs)
catalog-bitrefill-no-operator = A Bitrefill não faz recargas para nenhuma operadora deste número.
catalog-bitrefill-not-set-up = A Bitrefill não está configurada, por isso não foi consultada.
catalog-bitrefill-unsupported-operator = A Bitrefill não faz recargas para a operadora deste número.
catalog-bitrefill-unknown-operator = A Bitrefill não conhece nenhuma operadora para este número.
catalog-bitrefill-not-asked = Não foi possível consultar a Bitrefill: { $error }

# What a sync says beside its counts, its parts joined by "; " (catalog/sync.rs). $countries names at most
# eight; $more is how many more there are; $count is how many in all.
catalog-sync-no-market = nenhum mercado pôde ser lido (todos os { $count }; { $country }: { $message })
catalog-sync-continues = a cota horária de requisições do fornecedor acabou; o restante vem em cerca de { $minutes } min
catalog-sync-left-out =
    { $countries }{ $more ->
        [0] {""}
       *[other] {" "}e mais { $more }
    } { $count ->
        [one] não pôde ser lido
       *[other] não puderam ser lidos
    } ({ $reason }{ $count ->
        [one] {""}
       *[other] , no caso do primeiro
    }); { $count ->
        [one] ele continua
       *[other] eles continuam
    } como na última sincronização
catalog-sync-only-chosen = o catálogo é grande demais para a cota de uma hora, então só seus mercados e tipos ({ $chosen }) são mantidos em dia
