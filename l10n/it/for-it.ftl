### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = Per il reparto IT
for-it-summary = Crea un link per gli utenti, visualizza la configurazione in uso

for-it-link-title = Link per un'e-mail o un ticket
for-it-link-intro = Preseleziona per l'utente la lingua, il codice di errore, il sistema e il client Teams. Da un link vengono accettati solo questi valori; tutto il resto viene ignorato e non viene mai mostrato.
for-it-language = Lingua
for-it-language-auto = Automatica (la lingua del browser di chi legge)
for-it-code = Codice di errore
for-it-code-none = (nessuno)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = Sistema operativo
for-it-os-detect = (rileva)
for-it-client = Client Teams
for-it-client-ask = (chiedi)
for-it-copy-link = Copia link
for-it-link-copied = Link copiato.
copy-blocked-link = Il browser ha bloccato la copia: seleziona il link e premi Ctrl+C (⌘C su un Mac).
for-it-config-title = Configurazione in uso
# Variables:
#   $file (String) - config.json
for-it-config-intro = Da { $file } accanto a questa pagina, con i valori predefiniti integrati per tutto ciò che manca o non è valido (vedi l'avviso in alto, se presente). Modifica { $file } sul server; non serve ricompilare la pagina.
for-it-config-loading = (caricamento in corso)

for-it-unattended-title = Script di correzione per Intune, Jamf o altri strumenti
for-it-unattended-intro = Gli strumenti di gestione eseguono gli script dove nessuno può rispondere a una domanda. La variante non presidiata non chiede nulla: fa ciò che scelgono i passaggi nella sezione dello script di correzione. Scrive il log in un file fisso e comunica il risultato con il codice di uscita, con un codice distinto quando il nuovo test trova ancora problemi.
for-it-unattended-platforms = Su Windows si riavvia da sola in PowerShell a 64 bit quando è stata avviata in PowerShell a 32 bit. Su un Mac, eseguita come root da Jamf, agisce solo per l'utente che ha eseguito l'accesso davanti allo schermo e non fa nulla se non c'è nessuno.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = Con questa opzione attiva, la sezione dello script di correzione qui sopra offre da scaricare la variante non presidiata. La guida per il reparto IT ({ $guide } nel codice sorgente della pagina) descrive la distribuzione passo per passo.
