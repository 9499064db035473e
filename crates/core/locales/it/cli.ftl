# The headless verbs' words for people (src-tauri/cli/). `--json` output never comes from here.
# Counts are given as numbers ($count, $codes, …): a language may select plural forms on them; English keeps "(s)".

# Errors of the verbs' own start (src-tauri/cli/mod.rs, sandbox.rs), said as "context: cause".
cli-io-runtime = impossibile avviare il runtime asincrono
cli-io-sandbox-ports = la sandbox non è riuscita a mettersi in ascolto sulle sue porte
cli-sandbox-scales = --time-scale e --rate-limit-scale devono essere 0 o più

# `giftdesk config` (src-tauri/cli/mod.rs); the labels are aligned in a column. $provider comes padded.
cli-overview =
    Giftdesk { $version }
    dati            { $data }
    database        { $database } (schema { $schema })
    log             { $logs }
    configurazione  { $config }
    portachiavi     servizio "{ $keyring }"
cli-credential-not-configured = { $provider } non configurato
cli-credential-in-keyring = { $provider } configurato nel portachiavi ({ $hint })
cli-credential-from-environment = { $provider } configurato dalle variabili d'ambiente ({ $hint })

# `giftdesk login` and the secrets it reads (src-tauri/cli/credentials.rs). Prompts are followed by a space.
cli-prompt-bitrefill-api-key = Chiave API Bitrefill:
cli-prompt-bitrefill-api-secret = Segreto API Bitrefill:
cli-prompt-cryptorefills-partner-id = ID partner Cryptorefills:
cli-login-api-id-not-for-cryptorefills = --api-id serve per gli account business Bitrefill; a Cryptorefills basta un ID partner
cli-io-terminal = impossibile leggere dal terminale
cli-io-stdin = impossibile leggere lo standard input
cli-nothing-read = non è stato letto nulla per { $field }: passalo tramite pipe o digitalo al prompt

# `giftdesk backup` and `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Passphrase per il backup:
cli-prompt-passphrase-again = Ripeti la passphrase:
cli-prompt-restore-passphrase = Passphrase del backup:
cli-backup-passphrases-differ = Le due passphrase non coincidono; non è stato scritto nulla
cli-backup-done =
    Backup di { $codes ->
        [one] { $codes } codice
       *[other] { $codes } codici
    }, { $purchases ->
        [one] { $purchases } acquisto
       *[other] { $purchases } acquisti
    } e { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clienti
    } salvato in { $path }.
    Conserva la passphrase separata dal file: senza di essa il backup non si può aprire.
cli-restore-done =
    { $codes ->
        [one] { $codes } codice
       *[other] { $codes } codici
    }, { $purchases ->
        [one] { $purchases } acquisto
       *[other] { $purchases } acquisti
    } e { $customers ->
        [one] { $customers } cliente
       *[other] { $customers } clienti
    } ripristinati da { $path }.
# Follows cli-restore-done after a space when some rows were there already.
cli-restore-already-here = { $count ->
        [one] { $count } elemento era già presente ed è stato lasciato invariato.
       *[other] { $count } elementi erano già presenti e sono stati lasciati invariati.
    }

# `giftdesk buy`: what to buy and how to pay (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = “{ $plan }” non è un ID di piano; `giftdesk esims --country CC` li mostra nel formato PRODUCT|PLAN
cli-buy-esim-provider = La eSIM { $iccid } è di { $provider }; ometti --provider
cli-buy-esim-product = { $product } non è il prodotto della eSIM { $iccid }: accetta piani di { $takes }
cli-buy-which-provider = Indica con --provider quale fornitore vende { $product } (come lo elenca `giftdesk esims`)
cli-buy-what = Indica --provider, --product e --recipient, oppure --phone
cli-buy-cryptorefills-top-up-brand = Indica con --product il brand di ricarica Cryptorefills (`giftdesk operator` li elenca)
# $note is Bitrefill's own word on the number, or cli-buy-no-operator-found.
cli-buy-no-operator = { $note } `giftdesk operator` elenca le ricariche Cryptorefills del suo paese
cli-buy-no-operator-found = Bitrefill non ha trovato nessun operatore per questo numero.
cli-buy-operator-unsure = Bitrefill non è riuscito a determinare l'operatore di { $number }; indicane uno con --product: { $guesses }
cli-pay-cryptorefills-coin = Cryptorefills accetta COIN:NETWORK (criptovaluta e rete), ad esempio USDC:Solana
cli-pay-once = Indica --pay una sola volta per un acquisto (due volte solo con --from-csv)

