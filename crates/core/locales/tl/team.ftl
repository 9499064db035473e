# Team mode: maraming desk na gumagamit ng iisang PostgreSQL database ng shop.

error-team-unreachable = Hindi maabot ang database ng team ({ $detail }). Ipinapakita ng Giftdesk ang huli nitong nabasa at hindi ito bibili ng kahit ano hangga't hindi bumabalik ang database; i-check ang server at ang network ng computer na ito.
team-bulk-not-shared = Hindi pa naibabahagi sa team ang mga bulk import: i-import ang file na ito sa desk na wala sa team, o bilhin nang isa-isa ang mga row nito.
team-database-url-invalid = Hindi magagamit ng Giftdesk ang address ng database na ito ({ $detail }). Ibigay ito bilang postgres://user:password@host:5432/database.
team-config-damaged = Sira ang team file (team.json) ({ $detail }). Patakbuhin ang "giftdesk team leave" at sumali ulit sa team.
team-key-missing = Walang team key sa keyring ng desk na ito. Humingi ng join code sa isang desk ng team, umalis sa team ("giftdesk team leave") at sumali ulit.
team-join-code-invalid = Hindi gawa ng Giftdesk ang join code na iyan: mukha itong 3f9a1c0b7e- na sinusundan ng 32 letra at numero. Kopyahin ito ulit mula sa desk na nagpakita nito.
team-join-code-unknown = Nagamit na, nag-expire na, o para sa ibang team ang join code na iyan. Humingi ng bago sa isang desk ng team ("giftdesk team invite").
team-exists = May team na sa database na ito ({ $team }). Sumali rito gamit ang join code mula sa isa sa mga desk nito ("giftdesk team join").
team-already-in = Nasa isang team na ang desk na ito ({ $team }). Umalis muna rito ("giftdesk team leave").
team-not-in-team = Wala sa anumang team ang desk na ito. Gumawa ng team ("giftdesk team create") o sumali sa isa ("giftdesk team join").
cli-prompt-join-code = Join code (makikita sa isang desk ng team):
cli-team-invite = Join code para sa susunod na desk, magagamit nang isang beses lang sa loob ng { $minutes } minuto: { $code }
cli-team-left = Umalis na sa team ang desk na ito: wala na sa computer na ito ang team key nito, at sarili na ulit nitong data ang ginagamit nito.
cli-team-alone = Mag-isang gumagana ang desk na ito, gamit ang sarili nitong data.
cli-team-status = Team { $team }, "{ $desk }" ang pangalan ng desk na ito, database { $database }.
cli-team-member = { $marker } { $name } (huling nakita: { $seen })
team-backup-on-server = Ang data ng desk na ito ay sa team, nasa database ng tindahan: i-backup ang database na iyon sa server nito (pg_dump o ang mga backup ng host). Ang backup file dito ay naglalaman lang ng sariling data ng isang desk, hindi ng team.
