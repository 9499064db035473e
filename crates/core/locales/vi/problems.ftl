# A provider's refusal in the reseller's words (crates/core/src/checkout/problems.rs): for each provider's code,
# what happened and, in the `-action` message, the next step. Ids are stable; the words may improve.

# Bitrefill's error codes (invoice creation, top-ups, paying, auth, limits).
problem-bitrefill-unsupported-payment-method = Bitrefill không chấp nhận phương thức thanh toán này.
problem-bitrefill-unsupported-payment-method-action = Hãy chọn số dư hoặc một trong các đồng tiền mã hóa được liệt kê.
problem-bitrefill-missing-param = Giao dịch mua thiếu thông tin mà Bitrefill cần.
problem-bitrefill-missing-param-action = Hãy điền đầy đủ các trường của mặt hàng rồi thử lại.
problem-bitrefill-parse-error = Bitrefill không đọc được yêu cầu.
problem-bitrefill-parse-error-action = Hãy thử lại; nếu lỗi vẫn tiếp diễn, hãy báo lỗi kèm tệp nhật ký.
problem-bitrefill-not-found = Bitrefill không còn bán sản phẩm này.
problem-bitrefill-not-found-action = Hãy làm mới danh mục và chọn sản phẩm khác.
problem-bitrefill-out-of-stock = Sản phẩm này đã hết hàng tại Bitrefill.
problem-bitrefill-out-of-stock-action = Hãy thử lại sau, hoặc mua cùng thương hiệu từ Cryptorefills.
problem-bitrefill-invalid-param = Bitrefill từ chối một trong các giá trị.
problem-bitrefill-invalid-param-action = Hãy kiểm tra số tiền, số lượng và người nhận.
problem-bitrefill-too-many-items = Mỗi hóa đơn Bitrefill chứa tối đa 20 mặt hàng.
problem-bitrefill-too-many-items-action = Hãy chia giỏ hàng thành nhiều hóa đơn.
problem-bitrefill-create-invoice-failed = Bitrefill không tạo được hóa đơn; bạn chưa bị trừ tiền.
problem-bitrefill-create-invoice-failed-action = Hãy thử lại sau một phút.
problem-bitrefill-balance-too-low = Số dư Bitrefill của bạn không đủ cho giao dịch mua này.
problem-bitrefill-balance-too-low-action = Hãy nạp thêm tiền vào số dư Bitrefill, hoặc thanh toán bằng tiền mã hóa.
problem-bitrefill-insufficient-funds = Số dư Bitrefill của bạn không đủ để thanh toán hóa đơn này.
problem-bitrefill-insufficient-funds-action = Hãy nạp thêm tiền vào số dư Bitrefill rồi thanh toán lại.
problem-bitrefill-invalid-phone-number = Số điện thoại không hợp lệ cho gói nạp tiền này.
problem-bitrefill-invalid-phone-number-action = Hãy nhập theo định dạng quốc tế, ví dụ +14155551234.
problem-bitrefill-unsupported-operator = Sản phẩm này không hỗ trợ nhà mạng của số điện thoại này.
problem-bitrefill-unsupported-operator-action = Hãy chọn sản phẩm nạp tiền dành cho nhà mạng của số này.
problem-bitrefill-delivery-failed = Nhà mạng đã từ chối nạp tiền cho số này.
problem-bitrefill-delivery-failed-action = Hãy kiểm tra lại số điện thoại với khách hàng rồi thử lại.
problem-bitrefill-already-paid = Hóa đơn này đã được thanh toán hoặc không còn tồn tại.
problem-bitrefill-already-paid-action = Không cần thanh toán thêm; hãy theo dõi giao dịch mua trong mục Đơn hàng.
problem-bitrefill-unauthorized = Bitrefill từ chối thông tin xác thực API.
problem-bitrefill-unauthorized-action = Hãy kiểm tra khóa API trong Cài đặt.
problem-bitrefill-forbidden = Tài khoản Bitrefill này không có quyền truy cập API hoặc đã bị tạm ngưng.
problem-bitrefill-forbidden-action = Hãy đề nghị Bitrefill bật quyền truy cập API cho tài khoản.
problem-bitrefill-rate-limited = Bitrefill yêu cầu Giftdesk giảm tần suất gửi yêu cầu.
problem-bitrefill-rate-limited-action = Hãy đợi một phút rồi thử lại.
# A code Giftdesk does not know yet: Bitrefill's own words follow as a detail.
problem-bitrefill-other = Bitrefill đã từ chối giao dịch mua.
problem-bitrefill-other-action = Hãy đọc thông báo của Bitrefill bên dưới; thử lại hoặc liên hệ bộ phận hỗ trợ của Bitrefill.
# A detail line: Bitrefill's own message, as it sent it.
problem-bitrefill-says = Bitrefill cho biết: { $message }

