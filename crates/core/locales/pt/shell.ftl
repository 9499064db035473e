# The window could not start (src-tauri/shell/mod.rs), said on standard error.
shell-could-not-start = não foi possível iniciar o giftdesk: { $detail }

# The tray icon's menu and tooltip (src-tauri/shell/presence.rs).
shell-tray-open = Abrir o Giftdesk
shell-tray-quit = Sair do Giftdesk
shell-tray-tooltip = Giftdesk: acompanhando suas compras

# The action of a purchase's notification that opens it in the window (src-tauri/shell/notify.rs).
shell-notification-open = Abrir

# File type names in the OS open and save dialogs (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Todos os arquivos
shell-dialog-backup-files = Backup do Giftdesk

# Updates from Settings (src-tauri/shell/updates.rs).
shell-update-none = Não há nenhuma versão mais recente para instalar
shell-update-bad-signature = A assinatura da atualização não corresponde à chave de assinatura do Giftdesk: ela não foi instalada. Baixe o Giftdesk pelo site oficial.
shell-update-failed = Não foi possível verificar ou instalar a atualização: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = A janela de arquivos falhou: { $detail }
shell-not-a-file = O local escolhido não é um arquivo: { $detail }
shell-print-failed = Não foi possível iniciar a impressão: { $detail }
