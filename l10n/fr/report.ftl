### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Rapport d'autodiagnostic de connexion à Teams ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Créé : { $time } (page { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Ordinateur : { $os }, { $client } ; langue du navigateur { $language } ; fuseau horaire { $zone } (UTC{ $offset })
report-os-not-chosen = système non choisi
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Horloge : { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Horloge : { $status }, ordinateur moins serveur = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , approximatif : { $reason }
report-clock-timezone = , fuseau horaire probablement incorrect
# Variables:
#   $status (String) - the check's status
report-clock-status = Horloge : { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Réseau : { $status }, constat { $pattern }
report-not-finished = non terminé
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = { $site } fonctionne dans ce navigateur : { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Étapes proposées : { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Essayé sans succès : { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Résolu par : { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Première apparition de l'erreur : { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = ID de corrélation affiché par Teams : { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Problèmes dans la configuration de la page : { $problems }
report-mail-subject = Problème de connexion à Teams (rapport d'autodiagnostic)
report-mail-shortened = … (raccourci : utilisez « Copier le rapport » pour obtenir le texte complet)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = Pas de réponse après { $duration } : la connexion est probablement bloquée sans avertissement (pare-feu, VPN ou proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = Pas de réponse en { $duration } : la connexion est probablement bloquée sans avertissement (pare-feu, VPN ou proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Échec après { $duration } : connexion refusée ou adresse introuvable (blocage, DNS indisponible, pas de réseau, ou certificat non approuvé par le navigateur).
endpoint-detail-intercepted = Quelque chose a répondu à la place de Microsoft : la réponse n'est pas la configuration de connexion de Microsoft (par exemple une page de blocage, la page de connexion d'un proxy ou la page de connexion au Wi-Fi d'un hôtel ou d'un réseau invité).
endpoint-detail-unreadable = A répondu, mais ce navigateur n'a pas été autorisé à lire la réponse : la page ne peut donc pas vérifier qu'elle provient du service de connexion de Microsoft (la page de blocage d'un proxy aurait ici exactement le même aspect).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = A répondu, mais lentement ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = A répondu en { $ms } ms.
# same as English: a number with the unit symbol ms
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Connexion Microsoft Entra
endpoint-label-login-alt = Connexion Microsoft (adresse alternative)
endpoint-label-aadcdn-msauth = Fichiers de la page de connexion
endpoint-label-aadcdn-msftauth = Fichiers de la page de connexion (adresse alternative)
endpoint-label-teams = Service Teams
endpoint-label-teams-cloud = Service Teams (nouvelle adresse)
endpoint-label-teams-statics = Fichiers de l'application Teams
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Connexion Microsoft Entra (gouvernement des États-Unis)
endpoint-label-teams-usgov = Service Teams (gouvernement des États-Unis)
endpoint-label-graph-usgov = Microsoft Graph (gouvernement des États-Unis)
endpoint-label-login-china = Connexion Microsoft Entra (21Vianet)
endpoint-label-login-partner-china = Connexion Microsoft Entra (21Vianet, partenaire)
# same as English: the product's name and the operator's name
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = Serveur de cette page
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = la requête a échoué : { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = pas de réponse en { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = le serveur a répondu avec le code HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = le navigateur a refusé : { $detail }
error-missing-date = la réponse du serveur ne contenait pas d'en-tête Date
# Variables:
#   $value (String) - the header's value
error-bad-date = l'en-tête Date du serveur est illisible : { $value }
error-no-samples = aucune mesure d'horloge exploitable
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = JSON non valide à la ligne { $line }, colonne { $column }
error-texts = les textes de la page sont illisibles

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } n'est pas un JSON valide (ligne { $line }, colonne { $column }) ; les valeurs par défaut intégrées sont utilisées
# Variables:
#   $file (String) - config.json
config-not-object = { $file } doit être un objet JSON { "{" } … { "}" } ; les valeurs par défaut intégrées sont utilisées
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file } n'a pas pu être chargé ({ $reason }) ; les valeurs par défaut intégrées sont utilisées
config-must-be-object = doit être un objet { "{" } … { "}" } ; les valeurs par défaut sont utilisées
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = dépasse { $max } caractères et a été ignoré
config-control-characters = contient des sauts de ligne ou des caractères de contrôle et a été ignoré
config-not-text = doit être un texte entre guillemets et a été ignoré
config-not-email = n'est pas une adresse e-mail ; il a été ignoré
config-not-phone = ne peut contenir que des chiffres, des espaces et + - ( ) . / ; il a été ignoré
# Variables:
#   $https (String) - https://
config-not-https = doit être une adresse web commençant par { $https } ; il a été ignoré
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = doit être compris entre { $min } et { $max } ; la valeur par défaut est utilisée
config-not-number = doit être un nombre ; la valeur par défaut est utilisée
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn } s) doit être inférieur à { $fail_key } ({ $fail } s) ; les valeurs par défaut { $default_warn } s et { $default_fail } s sont utilisées
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = doit être un chemin sur le serveur de cette page (comme { $default }), car les navigateurs masquent l'heure des autres serveurs ; { $default } est utilisé
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = doit être l'une des valeurs { $choices } ; { $default } est utilisé
config-no-usable-endpoint = ne contient aucune entrée utilisable ; les points de terminaison Microsoft intégrés sont utilisés
config-not-list = doit être une liste [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = (« { $id } ») reprend un id déjà utilisé ; cette entrée est ignorée
config-entry-not-object = doit être un objet avec id, label et url ; cette entrée est ignorée
config-bad-id = a un id qui n'est pas composé de 1 à 32 lettres, chiffres, - ou _ ; cette entrée est ignorée
config-no-id = n'a pas d'id ; cette entrée est ignorée
# Variables:
#   $id (String) - the reserved id
config-reserved-id = utilise l'id réservé « { $id } » (le serveur de la page est toujours vérifié) ; cette entrée est ignorée
# Variables:
#   $id (String) - the entry's id
config-no-url = (« { $id } ») n'a pas d'url ; cette entrée est ignorée
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = (« { $id } ») { $reason } ; cette entrée est ignorée
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = (« { $id } ») utilise { $http }, qu'une page servie en HTTPS ne peut pas tester (utilisez { $https }) ; cette entrée est ignorée
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = (« { $id } ») a une valeur « expect » inconnue (utilisez { $choices }) ; cette entrée est ignorée
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = (« { $id } ») a une valeur « expect » qui n'est pas du texte ; cette entrée est ignorée
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = n'est pas une langue fournie avec cette page ({ $choices }) ; l'anglais est utilisé

## What is wrong with a URL (core/src/url.rs)

url-too-long = l'URL dépasse 2 000 caractères
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = l'URL doit commencer par { $https } (ou { $http })
url-userinfo = l'URL ne doit contenir ni nom d'utilisateur ni mot de passe
url-bad-host = l'hôte de l'URL n'est pas valide
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = l'URL contient des caractères non autorisés (guillemets, espaces, { $chars } …)
