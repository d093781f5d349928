### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Autodiagnostic de connexion à Teams (CAA20002)
page-skip-link = Aller aux vérifications
page-no-script = Les vérifications automatiques nécessitent JavaScript et WebAssembly, qui sont désactivés dans ce navigateur. Les étapes ci-dessous fonctionnent quand même.
page-fatal-title = Un problème est survenu sur cette page
page-fatal-text = Rechargez la page pour réessayer. Si le problème se reproduit, prévenez votre support informatique et joignez ce texte :
# The label of the language menu at the top of the page.
page-language-menu = Langue

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Autodiagnostic de connexion à Teams
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Teams refuse de se connecter (erreur { $code }) ? Voyons pourquoi.
page-lead = Cette page vérifie l'horloge de votre ordinateur et sa connexion à Microsoft, puis vous indique la solution adaptée. Rien n'est installé et rien ne quitte ce navigateur, sauf si vous l'envoyez vous-même.

## Notices at the top

page-config-notice-title = Le fichier de paramètres de la page contient une erreur (la page fonctionne quand même avec ses paramètres intégrés)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Prévenez votre support informatique : il peut corriger { $file } sans régénérer la page.
page-link-notice-title = Une partie du lien que vous avez ouvert a été ignorée
page-link-notice-hint = La page fonctionne normalement ; si le système ou la version de Teams indiqués ci-dessous sont incorrects, choisissez les bons.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = La valeur « { $name } » du lien n'a pas été reconnue et a été ignorée.
link-too-long = La valeur « { $name } » du lien était trop longue et a été ignorée.
link-repeated = Le lien indiquait « { $name } » plusieurs fois ; seule la première valeur a été utilisée.
link-unknown-parameter = Le lien contenait des paramètres que cette page n'utilise pas ; ils ont été ignorés.
link-truncated = Le lien était anormalement long ; seul son début a été lu.

## Status words next to each check's icon (core/src/status.rs)

status-running = Vérification…
# same as English: "OK" is the usual status word in French software too
status-ok = OK
status-warn = Avertissement
status-fail = Problème
status-unknown = Vérification impossible

## Summary at the top

summary-title = Résumé
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Vérification… horloge en cours, connexion : { $done } sur { $total ->
    [one] { $total } adresse
   *[other] { $total } adresses
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Vérification… horloge terminée, connexion : { $done } sur { $total ->
    [one] { $total } adresse
   *[other] { $total } adresses
  }.
summary-ok = L'horloge de votre ordinateur et sa connexion à Microsoft semblent correctes.
summary-warn = Les vérifications ont trouvé un point à corriger.
summary-unknown = Certaines vérifications n'ont pas pu aboutir ; voir ci-dessous.
summary-fail = Les vérifications ont trouvé un problème qui peut empêcher Teams de se connecter.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Erreur { $code } : contactez le service informatique.
summary-go-to-it-why = Seul le service informatique peut résoudre ce problème ; le rapport (section 4) lui donne les informations nécessaires.
summary-next-step = Votre prochaine étape :

## The checks

checks-title = 1. Vérifications
action-check-again = Vérifier à nouveau

## The clock check

clock-title = Date, heure et fuseau horaire
clock-failed = L'horloge n'a pas pu être vérifiée.
clock-comparing = Comparaison de l'horloge de votre ordinateur avec celle du serveur…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = L'horloge de votre ordinateur est à l'heure ({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = L'horloge de votre ordinateur a { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Raison : { $reason }. Vérifiez votre connexion et cliquez sur « Vérifier à nouveau ».
clock-server-time = Heure du serveur
clock-your-computer = Votre ordinateur
clock-time-zone = Fuseau horaire
clock-accuracy = Précision
# same as English: a number with the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (mesure plus précise en cours…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Le fuseau horaire est probablement incorrect.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = L'écart correspond presque exactement à un nombre entier de quarts d'heure : votre horloge affiche donc sans doute la bonne heure locale, mais avec le mauvais fuseau horaire. Le fuseau horaire de cet ordinateur est { $zone }. Corrigez d'abord le fuseau horaire, puis laissez l'horloge se régler automatiquement.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = Corriger le fuseau horaire sous { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Corriger la date et l'heure sous { $os }
clock-coarse-pending = Mesure plus précise en cours.
clock-coarse-date-reused = Ce serveur réutilise son horodatage pendant une seconde au maximum : la page ne peut donc pas mesurer à mieux qu'une seconde près environ. C'est largement suffisant : les limites d'horloge habituelles (Kerberos, vérification des jetons) se comptent en minutes, pas en secondes.
clock-coarse-not-verified = Une mesure plus fine n'a pas pu être confirmée : la page conserve donc une marge approximative d'environ une seconde. C'est largement suffisant : les limites d'horloge habituelles (Kerberos, vérification des jetons) se comptent en minutes, pas en secondes.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = moins d'une seconde d'écart
clock-offset-under-a-tenth = moins d'un dixième de seconde d'écart
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = entre { $near } et { $far } secondes d'avance
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = entre { $near } et { $far } secondes de retard
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = moins de { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
  } d'écart
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = environ { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } d'avance
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } de retard
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } et { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [one] { $n } heure
   *[other] { $n } heures
  }
