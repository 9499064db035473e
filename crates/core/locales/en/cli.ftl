# The headless verbs' words for people (src-tauri/cli/). `--json` output never comes from here.
# Counts are given as numbers ($count, $codes, …): a language may select plural forms on them; English keeps "(s)".

# Errors of the verbs' own start (src-tauri/cli/mod.rs, sandbox.rs), said as "context: cause".
cli-io-runtime = could not start the async runtime
cli-io-sandbox-ports = the sandbox could not listen on its ports
cli-sandbox-scales = --time-scale and --rate-limit-scale must be 0 or more

# `giftdesk config` (src-tauri/cli/mod.rs); the labels are aligned in a column. $provider comes padded.
cli-overview =
    Giftdesk { $version }
    data      { $data }
    database  { $database } (schema { $schema })
    logs      { $logs }
    config    { $config }
    keyring   service "{ $keyring }"
cli-credential-not-configured = { $provider } not configured
cli-credential-in-keyring = { $provider } configured in the keyring ({ $hint })
cli-credential-from-environment = { $provider } configured from the environment ({ $hint })

# `giftdesk login` and the secrets it reads (src-tauri/cli/credentials.rs). Prompts are followed by a space.
cli-prompt-bitrefill-api-key = Bitrefill API key:
cli-prompt-bitrefill-api-secret = Bitrefill API secret:
cli-prompt-cryptorefills-partner-id = Cryptorefills partner ID:
cli-login-api-id-not-for-cryptorefills = --api-id is for Bitrefill business accounts; Cryptorefills needs only a partner ID
cli-io-terminal = could not read from the terminal
cli-io-stdin = could not read standard input
cli-nothing-read = nothing was read for { $field }: pipe it in or type it at the prompt

# `giftdesk backup` and `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Backup passphrase:
cli-prompt-passphrase-again = The same passphrase again:
cli-prompt-restore-passphrase = Passphrase of the backup:
cli-backup-passphrases-differ = The two passphrases differ; nothing was written
cli-backup-done =
    Backed up { $codes } code(s), { $purchases } purchase(s) and { $customers } customer(s) to { $path }.
    Keep the passphrase apart from the file: without it the backup cannot be opened.
cli-restore-done = Restored { $codes } code(s), { $purchases } purchase(s) and { $customers } customer(s) from { $path }.
# Follows cli-restore-done after a space when some rows were there already.
cli-restore-already-here = { $count } row(s) were already here and were left as they were.

# `giftdesk buy`: what to buy and how to pay (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = "{ $plan }" is not a plan id; `giftdesk esims --country CC` prints them as PRODUCT|PLAN
cli-buy-esim-provider = eSIM { $iccid } is a { $provider } eSIM; leave out --provider
cli-buy-esim-product = { $product } is not the product of eSIM { $iccid }: it takes plans of { $takes }
cli-buy-which-provider = Say which provider sells { $product } with --provider (as `giftdesk esims` lists it)
cli-buy-what = Give --provider, --product and --recipient, or --phone
cli-buy-cryptorefills-top-up-brand = Name the Cryptorefills top-up brand with --product (`giftdesk operator` lists them)
# $note is Bitrefill's own word on the number, or cli-buy-no-operator-found.
cli-buy-no-operator = { $note } `giftdesk operator` lists Cryptorefills' top-ups of its country
cli-buy-no-operator-found = Bitrefill found no operator for it.
cli-buy-operator-unsure = Bitrefill could not tell the operator of { $number }; name one with --product: { $guesses }
cli-pay-cryptorefills-coin = Cryptorefills takes COIN:NETWORK, like USDC:Solana
cli-pay-once = Give --pay once for one purchase (twice only with --from-csv)

