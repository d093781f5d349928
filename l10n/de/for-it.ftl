### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = Für die IT
for-it-summary = Link für Benutzer erstellen, wirksame Konfiguration anzeigen

for-it-link-title = Link für eine E-Mail oder ein Ticket
for-it-link-intro = Sprache, Fehlercode, System und Teams-Client für den Benutzer vorauswählen. Nur diese Werte werden aus einem Link übernommen; alles andere wird ignoriert und nie angezeigt.
for-it-language = Sprache
for-it-language-auto = Automatisch (Browsersprache des Lesers)
for-it-code = Fehlercode
for-it-code-none = (keiner)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = Betriebssystem
for-it-os-detect = (erkennen)
for-it-client = Teams-Client
for-it-client-ask = (fragen)
for-it-copy-link = Link kopieren
for-it-link-copied = Link kopiert.
copy-blocked-link = Der Browser hat das Kopieren blockiert: Markieren Sie den Link und drücken Sie Strg+C (⌘C auf dem Mac).
for-it-config-title = Wirksame Konfiguration
# Variables:
#   $file (String) - config.json
for-it-config-intro = Aus { $file } neben dieser Seite, mit integrierten Standardwerten für alles, was fehlt oder ungültig ist (siehe ggf. den Hinweis oben). Bearbeiten Sie { $file } auf dem Server; die Seite muss dafür nicht neu erstellt werden.
for-it-config-loading = (wird noch geladen)

for-it-unattended-title = Reparaturskript für Intune, Jamf oder andere Tools
for-it-unattended-intro = Verwaltungstools führen Skripts dort aus, wo niemand eine Frage beantworten kann. Die unbeaufsichtigte Variante fragt nichts: Sie tut, was die Schritte im Abschnitt zum Reparaturskript festlegen. Sie schreibt ihr Protokoll in eine feste Datei und meldet das Ergebnis über ihren Exitcode, mit einem eigenen Code, wenn die erneute Prüfung noch Probleme gefunden hat.
for-it-unattended-platforms = Unter Windows startet sie sich selbst in der 64-Bit-PowerShell neu, wenn sie in der 32-Bit-PowerShell gestartet wurde. Auf einem Mac, von Jamf als root ausgeführt, handelt sie nur für den Benutzer, der am Bildschirm angemeldet ist, und tut nichts, wenn niemand angemeldet ist.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = Ist dies eingeschaltet, bietet der Abschnitt zum Reparaturskript oben die unbeaufsichtigte Variante zum Herunterladen an. Der IT-Leitfaden ({ $guide } im Quellcode der Seite) beschreibt die Bereitstellung Schritt für Schritt.
