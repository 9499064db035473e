# Team-Modus: mehrere Arbeitsplätze am gemeinsamen PostgreSQL-Datenbestand des Geschäfts.

error-team-unreachable = Die Datenbank des Teams ist nicht erreichbar ({ $detail }). Giftdesk zeigt den zuletzt gelesenen Stand und kauft nichts, bis die Datenbank wieder erreichbar ist; prüfen Sie den Server und das Netzwerk dieses Computers.
team-bulk-not-shared = Sammelimporte werden noch nicht mit dem Team geteilt: Importieren Sie diese Datei an einem Arbeitsplatz, der zu keinem Team gehört, oder kaufen Sie die Zeilen einzeln.
team-database-url-invalid = Diese Datenbankadresse kann Giftdesk nicht verwenden ({ $detail }). Geben Sie sie in der Form postgres://user:password@host:5432/database an.
team-config-damaged = Die Teamdatei (team.json) ist beschädigt ({ $detail }). Führen Sie „giftdesk team leave“ aus und treten Sie dem Team erneut bei.
team-key-missing = Dieser Arbeitsplatz hat keinen Teamschlüssel in seinem Schlüsselbund. Lassen Sie sich an einem Arbeitsplatz des Teams einen Beitrittscode geben, verlassen Sie das Team („giftdesk team leave“) und treten Sie ihm erneut bei.
team-join-code-invalid = Dieser Beitrittscode stammt nicht von Giftdesk: Er sieht aus wie 3f9a1c0b7e-, gefolgt von 32 Buchstaben und Ziffern. Kopieren Sie ihn noch einmal von dem Arbeitsplatz, der ihn angezeigt hat.
team-join-code-unknown = Dieser Beitrittscode wurde bereits verwendet, ist abgelaufen oder gehört zu einem anderen Team. Lassen Sie sich an einem Arbeitsplatz des Teams einen neuen erstellen („giftdesk team invite“).
team-exists = In dieser Datenbank gibt es bereits ein Team ({ $team }). Treten Sie ihm mit einem Beitrittscode von einem seiner Arbeitsplätze bei („giftdesk team join“).
team-already-in = Dieser Arbeitsplatz gehört bereits zu einem Team ({ $team }). Verlassen Sie es zuerst („giftdesk team leave“).
team-not-in-team = Dieser Arbeitsplatz gehört zu keinem Team. Erstellen Sie eines („giftdesk team create“) oder treten Sie einem bei („giftdesk team join“).
cli-prompt-join-code = Beitrittscode (wird an einem Arbeitsplatz des Teams angezeigt):
cli-team-invite = Beitrittscode für den nächsten Arbeitsplatz, einmal verwendbar und { $minutes } Minuten gültig: { $code }
cli-team-left = Dieser Arbeitsplatz hat das Team verlassen: Sein Teamschlüssel wurde von diesem Computer entfernt, und er arbeitet wieder mit seinem eigenen Datenbestand.
cli-team-alone = Dieser Arbeitsplatz arbeitet allein, mit seinem eigenen Datenbestand.
cli-team-status = Team { $team }, dieser Arbeitsplatz heißt „{ $desk }“, Datenbank { $database }.
cli-team-member = { $marker } { $name } (zuletzt aktiv: { $seen })
team-backup-on-server = Der Datenbestand dieses Arbeitsplatzes ist der des Teams, in der Datenbank des Geschäfts: Sichern Sie diese Datenbank auf ihrem Server (pg_dump oder die Sicherungen des Anbieters). Eine Sicherungsdatei hier enthält nur den eigenen Datenbestand eines Arbeitsplatzes, nicht den des Teams.
