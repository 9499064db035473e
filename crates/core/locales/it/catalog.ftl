# The catalog (crates/core/src/catalog/). Ids are stable; the words may improve.

# Products looked up (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = Il prodotto { $id } non esiste
catalog-no-such-product = Il catalogo di { $provider } non contiene il prodotto “{ $id }”; aggiorna il catalogo o controlla l'ID
catalog-no-longer-sold = Cryptorefills non vende più { $brand } per il mercato { $country }
catalog-value-not-an-amount = { $value } non è un importo: usa un numero come 25 o 25.50
catalog-coin-invalid = { $coin } non è una criptovaluta: usane una come USDC o USDT
catalog-not-a-cryptorefills-product = { $product } non è un prodotto Cryptorefills
catalog-esim-destination = La destinazione è un codice paese di due lettere, ad esempio JP o DE

# "Top up a phone": why Bitrefill offers nothing for the number (catalog/operators.rs)
catalog-bitrefill-no-operator = Bitrefill non offre ricariche per nessun operatore di questo numero.
catalog-bitrefill-not-set-up = Bitrefill non è configurato, quindi non è stato interpellato.
catalog-bitrefill-unsupported-operator = Bitrefill non offre ricariche per l'operatore di questo numero.
catalog-bitrefill-unknown-operator = Bitrefill non conosce nessun operatore per questo numero.
catalog-bitrefill-not-asked = Impossibile interpellare Bitrefill: { $error }

# What a sync says beside its counts, its parts joined by "; " (catalog/sync.rs). $countries names at most
# eight; $more is how many more there are; $count is how many in all.
catalog-sync-no-market = non è stato possibile leggere nessun mercato (0 su { $count }; { $country }: { $message })
catalog-sync-continues = la quota oraria di richieste del fornitore è esaurita; il resto arriverà tra circa { $minutes } min
catalog-sync-left-out =
    impossibile leggere { $countries }{ $more ->
        [0] {""}
       *[other] {" "}e altri { $more }
    } ({ $reason }{ $count ->
        [one] {""}
       *[other] , per il primo
    }); { $count ->
        [one] resta
       *[other] restano
    } come all'ultima sincronizzazione
catalog-sync-only-chosen = il catalogo supera la quota oraria di richieste, quindi vengono tenuti aggiornati solo i tuoi mercati e tipi ({ $chosen })
