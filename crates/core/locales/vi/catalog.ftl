# The catalog (crates/core/src/catalog/). Ids are stable; the words may improve.

# Products looked up (catalog/family.rs, logos.rs, offers.rs, esims.rs)
catalog-no-product = Không có sản phẩm { $id }
catalog-no-such-product = Danh mục của { $provider } không có sản phẩm "{ $id }"; hãy làm mới danh mục hoặc kiểm tra lại ID
catalog-no-longer-sold = Cryptorefills không còn bán { $brand } tại { $country }
catalog-value-not-an-amount = { $value } không phải là số tiền: hãy nhập một số, ví dụ 25 hoặc 25.50
catalog-coin-invalid = { $coin } không phải là đồng tiền mã hóa hợp lệ: hãy dùng đồng như USDC hoặc USDT
catalog-not-a-cryptorefills-product = { $product } không phải là sản phẩm của Cryptorefills
catalog-esim-destination = Điểm đến là mã quốc gia gồm hai chữ cái, ví dụ JP hoặc DE

# "Top up a phone": why Bitrefill offers nothing for the number (catalog/operators.rs)
catalog-bitrefill-no-operator = Bitrefill không nạp tiền cho nhà mạng nào của số này.
catalog-bitrefill-not-set-up = Bitrefill chưa được thiết lập nên không được tra cứu.
catalog-bitrefill-unsupported-operator = Bitrefill không hỗ trợ nạp tiền cho nhà mạng của số này.
catalog-bitrefill-unknown-operator = Bitrefill không xác định được nhà mạng của số này.
catalog-bitrefill-not-asked = Không thể tra cứu qua Bitrefill: { $error }

# What a sync says beside its counts, its parts joined by "; " (catalog/sync.rs). $countries names at most
# eight; $more is how many more there are; $count is how many in all.
# Vietnamese has only the "other" plural category, so the singular is matched on the number 1.
catalog-sync-no-market = không đọc được thị trường nào (cả { $count } thị trường; { $country }: { $message })
catalog-sync-continues = hạn mức yêu cầu theo giờ của nhà cung cấp đã hết; phần còn lại sẽ được cập nhật sau khoảng { $minutes } phút
catalog-sync-left-out =
    không đọc được { $countries }{ $more ->
        [0] {""}
       *[other] {" "}và { $more } thị trường khác
    } ({ $count ->
        [1] {""}
       *[other] lý do ở thị trường đầu tiên:{" "}
    }{ $reason }); { $count ->
        [1] thị trường này
       *[other] các thị trường này
    } giữ nguyên dữ liệu của lần đồng bộ gần nhất
catalog-sync-only-chosen = danh mục vượt quá hạn mức yêu cầu mỗi giờ, nên chỉ các thị trường và loại sản phẩm bạn chọn ({ $chosen }) được giữ cập nhật
