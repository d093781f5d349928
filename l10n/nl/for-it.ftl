### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = Voor IT
for-it-summary = Een link voor gebruikers maken, de actieve configuratie bekijken

for-it-link-title = Link voor een e-mail of ticket
for-it-link-intro = Selecteer vooraf de taal, de foutcode, het systeem en de Teams-client voor de gebruiker. Alleen deze waarden worden uit een link overgenomen; al het andere wordt genegeerd en nooit getoond.
for-it-language = Taal
for-it-language-auto = Automatisch (de browsertaal van de lezer)
for-it-code = Foutcode
for-it-code-none = (geen)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = Besturingssysteem
for-it-os-detect = (detecteren)
for-it-client = Teams-client
for-it-client-ask = (vragen)
for-it-copy-link = Link kopiëren
for-it-link-copied = Link gekopieerd.
copy-blocked-link = De browser heeft het kopiëren geblokkeerd: selecteer de link en druk op Ctrl+C (⌘C op een Mac).
for-it-config-title = Actieve configuratie
# Variables:
#   $file (String) - config.json
for-it-config-intro = Uit { $file } naast deze pagina, met ingebouwde standaardwaarden voor alles wat ontbreekt of ongeldig is (zie de melding bovenaan, als die er is). Bewerk { $file } op de server; de pagina hoeft niet opnieuw te worden gebouwd.
for-it-config-loading = (wordt nog geladen)

for-it-unattended-title = Herstelscript voor Intune, Jamf of andere tools
for-it-unattended-intro = Beheertools voeren scripts uit waar niemand een vraag kan beantwoorden. De variant zonder toezicht vraagt niets: hij doet wat de stappen in de sectie over het herstelscript kiezen. Hij schrijft zijn logboek naar een vast bestand en meldt het resultaat via zijn afsluitcode, met een aparte code als de nieuwe controle nog problemen heeft gevonden.
for-it-unattended-platforms = In Windows start hij zichzelf opnieuw in 64-bits PowerShell als hij in 32-bits PowerShell is gestart. Op een Mac, als root uitgevoerd door Jamf, werkt hij alleen voor de gebruiker die op het scherm is aangemeld, en doet hij niets als er niemand is aangemeld.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = Staat dit aan, dan biedt de sectie over het herstelscript hierboven de variant zonder toezicht aan om te downloaden. De IT-handleiding ({ $guide } in de broncode van de pagina) beschrijft de implementatie stap voor stap.
