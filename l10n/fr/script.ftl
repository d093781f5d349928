### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = Le script ci-dessous fait exactement ceci — rien d'autre, et rien sans vous demander d'abord :
script-steps-legend = Étapes du script
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } téléchargé — voir votre dossier Téléchargements.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = Le téléchargement n'a pas démarré ({ $reason }). Utilisez « Copier le script » et enregistrez le texte sous le nom { $file }.
script-copied = Script copié.
command-copied = Commande copiée.
copy-blocked-script = Le navigateur a bloqué la copie : sélectionnez le script et appuyez sur Ctrl+C (⌘C sur un Mac).
copy-blocked-command = Le navigateur a bloqué la copie : sélectionnez la commande et appuyez sur Ctrl+C (⌘C sur un Mac).
# Variables:
#   $file (String) - the script's file name
script-download = Télécharger { $file }
script-copy = Copier le script
# Variables:
#   $program (String) - PowerShell
script-run-windows = Exécutez-le ensuite avec cette commande (après le téléchargement, dans une fenêtre PowerShell : menu Démarrer → tapez { $program } → Entrée) :
script-run-macos = Exécutez-le ensuite avec cette commande (après le téléchargement, dans Terminal : Applications → Utilitaires → Terminal) :
script-run-linux = Exécutez-le ensuite avec cette commande (après le téléchargement, dans une fenêtre de terminal) :
script-copy-command = Copier la commande
# Variables:
#   $file (String) - the script's file name
script-old-copy = Vous l'avez déjà téléchargé ? Supprimez d'abord l'ancienne copie : votre navigateur enregistrerait la nouvelle sous le nom { $file } avec un numéro ajouté, et la commande ci-dessus exécuterait l'ancienne.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Vous voulez d'abord voir ce qu'il ferait ? Ajoutez { $flag } à la fin de la commande : il ne modifie alors rien et affiche chaque action.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Lisez le script avant de l'exécuter ({ $n ->
    [one] { $n } ligne
   *[other] { $n } lignes
  })
script-text-label = Texte du script
# Shown when For IT chose the unattended variant.
script-unattended-chosen = Voici la variante sans assistance, choisie dans « Pour le service informatique » : elle est destinée à Intune, Jamf ou d'autres outils, et non à être exécutée à la main.
# Windows only. Shown under the command.
script-execution-policy = Si PowerShell répond qu'il est impossible de charger le fichier, car il n'est pas signé numériquement, votre organisation n'autorise que les scripts signés. Rien n'a été exécuté ni modifié. Demandez au service informatique une copie signée du script, ou demandez-lui de l'exécuter pour vous avec son outil de gestion des appareils.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Fermer d'abord Teams
script-option-clear = Vider le cache de Teams
script-option-clear-note = déplacé dans un dossier de sauvegarde que vous pouvez restaurer
script-option-delete = Supprimer le cache au lieu d'en garder une sauvegarde
script-option-delete-note = aucun retour en arrière possible ; uniquement si le disque est plein
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = Réinitialiser l'application du nouveau Teams ({ $command })
script-option-reset-note = efface toutes les données du nouveau Teams sur cet ordinateur, y compris les arrière-plans personnalisés ; uniquement si vider le cache n'a pas suffi
script-option-retest = Tester à nouveau l'heure, le proxy, le VPN et les adresses de Microsoft depuis l'ordinateur lui-même
script-option-tls = Vérifier les paramètres TLS 1.2 / 1.3 (demande votre accord avant toute modification)
script-option-time = Synchroniser l'horloge (demande les droits d'administrateur pour cette seule commande ; sans eux, ouvre les paramètres Date et heure)
script-option-restart = Redémarrer Teams à la fin
script-option-unattended = Faire du script de correction la variante sans assistance, pour Intune, Jamf ou d'autres outils
script-option-unattended-note = elle ne pose aucune question, écrit son journal dans un fichier fixe et indique le résultat par son code de sortie

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = Il s'agit de la variante sans assistance pour Intune ou d'autres outils : elle ne pose aucune question, fait ce qui est choisi ici, écrit son journal dans { $folder } et indique le résultat par son code de sortie. Lancée dans PowerShell 32 bits, elle se relance elle-même dans PowerShell 64 bits.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = Il s'agit de la variante sans assistance pour Jamf ou d'autres outils : elle ne pose aucune question, fait ce qui est choisi ici, écrit son journal dans { $folder }, dans le dossier de départ de l'utilisateur, et indique le résultat par son code de sortie. Exécutée en tant que root sans terminal (comme le fait Jamf), elle agit pour l'utilisateur qui a ouvert une session à l'écran, et ne fait rien s'il n'y en a aucun.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = Il s'agit de la variante sans assistance pour les outils de gestion : elle ne pose aucune question, fait ce qui est choisi ici, écrit son journal dans { $folder }, dans le dossier personnel de l'utilisateur, et indique le résultat par son code de sortie. Elle doit s'exécuter sous le compte de l'utilisateur.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = Il affiche d'abord ce qu'il va faire et vous demande votre accord avant toute modification. Ajoutez { $flag } pour voir seulement le plan.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Ferme Microsoft Teams (uniquement vos propres fenêtres Teams et processus en arrière-plan), et force son arrêt s'il ne s'est pas fermé au bout de { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
  }.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Supprime les données de connexion enregistrées et le cache de Teams ({ $folders }). Cette opération est irréversible.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Déplace les données de connexion enregistrées et le cache de Teams ({ $folders }) dans un seul dossier de sauvegarde, dans { $folder } (votre profil local, qui ne vous suit pas d'un ordinateur à l'autre), pour que vous puissiez revenir en arrière ; le script affiche la commande exacte pour annuler.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Déplace les données de connexion enregistrées et le cache de Teams ({ $folders }) dans un seul dossier de sauvegarde, dans votre dossier personnel, pour que vous puissiez revenir en arrière ; le script affiche la commande exacte pour annuler.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Conserve { $n ->
    [one] le dossier de sauvegarde le plus récent
   *[other] les { $n } dossiers de sauvegarde les plus récents
  } : après une exécution réussie, il supprime les plus anciens et le signale.
