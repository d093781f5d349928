### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Bericht des Selbsttests für die Teams-Anmeldung ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Erstellt: { $time } (Seite { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Computer: { $os }, { $client }; Browsersprache { $language }; Zeitzone { $zone } (UTC{ $offset })
report-os-not-chosen = Betriebssystem nicht ausgewählt
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Uhr: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Uhr: { $status }, Computer minus Server = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , grob: { $reason }
report-clock-timezone = , wahrscheinlich falsche Zeitzone
# Variables:
#   $status (String) - the check's status
report-clock-status = Uhr: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Netzwerk: { $status }, Muster { $pattern }
report-not-finished = nicht abgeschlossen
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = { $site } funktioniert in diesem Browser: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Vorgeschlagene Schritte: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Ohne Erfolg versucht: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Behoben durch: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Fehler zuerst aufgetreten: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Von Teams angezeigte Korrelations-ID: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Probleme in der Seitenkonfiguration: { $problems }
report-mail-subject = Problem bei der Teams-Anmeldung (Bericht des Selbsttests)
report-mail-shortened = … (gekürzt: Den vollständigen Text erhalten Sie mit „Bericht kopieren“)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = Keine Antwort nach { $duration }: Die Verbindung wird wahrscheinlich stillschweigend verworfen (Firewall, VPN oder Proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = Keine Antwort innerhalb von { $duration }: Die Verbindung wird wahrscheinlich stillschweigend verworfen (Firewall, VPN oder Proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Fehlgeschlagen nach { $duration }: abgelehnt oder nicht gefunden (blockiert, kein DNS, kein Netzwerk oder ein Zertifikat, dem der Browser nicht vertraut).
endpoint-detail-intercepted = Anstelle von Microsoft hat etwas anderes geantwortet: Die Antwort ist nicht die Anmeldekonfiguration von Microsoft (zum Beispiel eine Sperrseite, die Anmeldeseite eines Proxys oder die Anmeldeseite eines Hotel- oder Gast-WLANs).
endpoint-detail-unreadable = Hat geantwortet, aber dieser Browser durfte die Antwort nicht lesen, daher kann die Seite nicht prüfen, ob sie vom Anmeldedienst von Microsoft stammt (die Sperrseite eines Proxys sähe hier genauso aus).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = Hat geantwortet, aber langsam ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = Hat in { $ms } ms geantwortet.
# Variables:
#   $n (Number) - milliseconds
# same as English: only a number and the unit ms
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Microsoft Entra-Anmeldung
endpoint-label-login-alt = Microsoft-Anmeldung (alternativ)
endpoint-label-aadcdn-msauth = Dateien der Anmeldeseite
endpoint-label-aadcdn-msftauth = Dateien der Anmeldeseite (alternativ)
endpoint-label-teams = Teams-Dienst
endpoint-label-teams-cloud = Teams-Dienst (neue Adresse)
endpoint-label-teams-statics = Dateien der Teams-App
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Microsoft Entra-Anmeldung (US Government)
endpoint-label-teams-usgov = Teams-Dienst (US Government)
# same as English: the product's name and the name of Microsoft's US Government cloud
endpoint-label-graph-usgov = Microsoft Graph (US Government)
endpoint-label-login-china = Microsoft Entra-Anmeldung (21Vianet)
endpoint-label-login-partner-china = Microsoft Entra-Anmeldung (21Vianet, Partner)
# same as English: the product's name and the name of the operator in China
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = Server dieser Seite
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = die Anfrage ist fehlgeschlagen: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = keine Antwort innerhalb von { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = der Server hat mit HTTP { $status } geantwortet
# Variables:
#   $detail (String) - the browser's own message
error-browser = der Browser hat abgelehnt: { $detail }
error-missing-date = die Antwort des Servers hatte keinen Date-Header
# Variables:
#   $value (String) - the header's value
error-bad-date = der Date-Header des Servers konnte nicht gelesen werden: { $value }
error-no-samples = keine Uhrzeitmessung vorhanden, mit der sich arbeiten ließe
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = kein gültiges JSON in Zeile { $line }, Spalte { $column }
error-texts = die Texte der Seite können nicht gelesen werden

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } ist kein gültiges JSON (Zeile { $line }, Spalte { $column }); die integrierten Standardwerte werden verwendet
# Variables:
#   $file (String) - config.json
config-not-object = { $file } muss ein JSON-Objekt { "{" } … { "}" } sein; die integrierten Standardwerte werden verwendet
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file } konnte nicht geladen werden ({ $reason }); die integrierten Standardwerte werden verwendet
config-must-be-object = muss ein Objekt { "{" } … { "}" } sein; die Standardwerte werden verwendet
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = ist länger als { $max } Zeichen und wurde ignoriert
config-control-characters = enthält Zeilenumbrüche oder Steuerzeichen und wurde ignoriert
config-not-text = muss Text in Anführungszeichen sein und wurde ignoriert
config-not-email = ist keine E-Mail-Adresse; der Wert wurde ignoriert
config-not-phone = darf nur Ziffern, Leerzeichen und + - ( ) . / enthalten; der Wert wurde ignoriert
# Variables:
#   $https (String) - https://
config-not-https = muss eine Webadresse sein, die mit { $https } beginnt; der Wert wurde ignoriert
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = muss zwischen { $min } und { $max } liegen; der Standardwert wird verwendet
config-not-number = muss eine Zahl sein; der Standardwert wird verwendet
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn } s) muss kleiner sein als { $fail_key } ({ $fail } s); die Standardwerte { $default_warn } s und { $default_fail } s werden verwendet
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = muss ein Pfad auf dem eigenen Server dieser Seite sein (wie { $default }), weil Browser die Uhrzeit anderer Server verbergen; { $default } wird verwendet
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = muss einer der Werte { $choices } sein; { $default } wird verwendet
config-no-usable-endpoint = hat keinen verwendbaren Eintrag; die integrierten Microsoft-Endpunkte werden verwendet
config-not-list = muss eine Liste [ … ] sein
# Variables:
#   $id (String) - the entry's id
config-repeated-id = („{ $id }“) wiederholt eine bereits verwendete id; dieser Eintrag wird übersprungen
config-entry-not-object = muss ein Objekt mit id, label und url sein; dieser Eintrag wird übersprungen
config-bad-id = hat eine id, die nicht aus 1–32 Buchstaben, Ziffern, - oder _ besteht; dieser Eintrag wird übersprungen
config-no-id = hat keine id; dieser Eintrag wird übersprungen
# Variables:
#   $id (String) - the reserved id
config-reserved-id = verwendet die reservierte id „{ $id }“ (der eigene Server der Seite wird immer geprüft); dieser Eintrag wird übersprungen
# Variables:
#   $id (String) - the entry's id
config-no-url = („{ $id }“) hat keine url; dieser Eintrag wird übersprungen
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = („{ $id }“) { $reason }; dieser Eintrag wird übersprungen
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = („{ $id }“) verwendet { $http }, was eine über HTTPS ausgelieferte Seite nicht testen kann (verwenden Sie { $https }); dieser Eintrag wird übersprungen
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = („{ $id }“) hat einen unbekannten Wert für „expect“ (verwenden Sie { $choices }); dieser Eintrag wird übersprungen
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = („{ $id }“) hat ein „expect“, das kein Text ist; dieser Eintrag wird übersprungen
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = ist keine Sprache, die diese Seite mitbringt ({ $choices }); Englisch wird verwendet

## What is wrong with a URL (core/src/url.rs)

url-too-long = die URL ist länger als 2.000 Zeichen
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = die URL muss mit { $https } (oder { $http }) beginnen
url-userinfo = die URL darf keinen Benutzernamen und kein Kennwort enthalten
url-bad-host = der Host der URL ist ungültig
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = die URL enthält unzulässige Zeichen (Anführungszeichen, Leerzeichen, { $chars } …)
