# The headless verbs' words for people (src-tauri/cli/). `--json` output never comes from here.
# Counts are given as numbers ($count, $codes, …): a language may select plural forms on them; English keeps "(s)".

# Errors of the verbs' own start (src-tauri/cli/mod.rs, sandbox.rs), said as "context: cause".
cli-io-runtime = không thể khởi động môi trường chạy bất đồng bộ (async runtime)
cli-io-sandbox-ports = sandbox không thể lắng nghe trên các cổng của nó
cli-sandbox-scales = --time-scale và --rate-limit-scale phải lớn hơn hoặc bằng 0

# `giftdesk config` (src-tauri/cli/mod.rs); the labels are aligned in a column. $provider comes padded.
cli-overview =
    Giftdesk { $version }
    dữ liệu        { $data }
    cơ sở dữ liệu  { $database } (lược đồ { $schema })
    nhật ký        { $logs }
    cấu hình       { $config }
    kho khóa       dịch vụ "{ $keyring }"
cli-credential-not-configured = { $provider } chưa được cấu hình
cli-credential-in-keyring = { $provider } đã được cấu hình trong kho khóa ({ $hint })
cli-credential-from-environment = { $provider } đã được cấu hình từ biến môi trường ({ $hint })

# `giftdesk login` and the secrets it reads (src-tauri/cli/credentials.rs). Prompts are followed by a space.
cli-prompt-bitrefill-api-key = Khóa API Bitrefill:
cli-prompt-bitrefill-api-secret = API secret Bitrefill:
cli-prompt-cryptorefills-partner-id = Mã đối tác Cryptorefills (Partner ID):
cli-login-api-id-not-for-cryptorefills = --api-id dành cho tài khoản doanh nghiệp Bitrefill; Cryptorefills chỉ cần mã đối tác (Partner ID)
cli-io-terminal = không thể đọc từ terminal
cli-io-stdin = không thể đọc đầu vào chuẩn (stdin)
cli-nothing-read = không đọc được gì cho { $field }: hãy truyền vào qua pipe hoặc nhập tại lời nhắc

# `giftdesk backup` and `giftdesk restore` (src-tauri/cli/backup.rs).
cli-prompt-backup-passphrase = Cụm mật khẩu cho bản sao lưu:
cli-prompt-passphrase-again = Nhập lại cụm mật khẩu:
cli-prompt-restore-passphrase = Cụm mật khẩu của bản sao lưu:
cli-backup-passphrases-differ = Hai cụm mật khẩu không khớp; chưa ghi gì
cli-backup-done =
    Đã sao lưu { $codes } mã, { $purchases } giao dịch mua và { $customers } khách hàng vào { $path }.
    Hãy cất cụm mật khẩu tách riêng khỏi tệp: không có nó, không ai mở được bản sao lưu.
cli-restore-done = Đã khôi phục { $codes } mã, { $purchases } giao dịch mua và { $customers } khách hàng từ { $path }.
# Follows cli-restore-done after a space when some rows were there already.
cli-restore-already-here = { $count } mục đã có sẵn nên được giữ nguyên.

# `giftdesk buy`: what to buy and how to pay (src-tauri/cli/purchases.rs).
cli-buy-not-a-plan-id = "{ $plan }" không phải là ID gói; `giftdesk esims --country CC` in các ID này theo dạng PRODUCT|PLAN
cli-buy-esim-provider = eSIM { $iccid } là eSIM của { $provider }; hãy bỏ --provider
cli-buy-esim-product = { $product } không phải là sản phẩm của eSIM { $iccid }: eSIM này dùng các gói của { $takes }
cli-buy-which-provider = Hãy dùng --provider để chỉ định nhà cung cấp bán { $product } (như `giftdesk esims` liệt kê)
cli-buy-what = Hãy nhập --provider, --product và --recipient, hoặc --phone
cli-buy-cryptorefills-top-up-brand = Hãy dùng --product để chỉ định thương hiệu nạp tiền của Cryptorefills (`giftdesk operator` liệt kê các thương hiệu này)
# $note is Bitrefill's own word on the number, or cli-buy-no-operator-found.
cli-buy-no-operator = { $note } `giftdesk operator` liệt kê các gói nạp tiền của Cryptorefills cho quốc gia của số này
cli-buy-no-operator-found = Bitrefill không tìm thấy nhà mạng nào cho số này.
cli-buy-operator-unsure = Bitrefill không xác định được nhà mạng của { $number }; hãy chỉ định một nhà mạng bằng --product: { $guesses }
cli-pay-cryptorefills-coin = Cryptorefills nhận COIN:NETWORK, ví dụ USDC:Solana
cli-pay-once = Chỉ nhập --pay một lần cho một giao dịch mua (hai lần chỉ khi dùng --from-csv)

