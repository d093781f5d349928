### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Informe del autodiagnóstico de inicio de sesión de Teams ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Generado: { $time } (página { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Equipo: { $os }, { $client }; idioma del navegador { $language }; zona horaria { $zone } (UTC{ $offset })
report-os-not-chosen = sistema operativo no elegido
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Reloj: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Reloj: { $status }, equipo menos servidor = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , medición aproximada: { $reason }
report-clock-timezone = , probablemente zona horaria incorrecta
# Variables:
#   $status (String) - the check's status
report-clock-status = Reloj: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Red: { $status }, patrón { $pattern }
report-not-finished = sin terminar
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = { $site } funciona en este navegador: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Pasos sugeridos: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Probados sin éxito: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Solucionado con: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Error visto por primera vez: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Id. de correlación mostrado por Teams: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Problemas en la configuración de la página: { $problems }
report-mail-subject = Problema de inicio de sesión en Teams (informe de autodiagnóstico)
report-mail-shortened = … (acortado: usa "Copiar informe" para obtener el texto completo)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = Sin respuesta después de { $duration }: probablemente la conexión se descarta sin aviso (firewall, VPN o proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = Sin respuesta en { $duration }: probablemente la conexión se descarta sin aviso (firewall, VPN o proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Error después de { $duration }: conexión rechazada o dirección no encontrada (bloqueo, sin DNS, sin red o un certificado en el que el navegador no confía).
endpoint-detail-intercepted = Algo respondió en lugar de Microsoft: la respuesta no es la configuración de inicio de sesión de Microsoft (por ejemplo, una página de bloqueo, la página de inicio de sesión de un proxy o la página de acceso de la red Wi-Fi de un hotel o de invitados).
endpoint-detail-unreadable = Respondió, pero este navegador no tenía permiso para leer la respuesta, así que la página no puede comprobar que procediera del servicio de inicio de sesión de Microsoft (aquí, la página de bloqueo de un proxy se vería igual).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = Respondió, pero con lentitud ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = Respondió en { $ms } ms.
# same as English: only a number and the unit symbol ms
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Inicio de sesión de Microsoft Entra
endpoint-label-login-alt = Inicio de sesión de Microsoft (alternativo)
endpoint-label-aadcdn-msauth = Archivos de la página de inicio de sesión
endpoint-label-aadcdn-msftauth = Archivos de la página de inicio de sesión (alternativo)
endpoint-label-teams = Servicio de Teams
endpoint-label-teams-cloud = Servicio de Teams (nueva dirección)
endpoint-label-teams-statics = Archivos de la aplicación Teams
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Inicio de sesión de Microsoft Entra (Gobierno de EE. UU.)
endpoint-label-teams-usgov = Servicio de Teams (Gobierno de EE. UU.)
endpoint-label-graph-usgov = Microsoft Graph (Gobierno de EE. UU.)
endpoint-label-login-china = Inicio de sesión de Microsoft Entra (21Vianet)
endpoint-label-login-partner-china = Inicio de sesión de Microsoft Entra (21Vianet, asociado)
# same as English: the product's and the operator's names
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = Servidor de esta página
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = la solicitud falló: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = sin respuesta en { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = el servidor respondió HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = el navegador lo rechazó: { $detail }
error-missing-date = la respuesta del servidor no tenía encabezado Date
# Variables:
#   $value (String) - the header's value
error-bad-date = no se pudo leer el encabezado Date del servidor: { $value }
error-no-samples = no hay ninguna medición del reloj con la que trabajar
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = JSON no válido en la línea { $line }, columna { $column }
error-texts = no se pueden leer los textos de la página

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } no es un JSON válido (línea { $line }, columna { $column }); se usan los valores predeterminados integrados
# Variables:
#   $file (String) - config.json
config-not-object = { $file } debe ser un objeto JSON { "{" } … { "}" }; se usan los valores predeterminados integrados
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file } no se pudo cargar ({ $reason }); se usan los valores predeterminados integrados
config-must-be-object = debe ser un objeto { "{" } … { "}" }; se usan los valores predeterminados
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = tiene más de { $max } caracteres y se ignoró
config-control-characters = contiene saltos de línea o caracteres de control y se ignoró
config-not-text = debe ser texto entre comillas y se ignoró
config-not-email = no es una dirección de correo electrónico; se ignoró
config-not-phone = solo puede contener dígitos, espacios y + - ( ) . /; se ignoró
# Variables:
#   $https (String) - https://
config-not-https = debe ser una dirección web que empiece por { $https }; se ignoró
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = debe estar entre { $min } y { $max }; se usa el valor predeterminado
config-not-number = debe ser un número; se usa el valor predeterminado
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn } s) debe ser menor que { $fail_key } ({ $fail } s); se usan los valores predeterminados { $default_warn } s y { $default_fail } s
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = debe ser una ruta del propio servidor de esta página (como { $default }), porque los navegadores ocultan la hora de otros servidores; se usa { $default }
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = debe ser uno de estos valores: { $choices }; se usa { $default }
config-no-usable-endpoint = no tiene ninguna entrada utilizable; se usan los puntos de conexión de Microsoft integrados
config-not-list = debe ser una lista [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = ("{ $id }") repite un id que ya se usa; se omite esta entrada
config-entry-not-object = debe ser un objeto con id, label y url; se omite esta entrada
config-bad-id = tiene un id que no consiste en 1 a 32 letras, dígitos, - o _; se omite esta entrada
config-no-id = no tiene id; se omite esta entrada
# Variables:
#   $id (String) - the reserved id
config-reserved-id = usa el id reservado "{ $id }" (el servidor de la propia página siempre se comprueba); se omite esta entrada
# Variables:
#   $id (String) - the entry's id
config-no-url = ("{ $id }") no tiene url; se omite esta entrada
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = ("{ $id }") { $reason }; se omite esta entrada
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = ("{ $id }") usa { $http }, que una página servida por HTTPS no puede probar (usa { $https }); se omite esta entrada
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = ("{ $id }") tiene un valor de "expect" desconocido (usa { $choices }); se omite esta entrada
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = ("{ $id }") tiene un "expect" que no es texto; se omite esta entrada
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = no es un idioma que incluya esta página ({ $choices }); se usa el inglés

## What is wrong with a URL (core/src/url.rs)

url-too-long = la URL tiene más de 2000 caracteres
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = la URL debe empezar por { $https } (o { $http })
url-userinfo = la URL no debe contener un nombre de usuario ni una contraseña
url-bad-host = el host de la URL no es válido
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = la URL contiene caracteres no permitidos (comillas, espacios, { $chars } …)
