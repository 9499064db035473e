# The window could not start (src-tauri/shell/mod.rs), said on standard error.
shell-could-not-start = giftdesk không thể khởi động: { $detail }

# The tray icon's menu and tooltip (src-tauri/shell/presence.rs).
shell-tray-open = Mở Giftdesk
shell-tray-quit = Thoát Giftdesk
shell-tray-tooltip = Giftdesk: đang theo dõi các giao dịch mua của bạn

# The action of a purchase's notification that opens it in the window (src-tauri/shell/notify.rs).
shell-notification-open = Mở

# File type names in the OS open and save dialogs (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Tất cả tệp
shell-dialog-backup-files = Bản sao lưu Giftdesk

# Updates from Settings (src-tauri/shell/updates.rs).
shell-update-none = Không có phiên bản mới hơn để cài đặt
shell-update-bad-signature = Chữ ký của bản cập nhật không khớp với khóa ký của Giftdesk nên bản cập nhật chưa được cài đặt. Hãy tải Giftdesk từ trang web chính thức.
shell-update-failed = Không thể kiểm tra hoặc cài đặt bản cập nhật: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = Hộp thoại chọn tệp bị lỗi: { $detail }
shell-not-a-file = Vị trí đã chọn không phải là tệp: { $detail }
shell-print-failed = Không thể bắt đầu in: { $detail }
