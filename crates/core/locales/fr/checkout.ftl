# Checkout's refusals, each naming its field and what would be accepted (crates/core/src/checkout/rules.rs).
checkout-not-a-number = « { $text } » n'est pas un nombre ; écrivez-le comme 25 ou 12.50
checkout-no-lines = Ajoutez au moins un article à acheter
checkout-one-provider = Dans un achat { $provider }, tous les articles doivent provenir de { $provider }
checkout-quantity-range = La quantité doit être un nombre entier de 1 à { $max }
checkout-resale-price-negative = Le prix de vente ne peut pas être négatif
checkout-customer-ref-too-long = Une référence client contient au maximum 200 caractères
checkout-bitrefill-payment-methods = Bitrefill accepte balance, auto ou l'un de ces moyens de paiement : { $methods }
checkout-refund-address-needed = Un paiement en crypto à Bitrefill nécessite une adresse de remboursement : l'une de vos adresses { $method }, où tout paiement en trop ou insuffisant vous sera restitué
checkout-coin-and-network = Cryptorefills attend une cryptomonnaie et un réseau, comme USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills se paie en crypto : indiquez une cryptomonnaie et un réseau, comme USDC:Solana
# More units than one invoice or order holds, without `--split`; $parts is how many purchases it would take.
checkout-too-many-bitrefill = Une facture Bitrefill contient au maximum 20 articles ; celle-ci en compte { $total }. Répartissez-la en { $parts } achats (`--split`, ou « Répartir » dans le panier)
checkout-too-many-cryptorefills = Une commande Cryptorefills contient au maximum 10 livraisons ; celle-ci en compte { $total }. Répartissez-la en { $parts } achats (`--split`, ou « Répartir » dans le panier)
checkout-out-of-stock = { $product } est épuisé pour le moment ; réessayez plus tard ou choisissez un autre produit
checkout-recipient-email = { $product } est livré à une adresse e-mail, comme customer@example.com (saisi : « { $recipient } »)
# The denomination or amount of a line (rules.rs, and the product view's amount field through it).
checkout-no-denominations = { $product } n'a pas de valeurs fixes ; indiquez plutôt un montant
checkout-no-such-denomination = { $product } n'a pas de valeur « { $wanted } » ; choisissez parmi : { $listed }
checkout-choose-range = Choisissez un montant de { $min } à { $max }, par paliers de { $step }
checkout-choose-listed-or-range = Choisissez l'une de ces valeurs : { $listed }, ou un montant de { $min } à { $max }
checkout-choose-listed = Choisissez l'une de ces valeurs : { $listed }
checkout-fixed-amounts-only = { $product } n'existe qu'en montants fixes : { $listed }
# $max carries the currency ("100 USD") when the product names one.
checkout-value-range = Le montant doit être compris entre { $min } et { $max }, par paliers de { $step } (saisi : { $value })

# A top-up's number (crates/core/src/checkout/top_up.rs); $why says what is wrong with the number.
checkout-top-up-mobile = Une recharge s'applique à un numéro de mobile : { $why }
checkout-top-up-wrong-country = { $number } est un numéro du pays { $country }, et { $product } ne recharge que les numéros du pays { $serves } ; choisissez l'opérateur du pays { $country }

# eSIMs and their top-ups (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Cryptorefills ne vend pas de recharge pour une eSIM déjà achetée ; achetez plutôt un nouveau forfait
checkout-iccid-invalid = Un ICCID compte de 18 à 22 chiffres et commence par 89, comme indiqué à côté du code QR de l'eSIM (la valeur saisie compte { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    })
checkout-esim-top-up-not-esim = { $product } n'est pas une eSIM : seul un forfait eSIM permet de recharger une eSIM
checkout-esim-top-up-one-plan = Une eSIM se recharge avec un seul forfait à la fois
checkout-esim-purchase-no-product = L'achat de l'eSIM { $iccid } n'indique aucun produit eSIM
checkout-esim-other-product = L'eSIM { $iccid } est un produit { $product } : rechargez-la avec l'un de ses propres forfaits

# Cryptorefills orders, coins and the lookup by order id (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Cryptorefills a besoin de l'e-mail de l'acheteur pour le reçu (les recharges n'ont pas de destinataire e-mail) : indiquez l'e-mail de votre compte
checkout-buyer-email-invalid = « { $email } » n'est pas une adresse e-mail ; écrivez-la comme you@example.com
checkout-coin-suspended = { $pair } est suspendu chez Cryptorefills pour le moment ; payez avec une autre cryptomonnaie ou sur un autre réseau
checkout-coin-not-taken = Cryptorefills n'accepte pas { $coin } sur { $network } ; choisissez parmi : { $offered }
checkout-lookup-not-unknown = Seul un achat Cryptorefills dont la réponse a été perdue peut être recherché par numéro de commande
checkout-order-already-linked = Cette commande est déjà rattachée à un autre achat
checkout-no-such-order = Cryptorefills n'a aucune commande « { $order } »

