# The catalog (crates/core/src/catalog/). Ids are stable; the words may improve.

# Products looked up (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = Walang produktong { $id }
catalog-no-such-product = Walang produktong "{ $id }" ang { $provider } sa catalog; i-refresh ang catalog o i-check ang id
catalog-no-longer-sold = Hindi na nagbebenta ang Cryptorefills ng { $brand } sa { $country }
catalog-value-not-an-amount = Hindi halaga ang { $value }: gumamit ng numero gaya ng 25 o 25.50
catalog-coin-invalid = Hindi coin ang { $coin }: gumamit ng gaya ng USDC o USDT
catalog-not-a-cryptorefills-product = Hindi produkto ng Cryptorefills ang { $product }
catalog-esim-destination = Ang destinasyon ay dalawang-letrang country code, gaya ng JP o DE

# "Top up a phone": why Bitrefill offers nothing for the number (catalog/operators.rs)
catalog-bitrefill-no-operator = Walang operator ng numerong ito ang tino-top up ng Bitrefill.
catalog-bitrefill-not-set-up = Hindi naka-set up ang Bitrefill, kaya hindi ito tinanong.
catalog-bitrefill-unsupported-operator = Hindi nagto-top up ang Bitrefill sa operator ng numerong ito.
catalog-bitrefill-unknown-operator = Walang alam na operator ang Bitrefill para sa numerong ito.
catalog-bitrefill-not-asked = Hindi matanong ang Bitrefill: { $error }

# What a sync says beside its counts, its parts joined by "; " (catalog/sync.rs). $countries names at most
# eight; $more is how many more there are; $count is how many in all.
# Tagalog's CLDR "one" category also covers 2, 3, 5, 7, 8…, so exact [1] keys pick the singular wording.
catalog-sync-no-market = walang market na nabasa (pumalya ang lahat ng { $count }; { $country }: { $message })
catalog-sync-continues = naubos na ang kada-oras na allowance ng provider; susunod ang natitira sa loob ng mga { $minutes } min
catalog-sync-left-out =
    hindi nabasa ang { $countries }{ $more ->
        [0] {""}
       *[other] {" "}at { $more } pa
    } ({ $count ->
        [1] {""}
       *[other] sa una:{" "}
    }{ $reason }); { $count ->
        [1] mananatili ito
       *[other] mananatili ang mga ito
    } gaya ng sa huling sync
catalog-sync-only-chosen = lumalampas ang catalog sa allowance ng isang oras, kaya ang iyong mga market at uri lang ({ $chosen }) ang pinapanatiling updated
