# Der Code-Tresor (crates/core/src/vault/). Die IDs sind fest; die Formulierungen dürfen besser werden.

# Einen Code finden (vault/mod.rs; auch Verkäufe und Gutscheine im Verkaufsbereich)
vault-no-code = Im Tresor gibt es keinen Code { $id }
vault-not-an-esim = Code { $id } ist keine eSIM mit Aktivierungscode
vault-no-esim-with-iccid = Im Tresor ist keine eSIM mit dieser ICCID; geben Sie die ICCID einer hier gekauften eSIM an (sie steht bei ihrem Code)

# Exporte und andere Dateien, die aus dem Tresor und dem Verkaufsbereich geschrieben werden (vault/export.rs)
vault-file-exists = { $path } ist bereits vorhanden; wählen Sie einen neuen Dateinamen

# Sichern und Wiederherstellen (vault/backup/)
vault-backup-passphrase-short = Eine Backup-Passphrase braucht mindestens { $min } Zeichen; am besten einige Wörter, die Sie sich gut merken können
vault-backup-not-a-backup = { $path } ist kein Giftdesk-Backup; wählen Sie eine mit „Tresor sichern…“ erstellte Datei
vault-backup-not-age = { $path } ist kein Giftdesk-Backup (keine age-Datei)
vault-backup-key-not-passphrase = { $path } ist mit einem Schlüssel verschlüsselt, nicht mit einer Passphrase: Die Datei stammt nicht von Giftdesk
vault-backup-wrong-passphrase = Diese Passphrase öffnet das Backup nicht; geben Sie die Passphrase ein, die beim Erstellen gewählt wurde
vault-backup-cannot-open = { $path } konnte nicht geöffnet werden: { $detail }
vault-backup-damaged = { $path } ist beschädigt oder unvollständig; es wurden keine Daten wiederhergestellt
vault-backup-newer = { $path } wurde von einer neueren Giftdesk-Version erstellt (deren Datenversion { $theirs } ist höher als { $ours } in dieser); aktualisieren Sie Giftdesk und stellen Sie das Backup dann wieder her
vault-backup-code-without-contents = das Backup enthält einen Code ohne Inhalt; es ist beschädigt
vault-backup-purchase-clash = Kauf { $id } aus dem Backup konnte nicht neben den bereits vorhandenen wiederhergestellt werden

# Failures the reseller can act on, though no input was refused.
vault-code-unreadable = Ein Code im Tresor ließ sich öffnen, aber nicht lesen ({ $detail })
vault-key-damaged = Der Tresorschlüssel im Schlüsselbund ist beschädigt; stellen Sie Ihre Codes aus einem Backup wieder her
vault-backup-not-written = Das Backup konnte nicht geschrieben werden: { $detail }
vault-backup-not-read = Das Backup konnte nicht gelesen werden: { $detail }
