### The error codes the page knows (core/src/codes.rs): what each means, Microsoft's wording
### for it, and what to do. CAA20002's texts come with the page; the others are loaded when
### a link or the reader names that code, or after the checks.
### Microsoft's constant names (ERROR_ADAL_…) are not in these texts: the page shows them
### as they are. "documented" is Microsoft's own description, quoted: translate it as
### Microsoft's localized documentation words it where you know it.

## Around every code

# Variables:
#   $code (String) - the error code
#   $constant (String) - Microsoft's name for it, such as ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST
#   $wording (String) - Microsoft's description (from code-…-documented)
#   $sources (String) - the documents it comes from
codes-source-note = Nome di Microsoft per { $code }: { $constant }: { $wording } Fonte: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; vedi anche { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Non certo: non abbiamo trovato { $code } nella documentazione pubblica di Microsoft, quindi il significato indicato sopra è la nostra migliore interpretazione, non un fatto accertato.
codes-source-web-provider-errors = Microsoft Learn: proprietà WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Supporto Microsoft: Perché ho problemi di accesso a Microsoft Teams?
codes-source-com-security-errors = Microsoft Learn: Codici di errore COM (sicurezza e installazione)

## Paragraphs several codes share

code-shared-tls-inspection = Nostra interpretazione, non parole di Microsoft: su una rete aziendale una causa probabile è un proxy o un firewall che ispeziona le connessioni crittografate con un proprio certificato, che l'accesso di Teams non considera attendibile. Fuori dalla rete aziendale, la pagina di accesso al Wi-Fi di un hotel o di una rete ospiti può avere lo stesso effetto.
code-shared-tls-inspection-try = Prova un'altra rete, ad esempio l'hotspot del telefono. Se lì l'accesso funziona, comunica il codice di errore al reparto IT: può escludere gli indirizzi di accesso di Microsoft dall'ispezione TLS. Il controllo di questa pagina nel browser non vede i certificati, quindi potrebbe mostrare tutto come raggiungibile.
code-shared-pac-try = Solo il reparto IT può correggere la configurazione del proxy. Nel frattempo, l'accesso da un'altra rete (ad esempio l'hotspot del telefono, con la VPN disattivata) spesso funziona.
code-shared-proxy-answered = Nostra interpretazione, non parole di Microsoft: spesso significa che ha risposto qualcosa di diverso da Microsoft, ad esempio la pagina di accesso o di blocco di un proxy, oppure la pagina di accesso al Wi-Fi di un hotel o di una rete ospiti.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = Questo errore di certificato di solito significa che un proxy o un firewall ispeziona le connessioni crittografate, oppure che di mezzo c'è la pagina di accesso di un Wi-Fi per ospiti; provare un'altra rete permette di capire quale delle due.
code-shared-plan-proxy-setup = Questo errore significa che la configurazione automatica del proxy non è riuscita, quindi Teams non sa come raggiungere Microsoft; un'altra rete o il reparto IT possono aggirare il problema.
code-shared-plan-unusable-answer = Questo errore significa che Teams ha ricevuto una risposta inutilizzabile, spesso la pagina di un proxy o di un Wi-Fi per ospiti che risponde al posto di Microsoft.

## CAA20002

code-caa20002-meaning = Il servizio di accesso ha rifiutato la richiesta perché non valida
code-caa20002-documented = "Nella richiesta manca un parametro obbligatorio, è presente un valore di parametro non valido, un parametro è incluso più di una volta oppure la richiesta ha un formato non corretto per altri motivi."
code-caa20002-guidance-1 = Il servizio di accesso Microsoft ha risposto a Teams, ma ha rifiutato la richiesta perché non valida. Secondo l'articolo di supporto la causa è quasi sempre qualcosa su questo computer, non un'interruzione del servizio Microsoft, e di solito puoi risolvere il problema da solo.
code-caa20002-guidance-2 = L'articolo di supporto elenca le cause probabili in questo ordine: vecchi dati di accesso nella cache di Teams, una VPN o un proxy aziendale di mezzo, TLS 1.2 disattivato e data, ora o fuso orario sbagliati.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Inizia dalla cache: conservi un backup, quindi non si perde nulla. Quando l'accesso a { $site } funziona, secondo la stima dell'articolo cancellare la cache risolve oltre l'80% dei casi (è una stima, non una misurazione).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Test rapido: accedi a { $site } nel browser. Se funziona, il problema è molto probabilmente dal lato di Teams o dell'accesso a Windows su questo computer: cancella prima la cache di Teams. Se non funziona neanche lì, la causa è più probabilmente la rete o il tuo account, e il reparto IT può aiutarti.

## CAA20003

code-caa20003-meaning = Accesso rifiutato: concessione dell'autorizzazione non riuscita
# Why the plan puts its step first.
code-caa20003-plan = Per l'errore CAA20003 il consiglio di Microsoft è controllare prima di tutto data e ora; anche una piccola differenza può contare.
code-caa20003-documented = "Concessione dell'autorizzazione non riuscita per questa asserzione." La tabella di Microsoft per Teams aggiunge: assicurati che data e ora siano impostate correttamente.
code-caa20003-guidance-1 = Microsoft non ha accettato la prova di accesso salvata da Teams (la concessione dell'autorizzazione). Il consiglio di Microsoft è controllare prima di tutto data e ora.
code-caa20003-guidance-2 = Assicurati che data, ora e fuso orario siano tutti impostati automaticamente, poi riavvia Teams. Anche pochi minuti di differenza possono contare. Un fuso orario sbagliato conta quando poi l'orologio è stato regolato a mano per sembrare giusto.
code-caa20003-guidance-3 = Se l'ora è giusta: esci da Teams e accedi di nuovo. Se hai cambiato la password di recente, riavvia prima il computer. Se l'errore persiste, cancella la cache di Teams.

## CAA20004

code-caa20004-meaning = Accesso negato, spesso dalle regole della tua organizzazione
# Why the plan puts its step first.
code-caa20004-plan = L'errore CAA20004 significa che le regole di accesso della tua organizzazione (accesso condizionale) hanno bloccato l'accesso, e solo il reparto IT può modificarle.
code-caa20004-documented = "Il proprietario della risorsa o il server di autorizzazione ha negato la richiesta." La tabella di Microsoft per Teams: contatta l'amministratore IT per verificare i criteri di Microsoft Entra ID.
code-caa20004-guidance-1 = Il servizio di accesso ha negato questo accesso. Di solito lo hanno bloccato le regole di accesso della tua organizzazione (accesso condizionale), ad esempio a causa del dispositivo, della rete a cui sei connesso o dell'app.
code-caa20004-guidance-2 = Non puoi modificare tu queste regole, e cancellare la cache non serve. Contatta il reparto IT.
code-caa20004-guidance-3 = Comunica al reparto IT: il codice di errore CAA20004, la data e l'ora in cui si è verificato e se eri a casa, in ufficio o connesso alla VPN. Potrà cercare l'accesso nei log di accesso di Entra ID e vedere quale regola lo ha bloccato.

## CAA2000B

code-caa2000b-meaning = Ciò che Teams ha richiesto non è configurato per il tuo account
# Why the plan puts its step first.
code-caa2000b-plan = L'errore CAA2000B significa che ciò che Teams ha richiesto non è configurato o non esiste per il tuo account o la tua organizzazione; solo il reparto IT può verificarlo, ad esempio la licenza di Teams.
code-caa2000b-documented = "La risorsa non è valida a causa dello stato della configurazione o perché non esiste."
code-caa2000b-guidance-1 = Il servizio di accesso indica che ciò che Teams ha richiesto non è valido: non è configurato, o non esiste, per il tuo account o la tua organizzazione. I documenti pubblici di Microsoft non dicono di quale impostazione si tratti; una licenza di Teams, oppure Teams disattivato per te o per la tua organizzazione, sono aspetti che il reparto IT può verificare.
code-caa2000b-guidance-2 = Solo il reparto IT può risolvere questo problema; cancellare la cache non serve.
code-caa2000b-guidance-3 = Comunica al reparto IT il codice di errore CAA2000B e l'account con cui accedi, e chiedi di verificare la tua licenza di Teams.

## CAA2000C

code-caa2000c-meaning = Sono necessari altri passaggi di accesso (ad esempio MFA o consenso)
code-caa2000c-documented = "La richiesta richiede l'interazione dell'utente."
code-caa2000c-guidance-1 = Teams non è riuscito a farti accedere in automatico: Microsoft vuole prima che tu faccia qualcosa, ad esempio approvare una richiesta di autenticazione a più fattori, accettare una schermata di consenso o inserire di nuovo la password.
code-caa2000c-guidance-2 = Esci da Teams, accedi di nuovo e completa tutte le richieste, compresa quella sul telefono. Se non compare nessuna richiesta, cancellare la cache di Teams fa sì che Teams chieda tutto di nuovo dall'inizio.
code-caa2000c-guidance-3 = Se compare una richiesta ma non riesce, o non riesci a completarla, comunica al reparto IT il codice di errore CAA2000C.

## CAA301F7

code-caa301f7-meaning = Il servizio è temporaneamente sovraccarico
# Why the plan puts its step first.
code-caa301f7-plan = L'errore CAA301F7 significa che il servizio ha risposto di essere temporaneamente sovraccarico: il problema è nel servizio, non in questo computer, quindi cancellare la cache non serve.
code-caa301f7-documented = "Il servizio è temporaneamente sovraccarico."
code-caa301f7-guidance-1 = Il servizio con cui Teams esegue l'accesso ha risposto di essere temporaneamente sovraccarico (codice di stato HTTP 503). Il problema è nel servizio, non in questo computer, quindi cancellare la cache non serve.
code-caa301f7-guidance-2 = Controlla nella pagina pubblica sullo stato di Microsoft 365 se c'è un problema in corso, attendi qualche minuto, poi accedi di nuovo.
code-caa301f7-guidance-3 = Se continua a non funzionare mentre la pagina sullo stato non mostra problemi, comunica al reparto IT il codice di errore CAA301F7: un proxy aziendale può dare la stessa risposta.

## CAA5004B

code-caa5004b-meaning = Non certo: probabilmente un problema di registrazione del dispositivo
# Why the plan puts its step first.
code-caa5004b-plan = L'errore CAA5004B non compare nei documenti pubblici di Microsoft; alcuni siti di assistenza lo collegano alla registrazione di questo computer presso la tua organizzazione, che solo il reparto IT può verificare.
code-caa5004b-guidance-1 = Non abbiamo trovato questo codice nella documentazione pubblica di Microsoft. Alcuni siti di assistenza lo collegano a informazioni mancanti su questo computer, di solito perché non è (o non è più) registrato correttamente presso la tua organizzazione; consideralo probabile, non certo.
code-caa5004b-guidance-2 = Solo il reparto IT può verificarlo; è improbabile che cancellare la cache serva.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = Su Windows il reparto IT vorrà vedere l'output del comando { $command }: apri il Prompt dei comandi, digitalo, premi Invio e copia le sezioni "Device State" e "SSO State" nel tuo messaggio, insieme al codice di errore CAA5004B.
code-caa5004b-guidance-4 = Su un Mac, comunica al reparto IT il codice di errore e se l'app Portale aziendale mostra questo Mac come registrato.

## CAA60007

code-caa60007-meaning = Impossibile leggere la risposta di accesso
code-caa60007-documented = "Il testo JSON da analizzare non è in formato corretto."
code-caa60007-guidance-1 = Teams si aspettava una risposta in forma di dati dal servizio di accesso Microsoft e ha ricevuto qualcosa che non è riuscito a leggere.
code-caa60007-guidance-3 = Controlla se una pagina web ti chiede di accedere alla rete, disattiva la VPN e riprova. Se non funziona solo sulla rete aziendale, comunica al reparto IT il codice di errore CAA60007.

## CAA70004

code-caa70004-meaning = Server o proxy non trovato
# Why the plan puts its step first.
code-caa70004-plan = L'errore CAA70004 significa che Teams non ha trovato il server o il proxy che doveva usare; l'app Teams può usare impostazioni proxy diverse da quelle di questo browser.
code-caa70004-documented = "Server o proxy non trovato." La tabella di Microsoft per Teams aggiunge: di solito si tratta di un proxy configurato in modo errato, oppure di un programma di analisi del traffico di rete come Fiddler non configurato per decrittografare HTTPS.
code-caa70004-guidance-1 = Teams non ha trovato il server, o il proxy che doveva usare.
code-caa70004-guidance-2 = Verifica che la connessione a Internet funzioni, disattiva la VPN se la usi e riprova.
code-caa70004-guidance-3 = Se sei sulla rete aziendale, il proxy potrebbe non essere disponibile o essere configurato in modo diverso per l'app Teams e per il browser. Il controllo della rete in questa pagina mostra che cosa riesce a raggiungere questo browser; invia al reparto IT il report con il codice di errore CAA70004.

## CAA70007

code-caa70007-meaning = La connessione si è interrotta
# Why the plan puts its step first.
code-caa70007-plan = L'errore CAA70007 significa che la connessione si è interrotta durante l'accesso, il che fa pensare a una connessione instabile, a una VPN o a un firewall.
code-caa70007-documented = "Download non riuscito (la connessione è stata interrotta)."
code-caa70007-guidance-1 = La connessione a Microsoft si è interrotta mentre Teams eseguiva l'accesso.
code-caa70007-guidance-2 = Assicurati di essere connesso a Internet, disattiva la VPN se la usi e riprova; un'altra rete, come l'hotspot del telefono, è un buon test.
code-caa70007-guidance-3 = Se continua a non funzionare sulla rete aziendale, comunica al reparto IT il codice di errore CAA70007: un firewall o un altro programma potrebbe interrompere la connessione.

## CAA82EE2

code-caa82ee2-meaning = Timeout dell'accesso
# Why the plan puts its step first.
code-caa82ee2-plan = L'errore CAA82EE2 significa che l'accesso è andato in timeout, il che fa pensare a una connessione lenta o bloccata, a una VPN o a un firewall.
code-caa82ee2-documented = "Timeout della richiesta."
code-caa82ee2-guidance-1 = L'accesso ha richiesto troppo tempo ed è stato interrotto. Di solito significa che la connessione è lenta o bloccata, oppure che di mezzo c'è una VPN o un firewall.
code-caa82ee2-guidance-2 = Prova un'altra rete, ad esempio l'hotspot del telefono, oppure disattiva la VPN, e accedi di nuovo.
code-caa82ee2-guidance-3 = Se non funziona solo sulla rete aziendale, comunica al reparto IT il codice di errore CAA82EE2: il firewall o il proxy potrebbe trattenere il traffico verso i server di accesso di Microsoft.

## CAA82EE7

code-caa82ee7-meaning = Impossibile risolvere il nome del server
# Why the plan puts its step first.
code-caa82ee7-plan = Anche se la connessione funziona, una VPN o un'impostazione DNS aziendale può impedire a Teams di trovare i nomi dei server di Microsoft.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = L'errore CAA82EE7 significa che non è stato possibile risolvere il nome di un server, il che di solito indica che manca la connessione o che c'è un problema DNS.
code-caa82ee7-documented = "Impossibile risolvere il nome del server."
code-caa82ee7-guidance-1 = Il computer non è riuscito a trovare i nomi dei server di Microsoft. È offline, oppure la risoluzione dei nomi (DNS) non funziona.
code-caa82ee7-guidance-2 = Verifica che altri siti web si aprano. Disattiva la VPN (o disattivala e riattivala), oppure riconnettiti al Wi-Fi, poi riprova.
code-caa82ee7-guidance-3 = Se altri siti web funzionano ma l'errore continua a ripresentarsi, comunica al reparto IT il codice di errore CAA82EE7.

## CAA82F05

code-caa82f05-meaning = La data del certificato del server sembrava non valida
# Why the plan puts its step first.
code-caa82f05-plan = L'errore CAA82F05 significa che un certificato sembrava scaduto o non ancora valido, e una data sbagliata su questo computer fa sembrare così qualsiasi certificato.
code-caa82f05-documented = "La data del certificato SSL ricevuto dal server non è valida. Il certificato è scaduto."
code-caa82f05-guidance-1 = Teams ha considerato il certificato di sicurezza del server scaduto o non ancora valido. Una data sbagliata su questo computer fa sembrare così qualsiasi certificato, quindi controlla prima l'orologio.
code-caa82f05-guidance-2 = Imposta automaticamente data, ora e fuso orario, riavvia Teams e accedi di nuovo.
code-caa82f05-guidance-3 = Se l'orologio è giusto, qualcosa nella rete presenta un certificato scaduto al posto di Microsoft: comunica al reparto IT il codice di errore CAA82F05.

## CAA82F0D

code-caa82f0d-meaning = Certificato emesso da un'autorità sconosciuta
code-caa82f0d-documented = "La funzione non riconosce l'autorità di certificazione che ha generato il certificato del server."
code-caa82f0d-guidance-1 = Il certificato di sicurezza ricevuto da Teams per il server di accesso Microsoft è stato emesso da un'autorità che questo computer non considera attendibile.

## CAA82F17

code-caa82f17-meaning = Il certificato del server contiene errori
code-caa82f17-documented = "Il certificato SSL contiene errori."
code-caa82f17-guidance-1 = Il certificato di sicurezza ricevuto da Teams per il server di accesso Microsoft contiene errori.

## CAA82F7D

code-caa82f7d-meaning = Errore di connessione sicura (TLS)
# Why the plan puts its step first.
code-caa82f7d-plan = L'errore CAA82F7D significa che non è stato possibile stabilire una connessione sicura, cosa che può essere causata da un proxy o da un firewall che ispeziona le connessioni crittografate.
code-caa82f7d-documented = "Indica che si è verificato un errore relativo a un canale sicuro."
code-caa82f7d-guidance-1 = Teams non è riuscito a stabilire una connessione sicura (TLS) con il server di accesso Microsoft.
code-caa82f7d-guidance-2 = Nostro suggerimento, non parole di Microsoft: su Windows, verifica che TLS 1.2 sia attivato (il passaggio TLS di questa pagina). Anche un proxy o un firewall che ispeziona le connessioni crittografate può causare questo errore.
code-caa82f7d-guidance-3 = Prova un'altra rete, ad esempio l'hotspot del telefono. Se lì l'accesso funziona, comunica al reparto IT il codice di errore CAA82F7D.

## CAA82F86

code-caa82f86-meaning = Errore nello script di configurazione del proxy (PAC)
code-caa82f86-documented = "Si è verificato un errore durante l'esecuzione del codice script nel file di configurazione automatica del proxy (PAC)."
code-caa82f86-guidance-1 = Lo script che indica a questo computer quale proxy usare (un file PAC) contiene un errore, quindi Teams non è riuscito a capire come raggiungere Microsoft.
code-caa82f86-guidance-3 = Comunica al reparto IT il codice di errore CAA82F86: lo script di configurazione automatica del proxy deve essere corretto.

## CAA82F87

code-caa82f87-meaning = Impossibile scaricare lo script di configurazione del proxy (PAC)
code-caa82f87-documented = "Impossibile scaricare il file PAC."
code-caa82f87-guidance-1 = Il computer non è riuscito a scaricare lo script che gli indica quale proxy usare (un file PAC), ad esempio perché il relativo server non era raggiungibile.
code-caa82f87-guidance-3 = Comunica al reparto IT il codice di errore CAA82F87 e se eri in ufficio, a casa o connesso alla VPN.

## CAA82F8F

code-caa82f8f-meaning = Errori nel certificato del server
code-caa82f8f-documented = "Sono stati rilevati uno o più errori nel certificato SSL (Secure Sockets Layer) inviato dal server."
code-caa82f8f-guidance-1 = Il certificato di sicurezza ricevuto da Teams per il server di accesso Microsoft non ha superato i controlli.

## CAA82F92

code-caa82f92-meaning = Nessun proxy trovato per l'indirizzo di Microsoft
code-caa82f92-documented = "Impossibile individuare un proxy per l'URL specificato."
code-caa82f92-guidance-1 = La configurazione automatica del proxy non è riuscita a indicare un proxy per l'indirizzo di accesso di Microsoft.
code-caa82f92-guidance-3 = Comunica al reparto IT il codice di errore CAA82F92: la configurazione automatica del proxy deve essere controllata.

## CAA82F94

code-caa82f94-meaning = Rilevamento automatico del proxy non riuscito
code-caa82f94-documented = "WinHTTP non è riuscito a individuare l'URL del file di configurazione automatica del proxy (PAC)."
code-caa82f94-guidance-1 = Windows era impostato per trovare automaticamente il proxy e non è riuscito a trovare lo script di configurazione del proxy (file PAC).
code-caa82f94-guidance-3 = Comunica al reparto IT il codice di errore CAA82F94: il rilevamento automatico del proxy (WPAD) non funziona su questa rete.

## CAA90018

code-caa90018-meaning = Impossibile trovare l'accesso della tua organizzazione
code-caa90018-documented = "Impossibile individuare un realm utente."
code-caa90018-guidance-1 = Il servizio di accesso non è riuscito a capire a quale organizzazione appartiene l'account, quindi non sapeva dove mandarti per accedere.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Esci da Teams e accedi di nuovo con il tuo indirizzo aziendale completo ({ $example }), non con un account Microsoft personale né con l'account che usi per accedere a Windows.
code-caa90018-guidance-3 = Se l'indirizzo è giusto e l'errore persiste, comunica al reparto IT il codice di errore CAA90018 e l'indirizzo che hai usato.

## CAA90019

code-caa90019-meaning = Risposta imprevista dal server di accesso
code-caa90019-documented = "Risposta imprevista dal server."
code-caa90019-guidance-1 = Teams ha ricevuto una risposta imprevista dal server di accesso.
code-caa90019-guidance-3 = Controlla se una pagina web ti chiede di accedere alla rete, disattiva la VPN e riprova. Se non funziona solo sulla rete aziendale, comunica al reparto IT il codice di errore CAA90019.

## 80090016

code-80090016-meaning = Mancano le chiavi di accesso nel chip di sicurezza (TPM)
# Why the plan puts its step first.
code-80090016-plan = L'errore 80090016 significa che Windows non ha trovato le chiavi di accesso nel chip di sicurezza (TPM): deve occuparsene il reparto IT.
code-80090016-documented = "Il keyset non esiste."
code-80090016-guidance-1 = Windows non ha trovato nel chip di sicurezza del computer (TPM) le chiavi che proteggono il tuo accesso. Alcuni siti di assistenza segnalano questo problema, ad esempio, dopo un aggiornamento del firmware o un ripristino del TPM.
code-80090016-guidance-2 = Riavvia il computer una volta. Se l'errore persiste, contatta il reparto IT; cancellare la cache di Teams non serve.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Comunica al reparto IT il codice di errore 80090016: di solito occorre controllare la registrazione del dispositivo o il TPM. È utile anche indicare che cosa mostra lo strumento TPM: premi il tasto Windows + R, digita { $command }, premi Invio e copia la riga sotto "Stato".

## 80090030

code-80090030-meaning = Il chip di sicurezza del computer (TPM) non è pronto
# Why the plan puts its step first.
code-80090030-plan = L'errore 80090030 significa che Windows non è riuscito a usare il chip di sicurezza (TPM) che protegge il tuo accesso: deve occuparsene il reparto IT.
code-80090030-documented = "Il dispositivo richiesto da questo provider di crittografia non è pronto per l'uso."
code-80090030-guidance-1 = Windows non è riuscito a usare il chip di sicurezza (TPM) che protegge le tue chiavi di accesso, oppure il chip non è pronto.
code-80090030-guidance-2 = Riavvia il computer una volta: a volte basta. Se l'errore persiste, contatta il reparto IT; cancellare la cache non serve.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Comunica al reparto IT il codice di errore 80090030. È utile anche indicare che cosa mostra lo strumento TPM: premi il tasto Windows + R, digita { $command }, premi Invio e copia la riga sotto "Stato".
