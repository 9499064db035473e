# The headless verbs' words for people (src-tauri/cli/). `--json` output never comes from here.
# Counts are given as numbers ($count, $codes, …): a language may select plural forms on them; English keeps "(s)".
# Tagalog nouns do not change with the count, so no "(s)" is needed.

# Errors of the verbs' own start (src-tauri/cli/mod.rs, sandbox.rs), said as "context: cause".
cli-io-runtime = hindi masimulan ang async runtime
cli-io-sandbox-ports = hindi makapakinig ang sandbox sa mga port nito
cli-sandbox-scales = dapat 0 o higit pa ang --time-scale at --rate-limit-scale

# `giftdesk config` (src-tauri/cli/mod.rs); the labels are aligned in a column. $provider comes padded.
cli-overview =
    Giftdesk { $version }
    data      { $data }
    database  { $database } (schema { $schema })
    mga log   { $logs }
    config    { $config }
    keyring   serbisyong "{ $keyring }"
cli-credential-not-configured = { $provider } hindi naka-configure
cli-credential-in-keyring = { $provider } naka-configure sa keyring ({ $hint })
cli-credential-from-environment = { $provider } naka-configure mula sa environment ({ $hint })

# `giftdesk login` and the secrets it reads (src-tauri/cli/credentials.rs). Prompts are followed by a space.
cli-prompt-bitrefill-api-key = API key ng Bitrefill:
cli-prompt-bitrefill-api-secret = API secret ng Bitrefill:
cli-prompt-cryptorefills-partner-id = Partner ID ng Cryptorefills:
cli-login-api-id-not-for-cryptorefills = Para sa mga Bitrefill business account ang --api-id; partner ID lang ang kailangan ng Cryptorefills
cli-io-terminal = hindi makabasa mula sa terminal
cli-io-stdin = hindi mabasa ang standard input
cli-nothing-read = walang nabasa para sa { $field }: i-pipe ito o i-type sa prompt

# `giftdesk backup` and `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Passphrase para sa backup:
cli-prompt-passphrase-again = Ulitin ang passphrase:
cli-prompt-restore-passphrase = Passphrase ng backup:
cli-backup-passphrases-differ = Hindi magkapareho ang dalawang passphrase; walang naisulat
cli-backup-done =
    Na-back up ang { $codes } code, { $purchases } pagbili at { $customers } customer sa { $path }.
    Itago ang passphrase nang hiwalay sa file: kung wala ito, hindi mabubuksan ang backup.
cli-restore-done = Na-restore ang { $codes } code, { $purchases } pagbili at { $customers } customer mula sa { $path }.
# Follows cli-restore-done after a space when some rows were there already.
cli-restore-already-here = Narito na ang { $count } row kaya hindi na ginalaw ang mga ito.

# `giftdesk buy`: what to buy and how to pay (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = Hindi plan id ang "{ $plan }"; ipinapakita ang mga ito ng `giftdesk esims --country CC` bilang PRODUCT|PLAN
cli-buy-esim-provider = { $provider } eSIM ang eSIM { $iccid }; alisin ang --provider
cli-buy-esim-product = Hindi { $product } ang produkto ng eSIM { $iccid }: mga plan ng { $takes } ang tinatanggap nito
cli-buy-which-provider = Sabihin gamit ang --provider kung aling provider ang nagbebenta ng { $product } (gaya ng nakalista sa `giftdesk esims`)
cli-buy-what = Ibigay ang --provider, --product at --recipient, o ang --phone
cli-buy-cryptorefills-top-up-brand = Pangalanan ang top-up brand ng Cryptorefills gamit ang --product (nakalista ang mga ito sa `giftdesk operator`)
# $note is Bitrefill's own word on the number, or cli-buy-no-operator-found.
cli-buy-no-operator = { $note } Nakalista sa `giftdesk operator` ang mga top-up ng Cryptorefills para sa bansa nito
cli-buy-no-operator-found = Walang nahanap na operator ang Bitrefill para rito.
cli-buy-operator-unsure = Hindi matukoy ng Bitrefill ang operator ng { $number }; pangalanan ang isa gamit ang --product: { $guesses }
cli-pay-cryptorefills-coin = COIN:NETWORK ang tinatanggap ng Cryptorefills, gaya ng USDC:Solana
cli-pay-once = Isang beses lang ibigay ang --pay para sa isang pagbili (dalawang beses lang kapag may --from-csv)

