# The core's smaller modules. Ids are stable; the words may improve.

# What was being done with a file when the system refused (the context before the system's own words), from
# the vault, the desk, settings and tracking
files-creating = ginagawa ang { $path }
files-opening = binubuksan ang { $path }
files-writing = isinusulat ang { $path }
files-replacing = pinapalitan ang { $path }
files-locking = nilo-lock ang { $path }
files-could-not-read = hindi mabasa ang { $path }
files-could-not-write = hindi maisulat ang { $path }
files-could-not-replace = hindi mapalitan ang { $path }
files-could-not-remove = hindi mabura ang { $path }

# Credentials, checked before they are kept (crates/core/src/secrets/); a label names the credential
secrets-label-api-key = API key
secrets-label-api-id = API ID
secrets-label-api-secret = API secret
secrets-label-partner-id = partner ID
secrets-label-app-version = bersyon ng app
secrets-token-empty = Walang laman ang { $label }: i-paste ang value mula sa iyong partner account
secrets-token-too-long = Masyadong mahaba ang { $label }: hanggang { $max } character lang ang tinatanggap
secrets-token-characters = Letra, numero at bantas lang ang puwede sa { $label }, walang espasyo
# Credentials from GIFTDESK_* variables: the variable names what to fix
secrets-variable-needs-another = Naka-set ang { $set }, kaya dapat naka-set din ang { $missing }
secrets-variable-invalid = { $variable }: { $message }

# Recipients of top-ups (crates/core/src/recipients.rs): what is wrong with a typed number
recipients-not-international = Wala sa international na format ang "{ $number }": magsimula sa + at sa country code, gaya ng +4915123456789
recipients-not-a-phone-number = Hindi phone number ang "{ $number }"; isulat ito gaya ng +4915123456789
recipients-not-in-use = Hindi ginagamit na numero sa anumang bansa ang { $number }; i-check ang mga digit nito
recipients-not-mobile = Hindi mobile number sa { $country } ang { $number }; sa mobile phone napupunta ang top-up

# "Test connection" in Settings (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Konektado. Balance: { $balance }.
accounts-connected-no-balance = Konektado. Hindi naiulat ang balance.
accounts-connected-coins =
    Konektado. { $count ->
        [one] { $count } coin
       *[other] { $count } coin
    } ang tinatanggap bilang bayad.

# The providers' answers, as their errors show them (crates/core/src/providers/): what went wrong on the wire,
# or what a provider's answer lacked
providers-no-message = walang mensahe
providers-no-detail = walang detalye
providers-bitrefill-credentials-unsendable = May mga character ang Bitrefill credentials na hindi kayang dalhin ng HTTP
providers-field-unsendable = May mga character ang { $field } na hindi kayang dalhin ng HTTP
providers-ping-without-pong = hindi sumagot ng pong ang ping
providers-brand-list-empty = walang laman o hindi mabasa ang listahan ng brand ng { $country }
providers-expected-an-object = { $what }: inaasahang object
providers-not-json = HTTP { $status } na may body na hindi JSON
providers-timed-out = nag-time out ang request
providers-could-not-connect = hindi makakonekta
providers-answer-cut-off = naputol ang sagot
providers-connection-failed = pumalya ang koneksyon
providers-stream-failed = pumalya ang stream
providers-image-not-fetched = hindi makuha ang larawan
providers-image-http = sumagot ang larawan ng HTTP { $status }
providers-image-cut-off = naputol ang larawan
providers-image-empty-or-too-large = walang laman o masyadong malaki ang larawan

# Following purchases (crates/core/src/tracking/): how a purchase's state was read, as its audit trail shows it
tracking-invoice-reread = Binasa ulit ang invoice
tracking-reread-on-webhook = Binasa ulit dahil sa webhook
tracking-read-at-start = Binasa sa pagbukas
tracking-polled = Na-poll
tracking-stream = Stream
tracking-stream-ended = Natapos ang stream
tracking-delivered-without-code = na-deliver na ang order { $order } pero wala pang ipinapadalang code ang Bitrefill
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = hindi makapakinig ng mga webhook sa { $address }
tracking-webhook-listener = webhook listener

# Logging (crates/core/src/logs.rs)
logs-level-invalid = Dapat level ang { $variable }, gaya ng error, warn, info, debug o trace: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = Hindi maintindihan ng Giftdesk ang anyo ng keyring entry para sa { $provider } ({ $detail }); ilagay muli ang credentials sa Settings
clipboard-unavailable = Hindi magamit ang clipboard ({ $detail })
logs-not-opened = Hindi mabuksan ang log file sa { $dir }: { $detail }
