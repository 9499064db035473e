# Modo equipo: varios puestos comparten la base de datos PostgreSQL de la tienda.

error-team-unreachable = No se puede conectar con la base de datos del equipo ({ $detail }). Giftdesk muestra lo último que leyó y no hace ninguna compra hasta que la base de datos vuelva a estar disponible; revisa el servidor y la conexión de red de este puesto.
team-bulk-not-shared = Las importaciones masivas todavía no se comparten con el equipo: importa este archivo en un puesto que no pertenezca a ningún equipo, o compra sus filas una por una.
team-database-url-invalid = Giftdesk no puede usar esta dirección de base de datos ({ $detail }). Escríbela con el formato postgres://user:password@host:5432/database.
team-config-damaged = El archivo del equipo (team.json) está dañado ({ $detail }). Ejecuta "giftdesk team leave" y vuelve a unirte al equipo.
team-key-missing = Este puesto no tiene la clave del equipo en su llavero. Pide un código de invitación a un puesto del equipo, sal del equipo ("giftdesk team leave") y vuelve a unirte.
team-join-code-invalid = Ese código de invitación no lo generó Giftdesk: tiene la forma 3f9a1c0b7e- seguida de 32 letras y números. Vuelve a copiarlo del puesto que lo mostró.
team-join-code-unknown = Ese código de invitación ya se usó, caducó o pertenece a otro equipo. Pide uno nuevo a un puesto del equipo ("giftdesk team invite").
team-exists = Esta base de datos ya contiene un equipo ({ $team }). Únete a él con un código de invitación de uno de sus puestos ("giftdesk team join").
team-already-in = Este puesto ya pertenece a un equipo ({ $team }). Primero sal de él ("giftdesk team leave").
team-not-in-team = Este puesto no pertenece a ningún equipo. Crea uno ("giftdesk team create") o únete a uno ("giftdesk team join").
cli-prompt-join-code = Código de invitación (se muestra en un puesto del equipo):
cli-team-invite = Código de invitación para el próximo puesto, válido durante { $minutes } minutos y una sola vez: { $code }
cli-team-left = Este puesto salió del equipo: la clave del equipo ya no está guardada en este ordenador y el puesto vuelve a trabajar con sus propios datos.
cli-team-alone = Este puesto trabaja solo, con sus propios datos.
cli-team-status = Equipo { $team }, este puesto se llama "{ $desk }", base de datos { $database }.
cli-team-member = { $marker } { $name } (última actividad: { $seen })
team-backup-on-server = Los datos de este puesto son los del equipo, en la base de datos de la tienda: haz la copia de seguridad de esa base de datos en su servidor (pg_dump o las copias del proveedor). Un archivo de copia aquí guarda los datos propios de un puesto, no los del equipo.
