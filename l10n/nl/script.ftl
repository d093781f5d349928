### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = Het script hieronder doet precies dit, niets anders, en niets zonder het je eerst te vragen:
script-steps-legend = Stappen in het script
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } is gedownload; je vindt het in je map Downloads.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = Het downloaden is niet gestart ({ $reason }). Gebruik “Script kopiëren” en sla de tekst op als { $file }.
script-copied = Script gekopieerd.
command-copied = Opdracht gekopieerd.
copy-blocked-script = De browser heeft het kopiëren geblokkeerd: selecteer het script en druk op Ctrl+C (⌘C op een Mac).
copy-blocked-command = De browser heeft het kopiëren geblokkeerd: selecteer de opdracht en druk op Ctrl+C (⌘C op een Mac).
# Variables:
#   $file (String) - the script's file name
script-download = { $file } downloaden
script-copy = Script kopiëren
# Variables:
#   $program (String) - PowerShell
script-run-windows = Voer het daarna uit met deze opdracht (na het downloaden, in een PowerShell-venster: menu Start → typ { $program } → Enter):
script-run-macos = Voer het daarna uit met deze opdracht (na het downloaden, in Terminal: Programma's → Hulpprogramma's → Terminal):
script-run-linux = Voer het daarna uit met deze opdracht (na het downloaden, in een terminalvenster):
script-copy-command = Opdracht kopiëren
# Variables:
#   $file (String) - the script's file name
script-old-copy = Heb je het al eens gedownload? Verwijder dan eerst de oude kopie: je browser zou de nieuwe anders opslaan als { $file } met een nummer erbij, en de opdracht hierboven zou dan de oude uitvoeren.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Wil je eerst zien wat het zou doen? Zet { $flag } aan het eind van de opdracht: dan verandert het niets en toont het elke actie.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Lees het script voordat je het uitvoert ({ $n ->
    [one] { $n } regel
   *[other] { $n } regels
  })
script-text-label = Tekst van het script
# Shown when For IT chose the unattended variant.
script-unattended-chosen = Dit is de variant zonder toezicht, gekozen onder “Voor IT”: hij is bedoeld voor Intune, Jamf of andere tools, niet om met de hand uit te voeren.
# Windows only. Shown under the command.
script-execution-policy = Antwoordt PowerShell dat het bestand niet kan worden geladen omdat het niet digitaal is ondertekend, dan staat je organisatie alleen ondertekende scripts toe. Er is niets uitgevoerd of gewijzigd. Vraag IT om een ondertekende kopie van het script, of vraag of ze het via hun apparaatbeheer voor je uitvoeren.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Eerst Teams sluiten
script-option-clear = De Teams-cache wissen
script-option-clear-note = wordt verplaatst naar een back-upmap die je kunt terugzetten
script-option-delete = De cache verwijderen in plaats van een back-up te maken
script-option-delete-note = geen weg terug; alleen als de schijf vol is
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = De nieuwe Teams-app opnieuw instellen ({ $command })
script-option-reset-note = wist alle gegevens van de nieuwe Teams op deze computer, ook eigen achtergronden; alleen als het wissen van de cache niet heeft geholpen
script-option-retest = Tijd, proxy, VPN en de adressen van Microsoft opnieuw controleren vanaf de computer zelf
script-option-tls = De instellingen voor TLS 1.2 / 1.3 controleren (vraagt het eerst voordat er iets wordt gewijzigd)
script-option-time = De klok synchroniseren (vraagt alleen voor die ene opdracht om beheerdersrechten; zonder die rechten worden de instellingen voor datum en tijd geopend)
script-option-restart = Teams aan het eind opnieuw starten
script-option-unattended = Het herstelscript maken als variant zonder toezicht, voor Intune, Jamf of andere tools
script-option-unattended-note = vraagt niets, schrijft zijn logboek naar een vast bestand en meldt het resultaat via zijn afsluitcode

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = Dit is de variant zonder toezicht voor Intune of andere tools: hij vraagt niets, doet wat hier is gekozen, schrijft zijn logboek naar { $folder } en meldt het resultaat via zijn afsluitcode. Wordt hij in 32-bits PowerShell gestart, dan start hij zichzelf opnieuw in 64-bits PowerShell.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = Dit is de variant zonder toezicht voor Jamf of andere tools: hij vraagt niets, doet wat hier is gekozen, schrijft zijn logboek naar { $folder } in de thuismap van de gebruiker en meldt het resultaat via zijn afsluitcode. Wordt hij als root zonder terminal uitgevoerd (zoals Jamf dat doet), dan werkt hij voor de gebruiker die op het scherm is aangemeld, en doet hij niets als er niemand is aangemeld.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = Dit is de variant zonder toezicht voor beheertools: hij vraagt niets, doet wat hier is gekozen, schrijft zijn logboek naar { $folder } in de persoonlijke map van de gebruiker en meldt het resultaat via zijn afsluitcode. Hij moet worden uitgevoerd als de gebruiker zelf.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = Het laat eerst zien wat het gaat doen en vraagt het je voordat het iets wijzigt. Voeg { $flag } toe als je alleen het plan wilt zien.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Sluit Microsoft Teams (alleen je eigen Teams-vensters en achtergrondprocessen) en dwingt het te stoppen als het na { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
  } nog niet is gesloten.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Verwijdert de opgeslagen aanmeldgegevens en de cache van Teams ({ $folders }). Dit kan niet ongedaan worden gemaakt.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Verplaatst de opgeslagen aanmeldgegevens en de cache van Teams ({ $folders }) naar één back-upmap in { $folder } (je lokale profiel, dat niet meegaat naar andere computers), zodat je dit ongedaan kunt maken; het script toont de precieze opdracht daarvoor.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Verplaatst de opgeslagen aanmeldgegevens en de cache van Teams ({ $folders }) naar één back-upmap in je thuismap, zodat je dit ongedaan kunt maken; het script toont de precieze opdracht daarvoor.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Bewaart { $n ->
    [one] de nieuwste back-upmap
   *[other] de { $n } nieuwste back-upmappen
  }: na een geslaagde uitvoering verwijdert het oudere back-upmappen en meldt het dat.
