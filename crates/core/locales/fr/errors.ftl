# The core's errors (crates/core/src/error.rs). Ids are stable; the words may improve.
error-keyring-unavailable = Le trousseau du système est inutilisable ({ $detail }). Déverrouillez votre trousseau (ouvrez votre session de bureau, ou démarrez un service Secret Service comme GNOME Keyring ou KWallet) puis réessayez ; pour les scripts, définissez plutôt les variables d'identifiants GIFTDESK_*
error-not-configured = { $provider } n'est pas configuré : ajoutez ses identifiants dans les Paramètres ou avec `giftdesk login { $id }`
error-store = Impossible d'utiliser la base de données locale : { $detail }
error-migrate = Impossible de mettre à niveau la base de données locale : { $detail }
error-provider = { $provider } a répondu HTTP { $status } : { $message }
error-provider-coded = { $provider } a répondu HTTP { $status } ({ $code }) : { $message }
error-unexpected-response = { $provider } a renvoyé une réponse que Giftdesk ne sait pas lire ({ $detail }) ; réessayez plus tard
error-network = Impossible de joindre { $provider } ({ $detail }). Vérifiez la connexion Internet de cet ordinateur et réessayez
error-rate-budget = Le quota de requêtes de { $provider } pour ce compte est épuisé pour les { $seconds } prochaines secondes ; le catalogue reprendra ensuite (les achats et le suivi conservent leur part)
