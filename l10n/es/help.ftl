### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: el servicio de inicio de sesión rechazó la solicitud de Teams
help-article-summary = Teams muestra el error CAA20002 al iniciar sesión: el servicio de inicio de sesión de Microsoft respondió, pero rechazó la solicitud por no ser válida. El artículo de soporte enumera las causas probables en este orden: datos de inicio de sesión antiguos en la caché de Teams, una VPN o un proxy de por medio, TLS 1.2 desactivado (poco frecuente) y una fecha, hora o zona horaria incorrecta.
help-symptoms-title = Síntomas
help-symptom-1 = El inicio de sesión en Teams falla con el error CAA20002.
help-symptom-2 = Teams se queda bloqueado en la pantalla de inicio de sesión.
help-symptom-3 = Otros servicios de Microsoft en el navegador, como Outlook en la Web, siguen funcionando.
help-causes-title = Causas
help-cause-1 = Datos de inicio de sesión antiguos y expirados en la caché de Teams.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = Una VPN o un proxy bloquea { $host }.
help-cause-3 = TLS 1.2 está desactivado en el equipo (poco frecuente).
help-cause-4 = La fecha, la hora o la zona horaria son incorrectas.
help-links-title = Vínculos útiles
help-background-title = Contexto
help-background-1 = El artículo de soporte indica que CAA20002 casi siempre es un problema del equipo, no una interrupción de Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = Si el inicio de sesión en { $site } funciona en tu navegador, el artículo calcula que borrar la caché de Teams soluciona más del 80 % de los casos (es su estimación, no una medición).
help-background-3 = Si también falla ahí, el artículo apunta a la red o a tu cuenta, más que a la aplicación Teams: ponte en contacto con el departamento de TI y envíale el informe de esta página.

## Useful links: the page's name, then who it is for