# A purchase as `buy`, `pay`, `purchase` and `lookup` print it (src-tauri/cli/purchases.rs). Amounts carry their currency.
cli-purchase-no-provider-id = (chưa có ID của nhà cung cấp)
cli-purchase-id = giao dịch mua  { $id }
cli-pay-to = Thanh toán { $amount } đến { $address }
cli-pay-to-on = Thanh toán { $amount } trên mạng { $network } đến { $address }
cli-pay-memo = Memo / Tag: { $memo }
cli-pay-before = Trước { $expires }
cli-pay-from-balance = Giá { $amount }, trả bằng số dư
cli-purchase-last-step = Bước gần nhất: { $note }
cli-pay-nothing-sent = Không gửi gì: giao dịch đã được thanh toán hoặc đang được thanh toán.
cli-balance = Số dư: trước { $before }, sau { $after }
cli-purchases-none = Chưa có giao dịch mua nào.
# On standard error, from `purchases` and `track`.
cli-warning-lookup-failed = cảnh báo: chưa thể tra cứu giao dịch mua { $purchase } tại nhà cung cấp: { $error }

# `giftdesk buy --from-csv` (src-tauri/cli/bulk.rs). $row comes padded to four places.
cli-bulk-pay-twice = --pay chỉ định hai cách thanh toán cho { $provider }; mỗi nhà cung cấp chỉ nhập một cách
cli-bulk-unreadable = Không thể đọc { $path }: { $error }
cli-bulk-not-utf8 = Tệp không phải là văn bản UTF-8; hãy lưu từ bảng tính ở định dạng "CSV UTF-8"
cli-bulk-row-ok = dòng { $row }  hợp lệ  { $quantity } × { $product } { $face } → { $recipient }
cli-bulk-row-error = dòng { $row }  LỖI     { $field }: { $message }
cli-bulk-plan-invoices = { $provider }: { $items } mặt hàng trong { $purchases } hóa đơn
cli-bulk-plan-orders = { $provider }: { $items } mặt hàng trong { $purchases } đơn hàng
cli-bulk-total = tổng { $amount }
cli-bulk-total-face-value = tổng { $amount } (mệnh giá)
cli-bulk-imported-before = Tệp này đã được nhập vào { $at } ({ $batch }): --yes sẽ tiếp tục lần nhập đó; --again sẽ mua lại toàn bộ một lần nữa.
cli-bulk-nothing-bought = Chưa mua gì. { $refused } dòng sẽ bị bỏ qua; hãy chạy lại với --yes để mua các dòng còn lại.
cli-bulk-progress = phần { $done }/{ $total }: { $provider } × { $items } mặt hàng, dòng { $rows } — { $state }
cli-bulk-not-sent-yet = chưa gửi
cli-bulk-skipped = đã bỏ qua: { $field }: { $message }
cli-bulk-batch-row = dòng { $row }  { $product }  { $result }
cli-bulk-sent = Lần nhập hàng loạt { $batch }: đã gửi { $sent }/{ $parts } giao dịch mua.
cli-bulk-sent-resume = Lần nhập hàng loạt { $batch }: đã gửi { $sent }/{ $parts } giao dịch mua; hãy chạy `giftdesk buy --from-csv FILE --yes` (không kèm --again) để tiếp tục: giao dịch mua nào bị mất phản hồi sẽ được tra cứu trước, không bao giờ bị gửi lại.
cli-bulk-awaiting-payment = Một số giao dịch mua đang chờ thanh toán: `giftdesk purchases` cho biết nơi thanh toán từng giao dịch.

