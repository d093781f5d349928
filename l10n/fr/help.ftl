### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002 : le service de connexion a rejeté la demande de Teams
help-article-summary = Teams affiche l'erreur CAA20002 lors de la connexion : le service de connexion de Microsoft a répondu, mais a refusé la demande comme non valide. L'article de support cite les causes probables dans cet ordre : d'anciennes données de connexion dans le cache de Teams, un VPN ou un proxy qui fait obstacle, TLS 1.2 désactivé (rare), et une date, une heure ou un fuseau horaire incorrects.
help-symptoms-title = Symptômes
help-symptom-1 = La connexion à Teams échoue avec l'erreur CAA20002.
help-symptom-2 = Teams reste bloqué sur l'écran de connexion.
help-symptom-3 = Les autres services Microsoft dans le navigateur, comme Outlook sur le web, continuent de fonctionner.
# same as English: "Causes" is the same word in French
help-causes-title = Causes
help-cause-1 = D'anciennes données de connexion expirées dans le cache de Teams.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = Un VPN ou un proxy bloque { $host }.
help-cause-3 = TLS 1.2 est désactivé sur l'ordinateur (rare).
help-cause-4 = La date, l'heure ou le fuseau horaire est incorrect.
help-links-title = Liens utiles
help-background-title = Contexte
help-background-1 = Selon l'article de support, CAA20002 est presque toujours un problème lié à l'ordinateur, et non une panne de Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = Si la connexion sur { $site } fonctionne dans votre navigateur, l'article estime que vider le cache de Teams résout plus de 80 % des cas (c'est son estimation, pas une mesure).
help-background-3 = Si cela échoue aussi, l'article désigne le réseau ou votre compte plutôt que l'application Teams : contactez le service informatique et envoyez-lui le rapport de cette page.

## Useful links: the page's name, then who it is for

