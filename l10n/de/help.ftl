### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: Der Anmeldedienst hat die Anfrage von Teams abgelehnt
help-article-summary = Teams zeigt bei der Anmeldung den Fehler CAA20002: Der Anmeldedienst von Microsoft hat geantwortet, die Anfrage aber als ungültig abgelehnt. Der Supportartikel nennt die wahrscheinlichen Ursachen in dieser Reihenfolge: veraltete Anmeldedaten im Teams-Cache, ein VPN oder Proxy im Weg, ausgeschaltetes TLS 1.2 (selten) sowie ein falsches Datum, eine falsche Uhrzeit oder Zeitzone.
help-symptoms-title = Symptome
help-symptom-1 = Die Anmeldung bei Teams schlägt mit dem Fehler CAA20002 fehl.
help-symptom-2 = Teams bleibt auf dem Anmeldebildschirm hängen.
help-symptom-3 = Andere Microsoft-Dienste im Browser, etwa Outlook im Web, funktionieren weiterhin.
help-causes-title = Ursachen
help-cause-1 = Alte, abgelaufene Anmeldedaten im Teams-Cache.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = Ein VPN oder Proxy blockiert { $host }.
help-cause-3 = TLS 1.2 ist auf dem Computer ausgeschaltet (selten).
help-cause-4 = Datum, Uhrzeit oder Zeitzone sind falsch.
help-links-title = Nützliche Links
help-background-title = Hintergrund
help-background-1 = Laut Supportartikel ist CAA20002 fast immer ein Problem auf dem Computer und kein Ausfall bei Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = Wenn die Anmeldung bei { $site } in Ihrem Browser funktioniert, behebt das Leeren des Teams-Caches laut Schätzung des Artikels mehr als 80 % der Fälle (eine Schätzung, keine Messung).
help-background-3 = Wenn es dort auch fehlschlägt, verweist der Artikel eher auf das Netzwerk oder Ihr Konto als auf die Teams-App: Wenden Sie sich an die IT und senden Sie ihr den Bericht von dieser Seite.

## Useful links: the page's name, then who it is for