# A purchase as `buy`, `pay`, `purchase` and `lookup` print it (src-tauri/cli/purchases.rs). Amounts carry their currency.
cli-purchase-no-provider-id = (ancora nessun ID del fornitore)
cli-purchase-id = acquisto  { $id }
cli-pay-to = Paga { $amount } all'indirizzo { $address }
cli-pay-to-on = Paga { $amount } su { $network } all'indirizzo { $address }
cli-pay-memo = Memo / tag: { $memo }
cli-pay-before = Entro: { $expires }
cli-pay-from-balance = Prezzo { $amount }, addebitato sul saldo
cli-purchase-last-step = Ultimo passaggio: { $note }
cli-pay-nothing-sent = Non è stato inviato nulla: l'acquisto è già pagato o in fase di pagamento.
cli-balance = Saldo: { $before } prima, { $after } dopo
cli-purchases-none = Ancora nessun acquisto.
# On standard error, from `purchases` and `track`.
cli-warning-lookup-failed = avviso: non è stato ancora possibile cercare l'acquisto { $purchase } presso il suo fornitore: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row comes padded to four places.
cli-bulk-pay-twice = --pay indica due metodi di pagamento per { $provider }; indicane uno per fornitore
cli-bulk-unreadable = Impossibile leggere { $path }: { $error }
cli-bulk-not-utf8 = Il file non è un testo UTF-8; salvalo dal foglio di calcolo come "CSV UTF-8"
cli-bulk-row-ok = riga { $row }  ok      { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = riga { $row }  ERRORE  { $field }: { $message }
cli-bulk-plan-invoices = { $provider }: { $items ->
        [one] { $items } articolo
       *[other] { $items } articoli
    } in { $purchases ->
        [one] { $purchases } fattura
       *[other] { $purchases } fatture
    }
cli-bulk-plan-orders = { $provider }: { $items ->
        [one] { $items } articolo
       *[other] { $items } articoli
    } in { $purchases ->
        [one] { $purchases } ordine
       *[other] { $purchases } ordini
    }
cli-bulk-total = totale { $amount }
cli-bulk-total-face-value = totale { $amount } (valore nominale)
cli-bulk-imported-before = Questo file è stato importato il { $at } ({ $batch }): --yes riprende quell'importazione; --again lo acquista di nuovo.
cli-bulk-nothing-bought = Non è stato acquistato nulla. { $refused ->
        [one] { $refused } riga verrebbe saltata
       *[other] { $refused } righe verrebbero saltate
    }; esegui di nuovo con --yes per acquistare le altre.
cli-bulk-progress = parte { $done }/{ $total }: { $provider } × { $items ->
        [one] { $items } articolo
       *[other] { $items } articoli
    }, righe { $rows } — { $state }
cli-bulk-not-sent-yet = non ancora inviato
cli-bulk-skipped = saltata: { $field }: { $message }
cli-bulk-batch-row = riga { $row }  { $product }  { $result }
cli-bulk-sent = Importazione in blocco { $batch }: { $sent } di { $parts ->
        [one] { $parts } acquisto inviato
       *[other] { $parts } acquisti inviati
    }.
cli-bulk-sent-resume = Importazione in blocco { $batch }: { $sent } di { $parts ->
        [one] { $parts } acquisto inviato
       *[other] { $parts } acquisti inviati
    }; esegui `giftdesk buy --from-csv FILE --yes` (senza --again) per riprendere: un acquisto di cui è andata persa la risposta viene prima cercato, mai reinviato.
cli-bulk-awaiting-payment = Alcuni acquisti sono in attesa di pagamento: `giftdesk purchases` mostra dove pagare ciascuno.

# `giftdesk track` and `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
        [one] { $count } codice pronto
       *[other] { $count } codici pronti
    }: { $brand } { $value }
