### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Autodiagnostica dell'accesso a Teams (CAA20002)
page-skip-link = Vai ai controlli
page-no-script = I controlli automatici richiedono JavaScript e WebAssembly, che sono disattivati in questo browser. I passaggi qui sotto funzionano comunque.
page-fatal-title = Si è verificato un problema in questa pagina
page-fatal-text = Ricarica la pagina per riprovare. Se succede di nuovo, avvisa l'helpdesk IT e includi questo testo:
# The label of the language menu at the top of the page.
page-language-menu = Lingua

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Autodiagnostica dell'accesso a Teams
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Teams non riesce ad accedere (errore { $code })? Scopriamo perché.
page-lead = Questa pagina controlla l'orologio del computer e la sua connessione a Microsoft, poi ti indica la soluzione adatta. Non viene installato nulla e nulla esce da questo browser, a meno che non sia tu a inviarlo.

## Notices at the top

page-config-notice-title = Il file di impostazioni della pagina contiene un errore (la pagina funziona comunque con le impostazioni predefinite)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Avvisa l'helpdesk IT: può correggere { $file } senza ricompilare la pagina.
page-link-notice-title = Una parte del link che hai aperto è stata ignorata
page-link-notice-hint = La pagina funziona normalmente; se il sistema e la versione di Teams indicati qui sotto non sono corretti, scegli quelli giusti.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = Il valore "{ $name }" del link non è stato riconosciuto ed è stato ignorato.
link-too-long = Il valore "{ $name }" del link era troppo lungo ed è stato ignorato.
link-repeated = Il link indicava "{ $name }" più di una volta; è stato usato solo il primo valore.
link-unknown-parameter = Il link conteneva impostazioni che questa pagina non usa; sono state ignorate.
link-truncated = Il link era insolitamente lungo; ne è stata letta solo la parte iniziale.

## Status words next to each check's icon (core/src/status.rs)

status-running = Controllo in corso…
# same as English: "OK" is the usual status word in Italian software too
status-ok = OK
status-warn = Avviso
status-fail = Problema
status-unknown = Impossibile controllare

## Summary at the top

summary-title = Riepilogo
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Controllo in corso… orologio in verifica, connessione: { $done } su { $total ->
    [one] { $total } indirizzo
   *[other] { $total } indirizzi
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Controllo in corso… orologio verificato, connessione: { $done } su { $total ->
    [one] { $total } indirizzo
   *[other] { $total } indirizzi
  }.
summary-ok = L'orologio del computer e la connessione a Microsoft sembrano a posto.
summary-warn = I controlli hanno trovato qualcosa da correggere.
summary-unknown = Alcuni controlli non sono stati completati; vedi sotto.
summary-fail = I controlli hanno trovato un problema che può impedire a Teams di accedere.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Errore { $code }: contatta il reparto IT.
summary-go-to-it-why = Solo il reparto IT può risolvere questo problema; il report (sezione 4) contiene le informazioni che gli servono.
summary-next-step = Il prossimo passaggio:

## The checks

checks-title = 1. Controlli
action-check-again = Controlla di nuovo

## The clock check

clock-title = Data, ora e fuso orario
clock-failed = Impossibile controllare l'orologio.
clock-comparing = Confronto dell'orologio del computer con quello del server…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = L'orologio del computer è corretto ({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = L'orologio del computer è { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Motivo: { $reason }. Controlla la connessione e premi "Controlla di nuovo".
clock-server-time = Ora del server
clock-your-computer = Il tuo computer
clock-time-zone = Fuso orario
clock-accuracy = Precisione
# same as English: a number with the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (misurazione più precisa in corso…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Probabilmente il fuso orario è sbagliato.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = La differenza corrisponde quasi esattamente a un numero intero di quarti d'ora, quindi l'orologio probabilmente mostra l'ora locale giusta, ma con il fuso orario sbagliato. Il fuso orario di questo computer è { $zone }. Correggi prima il fuso orario, poi lascia che l'orologio si imposti da solo.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = Correggi il fuso orario su { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Correggi data e ora su { $os }
clock-coarse-pending = Misurazione più precisa in corso.
clock-coarse-date-reused = Questo server riutilizza il proprio orario per un massimo di un secondo, quindi la pagina non può misurare con una precisione migliore di circa un secondo. È più che sufficiente: i limiti abituali per l'orologio (Kerberos, controlli dei token) si misurano in minuti, non in secondi.
clock-coarse-not-verified = Non è stato possibile confermare una misurazione più fine, quindi la pagina mantiene il margine approssimativo di circa un secondo. È più che sufficiente: i limiti abituali per l'orologio (Kerberos, controlli dei token) si misurano in minuti, non in secondi.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = sfasato di meno di un secondo
clock-offset-under-a-tenth = sfasato di meno di un decimo di secondo
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = tra { $near } e { $far } secondi avanti
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = tra { $near } e { $far } secondi indietro
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = sfasato di meno di { $n ->
    [one] { $n } secondo
   *[other] { $n } secondi
  }
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = circa { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } avanti
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } indietro
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } e { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } giorno
   *[other] { $n } giorni
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [one] { $n } ora
   *[other] { $n } ore
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minuti
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } secondo
   *[other] { $n } secondi
  }

