### The error codes the page knows (core/src/codes.rs): what each means, Microsoft's wording
### for it, and what to do. CAA20002's texts come with the page; the others are loaded when
### a link or the reader names that code, or after the checks.
### Microsoft's constant names (ERROR_ADAL_…) are not in these texts: the page shows them
### as they are. "documented" is Microsoft's own description, quoted: translate it as
### Microsoft's localized documentation words it where you know it.

## Around every code

# Variables:
#   $code (String) - the error code
#   $constant (String) - Microsoft's name for it, such as ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST
#   $wording (String) - Microsoft's description (from code-…-documented)
#   $sources (String) - the documents it comes from
codes-source-note = Nom donné par Microsoft à { $code } : { $constant } : { $wording } Source : { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first } ; voir aussi { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Incertain : nous n'avons pas trouvé { $code } dans la documentation publique de Microsoft ; la signification ci-dessus est donc notre meilleure interprétation, pas un fait établi.
codes-source-web-provider-errors = Microsoft Learn : propriété WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Support Microsoft : Pourquoi ai-je des difficultés à me connecter à Microsoft Teams ?
codes-source-com-security-errors = Microsoft Learn : Codes d'erreur COM (sécurité et configuration)

## Paragraphs several codes share

code-shared-tls-inspection = Notre interprétation, pas la formulation de Microsoft : sur un réseau d'entreprise, une cause probable est un proxy ou un pare-feu qui inspecte les connexions chiffrées avec son propre certificat, auquel la connexion de Teams ne fait pas confiance. Hors du réseau de l'entreprise, la page de connexion du Wi-Fi d'un hôtel ou d'un réseau invité peut avoir le même effet.
code-shared-tls-inspection-try = Essayez un autre réseau, par exemple le partage de connexion de votre téléphone. Si la connexion fonctionne alors, communiquez le code d'erreur au service informatique : il peut exclure les adresses de connexion de Microsoft de l'inspection TLS. La vérification de cette page dans le navigateur ne voit pas les certificats : elle peut donc indiquer que tout est accessible.
code-shared-pac-try = Seul le service informatique peut corriger la configuration du proxy. En attendant, la connexion depuis un autre réseau (par exemple le partage de connexion de votre téléphone, VPN désactivé) fonctionne souvent.
code-shared-proxy-answered = Notre interprétation, pas la formulation de Microsoft : cela signifie souvent que quelque chose d'autre que Microsoft a répondu, comme la page de connexion ou de blocage d'un proxy, ou la page de connexion au Wi-Fi d'un hôtel ou d'un réseau invité.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = Cette erreur de certificat signifie généralement qu'un proxy ou un pare-feu inspecte les connexions chiffrées, ou que la page de connexion d'un Wi-Fi invité fait obstacle ; un essai sur un autre réseau permet de le savoir.
code-shared-plan-proxy-setup = Cette erreur signifie que la configuration automatique du proxy a échoué : Teams ne sait donc pas comment joindre Microsoft ; un autre réseau ou le service informatique peut contourner le problème.
code-shared-plan-unusable-answer = Cette erreur signifie que Teams a reçu une réponse inutilisable, souvent la page d'un proxy ou d'un Wi-Fi invité qui a répondu à la place de Microsoft.

## CAA20002

code-caa20002-meaning = Le service de connexion a rejeté la demande comme non valide
code-caa20002-documented = « Il manque un paramètre obligatoire dans la requête, ou celle-ci contient une valeur de paramètre non valide, contient un même paramètre plusieurs fois ou est mal formée d'une autre manière. »
code-caa20002-guidance-1 = Le service de connexion de Microsoft a répondu à Teams, mais a refusé sa demande comme non valide. Selon l'article de support, la cause se trouve presque toujours sur cet ordinateur, et non dans une panne de Microsoft, et vous pouvez généralement résoudre le problème vous-même.
code-caa20002-guidance-2 = L'article de support cite les causes probables dans cet ordre : d'anciennes données de connexion dans le cache de Teams, un VPN ou un proxy d'entreprise qui fait obstacle, TLS 1.2 désactivé, et une date, une heure ou un fuseau horaire incorrects.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Commencez par le cache : vous gardez une sauvegarde, rien n'est donc perdu. Lorsque la connexion sur { $site } fonctionne, l'article estime que vider le cache résout plus de 80 % des cas (c'est son estimation, pas une mesure).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Test rapide : connectez-vous sur { $site } dans votre navigateur. Si cela fonctionne, le problème se situe très probablement du côté de Teams ou de la connexion Windows sur cet ordinateur : videz d'abord le cache de Teams. Si cela échoue aussi, la cause est plus probablement le réseau ou votre compte, et le service informatique peut vous aider.

