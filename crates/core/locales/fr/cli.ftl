# The headless verbs' words for people (src-tauri/cli/). `--json` output never comes from here.
# Counts are given as numbers ($count, $codes, …): a language may select plural forms on them; English keeps "(s)".

# Errors of the verbs' own start (src-tauri/cli/mod.rs, sandbox.rs), said as "context: cause".
cli-io-runtime = impossible de démarrer le runtime asynchrone
cli-io-sandbox-ports = le bac à sable n'a pas pu écouter sur ses ports
cli-sandbox-scales = --time-scale et --rate-limit-scale doivent valoir 0 ou plus

# `giftdesk config` (src-tauri/cli/mod.rs); the labels are aligned in a column. $provider comes padded.
cli-overview =
    Giftdesk { $version }
    données          { $data }
    base de données  { $database } (schéma { $schema })
    journaux         { $logs }
    configuration    { $config }
    trousseau        service « { $keyring } »
cli-credential-not-configured = { $provider } non configuré
cli-credential-in-keyring = { $provider } configuré dans le trousseau ({ $hint })
cli-credential-from-environment = { $provider } configuré via les variables d'environnement ({ $hint })

# `giftdesk login` and the secrets it reads (src-tauri/cli/credentials.rs). Prompts are followed by a space.
cli-prompt-bitrefill-api-key = Clé API Bitrefill :
cli-prompt-bitrefill-api-secret = Secret API Bitrefill :
cli-prompt-cryptorefills-partner-id = ID partenaire Cryptorefills :
cli-login-api-id-not-for-cryptorefills = --api-id est réservé aux comptes professionnels Bitrefill ; Cryptorefills n'a besoin que d'un ID partenaire
cli-io-terminal = impossible de lire depuis le terminal
cli-io-stdin = impossible de lire l'entrée standard
cli-nothing-read = rien n'a été lu pour { $field } : transmettez la valeur par un pipe ou saisissez-la à l'invite

# `giftdesk backup` and `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Phrase secrète pour la sauvegarde :
cli-prompt-passphrase-again = Confirmez la phrase secrète :
cli-prompt-restore-passphrase = Phrase secrète de la sauvegarde :
cli-backup-passphrases-differ = Les deux phrases secrètes ne correspondent pas ; rien n'a été écrit
cli-backup-done =
    { $codes ->
        [one] { $codes } code
       *[other] { $codes } codes
    }, { $purchases ->
        [one] { $purchases } achat
       *[other] { $purchases } achats
    } et { $customers ->
        [one] { $customers } client
       *[other] { $customers } clients
    } sauvegardés dans { $path }.
    Conservez la phrase secrète à l'écart du fichier : sans elle, la sauvegarde ne peut pas être ouverte.
cli-restore-done =
    { $codes ->
        [one] { $codes } code
       *[other] { $codes } codes
    }, { $purchases ->
        [one] { $purchases } achat
       *[other] { $purchases } achats
    } et { $customers ->
        [one] { $customers } client
       *[other] { $customers } clients
    } restaurés depuis { $path }.
# Follows cli-restore-done after a space when some rows were there already.
cli-restore-already-here =
    { $count ->
        [one] { $count } élément était déjà présent et a été laissé tel quel.
       *[other] { $count } éléments étaient déjà présents et ont été laissés tels quels.
    }

# `giftdesk buy`: what to buy and how to pay (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = « { $plan } » n'est pas un identifiant de forfait ; `giftdesk esims --country CC` les affiche sous la forme PRODUCT|PLAN
cli-buy-esim-provider = L'eSIM { $iccid } est une eSIM { $provider } ; n'indiquez pas --provider
cli-buy-esim-product = { $product } n'est pas le produit de l'eSIM { $iccid } : elle accepte les forfaits de { $takes }
cli-buy-which-provider = Indiquez avec --provider quel fournisseur vend { $product } (tel que `giftdesk esims` le liste)
cli-buy-what = Indiquez --provider, --product et --recipient, ou --phone
cli-buy-cryptorefills-top-up-brand = Indiquez la marque de recharge Cryptorefills avec --product (`giftdesk operator` les liste)
# $note is Bitrefill's own word on the number, or cli-buy-no-operator-found.
cli-buy-no-operator = { $note } `giftdesk operator` liste les recharges Cryptorefills de son pays
cli-buy-no-operator-found = Bitrefill n'a trouvé aucun opérateur pour ce numéro.
cli-buy-operator-unsure = Bitrefill n'a pas pu identifier l'opérateur du { $number } ; indiquez-en un avec --product : { $guesses }
cli-pay-cryptorefills-coin = Cryptorefills attend COIN:NETWORK, comme USDC:Solana
cli-pay-once = Indiquez --pay une seule fois pour un achat (deux fois uniquement avec --from-csv)

