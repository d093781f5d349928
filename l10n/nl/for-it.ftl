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
