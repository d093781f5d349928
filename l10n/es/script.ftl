### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = El script de abajo hace exactamente esto; nada más, y nada sin preguntarte antes:
script-steps-legend = Pasos del script
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } descargado: búscalo en la carpeta Descargas.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = La descarga no se inició ({ $reason }). Usa "Copiar script" y guarda el texto como { $file }.
script-copied = Script copiado.
command-copied = Comando copiado.
copy-blocked-script = El navegador bloqueó la copia: selecciona el script y presiona Ctrl+C (⌘C en Mac).
copy-blocked-command = El navegador bloqueó la copia: selecciona el comando y presiona Ctrl+C (⌘C en Mac).
# Variables:
#   $file (String) - the script's file name
script-download = Descargar { $file }
script-copy = Copiar script
# Variables:
#   $program (String) - PowerShell
script-run-windows = Después, ejecútalo con este comando (una vez descargado, en una ventana de PowerShell: menú Inicio → escribe { $program } → Entrar):
script-run-macos = Después, ejecútalo con este comando (una vez descargado, en Terminal: Aplicaciones → Utilidades → Terminal):
script-run-linux = Después, ejecútalo con este comando (una vez descargado, en una ventana de terminal):
script-copy-command = Copiar comando
# Variables:
#   $file (String) - the script's file name
script-old-copy = ¿Ya lo habías descargado? Elimina primero la copia anterior: el navegador guardaría la nueva como { $file } con un número añadido, y el comando de arriba ejecutaría la anterior.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = ¿Quieres ver primero lo que haría? Agrega { $flag } al final del comando: así no cambia nada y muestra cada acción.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Lee el script antes de ejecutarlo ({ $n ->
    [one] { $n } línea
   *[other] { $n } líneas
  })
script-text-label = Texto del script
# Shown when For IT chose the unattended variant.
script-unattended-chosen = Esta es la variante desatendida, elegida en "Para el departamento de TI": está pensada para Intune, Jamf u otras herramientas, no para ejecutarla a mano.
# Windows only. Shown under the command.
script-execution-policy = Si PowerShell responde que no se puede cargar el archivo porque no está firmado digitalmente, tu organización solo permite scripts firmados. No se ejecutó ni se cambió nada. Pide al departamento de TI una copia firmada del script, o pídele que lo ejecute por ti mediante su sistema de administración de dispositivos.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Cerrar Teams primero
script-option-clear = Borrar la caché de Teams
script-option-clear-note = se mueve a una carpeta de copia de seguridad que puedes restaurar
script-option-delete = Eliminar la caché en lugar de guardar una copia de seguridad
script-option-delete-note = no se puede deshacer; solo si el disco está lleno
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = Restablecer la aplicación del nuevo Teams ({ $command })
script-option-reset-note = borra todos los datos del nuevo Teams en este equipo, incluidos los fondos personalizados; solo si borrar la caché no sirvió
script-option-retest = Volver a probar la hora, el proxy, la VPN y las direcciones de Microsoft desde el propio equipo
script-option-tls = Comprobar la configuración de TLS 1.2 / 1.3 (pregunta antes de cambiar nada)
script-option-time = Sincronizar el reloj (pide permisos de administrador solo para ese comando; sin ellos, abre la configuración de fecha y hora)
script-option-restart = Volver a abrir Teams al final
script-option-unattended = Convertir el script de corrección en la variante desatendida, para Intune, Jamf u otras herramientas
script-option-unattended-note = no pregunta nada, escribe su registro en un archivo fijo e indica el resultado con su código de salida

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = Esta es la variante desatendida para Intune u otras herramientas: no pregunta nada, hace lo que se elige aquí, escribe su registro en { $folder } e indica el resultado con su código de salida. Si se inicia en PowerShell de 32 bits, vuelve a ejecutarse en el de 64 bits.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = Esta es la variante desatendida para Jamf u otras herramientas: no pregunta nada, hace lo que se elige aquí, escribe su registro en { $folder }, dentro de la carpeta de inicio del usuario, e indica el resultado con su código de salida. Si se ejecuta como root sin terminal (como lo ejecuta Jamf), actúa para el usuario que tiene la sesión iniciada en la pantalla y no hace nada si no hay nadie.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = Esta es la variante desatendida para herramientas de administración: no pregunta nada, hace lo que se elige aquí, escribe su registro en { $folder }, dentro de la carpeta personal del usuario, e indica el resultado con su código de salida. Debe ejecutarse como el usuario.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = Primero muestra lo que va a hacer y te pregunta antes de cambiar nada. Agrega { $flag } para ver solo el plan.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Cierra Microsoft Teams (solo tus propias ventanas y procesos en segundo plano de Teams) y lo obliga a detenerse si no se ha cerrado después de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
  }.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Elimina los datos de inicio de sesión guardados y la caché de Teams ({ $folders }). No se puede deshacer.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Mueve los datos de inicio de sesión guardados y la caché de Teams ({ $folders }) a una carpeta de copia de seguridad en { $folder } (tu perfil local, que no se copia a otros equipos), para que puedas deshacerlo; el script muestra el comando exacto para deshacerlo.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Mueve los datos de inicio de sesión guardados y la caché de Teams ({ $folders }) a una carpeta de copia de seguridad en tu carpeta de inicio, para que puedas deshacerlo; el script muestra el comando exacto para deshacerlo.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Conserva { $n ->
    [one] la carpeta de copia de seguridad más reciente
   *[other] las { $n } carpetas de copia de seguridad más recientes
  }: después de una ejecución correcta, elimina las más antiguas y lo indica.