help-link-endpoints = Microsoft 365-URLs und -IP-Adressbereiche
help-link-endpoints-note = Für die IT: die Adressen, die ein Proxy oder eine Firewall zulassen muss.
help-link-status = Microsoft 365-Status
help-link-status-note = Öffentliche Seite: Gibt es gerade einen größeren Ausfall bei Microsoft?
help-link-service-health = Dienstintegrität im Microsoft 365 Admin Center
help-link-service-health-note = Für IT-Administratoren (erfordert ein Administratorkonto): Vorfälle, die Ihre Organisation betreffen.
help-link-sign-in-codes = Microsoft-Support: Warum habe ich Probleme bei der Anmeldung bei Microsoft Teams?
help-link-sign-in-codes-note = Die Tabelle von Microsoft mit den Statuscodes bei der Teams-Anmeldung und den Lösungsvorschlägen zu jedem Code.
help-link-sign-in-errors = Microsoft Learn: Beheben von Anmeldefehlern in Teams
help-link-sign-in-errors-note = Für die IT: die Schritte von Microsoft zur Behebung einiger Anmeldefehler in Teams.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Teams-Cache leeren (mit Sicherung)
help-solution-cache-intro = Teams speichert Anmeldedaten in seinem Cache; der Supportartikel nennt alte, abgelaufene Daten dort als häufigste Ursache von CAA20002.
help-solution-vpn-proxy = VPN ausschalten und Proxy prüfen
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = Ein VPN oder Unternehmensproxy, der { $host } blockiert, verhindert die Anmeldung.
help-solution-tls = Prüfen, ob TLS 1.2 eingeschaltet ist (nur Windows)
help-solution-tls-intro = Selten (so steht es im Artikel): Die Anmeldeserver von Microsoft benötigen TLS 1.2 oder neuer, daher schlägt die Anmeldung unter Windows 10 mit ausgeschaltetem TLS 1.2 fehl.
help-solution-time = Datum, Uhrzeit und Zeitzone prüfen
help-solution-time-intro = Bei falschem Datum oder falscher Uhrzeit können sichere Verbindungen und die Anmeldung fehlschlagen; eine falsche Zeitzone wird dann zum Problem, wenn die Uhr anschließend von Hand so gestellt wurde, dass sie richtig aussieht.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Starten Sie Teams erneut und melden Sie sich an. Der erste Start dauert länger, weil Teams seinen Cache neu aufbaut.
help-cache-macos-quit = Beenden Sie Teams: Klicken Sie oben in der Menüleiste auf das Teams-Menü (neben dem Apple-Menü) und wählen Sie den Befehl zum Beenden (oder drücken Sie Cmd + Q).
help-cache-macos-force = Wenn sich Teams nicht beenden lässt, öffnen Sie die Aktivitätsanzeige, suchen Sie nach „Teams“, wählen Sie den Eintrag aus, klicken Sie oben in der Symbolleiste auf die Schaltfläche mit dem ✕ und wählen Sie „Sofort beenden“.
help-cache-macos-terminal = Öffnen Sie die App „Terminal“ (Programme > Dienstprogramme > Terminal), fügen Sie diesen Befehl ein und drücken Sie die Return-Taste (↩). Er verschiebt den Teams-Cache in einen datierten Sicherungsordner in Ihrem Benutzerordner; es wird nichts gelöscht.
help-cache-macos-privacy = Wenn macOS fragt, ob Terminal auf Daten anderer Apps zugreifen darf, klicken Sie auf „Erlauben“. Wenn „Operation not permitted“ angezeigt wird, schalten Sie Terminal unter Systemeinstellungen > Datenschutz & Sicherheit > Festplattenvollzugriff ein und führen Sie den Befehl erneut aus.
help-cache-macos-backgrounds = Ihre eigenen Besprechungshintergründe befinden sich im Sicherungsordner. Wenn Teams einige Tage lang funktioniert hat, können Sie die Sicherung löschen.
help-cache-linux-quit = Beenden Sie Teams über das Menü seines Symbols im Infobereich der Leiste: Wenn Sie nur das Fenster schließen, wird es lediglich ausgeblendet.
help-cache-linux-terminal = Öffnen Sie ein Terminal, fügen Sie diesen Befehl ein und drücken Sie die Eingabetaste. Er verschiebt den Teams-Cache in einen datierten Sicherungsordner in Ihrem persönlichen Ordner; es wird nichts gelöscht.
help-cache-linux-delete-later = Wenn Teams einige Tage lang funktioniert hat, können Sie den Sicherungsordner löschen.
help-cache-windows-quit = Beenden Sie Teams: Klicken Sie mit der rechten Maustaste auf das Teams-Symbol neben der Uhr (unten rechts; klicken Sie auf ^, wenn Sie es nicht sehen) und wählen Sie Beenden.
help-cache-windows-task-manager = Öffnen Sie den Task-Manager (Strg + Umschalt + Esc). Wenn Microsoft Teams dort noch aufgeführt ist, wählen Sie es aus und klicken Sie auf Task beenden.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Erstellen Sie auf Ihrem Desktop einen Ordner namens { $folder }. Wenn Sie den Cache dorthin verschieben, statt ihn zu löschen, können Sie jederzeit zurück.
help-cache-windows-open-new = Drücken Sie Windows-Logo-Taste + R, fügen Sie dies ein und drücken Sie die Eingabetaste. Der Explorer öffnet den Ordner, der den Cache und die gespeicherte Anmeldung des neuen Teams enthält.
help-cache-windows-open-classic = Drücken Sie Windows-Logo-Taste + R, fügen Sie dies ein und drücken Sie die Eingabetaste. Der Explorer öffnet den Cache-Ordner des klassischen Teams.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Markieren Sie alles darin (Strg + A), schneiden Sie es aus (Strg + X) und fügen Sie es (Strg + V) in einen neuen Ordner namens { $sub } innerhalb von { $folder } ein. Lassen Sie die Ordner oberhalb von { $cache } unverändert: Laut Berichten von Benutzern startet Teams ohne sie nicht mehr.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Markieren Sie alles darin (Strg + A), schneiden Sie es aus (Strg + X) und fügen Sie es (Strg + V) in einen neuen Ordner namens { $sub } innerhalb von { $folder } ein.
help-cache-windows-powershell = Lieber tippen? Dieser PowerShell-Befehl verschiebt dieselben Ordner in einen datierten Sicherungsordner in Ihrem Benutzerordner. Sie öffnen PowerShell mit einem Rechtsklick auf Start > Terminal (unter Windows 10: Windows PowerShell).
help-cache-windows-backgrounds = Ihre eigenen Besprechungshintergründe befinden sich in der Sicherung, in dem hier angezeigten Ordner: Kopieren Sie sie zurück, wenn Sie sie vermissen. Wenn Teams einige Tage lang funktioniert hat, können Sie die Sicherung löschen.

