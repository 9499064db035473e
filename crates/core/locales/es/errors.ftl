# The core's errors (crates/core/src/error.rs). Ids are stable; the words may improve.
error-keyring-unavailable = No se pudo usar el llavero del sistema ({ $detail }). Desbloquea tu llavero (inicia sesión en tu escritorio o inicia un servicio Secret Service como GNOME Keyring o KWallet) y vuelve a intentarlo; para scripts, define en su lugar las variables de credenciales GIFTDESK_*
error-not-configured = { $provider } no está configurado: agrega sus credenciales en Configuración o con `giftdesk login { $id }`
error-store = No se pudo usar la base de datos local: { $detail }
error-migrate = No se pudo actualizar la base de datos local: { $detail }
error-provider = { $provider } respondió HTTP { $status }: { $message }
error-provider-coded = { $provider } respondió HTTP { $status } ({ $code }): { $message }
error-unexpected-response = { $provider } respondió algo que Giftdesk no puede leer ({ $detail }); vuelve a intentarlo más tarde
error-network = No se pudo conectar con { $provider } ({ $detail }). Revisa la conexión a internet de este equipo y vuelve a intentarlo
error-rate-budget = Se agotó la cuota de solicitudes de { $provider } para esta cuenta durante los próximos { $seconds } s; el catálogo continuará después (las compras y el seguimiento conservan su parte)
