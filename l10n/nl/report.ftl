### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Rapport van de zelftest voor aanmelden bij Teams ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Gemaakt: { $time } (pagina { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Computer: { $os }, { $client }; browsertaal { $language }; tijdzone { $zone } (UTC{ $offset })
report-os-not-chosen = besturingssysteem niet gekozen
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Klok: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Klok: { $status }, computer min server = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , grof: { $reason }
report-clock-timezone = , waarschijnlijk verkeerde tijdzone
# Variables:
#   $status (String) - the check's status
report-clock-status = Klok: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Netwerk: { $status }, patroon { $pattern }
report-not-finished = niet voltooid
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = { $site } werkt in deze browser: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Voorgestelde stappen: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Zonder succes geprobeerd: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Opgelost door: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Fout voor het eerst gezien: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Correlatie-id getoond door Teams: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Problemen in de paginaconfiguratie: { $problems }
report-mail-subject = Probleem met aanmelden bij Teams (rapport van de zelftest)
report-mail-shortened = … (ingekort: gebruik “Rapport kopiëren” voor de volledige tekst)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = Geen antwoord na { $duration }: de verbinding wordt waarschijnlijk stilzwijgend verbroken (firewall, VPN of proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = Geen antwoord binnen { $duration }: de verbinding wordt waarschijnlijk stilzwijgend verbroken (firewall, VPN of proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Mislukt na { $duration }: geweigerd of niet gevonden (geblokkeerd, geen DNS, geen netwerk of een certificaat dat de browser niet vertrouwt).
endpoint-detail-intercepted = Er heeft iets anders geantwoord in plaats van Microsoft: het antwoord is niet de aanmeldconfiguratie van Microsoft (bijvoorbeeld een blokkeringspagina, een aanmeldpagina van een proxy of de inlogpagina van de wifi in een hotel of voor gasten).
endpoint-detail-unreadable = Heeft geantwoord, maar deze browser mocht het antwoord niet lezen, dus kan de pagina niet controleren of het van de aanmeldservice van Microsoft kwam (een blokkeringspagina van een proxy zou er hier hetzelfde uitzien).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = Heeft geantwoord, maar traag ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = Heeft geantwoord in { $ms } ms.
# Variables:
#   $n (Number) - milliseconds
# same as English: only a number and the unit ms
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Microsoft Entra-aanmelding
endpoint-label-login-alt = Microsoft-aanmelding (alternatief)
endpoint-label-aadcdn-msauth = Bestanden van de aanmeldpagina
endpoint-label-aadcdn-msftauth = Bestanden van de aanmeldpagina (alternatief)
endpoint-label-teams = Teams-service
endpoint-label-teams-cloud = Teams-service (nieuw adres)
endpoint-label-teams-statics = Bestanden van de Teams-app
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Microsoft Entra-aanmelding (US Government)
endpoint-label-teams-usgov = Teams-service (US Government)
# same as English: the product's name and the name of Microsoft's US Government cloud
endpoint-label-graph-usgov = Microsoft Graph (US Government)
endpoint-label-login-china = Microsoft Entra-aanmelding (21Vianet)
endpoint-label-login-partner-china = Microsoft Entra-aanmelding (21Vianet, partner)
# same as English: the product's name and the name of the operator in China
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = Server van deze pagina
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = de aanvraag is mislukt: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = geen antwoord binnen { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = de server antwoordde met HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = de browser weigerde: { $detail }
error-missing-date = het antwoord van de server had geen Date-header
# Variables:
#   $value (String) - the header's value
error-bad-date = de Date-header van de server kon niet worden gelezen: { $value }
error-no-samples = geen klokmeting om mee te werken
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = geen geldige JSON op regel { $line }, kolom { $column }
error-texts = de teksten van de pagina kunnen niet worden gelezen

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } is geen geldige JSON (regel { $line }, kolom { $column }); de ingebouwde standaardwaarden worden gebruikt
# Variables:
#   $file (String) - config.json
config-not-object = { $file } moet een JSON-object { "{" } … { "}" } zijn; de ingebouwde standaardwaarden worden gebruikt
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file } kon niet worden geladen ({ $reason }); de ingebouwde standaardwaarden worden gebruikt
config-must-be-object = moet een object { "{" } … { "}" } zijn; de standaardwaarden worden gebruikt
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = is langer dan { $max } tekens en is genegeerd
config-control-characters = bevat regeleinden of besturingstekens en is genegeerd
config-not-text = moet tekst tussen aanhalingstekens zijn en is genegeerd
config-not-email = is geen e-mailadres; de waarde is genegeerd
config-not-phone = mag alleen cijfers, spaties en + - ( ) . / bevatten; de waarde is genegeerd
# Variables:
#   $https (String) - https://
config-not-https = moet een webadres zijn dat begint met { $https }; de waarde is genegeerd
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = moet tussen { $min } en { $max } liggen; de standaardwaarde wordt gebruikt
config-not-number = moet een getal zijn; de standaardwaarde wordt gebruikt
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn } s) moet kleiner zijn dan { $fail_key } ({ $fail } s); de standaardwaarden { $default_warn } s en { $default_fail } s worden gebruikt
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = moet een pad op de eigen server van deze pagina zijn (zoals { $default }), omdat browsers de tijd van andere servers verbergen; { $default } wordt gebruikt
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = moet een van { $choices } zijn; { $default } wordt gebruikt
config-no-usable-endpoint = heeft geen bruikbare vermelding; de ingebouwde Microsoft-eindpunten worden gebruikt
config-not-list = moet een lijst [ … ] zijn
# Variables:
#   $id (String) - the entry's id
config-repeated-id = (“{ $id }”) herhaalt een id die al in gebruik is; deze vermelding wordt overgeslagen
config-entry-not-object = moet een object met id, label en url zijn; deze vermelding wordt overgeslagen
config-bad-id = heeft een id die niet uit 1–32 letters, cijfers, - of _ bestaat; deze vermelding wordt overgeslagen
config-no-id = heeft geen id; deze vermelding wordt overgeslagen
# Variables:
#   $id (String) - the reserved id
config-reserved-id = gebruikt de gereserveerde id “{ $id }” (de eigen server van de pagina wordt altijd gecontroleerd); deze vermelding wordt overgeslagen
# Variables:
#   $id (String) - the entry's id
config-no-url = (“{ $id }”) heeft geen url; deze vermelding wordt overgeslagen
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = (“{ $id }”) { $reason }; deze vermelding wordt overgeslagen
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = (“{ $id }”) gebruikt { $http }, wat een via HTTPS geleverde pagina niet kan testen (gebruik { $https }); deze vermelding wordt overgeslagen
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = (“{ $id }”) heeft een onbekende waarde voor “expect” (gebruik { $choices }); deze vermelding wordt overgeslagen
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = (“{ $id }”) heeft een “expect” die geen tekst is; deze vermelding wordt overgeslagen
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = is geen taal die deze pagina meelevert ({ $choices }); Engels wordt gebruikt

## What is wrong with a URL (core/src/url.rs)

url-too-long = de URL is langer dan 2.000 tekens
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = de URL moet beginnen met { $https } (of { $http })
url-userinfo = de URL mag geen gebruikersnaam of wachtwoord bevatten
url-bad-host = de host van de URL is ongeldig
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = de URL bevat tekens die niet zijn toegestaan (aanhalingstekens, spaties, { $chars } …)
