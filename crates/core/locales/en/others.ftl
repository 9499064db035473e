# The core's smaller modules. Ids are stable; the words may improve.

# What was being done with a file when the system refused (the context before the system's own words), from
# the vault, the desk, settings and tracking
files-creating = creating { $path }
files-opening = opening { $path }
files-writing = writing { $path }
files-replacing = replacing { $path }
files-locking = locking { $path }
files-could-not-read = could not read { $path }
files-could-not-write = could not write { $path }
files-could-not-replace = could not replace { $path }
files-could-not-remove = could not remove { $path }

# Credentials, checked before they are kept (crates/core/src/secrets/); a label names the credential
secrets-label-api-key = API key
secrets-label-api-id = API ID
secrets-label-api-secret = API secret
secrets-label-partner-id = partner ID
secrets-label-app-version = app version
secrets-token-empty = The { $label } is empty: paste the value from your partner account
secrets-token-too-long = The { $label } is too long: at most { $max } characters are accepted
secrets-token-characters = The { $label } may only contain letters, digits and punctuation, with no spaces
# Credentials from GIFTDESK_* variables: the variable names what to fix
secrets-variable-needs-another = { $set } is set, so { $missing } must be set too
secrets-variable-invalid = { $variable }: { $message }

# Recipients of top-ups (crates/core/src/recipients.rs): what is wrong with a typed number
recipients-not-international = "{ $number }" is not in international format: start with + and the country code, like +4915123456789
recipients-not-a-phone-number = "{ $number }" is not a phone number; write it like +4915123456789
recipients-not-in-use = { $number } is not a number in use in any country; check its digits
recipients-not-mobile = { $number } is not a mobile number in { $country }; a top-up goes to a mobile phone

# "Test connection" in Settings (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Connected. Balance: { $balance }.
accounts-connected-no-balance = Connected. The balance was not reported.
accounts-connected-coins =
    Connected. { $count ->
        [one] { $count } coin
       *[other] { $count } coins
    } accepted for payment.

# The providers' answers, as their errors show them (crates/core/src/providers/): what went wrong on the wire,
# or what a provider's answer lacked
providers-no-message = no message
providers-no-detail = no detail
providers-bitrefill-credentials-unsendable = The Bitrefill credentials contain characters HTTP cannot carry
providers-field-unsendable = { $field } contains characters HTTP cannot carry
providers-ping-without-pong = ping did not answer pong
providers-brand-list-empty = the brand list of { $country } was empty or unreadable
providers-expected-an-object = { $what }: expected an object
providers-not-json = HTTP { $status } with a body that is not JSON
providers-timed-out = the request timed out
providers-could-not-connect = could not connect
providers-answer-cut-off = the answer was cut off
providers-connection-failed = the connection failed
providers-stream-failed = the stream failed
providers-image-not-fetched = the image could not be fetched
providers-image-http = the image answered HTTP { $status }
providers-image-cut-off = the image was cut off
providers-image-empty-or-too-large = the image was empty or too large

# Following purchases (crates/core/src/tracking/): how a purchase's state was read, as its audit trail shows it
tracking-invoice-reread = Invoice re-read
tracking-reread-on-webhook = Re-read on a webhook
tracking-read-at-start = Read at start
tracking-polled = Polled
tracking-stream = Stream
tracking-stream-ended = Stream ended
tracking-delivered-without-code = order { $order } is delivered but Bitrefill sent no code yet
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = could not listen for webhooks on { $address }
tracking-webhook-listener = webhook listener

# Logging (crates/core/src/logs.rs)
logs-level-invalid = { $variable } must be a level such as error, warn, info, debug or trace: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = The keyring entry for { $provider } is not in a form Giftdesk understands ({ $detail }); enter the credentials again in Settings
clipboard-unavailable = The clipboard could not be used ({ $detail })
logs-not-opened = Could not open the log file in { $dir }: { $detail }
