# Checkout's refusals, each naming its field and what would be accepted (crates/core/src/checkout/rules.rs).
checkout-not-a-number = “{ $text }” non è un numero; scrivilo come 25 o 12.50
checkout-no-lines = Aggiungi almeno un articolo da acquistare
checkout-one-provider = In un acquisto { $provider } tutti gli articoli devono provenire da { $provider }
checkout-quantity-range = La quantità deve essere un numero intero da 1 a { $max }
checkout-resale-price-negative = Il prezzo di vendita non può essere negativo
checkout-customer-ref-too-long = Il riferimento del cliente può contenere al massimo 200 caratteri
checkout-bitrefill-payment-methods = Bitrefill accetta balance, auto oppure uno di questi metodi: { $methods }
checkout-refund-address-needed = Un pagamento in crypto a Bitrefill richiede un indirizzo di rimborso: un tuo indirizzo { $method } su cui viene restituito un pagamento in eccesso o in difetto
checkout-coin-and-network = Cryptorefills richiede una criptovaluta e una rete, ad esempio USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills si paga in crypto: indica criptovaluta e rete, ad esempio USDC:Solana
# More units than one invoice or order holds, without `--split`; $parts is how many purchases it would take.
checkout-too-many-bitrefill = Una fattura Bitrefill contiene al massimo 20 articoli; questa ne ha { $total }. Dividila in { $parts } acquisti (`--split`, oppure “Dividi” nel carrello)
checkout-too-many-cryptorefills = Un ordine Cryptorefills contiene al massimo 10 consegne; questo ne ha { $total }. Dividilo in { $parts } acquisti (`--split`, oppure “Dividi” nel carrello)
checkout-out-of-stock = { $product } è esaurito al momento; riprova più tardi o scegli un altro prodotto
checkout-recipient-email = { $product } viene consegnato a un indirizzo email, ad esempio customer@example.com (hai indicato “{ $recipient }”)
# The denomination or amount of a line (rules.rs, and the product view's amount field through it).
checkout-no-denominations = { $product } non ha tagli fissi; indica invece un valore
checkout-no-such-denomination = { $product } non ha il taglio “{ $wanted }”; scegline uno tra: { $listed }
checkout-choose-range = Scegli un valore da { $min } a { $max }, a incrementi di { $step }
checkout-choose-listed-or-range = Scegli uno tra { $listed } oppure un valore da { $min } a { $max }
checkout-choose-listed = Scegli uno tra: { $listed }
checkout-fixed-amounts-only = { $product } si vende solo in importi fissi: { $listed }
# $max carries the currency ("100 USD") when the product names one.
checkout-value-range = Il valore deve essere compreso tra { $min } e { $max }, a incrementi di { $step } (hai indicato { $value })

# A top-up's number (crates/core/src/checkout/top_up.rs); $why says what is wrong with the number.
checkout-top-up-mobile = Una ricarica va su un numero di cellulare: { $why }
checkout-top-up-wrong-country = { $number } è un numero del paese { $country }, ma { $product } ricarica solo numeri del paese { $serves }: scegli l'operatore di { $country }

# eSIMs and their top-ups (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Cryptorefills non vende ricariche per una eSIM acquistata in precedenza; acquista invece un nuovo piano
checkout-iccid-invalid = Un ICCID è composto da 18 a 22 cifre e inizia con 89, come riportato accanto al codice QR della eSIM (il valore indicato ha { $length ->
        [one] { $length } carattere
       *[other] { $length } caratteri
    })
checkout-esim-top-up-not-esim = { $product } non è una eSIM: solo un piano eSIM può ricaricare una eSIM
checkout-esim-top-up-one-plan = Una eSIM si ricarica con un piano alla volta
checkout-esim-purchase-no-product = L'acquisto della eSIM { $iccid } non indica alcun prodotto eSIM
checkout-esim-other-product = La eSIM { $iccid } è un prodotto { $product }: ricaricala con uno dei suoi piani

# Cryptorefills orders, coins and the lookup by order id (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Cryptorefills richiede l'email dell'acquirente per la ricevuta (le ricariche non hanno un destinatario email): indica l'email del tuo account
checkout-buyer-email-invalid = “{ $email }” non è un indirizzo email valido (ad esempio you@example.com)
checkout-coin-suspended = { $pair } è momentaneamente sospeso su Cryptorefills; paga con un'altra criptovaluta o su un'altra rete
checkout-coin-not-taken = Cryptorefills non accetta { $coin } su { $network }; scegli tra: { $offered }
checkout-lookup-not-unknown = Si può cercare per ID ordine solo un acquisto Cryptorefills di cui è andata persa la risposta
checkout-order-already-linked = Questo ordine appartiene già a un altro acquisto
checkout-no-such-order = Cryptorefills non ha nessun ordine “{ $order }”

