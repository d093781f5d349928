### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = Das Skript unten tut genau das – nichts anderes und nichts, ohne Sie vorher zu fragen:
script-steps-legend = Schritte im Skript
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } wurde heruntergeladen – siehe Ihren Ordner „Downloads“.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = Der Download hat nicht begonnen ({ $reason }). Verwenden Sie „Skript kopieren“ und speichern Sie den Text als { $file }.
script-copied = Skript kopiert.
command-copied = Befehl kopiert.
copy-blocked-script = Der Browser hat das Kopieren blockiert: Markieren Sie das Skript und drücken Sie Strg+C (⌘C auf dem Mac).
copy-blocked-command = Der Browser hat das Kopieren blockiert: Markieren Sie den Befehl und drücken Sie Strg+C (⌘C auf dem Mac).
# Variables:
#   $file (String) - the script's file name
script-download = { $file } herunterladen
script-copy = Skript kopieren
# Variables:
#   $program (String) - PowerShell
script-run-windows = Führen Sie es dann mit diesem Befehl aus (nach dem Herunterladen, in einem PowerShell-Fenster: Startmenü → { $program } eingeben → Eingabetaste):
script-run-macos = Führen Sie es dann mit diesem Befehl aus (nach dem Herunterladen, im Terminal: Programme → Dienstprogramme → Terminal):
script-run-linux = Führen Sie es dann mit diesem Befehl aus (nach dem Herunterladen, in einem Terminalfenster):
script-copy-command = Befehl kopieren
# Variables:
#   $file (String) - the script's file name
script-old-copy = Schon einmal heruntergeladen? Löschen Sie zuerst die alte Kopie: Ihr Browser würde die neue sonst als { $file } mit einer angehängten Nummer speichern, und der Befehl oben würde die alte ausführen.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Möchten Sie zuerst sehen, was es tun würde? Hängen Sie { $flag } an das Ende des Befehls an: Dann ändert es nichts und zeigt jede Aktion an.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Lesen Sie das Skript, bevor Sie es ausführen ({ $n ->
    [one] { $n } Zeile
   *[other] { $n } Zeilen
  })
