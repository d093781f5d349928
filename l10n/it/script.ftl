### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = Lo script qui sotto fa esattamente questo, nient'altro, e niente senza prima chiedertelo:
script-steps-legend = Passaggi dello script
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } scaricato: lo trovi nella cartella Download.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = Il download non è partito ({ $reason }). Usa "Copia script" e salva il testo come { $file }.
script-copied = Script copiato.
command-copied = Comando copiato.
copy-blocked-script = Il browser ha bloccato la copia: seleziona lo script e premi Ctrl+C (⌘C su un Mac).
copy-blocked-command = Il browser ha bloccato la copia: seleziona il comando e premi Ctrl+C (⌘C su un Mac).
# Variables:
#   $file (String) - the script's file name
script-download = Scarica { $file }
script-copy = Copia script
# Variables:
#   $program (String) - PowerShell
script-run-windows = Poi eseguilo con questo comando (dopo il download, in una finestra di PowerShell: menu Start → digita { $program } → Invio):
script-run-terminal = Poi eseguilo con questo comando (dopo il download, nel Terminale):
script-copy-command = Copia comando
# Variables:
#   $file (String) - the script's file name
script-old-copy = L'hai già scaricato in passato? Elimina prima la vecchia copia: il browser salverebbe quella nuova come { $file } con l'aggiunta di un numero, e il comando qui sopra eseguirebbe quella vecchia.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Vuoi vedere prima che cosa farebbe? Aggiungi { $flag } alla fine del comando: in questo modo non modifica nulla e mostra ogni azione.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Leggi lo script prima di eseguirlo ({ $n ->
    [one] { $n } riga
   *[other] { $n } righe
  })
script-text-label = Testo dello script
