# Modalità team: più postazioni condividono il database PostgreSQL del negozio.

error-team-unreachable = Impossibile raggiungere il database del team ({ $detail }). Giftdesk mostra gli ultimi dati letti e non effettua acquisti finché il database non torna disponibile; controlla il server e la rete di questo computer.
team-bulk-not-shared = Le importazioni in blocco non sono ancora condivise con il team: importa questo file su una postazione che non fa parte di un team, oppure acquista le sue righe una alla volta.
team-database-url-invalid = Giftdesk non può usare questo indirizzo del database ({ $detail }). Indicalo nella forma postgres://user:password@host:5432/database.
team-config-damaged = Il file del team (team.json) è danneggiato ({ $detail }). Esegui “giftdesk team leave” e unisciti di nuovo al team.
team-key-missing = Questa postazione non ha la chiave del team nel suo portachiavi. Chiedi un codice di invito a una postazione del team, esci dal team (“giftdesk team leave”) e unisciti di nuovo.
team-join-code-invalid = Questo codice di invito non è stato generato da Giftdesk: ha la forma 3f9a1c0b7e- seguita da 32 lettere e cifre. Copialo di nuovo dalla postazione che lo ha mostrato.
team-join-code-unknown = Questo codice di invito è già stato usato, è scaduto o appartiene a un altro team. Chiedine uno nuovo a una postazione del team (“giftdesk team invite”).
team-exists = Questo database contiene già un team ({ $team }). Unisciti con un codice di invito fornito da una delle sue postazioni (“giftdesk team join”).
team-already-in = Questa postazione fa già parte di un team ({ $team }). Prima esci dal team (“giftdesk team leave”).
team-not-in-team = Questa postazione non fa parte di un team. Creane uno (“giftdesk team create”) o unisciti a uno esistente (“giftdesk team join”).
cli-prompt-join-code = Codice di invito (mostrato su una postazione del team):
cli-team-invite = Codice di invito per la prossima postazione, valido per { $minutes } minuti e una sola volta: { $code }
cli-team-left = Questa postazione è uscita dal team: la chiave del team è stata rimossa da questo computer e la postazione torna a lavorare con i propri dati.
cli-team-alone = Questa postazione lavora da sola, con i propri dati.
cli-team-status = Team { $team }, questa postazione si chiama “{ $desk }”, database { $database }.
cli-team-member = { $marker } { $name } (ultima attività: { $seen })
team-backup-on-server = I dati di questa postazione sono quelli del team, nel database del negozio: esegui il backup di quel database sul suo server (pg_dump o i backup del fornitore). Un file di backup qui contiene solo i dati propri di una postazione, non quelli del team.
