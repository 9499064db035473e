# Settings checked before they are saved (crates/core/src/settings.rs). Values in quotes are shown as typed.
settings-shop-name-too-long = A shop name holds at most 80 characters
settings-sync-out-of-range =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } is out of range: choose 15 minutes to 24 hours (1440)
settings-clipboard-not-offered =
    { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } is not offered: choose one of { $choices } seconds
settings-market-invalid = { $market } is not a country: use two-letter codes such as US or FR
settings-kinds-other = Bitrefill lists gift cards, top-ups and eSIMs on their own; choose among those
settings-forwarded-for-invalid = { $address } is not an IP address: use one such as 203.0.113.7, or leave it empty
settings-forwarded-for-private = { $address } is an address inside a private network, not the public one Cryptorefills asks for: give your public address, or leave it empty
settings-url-invalid = { $url } is not a web address: use one like https://api.example.com

# The Bitrefill webhook (settings.rs, WebhookSettings)
settings-listen-invalid = { $listen } is not a local address: use an IP and a port, such as 127.0.0.1:8787
settings-public-url-invalid = { $url } is not a public https address: Bitrefill calls it from the internet, for example https://hooks.example.com/giftdesk

# Failures the reseller can act on, though no input was refused.
settings-file-damaged = { $path } is damaged ({ $detail }); fix or delete it to start from defaults
