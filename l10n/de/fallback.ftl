### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = Die automatischen Prüfungen werden geladen… Die Schritte unten funktionieren auch ohne sie.
fallback-fix-title = Selbst beheben
fallback-fix-intro = Gehen Sie zu den Schritten für Ihren Computer. Probieren Sie die Lösungen der Reihe nach aus; versuchen Sie nach jeder Lösung erneut, sich bei Teams anzumelden.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = Unter { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Reparaturskript für { $os } herunterladen ({ $file })
fallback-script-does = Was das Skript tut:
fallback-run-with = Führen Sie es nach dem Herunterladen so aus:
fallback-helpdesk-title = Immer noch nicht gelöst? Wenden Sie sich an Ihren IT-Helpdesk
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Teilen Sie ihm mit, dass Teams den Fehler { $code } anzeigt und welche der Schritte oben Sie ausprobiert haben.
fallback-email = E-Mail:
fallback-phone = Telefon:
fallback-web = Website:

## When the automatic checks cannot start

no-wasm-title = Die automatischen Prüfungen können in diesem Browser nicht ausgeführt werden
no-wasm-text = Die Schritte unten funktionieren trotzdem: Folgen Sie den Schritten für Ihren Computer oder laden Sie das passende Reparaturskript herunter. Wenn sie nicht helfen, wenden Sie sich an Ihren IT-Helpdesk und erwähnen Sie diese Meldung.
no-wasm-for-it = Für die IT: die wahrscheinliche Ursache
no-wasm-details = Einzelheiten:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = In diesem Browser ist WebAssembly ausgeschaltet. Microsoft Edge tut das im Modus für erweiterte Sicherheit (Enhanced Security Mode, „Streng“) und über die Richtlinie „Control use of JavaScript JIT“ ({ $policy }). Abhilfe: JIT für diese Website mit der Richtlinie { $allow } zulassen oder diese Website als Ausnahme für den Modus für erweiterte Sicherheit hinzufügen.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox tut das, wenn die Einstellung { $pref } auf false steht (von Hand oder durch eine Unternehmensrichtlinie gesetzt): Setzen Sie sie wieder auf true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = Der Server hat die WebAssembly-Datei der Seite ({ $extension }) nicht ausgeliefert. Unter IIS fehlt meist eine MIME-Zuordnung (Fehler { $error }): Die Datei { $config } neben { $page } fügt sie hinzu ({ $mapping }); prüfen Sie, ob sie hochgeladen wurde und ob die Website sie verwenden darf. Laden Sie andernfalls alle Dateien des Builds hoch, nicht nur { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = Der Server sendet die { $extension }-Datei der Seite mit dem falschen Content-Type. Er muss { $type } lauten (IIS: die MIME-Zuordnung in { $config }; nginx: der Eintrag in { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = Die Content-Security-Policy der Website verbietet WebAssembly. Fügen Sie { $keyword } zu script-src hinzu; { $file } neben { $page } enthält die vollständige Richtlinie, die dieser Build benötigt.
no-wasm-cause-startup = Der Code der Seite ist beim Start fehlgeschlagen. Laden Sie die Seite einmal neu; wenn diese Meldung bleibt, senden Sie der IT die Einzelheiten unten sowie Name und Version des Browsers.