script-text-label = Skripttext
# Shown when For IT chose the unattended variant.
script-unattended-chosen = Dies ist die unbeaufsichtigte Variante, ausgewählt unter „Für die IT“: Sie ist für Intune, Jamf oder andere Tools gedacht, nicht zum Ausführen von Hand.
# Windows only. Shown under the command.
script-execution-policy = Wenn PowerShell meldet, dass die Datei nicht geladen werden kann, weil sie nicht digital signiert ist, lässt Ihre Organisation nur signierte Skripts zu. Es wurde nichts ausgeführt oder geändert. Bitten Sie die IT um eine signierte Kopie des Skripts oder darum, es über ihre Geräteverwaltung für Sie auszuführen.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Zuerst Teams schließen
script-option-clear = Teams-Cache leeren
script-option-clear-note = wird in einen Sicherungsordner verschoben, den Sie wiederherstellen können
script-option-delete = Cache löschen, statt eine Sicherung anzulegen
script-option-delete-note = kein Zurück; nur wenn der Datenträger voll ist
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = Neue Teams-App zurücksetzen ({ $command })
script-option-reset-note = löscht alle Daten des neuen Teams auf diesem Computer, auch eigene Hintergründe; nur wenn das Leeren des Caches nicht geholfen hat
script-option-retest = Uhrzeit, Proxy, VPN und die Microsoft-Adressen direkt auf dem Computer erneut prüfen
script-option-tls = Einstellungen für TLS 1.2 / 1.3 prüfen (fragt, bevor etwas geändert wird)
script-option-time = Uhr synchronisieren (fragt nur für diesen einen Befehl nach Administratorrechten; ohne sie werden die Einstellungen für Datum und Uhrzeit geöffnet)
script-option-restart = Teams am Ende wieder starten
script-option-unattended = Reparaturskript als unbeaufsichtigte Variante erstellen, für Intune, Jamf oder andere Tools
script-option-unattended-note = fragt nichts, schreibt sein Protokoll in eine feste Datei und meldet das Ergebnis über seinen Exitcode

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = Dies ist die unbeaufsichtigte Variante für Intune oder andere Tools: Sie fragt nichts, tut, was hier ausgewählt ist, schreibt ihr Protokoll in { $folder } und meldet das Ergebnis über ihren Exitcode. Wird sie in der 32-Bit-PowerShell gestartet, startet sie sich selbst in der 64-Bit-PowerShell neu.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = Dies ist die unbeaufsichtigte Variante für Jamf oder andere Tools: Sie fragt nichts, tut, was hier ausgewählt ist, schreibt ihr Protokoll in { $folder } im Benutzerordner und meldet das Ergebnis über ihren Exitcode. Wird sie als root ohne Terminal ausgeführt (so wie Jamf sie ausführt), handelt sie für den Benutzer, der am Bildschirm angemeldet ist, und tut nichts, wenn niemand angemeldet ist.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = Dies ist die unbeaufsichtigte Variante für Verwaltungstools: Sie fragt nichts, tut, was hier ausgewählt ist, schreibt ihr Protokoll in { $folder } im persönlichen Ordner und meldet das Ergebnis über ihren Exitcode. Sie muss unter dem Konto des Benutzers selbst ausgeführt werden.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = Es zeigt zuerst, was es tun wird, und fragt Sie, bevor es etwas ändert. Hängen Sie { $flag } an, wenn Sie nur den Plan sehen möchten.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Schließt Microsoft Teams (nur Ihre eigenen Teams-Fenster und Hintergrundprozesse) und beendet es zwangsweise, wenn es sich nach { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
  } nicht geschlossen hat.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Löscht die gespeicherten Anmeldedaten und den Cache von Teams ({ $folders }). Das lässt sich nicht rückgängig machen.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Verschiebt die gespeicherten Anmeldedaten und den Cache von Teams ({ $folders }) in einen einzigen Sicherungsordner in { $folder } (Ihr lokales Profil, das nicht auf andere Computer mitwandert), sodass Sie den Schritt rückgängig machen können; das Skript gibt den genauen Befehl dafür aus.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Verschiebt die gespeicherten Anmeldedaten und den Cache von Teams ({ $folders }) in einen einzigen Sicherungsordner in Ihrem Benutzerordner, sodass Sie den Schritt rückgängig machen können; das Skript gibt den genauen Befehl dafür aus.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Behält { $n ->
    [one] den neuesten Sicherungsordner
   *[other] die { $n } neuesten Sicherungsordner
  }: Nach einem erfolgreichen Durchlauf entfernt es ältere und weist darauf hin.
