### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: de aanmeldservice heeft de aanvraag van Teams geweigerd
help-article-summary = Teams toont fout CAA20002 tijdens het aanmelden: de aanmeldservice van Microsoft heeft geantwoord, maar de aanvraag geweigerd als ongeldig. Het ondersteuningsartikel noemt de waarschijnlijke oorzaken in deze volgorde: oude aanmeldgegevens in de Teams-cache, een VPN of proxy die in de weg zit, een uitgeschakeld TLS 1.2 (zeldzaam), en een verkeerde datum, tijd of tijdzone.
help-symptoms-title = Symptomen
help-symptom-1 = Aanmelden bij Teams mislukt met fout CAA20002.
help-symptom-2 = Teams blijft hangen op het aanmeldscherm.
help-symptom-3 = Andere Microsoft-diensten in de browser, zoals Outlook op het web, blijven werken.
help-causes-title = Oorzaken
help-cause-1 = Oude, verlopen aanmeldgegevens in de Teams-cache.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = Een VPN of proxy blokkeert { $host }.
help-cause-3 = TLS 1.2 is uitgeschakeld op de computer (zeldzaam).
help-cause-4 = De datum, tijd of tijdzone is verkeerd.
help-links-title = Nuttige links
help-background-title = Achtergrond
help-background-1 = Volgens het ondersteuningsartikel is CAA20002 bijna altijd een probleem op de computer, geen storing bij Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = Als aanmelden bij { $site } in je browser werkt, lost het wissen van de Teams-cache volgens het artikel meer dan 80 % van de gevallen op (een schatting van het artikel, geen meting).
help-background-3 = Mislukt het daar ook, dan wijst het artikel eerder naar het netwerk of je account dan naar de Teams-app: neem contact op met IT en stuur ze het rapport van deze pagina.

## Useful links: the page's name, then who it is for

