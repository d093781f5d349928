### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = Caricamento dei controlli automatici… I passaggi qui sotto funzionano anche senza.
fallback-fix-title = Risolvi da solo
fallback-fix-intro = Vai ai passaggi per il tuo computer. Prova le soluzioni in ordine; dopo ciascuna, prova di nuovo ad accedere a Teams.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = Su { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Scarica lo script di correzione per { $os } ({ $file })
fallback-script-does = Che cosa fa lo script:
fallback-run-with = Dopo il download, eseguilo con:
fallback-helpdesk-title = Ancora nulla? Contatta l'helpdesk IT
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Comunica che Teams mostra l'errore { $code } e quali dei passaggi qui sopra hai provato.
# same as English: "E-mail" is the usual Italian word too
fallback-email = E-mail:
fallback-phone = Telefono:
fallback-web = Sito web:

## When the automatic checks cannot start

no-wasm-title = I controlli automatici non possono essere eseguiti in questo browser
no-wasm-text = I passaggi qui sotto funzionano comunque: segui quelli per il tuo computer oppure scarica lo script di correzione adatto. Se non bastano, contatta l'helpdesk IT e segnala questo messaggio.
no-wasm-for-it = Per il reparto IT: la causa probabile
no-wasm-details = Dettagli:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = In questo browser WebAssembly è disattivato. Microsoft Edge lo disattiva nella modalità di sicurezza avanzata ("Restrittiva") e con il criterio "Control use of JavaScript JIT" ({ $policy }). Soluzione: consenti JIT per questo sito con il criterio { $allow }, oppure aggiungi questo sito alle eccezioni della modalità di sicurezza avanzata.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox lo disattiva quando la preferenza { $pref } è false (impostata a mano o da un criterio aziendale): reimpostala su true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = Il server non ha fornito il file WebAssembly della pagina ({ $extension }). Su IIS di solito manca un mapping MIME (errore { $error }): il file { $config } accanto a { $page } lo aggiunge ({ $mapping }); verifica che sia stato caricato sul server e che il sito possa usarlo. Altrimenti carica tutti i file della build, non solo { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = Il server invia il file { $extension } della pagina con un Content-Type errato. Deve essere { $type } (IIS: il mapping MIME in { $config }; nginx: la voce in { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = La Content-Security-Policy del sito vieta WebAssembly. Aggiungi { $keyword } a script-src; il file { $file } accanto a { $page } contiene il criterio completo necessario per questa build.
no-wasm-cause-startup = Il codice della pagina non è riuscito ad avviarsi. Ricarica la pagina una volta; se il problema persiste, invia al reparto IT i dettagli qui sotto insieme al nome e alla versione del browser.
