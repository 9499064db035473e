# A provider's refusal in the reseller's words (crates/core/src/checkout/problems.rs): for each provider's code,
# what happened and, in the `-action` message, the next step. Ids are stable; the words may improve.

# Bitrefill's error codes (invoice creation, top-ups, paying, auth, limits).
problem-bitrefill-unsupported-payment-method = Bitrefill n'accepte pas ce moyen de paiement.
problem-bitrefill-unsupported-payment-method-action = Choisissez le solde ou l'une des cryptomonnaies proposées.
problem-bitrefill-missing-param = Il manque à l'achat une information dont Bitrefill a besoin.
problem-bitrefill-missing-param-action = Remplissez tous les champs de l'article et réessayez.
problem-bitrefill-parse-error = Bitrefill n'a pas pu lire la requête.
problem-bitrefill-parse-error-action = Réessayez ; si le problème persiste, signalez-le en joignant le fichier journal.
problem-bitrefill-not-found = Ce produit n'est plus vendu par Bitrefill.
problem-bitrefill-not-found-action = Actualisez le catalogue et choisissez un autre produit.
problem-bitrefill-out-of-stock = Ce produit est épuisé chez Bitrefill.
problem-bitrefill-out-of-stock-action = Réessayez plus tard, ou achetez la même marque chez Cryptorefills.
problem-bitrefill-invalid-param = Bitrefill a refusé l'une des valeurs.
problem-bitrefill-invalid-param-action = Vérifiez le montant, la quantité et le destinataire.
problem-bitrefill-too-many-items = Une facture Bitrefill contient au maximum 20 articles.
problem-bitrefill-too-many-items-action = Répartissez le panier sur plusieurs factures.
problem-bitrefill-create-invoice-failed = Bitrefill n'a pas pu créer la facture ; rien n'a été débité.
problem-bitrefill-create-invoice-failed-action = Réessayez dans une minute.
problem-bitrefill-balance-too-low = Votre solde Bitrefill est insuffisant pour cet achat.
problem-bitrefill-balance-too-low-action = Rechargez votre solde Bitrefill, ou payez en crypto.
problem-bitrefill-insufficient-funds = Votre solde Bitrefill est insuffisant pour payer cette facture.
problem-bitrefill-insufficient-funds-action = Rechargez votre solde Bitrefill, puis relancez le paiement.
problem-bitrefill-invalid-phone-number = Le numéro de téléphone n'est pas valide pour cette recharge.
problem-bitrefill-invalid-phone-number-action = Saisissez-le au format international, comme +14155551234.
problem-bitrefill-unsupported-operator = L'opérateur de ce numéro n'est pas pris en charge par ce produit.
problem-bitrefill-unsupported-operator-action = Choisissez le produit de recharge de l'opérateur du numéro.
problem-bitrefill-delivery-failed = L'opérateur a refusé la recharge pour ce numéro.
problem-bitrefill-delivery-failed-action = Vérifiez le numéro avec votre client, puis réessayez.
problem-bitrefill-already-paid = Cette facture est déjà payée ou n'existe plus.
problem-bitrefill-already-paid-action = Il n'y a plus rien à payer ; suivez l'achat dans Commandes.
problem-bitrefill-unauthorized = Bitrefill a refusé les identifiants API.
problem-bitrefill-unauthorized-action = Vérifiez la clé API dans les Paramètres.
problem-bitrefill-forbidden = Ce compte Bitrefill n'a pas d'accès API ou est suspendu.
problem-bitrefill-forbidden-action = Demandez à Bitrefill d'activer l'accès API pour ce compte.
problem-bitrefill-rate-limited = Bitrefill a demandé à Giftdesk de ralentir.
problem-bitrefill-rate-limited-action = Patientez une minute, puis réessayez.
# A code Giftdesk does not know yet: Bitrefill's own words follow as a detail.
problem-bitrefill-other = Bitrefill a refusé l'achat.
problem-bitrefill-other-action = Lisez le message de Bitrefill ci-dessous ; réessayez ou contactez l'assistance Bitrefill.
# A detail line: Bitrefill's own message, as it sent it.
problem-bitrefill-says = Message de Bitrefill : { $message }

