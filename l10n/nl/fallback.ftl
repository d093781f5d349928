### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = De automatische controles worden geladen… De stappen hieronder werken ook zonder.
fallback-fix-title = Zelf oplossen
fallback-fix-intro = Ga naar de stappen voor je computer. Probeer de oplossingen in volgorde; probeer je na elke oplossing opnieuw aan te melden bij Teams.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = In { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Het herstelscript voor { $os } downloaden ({ $file })
fallback-script-does = Wat het script doet:
fallback-run-with = Voer het na het downloaden zo uit:
fallback-helpdesk-title = Kom je er nog niet uit? Neem contact op met je IT-helpdesk
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Vertel ze dat Teams fout { $code } toont en welke stappen hierboven je hebt geprobeerd.
# same as English: "E-mail" is also the Dutch word
fallback-email = E-mail:
fallback-phone = Telefoon:
fallback-web = Website:

## When the automatic checks cannot start

no-wasm-title = De automatische controles kunnen in deze browser niet worden uitgevoerd
no-wasm-text = De stappen hieronder werken nog wel: volg de stappen voor je computer, of download het herstelscript ervoor. Helpen ze niet, neem dan contact op met je IT-helpdesk en vertel ze over deze melding.
no-wasm-for-it = Voor IT: de waarschijnlijke oorzaak
# same as English: "Details" is also the usual Dutch word
no-wasm-details = Details:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = In deze browser is WebAssembly uitgeschakeld. Microsoft Edge doet dat in de modus voor verbeterde beveiliging (Enhanced Security Mode, “Strikt”) en met het beleid “Control use of JavaScript JIT” ({ $policy }). Oplossing: sta JIT voor deze site toe met het beleid { $allow }, of voeg deze site toe als uitzondering op de modus voor verbeterde beveiliging.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox doet dat als de voorkeur { $pref } op false staat (met de hand ingesteld of door een bedrijfsbeleid): zet die weer op true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = De server heeft het WebAssembly-bestand van de pagina ({ $extension }) niet geleverd. Op IIS ontbreekt meestal een MIME-toewijzing (fout { $error }): het bestand { $config } naast { $page } voegt die toe ({ $mapping }); controleer of het is geüpload en of de site het mag gebruiken. Upload anders alle bestanden van de build, niet alleen { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = De server verstuurt het { $extension }-bestand van de pagina met het verkeerde Content-Type. Dat moet { $type } zijn (IIS: de MIME-toewijzing in { $config }; nginx: de vermelding in { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = De Content-Security-Policy van de site verbiedt WebAssembly. Voeg { $keyword } toe aan script-src; { $file } naast { $page } bevat het volledige beleid dat deze build nodig heeft.
no-wasm-cause-startup = De code van de pagina is bij het starten mislukt. Laad de pagina één keer opnieuw; blijft deze melding staan, stuur IT dan de details hieronder en de naam en versie van de browser.