# A purchase as `buy`, `pay`, `purchase` and `lookup` print it (src-tauri/cli/purchases.rs). Amounts carry their currency.
cli-purchase-no-provider-id = (wala pang provider id)
cli-purchase-id = pagbili  { $id }
cli-pay-to = Magbayad ng { $amount } sa { $address }
cli-pay-to-on = Magbayad ng { $amount } sa { $network } papunta sa { $address }
cli-pay-memo = Memo / tag: { $memo }
cli-pay-before = Bago ang { $expires }
cli-pay-from-balance = Presyong { $amount } mula sa balance
cli-purchase-last-step = Huling hakbang: { $note }
cli-pay-nothing-sent = Walang ipinadala: bayad na ito o kasalukuyang binabayaran.
cli-balance = Balance: { $before } bago, { $after } pagkatapos
cli-purchases-none = Wala pang pagbili.
# On standard error, from `purchases` and `track`.
cli-warning-lookup-failed = babala: hindi pa mahanap sa provider nito ang pagbiling { $purchase }: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row comes padded to four places.
cli-bulk-pay-twice = Dalawang paraan ng pagbabayad sa { $provider } ang nasa --pay; isa lang kada provider
cli-bulk-unreadable = Hindi mabasa ang { $path }: { $error }
cli-bulk-not-utf8 = Hindi UTF-8 text ang file; i-save ito mula sa spreadsheet bilang "CSV UTF-8"
cli-bulk-row-ok = row { $row }  OK      { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = row { $row }  MALI    { $field }: { $message }
cli-bulk-plan-invoices = { $provider }: { $items } item sa { $purchases } invoice
cli-bulk-plan-orders = { $provider }: { $items } item sa { $purchases } order
cli-bulk-total = kabuuan { $amount }
cli-bulk-total-face-value = kabuuan { $amount } (face value)
cli-bulk-imported-before = Na-import ang file na ito noong { $at } ({ $batch }): itutuloy ng --yes ang import na iyon; bibilhin itong muli ng --again.
cli-bulk-nothing-bought = Walang nabili. Lalaktawan ang { $refused } row; patakbuhin ulit nang may --yes para bilhin ang iba.
cli-bulk-progress = bahagi { $done }/{ $total }: { $provider } × { $items } item, mga row { $rows } — { $state }
cli-bulk-not-sent-yet = hindi pa naipapadala
cli-bulk-skipped = nilaktawan: { $field }: { $message }
cli-bulk-batch-row = row { $row }  { $product }  { $result }
cli-bulk-sent = Bulk import { $batch }: { $sent } sa { $parts } na pagbili ang naipadala.
cli-bulk-sent-resume = Bulk import { $batch }: { $sent } sa { $parts } na pagbili ang naipadala; patakbuhin ang `giftdesk buy --from-csv FILE --yes` (nang walang --again) para ituloy: hahanapin muna ang pagbiling nawala ang sagot, hindi ito ipapadala ulit.
cli-bulk-awaiting-payment = May mga pagbiling naghihintay ng bayad: ipinapakita ng `giftdesk purchases` kung saan babayaran ang bawat isa.

# `giftdesk track` and `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  handa na ang { $count ->
        [one] { $count } code
       *[other] { $count } code
    }: { $brand } { $value }
cli-track-no-provider-id = Walang provider id ang { $id } na masusubaybayan ({ $state })
cli-track-nothing = Walang susubaybayan: tapos na ang bawat pagbili.
cli-track-all-final = Tapos na ang lahat ng { $count } pagbiling sinubaybayan.
cli-codes-written = Naisulat ang { $count } code sa { $path }: plain text ang mga ito roon; ingatan ang file at burahin ito kapag tapos ka na.
cli-codes-none = Walang laman ang vault.
cli-code-hidden = •••• (gamitin ang --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` and `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = Dalawang-letrang country code ang tinatanggap ng --markets, gaya ng US,FR, hindi { $market }
cli-sync-progress = { $provider }: pahina { $pages }, { $products } produkto, { $seconds } s
cli-sync-progress-left = { $provider }: pahina { $pages }, { $products } produkto, { $seconds } s, mga { $left } s pa
cli-sync-report = { $provider }: { $products } produkto ({ $added } idinagdag, { $updated } na-update, { $gone } inalis) sa loob ng { $seconds } s, { $requests } request, { $throttled } na-throttle
cli-search-country = Dalawang-letrang code ang tinatanggap ng --country, gaya ng US o DE, hindi { $country }
cli-search-none = Walang tumutugmang produkto. Patakbuhin ang `giftdesk sync` kung walang laman ang catalog.
cli-search-out-of-stock = (ubos ang stock)
cli-operator-found = Nahanap ng Bitrefill ang operator:
cli-operator-unsure = Hindi matukoy ng Bitrefill ang operator; isa sa mga ito (bilhin gamit ang --product):
cli-operator-cryptorefills-none = Cryptorefills: walang top-up para sa { $country } sa catalog.
cli-operator-cryptorefills = Mga top-up ng Cryptorefills para sa { $country }:
cli-esims-none = Walang eSIM plan para sa destinasyong ito. Patakbuhin ang `giftdesk sync` kung walang laman ang catalog.
cli-esims-unlimited = unlimited
cli-esims-data = { $gb } GB
cli-esims-days = { $days } araw
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` and `voucher` (src-tauri/cli/desk.rs, mod.rs). Amounts carry their currency
# where one is named; $key and $count of a sales row come padded.
cli-customer-added = Naidagdag ang customer { $id }: { $name }
cli-customers-none = Wala pang customer: `giftdesk customers add --name NAME`.
cli-customer-history = { $name }: { $purchases } pagbili, { $codes } code
cli-customer-total = { $count } nabenta sa halagang { $sales }, puhunan { $cost }, tubo { $margin }
cli-code-sold = Nabenta ang code { $id } sa halagang { $price }
cli-sales-written = Naisulat ang { $count } nabentang item sa { $path }.
cli-sales-row = { $key } { $count }  benta { $sales }  puhunan { $cost }  tubo { $margin }
cli-sales-rates = (sa rate na { $rates })
cli-sales-none = Walang benta sa panahong ito: itinatala ito ng `giftdesk sell CODE_ID --price P --currency C`.
cli-sales-needs-rate = Hindi muna isinama hangga't walang rate (`giftdesk sell … --rate R`): mga code { $codes }
cli-voucher-where = Sabihin kung saan isusulat ang voucher: --pdf FILE o --png FILE
cli-vouchers-written = Naisulat ang { $count } voucher sa { $path }.
