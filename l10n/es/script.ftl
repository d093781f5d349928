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
script-run-terminal = Después, ejecútalo con este comando (una vez descargado, en Terminal):
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
