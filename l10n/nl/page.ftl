### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Zelftest voor aanmelden bij Teams (CAA20002)
page-skip-link = Naar de controles
page-no-script = Voor de automatische controles zijn JavaScript en WebAssembly nodig, maar die staan uit in deze browser. De stappen hieronder werken wel.
page-fatal-title = Er is iets misgegaan op deze pagina
page-fatal-text = Laad de pagina opnieuw om het nog eens te proberen. Gebeurt het weer, meld het dan bij je IT-helpdesk en stuur deze tekst mee:
# The label of the language menu at the top of the page.
page-language-menu = Taal

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Zelftest voor aanmelden bij Teams
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Lukt het aanmelden bij Teams niet (fout { $code })? We zoeken uit waarom.
page-lead = Deze pagina controleert de klok van je computer en de verbinding met Microsoft, en geeft je daarna de oplossing die past. Er wordt niets geïnstalleerd en er gaat niets buiten deze browser, tenzij je het zelf verstuurt.

## Notices at the top

page-config-notice-title = Het instellingenbestand van de pagina heeft een probleem (de pagina werkt nog wel, met de ingebouwde instellingen)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Meld het bij je IT-helpdesk; die kan { $file } corrigeren zonder de pagina opnieuw te bouwen.
page-link-notice-title = Een deel van de link die je hebt geopend, is genegeerd
page-link-notice-hint = De pagina werkt gewoon; kies hieronder je systeem en je Teams-versie als die niet kloppen.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = De waarde voor “{ $name }” in de link werd niet herkend en is genegeerd.
link-too-long = De waarde voor “{ $name }” in de link was te lang en is genegeerd.
link-repeated = De link bevatte “{ $name }” meer dan eens; alleen de eerste waarde is gebruikt.
link-unknown-parameter = De link bevatte instellingen die deze pagina niet gebruikt; die zijn genegeerd.
link-truncated = De link was ongewoon lang; alleen het begin is gelezen.

## Status words next to each check's icon (core/src/status.rs)

status-running = Bezig met controleren…
# same as English: "OK" is the usual Dutch status word (Windows uses it too)
status-ok = OK
status-warn = Waarschuwing
status-fail = Probleem
status-unknown = Controle niet mogelijk

## Summary at the top