## VPN and proxy

help-network-vpn-windows = Trennen Sie die VPN-Verbindung über das VPN-Symbol neben der Uhr oder unter Einstellungen > Netzwerk und Internet > VPN, und versuchen Sie erneut, sich bei Teams anzumelden.
help-network-vpn-macos = Trennen Sie die VPN-Verbindung über das VPN-Symbol in der Menüleiste oder unter Systemeinstellungen > VPN, und versuchen Sie erneut, sich bei Teams anzumelden.
help-network-vpn-linux = Trennen Sie die VPN-Verbindung über das VPN-Symbol oder über das Netzwerkmenü oben rechts, und versuchen Sie erneut, sich bei Teams anzumelden.
help-network-vpn-required = Wenn Ihr Unternehmen das VPN für Teams vorschreibt, lassen Sie es eingeschaltet und fahren Sie mit dem nächsten Schritt fort.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = In einem Unternehmensnetzwerk mit Proxy müssen { $login } und { $teams } erreichbar sein. Die Netzwerkprüfung auf dieser Seite testet das für Sie.
help-network-proxy-windows = Um zu sehen, ob ein Proxy eingerichtet ist, öffnen Sie Einstellungen > Netzwerk und Internet > Proxy. Notieren Sie für die IT, was dort angezeigt wird.
help-network-proxy-macos = Um zu sehen, ob ein Proxy eingerichtet ist, öffnen Sie Systemeinstellungen > Netzwerk, wählen Sie Ihre Verbindung aus, klicken Sie auf Details … und dann auf Proxys. Notieren Sie für die IT, was dort angezeigt wird.
help-network-proxy-linux = Um zu sehen, ob ein Proxy eingerichtet ist, öffnen Sie Einstellungen > Netzwerk > Netzwerk-Proxy. Notieren Sie für die IT, was dort angezeigt wird.
help-network-ask-it = Wenn etwas blockiert ist, bitten Sie die IT, die Microsoft 365-Adressen im Proxy oder in der Firewall freizugeben, und senden Sie ihr den Bericht von dieser Seite.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Drücken Sie Windows-Logo-Taste + R, geben Sie dies ein und drücken Sie die Eingabetaste. Das Fenster „Eigenschaften von Internet“ wird geöffnet.
help-tls-advanced = Öffnen Sie die Registerkarte Erweitert und scrollen Sie nach unten zu Sicherheit. Stellen Sie sicher, dass „TLS 1.2 verwenden“ aktiviert ist.
help-tls-13 = Aktivieren Sie unter Windows 11 auch „TLS 1.3 verwenden“. Unter Windows 10 lassen Sie „TLS 1.3 verwenden“ unverändert: Microsoft unterstützt TLS 1.3 erst ab Windows 11.
help-tls-apply = Klicken Sie auf Übernehmen, dann auf OK, und starten Sie den Computer neu.
help-tls-greyed = Wenn die Kontrollkästchen ausgegraut sind, verwaltet Ihr Unternehmen diese Einstellung: Wenden Sie sich an die IT.

