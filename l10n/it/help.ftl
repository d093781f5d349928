### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: il servizio di accesso ha rifiutato la richiesta di Teams
help-article-summary = Teams mostra l'errore CAA20002 durante l'accesso: il servizio di accesso Microsoft ha risposto, ma ha rifiutato la richiesta perché non valida. L'articolo di supporto elenca le cause probabili in questo ordine: vecchi dati di accesso nella cache di Teams, una VPN o un proxy di mezzo, TLS 1.2 disattivato (raro) e data, ora o fuso orario sbagliati.
help-symptoms-title = Sintomi
help-symptom-1 = L'accesso a Teams non riesce e compare l'errore CAA20002.
help-symptom-2 = Teams resta bloccato sulla schermata di accesso.
help-symptom-3 = Gli altri servizi Microsoft nel browser, come Outlook sul web, continuano a funzionare.
help-causes-title = Cause
help-cause-1 = Dati di accesso vecchi e scaduti nella cache di Teams.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = Una VPN o un proxy blocca { $host }.
help-cause-3 = TLS 1.2 è disattivato sul computer (raro).
help-cause-4 = Data, ora o fuso orario sono sbagliati.
help-links-title = Link utili
help-background-title = Contesto
help-background-1 = Secondo l'articolo di supporto, CAA20002 è quasi sempre un problema del computer, non un'interruzione del servizio Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = Se l'accesso a { $site } funziona nel browser, secondo la stima dell'articolo cancellare la cache di Teams risolve oltre l'80% dei casi (è una stima, non una misurazione).
help-background-3 = Se non funziona neanche lì, l'articolo indica come causa la rete o il tuo account piuttosto che l'app Teams: contatta il reparto IT e invia il report di questa pagina.

## Useful links: the page's name, then who it is for

