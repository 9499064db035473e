# The window could not start (src-tauri/shell/mod.rs), said on standard error.
shell-could-not-start = giftdesk n'a pas pu démarrer : { $detail }

# The tray icon's menu and tooltip (src-tauri/shell/presence.rs).
shell-tray-open = Ouvrir Giftdesk
shell-tray-quit = Quitter Giftdesk
shell-tray-tooltip = Giftdesk : suivi de vos achats

# The action of a purchase's notification that opens it in the window (src-tauri/shell/notify.rs).
shell-notification-open = Ouvrir

# File type names in the OS open and save dialogs (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Tous les fichiers
shell-dialog-backup-files = Sauvegarde Giftdesk

# Updates from Settings (src-tauri/shell/updates.rs).
shell-update-none = Aucune version plus récente à installer
shell-update-bad-signature = La signature de la mise à jour ne correspond pas à la clé de signature de Giftdesk : elle n'a pas été installée. Téléchargez plutôt Giftdesk depuis son site web.
shell-update-failed = Impossible de vérifier ou d'installer la mise à jour : { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = La fenêtre de choix de fichier a échoué : { $detail }
shell-not-a-file = L’emplacement choisi n’est pas un fichier : { $detail }
shell-print-failed = L’impression n’a pas pu démarrer : { $detail }
