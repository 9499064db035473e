# The codes vault (crates/core/src/vault/). Ids are stable; the words may improve.

# Finding a code (vault/mod.rs; also the desk's sales and vouchers)
vault-no-code = Walang code na { $id } sa vault
vault-not-an-esim = Hindi eSIM na may activation string ang code { $id }
vault-no-esim-with-iccid = Walang eSIM na may ganitong ICCID sa vault; ibigay ang ICCID ng eSIM na binili rito (nakalagay sa code nito)

# Exports and other files written from the vault and the desk (vault/export.rs)
vault-file-exists = Mayroon nang { $path }; pumili ng bagong pangalan ng file

# Backup and restore (vault/backup/)
vault-backup-passphrase-short = Kailangan ng backup passphrase ng hindi bababa sa { $min } character; pinakamainam ang ilang salitang matatandaan mo
vault-backup-not-a-backup = Hindi Giftdesk backup ang { $path }; pumili ng file na ginawa ng "I-back up ang vault…"
vault-backup-not-age = Hindi Giftdesk backup ang { $path } (hindi ito age file)
vault-backup-key-not-passphrase = Naka-encrypt ang { $path } para sa isang key, hindi sa passphrase: hindi ito ginawa ng Giftdesk
vault-backup-wrong-passphrase = Hindi nabubuksan ng passphrase na ito ang backup; i-type ang passphrase na pinili noong ginawa ito
vault-backup-cannot-open = Hindi mabuksan ang { $path }: { $detail }
vault-backup-damaged = Sira o putol ang { $path }; walang data na na-restore
vault-backup-newer = Ginawa ang { $path } ng mas bagong Giftdesk (mas mataas ang data version nitong { $theirs } kaysa { $ours } ng bersyong ito); i-update ang Giftdesk, saka i-restore ito
vault-backup-code-without-contents = may code sa backup na walang laman; sira ang backup
vault-backup-purchase-clash = hindi ma-restore ang pagbiling { $id } mula sa backup dahil sumasalungat ito sa mga pagbiling narito na

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Nabuksan ang isang code sa vault pero hindi ito mabasa ({ $detail })
vault-key-damaged = Sira ang vault key sa keyring; i-restore ang mga code mo mula sa isang backup
vault-backup-not-written = Hindi maisulat ang backup: { $detail }
vault-backup-not-read = Hindi mabasa ang backup: { $detail }