# Purchases, payments and the sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = L'achat « { $id } » n'existe pas ; `giftdesk purchases` affiche la liste des achats
checkout-bulk-part-taken = Cette partie de l'import groupé est déjà en cours d'achat (dans une autre fenêtre ou un autre processus)
checkout-pay-no-invoice = Cet achat n'a pas encore de facture Bitrefill ; il n'y a rien à payer
checkout-pay-balance-only = Seules les factures Bitrefill réglées avec le solde se paient depuis Giftdesk ; les paiements en crypto s'envoient depuis votre portefeuille
checkout-not-balance-purchase = Cet achat n'est pas payé avec le solde Bitrefill
checkout-simulate-sandbox-only = Les paiements ne peuvent être simulés que dans le bac à sable
checkout-no-provider-ref = Cet achat n'a pas encore d'identifiant fournisseur
checkout-sandbox-refused = Le bac à sable a refusé de le payer (déjà payé ou expiré)
# Why the sandbox could not be reached (inside "Could not reach … (…)").
checkout-sandbox-not-running = le bac à sable n'est pas lancé
checkout-sandbox-no-answer = le bac à sable n'a pas répondu

# The files that tell "still sending" from "died" (crates/core/src/checkout/sending.rs); the OS's reason follows.
checkout-io-sending-directory = impossible de créer le dossier d'envoi
checkout-io-sending-lock-create = impossible de créer un verrou d'envoi
checkout-io-sending-lock-take = impossible d'acquérir un verrou d'envoi

# A purchase's trail: each step as the reseller reads it in the purchase's timeline
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Enregistré ; envoi à { $provider }
checkout-event-invoice-created = Facture créée
checkout-event-order-created = Commande créée
checkout-event-unreadable-answer = { $provider } a répondu sous une forme que Giftdesk ne sait pas lire ; l'achat reste considéré comme envoyé
checkout-event-refused = { $provider } a refusé : { $problems }
checkout-event-not-sent = Non envoyé, rien n'a été créé : { $error }
checkout-event-no-answer = Aucune réponse ({ $error }) ; l'achat existe peut-être chez { $provider }. Giftdesk va le rechercher, sans jamais le renvoyer de lui-même
checkout-event-re-read = Relu
checkout-event-re-read-before-paying = Relu avant paiement
checkout-event-pay-nothing-sent = Rien n'a été envoyé (état de la facture : { $state })
checkout-event-already-paid = Déjà payé : rien n'a été envoyé
checkout-event-payment-under-way = Un paiement est déjà en cours : rien n'a été envoyé
checkout-event-paid-from-balance = Payé avec le solde
checkout-event-payment-refused = Paiement refusé : { $problem }
checkout-event-payment-no-answer = Aucune réponse au paiement ({ $error }) ; relisez l'achat avant toute nouvelle tentative
checkout-event-found-by-order-id = Retrouvé chez Cryptorefills grâce à son numéro de commande

# Reconciliation of purchases whose answer was lost (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Recherche impossible pour l'instant ({ $error }) ; l'achat reste inconnu et rien n'est renvoyé. Giftdesk réessaiera au prochain démarrage ; vous pouvez aussi lancer `giftdesk purchases`
checkout-event-stopped-before-answer = Giftdesk s'est arrêté avant la réponse du fournisseur ; recherche de l'achat en cours, sans jamais le renvoyer
checkout-event-found-by-reconciliation = Retrouvé chez Bitrefill par rapprochement : il n'a été créé qu'une seule fois
# What one look at Bitrefill's listings covered; shown inside the messages below. $from and $to are times.
checkout-reconcile-checked = { $orders ->
        [one] { $orders } commande
       *[other] { $orders } commandes
    } et { $invoices ->
        [one] { $invoices } facture
       *[other] { $invoices } factures
    } (impayées comprises) listées entre { $from } et { $to }, { $read ->
        [one] { $read } lue
       *[other] { $read } lues
    }
checkout-event-never-created = Bitrefill n'a aucune facture pour cet achat ({ $checked }) : il n'a jamais été créé et rien n'a été débité ; achetez-le à nouveau si vous le souhaitez toujours
checkout-event-not-found-yet = Recherché chez Bitrefill, pas encore trouvé ({ $checked }) ; l'achat reste inconnu et rien n'est renvoyé
checkout-event-listing-incomplete = Recherché chez Bitrefill, mais la liste était incomplète ({ $checked }) ; l'achat reste inconnu et rien n'est renvoyé
checkout-event-several-match = { $count } factures Bitrefill correspondent ({ $checked }) ; vérifiez-les dans votre compte Bitrefill