script-does-keep-backgrounds = Conserva tus fondos personalizados para reuniones.
script-does-needs-closed = No toca la caché si Teams sigue abierto: cierra Teams primero.
script-does-reset = Restablece la aplicación del nuevo Teams, como hace Configuración > Aplicaciones > Aplicaciones instaladas > Microsoft Teams > Opciones avanzadas > Restablecer. Esto borra todos los datos del nuevo Teams en este equipo: el inicio de sesión, la configuración, la caché y los fondos personalizados para reuniones (los chats, los archivos y las reuniones se conservan en Microsoft 365). Pregunta antes; no se puede deshacer. Si Windows 10 no tiene el comando para restablecer, abre Configuración > Aplicaciones en su lugar.
script-does-reset-unattended = Restablece la aplicación del nuevo Teams, como hace Configuración > Aplicaciones > Aplicaciones instaladas > Microsoft Teams > Opciones avanzadas > Restablecer. Esto borra todos los datos del nuevo Teams en este equipo: el inicio de sesión, la configuración, la caché y los fondos personalizados para reuniones (los chats, los archivos y las reuniones se conservan en Microsoft 365). No pregunta; no se puede deshacer. Si Windows 10 no tiene el comando para restablecer, abre Configuración > Aplicaciones en su lugar.
script-does-retest = Comprueba, sin cambiar nada, si este equipo puede acceder a las direcciones de inicio de sesión de Microsoft, e informa de tu configuración de proxy y VPN y de si tu reloj está en hora.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Además, lee lo que un navegador no puede ver: qué entidad de certificación le muestra a Windows la dirección de inicio de sesión de Microsoft (ahí se nota la inspección TLS de una empresa), si hay de por medio una página de acceso de una red Wi-Fi y cómo está registrado este dispositivo en Microsoft ({ $command }).
script-does-retest-macos = Además, lee lo que un navegador no puede ver: qué entidad de certificación le muestra a este Mac la dirección de inicio de sesión de Microsoft (ahí se nota la inspección TLS de una empresa), si hay de por medio una página de acceso de una red Wi-Fi y qué elementos de inicio de sesión de Teams hay en tu llavero (solo los nombres; no se lee ninguna contraseña).
script-does-retest-linux = Además, lee lo que un navegador no puede ver: qué entidad de certificación le muestra a este equipo la dirección de inicio de sesión de Microsoft (ahí se nota la inspección TLS de una empresa) y si hay de por medio una página de acceso de una red Wi-Fi.
script-does-tls = Comprueba la configuración de TLS del propio Windows, que usa el servicio de inicio de sesión (la ventana de Teams la ignora): TLS 1.2 debe estar activado. Si está desactivado en tu configuración, te ofrece activarlo (también TLS 1.3 en Windows 11); pregunta antes, la respuesta predeterminada es no, y anota en el registro la configuración anterior.
script-does-tls-unattended = Comprueba la configuración de TLS del propio Windows, que usa el servicio de inicio de sesión (la ventana de Teams la ignora): TLS 1.2 debe estar activado. Si está desactivado en la configuración del propio usuario, lo activa (también TLS 1.3 en Windows 11) sin preguntar y anota en el registro la configuración anterior.
script-does-time-windows = Sincroniza tu reloj: Windows te pide permisos de administrador solo para ese comando (el resto se ejecuta con tu cuenta). Si no los concedes, te abre la configuración de Fecha y hora.
script-does-time-macos = Pone en hora tu reloj con el servidor de hora de Apple si eres administrador (te pide la contraseña); si no, abre los ajustes de Fecha y hora.
script-does-time-linux = Activa la hora automática si puedes usar sudo (te pide la contraseña); si no, te indica dónde activarla.
script-does-time-unattended-windows = Sincroniza el reloj solo si se ejecuta con permisos de administrador (no los pide); si no, lo indica en el registro.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Pone en hora el reloj solo si { $command } no necesita contraseña en este equipo; si no, lo indica en el registro.
script-does-restart = Vuelve a abrir Teams al final para que puedas iniciar sesión de nuevo.
script-does-no-admin = No necesita permisos de administrador y escribe un archivo de registro en la carpeta de copia de seguridad.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Escribe un archivo de registro en la carpeta de copia de seguridad.
script-does-not-installed = Si Teams no está instalado, lo indica, omite los pasos de Teams y ejecuta los demás.
script-does-nothing = No hace nada: no hay ningún paso seleccionado.
script-does-change-nothing = No cambia nada en tu equipo.