# Cryptorefills' validation problems and HTTP-level errors.
problem-cryptorefills-amount-less-then-minimum-allowed = Le total de la commande est inférieur au minimum accepté par Cryptorefills.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Augmentez le montant ou ajoutez des articles.
problem-cryptorefills-maximum-amount-per-order-exceeded = Le total de la commande dépasse le montant maximal autorisé pour une commande.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Réduisez le montant ou répartissez-le sur plusieurs commandes.
problem-cryptorefills-daily-spending-limit-exceeded = Le compte a atteint sa limite de dépenses quotidienne.
problem-cryptorefills-daily-spending-limit-exceeded-action = Attendez demain, ou faites vérifier le compte pour obtenir des limites plus élevées.
problem-cryptorefills-monthly-spending-limit-exceeded = Le compte a atteint sa limite de dépenses mensuelle.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Attendez le mois prochain, ou faites vérifier le compte pour obtenir des limites plus élevées.
problem-cryptorefills-product-count-exceeded = Une commande contient au maximum 10 livraisons.
problem-cryptorefills-product-count-exceeded-action = Répartissez le panier sur plusieurs commandes.
problem-cryptorefills-multiple-limited-product-same-order = Une commande ne peut contenir qu'un seul produit à quantité limitée.
problem-cryptorefills-multiple-limited-product-same-order-action = Achetez les produits à quantité limitée dans des commandes séparées.
# Both NOT_AVAILABLE_PRODUCT and PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Ce produit n'est plus vendu dans ce pays.
problem-cryptorefills-product-not-available-action = Actualisez le catalogue et choisissez un autre produit ou un autre pays.
problem-cryptorefills-out-of-stock = Ce produit est épuisé chez Cryptorefills.
problem-cryptorefills-out-of-stock-action = Réessayez plus tard, ou achetez la même marque chez Bitrefill.
problem-cryptorefills-not-active = Ce produit est momentanément suspendu chez Cryptorefills.
problem-cryptorefills-not-active-action = Réessayez plus tard ou choisissez un autre produit.
problem-cryptorefills-invalid-beneficiary-account = Le destinataire ne convient pas à ce produit.
problem-cryptorefills-invalid-beneficiary-account-action = Indiquez un e-mail pour les cartes cadeaux et les eSIM, et un numéro de téléphone international (+14155551234) pour les recharges.
problem-cryptorefills-not-allowed-payment-via = Ce mode de paiement n'est pas autorisé pour cette commande.
problem-cryptorefills-not-allowed-payment-via-action = Choisissez l'un des modes autorisés indiqués ci-dessous.
problem-cryptorefills-unsupported-protocol-coin-combination = Cette cryptomonnaie n'est pas acceptée sur ce réseau.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Choisissez l'une des combinaisons cryptomonnaie et réseau indiquées ci-dessous.
problem-cryptorefills-login-required = Ce produit nécessite d'être connecté à un compte Cryptorefills.
problem-cryptorefills-login-required-action = Achetez-le sur cryptorefills.com avec un compte en marque blanche, ou choisissez un autre produit.
problem-cryptorefills-coupon-requires-login = Ce code promo nécessite d'être connecté à un compte Cryptorefills.
problem-cryptorefills-coupon-requires-login-action = Retirez le code promo, ou utilisez-le sur cryptorefills.com.
problem-cryptorefills-coupon-not-found = Ce code promo n'existe pas.
problem-cryptorefills-coupon-not-found-action = Vérifiez son orthographe, ou retirez le code promo.
problem-cryptorefills-coupon-not-active = Ce code promo n'est pas encore actif.
problem-cryptorefills-coupon-not-active-action = Retirez-le, ou utilisez-le une fois qu'il sera actif.
problem-cryptorefills-coupon-already-spent = Ce code promo a déjà été utilisé par ce compte.
problem-cryptorefills-coupon-already-spent-action = Retirez le code promo.
problem-cryptorefills-coupon-max-usage-reached = Ce code promo a atteint son nombre maximal d'utilisations.
problem-cryptorefills-coupon-max-usage-reached-action = Retirez le code promo.
problem-cryptorefills-coupon-expired = Ce code promo a expiré.
problem-cryptorefills-coupon-expired-action = Retirez le code promo.
problem-cryptorefills-coupon-below-min-amount = La commande n'atteint pas le montant minimal requis par le code promo.
problem-cryptorefills-coupon-below-min-amount-action = Ajoutez des articles, ou retirez le code promo.
problem-cryptorefills-coupon-not-valid-for-user = Ce code promo n'est pas valable pour ce compte.
problem-cryptorefills-coupon-not-valid-for-user-action = Retirez le code promo.
problem-cryptorefills-coupon-not-valid-for-category = Ce code promo ne s'applique pas à ces catégories de produits.
problem-cryptorefills-coupon-not-valid-for-category-action = Retirez le code promo ou modifiez les produits.
problem-cryptorefills-coupon-not-valid-for-kind = Ce code promo ne s'applique pas à ce type de produit.
problem-cryptorefills-coupon-not-valid-for-kind-action = Retirez le code promo ou modifiez les produits.
problem-cryptorefills-coupon-not-valid-for-brand = Ce code promo ne s'applique pas à ces marques.
problem-cryptorefills-coupon-not-valid-for-brand-action = Retirez le code promo ou changez de marques.
problem-cryptorefills-coupon-not-valid-for-country = Ce code promo n'est pas valable dans ce pays.
problem-cryptorefills-coupon-not-valid-for-country-action = Retirez le code promo.
problem-cryptorefills-coupon-not-valid-for-store = Ce code promo n'est pas valable pour cette boutique ou cette région.
problem-cryptorefills-coupon-not-valid-for-store-action = Retirez le code promo.
problem-cryptorefills-kyc-missing = Le compte doit faire vérifier son identité pour cette commande.
problem-cryptorefills-kyc-missing-action = Effectuez la vérification d'identité dans votre compte Cryptorefills, puis réessayez.
problem-cryptorefills-kyc-pending = La vérification d'identité est en cours.
problem-cryptorefills-kyc-pending-action = Attendez qu'elle soit terminée (20 minutes en général, jusqu'à 48 heures), puis réessayez.
problem-cryptorefills-verification-required = Cryptorefills demande une vérification supplémentaire pour ce compte.
problem-cryptorefills-verification-required-action = Contactez l'assistance Cryptorefills, puis réessayez.
problem-cryptorefills-fullname-missing = Pour payer en stablecoins sur Tron, le nom complet du titulaire du compte doit être renseigné.
problem-cryptorefills-fullname-missing-action = Ajoutez votre nom complet dans votre compte Cryptorefills, ou payez sur un autre réseau.
problem-cryptorefills-invalid-email-domain = Cryptorefills n'accepte pas le domaine de cette adresse e-mail.
problem-cryptorefills-invalid-email-domain-action = Utilisez une adresse e-mail permanente.
problem-cryptorefills-suspended-coin = Cette cryptomonnaie est suspendue chez Cryptorefills pour le moment.
problem-cryptorefills-suspended-coin-action = Payez avec une autre cryptomonnaie.
problem-cryptorefills-suspended-network = Ce réseau est suspendu chez Cryptorefills pour le moment.
problem-cryptorefills-suspended-network-action = Payez sur un autre réseau.
problem-cryptorefills-order-not-found = Cryptorefills n'a aucune commande avec ce numéro.
problem-cryptorefills-order-not-found-action = Vérifiez le numéro de commande.
# A code Giftdesk does not know yet: Cryptorefills' details follow.
problem-cryptorefills-other = Cryptorefills a refusé la commande.
problem-cryptorefills-other-action = Lisez les détails ci-dessous ; réessayez ou contactez l'assistance Cryptorefills.
# A detail line: one coin and network pair Cryptorefills accepts ("USDC on Solana").
problem-detail-coin-on-network = { $coin } sur { $network }

# A whole set of problems as one sentence for logs, terminals and the purchase's trail
# (crates/core/src/problem.rs): the message, the next step, the details if any, then the provider's code.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Between two details in a summary.
problem-summary-details-separator = {"\u00A0"};{" "}