help-link-endpoints = Direcciones URL e intervalos de direcciones IP de Microsoft 365
help-link-endpoints-note = Para el departamento de TI: las direcciones que un proxy o un firewall deben permitir.
help-link-status = Estado de Microsoft 365
help-link-status-note = Página pública: ¿tiene Microsoft ahora mismo una interrupción más amplia?
help-link-service-health = Estado del servicio en el Centro de administración de Microsoft 365
help-link-service-health-note = Para administradores de TI (requiere una cuenta de administrador): incidencias que afectan a tu organización.
help-link-sign-in-codes = Soporte técnico de Microsoft: ¿Por qué tengo problemas para iniciar sesión en Microsoft Teams?
help-link-sign-in-codes-note = La tabla de Microsoft con los códigos de estado de inicio de sesión de Teams y qué probar en cada caso.
help-link-sign-in-errors = Microsoft Learn: Resolver errores de inicio de sesión en Teams
help-link-sign-in-errors-note = Para el departamento de TI: los pasos de solución de problemas de Microsoft para algunos errores de inicio de sesión de Teams.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Borrar la caché de Teams (con copia de seguridad)
help-solution-cache-intro = Teams guarda datos de inicio de sesión en su caché; el artículo de soporte indica que los datos antiguos y expirados que hay en ella son la causa más común de CAA20002.
help-solution-vpn-proxy = Desactivar la VPN y revisar el proxy
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = Una VPN o un proxy de empresa que bloquee { $host } impide el inicio de sesión.
help-solution-tls = Comprobar que TLS 1.2 esté activado (solo Windows)
help-solution-tls-intro = Poco frecuente (lo dice el propio artículo): los servidores de inicio de sesión de Microsoft necesitan TLS 1.2 o posterior, así que en Windows 10 el inicio de sesión falla si TLS 1.2 está desactivado.
help-solution-time = Comprobar la fecha, la hora y la zona horaria
help-solution-time-intro = Con una fecha u hora incorrectas, las conexiones seguras y el inicio de sesión pueden fallar; una zona horaria incorrecta importa cuando después se ajustó el reloj a mano para que pareciera correcto.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Vuelve a abrir Teams e inicia sesión. La primera vez tarda más, mientras Teams vuelve a crear su caché.
help-cache-macos-quit = Sal de Teams: en la barra de menús de la parte superior, haz clic en el menú Teams (junto al menú Apple) y elige Salir (o presiona Comando + Q).
help-cache-macos-force = Si Teams no se cierra, abre Monitor de Actividad, busca "Teams", selecciónalo, haz clic en el botón Detener (✕) de la parte superior y elige Forzar salida.
help-cache-macos-terminal = Abre Terminal (Aplicaciones > Utilidades > Terminal), pega este comando y presiona Retorno. Mueve la caché de Teams a una carpeta de copia de seguridad con fecha en tu carpeta de inicio; no se elimina nada.
help-cache-macos-privacy = Si macOS pregunta si Terminal puede acceder a datos de otras apps, haz clic en Permitir. Si aparece "Operation not permitted", activa Terminal en Ajustes del Sistema > Privacidad y seguridad > Acceso total al disco y vuelve a ejecutar el comando.
help-cache-macos-backgrounds = Tus fondos personalizados para reuniones están en la carpeta de copia de seguridad. Cuando Teams lleve unos días funcionando, puedes eliminar la copia de seguridad.
help-cache-linux-quit = Sal de Teams desde el menú de su icono en la bandeja del sistema: al cerrar la ventana, solo se oculta.
help-cache-linux-terminal = Abre un terminal, pega este comando y presiona Entrar. Mueve la caché de Teams a una carpeta de copia de seguridad con fecha en tu carpeta personal; no se elimina nada.
help-cache-linux-delete-later = Cuando Teams lleve unos días funcionando, puedes eliminar la carpeta de copia de seguridad.
help-cache-windows-quit = Sal de Teams: haz clic con el botón derecho en el icono de Teams que está junto al reloj (abajo a la derecha; haz clic en ^ si no lo ves) y elige Salir.
help-cache-windows-task-manager = Abre el Administrador de tareas (Ctrl + Mayús + Esc). Si Microsoft Teams sigue en la lista, selecciónalo y haz clic en Finalizar tarea.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Crea en el Escritorio una carpeta llamada { $folder }. Si mueves la caché ahí en lugar de eliminarla, siempre puedes volver atrás.
help-cache-windows-open-new = Presiona la tecla Windows + R, pega esto y presiona Entrar. El Explorador de archivos abre la carpeta que contiene la caché del nuevo Teams y su inicio de sesión guardado.
help-cache-windows-open-classic = Presiona la tecla Windows + R, pega esto y presiona Entrar. El Explorador de archivos abre la carpeta de caché de Teams clásico.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Selecciona todo su contenido (Ctrl + A), córtalo (Ctrl + X) y pégalo (Ctrl + V) en una carpeta nueva llamada { $sub } dentro de { $folder }. No toques las carpetas que están por encima de { $cache }: hay usuarios que indican que Teams deja de iniciarse sin ellas.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Selecciona todo su contenido (Ctrl + A), córtalo (Ctrl + X) y pégalo (Ctrl + V) en una carpeta nueva llamada { $sub } dentro de { $folder }.
help-cache-windows-powershell = ¿Prefieres escribir? Este comando de PowerShell hace los mismos movimientos a una carpeta de copia de seguridad con fecha en tu carpeta de usuario. Para abrir PowerShell, haz clic con el botón derecho en Inicio > Terminal (Windows PowerShell en Windows 10).
help-cache-windows-backgrounds = Tus fondos personalizados para reuniones están en la copia de seguridad, en la carpeta que se muestra aquí: vuelve a copiarlos si los echas de menos. Cuando Teams lleve unos días funcionando, puedes eliminar la copia de seguridad.

## VPN and proxy

