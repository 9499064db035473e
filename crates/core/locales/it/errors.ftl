# The core's errors (crates/core/src/error.rs). Ids are stable; the words may improve.
error-keyring-unavailable = Impossibile usare il portachiavi di sistema ({ $detail }). Sblocca il portachiavi (accedi alla sessione desktop, oppure avvia un servizio Secret Service come GNOME Keyring o KWallet) e riprova; negli script, imposta invece le variabili di credenziali GIFTDESK_*
error-not-configured = { $provider } non è configurato: aggiungi le sue credenziali nelle Impostazioni oppure con `giftdesk login { $id }`
error-store = Impossibile usare il database locale: { $detail }
error-migrate = Impossibile aggiornare il database locale: { $detail }
error-provider = { $provider } ha risposto HTTP { $status }: { $message }
error-provider-coded = { $provider } ha risposto HTTP { $status } ({ $code }): { $message }
error-unexpected-response = { $provider } ha inviato una risposta che Giftdesk non sa leggere ({ $detail }); riprova più tardi
error-network = Impossibile raggiungere { $provider } ({ $detail }). Controlla la connessione a internet di questo computer e riprova
error-rate-budget = La quota di richieste di { $provider } per questo account è esaurita per i prossimi { $seconds } s; poi il catalogo riprenderà ad aggiornarsi (acquisti e monitoraggio conservano la loro parte)
