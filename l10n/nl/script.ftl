### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = Het script hieronder doet precies dit, niets anders, en niets zonder het je eerst te vragen:
script-steps-legend = Stappen in het script
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } is gedownload; je vindt het in je map Downloads.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = Het downloaden is niet gestart ({ $reason }). Gebruik “Script kopiëren” en sla de tekst op als { $file }.
script-copied = Script gekopieerd.
command-copied = Opdracht gekopieerd.
copy-blocked-script = De browser heeft het kopiëren geblokkeerd: selecteer het script en druk op Ctrl+C (⌘C op een Mac).
copy-blocked-command = De browser heeft het kopiëren geblokkeerd: selecteer de opdracht en druk op Ctrl+C (⌘C op een Mac).
# Variables:
#   $file (String) - the script's file name
script-download = { $file } downloaden
script-copy = Script kopiëren
# Variables:
#   $program (String) - PowerShell
script-run-windows = Voer het daarna uit met deze opdracht (na het downloaden, in een PowerShell-venster: menu Start → typ { $program } → Enter):
script-run-terminal = Voer het daarna uit met deze opdracht (na het downloaden, in Terminal):
script-copy-command = Opdracht kopiëren
# Variables:
#   $file (String) - the script's file name
script-old-copy = Heb je het al eens gedownload? Verwijder dan eerst de oude kopie: je browser zou de nieuwe anders opslaan als { $file } met een nummer erbij, en de opdracht hierboven zou dan de oude uitvoeren.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Wil je eerst zien wat het zou doen? Zet { $flag } aan het eind van de opdracht: dan verandert het niets en toont het elke actie.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Lees het script voordat je het uitvoert ({ $n ->
    [one] { $n } regel
   *[other] { $n } regels
  })
script-text-label = Tekst van het script