## Date, time and time zone

help-time-restart = Starten Sie Teams neu und klicken Sie dann auf dieser Seite bei der Prüfung der Uhr auf „Erneut prüfen“.
help-time-check-restart = Prüfen Sie, ob die Uhr die richtige Zeit anzeigt, starten Sie Teams neu und klicken Sie dann auf dieser Seite bei der Prüfung der Uhr auf „Erneut prüfen“.
help-time-windows-open = Öffnen Sie Einstellungen > Zeit und Sprache > Datum und Uhrzeit.
help-time-windows-link = Einstellungen für Datum und Uhrzeit öffnen
help-time-windows-zone = Schalten Sie „Zeitzone automatisch festlegen“ ein, oder wählen Sie Ihre Zeitzone in der Liste „Zeitzone“ aus.
help-time-windows-zone-only = Schalten Sie „Zeitzone automatisch festlegen“ ein. Wenn die Option ausgegraut ist oder die falsche Zeitzone wählt, schalten Sie sie aus und wählen Sie Ihre Zeitzone in der Liste „Zeitzone“ aus.
help-time-windows-auto = Schalten Sie „Uhrzeit automatisch festlegen“ ein.
help-time-windows-sync = Klicken Sie auf „Jetzt synchronisieren“ (unter Windows 11 im Bereich „Zusätzliche Einstellungen“).
help-time-macos-open = Öffnen Sie Apple-Menü > Systemeinstellungen > Allgemein > Datum & Uhrzeit.
help-time-macos-zone = Schalten Sie „Zeitzone automatisch anhand des aktuellen Standorts einstellen“ ein, oder schalten Sie die Option aus und wählen Sie unter „Nächstgelegene Stadt“ die Stadt aus, die Ihnen am nächsten liegt.
help-time-macos-auto = Schalten Sie „Datum und Uhrzeit automatisch einstellen“ ein.
help-time-linux-open = Öffnen Sie Einstellungen > Datum und Zeit (in neueren GNOME-Versionen Einstellungen > System > Datum und Zeit).
help-time-linux-zone = Schalten Sie „Zeitzone automatisch ermitteln“ ein, oder wählen Sie Ihre Zeitzone von Hand aus.
help-time-linux-auto = Schalten Sie „Datum und Uhrzeit automatisch ermitteln“ ein. Im Terminal bewirkt dieser Befehl dasselbe (möglicherweise werden Sie nach Ihrem Kennwort gefragt):
help-time-linux-zone-show = Schalten Sie „Zeitzone automatisch ermitteln“ ein, oder wählen Sie Ihre Zeitzone von Hand aus. Im Terminal zeigt dieser Befehl die aktuell eingestellte Zeitzone an:

## When clearing the cache did not help (in this order)