# `giftdesk track` and `giftdesk codes` (src-tauri/cli/follow.rs).
cli-track-codes-ready = { $at }  { $purchase }  { $count } mã đã sẵn sàng: { $brand } { $value }
cli-track-no-provider-id = { $id } chưa có ID của nhà cung cấp để theo dõi ({ $state })
cli-track-nothing = Không có gì để theo dõi: mọi giao dịch mua đều đã hoàn tất.
cli-track-all-final = Cả { $count } giao dịch mua đang theo dõi đều đã hoàn tất.
cli-codes-written = Đã ghi { $count } mã vào { $path }: các mã được lưu ở dạng văn bản thường, không mã hóa; hãy giữ tệp an toàn và xóa đi khi dùng xong.
cli-codes-none = Kho mã đang trống.
cli-code-hidden = •••• (dùng --reveal)
cli-code-pin = PIN { $pin }
cli-code-iccid = ICCID { $iccid }

# `giftdesk sync`, `search`, `operator` and `esims` (src-tauri/cli/catalog.rs).
cli-sync-markets = --markets nhận mã quốc gia hai chữ cái như US,FR, không phải { $market }
cli-sync-progress = { $provider }: trang { $pages }, { $products } sản phẩm, { $seconds } s
cli-sync-progress-left = { $provider }: trang { $pages }, { $products } sản phẩm, { $seconds } s, còn khoảng { $left } s
cli-sync-report = { $provider }: { $products } sản phẩm (thêm { $added }, cập nhật { $updated }, gỡ { $gone }) trong { $seconds } s, { $requests } yêu cầu, { $throttled } bị giới hạn tốc độ
cli-search-country = --country nhận mã hai chữ cái như US hoặc DE, không phải { $country }
cli-search-none = Không có sản phẩm nào phù hợp. Hãy chạy `giftdesk sync` nếu danh mục đang trống.
cli-search-out-of-stock = (hết hàng)
cli-operator-found = Bitrefill đã tìm thấy nhà mạng:
cli-operator-unsure = Bitrefill không xác định được nhà mạng; có thể là một trong các nhà mạng sau (mua bằng --product):
cli-operator-cryptorefills-none = Cryptorefills: danh mục không có gói nạp tiền nào cho { $country }.
cli-operator-cryptorefills = Các gói nạp tiền của Cryptorefills cho { $country }:
cli-esims-none = Không có gói eSIM nào cho điểm đến này. Hãy chạy `giftdesk sync` nếu danh mục đang trống.
cli-esims-unlimited = không giới hạn
cli-esims-data = { $gb } GB
cli-esims-days = { $days } ngày
cli-esims-per-gb = ({ $price }/GB)

# `giftdesk customers`, `sell`, `sales` and `voucher` (src-tauri/cli/desk.rs, mod.rs). Amounts carry their currency
# where one is named; $key and $count of a sales row come padded.
cli-customer-added = Đã thêm khách hàng { $id }: { $name }
cli-customers-none = Chưa có khách hàng nào: `giftdesk customers add --name NAME`.
cli-customer-history = { $name }: { $purchases } giao dịch mua, { $codes } mã
cli-customer-total = Đã bán { $count } với tổng { $sales }, chi phí { $cost }, lãi gộp { $margin }
cli-code-sold = Mã { $id } đã bán với giá { $price }
cli-sales-written = Đã ghi { $count } mặt hàng đã bán vào { $path }.
cli-sales-row = { $key } { $count }  doanh thu { $sales }  chi phí { $cost }  lãi gộp { $margin }
cli-sales-rates = (theo tỷ giá { $rates })
cli-sales-none = Không có lượt bán nào trong khoảng thời gian này: `giftdesk sell CODE_ID --price P --currency C` sẽ ghi nhận một lượt bán.
cli-sales-needs-rate = Chưa được tính cho đến khi có tỷ giá (`giftdesk sell … --rate R`): mã { $codes }
cli-voucher-where = Hãy chỉ định nơi ghi voucher: --pdf FILE hoặc --png FILE
cli-vouchers-written = Đã ghi { $count } voucher vào { $path }.