summary-title = Samenvatting
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Bezig met controleren… klok wordt gecontroleerd, verbinding: { $done } van { $total ->
    [one] { $total } adres
   *[other] { $total } adressen
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Bezig met controleren… klok gecontroleerd, verbinding: { $done } van { $total ->
    [one] { $total } adres
   *[other] { $total } adressen
  }.
summary-ok = Je klok en je verbinding met Microsoft zien er goed uit.
summary-warn = De controles hebben iets gevonden dat je beter kunt oplossen.
summary-unknown = Sommige controles konden niet worden voltooid; zie hieronder.
summary-fail = De controles hebben een probleem gevonden waardoor Teams zich mogelijk niet kan aanmelden.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Fout { $code }: neem contact op met IT.
summary-go-to-it-why = Alleen IT kan dit oplossen; in het rapport (sectie 4) staat wat ze daarvoor nodig hebben.
summary-next-step = Je volgende stap:

## The checks

checks-title = 1. Controles
action-check-again = Opnieuw controleren

## The clock check

clock-title = Datum, tijd en tijdzone
clock-failed = De klok kon niet worden gecontroleerd.
clock-comparing = De klok van je computer wordt vergeleken met de server…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = De klok van je computer klopt (hij loopt { $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = De klok van je computer loopt { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Reden: { $reason }. Controleer je verbinding en klik op “Opnieuw controleren”.
clock-server-time = Servertijd
clock-your-computer = Je computer
clock-time-zone = Tijdzone
clock-accuracy = Nauwkeurigheid
# Variables:
#   $ms (Number) - milliseconds
# same as English: only a number and the unit ms
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (wordt verfijnd…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Waarschijnlijk de verkeerde tijdzone.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = Het verschil is bijna precies een veelvoud van een kwartier. Je klok toont dus waarschijnlijk de juiste lokale tijd, maar met de verkeerde tijdzone. De tijdzone van deze computer is { $zone }. Zet eerst de tijdzone goed en laat de klok zich daarna automatisch instellen.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = De tijdzone goedzetten in { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Datum en tijd goedzetten in { $os }
clock-coarse-pending = Er wordt nog nauwkeuriger gemeten.
clock-coarse-date-reused = Deze server gebruikt zijn tijdstempel tot een seconde lang opnieuw, dus kan de pagina niet nauwkeuriger meten dan ongeveer een seconde. Dat is ruim voldoende: de gebruikelijke grenzen voor de klok (Kerberos, tokencontroles) liggen bij minuten, niet bij seconden.
clock-coarse-not-verified = Een nauwkeurigere meting kon niet worden bevestigd, dus houdt de pagina het bij de grove marge van ongeveer een seconde. Dat is ruim voldoende: de gebruikelijke grenzen voor de klok (Kerberos, tokencontroles) liggen bij minuten, niet bij seconden.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.
## Dutch: these phrases complete "De klok … loopt …" ("voor" = ahead, "achter" = behind).

clock-offset-under-a-second = minder dan een seconde voor of achter
clock-offset-under-a-tenth = minder dan een tiende seconde voor of achter
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = tussen { $near } en { $far } seconden voor
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = tussen { $near } en { $far } seconden achter
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = minder dan { $n ->
    [one] { $n } seconde
   *[other] { $n } seconden
  } voor of achter
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = ongeveer { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } voor
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } achter
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } dag
   *[other] { $n } dagen
  }
# Variables:
#   $n (Number) - hours
# Dutch: "uur" stays singular after a number ("5 uur").
clock-hours = { $n ->
    [one] { $n } uur
   *[other] { $n } uur
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } minuut
   *[other] { $n } minuten
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } seconde
   *[other] { $n } seconden
  }

## The connection check

network-title = Verbinding met de aanmeldservice van Microsoft
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = De verbinding met Microsoft wordt getest… ({ $done } van { $total } hebben geantwoord)
network-progress-label = Gecontroleerde adressen
network-for-it = Voor IT:
network-table-caption = Resultaat per adres
network-column-service = Dienst
# same as English: "Status" is the Dutch word as well
network-column-status = Status
network-column-time = Tijd
# Variables:
#   $ms (Number) - milliseconds
# same as English: only a number and the unit ms
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = De aanmeldservice van Microsoft is bereikbaar vanuit deze browser.
network-all-reachable-1 = Het netwerk is vanaf hier waarschijnlijk in orde; volgens het ondersteuningsartikel zijn oude aanmeldgegevens in de eigen cache van de Teams-app de meest voorkomende oorzaak.
network-all-reachable-2 = Wis de Teams-cache met het herstelscript hieronder (het maakt een back-up).
network-partial = Sommige Microsoft-adressen antwoorden, andere niet.
network-partial-1 = Als je een VPN gebruikt, verbreek dan de VPN-verbinding en klik op “Opnieuw controleren”.
network-partial-2 = Als je organisatie een proxy of webfilter gebruikt, moet IT de Microsoft 365-adressen toestaan die hieronder als mislukt staan.
network-partial-3 = Stuur IT het rapport van deze pagina: daarin staan de adressen die niet werkten.
network-blocked = Je netwerk werkt, maar de aanmeldadressen van Microsoft worden geblokkeerd.
network-blocked-1 = Als je een VPN gebruikt, verbreek dan de VPN-verbinding en klik op “Opnieuw controleren”.
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = Werkt het zonder VPN, laat IT dan weten: de VPN of proxy blokkeert { $host }.
network-blocked-3 = IT moet de Microsoft 365-eindpunten toestaan (zie de link hieronder).
network-intercepted = Er heeft iets anders geantwoord in plaats van Microsoft.
network-intercepted-1 = Deze browser kreeg een antwoord dat niet van de aanmeldservice van Microsoft kwam: bijvoorbeeld een blokkeringspagina van een webfilter, een aanmeldpagina van een proxy of de inlogpagina van de wifi in een hotel of voor gasten.
network-intercepted-2 = Als een pagina je vraagt om je aan te melden bij het netwerk of de voorwaarden te accepteren, doe dat dan en klik daarna op “Opnieuw controleren”.
network-intercepted-3 = Probeer het anders één keer zonder VPN of via een ander netwerk (bijvoorbeeld een hotspot op je telefoon).
network-intercepted-4 = Laat IT weten wat deze controle heeft gezien en stuur ze het rapport: het netwerk moet de aanmeldadressen van Microsoft doorlaten.
network-offline = Deze computer lijkt niet met internet verbonden te zijn.
network-offline-1 = Maak eerst verbinding met wifi of een netwerkkabel en klik daarna op “Opnieuw controleren”.
network-offline-2 = Werken andere websites ook niet, start dan je router opnieuw op of vraag het aan IT; zonder verbinding kan Teams zich niet aanmelden.
network-endpoints-link = URL's en IP-adresbereiken van Microsoft 365
network-tls-caveat = Wat deze controle niet kan zien: certificaten. Een bedrijfsproxy die versleuteld verkeer inspecteert met een eigen basiscertificaat dat deze computer vertrouwt, geeft het echte antwoord van Microsoft door en ziet er hier uit als een normale verbinding. Alleen een controle op de computer zelf (die de certificaatketen uitleest) kan dat zien.
network-path-caveat = De Teams-app gebruikt mogelijk een andere netwerkroute dan deze browser (bijvoorbeeld de systeemproxy). Het downloadbare script hieronder test dezelfde adressen opnieuw, rechtstreeks vanuit Windows of macOS.

## Status words of one address (core/src/network.rs)

endpoint-running = Bezig met controleren…
endpoint-ok = Bereikbaar
endpoint-slow = Traag
endpoint-fail = Mislukt
endpoint-timeout = Geen antwoord
endpoint-intercepted = Onderschept

## The office.com question

office-title = Eén vraag
# Variables:
#   $link (String) - a link to office.com
office-ask = Open { $link } in deze browser en meld je aan met je werkaccount. Werkt dat?
# Variables:
#   $site (String) - office.com
office-group-label = Werkt aanmelden bij { $site }?
office-yes = Ja, dat werkt
office-no = Nee, dat mislukt ook
office-unknown = Nog niet geprobeerd
# Variables:
#   $site (String) - office.com
office-why = Waarom we dit vragen: als { $site } werkt, is je account in orde en ligt het probleem waarschijnlijk bij Teams of de Windows-aanmelding op deze computer; daarvoor noemt het ondersteuningsartikel de Teams-cache als eerste. Mislukt het daar ook, dan ligt het eerder aan het netwerk of aan het account, en moet IT ernaar kijken.

## Your computer: system and Teams version

choice-title = Je computer
choice-unknown-os = Deze browser geeft niet aan op welk systeem hij draait. Kies de computer waarop Teams zich niet kan aanmelden: het herstelscript en de stappen zijn voor die computer bedoeld.
choice-mobile = Je lijkt een telefoon of tablet te gebruiken. De oplossing is bedoeld voor de Teams-app op een computer: kies de computer waarop Teams niet werkt en open deze pagina daar, of stuur het script naar die computer.
choice-os-label = Besturingssysteem
choice-os-placeholder = Kies…
choice-detected = (herkend via deze browser; wijzig het als Teams op een andere computer draait)
choice-client-legend = Welke Teams?
choice-client-how-to-tell = Zo zie je het verschil: de nieuwe Teams heeft een label “NIEUW” of geen schakelaar “Probeer de nieuwe Teams”, en het pictogram toont een “T” op een paars-witte tegel; de klassieke Teams heet in het menu Start of in de map Programma's “Microsoft Teams (klassiek)” of “Microsoft Teams classic”. Weet je het niet zeker? Laat dan “Beide” staan: het script raakt alleen mappen aan die bestaan.
client-new = Nieuwe Teams
client-classic = Klassieke Teams
client-both = Beide / weet ik niet

## The plan

plan-title = 2. Wat je moet doen, in volgorde
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = Stap { $n } heeft het opgelost.
plan-fixed-again = Komt de fout terug, open deze pagina dan opnieuw.
plan-none-fixed = Geen van de stappen heeft het opgelost. Ook dat is nuttige informatie: neem contact op met je IT-helpdesk en stuur ze het rapport hieronder (daarin staat wat er is gecontroleerd).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = IT-helpdesk: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Stap { $n } van { $total }: { $title }
plan-ask = Heeft dit geholpen?
plan-yes = Ja, Teams meldt zich aan
plan-no-next = Nee, volgende stap
plan-no-last = Nee, het lukt nog steeds niet
plan-restart = De stappen opnieuw beginnen
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = In { $os }
plan-cache-use-script = Gebruik het herstelscript hieronder: het sluit Teams, verplaatst de cache naar een back-upmap (zodat er niets verloren gaat), bewaart je eigen achtergronden en start Teams opnieuw.
plan-go-to-script = Naar het herstelscript
plan-by-hand = Of doe het handmatig
plan-go-to-network = Naar de verbindingscontrole
plan-connect-how = Maak verbinding met wifi of een netwerkkabel, controleer of andere websites openen en klik daarna bij de verbindingscontrole hierboven op “Opnieuw controleren”.
plan-account-send = IT kan verder zoeken dan deze pagina. Stuur je IT-helpdesk het rapport hieronder.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = IT kan verder zoeken dan deze pagina. Stuur je IT-helpdesk het rapport hieronder ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Open de openbare statuspagina van Microsoft 365 en kijk of er op dit moment een probleem is met aanmelden of met Teams: { $link }. Wacht een paar minuten en meld je daarna opnieuw aan bij Teams.
plan-go-to-report = Naar het rapport
plan-after-cache-intro = Voordat je contact opneemt met IT, of terwijl je wacht, in deze volgorde:
plan-help-missing = Deze stappen kunnen niet worden weergegeven: deze kopie van de pagina is gebouwd zonder de helpteksten. Meld dit bij je IT-helpdesk.

## The plan's steps (core/src/plan.rs)

plan-step-time = Datum, tijd en tijdzone automatisch laten instellen
plan-step-network = VPN uitschakelen en proxy controleren
plan-step-connect = Internetverbinding controleren
plan-step-tls = Controleren of TLS 1.2 is ingeschakeld
plan-step-it = Contact opnemen met IT, met het rapport
plan-step-helpdesk = Kom je er nog niet uit? Stuur het rapport naar IT
plan-step-service = Status van Microsoft 365 controleren en het later opnieuw proberen
plan-step-cache-new = Cache van de nieuwe Teams wissen (met back-up)
plan-step-cache-classic = Cache van de klassieke Teams wissen (met back-up)
plan-step-cache-both = Teams-cache wissen (met back-up)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = Deze computer kon tijdens de controle geen enkele website bereiken, en niets anders werkt zolang hij niet weer online is.
plan-why-service-helpdesk = Lukt het na een tijdje nog steeds niet en toont de statuspagina geen probleem, stuur IT dan het rapport: een bedrijfsproxy kan hetzelfde antwoord geven.
# Variables:
#   $site (String) - office.com
plan-why-office-network = Aanmelden bij { $site } mislukt ook en de netwerkcontrole heeft nog geen antwoord, dus sluit eerst de VPN en de proxy uit voordat je contact opneemt met IT.
# Variables:
#   $site (String) - office.com
plan-why-office-it = Aanmelden bij { $site } mislukt ook, dus ligt de oorzaak eerder bij het netwerk of je account dan bij de Teams-app; IT kan met het rapport beide controleren.
plan-why-network-after-offline = Zodra je weer online bent, moet je als volgende uitsluiten dat een VPN of proxy de aanmeldservers van Microsoft blokkeert.
plan-why-network-unknown = De netwerkcontrole heeft geen antwoord, en een VPN of proxy die de aanmeldservers van Microsoft blokkeert, is de tweede oorzaak die het ondersteuningsartikel noemt.
plan-why-tls = Zeldzaam en meestal op oudere computers, maar in Windows verhindert een uitgeschakeld TLS 1.2 het aanmelden, en het is snel gecontroleerd.
plan-why-clock-unknown = De pagina kon de klok niet controleren, en een verkeerde datum, tijd of tijdzone is een van de bekende oorzaken.
plan-why-helpdesk = Als geen van de stappen heeft geholpen, stuur je IT-helpdesk dan het rapport van deze pagina: daarin staat wat er is gecontroleerd.
plan-why-it-generic = Naar deze fout moet IT kijken.
plan-why-timezone = Vergeleken met de server van deze pagina wijkt de klok een veelvoud van een kwartier af: waarschijnlijk handmatig ingesteld met de verkeerde tijdzone, zodat ook de werkelijke tijd niet klopt.
plan-why-clock-fail = Vergeleken met de server van deze pagina wijkt de klok meer af dan de grens van je organisatie (standaard 5 minuten, de gebruikelijke marge van Kerberos en van tokencontroles); een verkeerde klok kan het aanmelden laten mislukken.
plan-why-clock-warn = Vergeleken met de server van deze pagina wijkt de klok meer af dan de waarschuwingsgrens van je organisatie en komt hij in de buurt van de grens waarbij het aanmelden kan mislukken.
plan-why-blocked = Deze browser kon de aanmeldservers van Microsoft niet bereiken terwijl andere websites wel antwoordden, dus zit er een VPN, proxy of firewall in de weg.
plan-why-partial = Sommige servers van Microsoft hebben deze browser geen antwoord gegeven, dus blokkeert een VPN, proxy of firewall mogelijk een deel van de aanmelding.
plan-why-intercepted = Er heeft iets anders dan Microsoft deze browser geantwoord (een blokkeringspagina, een aanmeldpagina van een proxy of een inlogpagina van gastwifi), dus bereikt de aanmelding Microsoft vanaf dit netwerk waarschijnlijk niet.
plan-why-network-code = De foutcode wijst op de verbinding met Microsoft, dus sluit eerst de VPN en de proxy uit.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = Aanmelden bij { $site } werkt en de servers van Microsoft antwoorden, dus zijn de opgeslagen aanmeldgegevens van de Teams-app de waarschijnlijke oorzaak; volgens de schatting van het artikel lost wissen ervan meer dan 80 % van de gevallen op.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = Aanmelden bij { $site } werkt in deze browser, dus zijn de opgeslagen aanmeldgegevens van de Teams-app de waarschijnlijke oorzaak; volgens de schatting van het artikel lost wissen ervan meer dan 80 % van de gevallen op.
plan-why-cache = Het ondersteuningsartikel noemt oude aanmeldgegevens in de Teams-cache als de meest voorkomende oorzaak van CAA20002, en bij het wissen blijft er een back-up bewaard.

## What to keep doing once a step fixed it

plan-keep-time = Laat het automatisch instellen van datum, tijd en tijdzone aan staan, dan blijft alles kloppen.
plan-keep-network = Gaat het steeds weer mis zodra de VPN of proxy aan staat, laat het IT dan weten: ze moeten de aanmeldadressen van Microsoft toestaan.
plan-keep-cache = Als Teams een paar dagen goed heeft gewerkt, kun je de back-upmap verwijderen.
plan-keep-tls = Laat TLS 1.2 ingeschakeld.
plan-keep-account = Fijn dat IT het heeft kunnen oplossen.
plan-keep-connect = Je bent weer online.
plan-keep-service = De service antwoordt weer.

## Next step line in the summary

summary-next-done = Klaar: Teams zou zich nu moeten aanmelden
summary-next-helpdesk = Neem contact op met je IT-helpdesk en stuur het rapport mee

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = Deze pagina kent die code niet; de aanwijzingen voor { $code } hieronder gelden nog steeds.
code-unknown = Deze pagina kent die code niet; de algemene aanwijzingen hieronder gelden nog steeds.
# Variables:
#   $code (String) - the code the user typed
code-updated = Aanwijzingen en stappen bijgewerkt voor { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = Fout { $code }: { $meaning }
code-title-general = Problemen met aanmelden bij Teams: wat meestal helpt
code-for-it = Deze fout is iets voor IT.
code-for-it-why = De stappen op deze pagina lossen dit niet op; stuur IT het rapport in sectie 4 hieronder.
code-more = Meer over deze fout
code-input-label = Toont Teams een andere code? Typ of plak die hier
# Variables:
#   $code (String) - an example code
code-input-placeholder = bijv. { $code }
code-loading = Betekenis van deze code laden…
code-load-failed = De betekenis van deze code kon niet worden geladen. Controleer je verbinding en laad de pagina opnieuw; de stappen hieronder gelden nog steeds.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } – alle details ({ $os })
article-show = Het hele artikel weergeven: symptomen, oorzaken, alle oplossingen, links
article-solutions = Oplossingen
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. Het herstelscript
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. Het herstelscript voor { $os }
script-choose-os = Kies hierboven onder “Je computer” je besturingssysteem om het script te krijgen dat de Teams-cache veilig wist.
script-preparing = Het script wordt voorbereid… Het verschijnt hier zodra de controles hierboven hun resultaten hebben.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = Het script kon hier niet worden voorbereid ({ $reason }). Probeer het opnieuw of download hieronder het kant-en-klare script; de stappen in sectie 2 werken ook zonder script.
action-try-again = Opnieuw proberen
# Variables:
#   $file (String) - the script's file name
script-download-static = Het kant-en-klare script downloaden ({ $file }, standaardopties)
script-static-note = Het kant-en-klare script wist de cache van beide Teams-versies met de standaardstappen. Voer het zo uit:

## The report for the helpdesk

report-title = 4. Rapport voor je IT-helpdesk
report-intro = Heb je hulp nodig, stuur dan dit rapport: daarin staat wat deze pagina heeft gemeten, zodat IT er niet naar hoeft te vragen. Er staat geen naam, account of wachtwoord in. Deze pagina verstuurt zelf niets.
report-copy = Rapport kopiëren
report-download = Rapport downloaden (JSON)
report-email = De helpdesk e-mailen
report-copied = Rapport gekopieerd: plak het in je bericht aan de helpdesk.
# Variables:
#   $file (String) - the file's name
report-saved = { $file } is opgeslagen in je map Downloads.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = Het downloaden is niet gestart ({ $reason }); gebruik in plaats daarvan “Rapport kopiëren”.
report-notes-legend = Optioneel: help IT je aanmeldpoging te vinden
report-error-time-label = Wanneer verscheen de fout?
report-error-time-note = De lokale tijd van je computer; het rapport vermeldt de tijdzone.
report-correlation-label = Correlatie-id (Teams toont die onder de fout)
report-correlation-note = Kopieer die uit het foutvenster van Teams; daarmee is de poging terug te vinden in de aanmeldingslogboeken van Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = Deze pagina kan dit niet als datum en tijd lezen. Gebruik de datumkiezer of typ het zo: { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = Dit is geen correlatie-id. Die bestaat uit 8-4-4-4-12 letters en cijfers, bijvoorbeeld { $example }.
report-show = Het rapport weergeven
report-text-label = Tekst van het rapport
report-json-label = Rapport als JSON
copy-blocked-report = De browser heeft het kopiëren geblokkeerd: selecteer de tekst van het rapport en druk op Ctrl+C (⌘C op een Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Hulp: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Zelftest voor aanmelden bij Teams { $version }. Deze pagina verstuurt niets: de controles vragen alleen aan de servers van Microsoft of ze antwoorden, en het rapport blijft in je browser tot je het zelf verstuurt.

## Loading the texts that come after the checks

later-loading = Laden…
later-failed = Dit deel kon niet worden geladen. Controleer je verbinding en laad de pagina opnieuw.