## The connection check

network-title = Connessione al servizio di accesso Microsoft
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Test della connessione a Microsoft in corso… (risposte: { $done } su { $total })
network-progress-label = Indirizzi controllati
network-for-it = Per il reparto IT:
network-table-caption = Risultato per indirizzo
network-column-service = Servizio
network-column-status = Stato
network-column-time = Tempo
# same as English: a number with the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = Il servizio di accesso Microsoft è raggiungibile da questo browser.
network-all-reachable-1 = Da qui la rete molto probabilmente funziona; secondo l'articolo di supporto la causa più comune è la cache dell'app Teams, che contiene vecchi dati di accesso.
network-all-reachable-2 = Cancella la cache di Teams con lo script qui sotto (conserva un backup).
network-partial = Alcuni indirizzi Microsoft rispondono, altri no.
network-partial-1 = Se usi una VPN, disconnettila e premi "Controlla di nuovo".
network-partial-2 = Se la tua azienda usa un proxy o un filtro web, il reparto IT deve consentire gli indirizzi di Microsoft 365 che risultano non riusciti qui sotto.
network-partial-3 = Invia al reparto IT il report di questa pagina: indica gli indirizzi che non hanno funzionato.
network-blocked = La rete funziona, ma gli indirizzi di accesso di Microsoft sono bloccati.
network-blocked-1 = Se usi una VPN, disconnettila e premi "Controlla di nuovo".
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = Se senza VPN funziona, avvisa il reparto IT: la VPN o il proxy blocca { $host }.
network-blocked-3 = Il reparto IT deve consentire gli endpoint di Microsoft 365 (vedi il link qui sotto).
network-intercepted = Qualcos'altro ha risposto al posto di Microsoft.
network-intercepted-1 = Questo browser ha ricevuto una risposta che non proviene dal servizio di accesso Microsoft: ad esempio la pagina di blocco di un filtro web, la pagina di accesso di un proxy o la pagina di accesso al Wi-Fi di un hotel o di una rete ospiti.
network-intercepted-2 = Se una pagina ti chiede di accedere alla rete o di accettarne le condizioni, fallo, poi premi "Controlla di nuovo".
network-intercepted-3 = Altrimenti prova una volta senza VPN, oppure da un'altra rete (ad esempio l'hotspot del telefono).
network-intercepted-4 = Comunica al reparto IT che cosa ha rilevato questo controllo e invia il report: la rete deve lasciar passare gli indirizzi di accesso di Microsoft.
network-offline = Questo computer non sembra connesso a Internet.
network-offline-1 = Connettiti prima al Wi-Fi o collega un cavo di rete, poi premi "Controlla di nuovo".
network-offline-2 = Se non si aprono nemmeno altri siti web, riavvia il router o chiedi al reparto IT; Teams non può accedere senza connessione.
network-endpoints-link = URL e intervalli di indirizzi IP di Microsoft 365
network-tls-caveat = Che cosa questo controllo non può vedere: i certificati. Un proxy aziendale che ispeziona il traffico crittografato con un proprio certificato radice, considerato attendibile da questo computer, inoltra la vera risposta di Microsoft e qui sembra una connessione normale. Solo un controllo sul computer stesso (leggendo la catena di certificati) può rilevarlo.
network-path-caveat = L'app Teams può usare un percorso di rete diverso da quello di questo browser (ad esempio il proxy di sistema). Lo script scaricabile qui sotto ripete il test degli stessi indirizzi direttamente da Windows o macOS.

## Status words of one address (core/src/network.rs)

endpoint-running = Controllo in corso…
endpoint-ok = Raggiungibile
endpoint-slow = Lento
endpoint-fail = Non riuscito
endpoint-timeout = Nessuna risposta
endpoint-intercepted = Intercettato

