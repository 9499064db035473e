# The codes vault (crates/core/src/vault/). Ids are stable; the words may improve.

# Finding a code (vault/mod.rs; also the desk's sales and vouchers)
vault-no-code = No existe el código { $id } en la bóveda
vault-not-an-esim = El código { $id } no es una eSIM con código de activación
vault-no-esim-with-iccid = No hay ninguna eSIM con este ICCID en la bóveda; indica el ICCID de una eSIM comprada aquí (aparece en su código)

# Exports and other files written from the vault and the desk (vault/export.rs)
vault-file-exists = { $path } ya existe; elige otro nombre de archivo

# Backup and restore (vault/backup/)
vault-backup-passphrase-short = La frase de contraseña de una copia de seguridad necesita al menos { $min } caracteres; lo mejor son unas cuantas palabras que puedas recordar
vault-backup-not-a-backup = { $path } no es una copia de seguridad de Giftdesk; elige un archivo creado con "Hacer una copia de seguridad de la bóveda…"
vault-backup-not-age = { $path } no es una copia de seguridad de Giftdesk (no es un archivo age)
vault-backup-key-not-passphrase = { $path } está cifrado con una clave, no con una frase de contraseña: no lo creó Giftdesk
vault-backup-wrong-passphrase = Esta frase de contraseña no abre la copia de seguridad; escribe la que elegiste al crearla
vault-backup-cannot-open = No se pudo abrir { $path }: { $detail }
vault-backup-damaged = { $path } está dañado o incompleto; no se restauró ningún dato
vault-backup-newer = { $path } se creó con una versión más reciente de Giftdesk (su versión de datos, { $theirs }, es posterior a la de esta, { $ours }); actualiza Giftdesk y luego restaura la copia
vault-backup-code-without-contents = la copia de seguridad contiene un código sin su contenido; está dañada
vault-backup-purchase-clash = la compra { $id } de la copia de seguridad no se pudo restaurar junto a las que ya están aquí

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Un código de la bóveda se abrió, pero no se pudo leer ({ $detail })
vault-key-damaged = La clave de la bóveda en el llavero está dañada; restaura tus códigos desde una copia de seguridad
vault-backup-not-written = No se pudo escribir la copia de seguridad: { $detail }
vault-backup-not-read = No se pudo leer la copia de seguridad: { $detail }
