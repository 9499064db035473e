# The window could not start (src-tauri/shell/mod.rs), said on standard error.
shell-could-not-start = giftdesk could not start: { $detail }

# The tray icon's menu and tooltip (src-tauri/shell/presence.rs).
shell-tray-open = Open Giftdesk
shell-tray-quit = Quit Giftdesk
shell-tray-tooltip = Giftdesk: following your purchases

# The action of a purchase's notification that opens it in the window (src-tauri/shell/notify.rs).
shell-notification-open = Open

# File type names in the OS open and save dialogs (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = All files
shell-dialog-backup-files = Giftdesk backup

# Updates from Settings (src-tauri/shell/updates.rs).
shell-update-none = There is no newer version to install
shell-update-bad-signature = The update's signature does not match Giftdesk's signing key: it was not installed. Download Giftdesk from its website instead.
shell-update-failed = The update could not be checked or installed: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = The file dialog failed: { $detail }
shell-not-a-file = The chosen place is not a file: { $detail }
shell-print-failed = Printing could not start: { $detail }