## The office.com question

office-title = Una domanda
# Variables:
#   $link (String) - a link to office.com
office-ask = Apri { $link } in questo browser e accedi con il tuo account aziendale. Funziona?
# Variables:
#   $site (String) - office.com
office-group-label = L'accesso a { $site } funziona?
office-yes = Sì, funziona
office-no = No, non funziona neanche lì
office-unknown = Non ho provato
# Variables:
#   $site (String) - office.com
office-why = Perché lo chiediamo: se { $site } funziona, il tuo account funziona e il problema è molto probabilmente dal lato di Teams o dell'accesso a Windows su questo computer, dove l'articolo di supporto mette al primo posto la cache di Teams. Se non funziona neanche lì, è più probabile che la causa sia la rete o l'account, e deve occuparsene il reparto IT.

## Your computer: system and Teams version

choice-title = Il tuo computer
choice-unknown-os = Questo browser non indica su quale sistema è in esecuzione. Scegli il computer su cui Teams non riesce ad accedere: lo script di correzione e i passaggi sono preparati per quel computer.
choice-mobile = Sembra che tu stia usando un telefono o un tablet. La soluzione riguarda l'app desktop di Teams: scegli il computer su cui Teams non funziona, poi apri questa pagina su quel computer oppure invia lo script a quel computer.
choice-os-label = Sistema operativo
choice-os-placeholder = Scegli…
choice-detected = (rilevato da questo browser: cambialo se Teams è installato su un altro computer)
choice-client-legend = Quale Teams?
choice-client-how-to-tell = Come capirlo: il nuovo Teams ha l'etichetta "NUOVO" oppure non ha l'interruttore "Prova il nuovo Teams", e la sua icona mostra una "T" su un riquadro viola e bianco; il Teams classico si chiama "Microsoft Teams classico" nel menu Start o nella cartella Applicazioni. Non sei sicuro? Lascia "Entrambi": lo script interviene solo sulle cartelle che esistono.
client-new = Nuovo Teams
client-classic = Teams classico
client-both = Entrambi / non so

## The plan

plan-title = 2. Che cosa fare, in ordine
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = Il passaggio { $n } ha risolto il problema.
plan-fixed-again = Se l'errore si ripresenta, apri di nuovo questa pagina.
plan-none-fixed = Nessuno dei passaggi ha risolto il problema. Anche questa è un'informazione utile: contatta l'helpdesk IT e invia il report qui sotto (elenca ciò che è stato controllato).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = Helpdesk IT: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Passaggio { $n } di { $total }: { $title }
plan-ask = Il problema è risolto?
plan-yes = Sì, Teams accede
plan-no-next = No, passaggio successivo
plan-no-last = No, continua a non funzionare
plan-restart = Ricomincia dal primo passaggio
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = Su { $os }
plan-cache-use-script = Usa lo script di correzione qui sotto: chiude Teams, sposta la cache in una cartella di backup (così non si perde nulla), conserva gli sfondi personalizzati e riavvia Teams.
plan-go-to-script = Vai allo script di correzione
plan-by-hand = Oppure fallo manualmente
plan-go-to-network = Vai al controllo della connessione
plan-connect-how = Connettiti al Wi-Fi o collega un cavo di rete, verifica che altri siti web si aprano, poi premi "Controlla di nuovo" nel controllo della connessione qui sopra.
plan-account-send = Il reparto IT può indagare più a fondo di questa pagina. Invia all'helpdesk IT il report qui sotto.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = Il reparto IT può indagare più a fondo di questa pagina. Invia all'helpdesk IT il report qui sotto ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Apri la pagina pubblica sullo stato di Microsoft 365 e cerca un problema in corso con l'accesso o con Teams: { $link }. Attendi qualche minuto, poi accedi di nuovo a Teams.
plan-go-to-report = Vai al report
plan-after-cache-intro = Prima di contattare il reparto IT, o mentre aspetti, in questo ordine:
plan-help-missing = Impossibile mostrare questi passaggi: questa copia della pagina è stata creata senza i testi della guida. Avvisa l'helpdesk IT.

## The plan's steps (core/src/plan.rs)

