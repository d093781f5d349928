### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = Loading the automatic checks… The steps below work without them.
fallback-fix-title = Fix it yourself
fallback-fix-intro = Go to the steps for your computer. Try the solutions in order; after each one, try signing in to Teams again.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = On { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Download the fix script for { $os } ({ $file })
fallback-script-does = What the script does:
fallback-run-with = After downloading, run it with:
fallback-helpdesk-title = Still stuck? Contact your IT helpdesk
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Tell them that Teams shows error { $code } and which of the steps above you tried.
fallback-email = E-mail:
fallback-phone = Phone:
fallback-web = Web:

## When the automatic checks cannot start

no-wasm-title = The automatic checks cannot run in this browser
no-wasm-text = The steps below still work: follow the ones for your computer, or download the fix script for it. If they do not help, contact your IT helpdesk and tell them about this message.
no-wasm-for-it = For IT: the likely cause
no-wasm-details = Details:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = This browser has WebAssembly switched off. Microsoft Edge does this under Enhanced Security Mode ("strict") and under the policy "Control use of JavaScript JIT" ({ $policy }). Fix: allow JIT for this site with the policy { $allow }, or add this site as an exception to Enhanced Security Mode.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox does this when the preference { $pref } is false (set by hand or by an enterprise policy): set it back to true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = The server did not deliver the page's WebAssembly file ({ $extension }). On IIS this is usually a missing MIME map (error { $error }): the { $config } next to { $page } adds it ({ $mapping }); check that it was uploaded and that the site may use it. Otherwise upload every file of the build, not only { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = The server sends the page's { $extension } file with the wrong Content-Type. It must be { $type } (IIS: the MIME map in { $config }; nginx: the { $types } entry).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = The site's Content-Security-Policy forbids WebAssembly. Add { $keyword } to script-src; { $file } next to { $page } has the complete policy this build needs.
no-wasm-cause-startup = The page's code failed while starting. Reload the page once; if this stays, send IT the details below and the browser's name and version.