# Cryptorefills' validation problems and HTTP-level errors.
problem-cryptorefills-amount-less-then-minimum-allowed = Tổng đơn hàng thấp hơn mức tối thiểu mà Cryptorefills chấp nhận.
problem-cryptorefills-amount-less-then-minimum-allowed-action = Hãy tăng số tiền hoặc thêm mặt hàng.
problem-cryptorefills-maximum-amount-per-order-exceeded = Tổng đơn hàng vượt quá mức tối đa cho phép của một đơn hàng.
problem-cryptorefills-maximum-amount-per-order-exceeded-action = Hãy giảm số tiền hoặc chia thành nhiều đơn hàng.
problem-cryptorefills-daily-spending-limit-exceeded = Tài khoản đã đạt hạn mức chi tiêu hằng ngày.
problem-cryptorefills-daily-spending-limit-exceeded-action = Hãy đợi đến ngày mai, hoặc xác minh tài khoản để có hạn mức cao hơn.
problem-cryptorefills-monthly-spending-limit-exceeded = Tài khoản đã đạt hạn mức chi tiêu hằng tháng.
problem-cryptorefills-monthly-spending-limit-exceeded-action = Hãy đợi đến tháng sau, hoặc xác minh tài khoản để có hạn mức cao hơn.
problem-cryptorefills-product-count-exceeded = Mỗi đơn hàng chứa tối đa 10 lượt giao.
problem-cryptorefills-product-count-exceeded-action = Hãy chia giỏ hàng thành nhiều đơn hàng.
problem-cryptorefills-multiple-limited-product-same-order = Mỗi đơn hàng chỉ được có một sản phẩm giới hạn.
problem-cryptorefills-multiple-limited-product-same-order-action = Hãy mua các sản phẩm giới hạn trong những đơn hàng riêng.
# Both NOT_AVAILABLE_PRODUCT and PRODUCT_NOT_AVAILABLE.
problem-cryptorefills-product-not-available = Sản phẩm này không còn được bán tại quốc gia này.
problem-cryptorefills-product-not-available-action = Hãy làm mới danh mục và chọn sản phẩm hoặc quốc gia khác.
problem-cryptorefills-out-of-stock = Sản phẩm này đã hết hàng tại Cryptorefills.
problem-cryptorefills-out-of-stock-action = Hãy thử lại sau, hoặc mua cùng thương hiệu từ Bitrefill.
problem-cryptorefills-not-active = Sản phẩm này đang tạm ngưng tại Cryptorefills.
problem-cryptorefills-not-active-action = Hãy thử lại sau hoặc chọn sản phẩm khác.
problem-cryptorefills-invalid-beneficiary-account = Người nhận không phù hợp với sản phẩm.
problem-cryptorefills-invalid-beneficiary-account-action = Hãy dùng email cho thẻ quà tặng và eSIM, số điện thoại quốc tế (+14155551234) cho nạp tiền điện thoại.
problem-cryptorefills-not-allowed-payment-via = Cách thanh toán này không được phép cho đơn hàng.
problem-cryptorefills-not-allowed-payment-via-action = Hãy chọn một trong các cách thanh toán được phép liệt kê bên dưới.
problem-cryptorefills-unsupported-protocol-coin-combination = Đồng tiền này không được chấp nhận trên mạng này.
problem-cryptorefills-unsupported-protocol-coin-combination-action = Hãy chọn một trong các cặp đồng tiền và mạng liệt kê bên dưới.
problem-cryptorefills-login-required = Sản phẩm này yêu cầu đăng nhập tài khoản Cryptorefills.
problem-cryptorefills-login-required-action = Hãy mua sản phẩm trên cryptorefills.com bằng tài khoản whitelabel, hoặc chọn sản phẩm khác.
problem-cryptorefills-coupon-requires-login = Mã giảm giá này yêu cầu đăng nhập tài khoản Cryptorefills.
problem-cryptorefills-coupon-requires-login-action = Hãy bỏ mã giảm giá, hoặc dùng mã trên cryptorefills.com.
problem-cryptorefills-coupon-not-found = Mã giảm giá không tồn tại.
problem-cryptorefills-coupon-not-found-action = Hãy kiểm tra lại chính tả, hoặc bỏ mã giảm giá.
problem-cryptorefills-coupon-not-active = Mã giảm giá chưa có hiệu lực.
problem-cryptorefills-coupon-not-active-action = Hãy bỏ mã, hoặc dùng lại khi mã bắt đầu có hiệu lực.
problem-cryptorefills-coupon-already-spent = Tài khoản này đã dùng mã giảm giá này.
problem-cryptorefills-coupon-already-spent-action = Hãy bỏ mã giảm giá.
problem-cryptorefills-coupon-max-usage-reached = Mã giảm giá đã hết lượt sử dụng.
problem-cryptorefills-coupon-max-usage-reached-action = Hãy bỏ mã giảm giá.
problem-cryptorefills-coupon-expired = Mã giảm giá đã hết hạn.
problem-cryptorefills-coupon-expired-action = Hãy bỏ mã giảm giá.
problem-cryptorefills-coupon-below-min-amount = Đơn hàng chưa đạt giá trị tối thiểu của mã giảm giá.
problem-cryptorefills-coupon-below-min-amount-action = Hãy thêm mặt hàng, hoặc bỏ mã giảm giá.
problem-cryptorefills-coupon-not-valid-for-user = Mã giảm giá không áp dụng cho tài khoản này.
problem-cryptorefills-coupon-not-valid-for-user-action = Hãy bỏ mã giảm giá.
problem-cryptorefills-coupon-not-valid-for-category = Mã giảm giá không áp dụng cho các phân loại sản phẩm này.
problem-cryptorefills-coupon-not-valid-for-category-action = Hãy bỏ mã giảm giá hoặc đổi sản phẩm.
problem-cryptorefills-coupon-not-valid-for-kind = Mã giảm giá không áp dụng cho loại sản phẩm này.
problem-cryptorefills-coupon-not-valid-for-kind-action = Hãy bỏ mã giảm giá hoặc đổi sản phẩm.
problem-cryptorefills-coupon-not-valid-for-brand = Mã giảm giá không áp dụng cho các thương hiệu này.
problem-cryptorefills-coupon-not-valid-for-brand-action = Hãy bỏ mã giảm giá hoặc đổi thương hiệu.
problem-cryptorefills-coupon-not-valid-for-country = Mã giảm giá không có hiệu lực tại quốc gia này.
problem-cryptorefills-coupon-not-valid-for-country-action = Hãy bỏ mã giảm giá.
problem-cryptorefills-coupon-not-valid-for-store = Mã giảm giá không có hiệu lực cho cửa hàng hoặc khu vực này.
problem-cryptorefills-coupon-not-valid-for-store-action = Hãy bỏ mã giảm giá.
problem-cryptorefills-kyc-missing = Tài khoản phải xác minh danh tính để đặt đơn hàng này.
problem-cryptorefills-kyc-missing-action = Hãy hoàn tất xác minh danh tính trong tài khoản Cryptorefills của bạn rồi thử lại.
problem-cryptorefills-kyc-pending = Quá trình xác minh danh tính đang diễn ra.
problem-cryptorefills-kyc-pending-action = Hãy đợi quá trình hoàn tất (thường mất 20 phút, tối đa 48 giờ) rồi thử lại.
problem-cryptorefills-verification-required = Cryptorefills cần xác minh thêm cho tài khoản này.
problem-cryptorefills-verification-required-action = Hãy liên hệ bộ phận hỗ trợ của Cryptorefills rồi thử lại.
problem-cryptorefills-fullname-missing = Thanh toán bằng stablecoin trên mạng Tron yêu cầu tài khoản đã lưu họ tên đầy đủ của chủ tài khoản.
problem-cryptorefills-fullname-missing-action = Hãy thêm họ tên đầy đủ trong tài khoản Cryptorefills của bạn, hoặc thanh toán trên mạng khác.
problem-cryptorefills-invalid-email-domain = Cryptorefills không chấp nhận tên miền của email này.
problem-cryptorefills-invalid-email-domain-action = Hãy dùng một địa chỉ email lâu dài (không phải email dùng tạm).
problem-cryptorefills-suspended-coin = Đồng tiền này hiện đang bị tạm ngưng tại Cryptorefills.
problem-cryptorefills-suspended-coin-action = Hãy thanh toán bằng đồng tiền khác.
problem-cryptorefills-suspended-network = Mạng này hiện đang bị tạm ngưng tại Cryptorefills.
problem-cryptorefills-suspended-network-action = Hãy thanh toán trên mạng khác.
problem-cryptorefills-order-not-found = Cryptorefills không có đơn hàng nào với mã này.
problem-cryptorefills-order-not-found-action = Hãy kiểm tra lại mã đơn hàng.
# A code Giftdesk does not know yet: Cryptorefills' details follow.
problem-cryptorefills-other = Cryptorefills đã từ chối đơn hàng.
problem-cryptorefills-other-action = Hãy đọc chi tiết bên dưới; thử lại hoặc liên hệ bộ phận hỗ trợ của Cryptorefills.
# A detail line: one coin and network pair Cryptorefills accepts ("USDC on Solana").
problem-detail-coin-on-network = { $coin } trên mạng { $network }

# A whole set of problems as one sentence for logs, terminals and the purchase's trail
# (crates/core/src/problem.rs): the message, the next step, the details if any, then the provider's code.
problem-summary = { $message } { $action } [{ $code }]
problem-summary-with-details = { $message } { $action } ({ $details }) [{ $code }]
# Between two details in a summary.
problem-summary-details-separator = ;{" "}
