# The core's smaller modules. Ids are stable; the words may improve.

# What was being done with a file when the system refused (the context before the system's own words), from
# the vault, the desk, settings and tracking
files-creating = création de { $path }
files-opening = ouverture de { $path }
files-writing = écriture de { $path }
files-replacing = remplacement de { $path }
files-locking = verrouillage de { $path }
files-could-not-read = impossible de lire { $path }
files-could-not-write = impossible d'écrire dans { $path }
files-could-not-replace = impossible de remplacer { $path }
files-could-not-remove = impossible de supprimer { $path }

# Credentials, checked before they are kept (crates/core/src/secrets/); a label names the credential
secrets-label-api-key = Clé API
secrets-label-api-id = ID API
secrets-label-api-secret = Secret API
secrets-label-partner-id = ID partenaire
secrets-label-app-version = Version de l'application
secrets-token-empty = { $label } : aucune valeur ; collez-la depuis votre compte partenaire
secrets-token-too-long = { $label } : valeur trop longue ; { $max } caractères au maximum sont acceptés
secrets-token-characters = { $label } : seuls les lettres, les chiffres et la ponctuation sont acceptés, sans espace
# Credentials from GIFTDESK_* variables: the variable names what to fix
secrets-variable-needs-another = { $set } est défini : { $missing } doit donc l'être aussi
secrets-variable-invalid = { $variable } : { $message }

# Recipients of top-ups (crates/core/src/recipients.rs): what is wrong with a typed number
recipients-not-international = « { $number } » n'est pas au format international : commencez par + et l'indicatif du pays, comme +4915123456789
recipients-not-a-phone-number = « { $number } » n'est pas un numéro de téléphone ; écrivez-le comme +4915123456789
recipients-not-in-use = { $number } n'est un numéro attribué dans aucun pays ; vérifiez ses chiffres
recipients-not-mobile = { $number } n'est pas un numéro de mobile du pays { $country } ; une recharge s'applique à un téléphone mobile

# "Test connection" in Settings (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Connecté. Solde : { $balance }.
accounts-connected-no-balance = Connecté. Le solde n'a pas été communiqué.
accounts-connected-coins =
    Connecté. { $count ->
        [one] { $count } cryptomonnaie acceptée
       *[other] { $count } cryptomonnaies acceptées
    } pour le paiement.

# The providers' answers, as their errors show them (crates/core/src/providers/): what went wrong on the wire,
# or what a provider's answer lacked
providers-no-message = aucun message
providers-no-detail = aucun détail
providers-bitrefill-credentials-unsendable = Les identifiants Bitrefill contiennent des caractères que HTTP ne peut pas transmettre
providers-field-unsendable = { $field } contient des caractères que HTTP ne peut pas transmettre
providers-ping-without-pong = le ping n'a pas reçu la réponse « pong »
providers-brand-list-empty = la liste des marques pour { $country } était vide ou illisible
providers-expected-an-object = { $what } : un objet était attendu
providers-not-json = HTTP { $status } avec un corps qui n'est pas du JSON
providers-timed-out = le délai de la requête a expiré
providers-could-not-connect = connexion impossible
providers-answer-cut-off = la réponse a été tronquée
providers-connection-failed = la connexion a échoué
providers-stream-failed = le flux a échoué
providers-image-not-fetched = l'image n'a pas pu être récupérée
providers-image-http = l'image a renvoyé HTTP { $status }
providers-image-cut-off = l'image a été tronquée
providers-image-empty-or-too-large = l'image était vide ou trop volumineuse

# Following purchases (crates/core/src/tracking/): how a purchase's state was read, as its audit trail shows it
tracking-invoice-reread = Facture relue
tracking-reread-on-webhook = Relu suite à un webhook
tracking-read-at-start = Lu au démarrage
tracking-polled = Vérification périodique
tracking-stream = Reçu par le flux
tracking-stream-ended = Fin du flux
tracking-delivered-without-code = la commande { $order } est livrée, mais Bitrefill n'a encore envoyé aucun code
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = impossible d'écouter les webhooks sur { $address }
tracking-webhook-listener = écoute des webhooks

# Logging (crates/core/src/logs.rs)
logs-level-invalid = { $variable } doit être un niveau comme error, warn, info, debug ou trace : { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = L’entrée du trousseau pour { $provider } est dans un format que Giftdesk ne comprend pas ({ $detail }) ; saisissez de nouveau les identifiants dans les Paramètres
clipboard-unavailable = Le presse-papiers n’a pas pu être utilisé ({ $detail })
logs-not-opened = Impossible d’ouvrir le fichier journal dans { $dir } : { $detail }
