# A provider's refusal in the reseller's words (crates/core/src/checkout/problems.rs): for each provider's code,
# what happened and, in the `-action` message, the next step. Ids are stable; the words may improve.

# Bitrefill's error codes (invoice creation, top-ups, paying, auth, limits).
problem-bitrefill-unsupported-payment-method = Bitrefill non accetta questo metodo di pagamento.
problem-bitrefill-unsupported-payment-method-action = Scegli il saldo o una delle criptovalute elencate.
problem-bitrefill-missing-param = Nell'acquisto manca un dato richiesto da Bitrefill.
problem-bitrefill-missing-param-action = Compila tutti i campi dell'articolo e riprova.
problem-bitrefill-parse-error = Bitrefill non è riuscito a leggere la richiesta.
problem-bitrefill-parse-error-action = Riprova; se il problema persiste, segnalalo allegando il file di log.
problem-bitrefill-not-found = Questo prodotto non è più venduto da Bitrefill.
problem-bitrefill-not-found-action = Aggiorna il catalogo e scegli un altro prodotto.
problem-bitrefill-out-of-stock = Questo prodotto è esaurito su Bitrefill.
problem-bitrefill-out-of-stock-action = Riprova più tardi, oppure acquista lo stesso brand da Cryptorefills.
problem-bitrefill-invalid-param = Bitrefill ha rifiutato uno dei valori.
problem-bitrefill-invalid-param-action = Controlla importo, quantità e destinatario.
problem-bitrefill-too-many-items = Una fattura Bitrefill contiene al massimo 20 articoli.
problem-bitrefill-too-many-items-action = Dividi il carrello in più fatture.
problem-bitrefill-create-invoice-failed = Bitrefill non è riuscito a creare la fattura; non è stato addebitato nulla.
problem-bitrefill-create-invoice-failed-action = Riprova tra un minuto.
problem-bitrefill-balance-too-low = Il tuo saldo Bitrefill non basta per questo acquisto.
problem-bitrefill-balance-too-low-action = Ricarica il saldo Bitrefill, oppure paga in crypto.
problem-bitrefill-insufficient-funds = Il tuo saldo Bitrefill non basta per pagare questa fattura.
problem-bitrefill-insufficient-funds-action = Ricarica il saldo Bitrefill, poi paga di nuovo.
problem-bitrefill-invalid-phone-number = Il numero di telefono non è valido per questa ricarica.
problem-bitrefill-invalid-phone-number-action = Inseriscilo in formato internazionale, ad esempio +14155551234.
problem-bitrefill-unsupported-operator = L'operatore di questo numero non è supportato dal prodotto.
problem-bitrefill-unsupported-operator-action = Scegli il prodotto di ricarica dell'operatore del numero.
problem-bitrefill-delivery-failed = L'operatore ha rifiutato la ricarica per questo numero.
problem-bitrefill-delivery-failed-action = Verifica il numero con il tuo cliente, poi riprova.
problem-bitrefill-already-paid = Questa fattura è già pagata o non esiste più.
problem-bitrefill-already-paid-action = Non c'è altro da pagare; segui l'acquisto in Ordini.
problem-bitrefill-unauthorized = Bitrefill ha rifiutato le credenziali API.
problem-bitrefill-unauthorized-action = Controlla la chiave API nelle Impostazioni.
problem-bitrefill-forbidden = Questo account Bitrefill non ha accesso all'API oppure è sospeso.
problem-bitrefill-forbidden-action = Chiedi a Bitrefill di abilitare l'accesso API per l'account.
problem-bitrefill-rate-limited = Bitrefill ha chiesto a Giftdesk di rallentare.
problem-bitrefill-rate-limited-action = Attendi un minuto e riprova.
# A code Giftdesk does not know yet: Bitrefill's own words follow as a detail.
problem-bitrefill-other = Bitrefill ha rifiutato l'acquisto.
problem-bitrefill-other-action = Leggi qui sotto il messaggio di Bitrefill; riprova o contatta l'assistenza Bitrefill.
# A detail line: Bitrefill's own message, as it sent it.
problem-bitrefill-says = Messaggio di Bitrefill: { $message }

