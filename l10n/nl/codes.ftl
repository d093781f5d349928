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
codes-source-note = Naam van Microsoft voor { $code }: { $constant }: { $wording } Bron: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; ook { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Niet zeker: we hebben { $code } niet kunnen vinden in de openbare documentatie van Microsoft, dus is de betekenis hierboven onze beste inschatting, geen vaststaand feit.
# same as English: the title of Microsoft's API reference page, which exists only in English
codes-source-web-provider-errors = Microsoft Learn: WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Microsoft Ondersteuning: Waarom heb ik problemen met aanmelden bij Microsoft Teams?
codes-source-com-security-errors = Microsoft Learn: COM-foutcodes (beveiliging en installatie)

## Paragraphs several codes share

code-shared-tls-inspection = Onze interpretatie, niet de formulering van Microsoft: op een bedrijfsnetwerk is een waarschijnlijke oorzaak een proxy of firewall die versleutelde verbindingen inspecteert met een eigen certificaat, dat de aanmelding van Teams niet vertrouwt. Buiten het bedrijfsnetwerk kan de inlogpagina van de wifi in een hotel of voor gasten hetzelfde doen.
code-shared-tls-inspection-try = Probeer een ander netwerk, bijvoorbeeld de hotspot van je telefoon. Lukt het aanmelden daar wel, geef IT dan de foutcode door: ze kunnen de aanmeldadressen van Microsoft uitzonderen van TLS-inspectie. De browsercontrole op deze pagina kan geen certificaten zien en kan dus alles als bereikbaar tonen.
code-shared-pac-try = Alleen IT kan de proxyconfiguratie herstellen. Tot die tijd lukt aanmelden vaak wel via een ander netwerk (bijvoorbeeld de hotspot van je telefoon, met de VPN uit).
code-shared-proxy-answered = Onze interpretatie, niet de formulering van Microsoft: dit betekent vaak dat er iets anders dan Microsoft heeft geantwoord, zoals een aanmeld- of blokkeringspagina van een proxy of de inlogpagina van de wifi in een hotel of voor gasten.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = Deze certificaatfout betekent meestal dat een proxy of firewall versleutelde verbindingen inspecteert, of dat een inlogpagina van gastwifi in de weg zit; een ander netwerk laat zien welke van de twee.
code-shared-plan-proxy-setup = Deze fout betekent dat de automatische proxyconfiguratie is mislukt, zodat Teams niet weet hoe het Microsoft moet bereiken; een ander netwerk of IT kan dit omzeilen.
code-shared-plan-unusable-answer = Deze fout betekent dat Teams een antwoord kreeg waar het niets mee kon, vaak een eigen pagina van een proxy of gastwifi die in plaats van Microsoft antwoordt.

## CAA20002

code-caa20002-meaning = De aanmeldservice heeft de aanvraag geweigerd als ongeldig
code-caa20002-documented = “In de aanvraag ontbreekt een vereiste parameter, de aanvraag bevat een ongeldige parameterwaarde, bevat een parameter meer dan eens of is op een andere manier onjuist opgemaakt.”
code-caa20002-guidance-1 = De aanmeldservice van Microsoft heeft Teams wel geantwoord, maar de aanvraag geweigerd als ongeldig. Volgens het ondersteuningsartikel wordt dit bijna altijd veroorzaakt door iets op deze computer en niet door een storing bij Microsoft, en kun je het meestal zelf oplossen.
code-caa20002-guidance-2 = Het ondersteuningsartikel noemt de waarschijnlijke oorzaken in deze volgorde: oude aanmeldgegevens in de Teams-cache, een VPN of bedrijfsproxy die in de weg zit, een uitgeschakeld TLS 1.2, en een verkeerde datum, tijd of tijdzone.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Begin met de cache: je houdt een back-up, dus gaat er niets verloren. Als aanmelden bij { $site } werkt, lost het wissen van de cache volgens het artikel meer dan 80 % van de gevallen op (een schatting van het artikel, geen meting).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Snelle test: meld je in je browser aan bij { $site }. Werkt dat, dan ligt het probleem waarschijnlijk bij Teams of de Windows-aanmelding op deze computer: wis dan eerst de Teams-cache. Mislukt het daar ook, dan ligt de oorzaak eerder bij het netwerk of je account, en kan IT helpen.

## CAA20003

code-caa20003-meaning = Aanmelding geweigerd: de autorisatieverlening is mislukt
# Why the plan puts its step first.
code-caa20003-plan = Bij fout CAA20003 adviseert Microsoft zelf om eerst de datum en tijd te controleren; zelfs een klein verschil kan uitmaken.
code-caa20003-documented = “De autorisatieverlening voor deze assertie is mislukt.” De Teams-tabel van Microsoft voegt toe: zorg ervoor dat je datum en tijd juist zijn ingesteld.
code-caa20003-guidance-1 = Microsoft heeft het opgeslagen aanmeldingsbewijs van Teams (de autorisatieverlening) niet geaccepteerd. Microsoft adviseert zelf om eerst de datum en tijd te controleren.
code-caa20003-guidance-2 = Zorg ervoor dat datum, tijd en tijdzone allemaal automatisch worden ingesteld en start Teams daarna opnieuw. Zelfs een paar minuten verschil kan uitmaken. Een verkeerde tijdzone speelt mee als de klok daarna handmatig is gelijkgezet zodat hij goed lijkt.
code-caa20003-guidance-3 = Klopt de tijd: meld je af bij Teams en meld je opnieuw aan. Heb je onlangs je wachtwoord gewijzigd, start dan eerst de computer opnieuw op. Blijft de fout, wis dan de Teams-cache.

## CAA20004

code-caa20004-meaning = Aanmelding geweigerd, vaak door de regels van je organisatie
# Why the plan puts its step first.
code-caa20004-plan = Fout CAA20004 betekent dat de toegangsregels van je organisatie (voorwaardelijke toegang) de aanmelding hebben geblokkeerd, en alleen IT kan die regels wijzigen.
code-caa20004-documented = “De resource-eigenaar of de autorisatieserver heeft de aanvraag geweigerd.” De Teams-tabel van Microsoft: neem contact op met je IT-beheerder om het Microsoft Entra ID-beleid te laten controleren.
code-caa20004-guidance-1 = De aanmeldservice heeft deze aanmelding geweigerd. Meestal hebben de toegangsregels van je organisatie (voorwaardelijke toegang) die geblokkeerd, bijvoorbeeld vanwege het apparaat, het netwerk waarop je zit of de app.
code-caa20004-guidance-2 = Je kunt deze regels niet zelf wijzigen, en de cache wissen helpt niet. Neem contact op met IT.
code-caa20004-guidance-3 = Geef IT door: de foutcode CAA20004, de datum en tijd waarop het gebeurde, en of je thuis, op kantoor of via een VPN werkte. IT kan de aanmelding opzoeken in de aanmeldingslogboeken van Entra ID en zien welke regel die heeft geblokkeerd.

## CAA2000B

code-caa2000b-meaning = Wat Teams heeft aangevraagd, is niet ingesteld voor je account
# Why the plan puts its step first.
code-caa2000b-plan = Fout CAA2000B betekent dat wat Teams heeft aangevraagd niet is ingesteld of niet bestaat voor je account of organisatie; alleen IT kan dat controleren, bijvoorbeeld de Teams-licentie.
code-caa2000b-documented = “De resource is ongeldig vanwege de configuratiestatus of omdat deze niet bestaat.”
code-caa2000b-guidance-1 = De aanmeldservice meldt dat wat Teams heeft aangevraagd ongeldig is: niet ingesteld, of niet aanwezig, voor je account of organisatie. De openbare documenten van Microsoft zeggen niet om welke instelling het gaat; een Teams-licentie, of Teams dat voor jou of je organisatie is uitgeschakeld, zijn zaken die IT kan controleren.
code-caa2000b-guidance-2 = Alleen IT kan dit oplossen; de cache wissen helpt niet.
code-caa2000b-guidance-3 = Geef IT de foutcode CAA2000B en het account waarmee je je aanmeldt door, en vraag ze je Teams-licentie te controleren.

## CAA2000C

code-caa2000c-meaning = Meer aanmeldstappen nodig (bijvoorbeeld MFA of toestemming)
code-caa2000c-documented = “Voor de aanvraag is interactie met de gebruiker vereist.”
code-caa2000c-guidance-1 = Teams kon je niet op de achtergrond aanmelden: Microsoft wil dat je eerst iets doet, zoals een melding voor meervoudige verificatie goedkeuren, een toestemmingsscherm accepteren of je wachtwoord opnieuw invoeren.
code-caa2000c-guidance-2 = Meld je af bij Teams, meld je opnieuw aan en rond elke melding af, ook die op je telefoon. Verschijnt er geen melding, dan zorgt het wissen van de Teams-cache ervoor dat Teams alles opnieuw vraagt.
code-caa2000c-guidance-3 = Verschijnt er wel een melding maar mislukt die, of kun je die niet afronden, geef IT dan de foutcode CAA2000C door.

## CAA301F7

code-caa301f7-meaning = De service is tijdelijk overbelast
# Why the plan puts its step first.
code-caa301f7-plan = Fout CAA301F7 betekent dat de service heeft geantwoord dat hij tijdelijk overbelast is; dat wijst op de service, niet op deze computer: de cache wissen helpt niet.
code-caa301f7-documented = “De service is tijdelijk overbelast.”
code-caa301f7-guidance-1 = De service waarmee Teams zich aanmeldt, heeft geantwoord dat hij tijdelijk overbelast is (HTTP-status 503). Dat wijst op de service, niet op deze computer, dus helpt het wissen van de cache niet.
code-caa301f7-guidance-2 = Kijk op de openbare statuspagina van Microsoft 365 of er op dit moment een probleem is, wacht een paar minuten en meld je daarna opnieuw aan.
code-caa301f7-guidance-3 = Blijft het mislukken terwijl de statuspagina geen probleem toont, geef IT dan de foutcode CAA301F7 door: een bedrijfsproxy kan hetzelfde antwoord geven.

## CAA5004B

code-caa5004b-meaning = Niet zeker: waarschijnlijk een probleem met de apparaatregistratie
# Why the plan puts its step first.
code-caa5004b-plan = Fout CAA5004B staat niet in de openbare documenten van Microsoft; hulpsites koppelen hem aan de registratie van deze computer bij je organisatie, en alleen IT kan die controleren.
code-caa5004b-guidance-1 = We hebben deze code niet kunnen vinden in de openbare documentatie van Microsoft. Hulpsites koppelen hem aan ontbrekende informatie over deze computer, meestal omdat die niet (of niet meer) goed bij je organisatie is geregistreerd; beschouw dat als waarschijnlijk, niet als zeker.
code-caa5004b-guidance-2 = Alleen IT kan dit controleren; de cache wissen helpt waarschijnlijk niet.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = In Windows wil IT de uitvoer van de opdracht { $command } zien: open de Opdrachtprompt, typ de opdracht, druk op Enter en kopieer de secties “Device State” en “SSO State” samen met de foutcode CAA5004B in je bericht.
code-caa5004b-guidance-4 = Geef IT op een Mac de foutcode door en vertel of de app Bedrijfsportal deze Mac als geregistreerd toont.

## CAA60007

code-caa60007-meaning = Het antwoord van de aanmeldservice kon niet worden gelezen
code-caa60007-documented = “De JSON-tekst die wordt geparseerd, is onjuist opgemaakt.”
code-caa60007-guidance-1 = Teams verwachtte een gegevensantwoord van de aanmeldservice van Microsoft en kreeg iets wat het niet kon lezen.
code-caa60007-guidance-3 = Kijk of een webpagina je vraagt om je bij het netwerk aan te melden, schakel de VPN uit en probeer het opnieuw. Mislukt het alleen op het bedrijfsnetwerk, geef IT dan de foutcode CAA60007 door.

## CAA70004

code-caa70004-meaning = Server of proxy niet gevonden
# Why the plan puts its step first.
code-caa70004-plan = Fout CAA70004 betekent dat Teams de server of de proxy die het moest gebruiken niet kon vinden; de Teams-app gebruikt mogelijk andere proxyinstellingen dan deze browser.
code-caa70004-documented = “De server of proxy is niet gevonden.” De Teams-tabel van Microsoft voegt toe: meestal een verkeerd geconfigureerde proxy, of een programma om netwerkverkeer te onderscheppen, zoals Fiddler, dat niet is ingesteld om HTTPS te ontsleutelen.
code-caa70004-guidance-1 = Teams kon de server, of de proxy die het moest gebruiken, niet vinden.
code-caa70004-guidance-2 = Controleer of je internetverbinding werkt, schakel de VPN uit als je die gebruikt, en probeer het opnieuw.
code-caa70004-guidance-3 = Zit je op het bedrijfsnetwerk, dan is de proxy misschien uitgevallen of anders ingesteld voor de Teams-app dan voor je browser. De netwerkcontrole op deze pagina laat zien wat deze browser kan bereiken; stuur IT het rapport met de foutcode CAA70004.

## CAA70007

code-caa70007-meaning = De verbinding is onderbroken
# Why the plan puts its step first.
code-caa70007-plan = Fout CAA70007 betekent dat de verbinding tijdens het aanmelden is weggevallen; dat wijst op een instabiele verbinding, een VPN of een firewall.
code-caa70007-documented = “Het downloaden is mislukt (de verbinding is onderbroken).”
code-caa70007-guidance-1 = De verbinding met Microsoft viel weg terwijl Teams je aan het aanmelden was.
code-caa70007-guidance-2 = Controleer of je met internet bent verbonden, schakel de VPN uit als je die gebruikt, en probeer het opnieuw; een ander netwerk, zoals de hotspot van je telefoon, is een goede test.
code-caa70007-guidance-3 = Blijft het mislukken op het bedrijfsnetwerk, geef IT dan de foutcode CAA70007 door: een firewall of een ander programma verbreekt mogelijk de verbinding.

## CAA82EE2

code-caa82ee2-meaning = Time-out bij het aanmelden
# Why the plan puts its step first.
code-caa82ee2-plan = Fout CAA82EE2 betekent dat er een time-out optrad bij het aanmelden; dat wijst op een trage of geblokkeerde verbinding, een VPN of een firewall.
code-caa82ee2-documented = “Er is een time-out opgetreden voor de aanvraag.”
code-caa82ee2-guidance-1 = Het aanmelden duurde te lang en is afgebroken. Dat betekent meestal een trage of geblokkeerde verbinding, een VPN of een firewall.
code-caa82ee2-guidance-2 = Probeer een ander netwerk, bijvoorbeeld de hotspot van je telefoon, of schakel de VPN uit, en meld je opnieuw aan.
code-caa82ee2-guidance-3 = Mislukt het alleen op het bedrijfsnetwerk, geef IT dan de foutcode CAA82EE2 door: de firewall of proxy vertraagt of blokkeert mogelijk het verkeer naar de aanmeldservers van Microsoft.

## CAA82EE7

code-caa82ee7-meaning = Het adres van de server kon niet worden opgezocht
# Why the plan puts its step first.
code-caa82ee7-plan = Ook als de verbinding werkt, kan een VPN of een DNS-instelling van je organisatie de servernamen van Microsoft voor Teams verbergen.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = Fout CAA82EE7 betekent dat het adres bij een servernaam niet kon worden opgezocht; meestal is er dan geen verbinding of een DNS-probleem.
code-caa82ee7-documented = “De servernaam kan niet worden omgezet.”
code-caa82ee7-guidance-1 = De computer kon de adressen van de servers van Microsoft niet opzoeken. Hij is offline, of het opzoeken van namen (DNS) werkt niet.
code-caa82ee7-guidance-2 = Controleer of andere websites openen. Schakel de VPN uit (of uit en weer aan), of maak opnieuw verbinding met wifi, en probeer het daarna opnieuw.
code-caa82ee7-guidance-3 = Werken andere websites wel, maar blijft de fout terugkomen, geef IT dan de foutcode CAA82EE7 door.

## CAA82F05

code-caa82f05-meaning = De datum van het servercertificaat leek ongeldig
# Why the plan puts its step first.
code-caa82f05-plan = Fout CAA82F05 betekent dat een certificaat verlopen of nog niet geldig leek, en een verkeerde datum op deze computer laat elk certificaat er zo uitzien.
code-caa82f05-documented = “De datum van het SSL-certificaat dat van de server is ontvangen, is ongeldig. Het certificaat is verlopen.”
code-caa82f05-guidance-1 = Teams vond het beveiligingscertificaat van de server verlopen of nog niet geldig. Een verkeerde datum op deze computer laat elk certificaat er zo uitzien, dus controleer eerst de klok.
code-caa82f05-guidance-2 = Laat datum, tijd en tijdzone automatisch instellen, start Teams opnieuw en meld je opnieuw aan.
code-caa82f05-guidance-3 = Klopt de klok, dan biedt iets op het netwerk een verouderd certificaat aan in plaats van Microsoft: geef IT de foutcode CAA82F05 door.

## CAA82F0D

code-caa82f0d-meaning = Certificaat van een onbekende certificeringsinstantie
code-caa82f0d-documented = “De functie kent de certificeringsinstantie niet die het certificaat van de server heeft gegenereerd.”
code-caa82f0d-guidance-1 = Het beveiligingscertificaat dat Teams voor de aanmeldserver van Microsoft kreeg, is uitgegeven door een instantie die deze computer niet vertrouwt.

## CAA82F17

code-caa82f17-meaning = Het certificaat van de server bevat fouten
code-caa82f17-documented = “Het SSL-certificaat bevat fouten.”
code-caa82f17-guidance-1 = Het beveiligingscertificaat dat Teams voor de aanmeldserver van Microsoft kreeg, bevat fouten.

## CAA82F7D

code-caa82f7d-meaning = Fout in de beveiligde verbinding (TLS)
# Why the plan puts its step first.
code-caa82f7d-plan = Fout CAA82F7D betekent dat er geen beveiligde verbinding kon worden opgezet; een proxy of firewall die versleutelde verbindingen inspecteert, kan dat veroorzaken.
code-caa82f7d-documented = “Geeft aan dat er een fout is opgetreden met betrekking tot een beveiligd kanaal.”
code-caa82f7d-guidance-1 = Teams kon geen beveiligde (TLS-)verbinding opzetten met de aanmeldserver van Microsoft.
code-caa82f7d-guidance-2 = Onze suggestie, niet de formulering van Microsoft: controleer in Windows of TLS 1.2 is ingeschakeld (de TLS-stap op deze pagina). Ook een proxy of firewall die versleutelde verbindingen inspecteert, kan de oorzaak zijn.
code-caa82f7d-guidance-3 = Probeer een ander netwerk, bijvoorbeeld de hotspot van je telefoon. Lukt het aanmelden daar wel, geef IT dan de foutcode CAA82F7D door.

## CAA82F86

code-caa82f86-meaning = Het script voor de proxyconfiguratie (PAC) is mislukt
code-caa82f86-documented = “Er is een fout opgetreden bij het uitvoeren van de scriptcode in het PAC-bestand (Proxy Auto-Configuration).”
code-caa82f86-guidance-1 = Het script dat deze computer vertelt welke proxy hij moet gebruiken (een PAC-bestand), bevat een fout, zodat Teams niet kon bepalen hoe het Microsoft moet bereiken.
code-caa82f86-guidance-3 = Geef IT de foutcode CAA82F86 door: het script voor automatische proxyconfiguratie moet worden hersteld.

## CAA82F87

code-caa82f87-meaning = Het script voor de proxyconfiguratie (PAC) kon niet worden gedownload
code-caa82f87-documented = “Het PAC-bestand kan niet worden gedownload.”
code-caa82f87-guidance-1 = De computer kon het script dat hem vertelt welke proxy hij moet gebruiken (een PAC-bestand) niet downloaden, bijvoorbeeld omdat de server ervan onbereikbaar was.
code-caa82f87-guidance-3 = Geef IT de foutcode CAA82F87 door, en of je op kantoor, thuis of via een VPN werkte.

## CAA82F8F

code-caa82f8f-meaning = Fouten in het certificaat van de server
code-caa82f8f-documented = “Er zijn een of meer fouten gevonden in het SSL-certificaat (Secure Sockets Layer) dat door de server is verzonden.”
code-caa82f8f-guidance-1 = Het beveiligingscertificaat dat Teams voor de aanmeldserver van Microsoft kreeg, heeft de controles niet doorstaan.

## CAA82F92

code-caa82f92-meaning = Er is geen proxy gevonden voor het adres van Microsoft
code-caa82f92-documented = “Er kan geen proxy worden gevonden voor de opgegeven URL.”
code-caa82f92-guidance-1 = De automatische proxyconfiguratie kon geen proxy opgeven voor het aanmeldadres van Microsoft.
code-caa82f92-guidance-3 = Geef IT de foutcode CAA82F92 door: de automatische proxyconfiguratie moet worden gecontroleerd.

## CAA82F94

code-caa82f94-meaning = Automatische proxydetectie mislukt
code-caa82f94-documented = “WinHTTP kan de URL van het PAC-bestand (Proxy Auto-Configuration) niet detecteren.”
code-caa82f94-guidance-1 = Windows was ingesteld om de proxy automatisch te zoeken en kon het script voor de proxyconfiguratie (PAC-bestand) niet vinden.
code-caa82f94-guidance-3 = Geef IT de foutcode CAA82F94 door: automatische proxydetectie (WPAD) werkt niet op dit netwerk.

## CAA90018

code-caa90018-meaning = De aanmelding van je organisatie kon niet worden gevonden
code-caa90018-documented = “Kan geen gebruikersrealm detecteren.”
code-caa90018-guidance-1 = De aanmeldservice kon niet bepalen bij welke organisatie het account hoort, en wist daardoor niet waar je je moest aanmelden.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Meld je af bij Teams en meld je opnieuw aan met je volledige werkadres ({ $example }), niet met een persoonlijk Microsoft-account of het account waarmee je je bij Windows aanmeldt.
code-caa90018-guidance-3 = Klopt het adres en blijft de fout, geef IT dan de foutcode CAA90018 door en het adres dat je hebt gebruikt.

## CAA90019

code-caa90019-meaning = Onverwacht antwoord van de aanmeldserver
code-caa90019-documented = “Onverwacht antwoord van de server.”
code-caa90019-guidance-1 = Teams kreeg een antwoord van de aanmeldserver dat het niet verwachtte.
code-caa90019-guidance-3 = Kijk of een webpagina je vraagt om je bij het netwerk aan te melden, schakel de VPN uit en probeer het opnieuw. Mislukt het alleen op het bedrijfsnetwerk, geef IT dan de foutcode CAA90019 door.

## 80090016

code-80090016-meaning = De aanmeldsleutels in de beveiligingschip (TPM) ontbreken
# Why the plan puts its step first.
code-80090016-plan = Fout 80090016 betekent dat Windows de aanmeldsleutels in de beveiligingschip (TPM) niet kon vinden; daar moet IT naar kijken.
code-80090016-documented = “De sleutelset bestaat niet.”
code-80090016-guidance-1 = Windows kon de sleutels die je aanmelding beveiligen niet vinden in de beveiligingschip (TPM) van de computer. Hulpsites melden dit bijvoorbeeld na een firmware-update of nadat de TPM opnieuw is ingesteld.
code-80090016-guidance-2 = Start de computer één keer opnieuw op. Blijft de fout, neem dan contact op met IT; de Teams-cache wissen helpt niet.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Geef IT de foutcode 80090016 door: meestal moet er naar de apparaatregistratie of de TPM worden gekeken. Het helpt ook om te vertellen wat het TPM-beheerprogramma laat zien: druk op Windows-logotoets + R, typ { $command }, druk op Enter en kopieer de regel onder “Status”.

## 80090030

code-80090030-meaning = De beveiligingschip (TPM) van de computer is niet gereed
# Why the plan puts its step first.
code-80090030-plan = Fout 80090030 betekent dat Windows de beveiligingschip (TPM) die je aanmelding beveiligt niet kon gebruiken; daar moet IT naar kijken.
code-80090030-documented = “Het apparaat dat voor deze cryptografische provider is vereist, is niet gereed voor gebruik.”
code-80090030-guidance-1 = Windows kon de beveiligingschip (TPM) die je aanmeldsleutels beveiligt niet gebruiken, of de chip is niet gereed.
code-80090030-guidance-2 = Start de computer één keer opnieuw op: soms verhelpt dat het probleem. Blijft de fout, neem dan contact op met IT; de cache wissen helpt niet.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Geef IT de foutcode 80090030 door. Het helpt ook om te vertellen wat het TPM-beheerprogramma laat zien: druk op Windows-logotoets + R, typ { $command }, druk op Enter en kopieer de regel onder “Status”.
