# The catalog (crates/core/src/catalog/). Ids are stable; the words may improve.

# Products looked up (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = There is no product { $id }
catalog-no-such-product = { $provider } has no product "{ $id }" in the catalog; refresh the catalog or check the id
catalog-no-longer-sold = Cryptorefills no longer sells { $brand } in { $country }
catalog-value-not-an-amount = { $value } is not an amount: use a number such as 25 or 25.50
catalog-coin-invalid = { $coin } is not a coin: use one such as USDC or USDT
catalog-not-a-cryptorefills-product = { $product } is not a Cryptorefills product
catalog-esim-destination = A destination is a two-letter country code, like JP or DE

# "Top up a phone": why Bitrefill offers nothing for the number (catalog/operators.rs)
catalog-bitrefill-no-operator = Bitrefill tops up no operator of this number.
catalog-bitrefill-not-set-up = Bitrefill is not set up, so it was not asked.
catalog-bitrefill-unsupported-operator = Bitrefill does not top up this number's operator.
catalog-bitrefill-unknown-operator = Bitrefill knows no operator for this number.
catalog-bitrefill-not-asked = Bitrefill could not be asked: { $error }

# What a sync says beside its counts, its parts joined by "; " (catalog/sync.rs). $countries names at most
# eight; $more is how many more there are; $count is how many in all.
catalog-sync-no-market = no market could be read (all { $count }; { $country }: { $message })
catalog-sync-continues = the provider's hourly allowance ran out; the rest follows in about { $minutes } min
catalog-sync-left-out =
    { $countries }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    } could not be read ({ $reason }{ $count ->
        [one] {""}
       *[other] , for the first
    }); { $count ->
        [one] it stays
       *[other] they stay
    } as last synced
catalog-sync-only-chosen = the catalog outgrows the hour's allowance, so only your markets and kinds ({ $chosen }) are kept fresh
