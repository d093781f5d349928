### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = Chargement des vérifications automatiques… Les étapes ci-dessous fonctionnent sans elles.
fallback-fix-title = Résoudre le problème vous-même
fallback-fix-intro = Allez aux étapes correspondant à votre ordinateur. Essayez les solutions dans l'ordre ; après chacune, essayez de vous reconnecter à Teams.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = Sous { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Télécharger le script de correction pour { $os } ({ $file })
fallback-script-does = Ce que fait le script :
fallback-run-with = Après le téléchargement, exécutez-le avec :
fallback-helpdesk-title = Toujours bloqué ? Contactez votre support informatique
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Indiquez-lui que Teams affiche l'erreur { $code } et lesquelles des étapes ci-dessus vous avez essayées.
fallback-email = E-mail :
fallback-phone = Téléphone :
fallback-web = Site web :

## When the automatic checks cannot start

no-wasm-title = Les vérifications automatiques ne peuvent pas s'exécuter dans ce navigateur
no-wasm-text = Les étapes ci-dessous fonctionnent quand même : suivez celles qui correspondent à votre ordinateur, ou téléchargez le script de correction prévu pour lui. Si elles n'aident pas, contactez votre support informatique et signalez-lui ce message.
no-wasm-for-it = Pour le service informatique : la cause probable
no-wasm-details = Détails :
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = WebAssembly est désactivé dans ce navigateur. Microsoft Edge le désactive en mode de sécurité renforcée (« Strict ») et avec la stratégie « Control use of JavaScript JIT » ({ $policy }). Correctif : autorisez JIT pour ce site avec la stratégie { $allow }, ou ajoutez ce site aux exceptions du mode de sécurité renforcée.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox le désactive quand la préférence { $pref } vaut false (réglée à la main ou par une stratégie d'entreprise) : remettez-la à true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = Le serveur n'a pas fourni le fichier WebAssembly de la page ({ $extension }). Sur IIS, la cause est généralement un mappage MIME manquant (erreur { $error }) : le fichier { $config } placé à côté de { $page } l'ajoute ({ $mapping }) ; vérifiez qu'il a bien été chargé sur le serveur et que le site est autorisé à l'utiliser. Sinon, chargez tous les fichiers issus de la compilation, pas seulement { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = Le serveur envoie le fichier { $extension } de la page avec un Content-Type incorrect. Il doit être { $type } (IIS : le mappage MIME dans { $config } ; nginx : l'entrée de { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = La Content-Security-Policy du site interdit WebAssembly. Ajoutez { $keyword } à script-src ; le fichier { $file } placé à côté de { $page } contient la stratégie complète dont cette version de la page a besoin.
no-wasm-cause-startup = Le code de la page a échoué au démarrage. Rechargez la page une fois ; si le problème persiste, envoyez au service informatique les détails ci-dessous, ainsi que le nom et la version du navigateur.
