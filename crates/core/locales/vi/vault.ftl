# The codes vault (crates/core/src/vault/). Ids are stable; the words may improve.

# Finding a code (vault/mod.rs; also the desk's sales and vouchers)
vault-no-code = Không có mã { $id } trong kho mã
vault-not-an-esim = Mã { $id } không phải là eSIM có chuỗi kích hoạt
vault-no-esim-with-iccid = Không có eSIM nào với ICCID này trong kho mã; hãy nhập ICCID của một eSIM đã mua tại đây (hiển thị trên mã của eSIM đó)

# Exports and other files written from the vault and the desk (vault/export.rs)
vault-file-exists = { $path } đã tồn tại; hãy chọn tên tệp khác

# Backup and restore (vault/backup/)
vault-backup-passphrase-short = Cụm mật khẩu sao lưu cần ít nhất { $min } ký tự; tốt nhất là vài từ bạn dễ nhớ
vault-backup-not-a-backup = { $path } không phải là bản sao lưu Giftdesk; hãy chọn tệp được tạo bằng Sao lưu kho mã…
vault-backup-not-age = { $path } không phải là bản sao lưu Giftdesk (không phải tệp age)
vault-backup-key-not-passphrase = { $path } được mã hóa bằng khóa, không phải bằng cụm mật khẩu: tệp này không do Giftdesk tạo
vault-backup-wrong-passphrase = Cụm mật khẩu này không mở được bản sao lưu; hãy nhập cụm mật khẩu đã chọn khi tạo bản sao lưu
vault-backup-cannot-open = Không thể mở { $path }: { $detail }
vault-backup-damaged = { $path } bị hỏng hoặc không đầy đủ; chưa khôi phục dữ liệu nào
vault-backup-newer = { $path } được tạo bởi phiên bản Giftdesk mới hơn (phiên bản dữ liệu { $theirs } cao hơn { $ours } của bản này); hãy cập nhật Giftdesk rồi khôi phục lại
vault-backup-code-without-contents = bản sao lưu chứa một mã không có nội dung; bản sao lưu đã bị hỏng
vault-backup-purchase-clash = không thể khôi phục giao dịch mua { $id } từ bản sao lưu cùng với các giao dịch mua đã có ở đây

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Một mã trong kho mã đã mở được nhưng không đọc được ({ $detail })
vault-key-damaged = Khóa của kho mã trong kho khóa đã bị hỏng; hãy khôi phục mã từ bản sao lưu
vault-backup-not-written = Không thể ghi bản sao lưu: { $detail }
vault-backup-not-read = Không thể đọc bản sao lưu: { $detail }
