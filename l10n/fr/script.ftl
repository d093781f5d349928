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
script-run-terminal = Exécutez-le ensuite avec cette commande (après le téléchargement, dans Terminal) :
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