plan-step-time = Imposta automaticamente data, ora e fuso orario
plan-step-network = Disattiva la VPN e controlla il proxy
plan-step-connect = Controlla la connessione a Internet
plan-step-tls = Verifica che TLS 1.2 sia attivato
plan-step-it = Contatta il reparto IT con il report
plan-step-helpdesk = Ancora nulla? Invia il report al reparto IT
plan-step-service = Controlla lo stato di Microsoft 365, poi riprova più tardi
plan-step-cache-new = Cancella la cache del nuovo Teams (con backup)
plan-step-cache-classic = Cancella la cache del Teams classico (con backup)
plan-step-cache-both = Cancella la cache di Teams (con backup)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = Durante il controllo questo computer non è riuscito a raggiungere nessun sito web, e nient'altro può funzionare finché non torna online.
plan-why-service-helpdesk = Se dopo un po' continua a non funzionare e la pagina sullo stato non mostra problemi, invia il report al reparto IT: un proxy aziendale può dare la stessa risposta.
# Variables:
#   $site (String) - office.com
plan-why-office-network = L'accesso non funziona neanche su { $site } e il controllo della rete non ha ancora una risposta: escludi quindi VPN e proxy prima di contattare il reparto IT.
# Variables:
#   $site (String) - office.com
plan-why-office-it = L'accesso non funziona neanche su { $site }, quindi la causa è più probabilmente la rete o il tuo account che l'app Teams; il reparto IT può controllare entrambi grazie al report.
plan-why-network-after-offline = Quando sarai di nuovo online, la prossima cosa da escludere è una VPN o un proxy che blocca i server di accesso di Microsoft.
plan-why-network-unknown = Il controllo della rete non ha una risposta, e una VPN o un proxy che blocca i server di accesso di Microsoft è la seconda causa indicata dall'articolo di supporto.
plan-why-tls = È raro, soprattutto sui computer meno recenti, ma su Windows con TLS 1.2 disattivato l'accesso non riesce, e il controllo è rapido.
plan-why-clock-unknown = La pagina non è riuscita a controllare l'orologio, e una data, un'ora o un fuso orario sbagliati sono tra le cause note.
plan-why-helpdesk = Se nessuno dei passaggi ha aiutato, invia all'helpdesk IT il report di questa pagina: mostra che cosa è stato controllato.
plan-why-it-generic = Questo errore deve essere esaminato dal reparto IT.
plan-why-timezone = Rispetto al server di questa pagina, l'orologio è sfasato di un numero intero di quarti d'ora: probabilmente è stato impostato a mano con il fuso orario sbagliato, quindi anche l'ora reale è sbagliata.
plan-why-clock-fail = Rispetto al server di questa pagina, l'orologio è sfasato oltre il limite fissato dalla tua organizzazione (per impostazione predefinita 5 minuti, la tolleranza abituale di Kerberos e dei controlli dei token); un orologio sbagliato può impedire l'accesso.
plan-why-clock-warn = Rispetto al server di questa pagina, l'orologio è sfasato oltre la soglia di avviso della tua organizzazione e si avvicina al limite oltre il quale l'accesso può non riuscire.
plan-why-blocked = Questo browser non è riuscito a raggiungere i server di accesso di Microsoft mentre altri siti rispondevano, quindi c'è di mezzo una VPN, un proxy o un firewall.
plan-why-partial = Alcuni server di Microsoft non hanno risposto a questo browser, quindi una VPN, un proxy o un firewall potrebbe bloccare parte dell'accesso.
plan-why-intercepted = Qualcos'altro ha risposto a questo browser al posto di Microsoft (una pagina di blocco, la pagina di accesso di un proxy o quella di un Wi-Fi per ospiti), quindi da questa rete l'accesso probabilmente non riesce a raggiungere Microsoft.
plan-why-network-code = Il codice di errore indica un problema di connessione a Microsoft, quindi escludi prima la VPN e il proxy.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = L'accesso a { $site } funziona e i server di Microsoft rispondono, quindi la causa probabile sono i dati di accesso salvati dall'app Teams stessa; secondo la stima dell'articolo, cancellarli risolve oltre l'80% dei casi.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = L'accesso a { $site } funziona in questo browser, quindi la causa probabile sono i dati di accesso salvati dall'app Teams; secondo la stima dell'articolo, cancellarli risolve oltre l'80% dei casi.
plan-why-cache = L'articolo di supporto indica i vecchi dati di accesso nella cache di Teams come causa più comune di CAA20002, e questo passaggio conserva un backup.

## What to keep doing once a step fixed it

