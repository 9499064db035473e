# The core's errors (crates/core/src/error.rs). Ids are stable; the words may improve.
error-keyring-unavailable = The system keyring could not be used ({ $detail }). Unlock your keyring (log in to your desktop session, or start a Secret Service such as GNOME Keyring or KWallet) and try again; for scripts, set the GIFTDESK_* credential variables instead
error-not-configured = { $provider } is not configured: add its credentials in Settings or with `giftdesk login { $id }`
error-store = The local database could not be used: { $detail }
error-migrate = The local database could not be upgraded: { $detail }
error-provider = { $provider } answered HTTP { $status }: { $message }
error-provider-coded = { $provider } answered HTTP { $status } ({ $code }): { $message }
error-unexpected-response = { $provider } answered something Giftdesk cannot read ({ $detail }); try again later
error-network = Could not reach { $provider } ({ $detail }). Check this computer's internet connection and try again
error-rate-budget = { $provider }'s request allowance for this account is spent for the next { $seconds } s; the catalog continues then (purchases and tracking keep their share)