# A purchase as `buy`, `pay`, `purchase` and `lookup` print it (src-tauri/cli/purchases.rs). Amounts carry their currency.
cli-purchase-no-provider-id = (pas encore d'identifiant fournisseur)
cli-purchase-id = achat  { $id }
cli-pay-to = Payez { $amount } à l'adresse { $address }
cli-pay-to-on = Payez { $amount } sur { $network } à l'adresse { $address }
cli-pay-memo = Mémo / tag : { $memo }
cli-pay-before = Date limite : { $expires }
cli-pay-from-balance = Prix : { $amount }, débité du solde
cli-purchase-last-step = Dernière étape : { $note }
cli-pay-nothing-sent = Rien n'a été envoyé : l'achat est déjà payé ou en cours de paiement.
cli-balance = Solde : { $before } avant, { $after } après
cli-purchases-none = Aucun achat pour l'instant.
# On standard error, from `purchases` and `track`.
cli-warning-lookup-failed = avertissement : l'achat { $purchase } n'a pas encore pu être recherché chez son fournisseur : { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row comes padded to four places.
cli-bulk-pay-twice = --pay indique deux moyens de payer { $provider } ; n'en indiquez qu'un par fournisseur
cli-bulk-unreadable = Impossible de lire { $path } : { $error }
cli-bulk-not-utf8 = Le fichier n'est pas un texte UTF-8 ; enregistrez-le depuis le tableur au format « CSV UTF-8 »
cli-bulk-row-ok = ligne { $row }  OK      { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = ligne { $row }  ERREUR  { $field } : { $message }
cli-bulk-plan-invoices =
    { $provider } : { $items ->
        [one] { $items } article
       *[other] { $items } articles
    } en { $purchases ->
        [one] { $purchases } facture
       *[other] { $purchases } factures
    }
cli-bulk-plan-orders =
    { $provider } : { $items ->
        [one] { $items } article
       *[other] { $items } articles
    } en { $purchases ->
        [one] { $purchases } commande
       *[other] { $purchases } commandes
    }
cli-bulk-total = total : { $amount }
cli-bulk-total-face-value = total : { $amount } (valeur faciale)
cli-bulk-imported-before = Ce fichier a déjà été importé le { $at } ({ $batch }) : --yes reprend cet import ; --again le rachète entièrement.
cli-bulk-nothing-bought =
    Rien n'a été acheté. { $refused ->
        [one] { $refused } ligne serait ignorée
       *[other] { $refused } lignes seraient ignorées
    } ; relancez avec --yes pour acheter les autres.
cli-bulk-progress =
    partie { $done }/{ $total } : { $provider } × { $items ->
        [one] { $items } article
       *[other] { $items } articles
    }, lignes { $rows } — { $state }
cli-bulk-not-sent-yet = pas encore envoyé
cli-bulk-skipped = ignorée — { $field } : { $message }
cli-bulk-batch-row = ligne { $row }  { $product }  { $result }
cli-bulk-sent =
    Import groupé { $batch } : { $sent ->
        [one] { $sent } achat envoyé
       *[other] { $sent } achats envoyés
    } sur { $parts }.
cli-bulk-sent-resume =
    Import groupé { $batch } : { $sent ->
        [one] { $sent } achat envoyé
       *[other] { $sent } achats envoyés
    } sur { $parts } ; lancez `giftdesk buy --from-csv FILE --yes` (sans --again) pour reprendre : un achat dont la réponse a été perdue est d'abord recherché, jamais renvoyé.
cli-bulk-awaiting-payment = Certains achats attendent un paiement : `giftdesk purchases` indique où payer chacun d'eux.

# `giftdesk track` and `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
        [one] { $count } code prêt
       *[other] { $count } codes prêts
    } : { $brand } { $value }
cli-track-no-provider-id = { $id } n'a pas d'identifiant fournisseur à suivre ({ $state })
cli-track-nothing = Rien à suivre : tous les achats sont finalisés.
cli-track-all-final =
    { $count ->
        [one] L'achat suivi est finalisé.
       *[other] Les { $count } achats suivis sont tous finalisés.
    }
cli-codes-written =
    { $count ->
        [one] { $count } code exporté dans { $path } : il y figure en clair
       *[other] { $count } codes exportés dans { $path } : ils y figurent en clair
    } ; conservez ce fichier en lieu sûr et supprimez-le dès que vous n'en avez plus besoin.
cli-codes-none = Le coffre est vide.
cli-code-hidden = •••• (utilisez --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` and `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets attend des codes pays à deux lettres comme US,FR, et non { $market }
cli-sync-progress = { $provider } : page { $pages }, { $products } produits, { $seconds } s
cli-sync-progress-left = { $provider } : page { $pages }, { $products } produits, { $seconds } s, encore { $left } s environ
cli-sync-report = { $provider } : { $products } produits (ajouts : { $added }, mises à jour : { $updated }, retraits : { $gone }) en { $seconds } s ; requêtes : { $requests }, ralenties par le quota : { $throttled }
cli-search-country = --country attend un code à deux lettres comme US ou DE, et non { $country }
cli-search-none = Aucun produit ne correspond. Lancez `giftdesk sync` si le catalogue est vide.
cli-search-out-of-stock = (épuisé)
cli-operator-found = Opérateur trouvé par Bitrefill :
cli-operator-unsure = Bitrefill n'a pas pu identifier l'opérateur ; c'est l'un de ceux-ci (achetez avec --product) :
cli-operator-cryptorefills-none = Cryptorefills : aucune recharge pour { $country } dans le catalogue.
cli-operator-cryptorefills = Recharges Cryptorefills pour { $country } :
cli-esims-none = Aucun forfait eSIM pour cette destination. Lancez `giftdesk sync` si le catalogue est vide.
cli-esims-unlimited = illimité
cli-esims-data = { $gb } Go
cli-esims-days = { $days } jours
cli-esims-per-gb = ({ $price }/Go)

# `giftdesk customers`, `sell`, `sales` and `voucher` (src-tauri/cli/desk.rs, mod.rs). Amounts carry their currency
# where one is named; $key and $count of a sales row come padded.
cli-customer-added = Client { $id } ajouté : { $name }
cli-customers-none = Aucun client pour l'instant : `giftdesk customers add --name NAME`.
cli-customer-history =
    { $name } : { $purchases ->
        [one] { $purchases } achat
       *[other] { $purchases } achats
    }, { $codes ->
        [one] { $codes } code
       *[other] { $codes } codes
    }
cli-customer-total =
    { $count ->
        [one] { $count } article vendu
       *[other] { $count } articles vendus
    } pour { $sales }, coût { $cost }, marge { $margin }
cli-code-sold = Code { $id } vendu { $price }
cli-sales-written =
    { $count ->
        [one] { $count } article vendu exporté
       *[other] { $count } articles vendus exportés
    } dans { $path }.
cli-sales-row = { $key } { $count }  ventes { $sales }  coût { $cost }  marge { $margin }
cli-sales-rates = (taux : { $rates })
cli-sales-none = Aucune vente sur cette période : `giftdesk sell CODE_ID --price P --currency C` permet d'en enregistrer une.
cli-sales-needs-rate = Exclus tant qu'aucun taux n'est indiqué (`giftdesk sell … --rate R`) : codes { $codes }
cli-voucher-where = Indiquez où écrire le bon : --pdf FILE ou --png FILE
cli-vouchers-written =
    { $count ->
        [one] { $count } bon enregistré
       *[other] { $count } bons enregistrés
    } dans { $path }.