# same as English: "minute(s)" is the same word in French
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } secondes
  }

## The connection check

network-title = Accès au service de connexion Microsoft
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Test de la connexion à Microsoft… (réponses : { $done } sur { $total })
network-progress-label = Adresses vérifiées
network-for-it = Pour le service informatique :
network-table-caption = Résultat par adresse
# same as English: "Service" is the same word in French
network-column-service = Service
network-column-status = État
network-column-time = Durée
# same as English: a number with the unit symbol ms
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = Le service de connexion de Microsoft est accessible depuis ce navigateur.
network-all-reachable-1 = Le réseau fonctionne très probablement depuis cet ordinateur ; selon l'article de support, la cause la plus fréquente est le cache de l'application Teams, qui contient d'anciennes données de connexion.
network-all-reachable-2 = Videz le cache de Teams avec le script ci-dessous (il conserve une sauvegarde).
network-partial = Certaines adresses Microsoft répondent, d'autres non.
network-partial-1 = Si vous utilisez un VPN, déconnectez-le et cliquez sur « Vérifier à nouveau ».
network-partial-2 = Si votre entreprise utilise un proxy ou un filtre web, le service informatique doit autoriser les adresses Microsoft 365 indiquées en échec ci-dessous.
network-partial-3 = Envoyez au service informatique le rapport de cette page : il indique les adresses en échec.
network-blocked = Votre réseau fonctionne, mais les adresses de connexion de Microsoft sont bloquées.
network-blocked-1 = Si vous utilisez un VPN, déconnectez-le et cliquez sur « Vérifier à nouveau ».
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = Si cela fonctionne sans le VPN, prévenez le service informatique : le VPN ou le proxy bloque { $host }.
network-blocked-3 = Le service informatique doit autoriser les points de terminaison Microsoft 365 (voir le lien ci-dessous).
network-intercepted = Quelque chose a répondu à la place de Microsoft.
network-intercepted-1 = Ce navigateur a reçu une réponse qui ne provenait pas du service de connexion de Microsoft : par exemple la page de blocage d'un filtre web, la page de connexion d'un proxy ou la page de connexion au Wi-Fi d'un hôtel ou d'un réseau invité.
network-intercepted-2 = Si une page vous demande de vous connecter au réseau ou d'en accepter les conditions, faites-le, puis cliquez sur « Vérifier à nouveau ».
network-intercepted-3 = Sinon, essayez une fois sans le VPN, ou depuis un autre réseau (par exemple le partage de connexion de votre téléphone).
network-intercepted-4 = Indiquez au service informatique ce que cette vérification a constaté et envoyez-lui le rapport : le réseau doit laisser passer les adresses de connexion de Microsoft.
network-offline = Cet ordinateur ne semble pas connecté à Internet.
network-offline-1 = Connectez-vous d'abord au Wi-Fi ou branchez un câble réseau, puis cliquez sur « Vérifier à nouveau ».
network-offline-2 = Si d'autres sites web ne s'ouvrent pas non plus, redémarrez votre box ou votre routeur, ou demandez au service informatique ; Teams ne peut pas se connecter sans accès à Internet.
network-endpoints-link = URL et plages d'adresses IP Microsoft 365
network-tls-caveat = Ce que cette vérification ne peut pas voir : les certificats. Un proxy d'entreprise qui inspecte le trafic chiffré avec son propre certificat racine, approuvé par cet ordinateur, transmet la vraie réponse de Microsoft et ressemble ici à une connexion normale. Seule une vérification sur l'ordinateur lui-même (lecture de la chaîne de certificats) peut le détecter.
network-path-caveat = L'application Teams peut emprunter un autre chemin réseau que ce navigateur (par exemple le proxy du système). Le script téléchargeable ci-dessous teste à nouveau les mêmes adresses directement depuis Windows ou macOS.