plan-keep-time = Lascia attiva l'impostazione automatica di data, ora e fuso orario, così restano corretti.
plan-keep-network = Se il problema si ripresenta ogni volta che la VPN o il proxy sono attivi, avvisa il reparto IT: deve consentire gli indirizzi di accesso di Microsoft.
plan-keep-cache = Quando Teams avrà funzionato per qualche giorno, potrai eliminare la cartella di backup.
plan-keep-tls = Lascia attivato TLS 1.2.
plan-keep-account = Bene, il reparto IT ha risolto il problema.
plan-keep-connect = Sei di nuovo online.
plan-keep-service = Il servizio risponde di nuovo.

## Next step line in the summary

summary-next-done = Fatto: ora Teams dovrebbe accedere
summary-next-helpdesk = Contatta l'helpdesk IT con il report

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = Questa pagina non conosce questo codice; le indicazioni per { $code } qui sotto valgono comunque.
code-unknown = Questa pagina non conosce questo codice; le indicazioni generali qui sotto restano valide.
# Variables:
#   $code (String) - the code the user typed
code-updated = Indicazioni e passaggi aggiornati per { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = Errore { $code }: { $meaning }
code-title-general = Problemi di accesso a Teams: che cosa aiuta di solito
code-for-it = Questo errore è di competenza del reparto IT.
code-for-it-why = I passaggi di questa pagina non lo risolvono; invia al reparto IT il report della sezione 4 qui sotto.
code-more = Altre informazioni su questo errore
code-input-label = Teams mostra un altro codice? Digitalo o incollalo qui
# Variables:
#   $code (String) - an example code
code-input-placeholder = ad es. { $code }
code-loading = Caricamento del significato di questo codice…
code-load-failed = Impossibile caricare il significato di questo codice. Controlla la connessione e ricarica la pagina; i passaggi qui sotto restano validi.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title }: tutti i dettagli ({ $os })
article-show = Mostra l'articolo completo: sintomi, cause, tutte le soluzioni, link
article-solutions = Soluzioni
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. Lo script di correzione
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. Lo script di correzione per { $os }
script-choose-os = Scegli il sistema operativo in "Il tuo computer" qui sopra per ottenere lo script che cancella la cache di Teams in modo sicuro.
script-preparing = Preparazione dello script in corso… Comparirà qui quando i controlli qui sopra avranno dato i loro risultati.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = Impossibile preparare qui lo script ({ $reason }). Riprova, oppure scarica lo script pronto qui sotto; i passaggi del piano funzionano anche senza.
action-try-again = Riprova
# Variables:
#   $file (String) - the script's file name
script-download-static = Scarica lo script pronto ({ $file }, opzioni predefinite)
script-static-note = Lo script pronto cancella la cache di entrambe le versioni di Teams con i passaggi predefiniti. Eseguilo con:

## The report for the helpdesk

report-title = 4. Report per l'helpdesk IT
report-intro = Se hai bisogno di aiuto, invia questo report: elenca ciò che questa pagina ha misurato, così il reparto IT non deve chiedertelo. Non contiene nomi, account o password. Questa pagina non invia nulla da sola.
report-copy = Copia report
report-download = Scarica report (JSON)
report-email = Scrivi all'helpdesk
report-copied = Report copiato: incollalo nel messaggio per l'helpdesk.
# Variables:
#   $file (String) - the file's name
report-saved = { $file } salvato nella cartella Download.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = Il download non è partito ({ $reason }); usa invece "Copia report".
report-notes-legend = Facoltativo: aiuta il reparto IT a trovare il tuo tentativo di accesso
report-error-time-label = Quando è comparso l'errore?
report-error-time-note = Ora locale del computer; il report indica il relativo fuso orario.
report-correlation-label = ID correlazione (Teams lo mostra sotto l'errore)
report-correlation-note = Copialo dalla finestra di errore di Teams; identifica il tentativo nei log di accesso di Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = Questa pagina non riesce a leggere questa data e ora. Usa il selettore della data oppure scrivila così: { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = Non è un ID correlazione. È composto da lettere e cifre in gruppi 8-4-4-4-12, ad esempio { $example }.
report-show = Mostra il report
report-text-label = Testo del report
report-json-label = Report in formato JSON
copy-blocked-report = Il browser ha bloccato la copia: seleziona il testo del report e premi Ctrl+C (⌘C su un Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Assistenza: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Autodiagnostica dell'accesso a Teams { $version }. Questa pagina non invia nulla a nessuno: i controlli chiedono solo ai server di Microsoft se rispondono, e il report resta nel browser finché non lo invii tu.

## Loading the texts that come after the checks

later-loading = Caricamento…
later-failed = Impossibile caricare questa parte. Controlla la connessione e ricarica la pagina.