help-link-endpoints = URL et plages d'adresses IP Microsoft 365
help-link-endpoints-note = Pour le service informatique : les adresses qu'un proxy ou un pare-feu doit autoriser.
help-link-status = État de Microsoft 365
help-link-status-note = Page publique : Microsoft connaît-il actuellement une panne plus générale ?
help-link-service-health = Intégrité des services dans le Centre d'administration Microsoft 365
help-link-service-health-note = Pour les administrateurs informatiques (compte administrateur requis) : les incidents qui touchent votre organisation.
help-link-sign-in-codes = Support Microsoft : Pourquoi ai-je des difficultés à me connecter à Microsoft Teams ?
help-link-sign-in-codes-note = Le tableau de Microsoft des codes d'état de connexion à Teams, avec ce qu'il faut essayer pour chacun.
help-link-sign-in-errors = Microsoft Learn : résoudre les erreurs de connexion dans Teams
help-link-sign-in-errors-note = Pour le service informatique : les étapes de dépannage de Microsoft pour certaines erreurs de connexion à Teams.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Vider le cache de Teams (avec sauvegarde)
help-solution-cache-intro = Teams conserve des données de connexion dans son cache ; l'article de support cite d'anciennes données expirées dans ce cache comme cause la plus fréquente de CAA20002.
help-solution-vpn-proxy = Désactiver le VPN et vérifier le proxy
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = Un VPN ou un proxy d'entreprise qui bloque { $host } empêche la connexion.
help-solution-tls = Vérifier que TLS 1.2 est activé (Windows uniquement)
help-solution-tls-intro = Rare (l'article le dit lui-même) : les serveurs de connexion de Microsoft exigent TLS 1.2 ou une version plus récente ; sous Windows 10, la connexion échoue donc si TLS 1.2 est désactivé.
help-solution-time = Vérifier la date, l'heure et le fuseau horaire
help-solution-time-intro = Avec une date ou une heure incorrecte, les connexions sécurisées et la connexion à Teams peuvent échouer ; un fuseau horaire incorrect pose problème quand l'horloge a ensuite été réglée à la main pour afficher la bonne heure.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Redémarrez Teams et connectez-vous. Le premier démarrage est plus lent, le temps que Teams reconstruise son cache.
help-cache-macos-quit = Quittez Teams : dans la barre des menus en haut de l'écran, cliquez sur le menu Teams (à côté du menu Pomme) et choisissez Quitter (ou appuyez sur Commande + Q).
help-cache-macos-force = Si Teams ne se ferme pas, ouvrez le Moniteur d'activité, recherchez « Teams », sélectionnez-le, cliquez sur le bouton Arrêter (✕) en haut de la fenêtre et choisissez Forcer à quitter.
help-cache-macos-terminal = Ouvrez Terminal (Applications > Utilitaires > Terminal), collez cette commande et appuyez sur Retour. Elle déplace le cache de Teams dans un dossier de sauvegarde daté, dans votre dossier de départ ; rien n'est supprimé.
help-cache-macos-privacy = Si macOS demande si Terminal peut accéder aux données d'autres apps, cliquez sur Autoriser. S'il affiche « Operation not permitted », activez Terminal dans Réglages Système > Confidentialité et sécurité > Accès complet au disque, puis exécutez de nouveau la commande.
help-cache-macos-backgrounds = Vos arrière-plans de réunion personnalisés se trouvent dans le dossier de sauvegarde. Lorsque Teams aura fonctionné quelques jours, vous pourrez supprimer la sauvegarde.
help-cache-linux-quit = Quittez Teams depuis le menu de son icône dans la zone de notification : fermer la fenêtre ne fait que la masquer.
help-cache-linux-terminal = Ouvrez un terminal, collez cette commande et appuyez sur Entrée. Elle déplace le cache de Teams dans un dossier de sauvegarde daté, dans votre dossier personnel ; rien n'est supprimé.
help-cache-linux-delete-later = Lorsque Teams aura fonctionné quelques jours, vous pourrez supprimer le dossier de sauvegarde.
help-cache-windows-quit = Quittez Teams : cliquez avec le bouton droit sur l'icône Teams à côté de l'horloge (en bas à droite ; cliquez sur ^ si vous ne la voyez pas) et choisissez Quitter.
help-cache-windows-task-manager = Ouvrez le Gestionnaire des tâches (Ctrl + Maj + Échap). Si Microsoft Teams figure encore dans la liste, sélectionnez-le et cliquez sur Fin de tâche.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Créez sur votre Bureau un dossier nommé { $folder }. Déplacer le cache dans ce dossier au lieu de le supprimer permet de revenir en arrière.
help-cache-windows-open-new = Appuyez sur la touche Windows + R, collez ce texte et appuyez sur Entrée. L'Explorateur de fichiers ouvre le dossier qui contient le cache du nouveau Teams et sa connexion enregistrée.
help-cache-windows-open-classic = Appuyez sur la touche Windows + R, collez ce texte et appuyez sur Entrée. L'Explorateur de fichiers ouvre le dossier du cache de Teams classique.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Sélectionnez tout son contenu (Ctrl + A), coupez-le (Ctrl + X) et collez-le (Ctrl + V) dans un nouveau dossier nommé { $sub } à l'intérieur de { $folder }. Ne touchez pas aux dossiers situés au-dessus de { $cache } : des utilisateurs signalent que Teams ne démarre plus sans eux.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Sélectionnez tout son contenu (Ctrl + A), coupez-le (Ctrl + X) et collez-le (Ctrl + V) dans un nouveau dossier nommé { $sub } à l'intérieur de { $folder }.
help-cache-windows-powershell = Vous préférez taper une commande ? Cette commande PowerShell effectue les mêmes déplacements vers un dossier de sauvegarde daté, dans votre dossier utilisateur. Pour l'ouvrir, cliquez avec le bouton droit sur Démarrer > Terminal (Windows PowerShell sous Windows 10).
help-cache-windows-backgrounds = Vos arrière-plans de réunion personnalisés se trouvent dans la sauvegarde, dans le dossier indiqué ici : s'ils vous manquent, recopiez-les à leur emplacement d'origine. Lorsque Teams aura fonctionné quelques jours, vous pourrez supprimer la sauvegarde.

## VPN and proxy

help-network-vpn-windows = Déconnectez le VPN, depuis son icône à côté de l'horloge ou dans Paramètres > Réseau et Internet > VPN, puis essayez de vous reconnecter à Teams.
help-network-vpn-macos = Déconnectez le VPN, depuis son icône dans la barre des menus ou dans Réglages Système > VPN, puis essayez de vous reconnecter à Teams.
help-network-vpn-linux = Déconnectez le VPN, depuis son icône ou depuis le menu réseau en haut à droite, puis essayez de vous reconnecter à Teams.
help-network-vpn-required = Si votre entreprise exige le VPN pour Teams, laissez-le activé et passez à l'étape suivante.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = Sur un réseau d'entreprise avec proxy, { $login } et { $teams } doivent être accessibles. La vérification du réseau de cette page le teste pour vous.
help-network-proxy-windows = Pour savoir si un proxy est configuré, ouvrez Paramètres > Réseau et Internet > Proxy. Notez ce qui s'affiche, pour le service informatique.
help-network-proxy-macos = Pour savoir si un proxy est configuré, ouvrez Réglages Système > Réseau, choisissez votre connexion, cliquez sur Détails…, puis sur Proxys. Notez ce qui s'affiche, pour le service informatique.
help-network-proxy-linux = Pour savoir si un proxy est configuré, ouvrez Paramètres > Réseau > Serveur mandataire. Notez ce qui s'affiche, pour le service informatique.
help-network-ask-it = Si quelque chose est bloqué, demandez au service informatique d'autoriser les adresses Microsoft 365 dans le proxy ou le pare-feu, et envoyez-lui le rapport de cette page.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Appuyez sur la touche Windows + R, tapez ce texte et appuyez sur Entrée. La fenêtre « Propriétés de Internet » s'ouvre.
help-tls-advanced = Ouvrez l'onglet Avancé et faites défiler jusqu'à la section Sécurité. Vérifiez que « Utiliser TLS 1.2 » est coché.
help-tls-13 = Sous Windows 11, cochez aussi « Utiliser TLS 1.3 ». Sous Windows 10, laissez « Utiliser TLS 1.3 » tel quel : Microsoft ne prend en charge TLS 1.3 qu'à partir de Windows 11.
help-tls-apply = Cliquez sur Appliquer, puis sur OK, et redémarrez l'ordinateur.
help-tls-greyed = Si les cases sont grisées, ce paramètre est géré par votre entreprise : prévenez le service informatique.

## Date, time and time zone

help-time-restart = Redémarrez Teams, puis cliquez sur « Vérifier à nouveau » dans la vérification de l'horloge de cette page.
help-time-check-restart = Vérifiez que l'horloge affiche la bonne heure, redémarrez Teams, puis cliquez sur « Vérifier à nouveau » dans la vérification de l'horloge de cette page.
help-time-windows-open = Ouvrez Paramètres > Heure et langue > Date et heure.
help-time-windows-link = Ouvrir les paramètres Date et heure
help-time-windows-zone = Activez « Définir le fuseau horaire automatiquement », ou choisissez votre fuseau horaire dans la liste « Fuseau horaire ».
help-time-windows-zone-only = Activez « Définir le fuseau horaire automatiquement ». Si l'option est grisée ou choisit le mauvais fuseau, désactivez-la et choisissez votre fuseau horaire dans la liste « Fuseau horaire ».
help-time-windows-auto = Activez « Définir l'heure automatiquement ».
help-time-windows-sync = Cliquez sur « Synchroniser maintenant » (sous « Paramètres supplémentaires » sous Windows 11).
help-time-macos-open = Ouvrez le menu Pomme > Réglages Système > Général > Date et heure.
help-time-macos-zone = Activez « Régler automatiquement le fuseau horaire en fonction de votre position actuelle », ou désactivez l'option et choisissez la ville la plus proche sous « Ville la plus proche ».
help-time-macos-auto = Activez « Régler la date et l'heure automatiquement ».
help-time-linux-open = Ouvrez Paramètres > Date et heure (Paramètres > Système > Date et heure dans les versions récentes de GNOME).
help-time-linux-zone = Activez « Fuseau horaire automatique », ou choisissez votre fuseau horaire manuellement.
help-time-linux-auto = Activez « Date et heure automatiques ». Dans un terminal, cette commande fait la même chose (elle peut demander votre mot de passe) :
help-time-linux-zone-show = Activez « Fuseau horaire automatique », ou choisissez votre fuseau horaire manuellement. Dans un terminal, cette commande affiche le fuseau actuellement configuré :

## When clearing the cache did not help (in this order)

help-next-restart = Redémarrer l'ordinateur (après un changement récent de mot de passe)
help-next-restart-why = Après un changement de mot de passe, Windows et macOS peuvent continuer à utiliser l'ancienne connexion jusqu'au redémarrage de l'ordinateur.
help-next-restart-1 = Enregistrez votre travail et redémarrez l'ordinateur (un vrai redémarrage, pas une mise en veille ni une déconnexion).
help-next-restart-2 = Ouvrez une session sur l'ordinateur avec votre mot de passe actuel, puis ouvrez Teams et connectez-vous.
help-next-work-account = Supprimer puis rajouter votre compte professionnel dans Windows (avec l'accord du service informatique)
help-next-work-account-why = Teams se connecte via le compte professionnel enregistré dans Windows : un problème avec ce compte peut donc bloquer la connexion de Teams. C'est un conseil courant, pas une étape des pages de Microsoft sur la connexion à Teams.
help-next-work-account-1 = Demandez d'abord au service informatique : sur un ordinateur géré par l'entreprise, supprimer le compte peut retirer la gestion de l'ordinateur ou les applications de l'entreprise.
help-next-work-account-2 = Ouvrez Paramètres > Comptes > Accès professionnel ou scolaire.
help-next-work-account-3 = Sélectionnez votre compte professionnel, choisissez Déconnecter et confirmez.
help-next-work-account-4 = Redémarrez l'ordinateur, puis choisissez Se connecter sur la même page et connectez-vous avec votre adresse professionnelle.
help-next-open-teams = Ouvrez Teams et connectez-vous.
help-next-reset-windows = Réinitialiser l'application Teams
help-next-reset-windows-why = La réinitialisation efface tout ce que l'application conserve sur cet ordinateur, ce que l'étape du cache seule ne fait pas.
help-next-reset-windows-1 = Quittez Teams.
help-next-reset-windows-2 = Ouvrez Paramètres > Applications > Applications installées, recherchez Microsoft Teams, sélectionnez … puis Options avancées.
help-next-reset-windows-3 = Sous Réinitialiser, choisissez Réinitialiser et confirmez. Cela efface les données de Teams sur cet ordinateur, y compris vos paramètres et vos arrière-plans personnalisés ; vos conversations et vos fichiers restent dans le cloud.
help-next-reset-macos = Supprimer du trousseau le compte enregistré par Teams (service informatique)
help-next-reset-macos-why = Le nouveau Teams conserve le compte dans le trousseau de macOS, auquel l'étape du cache ne touche pas.
help-next-reset-macos-1 = Demandez au service informatique d'effectuer cette étape, ou de la valider d'abord pour votre Mac : les noms d'éléments ci-dessous proviennent de signalements de la communauté, pas de Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Quittez Teams. Ouvrez Trousseau d'accès (Applications > Utilitaires) et recherchez { $first }, { $second } et, sous macOS 15, { $third }.
help-next-reset-macos-3 = Le service informatique supprime ces éléments (clic droit > Supprimer), puis vous ouvrez Teams et vous reconnectez.
help-next-web = Continuer à travailler dans Teams sur le web
help-next-web-why = Teams dans le navigateur se connecte indépendamment de l'application : vous pouvez donc continuer à travailler pendant que l'application est en cours de réparation.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Ouvrez { $url } dans Edge ou Chrome et connectez-vous avec votre compte professionnel.
help-next-web-2 = Continuez à l'utiliser jusqu'à ce que l'application Teams fonctionne de nouveau ou que le service informatique l'ait examinée.

## Saving Teams' support files before clearing anything

help-support-windows-1 = Si le service informatique risque d'avoir besoin des fichiers de support de Teams, enregistrez-les avant de vider quoi que ce soit : Teams étant ouvert, appuyez sur Ctrl+Alt+Maj+1.
help-support-windows-2 = Teams enregistre les fichiers dans votre dossier Téléchargements ; conservez-les jusqu'à ce que le service informatique vous dise qu'ils ne sont plus nécessaires.
help-support-macos-1 = Si le service informatique risque d'avoir besoin des fichiers de support de Teams, enregistrez-les avant de vider quoi que ce soit : Teams étant ouvert, appuyez sur Option+Commande+Maj+1.
help-support-macos-2 = Cherchez d'abord les fichiers dans votre dossier Téléchargements (Microsoft ne mentionne ce dossier que pour Windows et Linux) ; conservez-les jusqu'à ce que le service informatique vous dise qu'ils ne sont plus nécessaires.
help-support-linux = L'application Teams sous Linux n'a pas de raccourci pour les fichiers de support ; décrivez plutôt au service informatique ce que vous voyez.
