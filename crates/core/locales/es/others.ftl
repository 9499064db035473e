# The core's smaller modules. Ids are stable; the words may improve.

# What was being done with a file when the system refused (the context before the system's own words), from
# the vault, the desk, settings and tracking
files-creating = error al crear { $path }
files-opening = error al abrir { $path }
files-writing = error al escribir { $path }
files-replacing = error al reemplazar { $path }
files-locking = error al bloquear { $path }
files-could-not-read = no se pudo leer { $path }
files-could-not-write = no se pudo escribir { $path }
files-could-not-replace = no se pudo reemplazar { $path }
files-could-not-remove = no se pudo eliminar { $path }

# Credentials, checked before they are kept (crates/core/src/secrets/); a label names the credential
secrets-label-api-key = Clave de API
secrets-label-api-id = ID de API
secrets-label-api-secret = Secreto de API
secrets-label-partner-id = ID de socio
secrets-label-app-version = Versión de la app
secrets-token-empty = El campo "{ $label }" está vacío: pega el valor desde tu cuenta de socio
secrets-token-too-long = El campo "{ $label }" es demasiado largo: se admiten como máximo { $max } caracteres
secrets-token-characters = El campo "{ $label }" solo puede contener letras, dígitos y signos de puntuación, sin espacios
# Credentials from GIFTDESK_* variables: the variable names what to fix
secrets-variable-needs-another = { $set } está definida, así que { $missing } también debe estarlo
secrets-variable-invalid = { $variable }: { $message }

# Recipients of top-ups (crates/core/src/recipients.rs): what is wrong with a typed number
recipients-not-international = "{ $number }" no está en formato internacional: empieza con + y el código de país, como +4915123456789
recipients-not-a-phone-number = "{ $number }" no es un número de teléfono; escríbelo como +4915123456789
recipients-not-in-use = { $number } no es un número en uso en ningún país; revisa los dígitos
recipients-not-mobile = { $number } no es un número móvil de { $country }; las recargas se hacen a teléfonos móviles

# "Test connection" in Settings (crates/core/src/accounts/connection.rs)
accounts-connected-balance = Conectado. Saldo: { $balance }.
accounts-connected-no-balance = Conectado. No se informó el saldo.
accounts-connected-coins =
    Conectado. { $count ->
        [one] Se acepta { $count } criptomoneda
       *[other] Se aceptan { $count } criptomonedas
    } para pagar.

# The providers' answers, as their errors show them (crates/core/src/providers/): what went wrong on the wire,
# or what a provider's answer lacked
providers-no-message = sin mensaje
providers-no-detail = sin detalles
providers-bitrefill-credentials-unsendable = Las credenciales de Bitrefill contienen caracteres que HTTP no puede transmitir
providers-field-unsendable = { $field } contiene caracteres que HTTP no puede transmitir
providers-ping-without-pong = el ping no devolvió pong
providers-brand-list-empty = la lista de marcas de { $country } estaba vacía o no se pudo leer
providers-expected-an-object = { $what }: se esperaba un objeto
providers-not-json = HTTP { $status } con un cuerpo que no es JSON
providers-timed-out = se agotó el tiempo de espera de la solicitud
providers-could-not-connect = no se pudo conectar
providers-answer-cut-off = la respuesta llegó cortada
providers-connection-failed = falló la conexión
providers-stream-failed = falló el flujo de eventos
providers-image-not-fetched = no se pudo descargar la imagen
providers-image-http = la solicitud de la imagen respondió HTTP { $status }
providers-image-cut-off = la imagen llegó cortada
providers-image-empty-or-too-large = la imagen estaba vacía o era demasiado grande

# Following purchases (crates/core/src/tracking/): how a purchase's state was read, as its audit trail shows it
tracking-invoice-reread = Nueva consulta de la factura
tracking-reread-on-webhook = Nueva consulta tras un webhook
tracking-read-at-start = Consulta al iniciar
tracking-polled = Consulta periódica
tracking-stream = Flujo de eventos
tracking-stream-ended = Fin del flujo de eventos
tracking-delivered-without-code = el pedido { $order } está entregado, pero Bitrefill aún no envió ningún código
# Webhooks (tracking/webhook.rs)
tracking-webhook-cannot-listen = no se pudo escuchar webhooks en { $address }
tracking-webhook-listener = receptor de webhooks

# Logging (crates/core/src/logs.rs)
logs-level-invalid = { $variable } debe ser un nivel como error, warn, info, debug o trace: { $detail }

# Failures the reseller can act on, though no input was refused.
secrets-entry-unreadable = La entrada del llavero para { $provider } tiene un formato que Giftdesk no entiende ({ $detail }); vuelve a ingresar las credenciales en Configuración
clipboard-unavailable = No se pudo usar el portapapeles ({ $detail })
logs-not-opened = No se pudo abrir el archivo de registro en { $dir }: { $detail }
