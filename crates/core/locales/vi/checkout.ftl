# Checkout's refusals, each naming its field and what would be accepted (crates/core/src/checkout/rules.rs).
checkout-not-a-number = "{ $text }" không phải là số; hãy viết như 25 hoặc 12.50
checkout-no-lines = Hãy thêm ít nhất một mặt hàng để mua
checkout-one-provider = Mọi mặt hàng trong lần thanh toán với { $provider } đều phải đến từ { $provider }
checkout-quantity-range = Số lượng phải là số nguyên từ 1 đến { $max }
checkout-resale-price-negative = Giá bán lại không được là số âm
checkout-customer-ref-too-long = Mã tham chiếu khách hàng chỉ được dài tối đa 200 ký tự
checkout-bitrefill-payment-methods = Bitrefill nhận balance (số dư), auto hoặc một trong các phương thức: { $methods }
checkout-refund-address-needed = Thanh toán cho Bitrefill bằng tiền mã hóa cần có địa chỉ hoàn tiền: một địa chỉ { $method } của bạn để nhận lại tiền khi thanh toán thừa hoặc thiếu
checkout-coin-and-network = Cryptorefills cần chỉ định đồng tiền và mạng, ví dụ USDC:Solana
checkout-cryptorefills-crypto-only = Cryptorefills chỉ nhận thanh toán bằng tiền mã hóa: hãy chỉ định đồng tiền và mạng, ví dụ USDC:Solana
# More units than one invoice or order holds, without `--split`; $parts is how many purchases it would take.
checkout-too-many-bitrefill = Mỗi hóa đơn Bitrefill chứa tối đa 20 mặt hàng; hóa đơn này có { $total }. Hãy chia thành { $parts } giao dịch mua (`--split`, hoặc nút "Chia thành…" trong giỏ hàng)
checkout-too-many-cryptorefills = Mỗi đơn hàng Cryptorefills chứa tối đa 10 lượt giao; đơn này có { $total }. Hãy chia thành { $parts } giao dịch mua (`--split`, hoặc nút "Chia thành…" trong giỏ hàng)
checkout-out-of-stock = { $product } hiện đang hết hàng; hãy thử lại sau hoặc chọn sản phẩm khác
checkout-recipient-email = { $product } được giao đến một địa chỉ email, ví dụ customer@example.com (đã nhập "{ $recipient }")
# The denomination or amount of a line (rules.rs, and the product view's amount field through it).
checkout-no-denominations = { $product } không có mệnh giá cố định; hãy nhập một giá trị
checkout-no-such-denomination = { $product } không có mệnh giá "{ $wanted }"; hãy chọn một trong các mệnh giá: { $listed }
checkout-choose-range = Hãy chọn một giá trị từ { $min } đến { $max }, bước { $step }
checkout-choose-listed-or-range = Hãy chọn một trong các mệnh giá { $listed } hoặc một giá trị từ { $min } đến { $max }
checkout-choose-listed = Hãy chọn một trong các mệnh giá: { $listed }
checkout-fixed-amounts-only = { $product } chỉ bán theo mệnh giá cố định: { $listed }
# $max carries the currency ("100 USD") when the product names one.
checkout-value-range = Giá trị phải từ { $min } đến { $max }, bước { $step } (đã nhập { $value })

# A top-up's number (crates/core/src/checkout/top_up.rs); $why says what is wrong with the number.
checkout-top-up-mobile = Chỉ có thể nạp tiền cho số di động: { $why }
checkout-top-up-wrong-country = { $number } là số của { $country }, còn { $product } chỉ nạp tiền cho số của { $serves }; hãy chọn nhà mạng của { $country }

# eSIMs and their top-ups (crates/core/src/checkout/esim.rs, buy.rs).
checkout-esim-no-cryptorefills-top-up = Cryptorefills không bán gói nạp thêm cho eSIM đã mua trước đó; hãy mua một gói mới
checkout-iccid-invalid = ICCID gồm 18 đến 22 chữ số, bắt đầu bằng 89, in bên cạnh mã QR của eSIM (giá trị đã nhập có { $length } ký tự)
checkout-esim-top-up-not-esim = { $product } không phải là eSIM: chỉ gói eSIM mới nạp thêm được cho eSIM
checkout-esim-top-up-one-plan = Mỗi lần chỉ nạp thêm được một gói cho eSIM
checkout-esim-purchase-no-product = Giao dịch mua eSIM { $iccid } không ghi sản phẩm eSIM nào
checkout-esim-other-product = eSIM { $iccid } là eSIM { $product }: hãy nạp thêm bằng một trong các gói của chính sản phẩm đó

# Cryptorefills orders, coins and the lookup by order id (crates/core/src/checkout/cryptorefills.rs).
checkout-buyer-email-needed = Cryptorefills cần email của người mua để gửi biên nhận (gói nạp tiền điện thoại không có email người nhận): hãy nhập email tài khoản của bạn
checkout-buyer-email-invalid = "{ $email }" không phải là địa chỉ email, ví dụ you@example.com
checkout-coin-suspended = { $pair } hiện đang bị tạm ngưng tại Cryptorefills; hãy thanh toán bằng đồng tiền hoặc mạng khác
checkout-coin-not-taken = Cryptorefills không nhận { $coin } trên mạng { $network }; hãy chọn một trong: { $offered }
checkout-lookup-not-unknown = Chỉ có thể tra cứu theo mã đơn hàng đối với giao dịch mua Cryptorefills bị mất phản hồi
checkout-order-already-linked = Đơn hàng này đã thuộc về một giao dịch mua khác
checkout-no-such-order = Cryptorefills không có đơn hàng "{ $order }"

