# Chế độ nhóm: nhiều máy dùng chung cơ sở dữ liệu PostgreSQL của cửa hàng.

error-team-unreachable = Không thể kết nối tới cơ sở dữ liệu của nhóm ({ $detail }). Giftdesk hiển thị dữ liệu đọc được lần gần nhất và không mua gì cho đến khi cơ sở dữ liệu hoạt động trở lại; hãy kiểm tra máy chủ và mạng của máy tính này.
team-bulk-not-shared = Các lần nhập hàng loạt chưa được chia sẻ với nhóm: hãy nhập tệp này trên một máy không thuộc nhóm nào, hoặc mua lần lượt từng dòng trong tệp.
team-database-url-invalid = Giftdesk không dùng được địa chỉ cơ sở dữ liệu này ({ $detail }). Hãy nhập theo dạng postgres://user:password@host:5432/database.
team-config-damaged = Tệp nhóm (team.json) bị hỏng ({ $detail }). Hãy chạy "giftdesk team leave" rồi tham gia lại nhóm.
team-key-missing = Máy này không có khóa nhóm trong kho khóa. Hãy xin mã tham gia từ một máy trong nhóm, rời nhóm ("giftdesk team leave") rồi tham gia lại.
team-join-code-invalid = Mã tham gia này không phải do Giftdesk tạo: mã có dạng 3f9a1c0b7e-, theo sau là 32 chữ cái và chữ số. Hãy sao chép lại mã từ máy đã hiển thị nó.
team-join-code-unknown = Mã tham gia này đã được dùng, đã hết hạn hoặc thuộc về nhóm khác. Hãy xin mã mới từ một máy trong nhóm ("giftdesk team invite").
team-exists = Cơ sở dữ liệu này đã có một nhóm ({ $team }). Hãy tham gia nhóm đó bằng mã tham gia lấy từ một máy của nhóm ("giftdesk team join").
team-already-in = Máy này đã ở trong một nhóm ({ $team }). Hãy rời nhóm đó trước ("giftdesk team leave").
team-not-in-team = Máy này không thuộc nhóm nào. Hãy tạo nhóm ("giftdesk team create") hoặc tham gia một nhóm ("giftdesk team join").
cli-prompt-join-code = Mã tham gia (hiển thị trên một máy trong nhóm):
cli-team-invite = Mã tham gia cho máy tiếp theo, chỉ dùng được một lần và có hiệu lực trong { $minutes } phút: { $code }
cli-team-left = Máy này đã rời nhóm: khóa nhóm đã bị xóa khỏi máy tính này, và máy lại làm việc với dữ liệu riêng của mình.
cli-team-alone = Máy này làm việc độc lập, với dữ liệu riêng của mình.
cli-team-status = Nhóm { $team }, máy này tên là "{ $desk }", cơ sở dữ liệu { $database }.
cli-team-member = { $marker } { $name } (hoạt động lần cuối: { $seen })
team-backup-on-server = Dữ liệu của máy này là của nhóm, nằm trong cơ sở dữ liệu của cửa hàng: hãy sao lưu cơ sở dữ liệu đó trên máy chủ của nó (pg_dump hoặc bản sao lưu của nhà cung cấp). Tệp sao lưu ở đây chỉ giữ dữ liệu riêng của một máy, không phải của nhóm.
