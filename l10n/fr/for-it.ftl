### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = Pour le service informatique
for-it-summary = Créer un lien pour les utilisateurs, voir la configuration en vigueur

for-it-link-title = Lien pour un e-mail ou un ticket
for-it-link-intro = Présélectionnez pour l'utilisateur la langue, le code d'erreur, le système et le client Teams. Seules ces valeurs sont acceptées dans un lien ; tout le reste est ignoré et n'est jamais affiché.
for-it-language = Langue
for-it-language-auto = Automatique (la langue du navigateur du lecteur)
for-it-code = Code d'erreur
for-it-code-none = (aucun)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = Système d'exploitation
for-it-os-detect = (détecter)
for-it-client = Client Teams
for-it-client-ask = (demander)
for-it-copy-link = Copier le lien
for-it-link-copied = Lien copié.
copy-blocked-link = Le navigateur a bloqué la copie : sélectionnez le lien et appuyez sur Ctrl+C (⌘C sur un Mac).
for-it-config-title = Configuration en vigueur
# Variables:
#   $file (String) - config.json
for-it-config-intro = Issue de { $file } placé à côté de cette page, avec les valeurs par défaut intégrées pour tout ce qui manque ou n'est pas valide (voir l'avis en haut de la page, le cas échéant). Modifiez { $file } sur le serveur ; aucune régénération de la page n'est nécessaire.
for-it-config-loading = (chargement en cours)

for-it-unattended-title = Script de correction pour Intune, Jamf ou d'autres outils
for-it-unattended-intro = Les outils de gestion exécutent les scripts là où personne ne peut répondre à une question. La variante sans assistance ne pose aucune question : elle fait ce que choisissent les étapes de la section du script de correction. Elle écrit son journal dans un fichier fixe et indique le résultat par son code de sortie, avec un code distinct lorsque le nouveau test trouve encore des problèmes.
for-it-unattended-platforms = Sous Windows, elle se relance elle-même dans PowerShell 64 bits lorsqu'elle a été lancée dans PowerShell 32 bits. Sur un Mac, exécutée en tant que root par Jamf, elle n'agit que pour l'utilisateur qui a ouvert une session à l'écran, et ne fait rien s'il n'y en a aucun.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = Lorsque cette option est activée, la section du script de correction ci-dessus propose la variante sans assistance au téléchargement. Le guide destiné au service informatique ({ $guide } dans les sources de la page) décrit le déploiement étape par étape.
