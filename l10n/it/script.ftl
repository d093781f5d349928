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
script-run-macos = Poi eseguilo con questo comando (dopo il download, in Terminale: Applicazioni → Utility → Terminale):
script-run-linux = Poi eseguilo con questo comando (dopo il download, in una finestra del terminale):
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
# Shown when For IT chose the unattended variant.
script-unattended-chosen = Questa è la variante non presidiata, scelta in "Per il reparto IT": è pensata per Intune, Jamf o altri strumenti, non per essere eseguita a mano.
# Windows only. Shown under the command.
script-execution-policy = Se PowerShell risponde che non è possibile caricare il file perché non dispone di firma digitale, la tua organizzazione consente solo script firmati. Non è stato eseguito né modificato nulla. Chiedi al reparto IT una copia firmata dello script, oppure chiedi loro di eseguirlo per te con il loro strumento di gestione dei dispositivi.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Chiudi prima Teams
script-option-clear = Cancella la cache di Teams
script-option-clear-note = spostata in una cartella di backup che puoi ripristinare
script-option-delete = Elimina la cache invece di conservarne un backup
script-option-delete-note = non si può tornare indietro; solo se il disco è pieno
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = Reimposta l'app del nuovo Teams ({ $command })
script-option-reset-note = cancella tutti i dati del nuovo Teams su questo computer, compresi gli sfondi personalizzati; solo se cancellare la cache non è servito
script-option-retest = Ripeti il test di ora, proxy, VPN e indirizzi di Microsoft dal computer stesso
script-option-tls = Controlla le impostazioni TLS 1.2 / 1.3 (chiede conferma prima di modificare qualcosa)
script-option-time = Sincronizza l'orologio (chiede i diritti di amministratore solo per quel comando; senza, apre le impostazioni di data e ora)
script-option-restart = Avvia di nuovo Teams alla fine
script-option-unattended = Genera lo script di correzione nella variante non presidiata, per Intune, Jamf o altri strumenti
script-option-unattended-note = non chiede nulla, scrive il log in un file fisso e comunica il risultato con il codice di uscita

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = Questa è la variante non presidiata per Intune o altri strumenti: non chiede nulla, fa ciò che è stato scelto qui, scrive il log in { $folder } e comunica il risultato con il codice di uscita. Se viene avviata in PowerShell a 32 bit, si riavvia da sola in quello a 64 bit.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = Questa è la variante non presidiata per Jamf o altri strumenti: non chiede nulla, fa ciò che è stato scelto qui, scrive il log in { $folder } nella cartella Inizio dell'utente e comunica il risultato con il codice di uscita. Se viene eseguita come root senza terminale (come fa Jamf), agisce per l'utente che ha eseguito l'accesso davanti allo schermo e non fa nulla se non c'è nessuno.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = Questa è la variante non presidiata per gli strumenti di gestione: non chiede nulla, fa ciò che è stato scelto qui, scrive il log in { $folder } nella cartella home dell'utente e comunica il risultato con il codice di uscita. Deve essere eseguita con l'account dell'utente.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = Prima mostra che cosa farà e ti chiede conferma prima di modificare qualsiasi cosa. Aggiungi { $flag } per vedere solo il piano.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Chiude Microsoft Teams (solo le tue finestre di Teams e i tuoi processi in background) e ne forza l'arresto se non si è chiuso dopo { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
  }.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Elimina i dati di accesso salvati e la cache di Teams ({ $folders }). L'operazione non può essere annullata.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Sposta i dati di accesso salvati e la cache di Teams ({ $folders }) in un'unica cartella di backup in { $folder } (il tuo profilo locale, che non ti segue da un computer all'altro), così puoi tornare indietro; lo script mostra il comando esatto per annullare.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Sposta i dati di accesso salvati e la cache di Teams ({ $folders }) in un'unica cartella di backup nella tua cartella home, così puoi tornare indietro; lo script mostra il comando esatto per annullare.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Conserva { $n ->
    [one] la cartella di backup più recente
   *[other] le { $n } cartelle di backup più recenti
  }: dopo un'esecuzione riuscita elimina quelle più vecchie e lo segnala.
script-does-keep-backgrounds = Conserva gli sfondi personalizzati delle riunioni.
script-does-needs-closed = Non tocca la cache se Teams è ancora in esecuzione: chiudi prima Teams.
script-does-reset = Reimposta l'app del nuovo Teams, come fa Impostazioni > App > App installate > Microsoft Teams > Opzioni avanzate > Reimposta. Vengono cancellati tutti i dati del nuovo Teams su questo computer: accesso, impostazioni, cache e sfondi personalizzati delle riunioni (chat, file e riunioni restano in Microsoft 365). Chiede prima conferma; non si può tornare indietro. Se in Windows 10 manca il comando di reimpostazione, apre invece Impostazioni > App.
script-does-reset-unattended = Reimposta l'app del nuovo Teams, come fa Impostazioni > App > App installate > Microsoft Teams > Opzioni avanzate > Reimposta. Vengono cancellati tutti i dati del nuovo Teams su questo computer: accesso, impostazioni, cache e sfondi personalizzati delle riunioni (chat, file e riunioni restano in Microsoft 365). Non chiede conferma; non si può tornare indietro. Se in Windows 10 manca il comando di reimpostazione, apre invece Impostazioni > App.
script-does-retest = Controlla, senza modificare nulla, se gli indirizzi di accesso di Microsoft sono raggiungibili da questo computer, e riporta le impostazioni di proxy e VPN e se l'orologio è giusto.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Legge anche ciò che un browser non può vedere: quale autorità di certificazione viene presentata a Windows per l'indirizzo di accesso di Microsoft (lì si nota l'eventuale ispezione TLS di un'azienda), se c'è di mezzo una pagina di accesso al Wi-Fi e come questo dispositivo è registrato presso Microsoft ({ $command }).
script-does-retest-macos = Legge anche ciò che un browser non può vedere: quale autorità di certificazione viene presentata a questo Mac per l'indirizzo di accesso di Microsoft (lì si nota l'eventuale ispezione TLS di un'azienda), se c'è di mezzo una pagina di accesso al Wi-Fi e quali elementi di accesso di Teams si trovano nel tuo portachiavi (solo i nomi; nessuna password viene letta).
script-does-retest-linux = Legge anche ciò che un browser non può vedere: quale autorità di certificazione viene presentata a questo computer per l'indirizzo di accesso di Microsoft (lì si nota l'eventuale ispezione TLS di un'azienda) e se c'è di mezzo una pagina di accesso al Wi-Fi.
script-does-tls = Controlla le impostazioni TLS di Windows stesso, che il servizio di accesso usa (la finestra di Teams invece le ignora): TLS 1.2 deve essere attivato. Se nelle tue impostazioni è disattivato, propone di attivarlo (su Windows 11 anche TLS 1.3); chiede prima conferma, la risposta predefinita è no, e annota nel log l'impostazione precedente.
script-does-tls-unattended = Controlla le impostazioni TLS di Windows stesso, che il servizio di accesso usa (la finestra di Teams invece le ignora): TLS 1.2 deve essere attivato. Se nelle impostazioni dell'utente è disattivato, lo attiva (su Windows 11 anche TLS 1.3) senza chiedere, e annota nel log l'impostazione precedente.
script-does-time-windows = Sincronizza l'orologio: Windows ti chiede i diritti di amministratore solo per quel comando (il resto viene eseguito con il tuo account). Se rifiuti, apre per te le impostazioni di data e ora.
script-does-time-macos = Imposta l'orologio con il server dell'ora di Apple se sei un amministratore (chiede la password); altrimenti apre le impostazioni Data e ora.
script-does-time-linux = Attiva data e ora automatiche se puoi usare sudo (chiede la password); altrimenti ti indica dove attivarle.
script-does-time-unattended-windows = Sincronizza l'orologio solo se viene eseguito con i diritti di amministratore (non li chiede); altrimenti lo segnala nel log.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Imposta l'orologio solo se { $command } non richiede una password su questo computer; altrimenti lo segnala nel log.
script-does-restart = Avvia di nuovo Teams alla fine, così puoi accedere da capo.
script-does-no-admin = Non richiede diritti di amministratore e scrive un file di log nella cartella di backup.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Scrive un file di log nella cartella di backup.
script-does-not-installed = Se Teams non è installato lo segnala, salta i passaggi che riguardano Teams ed esegue gli altri.
script-does-nothing = Non fa nulla: non è selezionato nessun passaggio.
script-does-change-nothing = Non modifica nulla sul computer.
