# The codes vault (crates/core/src/vault/). Ids are stable; the words may improve.

# Finding a code (vault/mod.rs; also the desk's sales and vouchers)
vault-no-code = O código { $id } não está no cofre
vault-not-an-esim = O código { $id } não é um eSIM com código de ativação
vault-no-esim-with-iccid = Nenhum eSIM com este ICCID está no cofre; informe o ICCID de um eSIM comprado aqui (ele aparece no código)

# Exports and other files written from the vault and the desk (vault/export.rs)
vault-file-exists = { $path } já existe; escolha outro nome de arquivo

# Backup and restore (vault/backup/)
vault-backup-passphrase-short = A frase secreta do backup precisa ter pelo menos { $min } caracteres; o ideal são algumas palavras fáceis de lembrar
vault-backup-not-a-backup = { $path } não é um backup do Giftdesk; escolha um arquivo criado com "Fazer backup do cofre…"
vault-backup-not-age = { $path } não é um backup do Giftdesk (não é um arquivo age)
vault-backup-key-not-passphrase = { $path } foi criptografado para uma chave, e não com uma frase secreta: ele não foi criado pelo Giftdesk
vault-backup-wrong-passphrase = Esta frase secreta não abre o backup; digite a que foi escolhida quando ele foi criado
vault-backup-cannot-open = Não foi possível abrir { $path }: { $detail }
vault-backup-damaged = { $path } está danificado ou incompleto; nenhum dado foi restaurado
vault-backup-newer = { $path } foi criado por uma versão mais nova do Giftdesk (a versão dos dados dele, { $theirs }, é superior à { $ours } desta); atualize o Giftdesk e depois restaure o backup
vault-backup-code-without-contents = o backup contém um código sem o conteúdo dele; o arquivo está danificado
vault-backup-purchase-clash = não foi possível restaurar a compra { $id } do backup junto com as que já estão aqui

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Um código do cofre foi aberto, mas não pôde ser lido ({ $detail })
vault-key-damaged = A chave do cofre no chaveiro está danificada; restaure seus códigos a partir de um backup
vault-backup-not-written = Não foi possível gravar o backup: { $detail }
vault-backup-not-read = Não foi possível ler o backup: { $detail }