help-link-endpoints = URL's en IP-adresbereiken van Microsoft 365
help-link-endpoints-note = Voor IT: de adressen die een proxy of firewall moet toestaan.
help-link-status = Status van Microsoft 365
help-link-status-note = Openbare pagina: heeft Microsoft op dit moment een grotere storing?
help-link-service-health = Servicestatus in het Microsoft 365-beheercentrum
help-link-service-health-note = Voor IT-beheerders (beheerdersaccount nodig): incidenten die gevolgen hebben voor je organisatie.
help-link-sign-in-codes = Microsoft Ondersteuning: Waarom heb ik problemen met aanmelden bij Microsoft Teams?
help-link-sign-in-codes-note = De tabel van Microsoft met statuscodes bij het aanmelden bij Teams, met per code wat je kunt proberen.
help-link-sign-in-errors = Microsoft Learn: aanmeldingsfouten in Teams oplossen
help-link-sign-in-errors-note = Voor IT: de stappen van Microsoft om een aantal aanmeldingsfouten in Teams op te lossen.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = De Teams-cache wissen (met back-up)
help-solution-cache-intro = Teams bewaart aanmeldgegevens in zijn cache; het ondersteuningsartikel noemt oude, verlopen gegevens daarin als de meest voorkomende oorzaak van CAA20002.
help-solution-vpn-proxy = De VPN uitschakelen en de proxy controleren
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = Een VPN of bedrijfsproxy die { $host } blokkeert, verhindert het aanmelden.
help-solution-tls = Controleren of TLS 1.2 is ingeschakeld (alleen Windows)
help-solution-tls-intro = Zeldzaam (dat zegt het artikel zelf): de aanmeldservers van Microsoft vereisen TLS 1.2 of nieuwer, dus mislukt het aanmelden in Windows 10 als TLS 1.2 is uitgeschakeld.
help-solution-time = De datum, tijd en tijdzone controleren
help-solution-time-intro = Met een verkeerde datum of tijd kunnen beveiligde verbindingen en het aanmelden mislukken; een verkeerde tijdzone speelt mee als de klok daarna handmatig is gelijkgezet zodat hij goed lijkt.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Start Teams opnieuw en meld je aan. De eerste keer starten duurt langer, omdat Teams zijn cache opnieuw opbouwt.
help-cache-macos-quit = Stop Teams: klik bovenaan in de menubalk op het Teams-menu (naast het Apple-menu) en kies daar de opdracht om Teams te stoppen (of druk op Cmd + Q).
help-cache-macos-force = Stopt Teams niet, open dan Activiteitenweergave, zoek naar “Teams”, selecteer het, klik bovenaan in de knoppenbalk op de knop met het ✕ en kies ‘Forceer stop’.
help-cache-macos-terminal = Open Terminal (Programma's > Hulpprogramma's > Terminal), plak deze opdracht en druk op Return. De opdracht verplaatst de Teams-cache naar een back-upmap met de datum in de naam, in je thuismap; er wordt niets verwijderd.
help-cache-macos-privacy = Vraagt macOS of Terminal toegang mag krijgen tot gegevens van andere apps, klik dan op ‘Sta toe’. Verschijnt “Operation not permitted”, zet Terminal dan aan bij Systeeminstellingen > Privacy en beveiliging > Volledige schijftoegang en voer de opdracht opnieuw uit.
help-cache-macos-backgrounds = Je eigen vergaderachtergronden staan in de back-upmap. Als Teams een paar dagen goed heeft gewerkt, kun je de back-up verwijderen.
help-cache-linux-quit = Stop Teams via het menu van het Teams-pictogram in het systeemvak: het venster sluiten verbergt het alleen.
help-cache-linux-terminal = Open een terminal, plak deze opdracht en druk op Enter. De opdracht verplaatst de Teams-cache naar een back-upmap met de datum in de naam, in je persoonlijke map; er wordt niets verwijderd.
help-cache-linux-delete-later = Als Teams een paar dagen goed heeft gewerkt, kun je de back-upmap verwijderen.
help-cache-windows-quit = Sluit Teams af: klik met de rechtermuisknop op het Teams-pictogram naast de klok (rechtsonder; klik op ^ als je het niet ziet) en kies Afsluiten.
help-cache-windows-task-manager = Open Taakbeheer (Ctrl + Shift + Esc). Staat Microsoft Teams er nog in, selecteer het dan en klik op Taak beëindigen.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Maak op je bureaublad een map met de naam { $folder }. Als je de cache daarheen verplaatst in plaats van hem te verwijderen, kun je altijd terug.
help-cache-windows-open-new = Druk op Windows-logotoets + R, plak dit en druk op Enter. Verkenner opent de map met de cache en de opgeslagen aanmelding van de nieuwe Teams.
help-cache-windows-open-classic = Druk op Windows-logotoets + R, plak dit en druk op Enter. Verkenner opent de cachemap van de klassieke Teams.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Selecteer alles in deze map (Ctrl + A), knip het (Ctrl + X) en plak het (Ctrl + V) in een nieuwe map met de naam { $sub } in { $folder }. Laat de mappen boven { $cache } staan: volgens gebruikers start Teams niet meer zonder die mappen.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Selecteer alles in deze map (Ctrl + A), knip het (Ctrl + X) en plak het (Ctrl + V) in een nieuwe map met de naam { $sub } in { $folder }.
help-cache-windows-powershell = Typ je liever? Deze PowerShell-opdracht verplaatst dezelfde mappen naar een back-upmap met de datum in de naam, in je gebruikersmap. Open PowerShell door met de rechtermuisknop op Start te klikken en Terminal te kiezen (in Windows 10: Windows PowerShell).
help-cache-windows-backgrounds = Je eigen vergaderachtergronden staan in de back-up, in de map die hier wordt getoond: kopieer ze terug als je ze mist. Als Teams een paar dagen goed heeft gewerkt, kun je de back-up verwijderen.

## VPN and proxy

