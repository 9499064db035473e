# The reseller's desk (crates/core/src/desk/). Ids are stable; the words may improve.

# Prices, rates and currencies of a sale (desk/mod.rs)
desk-not-a-number = « { $text } » n'est pas un nombre ; écrivez-le comme 25 ou 12.50
desk-cannot-be-negative = La valeur ne peut pas être négative
desk-must-be-above-zero = La valeur doit être supérieure à zéro
desk-currency-code = Un code de devise, comme EUR, USD ou USDC

# The customers book (desk/customers.rs)
desk-customer-name-required = Un client doit avoir un nom (200 caractères au maximum)
desk-customer-email-invalid = « { $email } » n'est pas une adresse e-mail ; écrivez-la comme customer@example.com
desk-customer-phone-invalid = Un numéro au format international, comme +14155551234 : { $reason }
desk-customer-exists = { $name } figure déjà dans le fichier clients
desk-customer-unknown = Le client { $id } n'existe pas dans le fichier clients

# Sales reports and the books (desk/sales.rs); a rate is how a cost was brought into the sale's currency
desk-sales-group-by = Regroupez par jour, semaine, mois, marque, fournisseur ou client
desk-sales-day-format = Un jour s'écrit AAAA-MM-JJ, comme 2026-12-03 (saisi : « { $day } »)
desk-sales-provider-price = prix du fournisseur
desk-sales-rate = { $rate } par { $currency }

# The shop's logo for vouchers (desk/shop_logo.rs)
desk-logo-too-large = Un fichier de logo pèse au maximum 5 Mo ; choisissez une image plus petite
desk-logo-not-image = Le logo doit être une image PNG, JPEG ou WebP

# Bulk orders from a spreadsheet: the file (desk/bulk/sheet.rs)
desk-bulk-not-csv = Le fichier n'est pas une feuille de calcul CSV : { $detail }
desk-bulk-column-twice = La colonne « { $header } » apparaît deux fois
desk-bulk-column-unknown = Colonne « { $header } » inconnue ; les colonnes possibles sont : { $columns }
desk-bulk-columns-header = La première ligne doit nommer les colonnes, dont au moins « product » : { $columns }
desk-bulk-unreadable = Impossible de lire le fichier : { $detail }
desk-bulk-too-many-rows = Une commande groupée contient au maximum { $max } lignes ; divisez le fichier en deux
desk-bulk-no-rows = Le fichier ne contient aucune ligne sous son en-tête

# Bulk orders: each row checked (desk/bulk/check.rs)
desk-bulk-stray-cells =
    La ligne compte { $count ->
        [one] { $count } cellule
       *[other] { $count } cellules
    } de plus que l'en-tête ; une virgule décimale dans un fichier séparé par des virgules ? Écrivez 12.50, ou mettez la valeur entre guillemets
desk-bulk-product-missing = Chaque ligne doit indiquer un identifiant de produit, tel que le catalogue ou `giftdesk search` l'affiche
desk-bulk-quantity-invalid = « { $text } » n'est pas un nombre entier d'articles, comme 1 ou 10
desk-bulk-customer-no-email = { $customer } n'a pas d'e-mail dans le fichier clients ; indiquez le destinataire dans la ligne
desk-bulk-customer-no-phone = { $customer } n'a pas de numéro de téléphone dans le fichier clients ; indiquez le destinataire dans la ligne
desk-bulk-recipient-missing = Indiquez un destinataire (un e-mail, ou un numéro au format +E164 pour les recharges), ou un client du fichier clients qui en possède un
desk-bulk-provider-unknown = « { $named } » n'est pas un fournisseur ; écrivez bitrefill ou cryptorefills
desk-bulk-product-unknown = Aucun catalogue ne contient de produit « { $product } » ; synchronisez le catalogue ou vérifiez l'identifiant
desk-bulk-product-ambiguous = Les deux fournisseurs vendent « { $product } » ; précisez lequel dans la colonne provider

# Bulk orders: buying a batch (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = Aucune ligne du fichier ne peut être achetée ; corrigez les lignes signalées dans l'aperçu
desk-bulk-payment-missing = Indiquez comment payer les lignes { $provider }
desk-bulk-no-payment = Le lot n'indique aucun paiement pour { $provider }
desk-bulk-no-import = L'import groupé { $batch } n'existe pas

# Vouchers: choosing what to make (desk/voucher/mod.rs); the note is written to the purchase's audit trail
desk-voucher-none-chosen = Choisissez au moins un code pour en faire un bon
desk-voucher-per-page = Un bon par page, ou quatre sur une page A4
desk-voucher-png-one = Un PNG ne contient qu'un seul bon : choisissez un code, ou faites un PDF de plusieurs
desk-voucher-made = Bon créé pour le code { $id } ({ $form })

# Vouchers: what is printed on them for the customer (desk/voucher/card.rs, pdf.rs). The PDF's built-in fonts
# show Latin-1 only; the PNG card shows any script.
desk-voucher-pdf-title = Bons Giftdesk
desk-voucher-code = Code
desk-voucher-pin = PIN
desk-voucher-serial = N° de série
desk-voucher-claim-at = À utiliser sur : { $link }
desk-voucher-valid-until = Valable jusqu'au { $date }