script-does-keep-backgrounds = Bewaart je eigen vergaderachtergronden.
script-does-needs-closed = Laat de cache met rust zolang Teams nog actief is: sluit Teams eerst.
script-does-reset = Stelt de nieuwe Teams-app opnieuw in, zoals Instellingen > Apps > Geïnstalleerde apps > Microsoft Teams > Geavanceerde opties > Opnieuw instellen dat doet. Dit wist alle gegevens van de nieuwe Teams op deze computer: aanmelding, instellingen, cache en eigen vergaderachtergronden (chats, bestanden en vergaderingen blijven in Microsoft 365). Het script vraagt het eerst; dit kan niet ongedaan worden gemaakt. Ontbreekt de opdracht voor opnieuw instellen in Windows 10, dan opent het in plaats daarvan Instellingen > Apps.
script-does-reset-unattended = Stelt de nieuwe Teams-app opnieuw in, zoals Instellingen > Apps > Geïnstalleerde apps > Microsoft Teams > Geavanceerde opties > Opnieuw instellen dat doet. Dit wist alle gegevens van de nieuwe Teams op deze computer: aanmelding, instellingen, cache en eigen vergaderachtergronden (chats, bestanden en vergaderingen blijven in Microsoft 365). Het script vraagt niets; dit kan niet ongedaan worden gemaakt. Ontbreekt de opdracht voor opnieuw instellen in Windows 10, dan opent het in plaats daarvan Instellingen > Apps.
script-does-retest = Controleert, zonder iets te wijzigen, of deze computer de aanmeldadressen van Microsoft kan bereiken, en meldt je proxy- en VPN-instellingen en of je klok goed staat.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Leest ook wat een browser niet kan zien: welke certificeringsinstantie het certificaat heeft uitgegeven dat Windows krijgt voor het aanmeldadres van Microsoft (TLS-inspectie door een bedrijf is daar te zien), of een inlogpagina van een wifinetwerk in de weg zit, en hoe dit apparaat bij Microsoft is geregistreerd ({ $command }).
script-does-retest-macos = Leest ook wat een browser niet kan zien: welke certificeringsinstantie het certificaat heeft uitgegeven dat deze Mac krijgt voor het aanmeldadres van Microsoft (TLS-inspectie door een bedrijf is daar te zien), of een inlogpagina van een wifinetwerk in de weg zit, en welke aanmeldonderdelen van Teams in je sleutelhanger staan (alleen de namen; er wordt geen wachtwoord gelezen).
script-does-retest-linux = Leest ook wat een browser niet kan zien: welke certificeringsinstantie het certificaat heeft uitgegeven dat deze computer krijgt voor het aanmeldadres van Microsoft (TLS-inspectie door een bedrijf is daar te zien), en of een inlogpagina van een wifinetwerk in de weg zit.
script-does-tls = Controleert de eigen TLS-instellingen van Windows, die de aanmeldservice gebruikt (het Teams-venster zelf negeert ze): TLS 1.2 moet aan staan. Staat het uit in je instellingen, dan biedt het script aan het aan te zetten (in Windows 11 ook TLS 1.3); het vraagt het eerst, het standaardantwoord is nee, en het legt de oude instelling vast in het logboek.
script-does-tls-unattended = Controleert de eigen TLS-instellingen van Windows, die de aanmeldservice gebruikt (het Teams-venster zelf negeert ze): TLS 1.2 moet aan staan. Staat het uit in de eigen instellingen van de gebruiker, dan zet het script het zonder te vragen aan (in Windows 11 ook TLS 1.3) en legt het de oude instelling vast in het logboek.
script-does-time-windows = Synchroniseert je klok: Windows vraagt je alleen voor die ene opdracht om beheerdersrechten (de rest draait onder je eigen account). Weiger je, dan opent het script de instellingen voor datum en tijd voor je.
script-does-time-macos = Zet je klok gelijk met de tijdserver van Apple als je beheerder bent (vraagt om je wachtwoord); anders opent het de instellingen voor Datum en tijd.
script-does-time-linux = Zet de automatische tijd aan als je sudo mag gebruiken (vraagt om je wachtwoord); anders vertelt het je waar je die kunt aanzetten.
script-does-time-unattended-windows = Synchroniseert de klok alleen als het met beheerdersrechten draait (het vraagt er niet om); anders meldt het dat in het logboek.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Zet de klok alleen gelijk als { $command } op deze computer geen wachtwoord vraagt; anders meldt het dat in het logboek.
script-does-restart = Start Teams aan het eind opnieuw, zodat je je opnieuw kunt aanmelden.
script-does-no-admin = Heeft geen beheerdersrechten nodig en schrijft een logbestand in de back-upmap.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Schrijft een logbestand in de back-upmap.
script-does-not-installed = Is Teams niet geïnstalleerd, dan meldt het dat, slaat het de Teams-stappen over en voert het de andere stappen uit.
script-does-nothing = Doet niets: er is geen stap geselecteerd.
script-does-change-nothing = Wijzigt niets op je computer.