help-network-vpn-windows = Verbreek de VPN-verbinding via het VPN-pictogram naast de klok of via Instellingen > Netwerk en internet > VPN, en probeer je opnieuw aan te melden bij Teams.
help-network-vpn-macos = Verbreek de VPN-verbinding via het VPN-pictogram in de menubalk of via Systeeminstellingen > VPN, en probeer je opnieuw aan te melden bij Teams.
help-network-vpn-linux = Verbreek de VPN-verbinding via het VPN-pictogram of via het netwerkmenu rechtsboven, en probeer je opnieuw aan te melden bij Teams.
help-network-vpn-required = Vereist je organisatie de VPN voor Teams, laat hem dan aan en ga door naar de volgende stap.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = Op een bedrijfsnetwerk met een proxy moeten { $login } en { $teams } bereikbaar zijn. De netwerkcontrole op deze pagina test dat voor je.
help-network-proxy-windows = Om te zien of er een proxy is ingesteld, open je Instellingen > Netwerk en internet > Proxy. Noteer voor IT wat daar staat.
help-network-proxy-macos = Om te zien of er een proxy is ingesteld, open je Systeeminstellingen > Netwerk, kies je verbinding, klik op Details… en daarna op Proxy's. Noteer voor IT wat daar staat.
help-network-proxy-linux = Om te zien of er een proxy is ingesteld, open je Instellingen > Netwerk > Netwerkproxy. Noteer voor IT wat daar staat.
help-network-ask-it = Is er iets geblokkeerd, vraag IT dan om de Microsoft 365-adressen toe te staan in de proxy of firewall, en stuur ze het rapport van deze pagina.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Druk op Windows-logotoets + R, typ dit en druk op Enter. Het venster Eigenschappen van Internet wordt geopend.
help-tls-advanced = Open het tabblad Geavanceerd en scrol omlaag naar Beveiliging. Zorg dat ‘TLS 1.2 gebruiken’ is aangevinkt.
help-tls-13 = Vink in Windows 11 ook ‘TLS 1.3 gebruiken’ aan. Laat ‘TLS 1.3 gebruiken’ in Windows 10 zoals het is: Microsoft ondersteunt TLS 1.3 pas vanaf Windows 11.
help-tls-apply = Klik op Toepassen en daarna op OK, en start de computer opnieuw op.
help-tls-greyed = Zijn de selectievakjes grijs, dan beheert je organisatie deze instelling: neem contact op met IT.

## Date, time and time zone

help-time-restart = Start Teams opnieuw en klik daarna op deze pagina bij de klokcontrole op “Opnieuw controleren”.
help-time-check-restart = Controleer of de klok de juiste tijd aangeeft, start Teams opnieuw en klik daarna op deze pagina bij de klokcontrole op “Opnieuw controleren”.
help-time-windows-open = Open Instellingen > Tijd en taal > Datum en tijd.
help-time-windows-link = Instellingen voor datum en tijd openen
help-time-windows-zone = Zet ‘Tijdzone automatisch instellen’ aan, of kies je tijdzone in de lijst ‘Tijdzone’.
help-time-windows-zone-only = Zet ‘Tijdzone automatisch instellen’ aan. Is deze optie grijs of kiest hij de verkeerde tijdzone, zet hem dan uit en kies je tijdzone in de lijst ‘Tijdzone’.
help-time-windows-auto = Zet ‘Tijd automatisch instellen’ aan.
help-time-windows-sync = Klik op ‘Nu synchroniseren’ (in Windows 11 onder ‘Aanvullende instellingen’).
help-time-macos-open = Open Apple-menu > Systeeminstellingen > Algemeen > Datum en tijd.
help-time-macos-zone = Zet ‘Stel tijdzone automatisch in op basis van huidige locatie’ aan, of zet deze optie uit en kies bij ‘Dichtstbijzijnde stad’ de stad die het dichtst bij je ligt.
help-time-macos-auto = Zet ‘Stel tijd en datum automatisch in’ aan.
help-time-linux-open = Open Instellingen > Datum en tijd (in nieuwere versies van GNOME: Instellingen > Systeem > Datum en tijd).
help-time-linux-zone = Zet ‘Automatische tijdzone’ aan, of kies je tijdzone handmatig.
help-time-linux-auto = Zet ‘Automatische datum & tijd’ aan. In een terminal doet deze opdracht hetzelfde (mogelijk wordt om je wachtwoord gevraagd):
help-time-linux-zone-show = Zet ‘Automatische tijdzone’ aan, of kies je tijdzone handmatig. In een terminal toont deze opdracht de tijdzone die nu is ingesteld:

## When clearing the cache did not help (in this order)

