# The core's smaller modules. Ids are stable; the words may improve.

# What was being done with a file when the system refused (the context before the system's own words), from
# the vault, the desk, settings and tracking
files-creating = creazione di { $path }
files-opening = apertura di { $path }
files-writing = scrittura di { $path }
files-replacing = sostituzione di { $path }
files-locking = blocco di { $path }
files-could-not-read = impossibile leggere { $path }
files-could-not-write = impossibile scrivere { $path }
files-could-not-replace = impossibile sostituire { $path }
files-could-not-remove = impossibile rimuovere { $path }

# Credentials, checked before they are kept (crates/core/src/secrets/); a label names the credential
# Italian: capitalised like the Settings fields, and quoted in the messages below (“Chiave API”).
secrets-label-api-key = Chiave API
secrets-label-api-id = ID API
secrets-label-api-secret = Segreto API
secrets-label-partner-id = ID partner
secrets-label-app-version = Versione dell'app
secrets-token-empty = Il campo “{ $label }” è vuoto: incolla il valore dal tuo account partner
secrets-token-too-long = Il campo “{ $label }” è troppo lungo: sono accettati al massimo { $max } caratteri
secrets-token-characters = Il campo “{ $label }” può contenere solo lettere, cifre e segni di punteggiatura, senza spazi
# Credentials from GIFTDESK_* variables: the variable names what to fix
secrets-variable-needs-another = { $set } è impostata, quindi va impostata anche { $missing }
secrets-variable-invalid = { $variable }: { $message }

# Recipients of top-ups (crates/core/src/recipients.rs): what is wrong with a typed number
recipients-not-international = “{ $number }” non è in formato internazionale: inizia con + e il prefisso del paese, ad esempio +4915123456789
recipients-not-a-phone-number = “{ $number }” non è un numero di telefono; scrivilo come +4915123456789
recipients-not-in-use = { $number } non è un numero in uso in nessun paese; controlla le cifre
recipients-not-mobile = { $number } non è un numero di cellulare del paese { $country }; una ricarica va su un cellulare

# "Test connection" in Settings (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Connesso. Saldo: { $balance }.
accounts-connected-no-balance = Connesso. Il saldo non è stato comunicato.
accounts-connected-coins =
    Connesso. { $count ->
        [one] { $count } criptovaluta accettata
       *[other] { $count } criptovalute accettate
    } per il pagamento.

# The providers' answers, as their errors show them (crates/core/src/providers/): what went wrong on the wire,
# or what a provider's answer lacked
providers-no-message = nessun messaggio
providers-no-detail = nessun dettaglio
providers-bitrefill-credentials-unsendable = Le credenziali Bitrefill contengono caratteri che HTTP non può trasmettere
providers-field-unsendable = { $field } contiene caratteri che HTTP non può trasmettere
providers-ping-without-pong = il ping non ha ricevuto pong in risposta
providers-brand-list-empty = l'elenco dei brand per { $country } era vuoto o illeggibile
providers-expected-an-object = { $what }: era atteso un oggetto
providers-not-json = HTTP { $status } con un corpo che non è JSON
providers-timed-out = tempo scaduto per la richiesta
providers-could-not-connect = impossibile connettersi
providers-answer-cut-off = la risposta si è interrotta
providers-connection-failed = la connessione non è riuscita
providers-stream-failed = lo stream si è interrotto
providers-image-not-fetched = impossibile scaricare l'immagine
providers-image-http = l'immagine ha risposto HTTP { $status }
providers-image-cut-off = il download dell'immagine si è interrotto
providers-image-empty-or-too-large = l'immagine era vuota o troppo grande

# Following purchases (crates/core/src/tracking/): how a purchase's state was read, as its audit trail shows it
tracking-invoice-reread = Rilettura della fattura
tracking-reread-on-webhook = Rilettura su webhook
tracking-read-at-start = Lettura all'avvio
tracking-polled = Controllo periodico
tracking-stream = Stream
tracking-stream-ended = Fine dello stream
tracking-delivered-without-code = l'ordine { $order } risulta consegnato, ma Bitrefill non ha ancora inviato alcun codice
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = impossibile mettersi in ascolto dei webhook su { $address }
tracking-webhook-listener = ascolto dei webhook

# Logging (crates/core/src/logs.rs)
logs-level-invalid = { $variable } deve essere un livello come error, warn, info, debug o trace: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = La voce del portachiavi per { $provider } ha un formato che Giftdesk non riconosce ({ $detail }); inserisci di nuovo le credenziali nelle Impostazioni
clipboard-unavailable = Impossibile usare gli appunti ({ $detail })
logs-not-opened = Impossibile aprire il file di log in { $dir }: { $detail }