# Purchases, payments and the sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = L'acquisto “{ $id }” non esiste; `giftdesk purchases` li elenca tutti
checkout-bulk-part-taken = Questa parte dell'importazione in blocco è già in fase di acquisto (in un'altra finestra o in un altro processo)
checkout-pay-no-invoice = Questo acquisto non ha ancora una fattura Bitrefill; non c'è nulla da pagare
checkout-pay-balance-only = Da Giftdesk si pagano solo le fatture Bitrefill con il saldo; i pagamenti in crypto partono dal tuo wallet
checkout-not-balance-purchase = Questo acquisto non viene pagato con il saldo Bitrefill
checkout-simulate-sandbox-only = I pagamenti si possono simulare solo nella sandbox
checkout-no-provider-ref = Questo acquisto non ha ancora un ID del fornitore
checkout-sandbox-refused = La sandbox ha rifiutato il pagamento (già pagato o scaduto)
# Why the sandbox could not be reached (inside "Could not reach … (…)").
checkout-sandbox-not-running = la sandbox non è in esecuzione
checkout-sandbox-no-answer = la sandbox non ha risposto

# The files that tell "still sending" from "died" (crates/core/src/checkout/sending.rs); the OS's reason follows.
checkout-io-sending-directory = impossibile creare la cartella di invio
checkout-io-sending-lock-create = impossibile creare un file di blocco per l'invio
checkout-io-sending-lock-take = impossibile acquisire un blocco di invio

# A purchase's trail: each step as the reseller reads it in the purchase's timeline
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Salvato; invio a { $provider } in corso
checkout-event-invoice-created = Fattura creata
checkout-event-order-created = Ordine creato
checkout-event-unreadable-answer = { $provider } ha risposto in un formato che Giftdesk non sa leggere; registrato come inviato
checkout-event-refused = { $provider } ha rifiutato: { $problems }
checkout-event-not-sent = Non inviato, non è stato creato nulla: { $error }
checkout-event-no-answer = Nessuna risposta ({ $error }); l'acquisto potrebbe esistere su { $provider }. Giftdesk lo cercherà, ma non lo invierà mai di nuovo da solo
checkout-event-re-read = Rilettura
checkout-event-re-read-before-paying = Rilettura prima del pagamento
checkout-event-pay-nothing-sent = Nessun invio: l'acquisto risulta { $state }
checkout-event-already-paid = Già pagato: nessun invio
checkout-event-payment-under-way = Un pagamento è già in corso: nessun invio
checkout-event-paid-from-balance = Pagato con il saldo
checkout-event-payment-refused = Pagamento rifiutato: { $problem }
checkout-event-payment-no-answer = Nessuna risposta al pagamento ({ $error }); rileggi l'acquisto prima di un nuovo tentativo
checkout-event-found-by-order-id = Trovato su Cryptorefills tramite l'ID ordine

# Reconciliation of purchases whose answer was lost (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Non è stato ancora possibile cercarlo ({ $error }); resta sconosciuto e non viene reinviato nulla. Giftdesk riprova al prossimo avvio, oppure esegui `giftdesk purchases`
checkout-event-stopped-before-answer = Giftdesk si è chiuso prima della risposta del fornitore; l'acquisto viene cercato, mai reinviato
checkout-event-found-by-reconciliation = Trovato su Bitrefill tramite riconciliazione: è stato creato una sola volta
# What one look at Bitrefill's listings covered; shown inside the messages below. $from and $to are times.
checkout-reconcile-checked = { $orders ->
        [one] { $orders } ordine
       *[other] { $orders } ordini
    } e { $invoices ->
        [one] { $invoices } fattura
       *[other] { $invoices } fatture
    } (incluse quelle non pagate) elencati tra { $from } e { $to }, { $read } letti
checkout-event-never-created = Bitrefill non ha nessuna fattura per questo acquisto ({ $checked }): non è mai stato creato e non è stato addebitato nulla; acquistalo di nuovo se ti serve ancora
checkout-event-not-found-yet = Cercato su Bitrefill, non ancora trovato ({ $checked }); resta sconosciuto e non viene reinviato nulla
checkout-event-listing-incomplete = Cercato su Bitrefill, ma l'elenco non era completo ({ $checked }); resta sconosciuto e non viene reinviato nulla
checkout-event-several-match = { $count } fatture Bitrefill corrispondono ({ $checked }); verificale nel tuo account Bitrefill