script-does-keep-backgrounds = Behält Ihre eigenen Besprechungshintergründe.
script-does-needs-closed = Lässt den Cache unverändert, solange Teams noch läuft: Schließen Sie Teams vorher.
script-does-reset = Setzt die neue Teams-App zurück, so wie Einstellungen > Apps > Installierte Apps > Microsoft Teams > Erweiterte Optionen > Zurücksetzen. Dabei werden alle Daten des neuen Teams auf diesem Computer gelöscht: Anmeldung, Einstellungen, Cache und eigene Besprechungshintergründe (Chats, Dateien und Besprechungen bleiben in Microsoft 365 erhalten). Das Skript fragt vorher; rückgängig machen lässt sich das nicht. Fehlt unter Windows 10 der Befehl zum Zurücksetzen, öffnet es stattdessen Einstellungen > Apps.
script-does-reset-unattended = Setzt die neue Teams-App zurück, so wie Einstellungen > Apps > Installierte Apps > Microsoft Teams > Erweiterte Optionen > Zurücksetzen. Dabei werden alle Daten des neuen Teams auf diesem Computer gelöscht: Anmeldung, Einstellungen, Cache und eigene Besprechungshintergründe (Chats, Dateien und Besprechungen bleiben in Microsoft 365 erhalten). Das Skript fragt nicht nach; rückgängig machen lässt sich das nicht. Fehlt unter Windows 10 der Befehl zum Zurücksetzen, öffnet es stattdessen Einstellungen > Apps.
script-does-retest = Prüft, ohne etwas zu ändern, ob dieser Computer die Anmeldeadressen von Microsoft erreicht, und meldet Ihre Proxy- und VPN-Einstellungen sowie, ob Ihre Uhr richtig geht.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Liest außerdem, was ein Browser nicht sehen kann: welche Zertifizierungsstelle das Zertifikat ausgestellt hat, das Windows für die Anmeldeadresse von Microsoft erhält (dort zeigt sich eine TLS-Überprüfung des Unternehmens), ob eine WLAN-Anmeldeseite im Weg ist und wie dieses Gerät bei Microsoft registriert ist ({ $command }).
script-does-retest-macos = Liest außerdem, was ein Browser nicht sehen kann: welche Zertifizierungsstelle das Zertifikat ausgestellt hat, das dieser Mac für die Anmeldeadresse von Microsoft erhält (dort zeigt sich eine TLS-Überprüfung des Unternehmens), ob eine WLAN-Anmeldeseite im Weg ist und welche Anmeldeeinträge von Teams in Ihrem Schlüsselbund stehen (nur die Namen; es wird kein Kennwort gelesen).
script-does-retest-linux = Liest außerdem, was ein Browser nicht sehen kann: welche Zertifizierungsstelle das Zertifikat ausgestellt hat, das dieser Computer für die Anmeldeadresse von Microsoft erhält (dort zeigt sich eine TLS-Überprüfung des Unternehmens), und ob eine WLAN-Anmeldeseite im Weg ist.
script-does-tls = Prüft die TLS-Einstellungen von Windows selbst, die der Anmeldedienst verwendet (das Teams-Fenster selbst beachtet sie nicht): TLS 1.2 muss eingeschaltet sein. Ist es in Ihren Einstellungen ausgeschaltet, bietet das Skript an, es einzuschalten (unter Windows 11 auch TLS 1.3); es fragt vorher, die Standardantwort ist Nein, und es protokolliert die alte Einstellung.
script-does-tls-unattended = Prüft die TLS-Einstellungen von Windows selbst, die der Anmeldedienst verwendet (das Teams-Fenster selbst beachtet sie nicht): TLS 1.2 muss eingeschaltet sein. Ist es in den eigenen Einstellungen des Benutzers ausgeschaltet, schaltet das Skript es ohne Nachfrage ein (unter Windows 11 auch TLS 1.3) und protokolliert die alte Einstellung.
script-does-time-windows = Synchronisiert Ihre Uhr: Windows fragt Sie nur für diesen einen Befehl nach Administratorrechten (alles andere läuft unter Ihrem Konto). Wenn Sie ablehnen, öffnet das Skript für Sie die Einstellungen für Datum und Uhrzeit.
script-does-time-macos = Stellt Ihre Uhr nach dem Zeitserver von Apple, wenn Sie Administrator sind (fragt nach Ihrem Kennwort); andernfalls öffnet es die Einstellungen für Datum & Uhrzeit.
script-does-time-linux = Schaltet die automatische Uhrzeit ein, wenn Sie sudo verwenden dürfen (fragt nach Ihrem Kennwort); andernfalls sagt es Ihnen, wo Sie sie einschalten können.
script-does-time-unattended-windows = Synchronisiert die Uhr nur, wenn es mit Administratorrechten läuft (es fordert keine an); andernfalls vermerkt es das im Protokoll.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Stellt die Uhr nur, wenn { $command } auf diesem Computer kein Kennwort verlangt; andernfalls vermerkt es das im Protokoll.
script-does-restart = Startet Teams am Ende wieder, damit Sie sich neu anmelden können.
script-does-no-admin = Benötigt keine Administratorrechte und schreibt eine Protokolldatei in den Sicherungsordner.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Schreibt eine Protokolldatei in den Sicherungsordner.
script-does-not-installed = Ist Teams nicht installiert, weist es darauf hin, lässt die Teams-Schritte weg und führt die übrigen aus.
script-does-nothing = Tut nichts: Es ist kein Schritt ausgewählt.
script-does-change-nothing = Ändert nichts an Ihrem Computer.
