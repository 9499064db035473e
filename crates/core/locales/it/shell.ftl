# The window could not start (src-tauri/shell/mod.rs), said on standard error.
shell-could-not-start = impossibile avviare giftdesk: { $detail }

# The tray icon's menu and tooltip (src-tauri/shell/presence.rs).
shell-tray-open = Apri Giftdesk
shell-tray-quit = Esci da Giftdesk
shell-tray-tooltip = Giftdesk: segue i tuoi acquisti

# The action of a purchase's notification that opens it in the window (src-tauri/shell/notify.rs).
shell-notification-open = Apri

# File type names in the OS open and save dialogs (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Tutti i file
shell-dialog-backup-files = Backup di Giftdesk

# Updates from Settings (src-tauri/shell/updates.rs).
shell-update-none = Non c'è nessuna versione più recente da installare
shell-update-bad-signature = La firma dell'aggiornamento non corrisponde alla chiave di firma di Giftdesk: l'aggiornamento non è stato installato. Scarica invece Giftdesk dal suo sito web.
shell-update-failed = Impossibile verificare o installare l'aggiornamento: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = La finestra di selezione file non ha funzionato: { $detail }
shell-not-a-file = La posizione scelta non è un file: { $detail }
shell-print-failed = Impossibile avviare la stampa: { $detail }
