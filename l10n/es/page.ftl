### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Autodiagnóstico de inicio de sesión de Teams (CAA20002)
page-skip-link = Ir a las comprobaciones
page-no-script = Las comprobaciones automáticas necesitan JavaScript y WebAssembly, que están desactivados en este navegador. Los pasos de abajo funcionan igualmente.
page-fatal-title = Algo salió mal en esta página
page-fatal-text = Vuelve a cargar la página para intentarlo de nuevo. Si vuelve a ocurrir, avisa al soporte técnico de TI e incluye este texto:
# The label of the language menu at the top of the page.
page-language-menu = Idioma

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Autodiagnóstico de inicio de sesión de Teams
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = ¿No puedes iniciar sesión en Teams (error { $code })? Veamos por qué.
page-lead = Esta página comprueba el reloj de tu equipo y su conexión con Microsoft, y después te indica la solución adecuada. No se instala nada y nada sale de este navegador a menos que tú lo envíes.

## Notices at the top

page-config-notice-title = El archivo de configuración de la página tiene un problema (la página sigue funcionando con la configuración integrada)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Avisa al soporte técnico de TI; pueden corregir { $file } sin volver a generar la página.
page-link-notice-title = Se ignoró parte del vínculo que abriste
page-link-notice-hint = La página funciona con normalidad; elige abajo tu sistema y tu versión de Teams si no son los correctos.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = No se reconoció el valor "{ $name }" del vínculo y se ignoró.
link-too-long = El valor "{ $name }" del vínculo era demasiado largo y se ignoró.
link-repeated = El vínculo indicaba "{ $name }" más de una vez; solo se usó el primero.
link-unknown-parameter = El vínculo contenía opciones que esta página no usa; se ignoraron.
link-truncated = El vínculo era inusualmente largo; solo se leyó su comienzo.

## Status words next to each check's icon (core/src/status.rs)

status-running = Comprobando…
status-ok = Correcto
status-warn = Advertencia
status-fail = Problema
status-unknown = No se pudo comprobar

## Summary at the top

