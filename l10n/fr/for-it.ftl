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
