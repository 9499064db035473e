# The window could not start (src-tauri/shell/mod.rs), said on standard error.
shell-could-not-start = giftdesk no pudo iniciarse: { $detail }

# The tray icon's menu and tooltip (src-tauri/shell/presence.rs).
shell-tray-open = Abrir Giftdesk
shell-tray-quit = Salir de Giftdesk
shell-tray-tooltip = Giftdesk: pendiente de tus compras

# The action of a purchase's notification that opens it in the window (src-tauri/shell/notify.rs).
shell-notification-open = Abrir

# File type names in the OS open and save dialogs (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Todos los archivos
shell-dialog-backup-files = Copia de seguridad de Giftdesk

# Updates from Settings (src-tauri/shell/updates.rs).
shell-update-none = No hay ninguna versión más reciente para instalar
shell-update-bad-signature = La firma de la actualización no coincide con la clave de firma de Giftdesk, así que no se instaló. Descarga Giftdesk desde su sitio web.
shell-update-failed = No se pudo buscar o instalar la actualización: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = Falló el diálogo de archivos: { $detail }
shell-not-a-file = El lugar elegido no es un archivo: { $detail }
shell-print-failed = No se pudo iniciar la impresión: { $detail }