## Status words of one address (core/src/network.rs)

endpoint-running = Vérification…
endpoint-ok = Accessible
endpoint-slow = Lent
endpoint-fail = Échec
endpoint-timeout = Pas de réponse
endpoint-intercepted = Intercepté

## The office.com question

office-title = Une question
# Variables:
#   $link (String) - a link to office.com
office-ask = Ouvrez { $link } dans ce navigateur et connectez-vous avec votre compte professionnel. Est-ce que cela fonctionne ?
# Variables:
#   $site (String) - office.com
office-group-label = La connexion sur { $site } fonctionne-t-elle ?
office-yes = Oui, cela fonctionne
office-no = Non, cela échoue aussi
office-unknown = Je n'ai pas essayé
# Variables:
#   $site (String) - office.com
office-why = Pourquoi cette question : si { $site } fonctionne, votre compte fonctionne et le problème se situe très probablement du côté de Teams ou de la connexion Windows sur cet ordinateur, et l'article de support cite alors en premier le cache de Teams. Si cela échoue aussi, la cause est plus probablement le réseau ou le compte, et le service informatique doit s'en occuper.

## Your computer: system and Teams version

choice-title = Votre ordinateur
choice-unknown-os = Ce navigateur n'indique pas sur quel système il fonctionne. Choisissez l'ordinateur sur lequel Teams ne parvient pas à se connecter : le script de correction et les étapes sont prévus pour lui.
choice-mobile = Vous semblez utiliser un téléphone ou une tablette. La solution concerne l'application de bureau Teams : choisissez l'ordinateur sur lequel Teams échoue, puis ouvrez cette page sur celui-ci ou envoyez-y le script.
choice-os-label = Système d'exploitation
choice-os-placeholder = Choisir…
choice-detected = (détecté par ce navigateur — modifiez-le si Teams fonctionne sur un autre ordinateur)
choice-client-legend = Quel Teams ?
choice-client-how-to-tell = Comment le savoir : le nouveau Teams porte une étiquette « NOUVEAU » ou n'a pas d'option « Essayer le nouveau Teams », et son icône affiche un « T » sur une vignette violette et blanche ; le Teams classique s'appelle « Microsoft Teams classique » dans le menu Démarrer ou le dossier Applications. Vous n'êtes pas sûr ? Laissez « Les deux » : le script ne touche qu'aux dossiers qui existent.
client-new = Nouveau Teams
client-classic = Teams classique
client-both = Les deux / je ne sais pas

## The plan

