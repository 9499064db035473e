# The codes vault (crates/core/src/vault/). Ids are stable; the words may improve.

# Finding a code (vault/mod.rs; also the desk's sales and vouchers)
vault-no-code = Il codice { $id } non è nella cassaforte
vault-not-an-esim = Il codice { $id } non è una eSIM con una stringa di attivazione
vault-no-esim-with-iccid = Nella cassaforte non c'è nessuna eSIM con questo ICCID; indica l'ICCID di una eSIM acquistata qui (è riportato sul suo codice)

# Exports and other files written from the vault and the desk (vault/export.rs)
vault-file-exists = { $path } esiste già; scegli un altro nome per il file

# Backup and restore (vault/backup/)
vault-backup-passphrase-short = Una passphrase di backup deve avere almeno { $min } caratteri; l'ideale sono alcune parole che ricorderai
vault-backup-not-a-backup = { $path } non è un backup di Giftdesk; scegli un file creato con “Esegui il backup della cassaforte…”
vault-backup-not-age = { $path } non è un backup di Giftdesk (non è un file age)
vault-backup-key-not-passphrase = { $path } è cifrato con una chiave, non con una passphrase: non è stato creato da Giftdesk
vault-backup-wrong-passphrase = Questa passphrase non apre il backup; digita quella scelta quando è stato creato
vault-backup-cannot-open = Impossibile aprire { $path }: { $detail }
vault-backup-damaged = { $path } è danneggiato o incompleto; non è stato ripristinato alcun dato
vault-backup-newer = { $path } è stato creato da una versione più recente di Giftdesk (la sua versione dei dati, { $theirs }, è successiva a quella di questa installazione, { $ours }); aggiorna Giftdesk, poi ripristinalo
vault-backup-code-without-contents = il backup contiene un codice senza il suo contenuto; è danneggiato
vault-backup-purchase-clash = impossibile ripristinare l'acquisto { $id } del backup insieme a quelli già presenti

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Un codice della cassaforte è stato aperto ma non si è potuto leggere ({ $detail })
vault-key-damaged = La chiave della cassaforte nel portachiavi è danneggiata; ripristina i tuoi codici da un backup
vault-backup-not-written = Impossibile scrivere il backup: { $detail }
vault-backup-not-read = Impossibile leggere il backup: { $detail }