# Cryptorefills' validation problems and HTTP-level errors.
problem-cryptorefills-amount-less-then-minimum-allowed = Il totale dell'ordine è inferiore al minimo accettato da Cryptorefills.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Aumenta l'importo o aggiungi articoli.
problem-cryptorefills-maximum-amount-per-order-exceeded = Il totale dell'ordine supera l'importo massimo consentito per un ordine.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Riduci l'importo o dividilo in più ordini.
problem-cryptorefills-daily-spending-limit-exceeded = L'account ha raggiunto il limite di spesa giornaliero.
problem-cryptorefills-daily-spending-limit-exceeded-action = Attendi fino a domani, oppure verifica l'account per ottenere limiti più alti.
problem-cryptorefills-monthly-spending-limit-exceeded = L'account ha raggiunto il limite di spesa mensile.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Attendi il mese prossimo, oppure verifica l'account per ottenere limiti più alti.
problem-cryptorefills-product-count-exceeded = Un ordine contiene al massimo 10 consegne.
problem-cryptorefills-product-count-exceeded-action = Dividi il carrello in più ordini.
problem-cryptorefills-multiple-limited-product-same-order = Un ordine può contenere un solo prodotto a disponibilità limitata.
problem-cryptorefills-multiple-limited-product-same-order-action = Acquista i prodotti a disponibilità limitata in ordini separati.
# Both NOT_AVAILABLE_PRODUCT and PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Questo prodotto non è più venduto in questo paese.
problem-cryptorefills-product-not-available-action = Aggiorna il catalogo e scegli un altro prodotto o paese.
problem-cryptorefills-out-of-stock = Questo prodotto è esaurito su Cryptorefills.
problem-cryptorefills-out-of-stock-action = Riprova più tardi, oppure acquista lo stesso brand da Bitrefill.
problem-cryptorefills-not-active = Questo prodotto è temporaneamente sospeso su Cryptorefills.
problem-cryptorefills-not-active-action = Riprova più tardi o scegli un altro prodotto.
problem-cryptorefills-invalid-beneficiary-account = Il destinatario non è adatto a questo prodotto.
problem-cryptorefills-invalid-beneficiary-account-action = Usa un'email per gift card ed eSIM, un numero di telefono internazionale (+14155551234) per le ricariche.
problem-cryptorefills-not-allowed-payment-via = Questo metodo di pagamento non è consentito per l'ordine.
problem-cryptorefills-not-allowed-payment-via-action = Scegli uno dei metodi consentiti elencati qui sotto.
problem-cryptorefills-unsupported-protocol-coin-combination = Questa criptovaluta non è accettata su questa rete.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Scegli una delle combinazioni di criptovaluta e rete elencate qui sotto.
problem-cryptorefills-login-required = Questo prodotto richiede un accesso con un account Cryptorefills.
problem-cryptorefills-login-required-action = Acquistalo su cryptorefills.com con un account whitelabel, oppure scegli un altro prodotto.
problem-cryptorefills-coupon-requires-login = Questo coupon richiede un accesso con un account Cryptorefills.
problem-cryptorefills-coupon-requires-login-action = Rimuovi il coupon, oppure riscattalo su cryptorefills.com.
problem-cryptorefills-coupon-not-found = Il codice coupon non esiste.
problem-cryptorefills-coupon-not-found-action = Controlla come è scritto, oppure rimuovi il coupon.
problem-cryptorefills-coupon-not-active = Il coupon non è ancora attivo.
problem-cryptorefills-coupon-not-active-action = Rimuovilo, oppure usalo quando sarà attivo.
problem-cryptorefills-coupon-already-spent = Il coupon è già stato usato da questo account.
problem-cryptorefills-coupon-already-spent-action = Rimuovi il coupon.
problem-cryptorefills-coupon-max-usage-reached = Il coupon ha raggiunto il numero massimo di utilizzi.
problem-cryptorefills-coupon-max-usage-reached-action = Rimuovi il coupon.
problem-cryptorefills-coupon-expired = Il coupon è scaduto.
problem-cryptorefills-coupon-expired-action = Rimuovi il coupon.
problem-cryptorefills-coupon-below-min-amount = L'ordine non raggiunge l'importo minimo del coupon.
problem-cryptorefills-coupon-below-min-amount-action = Aggiungi articoli, oppure rimuovi il coupon.
problem-cryptorefills-coupon-not-valid-for-user = Il coupon non è valido per questo account.
problem-cryptorefills-coupon-not-valid-for-user-action = Rimuovi il coupon.
problem-cryptorefills-coupon-not-valid-for-category = Il coupon non si applica a queste categorie di prodotti.
problem-cryptorefills-coupon-not-valid-for-category-action = Rimuovi il coupon o cambia i prodotti.
problem-cryptorefills-coupon-not-valid-for-kind = Il coupon non si applica a questo tipo di prodotto.
problem-cryptorefills-coupon-not-valid-for-kind-action = Rimuovi il coupon o cambia i prodotti.
problem-cryptorefills-coupon-not-valid-for-brand = Il coupon non si applica a questi brand.
problem-cryptorefills-coupon-not-valid-for-brand-action = Rimuovi il coupon o cambia i brand.
problem-cryptorefills-coupon-not-valid-for-country = Il coupon non è valido in questo paese.
problem-cryptorefills-coupon-not-valid-for-country-action = Rimuovi il coupon.
problem-cryptorefills-coupon-not-valid-for-store = Il coupon non è valido per questo negozio o questa regione.
problem-cryptorefills-coupon-not-valid-for-store-action = Rimuovi il coupon.
problem-cryptorefills-kyc-missing = Per questo ordine l'account deve verificare la propria identità.
problem-cryptorefills-kyc-missing-action = Completa la verifica dell'identità nel tuo account Cryptorefills, poi riprova.
problem-cryptorefills-kyc-pending = La verifica dell'identità è in corso.
problem-cryptorefills-kyc-pending-action = Attendi che si concluda (di solito 20 minuti, fino a 48 ore), poi riprova.
problem-cryptorefills-verification-required = Cryptorefills richiede ulteriori verifiche per questo account.
problem-cryptorefills-verification-required-action = Contatta l'assistenza Cryptorefills, poi riprova.
problem-cryptorefills-fullname-missing = Per pagare in stablecoin su Tron, l'account deve avere registrato il nome completo del titolare.
problem-cryptorefills-fullname-missing-action = Aggiungi il tuo nome completo nel tuo account Cryptorefills, oppure paga su un'altra rete.
problem-cryptorefills-invalid-email-domain = Cryptorefills non accetta il dominio di questa email.
problem-cryptorefills-invalid-email-domain-action = Usa un indirizzo email permanente.
problem-cryptorefills-suspended-coin = Questa criptovaluta è momentaneamente sospesa su Cryptorefills.
problem-cryptorefills-suspended-coin-action = Paga con un'altra criptovaluta.
problem-cryptorefills-suspended-network = Questa rete è momentaneamente sospesa su Cryptorefills.
problem-cryptorefills-suspended-network-action = Paga su un'altra rete.
problem-cryptorefills-order-not-found = Cryptorefills non ha nessun ordine con questo ID.
problem-cryptorefills-order-not-found-action = Controlla l'ID dell'ordine.
# A code Giftdesk does not know yet: Cryptorefills' details follow.
problem-cryptorefills-other = Cryptorefills ha rifiutato l'ordine.
problem-cryptorefills-other-action = Leggi i dettagli qui sotto; riprova o contatta l'assistenza Cryptorefills.
# A detail line: one coin and network pair Cryptorefills accepts ("USDC on Solana").
problem-detail-coin-on-network = { $coin } su { $network }

# A whole set of problems as one sentence for logs, terminals and the purchase's trail
# (crates/core/src/problem.rs): the message, the next step, the details if any, then the provider's code.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Between two details in a summary.
problem-summary-details-separator = ;{" "}