plan-title = 2. Que faire, dans l'ordre
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = L'étape { $n } a résolu le problème.
plan-fixed-again = Si l'erreur revient, rouvrez cette page.
plan-none-fixed = Aucune des étapes n'a résolu le problème. C'est une information utile : contactez votre support informatique et envoyez-lui le rapport ci-dessous (il indique ce qui a été vérifié).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = Support informatique : { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Étape { $n } sur { $total } : { $title }
plan-ask = Le problème est-il résolu ?
plan-yes = Oui, Teams se connecte
plan-no-next = Non, étape suivante
plan-no-last = Non, toujours en échec
plan-restart = Recommencer les étapes
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = Sous { $os }
plan-cache-use-script = Utilisez le script de correction ci-dessous : il ferme Teams, déplace le cache dans un dossier de sauvegarde (rien n'est perdu), conserve vos arrière-plans personnalisés et redémarre Teams.
plan-go-to-script = Aller au script de correction
plan-by-hand = Ou faites-le manuellement
plan-go-to-network = Aller à la vérification de la connexion
plan-connect-how = Connectez-vous au Wi-Fi ou branchez un câble réseau, vérifiez que d'autres sites web s'ouvrent, puis cliquez sur « Vérifier à nouveau » dans la vérification de la connexion ci-dessus.
plan-account-send = Le service informatique peut aller plus loin que cette page. Envoyez le rapport ci-dessous à votre support informatique.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = Le service informatique peut aller plus loin que cette page. Envoyez le rapport ci-dessous à votre support informatique ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Ouvrez la page d'état publique de Microsoft 365 et cherchez un problème en cours concernant la connexion ou Teams : { $link }. Attendez quelques minutes, puis reconnectez-vous à Teams.
plan-go-to-report = Aller au rapport
plan-after-cache-intro = Avant de contacter le service informatique, ou en attendant sa réponse, dans cet ordre :
plan-help-missing = Ces étapes ne peuvent pas être affichées : cette copie de la page a été générée sans ses textes d'aide. Prévenez votre support informatique.

## The plan's steps (core/src/plan.rs)

plan-step-time = Régler automatiquement la date, l'heure et le fuseau horaire
plan-step-network = Désactiver le VPN et vérifier le proxy
plan-step-connect = Vérifier la connexion Internet
plan-step-tls = Vérifier que TLS 1.2 est activé
plan-step-it = Contacter le service informatique avec le rapport
plan-step-helpdesk = Toujours bloqué ? Envoyez le rapport au service informatique
plan-step-service = Vérifier l'état de Microsoft 365, puis réessayer plus tard
plan-step-cache-new = Vider le cache du nouveau Teams (avec sauvegarde)
plan-step-cache-classic = Vider le cache de Teams classique (avec sauvegarde)
plan-step-cache-both = Vider le cache de Teams (avec sauvegarde)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = Cet ordinateur n'a pu joindre aucun site web pendant la vérification, et rien d'autre ne peut fonctionner tant qu'il n'est pas de nouveau en ligne.
plan-why-service-helpdesk = Si cela échoue encore après un moment alors que la page d'état n'indique aucun problème, envoyez le rapport au service informatique : un proxy d'entreprise peut donner la même réponse.
# Variables:
#   $site (String) - office.com
plan-why-office-network = La connexion échoue aussi sur { $site } et la vérification du réseau n'a pas encore de réponse : écartez donc le VPN et le proxy avant de contacter le service informatique.
# Variables:
#   $site (String) - office.com
plan-why-office-it = La connexion échoue aussi sur { $site } : la cause est donc plus probablement le réseau ou votre compte que l'application Teams ; le service informatique peut vérifier les deux grâce au rapport.
plan-why-network-after-offline = Une fois de nouveau en ligne, la prochaine cause à écarter est un VPN ou un proxy qui bloque les serveurs de connexion de Microsoft.
plan-why-network-unknown = La vérification du réseau n'a pas de réponse, et un VPN ou un proxy qui bloque les serveurs de connexion de Microsoft est la deuxième cause citée par l'article de support.
plan-why-tls = C'est rare, surtout sur les anciens ordinateurs, mais sous Windows, la connexion échoue si TLS 1.2 est désactivé, et c'est rapide à vérifier.
plan-why-clock-unknown = La page n'a pas pu vérifier l'horloge, et une date, une heure ou un fuseau horaire incorrects font partie des causes connues.
plan-why-helpdesk = Si aucune des étapes n'a aidé, envoyez à votre support informatique le rapport de cette page : il montre ce qui a été vérifié.
plan-why-it-generic = Cette erreur doit être examinée par le service informatique.
plan-why-timezone = Par rapport au serveur de cette page, l'horloge est décalée d'un nombre entier de quarts d'heure : elle a probablement été réglée à la main avec le mauvais fuseau horaire, si bien que l'heure réelle est fausse elle aussi.
plan-why-clock-fail = Par rapport au serveur de cette page, l'horloge est décalée au-delà de la limite fixée par votre organisation (5 minutes par défaut, la tolérance habituelle de Kerberos et des vérifications de jetons) ; une horloge incorrecte peut faire échouer la connexion.
plan-why-clock-warn = Par rapport au serveur de cette page, l'horloge est décalée au-delà du seuil d'avertissement de votre organisation et s'approche de la limite à partir de laquelle la connexion peut échouer.
plan-why-blocked = Ce navigateur n'a pas pu joindre les serveurs de connexion de Microsoft alors que d'autres sites répondaient : un VPN, un proxy ou un pare-feu fait donc obstacle.
plan-why-partial = Certains serveurs de Microsoft n'ont pas répondu à ce navigateur : un VPN, un proxy ou un pare-feu bloque peut-être une partie de la connexion.
plan-why-intercepted = Quelque chose a répondu à ce navigateur à la place de Microsoft (une page de blocage, la page de connexion d'un proxy ou celle d'un Wi-Fi invité) : depuis ce réseau, la connexion ne peut probablement pas atteindre Microsoft.
plan-why-network-code = Le code d'erreur désigne la connexion à Microsoft : écartez donc d'abord le VPN et le proxy.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = La connexion fonctionne sur { $site } et les serveurs de Microsoft répondent : la cause probable est donc les données de connexion enregistrées par l'application Teams elle-même ; selon l'estimation de l'article, les effacer résout plus de 80 % des cas.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = La connexion fonctionne sur { $site } dans ce navigateur : la cause probable est donc les données de connexion enregistrées par l'application Teams ; selon l'estimation de l'article, les effacer résout plus de 80 % des cas.
plan-why-cache = L'article de support cite les anciennes données de connexion du cache de Teams comme cause la plus fréquente de CAA20002, et cette étape conserve une sauvegarde.

## What to keep doing once a step fixed it

plan-keep-time = Laissez la date, l'heure et le fuseau horaire en réglage automatique pour qu'ils restent justes.
plan-keep-network = Si le problème revient chaque fois que le VPN ou le proxy est actif, prévenez le service informatique : il doit autoriser les adresses de connexion de Microsoft.
plan-keep-cache = Lorsque Teams aura fonctionné quelques jours, vous pourrez supprimer le dossier de sauvegarde.
plan-keep-tls = Laissez TLS 1.2 activé.
plan-keep-account = Tant mieux si le service informatique a résolu le problème.
plan-keep-connect = Vous êtes de nouveau en ligne.
plan-keep-service = Le service répond de nouveau.

## Next step line in the summary

summary-next-done = Terminé : Teams devrait maintenant se connecter
summary-next-helpdesk = Contactez votre support informatique avec le rapport

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = Cette page ne connaît pas ce code ; les conseils pour { $code } ci-dessous s'appliquent quand même.
code-unknown = Cette page ne connaît pas ce code ; les conseils généraux ci-dessous restent valables.
# Variables:
#   $code (String) - the code the user typed
code-updated = Conseils et étapes mis à jour pour { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = Erreur { $code } : { $meaning }
code-title-general = Problèmes de connexion à Teams : ce qui aide le plus souvent
code-for-it = Cette erreur relève du service informatique.
code-for-it-why = Les étapes de cette page ne la résoudront pas ; envoyez au service informatique le rapport de la section 4 ci-dessous.
code-more = En savoir plus sur cette erreur
code-input-label = Teams affiche un autre code ? Tapez-le ou collez-le ici
# Variables:
#   $code (String) - an example code
code-input-placeholder = p. ex. { $code }
code-loading = Chargement de la signification de ce code…
code-load-failed = La signification de ce code n'a pas pu être chargée. Vérifiez votre connexion et rechargez la page ; les étapes ci-dessous restent valables.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — tous les détails ({ $os })
article-show = Afficher l'article complet : symptômes, causes, toutes les solutions, liens
# same as English: "Solutions" is the same word in French
article-solutions = Solutions
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. Le script de correction
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. Le script de correction pour { $os }
script-choose-os = Choisissez votre système d'exploitation sous « Votre ordinateur » ci-dessus pour obtenir le script qui vide le cache de Teams en toute sécurité.
script-preparing = Préparation du script… Il apparaîtra ici dès que les vérifications ci-dessus auront donné leurs résultats.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = Le script n'a pas pu être préparé ici ({ $reason }). Réessayez, ou téléchargez le script prêt à l'emploi ci-dessous ; les étapes du plan fonctionnent sans lui.
action-try-again = Réessayer
# Variables:
#   $file (String) - the script's file name
script-download-static = Télécharger le script prêt à l'emploi ({ $file }, options par défaut)
script-static-note = Le script prêt à l'emploi vide le cache des deux versions de Teams avec les étapes par défaut. Exécutez-le avec :

## The report for the helpdesk

report-title = 4. Rapport pour votre support informatique
report-intro = Si vous avez besoin d'aide, envoyez ce rapport : il contient ce que cette page a mesuré, pour que le service informatique n'ait pas à vous le demander. Il ne contient ni nom, ni compte, ni mot de passe. Cette page n'envoie rien d'elle-même.
report-copy = Copier le rapport
report-download = Télécharger le rapport (JSON)
report-email = Écrire au support informatique
report-copied = Rapport copié : collez-le dans votre message au support informatique.
# Variables:
#   $file (String) - the file's name
report-saved = { $file } a été enregistré dans votre dossier Téléchargements.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = Le téléchargement n'a pas démarré ({ $reason }) ; utilisez plutôt « Copier le rapport ».
report-notes-legend = Facultatif : aidez le service informatique à retrouver votre tentative de connexion
report-error-time-label = Quand l'erreur est-elle apparue ?
report-error-time-note = Heure locale de votre ordinateur ; le rapport indique son fuseau horaire.
report-correlation-label = ID de corrélation (Teams l'affiche sous l'erreur)
report-correlation-note = Copiez-le depuis la fenêtre d'erreur de Teams ; il identifie la tentative dans les journaux de connexion de Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = Cette page ne peut pas lire cette date et heure. Utilisez le sélecteur de date, ou tapez-la sous la forme { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = Ce n'est pas un ID de corrélation. Il se compose de lettres et de chiffres en groupes 8-4-4-4-12, par exemple { $example }.
report-show = Afficher le rapport
report-text-label = Texte du rapport
report-json-label = Rapport au format JSON
copy-blocked-report = Le navigateur a bloqué la copie : sélectionnez le texte du rapport et appuyez sur Ctrl+C (⌘C sur un Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Aide : { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Autodiagnostic de connexion à Teams { $version }. Cette page n'envoie rien nulle part : les vérifications demandent seulement aux serveurs de Microsoft s'ils répondent, et le rapport reste dans votre navigateur jusqu'à ce que vous l'envoyiez.

## Loading the texts that come after the checks

later-loading = Chargement…
later-failed = Cette partie n'a pas pu être chargée. Vérifiez votre connexion et rechargez la page.
