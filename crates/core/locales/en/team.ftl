# Team mode: several desks on the shop's PostgreSQL book.

error-team-unreachable = The team's database cannot be reached ({ $detail }). Giftdesk shows what it last read and buys nothing until the database is back; check the server and this computer's network.
team-bulk-not-shared = Bulk imports are not shared with the team yet: import this file on a desk that is not in a team, or buy its lines one by one.
team-database-url-invalid = The database address is not one Giftdesk can use ({ $detail }). Give it as postgres://user:password@host:5432/database.
team-config-damaged = The team file (team.json) is damaged ({ $detail }). Run "giftdesk team leave" and join the team again.
team-key-missing = This desk has no team key in its keyring. Ask a desk of the team for a join code, leave the team ("giftdesk team leave") and join it again.
team-join-code-invalid = That join code is not one Giftdesk made: it looks like 3f9a1c0b7e-, then 32 letters and digits. Copy it again from the desk that showed it.
team-join-code-unknown = That join code was already used, has expired or belongs to another team. Ask a desk of the team for a new one ("giftdesk team invite").
team-exists = This database already holds a team ({ $team }). Join it with a join code from one of its desks ("giftdesk team join").
team-already-in = This desk is already in a team ({ $team }). Leave it first ("giftdesk team leave").
team-not-in-team = This desk is not in a team. Create one ("giftdesk team create") or join one ("giftdesk team join").
cli-prompt-join-code = Join code (shown on a desk of the team):
cli-team-invite = Join code for the next desk, valid for { $minutes } minutes and once: { $code }
cli-team-left = This desk left the team: its team key is gone from this computer, and it works on its own book again.
cli-team-alone = This desk works alone, on its own book.
cli-team-status = Team { $team }, this desk is "{ $desk }", database { $database }.
cli-team-member = { $marker } { $name } (last seen { $seen })
team-backup-on-server = This desk's book is the team's, on the shop's database: back that database up on its server (pg_dump or the host's backups). A backup file here holds one desk's own book, not the team's.