## CAA20003

code-caa20003-meaning = Connexion refusée : l'octroi d'autorisation a échoué
# Why the plan puts its step first.
code-caa20003-plan = Pour l'erreur CAA20003, Microsoft conseille de vérifier d'abord la date et l'heure ; même un petit écart peut compter.
code-caa20003-documented = « L'octroi d'autorisation a échoué pour cette assertion. » Le tableau de Microsoft pour Teams ajoute : vérifiez que la date et l'heure sont correctement configurées.
code-caa20003-guidance-1 = Microsoft n'a pas accepté la preuve de connexion enregistrée par Teams (l'octroi d'autorisation). Microsoft conseille de vérifier d'abord la date et l'heure.
code-caa20003-guidance-2 = Vérifiez que la date, l'heure et le fuseau horaire sont tous réglés automatiquement, puis redémarrez Teams. Même quelques minutes d'écart peuvent compter. Un fuseau horaire incorrect pose problème quand l'horloge a ensuite été réglée à la main pour afficher la bonne heure.
code-caa20003-guidance-3 = Si l'heure est correcte : déconnectez-vous de Teams, puis reconnectez-vous. Si vous avez changé votre mot de passe récemment, redémarrez d'abord l'ordinateur. Si l'erreur persiste, videz le cache de Teams.

## CAA20004

code-caa20004-meaning = Connexion refusée, souvent par les règles de votre organisation
# Why the plan puts its step first.
code-caa20004-plan = L'erreur CAA20004 signifie que les règles d'accès de votre organisation (accès conditionnel) ont bloqué la connexion, et seul le service informatique peut les modifier.
code-caa20004-documented = « Le propriétaire de la ressource ou le serveur d'autorisation a refusé la demande. » Le tableau de Microsoft pour Teams : contactez votre administrateur informatique pour qu'il vérifie les stratégies Microsoft Entra ID.
code-caa20004-guidance-1 = Le service de connexion a refusé cette connexion. En général, ce sont les règles d'accès de votre organisation (accès conditionnel) qui l'ont bloquée, par exemple à cause de l'appareil, du réseau sur lequel vous vous trouvez ou de l'application.
code-caa20004-guidance-2 = Vous ne pouvez pas modifier ces règles vous-même, et vider le cache n'y changera rien. Contactez le service informatique.
code-caa20004-guidance-3 = Indiquez au service informatique : le code d'erreur CAA20004, la date et l'heure de l'erreur, et si vous étiez chez vous, au bureau ou connecté au VPN. Il pourra retrouver la connexion dans les journaux de connexion Entra ID et voir quelle règle l'a bloquée.

## CAA2000B

code-caa2000b-meaning = Ce que Teams a demandé n'est pas configuré pour votre compte
# Why the plan puts its step first.
code-caa2000b-plan = L'erreur CAA2000B signifie que ce que Teams a demandé n'est pas configuré ou n'existe pas pour votre compte ou votre organisation ; seul le service informatique peut le vérifier, par exemple la licence Teams.
code-caa2000b-documented = « La ressource n'est pas valide en raison de son état de configuration ou parce qu'elle n'existe pas. »
code-caa2000b-guidance-1 = Le service de connexion indique que ce que Teams a demandé n'est pas valide : ce n'est pas configuré, ou cela n'existe pas, pour votre compte ou votre organisation. Les documents publics de Microsoft ne précisent pas de quel paramètre il s'agit ; une licence Teams manquante, ou Teams désactivé pour vous ou pour votre organisation, sont des points que le service informatique peut vérifier.
code-caa2000b-guidance-2 = Seul le service informatique peut résoudre ce problème ; vider le cache n'y changera rien.
code-caa2000b-guidance-3 = Indiquez au service informatique le code d'erreur CAA2000B et le compte avec lequel vous vous connectez, et demandez-lui de vérifier votre licence Teams.

## CAA2000C