# Purchases, payments and the sandbox (ledger.rs, bitrefill.rs, window.rs).
checkout-no-such-purchase = Không có giao dịch mua "{ $id }"; `giftdesk purchases` sẽ liệt kê các giao dịch mua
checkout-bulk-part-taken = Phần này của lần nhập hàng loạt đang được mua (trong một cửa sổ hoặc tiến trình khác)
checkout-pay-no-invoice = Giao dịch mua này chưa có hóa đơn Bitrefill; chưa có gì để thanh toán
checkout-pay-balance-only = Giftdesk chỉ thanh toán các hóa đơn Bitrefill trả bằng số dư; khoản thanh toán bằng tiền mã hóa được gửi từ ví của bạn
checkout-not-balance-purchase = Giao dịch mua này không được thanh toán bằng số dư Bitrefill
checkout-simulate-sandbox-only = Chỉ có thể mô phỏng thanh toán trên sandbox
checkout-no-provider-ref = Giao dịch mua này chưa có ID của nhà cung cấp
checkout-sandbox-refused = Sandbox từ chối thanh toán (đã được thanh toán hoặc đã hết hạn)
# Why the sandbox could not be reached (inside "Could not reach … (…)").
checkout-sandbox-not-running = sandbox không chạy
checkout-sandbox-no-answer = sandbox không phản hồi

# The files that tell "still sending" from "died" (crates/core/src/checkout/sending.rs); the OS's reason follows.
checkout-io-sending-directory = không thể tạo thư mục gửi
checkout-io-sending-lock-create = không thể tạo khóa gửi
checkout-io-sending-lock-take = không thể giữ khóa gửi

# A purchase's trail: each step as the reseller reads it in the purchase's timeline
# (buy.rs, bitrefill.rs, cryptorefills.rs, answers.rs, window.rs, reconcile.rs).
checkout-event-saved-sending = Đã lưu; đang gửi tới { $provider }
checkout-event-invoice-created = Đã tạo hóa đơn
checkout-event-order-created = Đã tạo đơn hàng
checkout-event-unreadable-answer = { $provider } phản hồi ở dạng Giftdesk không đọc được; vẫn được ghi nhận là đã gửi
checkout-event-refused = { $provider } từ chối: { $problems }
checkout-event-not-sent = Chưa gửi, không có gì được tạo: { $error }
checkout-event-no-answer = Không có phản hồi ({ $error }); giao dịch có thể đã được tạo tại { $provider }. Giftdesk sẽ tìm lại, nhưng không bao giờ tự gửi lại
checkout-event-re-read = Đã đọc lại
checkout-event-re-read-before-paying = Đã đọc lại trước khi thanh toán
checkout-event-pay-nothing-sent = Không gửi gì: hóa đơn đang ở trạng thái { $state }
checkout-event-already-paid = Đã thanh toán trước đó: không gửi gì
checkout-event-payment-under-way = Đang có một khoản thanh toán được xử lý: không gửi gì
checkout-event-paid-from-balance = Đã thanh toán bằng số dư
checkout-event-payment-refused = Thanh toán bị từ chối: { $problem }
checkout-event-payment-no-answer = Không có phản hồi cho khoản thanh toán ({ $error }); hãy đọc lại trước khi thử lại
checkout-event-found-by-order-id = Đã tìm thấy tại Cryptorefills theo mã đơn hàng

# Reconciliation of purchases whose answer was lost (crates/core/src/checkout/reconcile.rs).
checkout-event-lookup-failed = Chưa thể tra cứu ({ $error }); giao dịch vẫn ở trạng thái không xác định và không có gì được gửi lại. Giftdesk sẽ thử lại ở lần khởi động tiếp theo, hoặc bạn có thể chạy `giftdesk purchases`
checkout-event-stopped-before-answer = Giftdesk đã dừng trước khi nhà cung cấp phản hồi; đang tra cứu, không bao giờ gửi lại
checkout-event-found-by-reconciliation = Đã tìm thấy tại Bitrefill qua đối soát: giao dịch chỉ được tạo một lần
# What one look at Bitrefill's listings covered; shown inside the messages below. $from and $to are times.
checkout-reconcile-checked = { $orders } đơn hàng và { $invoices } hóa đơn (kể cả chưa thanh toán) được liệt kê từ { $from } đến { $to }, đã đọc { $read }
checkout-event-never-created = Bitrefill không có hóa đơn nào cho giao dịch này ({ $checked }): giao dịch chưa từng được tạo và bạn không bị trừ tiền; hãy mua lại nếu vẫn cần
checkout-event-not-found-yet = Đã tìm tại Bitrefill nhưng chưa thấy ({ $checked }); giao dịch vẫn ở trạng thái không xác định và không có gì được gửi lại
checkout-event-listing-incomplete = Đã tìm tại Bitrefill nhưng danh sách chưa đầy đủ ({ $checked }); giao dịch vẫn ở trạng thái không xác định và không có gì được gửi lại
checkout-event-several-match = Có { $count } hóa đơn Bitrefill khớp ({ $checked }); hãy kiểm tra trong tài khoản Bitrefill của bạn
