# Pencere başlatılamadı (src-tauri/shell/mod.rs); standart hataya yazılır.
shell-could-not-start = giftdesk başlatılamadı: { $detail }

# Sistem tepsisi simgesinin menüsü ve ipucu (src-tauri/shell/presence.rs).
shell-tray-open = Giftdesk'i aç
shell-tray-quit = Giftdesk'ten çık
shell-tray-tooltip = Giftdesk: Satın almalarınız izleniyor

# Bir satın alma bildiriminde, onu pencerede açan eylem (src-tauri/shell/notify.rs).
shell-notification-open = Aç

# İşletim sisteminin açma ve kaydetme pencerelerindeki dosya türü adları (src-tauri/shell/file_dialogs.rs, vault_commands.rs).
shell-dialog-all-files = Tüm dosyalar
shell-dialog-backup-files = Giftdesk yedeği

# Ayarlar'dan güncellemeler (src-tauri/shell/updates.rs).
shell-update-none = Yüklenecek daha yeni bir sürüm yok
shell-update-bad-signature = Güncellemenin imzası Giftdesk'in imzalama anahtarıyla eşleşmiyor: Güncelleme yüklenmedi. Bunun yerine Giftdesk'i web sitesinden indirin.
shell-update-failed = Güncelleme denetlenemedi veya yüklenemedi: { $detail }

# Failures the reseller can act on, though no input was refused.
shell-file-dialog-failed = Dosya penceresi açılamadı: { $detail }
shell-not-a-file = Seçilen konum bir dosya değil: { $detail }
shell-print-failed = Yazdırma başlatılamadı: { $detail }
