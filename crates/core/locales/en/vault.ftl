# The codes vault (crates/core/src/vault/). Ids are stable; the words may improve.

# Finding a code (vault/mod.rs; also the desk's sales and vouchers)
vault-no-code = There is no code { $id } in the vault
vault-not-an-esim = Code { $id } is not an eSIM with an activation string
vault-no-esim-with-iccid = No eSIM with this ICCID is in the vault; give the ICCID of an eSIM bought here (shown on its code)

# Exports and other files written from the vault and the desk (vault/export.rs)
vault-file-exists = { $path } already exists; choose a new file name

# Backup and restore (vault/backup/)
vault-backup-passphrase-short = A backup passphrase needs at least { $min } characters; a few words you will remember are best
vault-backup-not-a-backup = { $path } is not a Giftdesk backup; choose a file made by Backup…
vault-backup-not-age = { $path } is not a Giftdesk backup (not an age file)
vault-backup-key-not-passphrase = { $path } is encrypted to a key, not a passphrase: it was not made by Giftdesk
vault-backup-wrong-passphrase = This passphrase does not open the backup; type the one chosen when it was made
vault-backup-cannot-open = { $path } could not be opened: { $detail }
vault-backup-damaged = { $path } is damaged or cut short; no data was restored
vault-backup-newer = { $path } was made by a newer Giftdesk (its data version { $theirs } is above this one's { $ours }); update Giftdesk, then restore it
vault-backup-code-without-contents = the backup holds a code without its contents; it is damaged
vault-backup-purchase-clash = purchase { $id } of the backup could not be restored beside those already here

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = A code in the vault opened but could not be read ({ $detail })
vault-key-damaged = The vault key in the keyring is damaged; restore your codes from a backup
vault-backup-not-written = The backup could not be written: { $detail }
vault-backup-not-read = The backup could not be read: { $detail }