help-network-vpn-windows = Desconecta la VPN desde su icono junto al reloj o en Configuración > Red e Internet > VPN, y vuelve a intentar iniciar sesión en Teams.
help-network-vpn-macos = Desconecta la VPN desde su icono en la barra de menús o en Ajustes del Sistema > VPN, y vuelve a intentar iniciar sesión en Teams.
help-network-vpn-linux = Desconecta la VPN desde su icono o desde el menú de red de la parte superior derecha, y vuelve a intentar iniciar sesión en Teams.
help-network-vpn-required = Si tu empresa exige la VPN para Teams, déjala conectada y pasa al siguiente paso.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = En una red de empresa con proxy, debe poder accederse a { $login } y a { $teams }. La comprobación de red de esta página lo prueba por ti.
help-network-proxy-windows = Para ver si hay un proxy configurado, abre Configuración > Red e Internet > Proxy. Anota lo que aparece para el departamento de TI.
help-network-proxy-macos = Para ver si hay un proxy configurado, abre Ajustes del Sistema > Red, elige tu conexión, haz clic en Detalles… y después en Proxies. Anota lo que aparece para el departamento de TI.
help-network-proxy-linux = Para ver si hay un proxy configurado, abre Configuración > Red > Proxy de la red. Anota lo que aparece para el departamento de TI.
help-network-ask-it = Si algo está bloqueado, pide al departamento de TI que permita las direcciones de Microsoft 365 en el proxy o el firewall, y envíale el informe de esta página.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Presiona la tecla Windows + R, escribe esto y presiona Entrar. Se abre la ventana Propiedades de Internet.
help-tls-advanced = Abre la pestaña Opciones avanzadas y desplázate hasta la sección Seguridad. Asegúrate de que "Usar TLS 1.2" esté activada.
help-tls-13 = En Windows 11, activa también "Usar TLS 1.3". En Windows 10, deja "Usar TLS 1.3" como está: Microsoft solo admite TLS 1.3 a partir de Windows 11.
help-tls-apply = Haz clic en Aplicar, después en Aceptar, y reinicia el equipo.
help-tls-greyed = Si las casillas aparecen atenuadas, tu empresa administra esta configuración: avisa al departamento de TI.

## Date, time and time zone

help-time-restart = Reinicia Teams y después selecciona "Comprobar de nuevo" en la comprobación del reloj de esta página.
help-time-check-restart = Comprueba que el reloj muestra la hora correcta, reinicia Teams y después selecciona "Comprobar de nuevo" en la comprobación del reloj de esta página.
help-time-windows-open = Abre Configuración > Hora e idioma > Fecha y hora.
help-time-windows-link = Abrir la configuración de Fecha y hora
help-time-windows-zone = Activa "Establecer la zona horaria automáticamente" o elige tu zona horaria en la lista "Zona horaria".
help-time-windows-zone-only = Activa "Establecer la zona horaria automáticamente". Si aparece atenuada o elige una zona incorrecta, desactívala y elige tu zona horaria en la lista "Zona horaria".
help-time-windows-auto = Activa "Establecer la hora automáticamente".
help-time-windows-sync = Haz clic en "Sincronizar ahora" (en "Configuración adicional" en Windows 11).
help-time-macos-open = Abre el menú Apple > Ajustes del Sistema > General > Fecha y hora.
help-time-macos-zone = Activa "Ajustar la zona horaria automáticamente según la ubicación actual", o desactívala y elige la ciudad más cercana en "Ciudad más cercana".
help-time-macos-auto = Activa "Ajustar fecha y hora automáticamente".
help-time-linux-open = Abre Configuración > Fecha y hora (Configuración > Sistema > Fecha y hora en las versiones recientes de GNOME).
help-time-linux-zone = Activa "Zona horaria automática" o elige tu zona horaria manualmente.
help-time-linux-auto = Activa "Fecha y hora automáticas". En un terminal, esto hace lo mismo (puede pedirte la contraseña):
help-time-linux-zone-show = Activa "Zona horaria automática" o elige tu zona horaria manualmente. En un terminal, esto muestra la zona configurada actualmente:

## When clearing the cache did not help (in this order)