code-caa2000c-meaning = Étapes de connexion supplémentaires nécessaires (par exemple MFA ou consentement)
code-caa2000c-documented = « La demande nécessite une interaction de l'utilisateur. »
code-caa2000c-guidance-1 = Teams n'a pas pu vous connecter en arrière-plan : Microsoft vous demande d'abord une action, par exemple approuver une demande d'authentification multifacteur, accepter un écran de consentement ou saisir à nouveau votre mot de passe.
code-caa2000c-guidance-2 = Déconnectez-vous de Teams, reconnectez-vous et terminez chaque demande, y compris celle sur votre téléphone. Si aucune demande n'apparaît, vider le cache de Teams l'oblige à tout redemander depuis le début.
code-caa2000c-guidance-3 = Si une demande apparaît mais échoue, ou si vous ne parvenez pas à la terminer, communiquez au service informatique le code d'erreur CAA2000C.

## CAA301F7

code-caa301f7-meaning = Le service est temporairement surchargé
# Why the plan puts its step first.
code-caa301f7-plan = L'erreur CAA301F7 signifie que le service a répondu qu'il était temporairement surchargé : la cause se trouve du côté du service, pas de cet ordinateur, et vider le cache n'y changera rien.
code-caa301f7-documented = « Le service est temporairement surchargé. »
code-caa301f7-guidance-1 = Le service utilisé par Teams pour la connexion a répondu qu'il était temporairement surchargé (code d'état HTTP 503). La cause se trouve donc du côté du service, pas de cet ordinateur : vider le cache n'y changera rien.
code-caa301f7-guidance-2 = Consultez la page d'état publique de Microsoft 365 pour voir s'il y a un problème en cours, attendez quelques minutes, puis reconnectez-vous.
code-caa301f7-guidance-3 = Si l'échec persiste alors que la page d'état n'indique aucun problème, communiquez au service informatique le code d'erreur CAA301F7 : un proxy d'entreprise peut donner la même réponse.

## CAA5004B

code-caa5004b-meaning = Incertain : probablement un problème d'inscription de l'appareil
# Why the plan puts its step first.
code-caa5004b-plan = L'erreur CAA5004B ne figure pas dans les documents publics de Microsoft ; des sites d'aide la relient à l'inscription de cet ordinateur auprès de votre organisation, que seul le service informatique peut vérifier.
code-caa5004b-guidance-1 = Nous n'avons pas trouvé ce code dans la documentation publique de Microsoft. Des sites d'aide le relient à des informations manquantes sur cet ordinateur, généralement parce qu'il n'est pas (ou plus) correctement inscrit auprès de votre organisation ; considérez cela comme probable, pas comme certain.
code-caa5004b-guidance-2 = Seul le service informatique peut vérifier ce point ; vider le cache a peu de chances d'aider.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = Sous Windows, le service informatique voudra voir le résultat de la commande { $command } : ouvrez l'invite de commandes, tapez-la, appuyez sur Entrée, puis copiez les sections « Device State » et « SSO State » dans votre message, avec le code d'erreur CAA5004B.
code-caa5004b-guidance-4 = Sur un Mac, communiquez au service informatique le code d'erreur et indiquez si l'application Portail d'entreprise affiche ce Mac comme inscrit.

## CAA60007

code-caa60007-meaning = La réponse de connexion est illisible
code-caa60007-documented = « Le texte JSON en cours d'analyse est mal formé. »
code-caa60007-guidance-1 = Teams attendait une réponse sous forme de données de la part du service de connexion de Microsoft et a reçu quelque chose qu'il n'a pas pu lire.
code-caa60007-guidance-3 = Vérifiez si une page web vous demande de vous connecter au réseau, désactivez le VPN, puis réessayez. Si l'échec ne se produit que sur le réseau de l'entreprise, communiquez au service informatique le code d'erreur CAA60007.

## CAA70004