# A purchase as `buy`, `pay`, `purchase` and `lookup` print it (src-tauri/cli/purchases.rs). Amounts carry their currency.
cli-purchase-no-provider-id = (no provider id yet)
cli-purchase-id = purchase  { $id }
cli-pay-to = Pay { $amount } to { $address }
cli-pay-to-on = Pay { $amount } on { $network } to { $address }
cli-pay-memo = Memo / tag: { $memo }
cli-pay-before = Before { $expires }
cli-pay-from-balance = Price { $amount } from balance
cli-purchase-last-step = Last step: { $note }
cli-pay-nothing-sent = Nothing was sent: it is already paid or being paid.
cli-balance = Balance: { $before } before, { $after } after
cli-purchases-none = No purchases yet.
# On standard error, from `purchases` and `track`.
cli-warning-lookup-failed = warning: purchase { $purchase } could not be looked up at its provider yet: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row comes padded to four places.
cli-bulk-pay-twice = --pay names two ways to pay { $provider }; give one per provider
cli-bulk-unreadable = { $path } cannot be read: { $error }
cli-bulk-not-utf8 = The file is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8"
cli-bulk-row-ok = row { $row }  ok      { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = row { $row }  ERROR   { $field }: { $message }
cli-bulk-plan-invoices = { $provider }: { $items } item(s) in { $purchases } invoice(s)
cli-bulk-plan-orders = { $provider }: { $items } item(s) in { $purchases } order(s)
cli-bulk-total = total { $amount }
cli-bulk-total-face-value = total { $amount } (face value)
cli-bulk-imported-before = This file was imported on { $at } ({ $batch }): --yes resumes that import; --again buys it once more.
cli-bulk-nothing-bought = Nothing was bought. { $refused } row(s) would be skipped; run again with --yes to buy the others.
cli-bulk-progress = part { $done }/{ $total }: { $provider } × { $items } item(s), rows { $rows } — { $state }
cli-bulk-not-sent-yet = not sent yet
cli-bulk-skipped = skipped: { $field }: { $message }
cli-bulk-batch-row = row { $row }  { $product }  { $result }
cli-bulk-sent = Bulk import { $batch }: { $sent } of { $parts } purchase(s) sent.
cli-bulk-sent-resume = Bulk import { $batch }: { $sent } of { $parts } purchase(s) sent; run `giftdesk buy --from-csv FILE --yes` (without --again) to resume: a purchase whose answer was lost is looked up first, never resent.
cli-bulk-awaiting-payment = Some purchases await payment: `giftdesk purchases` shows where to pay each.

# `giftdesk track` and `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count ->
        [one] { $count } code
       *[other] { $count } codes
    } ready: { $brand } { $value }
cli-track-no-provider-id = { $id } has no provider id to follow ({ $state })
cli-track-nothing = Nothing to follow: every purchase is final.
cli-track-all-final = All { $count } followed purchase(s) are final.
cli-codes-written = Wrote { $count } code(s) to { $path }: they are in plain text there; keep the file safe and delete it when done.
cli-codes-none = The vault is empty.
cli-code-hidden = •••• (use --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` and `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets takes two-letter country codes such as US,FR, not { $market }
cli-sync-progress = { $provider }: page { $pages }, { $products } products, { $seconds } s
cli-sync-progress-left = { $provider }: page { $pages }, { $products } products, { $seconds } s, about { $left } s left
cli-sync-report = { $provider }: { $products } products ({ $added } added, { $updated } updated, { $gone } gone) in { $seconds } s, { $requests } requests, { $throttled } throttled
cli-search-country = --country takes a two-letter code such as US or DE, not { $country }
cli-search-none = No products match. Run `giftdesk sync` if the catalog is empty.
cli-search-out-of-stock = (out of stock)
cli-operator-found = Bitrefill found the operator:
cli-operator-unsure = Bitrefill could not tell the operator; one of these (buy with --product):
cli-operator-cryptorefills-none = Cryptorefills: no top-ups of { $country } in the catalog.
cli-operator-cryptorefills = Cryptorefills' top-ups of { $country }:
cli-esims-none = No eSIM plans for this destination. Run `giftdesk sync` if the catalog is empty.
cli-esims-unlimited = unlimited
cli-esims-data = { $gb } GB
cli-esims-days = { $days } days
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` and `voucher` (src-tauri/cli/desk.rs, mod.rs). Amounts carry their currency
# where one is named; $key and $count of a sales row come padded.
cli-customer-added = Added customer { $id }: { $name }
cli-customers-none = No customers yet: `giftdesk customers add --name NAME`.
cli-customer-history = { $name }: { $purchases } purchase(s), { $codes } code(s)
cli-customer-total = { $count } sold for { $sales }, cost { $cost }, margin { $margin }
cli-code-sold = Code { $id } sold for { $price }
cli-sales-written = Wrote { $count } sold item(s) to { $path }.
cli-sales-row = { $key } { $count }  sales { $sales }  cost { $cost }  margin { $margin }
cli-sales-rates = (at { $rates })
cli-sales-none = No sales in this period: `giftdesk sell CODE_ID --price P --currency C` records one.
cli-sales-needs-rate = Left out until a rate is given (`giftdesk sell … --rate R`): codes { $codes }
cli-voucher-where = Say where to write the voucher: --pdf FILE or --png FILE
cli-vouchers-written = Wrote { $count } voucher(s) to { $path }.
