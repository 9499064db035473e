# The codes vault (crates/core/src/vault/). Ids are stable; the words may improve.

# Finding a code (vault/mod.rs; also the desk's sales and vouchers)
vault-no-code = Le code { $id } n'existe pas dans le coffre
vault-not-an-esim = Le code { $id } n'est pas une eSIM avec un code d'activation
vault-no-esim-with-iccid = Aucune eSIM du coffre n'a cet ICCID ; indiquez l'ICCID d'une eSIM achetée ici (il figure sur son code)

# Exports and other files written from the vault and the desk (vault/export.rs)
vault-file-exists = { $path } existe déjà ; choisissez un autre nom de fichier

# Backup and restore (vault/backup/)
vault-backup-passphrase-short = Une phrase secrète de sauvegarde compte au moins { $min } caractères ; l'idéal est quelques mots dont vous vous souviendrez
vault-backup-not-a-backup = { $path } n'est pas une sauvegarde Giftdesk ; choisissez un fichier créé avec « Sauvegarder le coffre… »
vault-backup-not-age = { $path } n'est pas une sauvegarde Giftdesk (ce n'est pas un fichier age)
vault-backup-key-not-passphrase = { $path } est chiffré pour une clé, et non avec une phrase secrète : il n'a pas été créé par Giftdesk
vault-backup-wrong-passphrase = Cette phrase secrète n'ouvre pas la sauvegarde ; saisissez celle choisie lors de sa création
vault-backup-cannot-open = Impossible d'ouvrir { $path } : { $detail }
vault-backup-damaged = { $path } est endommagé ou tronqué ; aucune donnée n'a été restaurée
vault-backup-newer = { $path } a été créé par une version plus récente de Giftdesk (sa version de données, { $theirs }, dépasse celle de cette installation, { $ours }) ; mettez Giftdesk à jour, puis restaurez-le
vault-backup-code-without-contents = la sauvegarde contient un code sans son contenu ; elle est endommagée
vault-backup-purchase-clash = l'achat { $id } de la sauvegarde n'a pas pu être restauré à côté de ceux déjà présents

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Un code du coffre a été ouvert mais n’a pas pu être lu ({ $detail })
vault-key-damaged = La clé du coffre dans le trousseau est endommagée ; restaurez vos codes depuis une sauvegarde
vault-backup-not-written = La sauvegarde n’a pas pu être écrite : { $detail }
vault-backup-not-read = La sauvegarde n’a pas pu être lue : { $detail }
