### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = Das Skript unten tut genau das – nichts anderes und nichts, ohne Sie vorher zu fragen:
script-steps-legend = Schritte im Skript
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } wurde heruntergeladen – siehe Ihren Ordner „Downloads“.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = Der Download hat nicht begonnen ({ $reason }). Verwenden Sie „Skript kopieren“ und speichern Sie den Text als { $file }.
script-copied = Skript kopiert.
command-copied = Befehl kopiert.
copy-blocked-script = Der Browser hat das Kopieren blockiert: Markieren Sie das Skript und drücken Sie Strg+C (⌘C auf dem Mac).
copy-blocked-command = Der Browser hat das Kopieren blockiert: Markieren Sie den Befehl und drücken Sie Strg+C (⌘C auf dem Mac).
# Variables:
#   $file (String) - the script's file name
script-download = { $file } herunterladen
script-copy = Skript kopieren
# Variables:
#   $program (String) - PowerShell
script-run-windows = Führen Sie es dann mit diesem Befehl aus (nach dem Herunterladen, in einem PowerShell-Fenster: Startmenü → { $program } eingeben → Eingabetaste):
script-run-terminal = Führen Sie es dann mit diesem Befehl aus (nach dem Herunterladen, im Terminal):
script-copy-command = Befehl kopieren
# Variables:
#   $file (String) - the script's file name
script-old-copy = Schon einmal heruntergeladen? Löschen Sie zuerst die alte Kopie: Ihr Browser würde die neue sonst als { $file } mit einer angehängten Nummer speichern, und der Befehl oben würde die alte ausführen.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Möchten Sie zuerst sehen, was es tun würde? Hängen Sie { $flag } an das Ende des Befehls an: Dann ändert es nichts und zeigt jede Aktion an.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Lesen Sie das Skript, bevor Sie es ausführen ({ $n ->
    [one] { $n } Zeile
   *[other] { $n } Zeilen
  })
script-text-label = Skripttext