summary-title = Resumen
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Comprobando… reloj: en curso; conexión: { $done } de { $total ->
    [one] { $total } dirección
   *[other] { $total } direcciones
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Comprobando… reloj: listo; conexión: { $done } de { $total ->
    [one] { $total } dirección
   *[other] { $total } direcciones
  }.
summary-ok = El reloj y la conexión con Microsoft parecen estar bien.
summary-warn = Las comprobaciones encontraron algo que conviene corregir.
summary-unknown = Algunas comprobaciones no pudieron terminar; consulta los detalles más abajo.
summary-fail = Las comprobaciones encontraron un problema que puede impedir que Teams inicie sesión.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Error { $code }: ponte en contacto con el departamento de TI.
summary-go-to-it-why = Solo el departamento de TI puede solucionar este error; el informe (sección 4) le indica lo que necesita.
summary-next-step = Tu siguiente paso:

## The checks

checks-title = 1. Comprobaciones
action-check-again = Comprobar de nuevo

## The clock check

clock-title = Fecha, hora y zona horaria
clock-failed = No se pudo comprobar el reloj.
clock-comparing = Comparando el reloj de tu equipo con el servidor…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = El reloj de tu equipo está en hora ({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = El reloj de tu equipo está { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Motivo: { $reason }. Comprueba tu conexión y selecciona "Comprobar de nuevo".
clock-server-time = Hora del servidor
clock-your-computer = Tu equipo
clock-time-zone = Zona horaria
clock-accuracy = Precisión
# same as English: only a number and the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (afinando…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Probablemente la zona horaria es incorrecta.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = La diferencia es casi exactamente un número entero de cuartos de hora, así que probablemente tu reloj muestra la hora local correcta, pero con una zona horaria incorrecta. La zona horaria de este equipo es { $zone }. Corrige primero la zona horaria y después deja que el reloj se ajuste solo.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = Corregir la zona horaria en { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Corregir la fecha y la hora en { $os }
clock-coarse-pending = Todavía se está midiendo con más precisión.
clock-coarse-date-reused = Este servidor reutiliza su marca de tiempo durante hasta un segundo, así que la página no puede medir con más precisión que un segundo aproximadamente. Es más que suficiente: los límites habituales del reloj (Kerberos, comprobación de tokens) son de minutos, no de segundos.
clock-coarse-not-verified = No se pudo confirmar una medición más fina, así que la página mantiene el margen aproximado de un segundo. Es más que suficiente: los límites habituales del reloj (Kerberos, comprobación de tokens) son de minutos, no de segundos.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = desfasado menos de un segundo
clock-offset-under-a-tenth = desfasado menos de una décima de segundo
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = entre { $near } y { $far } segundos adelantado
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = entre { $near } y { $far } segundos atrasado
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = desfasado menos de { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
  }
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = aproximadamente { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } adelantado
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } atrasado
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } y { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
  }

## The connection check

network-title = Conexión con el inicio de sesión de Microsoft
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Probando la conexión con Microsoft… (han respondido { $done } de { $total })
network-progress-label = Direcciones comprobadas
network-for-it = Para el departamento de TI:
network-table-caption = Resultado por dirección
network-column-service = Servicio
network-column-status = Estado
network-column-time = Tiempo
# same as English: only a number and the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = Se puede acceder al servicio de inicio de sesión de Microsoft desde este navegador.
network-all-reachable-1 = Lo más probable es que la red funcione bien desde aquí; el artículo de soporte indica que la causa más común es la propia caché de la aplicación Teams, con datos de inicio de sesión antiguos.
network-all-reachable-2 = Borra la caché de Teams con el script de abajo (guarda una copia de seguridad).
network-partial = Algunas direcciones de Microsoft responden y otras no.
network-partial-1 = Si usas una VPN, desconéctala y selecciona "Comprobar de nuevo".
network-partial-2 = Si tu empresa usa un proxy o un filtro web, el departamento de TI debe permitir las direcciones de Microsoft 365 que aparecen abajo con error.
network-partial-3 = Envía al departamento de TI el informe de esta página: indica las direcciones que fallaron.
network-blocked = Tu red funciona, pero las direcciones de inicio de sesión de Microsoft están bloqueadas.
network-blocked-1 = Si usas una VPN, desconéctala y selecciona "Comprobar de nuevo".
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = Si funciona sin la VPN, avisa al departamento de TI: la VPN o el proxy bloquea { $host }.
network-blocked-3 = El departamento de TI debe agregar los puntos de conexión de Microsoft 365 a la lista de permitidos (consulta el vínculo de abajo).
network-intercepted = Algo respondió en lugar de Microsoft.
network-intercepted-1 = Este navegador recibió una respuesta que no procede del servicio de inicio de sesión de Microsoft: por ejemplo, la página de bloqueo de un filtro web, la página de inicio de sesión de un proxy o la página de acceso de la red Wi-Fi de un hotel o de invitados.
network-intercepted-2 = Si una página te pide iniciar sesión en la red o aceptar sus condiciones, hazlo y después selecciona "Comprobar de nuevo".
network-intercepted-3 = Si no, prueba una vez sin la VPN o desde otra red (por ejemplo, el punto de acceso Wi-Fi de tu teléfono).
network-intercepted-4 = Cuéntale al departamento de TI lo que vio esta comprobación y envíale el informe: la red debe dejar pasar las direcciones de inicio de sesión de Microsoft.
network-offline = Parece que este equipo no está conectado a Internet.
network-offline-1 = Conéctate primero a una red Wi-Fi o con un cable de red y después selecciona "Comprobar de nuevo".
network-offline-2 = Si otros sitios web tampoco funcionan, reinicia el router o pide ayuda al departamento de TI; Teams no puede iniciar sesión sin conexión.
network-endpoints-link = Direcciones URL e intervalos de direcciones IP de Microsoft 365
network-tls-caveat = Lo que esta comprobación no puede ver: los certificados. Un proxy de empresa que inspecciona el tráfico cifrado con su propio certificado raíz, en el que este equipo confía, deja pasar la respuesta real de Microsoft y aquí parece una conexión normal. Solo una comprobación en el propio equipo (que lea la cadena de certificados) puede detectarlo.
network-path-caveat = La aplicación Teams puede usar una ruta de red distinta de la de este navegador (por ejemplo, el proxy del sistema). El script descargable de abajo vuelve a probar las mismas direcciones desde el propio Windows o macOS.

## Status words of one address (core/src/network.rs)

endpoint-running = Comprobando…
endpoint-ok = Accesible
endpoint-slow = Lenta
endpoint-fail = Error
endpoint-timeout = Sin respuesta
endpoint-intercepted = Interceptada

## The office.com question

office-title = Una pregunta
# Variables:
#   $link (String) - a link to office.com
office-ask = Abre { $link } en este navegador e inicia sesión con tu cuenta profesional. ¿Funciona?
# Variables:
#   $site (String) - office.com
office-group-label = ¿Funciona el inicio de sesión en { $site }?
office-yes = Sí, funciona
office-no = No, también falla
office-unknown = No lo he probado
# Variables:
#   $site (String) - office.com
office-why = Por qué lo preguntamos: si { $site } funciona, tu cuenta funciona y lo más probable es que el problema esté en Teams o en el inicio de sesión de Windows de este equipo, donde el artículo de soporte señala primero la caché de Teams. Si también falla, es más probable que la causa sea la red o la cuenta, y el departamento de TI debería revisarlo.

## Your computer: system and Teams version

choice-title = Tu equipo
choice-unknown-os = Este navegador no indica en qué sistema se ejecuta. Elige el equipo en el que Teams no puede iniciar sesión: el script de corrección y los pasos se preparan para ese equipo.
choice-mobile = Parece que estás en un teléfono o una tableta. La solución es para la aplicación de escritorio de Teams: elige el equipo en el que falla Teams y después abre esta página en ese equipo o envíale el script.
choice-os-label = Sistema operativo
choice-os-placeholder = Elegir…
choice-detected = (detectado a partir de este navegador; cámbialo si Teams se ejecuta en otro equipo)
choice-client-legend = ¿Qué Teams?
choice-client-how-to-tell = Cómo saberlo: el nuevo Teams tiene una etiqueta "NUEVO" o no tiene el interruptor "Probar el nuevo Teams", y su icono muestra una "T" sobre un fondo morado y blanco; Teams clásico se llama "Microsoft Teams (clásico)" en el menú Inicio o en la carpeta Aplicaciones. ¿Tienes dudas? Deja "Ambos": el script solo toca las carpetas que existen.
client-new = Nuevo Teams
client-classic = Teams clásico
client-both = Ambos / no lo sé

## The plan

plan-title = 2. Qué hacer, en orden
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = El paso { $n } lo solucionó.
plan-fixed-again = Si el error vuelve a aparecer, abre esta página de nuevo.
plan-none-fixed = Ninguno de los pasos lo solucionó. Es útil saberlo: ponte en contacto con el soporte técnico de TI y envíale el informe de abajo (indica lo que se comprobó).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = Soporte técnico: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Paso { $n } de { $total }: { $title }
plan-ask = ¿Se solucionó con esto?
plan-yes = Sí, Teams inicia sesión
plan-no-next = No, siguiente paso
plan-no-last = No, sigue fallando
plan-restart = Empezar los pasos de nuevo
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = En { $os }
plan-cache-use-script = Usa el script de corrección de abajo: cierra Teams, mueve la caché a una carpeta de copia de seguridad (así no se pierde nada), conserva tus fondos personalizados y vuelve a abrir Teams.
plan-go-to-script = Ir al script de corrección
plan-by-hand = O hazlo a mano
plan-go-to-network = Ir a la comprobación de conexión
plan-connect-how = Conéctate a una red Wi-Fi o con un cable de red, comprueba que se abren otros sitios web y después selecciona "Comprobar de nuevo" en la comprobación de conexión de arriba.
plan-account-send = El departamento de TI puede investigar más de lo que puede esta página. Envía el informe de abajo al soporte técnico de TI.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = El departamento de TI puede investigar más de lo que puede esta página. Envía el informe de abajo al soporte técnico de TI ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Abre la página de estado pública de Microsoft 365 y busca si hay un problema actual con el inicio de sesión o con Teams: { $link }. Espera unos minutos y vuelve a iniciar sesión en Teams.
plan-go-to-report = Ir al informe
plan-after-cache-intro = Antes de ponerte en contacto con el departamento de TI, o mientras esperas, en este orden:
plan-help-missing = No se pueden mostrar estos pasos: esta copia de la página se generó sin sus textos de ayuda. Avisa al soporte técnico de TI.

## The plan's steps (core/src/plan.rs)

plan-step-time = Configurar automáticamente la fecha, la hora y la zona horaria
plan-step-network = Desactivar la VPN y revisar el proxy
plan-step-connect = Comprobar la conexión a Internet
plan-step-tls = Comprobar que TLS 1.2 esté activado
plan-step-it = Ponerse en contacto con el departamento de TI y enviarle el informe
plan-step-helpdesk = ¿Sigue sin funcionar? Envía el informe al departamento de TI
plan-step-service = Consultar el estado de Microsoft 365 y volver a intentarlo más tarde
plan-step-cache-new = Borrar la caché del nuevo Teams (con copia de seguridad)
plan-step-cache-classic = Borrar la caché de Teams clásico (con copia de seguridad)
plan-step-cache-both = Borrar la caché de Teams (con copia de seguridad)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = Este equipo no pudo acceder a ningún sitio web durante la comprobación, y nada más puede funcionar hasta que vuelva a tener conexión.
plan-why-service-helpdesk = Si sigue fallando pasado un rato y la página de estado no muestra ningún problema, envía el informe al departamento de TI: un proxy de empresa puede dar la misma respuesta.
# Variables:
#   $site (String) - office.com
plan-why-office-network = El inicio de sesión también falla en { $site } y la comprobación de red aún no tiene respuesta, así que descarta la VPN y el proxy antes de ponerte en contacto con el departamento de TI.
# Variables:
#   $site (String) - office.com
plan-why-office-it = El inicio de sesión también falla en { $site }, así que es más probable que la causa sea la red o tu cuenta que la aplicación Teams; el departamento de TI puede revisar ambas cosas con el informe.
plan-why-network-after-offline = Cuando vuelvas a tener conexión, lo siguiente que hay que descartar es una VPN o un proxy que bloquee los servidores de inicio de sesión de Microsoft.
plan-why-network-unknown = La comprobación de red no tiene respuesta, y una VPN o un proxy que bloquee los servidores de inicio de sesión de Microsoft es la segunda causa que indica el artículo de soporte.
plan-why-tls = Es poco frecuente y se da sobre todo en equipos antiguos, pero en Windows, si TLS 1.2 está desactivado, el inicio de sesión no funciona, y se comprueba rápido.
plan-why-clock-unknown = La página no pudo comprobar el reloj, y una fecha, hora o zona horaria incorrecta es una de las causas conocidas.
plan-why-helpdesk = Si ninguno de los pasos te ayudó, envía al soporte técnico de TI el informe de esta página: muestra lo que se comprobó.
plan-why-it-generic = Este error debe revisarlo el departamento de TI.
plan-why-timezone = Comparado con el servidor de esta página, el reloj tiene una diferencia de un número entero de cuartos de hora: probablemente se ajustó a mano con una zona horaria incorrecta, así que la hora real también es incorrecta.
plan-why-clock-fail = Comparado con el servidor de esta página, el reloj tiene una diferencia mayor que el límite de tu organización (de forma predeterminada, 5 minutos, la tolerancia habitual de Kerberos y de la comprobación de tokens); un reloj incorrecto puede hacer que falle el inicio de sesión.
plan-why-clock-warn = Comparado con el servidor de esta página, el reloj tiene una diferencia mayor que el límite de advertencia de tu organización y se acerca al límite a partir del cual puede fallar el inicio de sesión.
plan-why-blocked = Este navegador no pudo acceder a los servidores de inicio de sesión de Microsoft mientras otros sitios sí respondían, así que una VPN, un proxy o un firewall lo está impidiendo.
plan-why-partial = Algunos servidores de Microsoft no respondieron a este navegador, así que es posible que una VPN, un proxy o un firewall esté bloqueando parte del inicio de sesión.
plan-why-intercepted = Algo respondió a este navegador en lugar de Microsoft (una página de bloqueo, la página de inicio de sesión de un proxy o la página de acceso de una red Wi-Fi de invitados), así que probablemente el inicio de sesión no puede llegar a Microsoft desde esta red.
plan-why-network-code = El código de error apunta a la conexión con Microsoft, así que descarta primero la VPN y el proxy.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = El inicio de sesión funciona en { $site } y los servidores de Microsoft responden, así que la causa probable son los datos de inicio de sesión que guarda la propia aplicación Teams; el artículo calcula que borrarlos soluciona más del 80 % de los casos.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = El inicio de sesión funciona en { $site } en este navegador, así que la causa probable son los datos de inicio de sesión que guarda la aplicación Teams; el artículo calcula que borrarlos soluciona más del 80 % de los casos.
plan-why-cache = El artículo de soporte indica que los datos de inicio de sesión antiguos en la caché de Teams son la causa más común de CAA20002, y al borrar la caché se guarda una copia de seguridad.

## What to keep doing once a step fixed it

plan-keep-time = Deja activadas la fecha, la hora y la zona horaria automáticas para que sigan siendo correctas.
plan-keep-network = Si vuelve a fallar cada vez que la VPN o el proxy están activos, avisa al departamento de TI: debe permitir las direcciones de inicio de sesión de Microsoft.
plan-keep-cache = Cuando Teams lleve unos días funcionando, puedes eliminar la carpeta de copia de seguridad.
plan-keep-tls = Deja TLS 1.2 activado.
plan-keep-account = Nos alegra que el departamento de TI lo haya resuelto.
plan-keep-connect = Vuelves a tener conexión.
plan-keep-service = El servicio vuelve a responder.

## Next step line in the summary

summary-next-done = Listo: Teams ya debería iniciar sesión
summary-next-helpdesk = Ponerse en contacto con el soporte técnico de TI y enviarle el informe

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = Esta página no conoce ese código; las indicaciones para { $code } de abajo siguen siendo válidas.
code-unknown = Esta página no conoce ese código; las indicaciones generales de abajo siguen siendo válidas.
# Variables:
#   $code (String) - the code the user typed
code-updated = Indicaciones y pasos actualizados para { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
# same as English: "Error" is also the Spanish word
code-title = Error { $code }: { $meaning }
code-title-general = Problemas de inicio de sesión en Teams: lo que suele ayudar
code-for-it = Este error es para el departamento de TI.
code-for-it-why = Los pasos de esta página no lo solucionarán; envía al departamento de TI el informe de la sección 4, más abajo.
code-more = Más información sobre este error
code-input-label = ¿Teams muestra otro código? Escríbelo o pégalo aquí
# Variables:
#   $code (String) - an example code
code-input-placeholder = p. ej., { $code }
code-loading = Cargando el significado de este código…
code-load-failed = No se pudo cargar el significado de este código. Comprueba tu conexión y vuelve a cargar la página; los pasos de abajo siguen siendo válidos.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title }: todos los detalles ({ $os })
article-show = Mostrar el artículo completo: síntomas, causas, todas las soluciones y vínculos
article-solutions = Soluciones
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. El script de corrección
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. El script de corrección para { $os }
script-choose-os = Elige tu sistema operativo en "Tu equipo", más arriba, para obtener el script que borra la caché de Teams de forma segura.
script-preparing = Preparando el script… Aparecerá aquí cuando las comprobaciones de arriba tengan sus resultados.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = No se pudo preparar el script aquí ({ $reason }). Vuelve a intentarlo o descarga el script listo para usar de abajo; los pasos del plan funcionan sin él.
action-try-again = Volver a intentarlo
# Variables:
#   $file (String) - the script's file name
script-download-static = Descargar el script listo para usar ({ $file }, opciones predeterminadas)
script-static-note = El script listo para usar borra la caché de las dos versiones de Teams con los pasos predeterminados. Ejecútalo con:

## The report for the helpdesk

report-title = 4. Informe para el soporte técnico de TI
report-intro = Si necesitas ayuda, envía este informe: recoge lo que midió esta página, para que el departamento de TI no tenga que preguntártelo. No contiene ningún nombre, cuenta ni contraseña. Esta página no envía nada por sí sola.
report-copy = Copiar informe
report-download = Descargar informe (JSON)
report-email = Enviar correo al soporte técnico
report-copied = Informe copiado: pégalo en tu mensaje para el soporte técnico.
# Variables:
#   $file (String) - the file's name
report-saved = { $file } se guardó en la carpeta Descargas.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = La descarga no se inició ({ $reason }); usa "Copiar informe" en su lugar.
report-notes-legend = Opcional: ayuda al departamento de TI a encontrar tu intento de inicio de sesión
report-error-time-label = ¿Cuándo apareció el error?
report-error-time-note = Hora local de tu equipo; el informe indica su zona horaria.
report-correlation-label = Id. de correlación (Teams lo muestra debajo del error)
report-correlation-note = Cópialo de la ventana de error de Teams; identifica el intento en los registros de inicio de sesión de Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = No es una fecha y hora que esta página pueda leer. Usa el selector de fecha o escríbela así: { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = No es un Id. de correlación. Tiene la forma 8-4-4-4-12 (letras y dígitos), por ejemplo { $example }.
report-show = Mostrar el informe
report-text-label = Texto del informe
report-json-label = Informe en JSON
copy-blocked-report = El navegador bloqueó la copia: selecciona el texto del informe y presiona Ctrl+C (⌘C en Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Ayuda: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Autodiagnóstico de inicio de sesión de Teams { $version }. Esta página no envía nada a ningún sitio: las comprobaciones solo preguntan a los servidores de Microsoft si responden, y el informe se queda en tu navegador hasta que lo envíes.

## Loading the texts that come after the checks

later-loading = Cargando…
later-failed = No se pudo cargar esta parte. Comprueba tu conexión y vuelve a cargar la página.