cli-track-no-provider-id = { $id } non ha un ID del fornitore da seguire ({ $state })
cli-track-nothing = Niente da seguire: ogni acquisto è concluso.
cli-track-all-final = { $count ->
        [one] L'acquisto seguito è concluso.
       *[other] Tutti i { $count } acquisti seguiti sono conclusi.
    }
cli-codes-written = { $count ->
        [one] { $count } codice scritto
       *[other] { $count } codici scritti
    } in { $path }: nel file sono in chiaro; conservalo al sicuro ed eliminalo quando hai finito.
cli-codes-none = La cassaforte è vuota.
cli-code-hidden = •••• (usa --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` and `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets accetta codici paese di due lettere come US,FR, non { $market }
cli-sync-progress = { $provider }: pagina { $pages }, { $products } prodotti, { $seconds } s
cli-sync-progress-left = { $provider }: pagina { $pages }, { $products } prodotti, { $seconds } s, circa { $left } s rimanenti
cli-sync-report = { $provider }: { $products } prodotti (nuovi: { $added }, aggiornati: { $updated }, rimossi: { $gone }) in { $seconds } s; richieste: { $requests }, rallentate: { $throttled }
cli-search-country = --country accetta un codice di due lettere come US o DE, non { $country }
cli-search-none = Nessun prodotto corrispondente. Esegui `giftdesk sync` se il catalogo è vuoto.
cli-search-out-of-stock = (esaurito)
cli-operator-found = Bitrefill ha trovato l'operatore:
cli-operator-unsure = Bitrefill non è riuscito a determinare l'operatore; è uno di questi (acquista con --product):
cli-operator-cryptorefills-none = Cryptorefills: nessuna ricarica per { $country } nel catalogo.
cli-operator-cryptorefills = Ricariche Cryptorefills per { $country }:
cli-esims-none = Nessun piano eSIM per questa destinazione. Esegui `giftdesk sync` se il catalogo è vuoto.
cli-esims-unlimited = illimitati
cli-esims-data = { $gb } GB
cli-esims-days = { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` and `voucher` (src-tauri/cli/desk.rs, mod.rs). Amounts carry their currency
# where one is named; $key and $count of a sales row come padded.
cli-customer-added = Cliente { $id } aggiunto: { $name }
cli-customers-none = Ancora nessun cliente: `giftdesk customers add --name NAME`.
cli-customer-history = { $name }: { $purchases ->
        [one] { $purchases } acquisto
       *[other] { $purchases } acquisti
    }, { $codes ->
        [one] { $codes } codice
       *[other] { $codes } codici
    }
cli-customer-total = { $count ->
        [one] { $count } venduto
       *[other] { $count } venduti
    } a { $sales }, costo { $cost }, margine { $margin }
cli-code-sold = Codice { $id } venduto a { $price }
cli-sales-written = { $count ->
        [one] { $count } articolo venduto scritto
       *[other] { $count } articoli venduti scritti
    } in { $path }.
cli-sales-row = { $key } { $count }  vendite { $sales }  costo { $cost }  margine { $margin }
cli-sales-rates = (tassi: { $rates })
cli-sales-none = Nessuna vendita in questo periodo: `giftdesk sell CODE_ID --price P --currency C` ne registra una.
cli-sales-needs-rate = Esclusi finché non indichi un tasso di cambio (`giftdesk sell … --rate R`): codici { $codes }
cli-voucher-where = Indica dove scrivere il voucher: --pdf FILE oppure --png FILE
cli-vouchers-written = { $count ->
        [one] { $count } voucher salvato
       *[other] { $count } voucher salvati
    } in { $path }.
