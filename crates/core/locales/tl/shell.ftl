# The window could not start (src-tauri/shell/mod.rs), said on standard error.
shell-could-not-start = hindi masimulan ang giftdesk: { $detail }

# The tray icon's menu and tooltip (src-tauri/shell/presence.rs).
shell-tray-open = Buksan ang Giftdesk
shell-tray-quit = Lumabas sa Giftdesk
shell-tray-tooltip = Giftdesk: sinusubaybayan ang iyong mga pagbili

# The action of a purchase's notification that opens it in the window (src-tauri/shell/notify.rs).
shell-notification-open = Buksan

# File type names in the OS open and save dialogs (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Lahat ng file
shell-dialog-backup-files = Backup ng Giftdesk

# Updates from Settings (src-tauri/shell/updates.rs).
shell-update-none = Walang mas bagong bersyon na mai-install
shell-update-bad-signature = Hindi tugma ang signature ng update sa signing key ng Giftdesk: hindi ito in-install. I-download na lang ang Giftdesk mula sa website nito.
shell-update-failed = Hindi ma-check o ma-install ang update: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = Pumalya ang file dialog: { $detail }
shell-not-a-file = Hindi file ang napiling lugar: { $detail }
shell-print-failed = Hindi masimulan ang pag-print: { $detail }