code-caa70004-meaning = Serveur ou proxy introuvable
# Why the plan puts its step first.
code-caa70004-plan = L'erreur CAA70004 signifie que Teams n'a pas trouvé le serveur ou le proxy qu'il devait utiliser ; l'application Teams peut utiliser d'autres paramètres de proxy que ce navigateur.
code-caa70004-documented = « Le serveur ou le proxy est introuvable. » Le tableau de Microsoft pour Teams ajoute : il s'agit généralement d'un proxy mal configuré, ou d'un programme d'analyse du trafic réseau comme Fiddler qui n'est pas configuré pour déchiffrer le trafic HTTPS.
code-caa70004-guidance-1 = Teams n'a pas trouvé le serveur, ou le proxy qu'il devait utiliser.
code-caa70004-guidance-2 = Vérifiez que votre connexion Internet fonctionne, désactivez le VPN si vous en utilisez un, puis réessayez.
code-caa70004-guidance-3 = Si vous êtes sur le réseau de l'entreprise, le proxy est peut-être hors service ou configuré différemment pour l'application Teams et pour votre navigateur. La vérification du réseau de cette page montre ce que ce navigateur peut joindre ; envoyez le rapport au service informatique avec le code d'erreur CAA70004.

## CAA70007

code-caa70007-meaning = La connexion a été interrompue
# Why the plan puts its step first.
code-caa70007-plan = L'erreur CAA70007 signifie que la connexion a été coupée pendant la connexion à Teams, ce qui indique une connexion instable, un VPN ou un pare-feu.
code-caa70007-documented = « Le téléchargement a échoué (la connexion a été interrompue). »
code-caa70007-guidance-1 = La connexion à Microsoft a été coupée pendant que Teams vous connectait.
code-caa70007-guidance-2 = Vérifiez que vous êtes connecté à Internet, désactivez le VPN si vous en utilisez un, puis réessayez ; un autre réseau, comme le partage de connexion de votre téléphone, est un bon test.
code-caa70007-guidance-3 = Si l'échec persiste sur le réseau de l'entreprise, communiquez au service informatique le code d'erreur CAA70007 : un pare-feu ou un autre programme coupe peut-être la connexion.

## CAA82EE2

code-caa82ee2-meaning = Délai de connexion dépassé
# Why the plan puts its step first.
code-caa82ee2-plan = L'erreur CAA82EE2 signifie que le délai de connexion a été dépassé, ce qui indique une connexion lente ou bloquée, un VPN ou un pare-feu.
code-caa82ee2-documented = « Le délai d'attente de la demande a expiré. »
code-caa82ee2-guidance-1 = La connexion a pris trop de temps et a été abandonnée. Cela indique généralement une connexion lente ou bloquée, un VPN ou un pare-feu.
code-caa82ee2-guidance-2 = Essayez un autre réseau, par exemple le partage de connexion de votre téléphone, ou désactivez le VPN, puis reconnectez-vous.
code-caa82ee2-guidance-3 = Si l'échec ne se produit que sur le réseau de l'entreprise, communiquez au service informatique le code d'erreur CAA82EE2 : le pare-feu ou le proxy retient peut-être l'accès aux serveurs de connexion de Microsoft.

## CAA82EE7

code-caa82ee7-meaning = Le nom du serveur n'a pas pu être résolu
# Why the plan puts its step first.
code-caa82ee7-plan = Même si la connexion fonctionne, un VPN ou un paramètre DNS de l'entreprise peut empêcher Teams de trouver les noms des serveurs de Microsoft.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = L'erreur CAA82EE7 signifie qu'un nom de serveur n'a pas pu être résolu, ce qui indique généralement une absence de connexion ou un problème DNS.
code-caa82ee7-documented = « Le nom du serveur n'a pas pu être résolu. »
code-caa82ee7-guidance-1 = L'ordinateur n'a pas pu trouver les noms des serveurs de Microsoft. Il est hors ligne, ou la résolution de noms (DNS) ne fonctionne pas.
code-caa82ee7-guidance-2 = Vérifiez que d'autres sites web s'ouvrent. Désactivez le VPN (ou désactivez-le puis réactivez-le), ou reconnectez-vous au Wi-Fi, puis réessayez.
code-caa82ee7-guidance-3 = Si d'autres sites web fonctionnent mais que l'erreur revient, communiquez au service informatique le code d'erreur CAA82EE7.

## CAA82F05

