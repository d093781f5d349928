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
codes-source-note = Microsofts Name für { $code }: { $constant }: { $wording } Quelle: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; außerdem { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Nicht sicher: Wir konnten { $code } nicht in der öffentlichen Dokumentation von Microsoft finden. Die Bedeutung oben ist daher unsere beste Deutung, keine gesicherte Tatsache.
# same as English: the title of Microsoft's API reference page, which exists only in English
codes-source-web-provider-errors = Microsoft Learn: WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Microsoft-Support: Warum habe ich Probleme bei der Anmeldung bei Microsoft Teams?
codes-source-com-security-errors = Microsoft Learn: COM-Fehlercodes (Sicherheit und Setup)

## Paragraphs several codes share

code-shared-tls-inspection = Unsere Deutung, nicht Microsofts Wortlaut: In einem Unternehmensnetzwerk ist eine wahrscheinliche Ursache ein Proxy oder eine Firewall, die verschlüsselte Verbindungen mit einem eigenen Zertifikat untersucht, dem die Anmeldung von Teams nicht vertraut. Außerhalb des Unternehmensnetzwerks kann die Anmeldeseite eines Hotel- oder Gast-WLANs dasselbe bewirken.
code-shared-tls-inspection-try = Versuchen Sie es über ein anderes Netzwerk, zum Beispiel den Hotspot Ihres Smartphones. Wenn die Anmeldung dort funktioniert, nennen Sie der IT den Fehlercode: Sie kann die Anmeldeadressen von Microsoft von der TLS-Überprüfung ausnehmen. Die Browserprüfung dieser Seite kann keine Zertifikate sehen und zeigt daher möglicherweise alles als erreichbar an.
code-shared-pac-try = Nur die IT kann die Proxyeinrichtung korrigieren. Bis dahin funktioniert die Anmeldung oft über ein anderes Netzwerk (zum Beispiel den Hotspot Ihres Smartphones, mit ausgeschaltetem VPN).
code-shared-proxy-answered = Unsere Deutung, nicht Microsofts Wortlaut: Das bedeutet oft, dass etwas anderes als Microsoft geantwortet hat, etwa die Anmelde- oder Sperrseite eines Proxys oder die Anmeldeseite eines Hotel- oder Gast-WLANs.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = Dieser Zertifikatfehler bedeutet meist, dass ein Proxy oder eine Firewall verschlüsselte Verbindungen untersucht oder die Anmeldeseite eines Gast-WLANs im Weg ist; ein anderes Netzwerk zeigt, was davon zutrifft.
code-shared-plan-proxy-setup = Dieser Fehler bedeutet, dass die automatische Proxyeinrichtung fehlgeschlagen ist und Teams daher nicht weiß, wie es Microsoft erreicht; ein anderes Netzwerk oder die IT kann das umgehen.
code-shared-plan-unusable-answer = Dieser Fehler bedeutet, dass Teams eine Antwort erhalten hat, mit der es nichts anfangen konnte – oft die eigene Seite eines Proxys oder Gast-WLANs, die anstelle von Microsoft antwortet.

## CAA20002

code-caa20002-meaning = Der Anmeldedienst hat die Anfrage als ungültig abgelehnt
code-caa20002-documented = „Der Anforderung fehlt ein erforderlicher Parameter, sie enthält einen ungültigen Parameterwert, enthält einen Parameter mehr als einmal oder ist anderweitig falsch formatiert.“
code-caa20002-guidance-1 = Der Anmeldedienst von Microsoft hat Teams zwar geantwortet, dessen Anfrage aber als ungültig abgelehnt. Laut Supportartikel liegt die Ursache fast immer an diesem Computer und nicht an einem Ausfall bei Microsoft, und Sie können das Problem meist selbst beheben.
code-caa20002-guidance-2 = Der Supportartikel nennt die wahrscheinlichen Ursachen in dieser Reihenfolge: veraltete Anmeldedaten im Teams-Cache, ein VPN oder Unternehmensproxy im Weg, ausgeschaltetes TLS 1.2 sowie ein falsches Datum, eine falsche Uhrzeit oder Zeitzone.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Beginnen Sie mit dem Cache: Sie behalten eine Sicherung, es geht also nichts verloren. Wenn die Anmeldung bei { $site } funktioniert, behebt das Leeren des Caches laut Schätzung des Artikels mehr als 80 % der Fälle (eine Schätzung, keine Messung).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Schnelltest: Melden Sie sich in Ihrem Browser bei { $site } an. Wenn das funktioniert, liegt das Problem höchstwahrscheinlich bei Teams oder der Windows-Anmeldung auf diesem Computer: Leeren Sie zuerst den Teams-Cache. Wenn es dort auch fehlschlägt, liegt die Ursache eher am Netzwerk oder an Ihrem Konto, und die IT kann helfen.

## CAA20003

code-caa20003-meaning = Anmeldung abgelehnt: Die Autorisierungsgewährung ist fehlgeschlagen
# Why the plan puts its step first.
code-caa20003-plan = Bei Fehler CAA20003 rät Microsoft selbst, zuerst Datum und Uhrzeit zu prüfen; schon eine kleine Abweichung kann eine Rolle spielen.
code-caa20003-documented = „Fehler bei der Autorisierungsgewährung für diese Assertion.“ Die Teams-Tabelle von Microsoft ergänzt: Stellen Sie sicher, dass Datum und Uhrzeit richtig eingestellt sind.
code-caa20003-guidance-1 = Microsoft hat den gespeicherten Anmeldenachweis von Teams (die Autorisierungsgewährung) nicht akzeptiert. Microsoft rät selbst, zuerst Datum und Uhrzeit zu prüfen.
code-caa20003-guidance-2 = Stellen Sie sicher, dass Datum, Uhrzeit und Zeitzone automatisch eingestellt werden, und starten Sie Teams dann neu. Schon wenige Minuten Abweichung können eine Rolle spielen. Eine falsche Zeitzone wird dann zum Problem, wenn die Uhr anschließend von Hand so gestellt wurde, dass sie richtig aussieht.
code-caa20003-guidance-3 = Wenn die Uhrzeit stimmt: Melden Sie sich bei Teams ab und wieder an. Wenn Sie vor Kurzem Ihr Kennwort geändert haben, starten Sie zuerst den Computer neu. Wenn der Fehler bleibt, leeren Sie den Teams-Cache.

## CAA20004

code-caa20004-meaning = Anmeldung verweigert, oft durch die Regeln Ihrer Organisation
# Why the plan puts its step first.
code-caa20004-plan = Fehler CAA20004 bedeutet, dass die Zugriffsregeln Ihrer Organisation (bedingter Zugriff) die Anmeldung blockiert haben, und nur die IT kann diese Regeln ändern.
code-caa20004-documented = „Der Ressourcenbesitzer oder Autorisierungsserver hat die Anforderung abgelehnt.“ Die Teams-Tabelle von Microsoft: Wenden Sie sich an Ihren IT-Administrator, damit er die Microsoft Entra ID-Richtlinien überprüft.
code-caa20004-guidance-1 = Der Anmeldedienst hat diese Anmeldung verweigert. Meist haben die Zugriffsregeln Ihrer Organisation (bedingter Zugriff) sie blockiert, zum Beispiel wegen des Geräts, des Netzwerks, in dem Sie sich befinden, oder der App.
code-caa20004-guidance-2 = Sie können diese Regeln nicht selbst ändern, und das Leeren des Caches hilft nicht. Wenden Sie sich an die IT.
code-caa20004-guidance-3 = Nennen Sie der IT den Fehlercode CAA20004, Datum und Uhrzeit des Fehlers und ob Sie zu Hause, im Büro oder über VPN verbunden waren. Die IT kann die Anmeldung in den Entra ID-Anmeldeprotokollen nachschlagen und sehen, welche Regel sie blockiert hat.

## CAA2000B

code-caa2000b-meaning = Was Teams angefordert hat, ist für Ihr Konto nicht eingerichtet
# Why the plan puts its step first.
code-caa2000b-plan = Fehler CAA2000B bedeutet, dass das, was Teams angefordert hat, für Ihr Konto oder Ihre Organisation nicht eingerichtet ist oder nicht existiert; das kann nur die IT prüfen, zum Beispiel die Teams-Lizenz.
code-caa2000b-documented = „Die Ressource ist aufgrund ihres Konfigurationszustands ungültig oder nicht vorhanden.“
code-caa2000b-guidance-1 = Der Anmeldedienst meldet, dass das, was Teams angefordert hat, ungültig ist: für Ihr Konto oder Ihre Organisation nicht eingerichtet oder nicht vorhanden. Die öffentlichen Dokumente von Microsoft sagen nicht, um welche Einstellung es geht; eine fehlende Teams-Lizenz oder ein für Sie oder Ihre Organisation ausgeschaltetes Teams sind Dinge, die die IT prüfen kann.
code-caa2000b-guidance-2 = Nur die IT kann das beheben; das Leeren des Caches hilft nicht.
code-caa2000b-guidance-3 = Nennen Sie der IT den Fehlercode CAA2000B und das Konto, mit dem Sie sich anmelden, und bitten Sie sie, Ihre Teams-Lizenz zu prüfen.

## CAA2000C

code-caa2000c-meaning = Weitere Anmeldeschritte erforderlich (zum Beispiel MFA oder Zustimmung)
code-caa2000c-documented = „Für die Anforderung ist eine Benutzerinteraktion erforderlich.“
code-caa2000c-guidance-1 = Teams konnte Sie nicht im Hintergrund anmelden: Microsoft möchte, dass Sie zuerst etwas tun, zum Beispiel eine Anfrage der mehrstufigen Authentifizierung bestätigen, auf einem Zustimmungsbildschirm zustimmen oder Ihr Kennwort erneut eingeben.
code-caa2000c-guidance-2 = Melden Sie sich bei Teams ab, melden Sie sich wieder an und schließen Sie jede Aufforderung ab, auch die auf Ihrem Smartphone. Wenn keine Aufforderung erscheint, sorgt das Leeren des Teams-Caches dafür, dass Teams wieder von vorn fragt.
code-caa2000c-guidance-3 = Wenn eine Aufforderung erscheint, aber fehlschlägt, oder wenn Sie sie nicht abschließen können, nennen Sie der IT den Fehlercode CAA2000C.

## CAA301F7

code-caa301f7-meaning = Der Dienst ist vorübergehend überlastet
# Why the plan puts its step first.
code-caa301f7-plan = Fehler CAA301F7 bedeutet, dass der Dienst geantwortet hat, er sei vorübergehend überlastet. Das weist auf den Dienst hin, nicht auf diesen Computer: Das Leeren des Caches hilft nicht.
code-caa301f7-documented = „Der Dienst ist vorübergehend überlastet.“
code-caa301f7-guidance-1 = Der Dienst, über den sich Teams anmeldet, hat geantwortet, er sei vorübergehend überlastet (HTTP-Status 503). Das weist auf den Dienst hin, nicht auf diesen Computer, daher hilft das Leeren des Caches nicht.
code-caa301f7-guidance-2 = Suchen Sie auf der öffentlichen Statusseite von Microsoft 365 nach einem aktuellen Problem, warten Sie ein paar Minuten und melden Sie sich dann erneut an.
code-caa301f7-guidance-3 = Wenn es weiterhin fehlschlägt, obwohl die Statusseite kein Problem zeigt, nennen Sie der IT den Fehlercode CAA301F7: Ein Unternehmensproxy kann dieselbe Antwort liefern.

## CAA5004B

code-caa5004b-meaning = Nicht sicher: wahrscheinlich ein Problem mit der Geräteregistrierung
# Why the plan puts its step first.
code-caa5004b-plan = Fehler CAA5004B steht nicht in den öffentlichen Dokumenten von Microsoft; Hilfeseiten bringen ihn mit der Registrierung dieses Computers bei Ihrer Organisation in Verbindung, die nur die IT prüfen kann.
code-caa5004b-guidance-1 = Wir konnten diesen Code nicht in der öffentlichen Dokumentation von Microsoft finden. Hilfeseiten bringen ihn mit fehlenden Informationen über diesen Computer in Verbindung, meist weil er nicht (oder nicht mehr) richtig bei Ihrer Organisation registriert ist; betrachten Sie das als wahrscheinlich, nicht als sicher.
code-caa5004b-guidance-2 = Nur die IT kann das prüfen; das Leeren des Caches hilft wahrscheinlich nicht.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = Unter Windows möchte die IT die Ausgabe des Befehls { $command } sehen: Öffnen Sie die Eingabeaufforderung, geben Sie den Befehl ein, drücken Sie die Eingabetaste und kopieren Sie die Abschnitte „Device State“ und „SSO State“ zusammen mit dem Fehlercode CAA5004B in Ihre Nachricht.
code-caa5004b-guidance-4 = Auf einem Mac nennen Sie der IT den Fehlercode und sagen, ob die App „Unternehmensportal“ diesen Mac als registriert anzeigt.

## CAA60007

code-caa60007-meaning = Die Anmeldeantwort konnte nicht gelesen werden
code-caa60007-documented = „Der analysierte JSON-Text ist falsch formatiert.“
code-caa60007-guidance-1 = Teams hat vom Anmeldedienst von Microsoft eine Datenantwort erwartet und etwas erhalten, das es nicht lesen konnte.
code-caa60007-guidance-3 = Prüfen Sie, ob eine Webseite Sie auffordert, sich beim Netzwerk anzumelden, schalten Sie das VPN aus und versuchen Sie es erneut. Wenn es nur im Unternehmensnetzwerk fehlschlägt, nennen Sie der IT den Fehlercode CAA60007.

## CAA70004

code-caa70004-meaning = Server oder Proxy nicht gefunden
# Why the plan puts its step first.
code-caa70004-plan = Fehler CAA70004 bedeutet, dass Teams den Server oder den Proxy, den es verwenden sollte, nicht finden konnte; die Teams-App verwendet möglicherweise andere Proxyeinstellungen als dieser Browser.
code-caa70004-documented = „Der Server oder Proxy wurde nicht gefunden.“ Die Teams-Tabelle von Microsoft ergänzt: meist ein falsch konfigurierter Proxy oder ein Programm zum Mitschneiden des Netzwerkverkehrs wie Fiddler, das nicht zum Entschlüsseln von HTTPS eingerichtet ist.
code-caa70004-guidance-1 = Teams konnte den Server oder den Proxy, den es verwenden sollte, nicht finden.
code-caa70004-guidance-2 = Prüfen Sie, ob Ihre Internetverbindung funktioniert, schalten Sie das VPN aus, falls Sie eines verwenden, und versuchen Sie es erneut.
code-caa70004-guidance-3 = Wenn Sie im Unternehmensnetzwerk sind, ist der Proxy möglicherweise ausgefallen oder für die Teams-App anders eingerichtet als für Ihren Browser. Die Netzwerkprüfung auf dieser Seite zeigt, was dieser Browser erreichen kann; senden Sie der IT den Bericht mit dem Fehlercode CAA70004.

## CAA70007

code-caa70007-meaning = Die Verbindung wurde unterbrochen
# Why the plan puts its step first.
code-caa70007-plan = Fehler CAA70007 bedeutet, dass die Verbindung während der Anmeldung abgebrochen ist. Das weist auf eine instabile Verbindung, ein VPN oder eine Firewall hin.
code-caa70007-documented = „Der Download ist fehlgeschlagen (die Verbindung wurde unterbrochen).“
code-caa70007-guidance-1 = Die Verbindung zu Microsoft ist abgebrochen, während Teams Sie angemeldet hat.
code-caa70007-guidance-2 = Stellen Sie sicher, dass Sie mit dem Internet verbunden sind, schalten Sie das VPN aus, falls Sie eines verwenden, und versuchen Sie es erneut; ein anderes Netzwerk, etwa der Hotspot Ihres Smartphones, ist ein guter Test.
code-caa70007-guidance-3 = Wenn es im Unternehmensnetzwerk weiterhin fehlschlägt, nennen Sie der IT den Fehlercode CAA70007: Eine Firewall oder ein anderes Programm unterbricht möglicherweise die Verbindung.

## CAA82EE2

code-caa82ee2-meaning = Zeitüberschreitung bei der Anmeldung
# Why the plan puts its step first.
code-caa82ee2-plan = Fehler CAA82EE2 bedeutet, dass bei der Anmeldung eine Zeitüberschreitung aufgetreten ist. Das weist auf eine langsame oder blockierte Verbindung, ein VPN oder eine Firewall hin.
code-caa82ee2-documented = „Bei der Anforderung ist eine Zeitüberschreitung aufgetreten.“
code-caa82ee2-guidance-1 = Die Anmeldung hat zu lange gedauert und wurde abgebrochen. Das bedeutet meist eine langsame oder blockierte Verbindung, ein VPN oder eine Firewall.
code-caa82ee2-guidance-2 = Versuchen Sie es über ein anderes Netzwerk, zum Beispiel den Hotspot Ihres Smartphones, oder schalten Sie das VPN aus, und melden Sie sich erneut an.
code-caa82ee2-guidance-3 = Wenn es nur im Unternehmensnetzwerk fehlschlägt, nennen Sie der IT den Fehlercode CAA82EE2: Die Firewall oder der Proxy bremst oder blockiert möglicherweise den Zugriff auf die Anmeldeserver von Microsoft.

## CAA82EE7

code-caa82ee7-meaning = Die Adresse des Servers konnte nicht ermittelt werden
# Why the plan puts its step first.
code-caa82ee7-plan = Wenn die Verbindung funktioniert, kann ein VPN oder eine DNS-Einstellung des Unternehmens die Servernamen von Microsoft trotzdem vor Teams verbergen.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = Fehler CAA82EE7 bedeutet, dass die Adresse zu einem Servernamen nicht ermittelt werden konnte. Das bedeutet meist keine Verbindung oder ein DNS-Problem.
code-caa82ee7-documented = „Der Servername konnte nicht aufgelöst werden.“
code-caa82ee7-guidance-1 = Der Computer konnte die Adressen der Microsoft-Server nicht ermitteln. Er ist offline, oder die Namensauflösung (DNS) funktioniert nicht.
code-caa82ee7-guidance-2 = Prüfen Sie, ob sich andere Websites öffnen lassen. Schalten Sie das VPN aus (oder aus und wieder ein) oder verbinden Sie sich erneut mit dem WLAN, und versuchen Sie es dann noch einmal.
code-caa82ee7-guidance-3 = Wenn andere Websites funktionieren, der Fehler aber immer wieder auftritt, nennen Sie der IT den Fehlercode CAA82EE7.

## CAA82F05

code-caa82f05-meaning = Das Datum im Zertifikat des Servers schien ungültig
# Why the plan puts its step first.
code-caa82f05-plan = Fehler CAA82F05 bedeutet, dass ein Zertifikat abgelaufen oder noch nicht gültig schien – und ein falsches Datum auf diesem Computer lässt jedes Zertifikat so aussehen.
code-caa82f05-documented = „Das vom Server empfangene Datum des SSL-Zertifikats ist ungültig. Das Zertifikat ist abgelaufen.“
code-caa82f05-guidance-1 = Teams hat das Sicherheitszertifikat des Servers als abgelaufen oder noch nicht gültig eingestuft. Ein falsches Datum auf diesem Computer lässt jedes Zertifikat so aussehen, prüfen Sie daher zuerst die Uhr.
code-caa82f05-guidance-2 = Lassen Sie Datum, Uhrzeit und Zeitzone automatisch einstellen, starten Sie Teams neu und melden Sie sich erneut an.
code-caa82f05-guidance-3 = Wenn die Uhr stimmt, legt etwas im Netzwerk anstelle von Microsoft ein veraltetes Zertifikat vor: Nennen Sie der IT den Fehlercode CAA82F05.

## CAA82F0D

code-caa82f0d-meaning = Zertifikat einer unbekannten Zertifizierungsstelle
code-caa82f0d-documented = „Der Funktion ist die Zertifizierungsstelle unbekannt, die das Zertifikat des Servers generiert hat.“
code-caa82f0d-guidance-1 = Das Sicherheitszertifikat, das Teams für den Anmeldeserver von Microsoft erhalten hat, wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut.

## CAA82F17

code-caa82f17-meaning = Das Zertifikat des Servers ist fehlerhaft
code-caa82f17-documented = „Das SSL-Zertifikat enthält Fehler.“
code-caa82f17-guidance-1 = Das Sicherheitszertifikat, das Teams für den Anmeldeserver von Microsoft erhalten hat, enthält Fehler.

## CAA82F7D

code-caa82f7d-meaning = Fehler bei der sicheren Verbindung (TLS)
# Why the plan puts its step first.
code-caa82f7d-plan = Fehler CAA82F7D bedeutet, dass keine sichere Verbindung aufgebaut werden konnte; ein Proxy oder eine Firewall, die verschlüsselte Verbindungen untersucht, kann das verursachen.
code-caa82f7d-documented = „Gibt an, dass ein Fehler im Zusammenhang mit einem sicheren Kanal aufgetreten ist.“
code-caa82f7d-guidance-1 = Teams konnte keine sichere (TLS-)Verbindung zum Anmeldeserver von Microsoft aufbauen.
code-caa82f7d-guidance-2 = Unser Vorschlag, nicht Microsofts Wortlaut: Prüfen Sie unter Windows, ob TLS 1.2 eingeschaltet ist (der TLS-Schritt auf dieser Seite). Auch ein Proxy oder eine Firewall, die verschlüsselte Verbindungen untersucht, kann die Ursache sein.
code-caa82f7d-guidance-3 = Versuchen Sie es über ein anderes Netzwerk, zum Beispiel den Hotspot Ihres Smartphones. Wenn die Anmeldung dort funktioniert, nennen Sie der IT den Fehlercode CAA82F7D.

## CAA82F86

code-caa82f86-meaning = Das Skript zur Proxyeinrichtung (PAC) ist fehlgeschlagen
code-caa82f86-documented = „Beim Ausführen des Skriptcodes in der PAC-Datei (Proxy Auto-Configuration) ist ein Fehler aufgetreten.“
code-caa82f86-guidance-1 = Das Skript, das diesem Computer mitteilt, welchen Proxy er verwenden soll (eine PAC-Datei), enthält einen Fehler, daher konnte Teams nicht ermitteln, wie es Microsoft erreicht.
code-caa82f86-guidance-3 = Nennen Sie der IT den Fehlercode CAA82F86: Das Skript zur automatischen Proxykonfiguration muss korrigiert werden.

## CAA82F87

code-caa82f87-meaning = Das Skript zur Proxyeinrichtung (PAC) konnte nicht heruntergeladen werden
code-caa82f87-documented = „Die PAC-Datei kann nicht heruntergeladen werden.“
code-caa82f87-guidance-1 = Der Computer konnte das Skript, das ihm mitteilt, welchen Proxy er verwenden soll (eine PAC-Datei), nicht herunterladen, zum Beispiel weil dessen Server nicht erreichbar war.
code-caa82f87-guidance-3 = Nennen Sie der IT den Fehlercode CAA82F87 und ob Sie im Büro, zu Hause oder über VPN verbunden waren.

## CAA82F8F

code-caa82f8f-meaning = Fehler im Zertifikat des Servers
code-caa82f8f-documented = „Im vom Server gesendeten SSL-Zertifikat (Secure Sockets Layer) wurden ein oder mehrere Fehler gefunden.“
code-caa82f8f-guidance-1 = Das Sicherheitszertifikat, das Teams für den Anmeldeserver von Microsoft erhalten hat, hat die Prüfungen nicht bestanden.

## CAA82F92

code-caa82f92-meaning = Für die Microsoft-Adresse wurde kein Proxy gefunden
code-caa82f92-documented = „Für die angegebene URL kann kein Proxy gefunden werden.“
code-caa82f92-guidance-1 = Die automatische Proxyeinrichtung konnte für die Anmeldeadresse von Microsoft keinen Proxy nennen.
code-caa82f92-guidance-3 = Nennen Sie der IT den Fehlercode CAA82F92: Die automatische Proxykonfiguration muss überprüft werden.

## CAA82F94

code-caa82f94-meaning = Automatische Proxyerkennung fehlgeschlagen
code-caa82f94-documented = „WinHTTP konnte die URL der PAC-Datei (Proxy Auto-Configuration) nicht ermitteln.“
code-caa82f94-guidance-1 = Windows sollte den Proxy automatisch finden, konnte aber das Skript zur Proxyeinrichtung (PAC-Datei) nicht finden.
code-caa82f94-guidance-3 = Nennen Sie der IT den Fehlercode CAA82F94: Die automatische Proxyerkennung (WPAD) funktioniert in diesem Netzwerk nicht.

## CAA90018

code-caa90018-meaning = Die Anmeldung Ihrer Organisation wurde nicht gefunden
code-caa90018-documented = „Es konnte kein Benutzerbereich (Realm) ermittelt werden.“
code-caa90018-guidance-1 = Der Anmeldedienst konnte nicht erkennen, zu welcher Organisation das Konto gehört, und wusste daher nicht, wohin er Sie zur Anmeldung schicken soll.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Melden Sie sich bei Teams ab und mit Ihrer vollständigen geschäftlichen E-Mail-Adresse ({ $example }) wieder an – nicht mit einem persönlichen Microsoft-Konto und nicht mit dem Konto, mit dem Sie sich bei Windows anmelden.
code-caa90018-guidance-3 = Wenn die Adresse stimmt und der Fehler bleibt, nennen Sie der IT den Fehlercode CAA90018 und die Adresse, die Sie verwendet haben.

## CAA90019

code-caa90019-meaning = Unerwartete Antwort vom Anmeldeserver
code-caa90019-documented = „Unerwartete Antwort vom Server.“
code-caa90019-guidance-1 = Teams hat vom Anmeldeserver eine Antwort erhalten, die es nicht erwartet hat.
code-caa90019-guidance-3 = Prüfen Sie, ob eine Webseite Sie auffordert, sich beim Netzwerk anzumelden, schalten Sie das VPN aus und versuchen Sie es erneut. Wenn es nur im Unternehmensnetzwerk fehlschlägt, nennen Sie der IT den Fehlercode CAA90019.

## 80090016

code-80090016-meaning = Die Anmeldeschlüssel im Sicherheitschip (TPM) fehlen
# Why the plan puts its step first.
code-80090016-plan = Fehler 80090016 bedeutet, dass Windows die Anmeldeschlüssel im Sicherheitschip (TPM) nicht finden konnte; das muss sich die IT ansehen.
code-80090016-documented = „Der Schlüsselsatz ist nicht vorhanden.“
code-80090016-guidance-1 = Windows konnte die Schlüssel, die Ihre Anmeldung schützen, nicht im Sicherheitschip (TPM) des Computers finden. Hilfeseiten berichten davon zum Beispiel nach einem Firmware-Update oder nach dem Zurücksetzen des TPM.
code-80090016-guidance-2 = Starten Sie den Computer einmal neu. Wenn der Fehler bleibt, wenden Sie sich an die IT; das Leeren des Teams-Caches hilft nicht.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Nennen Sie der IT den Fehlercode 80090016: Meist müssen die Geräteregistrierung oder das TPM überprüft werden. Hilfreich ist auch, was das TPM-Verwaltungstool anzeigt: Drücken Sie Windows-Logo-Taste + R, geben Sie { $command } ein, drücken Sie die Eingabetaste und kopieren Sie die Zeile unter „Status“.

## 80090030

code-80090030-meaning = Der Sicherheitschip (TPM) des Computers ist nicht bereit
# Why the plan puts its step first.
code-80090030-plan = Fehler 80090030 bedeutet, dass Windows den Sicherheitschip (TPM), der Ihre Anmeldung schützt, nicht verwenden konnte; das muss sich die IT ansehen.
code-80090030-documented = „Das von diesem Kryptografieanbieter benötigte Gerät ist nicht betriebsbereit.“
code-80090030-guidance-1 = Windows konnte den Sicherheitschip (TPM), der Ihre Anmeldeschlüssel schützt, nicht verwenden, oder der Chip ist nicht bereit.
code-80090030-guidance-2 = Starten Sie den Computer einmal neu: Das behebt es manchmal. Wenn der Fehler bleibt, wenden Sie sich an die IT; das Leeren des Caches hilft nicht.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Nennen Sie der IT den Fehlercode 80090030. Hilfreich ist auch, was das TPM-Verwaltungstool anzeigt: Drücken Sie Windows-Logo-Taste + R, geben Sie { $command } ein, drücken Sie die Eingabetaste und kopieren Sie die Zeile unter „Status“.
