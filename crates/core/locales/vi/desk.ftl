# The reseller's desk (crates/core/src/desk/). Ids are stable; the words may improve.

# Prices, rates and currencies of a sale (desk/mod.rs)
desk-not-a-number = "{ $text }" không phải là số; hãy viết như 25 hoặc 12.50
desk-cannot-be-negative = Giá trị không được là số âm
desk-must-be-above-zero = Giá trị phải lớn hơn 0
desk-currency-code = Hãy nhập mã tiền tệ, ví dụ EUR, USD hoặc USDC

# The customers book (desk/customers.rs)
desk-customer-name-required = Khách hàng cần có tên (tối đa 200 ký tự)
desk-customer-email-invalid = "{ $email }" không phải là địa chỉ email, ví dụ customer@example.com
desk-customer-phone-invalid = Số điện thoại phải ở định dạng quốc tế, ví dụ +14155551234: { $reason }
desk-customer-exists = { $name } đã có trong sổ khách hàng
desk-customer-unknown = Không có khách hàng { $id } trong sổ khách hàng

# Sales reports and the books (desk/sales.rs); a rate is how a cost was brought into the sale's currency
desk-sales-group-by = Hãy nhóm theo ngày, tuần, tháng, thương hiệu, nhà cung cấp hoặc khách hàng
desk-sales-day-format = Ngày được viết theo dạng YYYY-MM-DD, ví dụ 2026-12-03 (đã nhập "{ $day }")
desk-sales-provider-price = giá của nhà cung cấp
desk-sales-rate = { $rate } cho mỗi { $currency }

# The shop's logo for vouchers (desk/shop_logo.rs)
desk-logo-too-large = Tệp logo chỉ được tối đa 5 MB; hãy chọn ảnh nhỏ hơn
desk-logo-not-image = Logo phải là ảnh PNG, JPEG hoặc WebP

# Bulk orders from a spreadsheet: the file (desk/bulk/sheet.rs)
desk-bulk-not-csv = Tệp không phải là bảng tính CSV: { $detail }
desk-bulk-column-twice = Cột "{ $header }" xuất hiện hai lần
desk-bulk-column-unknown = Không nhận ra cột "{ $header }"; các cột hợp lệ là: { $columns }
desk-bulk-columns-header = Dòng đầu tiên phải là tên các cột, ít nhất phải có "product": { $columns }
desk-bulk-unreadable = Không thể đọc tệp: { $detail }
desk-bulk-too-many-rows = Mỗi đơn hàng loạt chứa tối đa { $max } dòng; hãy chia tệp làm hai
desk-bulk-no-rows = Tệp không có dòng nào bên dưới dòng tiêu đề

# Bulk orders: each row checked (desk/bulk/check.rs)
desk-bulk-stray-cells = Dòng này thừa { $count } ô so với các cột ở dòng tiêu đề; có phải tệp phân tách bằng dấu phẩy đang dùng dấu phẩy thập phân? Hãy viết 12.50, hoặc đặt giá trị trong dấu ngoặc kép
desk-bulk-product-missing = Mỗi dòng phải có ID sản phẩm, như trong danh mục hoặc kết quả của `giftdesk search`
desk-bulk-quantity-invalid = Số lượng "{ $text }" không hợp lệ: hãy nhập số nguyên, ví dụ 1 hoặc 10
desk-bulk-customer-no-email = { $customer } chưa có email trong sổ khách hàng; hãy ghi người nhận vào dòng này
desk-bulk-customer-no-phone = { $customer } chưa có số điện thoại trong sổ khách hàng; hãy ghi người nhận vào dòng này
desk-bulk-recipient-missing = Hãy nhập người nhận (email, hoặc số điện thoại dạng +E164 cho nạp tiền điện thoại), hoặc một khách hàng trong sổ có sẵn thông tin đó
desk-bulk-provider-unknown = "{ $named }" không phải là nhà cung cấp; hãy ghi bitrefill hoặc cryptorefills
desk-bulk-product-unknown = Không danh mục nào có sản phẩm "{ $product }"; hãy đồng bộ danh mục hoặc kiểm tra lại ID
desk-bulk-product-ambiguous = Cả hai nhà cung cấp đều bán "{ $product }"; hãy ghi rõ nhà cung cấp ở cột provider

# Bulk orders: buying a batch (desk/bulk/mod.rs, run.rs, batches.rs)
desk-bulk-nothing-to-buy = Không có dòng nào trong tệp mua được; hãy sửa các dòng được nêu trong bản xem trước
desk-bulk-payment-missing = Hãy chọn cách thanh toán cho các dòng của { $provider }
desk-bulk-no-payment = Lô này không có cách thanh toán cho { $provider }
desk-bulk-no-import = Không có lần nhập hàng loạt { $batch }

# Vouchers: choosing what to make (desk/voucher/mod.rs); the note is written to the purchase's audit trail
desk-voucher-none-chosen = Hãy chọn ít nhất một mã để tạo voucher
desk-voucher-per-page = Một voucher mỗi trang, hoặc bốn voucher trên một trang A4
desk-voucher-png-one = Mỗi tệp PNG chỉ chứa một voucher: hãy chọn một mã, hoặc tạo PDF cho nhiều mã
desk-voucher-made = Đã tạo voucher cho mã { $id } ({ $form })

# Vouchers: what is printed on them for the customer (desk/voucher/card.rs, pdf.rs). The PDF's built-in fonts
# show Latin-1 only; the PNG card shows any script.
desk-voucher-pdf-title = Voucher Giftdesk
desk-voucher-code = Mã
desk-voucher-pin = PIN
desk-voucher-serial = Số sê-ri
desk-voucher-claim-at = Nhận tại: { $link }
desk-voucher-valid-until = Có hiệu lực đến { $date }