code-caa82f05-meaning = La date du certificat du serveur semblait non valide
# Why the plan puts its step first.
code-caa82f05-plan = L'erreur CAA82F05 signifie qu'un certificat semblait expiré ou pas encore valide, et une date incorrecte sur cet ordinateur donne cette apparence à tous les certificats.
code-caa82f05-documented = « La date du certificat SSL reçu du serveur n'est pas valide. Le certificat a expiré. »
code-caa82f05-guidance-1 = Teams a jugé le certificat de sécurité du serveur expiré ou pas encore valide. Une date incorrecte sur cet ordinateur donne cette apparence à tous les certificats : vérifiez donc d'abord l'horloge.
code-caa82f05-guidance-2 = Réglez automatiquement la date, l'heure et le fuseau horaire, redémarrez Teams et reconnectez-vous.
code-caa82f05-guidance-3 = Si l'horloge est correcte, un élément du réseau présente un certificat périmé à la place de Microsoft : communiquez au service informatique le code d'erreur CAA82F05.

## CAA82F0D

code-caa82f0d-meaning = Certificat émis par une autorité inconnue
code-caa82f0d-documented = « La fonction ne connaît pas l'autorité de certification qui a généré le certificat du serveur. »
code-caa82f0d-guidance-1 = Le certificat de sécurité reçu par Teams pour le serveur de connexion de Microsoft a été émis par une autorité que cet ordinateur n'approuve pas.

## CAA82F17

code-caa82f17-meaning = Le certificat du serveur contient des erreurs
code-caa82f17-documented = « Le certificat SSL contient des erreurs. »
code-caa82f17-guidance-1 = Le certificat de sécurité reçu par Teams pour le serveur de connexion de Microsoft contient des erreurs.

## CAA82F7D

