### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Report di autodiagnostica dell'accesso a Teams ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Creato: { $time } (pagina { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Computer: { $os }, { $client }; lingua del browser { $language }; fuso orario { $zone } (UTC{ $offset })
report-os-not-chosen = sistema operativo non scelto
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Orologio: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Orologio: { $status }, computer meno server = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , approssimativo: { $reason }
report-clock-timezone = , probabile fuso orario errato
# Variables:
#   $status (String) - the check's status
report-clock-status = Orologio: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Rete: { $status }, esito complessivo { $pattern }
report-not-finished = non completato
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = { $site } funziona in questo browser: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Passaggi suggeriti: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Provato senza successo: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Risolto con: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Errore comparso per la prima volta: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = ID correlazione mostrato da Teams: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Problemi nella configurazione della pagina: { $problems }
report-mail-subject = Problema di accesso a Teams (report di autodiagnostica)
report-mail-shortened = … (abbreviato: usa "Copia report" per il testo completo)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = Nessuna risposta dopo { $duration }: probabilmente la connessione viene scartata senza avviso (firewall, VPN o proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = Nessuna risposta entro { $duration }: probabilmente la connessione viene scartata senza avviso (firewall, VPN o proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Non riuscito dopo { $duration }: connessione rifiutata o indirizzo non trovato (blocco, DNS non disponibile, nessuna rete o un certificato non considerato attendibile dal browser).
endpoint-detail-intercepted = Qualcos'altro ha risposto al posto di Microsoft: la risposta non è la configurazione di accesso di Microsoft (ad esempio una pagina di blocco, la pagina di accesso di un proxy o la pagina di accesso al Wi-Fi di un hotel o di una rete ospiti).
endpoint-detail-unreadable = Ha risposto, ma questo browser non ha avuto il permesso di leggere la risposta, quindi la pagina non può verificare che provenga dal servizio di accesso Microsoft (qui la pagina di blocco di un proxy apparirebbe identica).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = Ha risposto, ma lentamente ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = Ha risposto in { $ms } ms.
# same as English: a number with the unit symbol ms
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Accesso Microsoft Entra
endpoint-label-login-alt = Accesso Microsoft (indirizzo alternativo)
endpoint-label-aadcdn-msauth = File della pagina di accesso
endpoint-label-aadcdn-msftauth = File della pagina di accesso (indirizzo alternativo)
endpoint-label-teams = Servizio Teams
endpoint-label-teams-cloud = Servizio Teams (nuovo indirizzo)
endpoint-label-teams-statics = File dell'app Teams
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Accesso Microsoft Entra (governo degli Stati Uniti)
endpoint-label-teams-usgov = Servizio Teams (governo degli Stati Uniti)
endpoint-label-graph-usgov = Microsoft Graph (governo degli Stati Uniti)
endpoint-label-login-china = Accesso Microsoft Entra (21Vianet)
endpoint-label-login-partner-china = Accesso Microsoft Entra (21Vianet, partner)
# same as English: the product's name and the operator's name
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = Server di questa pagina
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = la richiesta non è riuscita: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = nessuna risposta entro { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = il server ha risposto con HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = il browser ha rifiutato: { $detail }
error-missing-date = la risposta del server non conteneva l'intestazione Date
# Variables:
#   $value (String) - the header's value
error-bad-date = impossibile leggere l'intestazione Date del server: { $value }
error-no-samples = nessuna misurazione dell'orologio utilizzabile
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = JSON non valido alla riga { $line }, colonna { $column }
error-texts = impossibile leggere i testi della pagina

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } non è un JSON valido (riga { $line }, colonna { $column }); vengono usati i valori predefiniti integrati
# Variables:
#   $file (String) - config.json
config-not-object = { $file } deve essere un oggetto JSON { "{" } … { "}" }; vengono usati i valori predefiniti integrati
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = impossibile caricare { $file } ({ $reason }); vengono usati i valori predefiniti integrati
config-must-be-object = deve essere un oggetto { "{" } … { "}" }; vengono usati i valori predefiniti
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = supera { $max } caratteri ed è stato ignorato
config-control-characters = contiene interruzioni di riga o caratteri di controllo ed è stato ignorato
config-not-text = deve essere un testo tra virgolette ed è stato ignorato
config-not-email = non è un indirizzo e-mail; è stato ignorato
config-not-phone = può contenere solo cifre, spazi e + - ( ) . /; è stato ignorato
# Variables:
#   $https (String) - https://
config-not-https = deve essere un indirizzo web che inizia con { $https }; è stato ignorato
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = deve essere compreso tra { $min } e { $max }; viene usato il valore predefinito
config-not-number = deve essere un numero; viene usato il valore predefinito
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn } s) deve essere inferiore a { $fail_key } ({ $fail } s); vengono usati i valori predefiniti { $default_warn } s e { $default_fail } s
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = deve essere un percorso sul server di questa pagina (come { $default }), perché i browser nascondono l'ora degli altri server; viene usato { $default }
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = deve essere uno dei valori { $choices }; viene usato { $default }
config-no-usable-endpoint = non contiene voci utilizzabili; vengono usati gli endpoint Microsoft integrati
config-not-list = deve essere un elenco [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = ("{ $id }") ripete un id già usato; questa voce viene ignorata
config-entry-not-object = deve essere un oggetto con id, label e url; questa voce viene ignorata
config-bad-id = ha un id che non è composto da 1-32 lettere, cifre, - o _; questa voce viene ignorata
config-no-id = non ha un id; questa voce viene ignorata
# Variables:
#   $id (String) - the reserved id
config-reserved-id = usa l'id riservato "{ $id }" (il server della pagina viene sempre controllato); questa voce viene ignorata
# Variables:
#   $id (String) - the entry's id
config-no-url = ("{ $id }") non ha un url; questa voce viene ignorata
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = ("{ $id }") { $reason }; questa voce viene ignorata
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = ("{ $id }") usa { $http }, che una pagina servita tramite HTTPS non può testare (usa { $https }); questa voce viene ignorata
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = ("{ $id }") ha un valore "expect" sconosciuto (usa { $choices }); questa voce viene ignorata
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = ("{ $id }") ha un valore "expect" che non è testo; questa voce viene ignorata
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = non è una lingua disponibile in questa pagina ({ $choices }); viene usato l'inglese

## What is wrong with a URL (core/src/url.rs)

url-too-long = l'URL supera i 2.000 caratteri
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = l'URL deve iniziare con { $https } (o { $http })
url-userinfo = l'URL non deve contenere un nome utente o una password
url-bad-host = l'host dell'URL non è valido
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = l'URL contiene caratteri non consentiti (virgolette, spazi, { $chars } …)
