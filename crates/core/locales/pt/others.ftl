# The core's smaller modules. Ids are stable; the words may improve.

# What was being done with a file when the system refused (the context before the system's own words), from
# the vault, the desk, settings and tracking
files-creating = criando { $path }
files-opening = abrindo { $path }
files-writing = gravando { $path }
files-replacing = substituindo { $path }
files-locking = bloqueando { $path }
files-could-not-read = não foi possível ler { $path }
files-could-not-write = não foi possível gravar { $path }
files-could-not-replace = não foi possível substituir { $path }
files-could-not-remove = não foi possível remover { $path }

# Credentials, checked before they are kept (crates/core/src/secrets/); a label names the credential
# (in Portuguese, written as the Settings field's name, shown in quotes below)
secrets-label-api-key = Chave de API
secrets-label-api-id = ID de API
secrets-label-api-secret = Segredo de API
secrets-label-partner-id = ID de parceiro
secrets-label-app-version = Versão do app
secrets-token-empty = O campo "{ $label }" está vazio: cole o valor da sua conta de parceiro
secrets-token-too-long = O campo "{ $label }" é longo demais: são aceitos no máximo { $max } caracteres
secrets-token-characters = O campo "{ $label }" só pode conter letras, dígitos e pontuação, sem espaços
# Credentials from GIFTDESK_* variables: the variable names what to fix
secrets-variable-needs-another = { $set } está definida, então { $missing } também precisa ser definida
secrets-variable-invalid = { $variable }: { $message }

# Recipients of top-ups (crates/core/src/recipients.rs): what is wrong with a typed number
recipients-not-international = "{ $number }" não está no formato internacional: comece com + e o código do país, como +4915123456789
recipients-not-a-phone-number = "{ $number }" não é um número de telefone; escreva como +4915123456789
recipients-not-in-use = { $number } não é um número em uso em nenhum país; verifique os dígitos
recipients-not-mobile = { $number } não é um número de celular em { $country }; uma recarga vai para um celular

# "Test connection" in Settings (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Conectado. Saldo: { $balance }.
accounts-connected-no-balance = Conectado. O saldo não foi informado.
accounts-connected-coins =
    Conectado. { $count ->
        [one] { $count } criptomoeda aceita
       *[other] { $count } criptomoedas aceitas
    } para pagamento.

# The providers' answers, as their errors show them (crates/core/src/providers/): what went wrong on the wire,
# or what a provider's answer lacked
providers-no-message = sem mensagem
providers-no-detail = sem detalhes
providers-bitrefill-credentials-unsendable = As credenciais da Bitrefill contêm caracteres que não podem ser enviados por HTTP
providers-field-unsendable = { $field } contém caracteres que não podem ser enviados por HTTP
providers-ping-without-pong = o ping não respondeu pong
providers-brand-list-empty = a lista de marcas de { $country } veio vazia ou ilegível
providers-expected-an-object = { $what }: era esperado um objeto
providers-not-json = HTTP { $status } com um corpo que não é JSON
providers-timed-out = o tempo da requisição se esgotou
providers-could-not-connect = não foi possível conectar
providers-answer-cut-off = a resposta veio incompleta
providers-connection-failed = a conexão falhou
providers-stream-failed = o stream falhou
providers-image-not-fetched = não foi possível baixar a imagem
providers-image-http = a imagem respondeu HTTP { $status }
providers-image-cut-off = a imagem veio incompleta
providers-image-empty-or-too-large = a imagem estava vazia ou era grande demais

# Following purchases (crates/core/src/tracking/): how a purchase's state was read, as its audit trail shows it
tracking-invoice-reread = Nova consulta da fatura
tracking-reread-on-webhook = Nova consulta após um webhook
tracking-read-at-start = Consulta na inicialização
tracking-polled = Consulta periódica
tracking-stream = Atualização em tempo real
tracking-stream-ended = Fim da atualização em tempo real
tracking-delivered-without-code = o pedido { $order } foi entregue, mas a Bitrefill ainda não enviou nenhum código
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = não foi possível escutar webhooks em { $address }
tracking-webhook-listener = receptor de webhooks

# Logging (crates/core/src/logs.rs)
logs-level-invalid = { $variable } deve ser um nível como error, warn, info, debug ou trace: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = O item do chaveiro da { $provider } está em um formato que o Giftdesk não entende ({ $detail }); informe as credenciais de novo em Configurações
clipboard-unavailable = Não foi possível usar a área de transferência ({ $detail })
logs-not-opened = Não foi possível abrir o arquivo de log em { $dir }: { $detail }