help-next-restart = De computer opnieuw opstarten (na een recente wachtwoordwijziging)
help-next-restart-why = Na een wachtwoordwijziging kunnen Windows en macOS de oude aanmelding blijven gebruiken totdat de computer opnieuw is opgestart.
help-next-restart-1 = Sla je werk op en start de computer opnieuw op (echt opnieuw opstarten, niet de slaapstand of afmelden).
help-next-restart-2 = Meld je met je huidige wachtwoord aan op de computer, open daarna Teams en meld je aan.
help-next-work-account = Je werkaccount in Windows verwijderen en opnieuw toevoegen (met toestemming van IT)
help-next-work-account-why = Teams meldt zich aan via het werkaccount dat Windows bewaart, dus kan een probleem met dat account het aanmelden bij Teams tegenhouden. Dit is een veelgegeven advies, geen stap uit de aanmeldpagina's van Microsoft voor Teams.
help-next-work-account-1 = Vraag het eerst aan IT: op een computer die door je organisatie wordt beheerd, kan het verwijderen van het account ook het beheer van de computer of bedrijfsapps verwijderen.
help-next-work-account-2 = Open Instellingen > Accounts > Toegang tot werk of school.
help-next-work-account-3 = Selecteer je werkaccount, kies Verbinding verbreken en bevestig.
help-next-work-account-4 = Start de computer opnieuw op, kies daarna op dezelfde pagina Verbinden en meld je aan met je werkadres.
help-next-open-teams = Open Teams en meld je aan.
help-next-reset-windows = De Teams-app opnieuw instellen
help-next-reset-windows-why = Opnieuw instellen wist alles wat de app op deze computer bewaart; de cachestap alleen doet dat niet.
help-next-reset-windows-1 = Sluit Teams af.
help-next-reset-windows-2 = Open Instellingen > Apps > Geïnstalleerde apps, zoek Microsoft Teams en kies … en daarna Geavanceerde opties.
help-next-reset-windows-3 = Kies onder Opnieuw instellen de knop Opnieuw instellen en bevestig. Dit wist de gegevens van Teams op deze computer, ook je instellingen en eigen achtergronden; je chats en bestanden blijven in de cloud.
help-next-reset-macos = Het opgeslagen account van Teams uit de sleutelhanger verwijderen (IT)
help-next-reset-macos-why = De nieuwe Teams bewaart het account in de macOS-sleutelhanger, waar de cachestap niet aan komt.
help-next-reset-macos-1 = Vraag IT om deze stap uit te voeren, of om hem eerst voor jouw Mac te bevestigen: de namen van de onderdelen hieronder komen uit meldingen van gebruikers, niet van Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Stop Teams. Open Sleutelhangertoegang (Programma's > Hulpprogramma's) en zoek naar { $first }, { $second } en, in macOS 15, { $third }.
help-next-reset-macos-3 = IT verwijdert deze onderdelen (klik met de rechtermuisknop > Verwijder), daarna open je Teams en meld je je opnieuw aan.
help-next-web = Doorwerken in Teams op het web
help-next-web-why = Teams in de browser meldt zich apart aan, zodat je kunt doorwerken terwijl de app wordt hersteld.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Open { $url } in Edge of Chrome en meld je aan met je werkaccount.
help-next-web-2 = Blijf dat gebruiken tot de Teams-app weer werkt of IT ernaar heeft gekeken.

## Saving Teams' support files before clearing anything

help-support-windows-1 = Heeft IT misschien de ondersteuningsbestanden van Teams nodig, sla ze dan op voordat je iets wist: druk terwijl Teams open is op Ctrl+Alt+Shift+1.
help-support-windows-2 = Teams slaat de bestanden op in je map Downloads; bewaar ze tot IT zegt dat ze niet meer nodig zijn.
help-support-macos-1 = Heeft IT misschien de ondersteuningsbestanden van Teams nodig, sla ze dan op voordat je iets wist: druk terwijl Teams open is op Option+Cmd+Shift+1.
help-support-macos-2 = Zoek de bestanden eerst in je map Downloads (Microsoft noemt die map alleen voor Windows en Linux); bewaar ze tot IT zegt dat ze niet meer nodig zijn.
help-support-linux = De Teams-app voor Linux heeft geen sneltoets voor ondersteuningsbestanden; vertel IT in plaats daarvan wat je ziet.