script-does-keep-backgrounds = Conserve vos arrière-plans de réunion personnalisés.
script-does-needs-closed = Ne touche pas au cache si Teams est encore ouvert : fermez d'abord Teams.
script-does-reset = Réinitialise l'application du nouveau Teams, comme le fait Paramètres > Applications > Applications installées > Microsoft Teams > Options avancées > Réinitialiser. Cela efface toutes les données du nouveau Teams sur cet ordinateur : connexion, paramètres, cache et arrière-plans de réunion personnalisés (les conversations, les fichiers et les réunions restent dans Microsoft 365). Il vous demande d'abord votre accord ; il n'y a pas de retour en arrière possible. Si Windows 10 ne dispose pas de la commande de réinitialisation, il ouvre Paramètres > Applications à la place.
script-does-reset-unattended = Réinitialise l'application du nouveau Teams, comme le fait Paramètres > Applications > Applications installées > Microsoft Teams > Options avancées > Réinitialiser. Cela efface toutes les données du nouveau Teams sur cet ordinateur : connexion, paramètres, cache et arrière-plans de réunion personnalisés (les conversations, les fichiers et les réunions restent dans Microsoft 365). Il ne demande rien ; il n'y a pas de retour en arrière possible. Si Windows 10 ne dispose pas de la commande de réinitialisation, il ouvre Paramètres > Applications à la place.
script-does-retest = Vérifie, sans rien modifier, si les adresses de connexion de Microsoft sont accessibles depuis cet ordinateur, et indique vos paramètres de proxy et de VPN, ainsi que si votre horloge est à l'heure.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Lit aussi ce qu'un navigateur ne peut pas voir : quelle autorité de certification est présentée à Windows pour l'adresse de connexion de Microsoft (c'est là qu'apparaît l'inspection TLS d'une entreprise), si une page de connexion au Wi-Fi fait obstacle, et comment cet appareil est inscrit auprès de Microsoft ({ $command }).
script-does-retest-macos = Lit aussi ce qu'un navigateur ne peut pas voir : quelle autorité de certification est présentée à ce Mac pour l'adresse de connexion de Microsoft (c'est là qu'apparaît l'inspection TLS d'une entreprise), si une page de connexion au Wi-Fi fait obstacle, et quels éléments de connexion de Teams se trouvent dans votre trousseau (les noms uniquement ; aucun mot de passe n'est lu).
script-does-retest-linux = Lit aussi ce qu'un navigateur ne peut pas voir : quelle autorité de certification est présentée à cet ordinateur pour l'adresse de connexion de Microsoft (c'est là qu'apparaît l'inspection TLS d'une entreprise), et si une page de connexion au Wi-Fi fait obstacle.
script-does-tls = Vérifie les paramètres TLS propres à Windows, qu'utilise le service de connexion (la fenêtre de Teams elle-même les ignore) : TLS 1.2 doit être activé. S'il est désactivé dans vos paramètres, propose de l'activer (ainsi que TLS 1.3 sous Windows 11) ; il vous demande d'abord votre accord, la réponse par défaut est non, et il consigne l'ancien paramètre dans son journal.
script-does-tls-unattended = Vérifie les paramètres TLS propres à Windows, qu'utilise le service de connexion (la fenêtre de Teams elle-même les ignore) : TLS 1.2 doit être activé. S'il est désactivé dans les paramètres propres à l'utilisateur, l'active (ainsi que TLS 1.3 sous Windows 11) sans rien demander, et consigne l'ancien paramètre dans son journal.
script-does-time-windows = Synchronise votre horloge : Windows vous demande les droits d'administrateur pour cette seule commande (le reste s'exécute sous votre compte). Si vous refusez, il ouvre pour vous les paramètres Date et heure.
script-does-time-macos = Règle votre horloge sur le serveur de temps d'Apple si vous êtes administrateur (demande votre mot de passe) ; sinon, ouvre les réglages Date et heure.
script-does-time-linux = Active la date et l'heure automatiques si vous avez le droit d'utiliser sudo (demande votre mot de passe) ; sinon, vous indique où les activer.
script-does-time-unattended-windows = Synchronise l'horloge uniquement s'il s'exécute avec les droits d'administrateur (il ne les demande pas) ; sinon, il le signale dans son journal.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Règle l'horloge uniquement si { $command } ne demande pas de mot de passe sur cet ordinateur ; sinon, il le signale dans son journal.
script-does-restart = Redémarre Teams à la fin, pour que vous puissiez vous reconnecter sur de bonnes bases.
script-does-no-admin = Ne nécessite aucun droit d'administrateur, et écrit un fichier journal dans le dossier de sauvegarde.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Écrit un fichier journal dans le dossier de sauvegarde.
script-does-not-installed = Si Teams n'est pas installé, il le signale, laisse de côté les étapes concernant Teams et exécute les autres.
script-does-nothing = Ne fait rien : aucune étape n'est sélectionnée.
script-does-change-nothing = Ne modifie rien sur votre ordinateur.
