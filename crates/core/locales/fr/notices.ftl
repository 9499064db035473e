# Native notifications about purchases (crates/core/src/tracking/notice.rs): brand and value, never the code.
notice-codes-ready = { $count ->
        [one] Code prêt
       *[other] { $count } codes prêts
    }
notice-codes-ready-body = { $brand } { $value } : disponible dans Giftdesk

# A purchase that ended badly; $what is the first line's product and face value ("Amazon.com 50").
notice-failed = Échec de l'achat
notice-failed-body = { $what } : le fournisseur n'a pas pu le livrer
notice-expired = Délai de paiement écoulé
notice-expired-body = { $what } : aucun paiement n'est arrivé à temps
notice-partly-delivered = Livraison partielle
notice-partly-delivered-body = { $what } : certains articles n'ont pas pu être livrés
