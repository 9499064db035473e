# Native notifications about purchases (crates/core/src/tracking/notice.rs): brand and value, never the code.
notice-codes-ready = { $count ->
        [one] Codice pronto
       *[other] { $count } codici pronti
    }
notice-codes-ready-body = { $brand } { $value } è pronto in Giftdesk

# A purchase that ended badly; $what is the first line's product and face value ("Amazon.com 50").
notice-failed = Acquisto non riuscito
notice-failed-body = { $what }: il fornitore non è riuscito a consegnarlo
notice-expired = Tempo per il pagamento scaduto
notice-expired-body = { $what }: nessun pagamento ricevuto in tempo
notice-partly-delivered = Consegnato in parte
notice-partly-delivered-body = { $what }: alcuni articoli non sono stati consegnati
