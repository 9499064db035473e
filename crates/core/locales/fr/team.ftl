# Mode équipe : plusieurs postes partagent la base PostgreSQL de la boutique.

error-team-unreachable = Impossible de joindre la base de données de l'équipe ({ $detail }). Giftdesk affiche les dernières données lues et n'effectue aucun achat tant que la base n'est pas de nouveau accessible ; vérifiez le serveur et le réseau de cet ordinateur.
team-bulk-not-shared = Les imports groupés ne sont pas encore partagés avec l'équipe : importez ce fichier sur un poste qui ne fait partie d'aucune équipe, ou achetez ses lignes une par une.
team-database-url-invalid = Giftdesk ne peut pas utiliser cette adresse de base de données ({ $detail }). Indiquez-la sous la forme postgres://user:password@host:5432/database.
team-config-damaged = Le fichier d'équipe (team.json) est endommagé ({ $detail }). Lancez « giftdesk team leave », puis rejoignez de nouveau l'équipe.
team-key-missing = Ce poste n'a pas de clé d'équipe dans son trousseau. Demandez un code d'invitation à un poste de l'équipe, quittez l'équipe (« giftdesk team leave ») puis rejoignez-la de nouveau.
team-join-code-invalid = Ce code d'invitation n'a pas été créé par Giftdesk : il se présente comme 3f9a1c0b7e- suivi de 32 lettres et chiffres. Copiez-le de nouveau depuis le poste qui l'a affiché.
team-join-code-unknown = Ce code d'invitation a déjà servi, a expiré ou appartient à une autre équipe. Demandez-en un nouveau à un poste de l'équipe (« giftdesk team invite »).
team-exists = Cette base de données contient déjà une équipe ({ $team }). Rejoignez-la avec un code d'invitation obtenu sur l'un de ses postes (« giftdesk team join »).
team-already-in = Ce poste fait déjà partie d'une équipe ({ $team }). Quittez-la d'abord (« giftdesk team leave »).
team-not-in-team = Ce poste ne fait partie d'aucune équipe. Créez-en une (« giftdesk team create ») ou rejoignez-en une (« giftdesk team join »).
cli-prompt-join-code = Code d'invitation (affiché sur un poste de l'équipe) :
cli-team-invite = Code d'invitation pour le prochain poste, valable { $minutes } minutes et une seule fois : { $code }
cli-team-left = Ce poste a quitté l'équipe : sa clé d'équipe a été retirée de cet ordinateur, et il travaille de nouveau avec ses propres données.
cli-team-alone = Ce poste travaille seul, avec ses propres données.
cli-team-status = Équipe { $team }, ce poste s'appelle « { $desk } », base de données { $database }.
cli-team-member = { $marker } { $name } (dernière activité : { $seen })
team-backup-on-server = Les données de ce poste sont celles de l'équipe, dans la base de données de la boutique : sauvegardez cette base sur son serveur (pg_dump ou les sauvegardes de l'hébergeur). Un fichier de sauvegarde ici ne contient que les données propres d'un poste, pas celles de l'équipe.