help-next-restart = Reiniciar el equipo (después de un cambio de contraseña reciente)
help-next-restart-why = Después de un cambio de contraseña, Windows y macOS pueden seguir usando el inicio de sesión anterior hasta que se reinicia el equipo.
help-next-restart-1 = Guarda tu trabajo y reinicia el equipo (un reinicio real, no suspender ni cerrar sesión).
help-next-restart-2 = Inicia sesión en el equipo con tu contraseña actual y después abre Teams e inicia sesión.
help-next-work-account = Quitar y volver a agregar tu cuenta profesional en Windows (con el consentimiento del departamento de TI)
help-next-work-account-why = Teams inicia sesión a través de la cuenta profesional que guarda Windows, así que un problema con esa cuenta puede impedir el inicio de sesión de Teams. Es un consejo habitual, no un paso de las páginas de Microsoft sobre el inicio de sesión en Teams.
help-next-work-account-1 = Pregunta antes al departamento de TI: en un equipo administrado por la empresa, quitar la cuenta puede eliminar la administración del equipo o las aplicaciones de la empresa.
help-next-work-account-2 = Abre Configuración > Cuentas > Obtener acceso a trabajo o escuela.
help-next-work-account-3 = Selecciona tu cuenta profesional, elige Desconectar y confirma.
help-next-work-account-4 = Reinicia el equipo; después, elige Conectar en la misma página e inicia sesión con tu dirección profesional.
help-next-open-teams = Abre Teams e inicia sesión.
help-next-reset-windows = Restablecer la aplicación Teams
help-next-reset-windows-why = Restablecer borra todo lo que la aplicación guarda en este equipo, algo que el paso de la caché por sí solo no hace.
help-next-reset-windows-1 = Sal de Teams.
help-next-reset-windows-2 = Abre Configuración > Aplicaciones > Aplicaciones instaladas, busca Microsoft Teams, selecciona … y después Opciones avanzadas.
help-next-reset-windows-3 = En Restablecer, elige Restablecer y confirma. Esto borra los datos de Teams en este equipo, incluidas tu configuración y tus fondos personalizados; tus chats y archivos se conservan en la nube.
help-next-reset-macos = Quitar del llavero la cuenta guardada de Teams (lo hace el departamento de TI)
help-next-reset-macos-why = El nuevo Teams guarda la cuenta en el llavero de macOS, que el paso de la caché no toca.
help-next-reset-macos-1 = Pide al departamento de TI que haga este paso, o que antes lo confirme para tu Mac: los nombres de los elementos de abajo proceden de informes de la comunidad, no de Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Sal de Teams. Abre Acceso a Llaveros (Aplicaciones > Utilidades) y busca { $first }, { $second } y, en macOS 15, { $third }.
help-next-reset-macos-3 = El departamento de TI elimina esos elementos (clic con el botón derecho > Eliminar) y después tú abres Teams y vuelves a iniciar sesión.
help-next-web = Seguir trabajando en Teams en la Web
help-next-web-why = Teams en el navegador inicia sesión por su cuenta, así que puedes seguir trabajando mientras se soluciona la aplicación.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Abre { $url } en Edge o Chrome e inicia sesión con tu cuenta profesional.
help-next-web-2 = Sigue usándolo hasta que la aplicación Teams vuelva a funcionar o el departamento de TI la haya revisado.

## Saving Teams' support files before clearing anything

help-support-windows-1 = Si el departamento de TI puede necesitar los archivos de soporte de Teams, guárdalos antes de borrar nada: con Teams abierto, presiona Ctrl+Alt+Mayús+1.
help-support-windows-2 = Teams guarda los archivos en la carpeta Descargas; consérvalos hasta que el departamento de TI te diga que ya no los necesita.
help-support-macos-1 = Si el departamento de TI puede necesitar los archivos de soporte de Teams, guárdalos antes de borrar nada: con Teams abierto, presiona Opción+Comando+Mayúsculas+1.
help-support-macos-2 = Busca primero los archivos en la carpeta Descargas (Microsoft solo indica esa carpeta para Windows y Linux); consérvalos hasta que el departamento de TI te diga que ya no los necesita.
help-support-linux = La aplicación Teams para Linux no tiene un método abreviado para los archivos de soporte; en su lugar, cuéntale al departamento de TI lo que ves.