help-link-endpoints = URL e intervalli di indirizzi IP di Microsoft 365
help-link-endpoints-note = Per il reparto IT: gli indirizzi che un proxy o un firewall deve consentire.
help-link-status = Stato di Microsoft 365
help-link-status-note = Pagina pubblica: Microsoft ha un'interruzione più estesa in questo momento?
help-link-service-health = Integrità dei servizi nell'interfaccia di amministrazione di Microsoft 365
help-link-service-health-note = Per gli amministratori IT (serve un account amministratore): gli eventi imprevisti che interessano la tua organizzazione.
help-link-sign-in-codes = Supporto Microsoft: Perché ho problemi di accesso a Microsoft Teams?
help-link-sign-in-codes-note = La tabella di Microsoft con i codici di stato dell'accesso a Teams e che cosa provare per ciascuno.
help-link-sign-in-errors = Microsoft Learn: risolvere gli errori di accesso in Teams
help-link-sign-in-errors-note = Per il reparto IT: i passaggi di Microsoft per risolvere alcuni errori di accesso a Teams.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Cancella la cache di Teams (con backup)
help-solution-cache-intro = Teams conserva i dati di accesso nella sua cache; l'articolo di supporto indica i dati vecchi e scaduti presenti lì come causa più comune di CAA20002.
help-solution-vpn-proxy = Disattiva la VPN e controlla il proxy
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = Una VPN o un proxy aziendale che blocca { $host } impedisce l'accesso.
help-solution-tls = Verifica che TLS 1.2 sia attivato (solo Windows)
help-solution-tls-intro = Raro (lo dice l'articolo stesso): i server di accesso Microsoft richiedono TLS 1.2 o versioni successive, quindi su Windows 10 l'accesso non riesce se TLS 1.2 è disattivato.
help-solution-time = Controlla data, ora e fuso orario
help-solution-time-intro = Con data o ora sbagliate, le connessioni sicure e l'accesso possono non riuscire; un fuso orario sbagliato conta quando poi l'orologio è stato regolato a mano per sembrare giusto.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Avvia di nuovo Teams e accedi. Il primo avvio è più lento, perché Teams ricrea la cache.
help-cache-macos-quit = Esci da Teams: nella barra dei menu in alto, fai clic sul menu Teams (accanto al menu Apple) e scegli Esci (oppure premi Comando + Q).
help-cache-macos-force = Se Teams non si chiude, apri Monitoraggio Attività, cerca "Teams", selezionalo, fai clic sul pulsante Interrompi (✕) in alto e scegli Uscita forzata.
help-cache-macos-terminal = Apri Terminale (Applicazioni > Utility > Terminale), incolla questo comando e premi A capo. Il comando sposta la cache di Teams in una cartella di backup con la data, nella tua cartella Inizio; non viene eliminato nulla.
help-cache-macos-privacy = Se macOS chiede se Terminale può accedere ai dati di altre app, fai clic su Consenti. Se compare "Operation not permitted", attiva Terminale in Impostazioni di Sistema > Privacy e sicurezza > Accesso completo al disco ed esegui di nuovo il comando.
help-cache-macos-backgrounds = Gli sfondi personalizzati delle riunioni si trovano nella cartella di backup. Quando Teams avrà funzionato per qualche giorno, potrai eliminare il backup.
help-cache-linux-quit = Esci da Teams dal menu della sua icona nell'area di notifica: chiudere la finestra la nasconde soltanto.
help-cache-linux-terminal = Apri un terminale, incolla questo comando e premi Invio. Il comando sposta la cache di Teams in una cartella di backup con la data, nella tua cartella home; non viene eliminato nulla.
help-cache-linux-delete-later = Quando Teams avrà funzionato per qualche giorno, potrai eliminare la cartella di backup.
help-cache-windows-quit = Esci da Teams: fai clic con il pulsante destro del mouse sull'icona di Teams accanto all'orologio (in basso a destra; fai clic su ^ se non la vedi) e scegli Esci.
help-cache-windows-task-manager = Apri Gestione attività (Ctrl + Maiusc + Esc). Se Microsoft Teams è ancora nell'elenco, selezionalo e fai clic su Termina attività.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Crea sul desktop una cartella denominata { $folder }. Spostare lì la cache invece di eliminarla ti permette di tornare indietro.
help-cache-windows-open-new = Premi il tasto Windows + R, incolla questo testo e premi Invio. Esplora file apre la cartella che contiene la cache del nuovo Teams e il suo accesso salvato.
help-cache-windows-open-classic = Premi il tasto Windows + R, incolla questo testo e premi Invio. Esplora file apre la cartella della cache del Teams classico.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Seleziona tutto il contenuto (Ctrl + A), taglialo (Ctrl + X) e incollalo (Ctrl + V) in una nuova cartella denominata { $sub } all'interno di { $folder }. Non toccare le cartelle sopra { $cache }: alcuni utenti segnalano che senza di esse Teams non si avvia più.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Seleziona tutto il contenuto (Ctrl + A), taglialo (Ctrl + X) e incollalo (Ctrl + V) in una nuova cartella denominata { $sub } all'interno di { $folder }.
help-cache-windows-powershell = Preferisci digitare un comando? Questo comando PowerShell esegue gli stessi spostamenti in una cartella di backup con la data, nella tua cartella utente. Per aprire PowerShell, fai clic con il pulsante destro del mouse su Start > Terminale (Windows PowerShell su Windows 10).
help-cache-windows-backgrounds = Gli sfondi personalizzati delle riunioni si trovano nel backup, nella cartella indicata qui: se ti mancano, copiali di nuovo al loro posto. Quando Teams avrà funzionato per qualche giorno, potrai eliminare il backup.

## VPN and proxy

help-network-vpn-windows = Disconnetti la VPN, dalla sua icona accanto all'orologio o in Impostazioni > Rete e Internet > VPN, e prova di nuovo ad accedere a Teams.
help-network-vpn-macos = Disconnetti la VPN, dalla sua icona nella barra dei menu o in Impostazioni di Sistema > VPN, e prova di nuovo ad accedere a Teams.
help-network-vpn-linux = Disconnetti la VPN, dalla sua icona o dal menu di rete in alto a destra, e prova di nuovo ad accedere a Teams.
help-network-vpn-required = Se la tua azienda richiede la VPN per Teams, lasciala attiva e vai al passaggio successivo.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = Su una rete aziendale con proxy, { $login } e { $teams } devono essere raggiungibili. Il controllo della rete in questa pagina lo verifica per te.
help-network-proxy-windows = Per vedere se è impostato un proxy, apri Impostazioni > Rete e Internet > Proxy. Annota ciò che viene mostrato, per il reparto IT.
help-network-proxy-macos = Per vedere se è impostato un proxy, apri Impostazioni di Sistema > Rete, scegli la connessione, fai clic su Dettagli… e poi su Proxy. Annota ciò che viene mostrato, per il reparto IT.
help-network-proxy-linux = Per vedere se è impostato un proxy, apri Impostazioni > Rete > Proxy di rete. Annota ciò che viene mostrato, per il reparto IT.
help-network-ask-it = Se qualcosa è bloccato, chiedi al reparto IT di consentire gli indirizzi di Microsoft 365 nel proxy o nel firewall e invia il report di questa pagina.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Premi il tasto Windows + R, digita questo testo e premi Invio. Si apre la finestra "Proprietà - Internet".
help-tls-advanced = Apri la scheda Avanzate e scorri fino a Sicurezza. Assicurati che "Usa TLS 1.2" sia selezionato.
help-tls-13 = Su Windows 11, seleziona anche "Usa TLS 1.3". Su Windows 10, lascia "Usa TLS 1.3" così com'è: Microsoft supporta TLS 1.3 solo a partire da Windows 11.
help-tls-apply = Fai clic su Applica, poi su OK, e riavvia il computer.
help-tls-greyed = Se le caselle sono disattivate (in grigio), questa impostazione è gestita dalla tua azienda: avvisa il reparto IT.

## Date, time and time zone

help-time-restart = Riavvia Teams, poi premi "Controlla di nuovo" nel controllo dell'orologio di questa pagina.
help-time-check-restart = Verifica che l'orologio mostri l'ora giusta, riavvia Teams, poi premi "Controlla di nuovo" nel controllo dell'orologio di questa pagina.
help-time-windows-open = Apri Impostazioni > Data/ora e lingua > Data e ora.
help-time-windows-link = Apri le impostazioni di data e ora
help-time-windows-zone = Attiva "Imposta automaticamente il fuso orario" oppure scegli il fuso orario dall'elenco "Fuso orario".
help-time-windows-zone-only = Attiva "Imposta automaticamente il fuso orario". Se l'opzione è disattivata (in grigio) o sceglie il fuso sbagliato, disattivala e scegli il fuso orario dall'elenco "Fuso orario".
help-time-windows-auto = Attiva "Imposta automaticamente l'ora".
help-time-windows-sync = Fai clic su "Sincronizza ora" (in "Impostazioni aggiuntive" su Windows 11).
help-time-macos-open = Apri il menu Apple > Impostazioni di Sistema > Generali > Data e ora.
help-time-macos-zone = Attiva "Imposta automaticamente il fuso orario utilizzando la posizione attuale", oppure disattivalo e scegli la città più vicina in "Città più vicina".
help-time-macos-auto = Attiva "Imposta data e ora automaticamente".
help-time-linux-open = Apri Impostazioni > Data e ora (Impostazioni > Sistema > Data e ora nelle versioni più recenti di GNOME).
help-time-linux-zone = Attiva "Fuso orario automatico" oppure scegli il fuso orario manualmente.
help-time-linux-auto = Attiva "Data e ora automatiche". In un terminale, questo comando fa la stessa cosa (potrebbe chiederti la password):
help-time-linux-zone-show = Attiva "Fuso orario automatico" oppure scegli il fuso orario manualmente. In un terminale, questo comando mostra il fuso orario impostato ora:

## When clearing the cache did not help (in this order)

help-next-restart = Riavvia il computer (dopo un cambio recente della password)
help-next-restart-why = Dopo un cambio della password, Windows e macOS possono continuare a usare il vecchio accesso finché il computer non viene riavviato.
help-next-restart-1 = Salva il lavoro e riavvia il computer (un vero riavvio, non sospensione né disconnessione).
help-next-restart-2 = Accedi al computer con la password attuale, poi apri Teams e accedi.
help-next-work-account = Rimuovi e aggiungi di nuovo l'account aziendale in Windows (con il consenso del reparto IT)
help-next-work-account-why = Teams accede tramite l'account aziendale memorizzato in Windows, quindi un problema con quell'account può bloccare l'accesso di Teams. È un consiglio diffuso, non un passaggio delle pagine di Microsoft sull'accesso a Teams.
help-next-work-account-1 = Chiedi prima al reparto IT: su un computer gestito dall'azienda, rimuovere l'account può rimuovere anche la gestione del computer o le app aziendali.
help-next-work-account-2 = Apri Impostazioni > Account > Accedi all'azienda o all'istituto di istruzione.
help-next-work-account-3 = Seleziona l'account aziendale, scegli Disconnetti e conferma.
help-next-work-account-4 = Riavvia il computer, poi scegli Connetti nella stessa pagina e accedi con il tuo indirizzo aziendale.
help-next-open-teams = Apri Teams e accedi.
help-next-reset-windows = Reimposta l'app Teams
help-next-reset-windows-why = La reimpostazione cancella tutto ciò che l'app conserva su questo computer, cosa che il solo passaggio della cache non fa.
help-next-reset-windows-1 = Esci da Teams.
help-next-reset-windows-2 = Apri Impostazioni > App > App installate, trova Microsoft Teams, seleziona … e poi Opzioni avanzate.
help-next-reset-windows-3 = In Reimposta, scegli Reimposta e conferma. Vengono cancellati i dati di Teams su questo computer, comprese le impostazioni e gli sfondi personalizzati; chat e file restano nel cloud.
help-next-reset-macos = Rimuovi dal portachiavi l'account salvato da Teams (reparto IT)
help-next-reset-macos-why = Il nuovo Teams conserva l'account nel portachiavi di macOS, che il passaggio della cache non tocca.
help-next-reset-macos-1 = Chiedi al reparto IT di eseguire questo passaggio, o di confermarlo prima per il tuo Mac: i nomi degli elementi indicati qui sotto provengono da segnalazioni della community, non da Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Esci da Teams. Apri Accesso Portachiavi (Applicazioni > Utility) e cerca { $first }, { $second } e, su macOS 15, { $third }.
help-next-reset-macos-3 = Il reparto IT elimina questi elementi (clic destro > Elimina), poi tu apri Teams e accedi di nuovo.
help-next-web = Continua a lavorare con Teams sul web
help-next-web-why = Teams nel browser esegue l'accesso in modo indipendente dall'app, quindi puoi continuare a lavorare mentre l'app viene sistemata.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Apri { $url } in Edge o Chrome e accedi con il tuo account aziendale.
help-next-web-2 = Continua a usarlo finché l'app Teams non funziona di nuovo o il reparto IT non l'ha esaminata.

## Saving Teams' support files before clearing anything

help-support-windows-1 = Se il reparto IT potrebbe aver bisogno dei file di supporto di Teams, salvali prima di cancellare qualsiasi cosa: con Teams aperto, premi Ctrl+Alt+Maiusc+1.
help-support-windows-2 = Teams salva i file nella cartella Download; conservali finché il reparto IT non ti dice che non servono più.
help-support-macos-1 = Se il reparto IT potrebbe aver bisogno dei file di supporto di Teams, salvali prima di cancellare qualsiasi cosa: con Teams aperto, premi Opzione+Comando+Maiuscole+1.
help-support-macos-2 = Cerca i file prima di tutto nella cartella Download (Microsoft indica quella cartella solo per Windows e Linux); conservali finché il reparto IT non ti dice che non servono più.
help-support-linux = L'app Teams su Linux non ha una scorciatoia per i file di supporto; descrivi invece al reparto IT ciò che vedi.
