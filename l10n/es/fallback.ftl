### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = Cargando las comprobaciones automáticas… Los pasos de abajo funcionan sin ellas.
fallback-fix-title = Soluciónalo por tu cuenta
fallback-fix-intro = Ve a los pasos para tu equipo. Prueba las soluciones en orden; después de cada una, vuelve a intentar iniciar sesión en Teams.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = En { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Descargar el script de corrección para { $os } ({ $file })
fallback-script-does = Qué hace el script:
fallback-run-with = Después de descargarlo, ejecútalo con:
fallback-helpdesk-title = ¿Sigue sin funcionar? Ponte en contacto con el soporte técnico de TI
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Indícales que Teams muestra el error { $code } y cuáles de los pasos anteriores probaste.
fallback-email = Correo electrónico:
fallback-phone = Teléfono:
fallback-web = Sitio web:

## When the automatic checks cannot start

no-wasm-title = Las comprobaciones automáticas no pueden ejecutarse en este navegador
no-wasm-text = Los pasos de abajo siguen funcionando: sigue los de tu equipo o descarga su script de corrección. Si no te ayudan, ponte en contacto con el soporte técnico de TI y coméntales este mensaje.
no-wasm-for-it = Para el departamento de TI: la causa probable
no-wasm-details = Detalles:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = Este navegador tiene WebAssembly desactivado. Microsoft Edge lo hace con el modo de seguridad mejorada ("Estricto") y con la directiva "Control use of JavaScript JIT" ({ $policy }). Solución: permite JIT para este sitio con la directiva { $allow } o agrega este sitio como excepción del modo de seguridad mejorada.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox lo hace cuando la preferencia { $pref } está en false (cambiada a mano o por una directiva de empresa): vuelve a ponerla en true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = El servidor no entregó el archivo WebAssembly de la página ({ $extension }). En IIS, normalmente se debe a que falta una asignación MIME (error { $error }): el archivo { $config } que está junto a { $page } la agrega ({ $mapping }); comprueba que se haya subido y que el sitio pueda usarlo. Si no es eso, sube todos los archivos de la compilación, no solo { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = El servidor envía el archivo { $extension } de la página con un Content-Type incorrecto. Debe ser { $type } (IIS: la asignación MIME de { $config }; nginx: la entrada de { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = La Content-Security-Policy del sitio prohíbe WebAssembly. Agrega { $keyword } a script-src; el archivo { $file } que está junto a { $page } contiene la directiva completa que necesita esta compilación.
no-wasm-cause-startup = El código de la página falló al iniciarse. Vuelve a cargar la página una vez; si el problema continúa, envía al departamento de TI los detalles de abajo y el nombre y la versión del navegador.