code-caa82f7d-meaning = Erreur de connexion sécurisée (TLS)
# Why the plan puts its step first.
code-caa82f7d-plan = L'erreur CAA82F7D signifie qu'aucune connexion sécurisée n'a pu être établie, ce que peut provoquer un proxy ou un pare-feu qui inspecte les connexions chiffrées.
code-caa82f7d-documented = « Indique qu'une erreur liée à un canal sécurisé s'est produite. »
code-caa82f7d-guidance-1 = Teams n'a pas pu établir de connexion sécurisée (TLS) avec le serveur de connexion de Microsoft.
code-caa82f7d-guidance-2 = Notre suggestion, pas la formulation de Microsoft : sous Windows, vérifiez que TLS 1.2 est activé (l'étape TLS de cette page). Un proxy ou un pare-feu qui inspecte les connexions chiffrées peut aussi en être la cause.
code-caa82f7d-guidance-3 = Essayez un autre réseau, par exemple le partage de connexion de votre téléphone. Si la connexion fonctionne alors, communiquez au service informatique le code d'erreur CAA82F7D.

## CAA82F86

code-caa82f86-meaning = Le script de configuration du proxy (PAC) a échoué
code-caa82f86-documented = « Une erreur s'est produite lors de l'exécution du code de script dans le fichier de configuration automatique du proxy (PAC). »
code-caa82f86-guidance-1 = Le script qui indique à cet ordinateur quel proxy utiliser (un fichier PAC) contient une erreur : Teams n'a donc pas pu déterminer comment joindre Microsoft.
code-caa82f86-guidance-3 = Communiquez au service informatique le code d'erreur CAA82F86 : le script de configuration automatique du proxy doit être corrigé.

## CAA82F87

code-caa82f87-meaning = Le script de configuration du proxy (PAC) n'a pas pu être téléchargé
code-caa82f87-documented = « Le fichier PAC ne peut pas être téléchargé. »
code-caa82f87-guidance-1 = L'ordinateur n'a pas pu télécharger le script qui lui indique quel proxy utiliser (un fichier PAC), par exemple parce que son serveur était inaccessible.
code-caa82f87-guidance-3 = Communiquez au service informatique le code d'erreur CAA82F87 et indiquez si vous étiez au bureau, chez vous ou connecté au VPN.

## CAA82F8F

code-caa82f8f-meaning = Erreurs dans le certificat du serveur
code-caa82f8f-documented = « Une ou plusieurs erreurs ont été détectées dans le certificat SSL (Secure Sockets Layer) envoyé par le serveur. »
code-caa82f8f-guidance-1 = Le certificat de sécurité reçu par Teams pour le serveur de connexion de Microsoft n'a pas passé les contrôles.

## CAA82F92

code-caa82f92-meaning = Aucun proxy trouvé pour l'adresse de Microsoft
code-caa82f92-documented = « Aucun proxy n'a pu être trouvé pour l'URL spécifiée. »
code-caa82f92-guidance-1 = La configuration automatique du proxy n'a pas pu indiquer de proxy pour l'adresse de connexion de Microsoft.
code-caa82f92-guidance-3 = Communiquez au service informatique le code d'erreur CAA82F92 : la configuration automatique du proxy doit être vérifiée.

## CAA82F94

code-caa82f94-meaning = La détection automatique du proxy a échoué
code-caa82f94-documented = « WinHTTP n'a pas pu découvrir l'URL du fichier de configuration automatique du proxy (PAC). »
code-caa82f94-guidance-1 = Windows était configuré pour détecter automatiquement le proxy et n'a pas trouvé le script de configuration du proxy (fichier PAC).
code-caa82f94-guidance-3 = Communiquez au service informatique le code d'erreur CAA82F94 : la détection automatique du proxy (WPAD) ne fonctionne pas sur ce réseau.

## CAA90018

code-caa90018-meaning = La connexion de votre organisation est introuvable
code-caa90018-documented = « Impossible de découvrir un domaine (realm) d'utilisateur. »
code-caa90018-guidance-1 = Le service de connexion n'a pas pu déterminer à quelle organisation appartient le compte : il ne savait donc pas vers où vous envoyer pour vous connecter.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Déconnectez-vous de Teams et reconnectez-vous avec votre adresse professionnelle complète ({ $example }), et non avec un compte Microsoft personnel ou le compte que vous utilisez pour ouvrir votre session Windows.
code-caa90018-guidance-3 = Si l'adresse est correcte et que l'erreur persiste, communiquez au service informatique le code d'erreur CAA90018 et l'adresse utilisée.

## CAA90019

code-caa90019-meaning = Réponse inattendue du serveur de connexion
code-caa90019-documented = « Réponse inattendue du serveur. »
code-caa90019-guidance-1 = Teams a reçu une réponse inattendue du serveur de connexion.
code-caa90019-guidance-3 = Vérifiez si une page web vous demande de vous connecter au réseau, désactivez le VPN, puis réessayez. Si l'échec ne se produit que sur le réseau de l'entreprise, communiquez au service informatique le code d'erreur CAA90019.

## 80090016

code-80090016-meaning = Les clés de connexion de la puce de sécurité (TPM) sont introuvables
# Why the plan puts its step first.
code-80090016-plan = L'erreur 80090016 signifie que Windows n'a pas trouvé les clés de connexion dans la puce de sécurité (TPM), ce que le service informatique doit examiner.
code-80090016-documented = « Le jeu de clés n'existe pas. »
code-80090016-guidance-1 = Windows n'a pas trouvé, dans la puce de sécurité de l'ordinateur (TPM), les clés qui protègent votre connexion. Des sites d'aide signalent ce problème par exemple après une mise à jour du microprogramme ou une réinitialisation du TPM.
code-80090016-guidance-2 = Redémarrez l'ordinateur une fois. Si l'erreur persiste, contactez le service informatique ; vider le cache de Teams n'y changera rien.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Communiquez au service informatique le code d'erreur 80090016 : il faut généralement vérifier l'inscription de l'appareil ou le TPM. Il est aussi utile d'indiquer ce qu'affiche l'outil TPM : appuyez sur la touche Windows + R, tapez { $command }, appuyez sur Entrée et copiez la ligne sous « État ».

## 80090030

code-80090030-meaning = La puce de sécurité de l'ordinateur (TPM) n'est pas prête
# Why the plan puts its step first.
code-80090030-plan = L'erreur 80090030 signifie que Windows n'a pas pu utiliser la puce de sécurité (TPM) qui protège votre connexion, ce que le service informatique doit examiner.
code-80090030-documented = « Le périphérique requis par ce fournisseur de chiffrement n'est pas prêt à l'emploi. »
code-80090030-guidance-1 = Windows n'a pas pu utiliser la puce de sécurité (TPM) qui protège vos clés de connexion, ou la puce n'est pas prête.
code-80090030-guidance-2 = Redémarrez l'ordinateur une fois : cela suffit parfois. Si l'erreur persiste, contactez le service informatique ; vider le cache n'y changera rien.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Communiquez au service informatique le code d'erreur 80090030. Il est aussi utile d'indiquer ce qu'affiche l'outil TPM : appuyez sur la touche Windows + R, tapez { $command }, appuyez sur Entrée et copiez la ligne sous « État ».
