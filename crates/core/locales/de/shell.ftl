# Das Fenster konnte nicht starten (src-tauri/shell/mod.rs), ausgegeben auf der Standardfehlerausgabe.
shell-could-not-start = giftdesk konnte nicht starten: { $detail }

# Menü und Tooltip des Symbols im Infobereich (src-tauri/shell/presence.rs).
shell-tray-open = Giftdesk öffnen
shell-tray-quit = Giftdesk beenden
shell-tray-tooltip = Giftdesk: verfolgt Ihre Käufe

# Die Aktion der Benachrichtigung eines Kaufs, die ihn im Fenster öffnet (src-tauri/shell/notify.rs).
shell-notification-open = Öffnen

# Dateitypnamen in den Öffnen- und Speichern-Dialogen des Systems (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Alle Dateien
shell-dialog-backup-files = Giftdesk-Backup

# Updates aus den Einstellungen (src-tauri/shell/updates.rs).
shell-update-none = Es gibt keine neuere Version zum Installieren
shell-update-bad-signature = Die Signatur des Updates passt nicht zum Signaturschlüssel von Giftdesk: Das Update wurde nicht installiert. Laden Sie Giftdesk stattdessen von der Website herunter.
shell-update-failed = Das Update konnte nicht geprüft oder installiert werden: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = Der Dateidialog ist fehlgeschlagen: { $detail }
shell-not-a-file = Der gewählte Ort ist keine Datei: { $detail }
shell-print-failed = Der Druck konnte nicht gestartet werden: { $detail }
