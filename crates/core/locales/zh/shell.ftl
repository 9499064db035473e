# 窗口无法启动（src-tauri/shell/mod.rs），输出到标准错误。
shell-could-not-start = giftdesk无法启动：{ $detail }

# 托盘图标的菜单和提示（src-tauri/shell/presence.rs）。
shell-tray-open = 打开Giftdesk
shell-tray-quit = 退出Giftdesk
shell-tray-tooltip = Giftdesk：正在跟踪你的采购

# 采购通知中在窗口里打开该采购的操作（src-tauri/shell/notify.rs）。
shell-notification-open = 打开

# 系统打开和保存对话框中的文件类型名称（src-tauri/shell/file_dialogs.rs、vault_commands.rs）。
shell-dialog-all-files = 所有文件
shell-dialog-backup-files = Giftdesk备份

# 从“设置”中更新（src-tauri/shell/updates.rs）。
shell-update-none = 没有可安装的新版本
shell-update-bad-signature = 更新的签名与Giftdesk的签名密钥不符：未安装该更新。请改为从官网下载Giftdesk。
shell-update-failed = 无法检查或安装更新：{ $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = 文件对话框出错：{ $detail }
shell-not-a-file = 所选位置不是文件：{ $detail }
shell-print-failed = 无法开始打印：{ $detail }