help-next-restart = Computer neu starten (nach einer kürzlichen Kennwortänderung)
help-next-restart-why = Nach einer Kennwortänderung verwenden Windows und macOS möglicherweise weiterhin die alte Anmeldung, bis der Computer neu gestartet wird.
help-next-restart-1 = Speichern Sie Ihre Arbeit und starten Sie den Computer neu (ein echter Neustart, nicht Energiesparmodus oder Abmelden).
help-next-restart-2 = Melden Sie sich mit Ihrem aktuellen Kennwort am Computer an, öffnen Sie dann Teams und melden Sie sich an.
help-next-work-account = Geschäftskonto in Windows entfernen und erneut hinzufügen (mit Zustimmung der IT)
help-next-work-account-why = Teams meldet sich über das Geschäftskonto an, das Windows gespeichert hat; ein Problem mit diesem Konto kann daher die Anmeldung bei Teams verhindern. Das ist ein gängiger Rat, kein Schritt aus den Teams-Anmeldeseiten von Microsoft.
help-next-work-account-1 = Fragen Sie zuerst die IT: Auf einem vom Unternehmen verwalteten Computer kann das Entfernen des Kontos auch die Verwaltung des Computers oder Unternehmens-Apps entfernen.
help-next-work-account-2 = Öffnen Sie Einstellungen > Konten > Auf Arbeits- oder Schulkonto zugreifen.
help-next-work-account-3 = Wählen Sie Ihr Geschäftskonto aus, wählen Sie Trennen und bestätigen Sie.
help-next-work-account-4 = Starten Sie den Computer neu, wählen Sie dann auf derselben Seite Verbinden und melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an.
help-next-open-teams = Öffnen Sie Teams und melden Sie sich an.
help-next-reset-windows = Teams-App zurücksetzen
help-next-reset-windows-why = Beim Zurücksetzen wird alles gelöscht, was die App auf diesem Computer speichert – das leistet der Cache-Schritt allein nicht.
help-next-reset-windows-1 = Beenden Sie Teams.
help-next-reset-windows-2 = Öffnen Sie Einstellungen > Apps > Installierte Apps, suchen Sie Microsoft Teams und wählen Sie … und dann Erweiterte Optionen.
help-next-reset-windows-3 = Wählen Sie unter Zurücksetzen die Schaltfläche Zurücksetzen und bestätigen Sie. Dadurch werden die Daten von Teams auf diesem Computer gelöscht, einschließlich Ihrer Einstellungen und eigenen Hintergründe; Ihre Chats und Dateien bleiben in der Cloud erhalten.
help-next-reset-macos = Gespeichertes Teams-Konto aus dem Schlüsselbund entfernen (IT)
help-next-reset-macos-why = Das neue Teams speichert das Konto im macOS-Schlüsselbund, den der Cache-Schritt nicht berührt.
help-next-reset-macos-1 = Bitten Sie die IT, diesen Schritt auszuführen oder ihn vorher für Ihren Mac zu bestätigen: Die Namen der Einträge unten stammen aus Berichten der Community, nicht von Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Beenden Sie Teams. Öffnen Sie die Schlüsselbundverwaltung (Programme > Dienstprogramme) und suchen Sie nach { $first }, { $second } und, unter macOS 15, { $third }.
help-next-reset-macos-3 = Die IT löscht diese Einträge (Rechtsklick > Löschen), danach öffnen Sie Teams und melden sich erneut an.
help-next-web = In Teams im Web weiterarbeiten
help-next-web-why = Teams im Browser meldet sich eigenständig an, sodass Sie weiterarbeiten können, während die App repariert wird.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Öffnen Sie { $url } in Edge oder Chrome und melden Sie sich mit Ihrem Geschäftskonto an.
help-next-web-2 = Arbeiten Sie dort weiter, bis die Teams-App wieder funktioniert oder die IT sich das Problem angesehen hat.

## Saving Teams' support files before clearing anything

help-support-windows-1 = Falls die IT die Supportdateien von Teams benötigt, speichern Sie diese, bevor Sie etwas leeren: Drücken Sie bei geöffnetem Teams Strg+Alt+Umschalt+1.
help-support-windows-2 = Teams speichert die Dateien in Ihrem Ordner „Downloads“; bewahren Sie sie auf, bis die IT sagt, dass sie nicht mehr benötigt werden.
help-support-macos-1 = Falls die IT die Supportdateien von Teams benötigt, speichern Sie diese, bevor Sie etwas leeren: Drücken Sie bei geöffnetem Teams Option+Cmd+Umschalt+1.
help-support-macos-2 = Suchen Sie die Dateien zuerst in Ihrem Ordner „Downloads“ (Microsoft nennt diesen Ordner nur für Windows und Linux); bewahren Sie sie auf, bis die IT sagt, dass sie nicht mehr benötigt werden.
help-support-linux = Die Teams-App unter Linux hat keine Tastenkombination für Supportdateien; beschreiben Sie der IT stattdessen, was Sie sehen.
