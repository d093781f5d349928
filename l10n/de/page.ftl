### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Selbsttest für die Teams-Anmeldung (CAA20002)
page-skip-link = Zu den Prüfungen springen
page-no-script = Die automatischen Prüfungen benötigen JavaScript und WebAssembly, die in diesem Browser ausgeschaltet sind. Die Schritte unten funktionieren trotzdem.
page-fatal-title = Auf dieser Seite ist ein Fehler aufgetreten
page-fatal-text = Laden Sie die Seite neu, um es noch einmal zu versuchen. Wenn der Fehler wieder auftritt, wenden Sie sich an Ihren IT-Helpdesk und geben Sie diesen Text mit an:
# The label of the language menu at the top of the page.
page-language-menu = Sprache

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Selbsttest für die Teams-Anmeldung
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Die Anmeldung bei Teams klappt nicht (Fehler { $code })? Finden wir die Ursache.
page-lead = Diese Seite prüft die Uhr Ihres Computers und seine Verbindung zu Microsoft und zeigt Ihnen dann die passende Lösung. Es wird nichts installiert, und nichts verlässt diesen Browser, solange Sie es nicht selbst senden.

## Notices at the top

page-config-notice-title = Die Einstellungsdatei der Seite hat ein Problem (die Seite funktioniert weiterhin mit den integrierten Einstellungen)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Geben Sie Ihrem IT-Helpdesk Bescheid; er kann { $file } korrigieren, ohne die Seite neu zu erstellen.
page-link-notice-title = Ein Teil des geöffneten Links wurde ignoriert
page-link-notice-hint = Die Seite funktioniert normal; wählen Sie unten Ihr System und Ihre Teams-Version aus, falls die Angaben nicht stimmen.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = Der Wert für „{ $name }“ im Link wurde nicht erkannt und ignoriert.
link-too-long = Der Wert für „{ $name }“ im Link war zu lang und wurde ignoriert.
link-repeated = Der Link enthielt „{ $name }“ mehrmals; nur der erste Wert wurde verwendet.
link-unknown-parameter = Der Link enthielt Einstellungen, die diese Seite nicht verwendet; sie wurden ignoriert.
link-truncated = Der Link war ungewöhnlich lang; nur sein Anfang wurde gelesen.

## Status words next to each check's icon (core/src/status.rs)

status-running = Wird geprüft…
# same as English: "OK" is the usual German status word (Windows uses it too)
status-ok = OK
status-warn = Warnung
# same as English: "Problem" is the German word as well
status-fail = Problem
status-unknown = Prüfung nicht möglich

## Summary at the top

summary-title = Zusammenfassung
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Prüfung läuft… Uhr wird geprüft, Verbindung: { $done } von { $total ->
    [one] { $total } Adresse
   *[other] { $total } Adressen
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Prüfung läuft… Uhr geprüft, Verbindung: { $done } von { $total ->
    [one] { $total } Adresse
   *[other] { $total } Adressen
  }.
summary-ok = Ihre Uhr und Ihre Verbindung zu Microsoft sind in Ordnung.
summary-warn = Die Prüfungen haben etwas gefunden, das Sie beheben sollten.
summary-unknown = Einige Prüfungen konnten nicht abgeschlossen werden; Details finden Sie unten.
summary-fail = Die Prüfungen haben ein Problem gefunden, das die Anmeldung bei Teams verhindern kann.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Fehler { $code }: Wenden Sie sich an die IT.
summary-go-to-it-why = Diesen Fehler kann nur die IT beheben; der Bericht (Abschnitt 4) enthält alles, was sie dafür braucht.
summary-next-step = Ihr nächster Schritt:

## The checks

checks-title = 1. Prüfungen
action-check-again = Erneut prüfen

## The clock check

clock-title = Datum, Uhrzeit und Zeitzone
clock-failed = Die Uhr konnte nicht geprüft werden.
clock-comparing = Die Uhr Ihres Computers wird mit dem Server verglichen…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = Die Uhr Ihres Computers stimmt (sie geht { $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = Die Uhr Ihres Computers geht { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Grund: { $reason }. Prüfen Sie Ihre Verbindung und klicken Sie auf „Erneut prüfen“.
clock-server-time = Serverzeit
clock-your-computer = Ihr Computer
clock-time-zone = Zeitzone
clock-accuracy = Genauigkeit
# Variables:
#   $ms (Number) - milliseconds
# same as English: only a number and the unit ms
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (wird verfeinert…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Wahrscheinlich die falsche Zeitzone.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = Die Abweichung ist fast genau ein Vielfaches einer Viertelstunde. Ihre Uhr zeigt also wahrscheinlich die richtige Ortszeit an, aber mit der falschen Zeitzone. Die Zeitzone dieses Computers ist { $zone }. Korrigieren Sie zuerst die Zeitzone und lassen Sie dann die Uhrzeit automatisch einstellen.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = Zeitzone unter { $os } korrigieren
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Datum und Uhrzeit unter { $os } korrigieren
clock-coarse-pending = Es wird noch genauer gemessen.
clock-coarse-date-reused = Dieser Server verwendet seinen Zeitstempel bis zu einer Sekunde lang wieder, daher kann die Seite nicht genauer als auf etwa eine Sekunde messen. Das reicht völlig: Die üblichen Grenzen für die Uhr (Kerberos, Tokenprüfungen) liegen bei Minuten, nicht bei Sekunden.
clock-coarse-not-verified = Eine genauere Messung ließ sich nicht bestätigen, daher bleibt die Seite bei der groben Grenze von etwa einer Sekunde. Das reicht völlig: Die üblichen Grenzen für die Uhr (Kerberos, Tokenprüfungen) liegen bei Minuten, nicht bei Sekunden.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.
## German: these phrases complete "Die Uhr … geht …" ("vor" = ahead, "nach" = behind).

clock-offset-under-a-second = weniger als eine Sekunde vor oder nach
clock-offset-under-a-tenth = weniger als eine Zehntelsekunde vor oder nach
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = zwischen { $near } und { $far } Sekunden vor
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = zwischen { $near } und { $far } Sekunden nach
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = weniger als { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
  } vor oder nach
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = etwa { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } vor
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } nach
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [one] { $n } Stunde
   *[other] { $n } Stunden
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } Minute
   *[other] { $n } Minuten
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
  }

## The connection check

network-title = Verbindung zur Microsoft-Anmeldung
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Die Verbindung zu Microsoft wird getestet… ({ $done } von { $total } haben geantwortet)
network-progress-label = Geprüfte Adressen
network-for-it = Für die IT:
network-table-caption = Ergebnis je Adresse
network-column-service = Dienst
# same as English: "Status" is the German word as well
network-column-status = Status
network-column-time = Zeit
# Variables:
#   $ms (Number) - milliseconds
# same as English: only a number and the unit ms
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = Der Anmeldedienst von Microsoft ist von diesem Browser aus erreichbar.
network-all-reachable-1 = Das Netzwerk ist von hier aus sehr wahrscheinlich in Ordnung; laut Supportartikel sind veraltete Anmeldedaten im eigenen Cache der Teams-App die häufigste Ursache.
network-all-reachable-2 = Leeren Sie den Teams-Cache mit dem Reparaturskript unten (es legt eine Sicherung an).
network-partial = Einige Microsoft-Adressen antworten, andere nicht.
network-partial-1 = Wenn Sie ein VPN verwenden, trennen Sie die VPN-Verbindung und klicken Sie auf „Erneut prüfen“.
network-partial-2 = Wenn Ihr Unternehmen einen Proxy oder Webfilter verwendet, muss die IT die Microsoft 365-Adressen freigeben, die unten als fehlgeschlagen aufgeführt sind.
network-partial-3 = Senden Sie der IT den Bericht von dieser Seite: Er nennt die fehlgeschlagenen Adressen.
network-blocked = Ihr Netzwerk funktioniert, aber die Anmeldeadressen von Microsoft sind blockiert.
network-blocked-1 = Wenn Sie ein VPN verwenden, trennen Sie die VPN-Verbindung und klicken Sie auf „Erneut prüfen“.
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = Wenn es ohne VPN funktioniert, teilen Sie der IT mit: Das VPN oder der Proxy blockiert { $host }.
network-blocked-3 = Die IT muss die Microsoft 365-Endpunkte freigeben (siehe Link unten).
network-intercepted = Anstelle von Microsoft hat etwas anderes geantwortet.
network-intercepted-1 = Dieser Browser hat eine Antwort erhalten, die nicht vom Anmeldedienst von Microsoft stammt: zum Beispiel die Sperrseite eines Webfilters, die Anmeldeseite eines Proxys oder die Anmeldeseite eines Hotel- oder Gast-WLANs.
network-intercepted-2 = Wenn eine Seite Sie auffordert, sich beim Netzwerk anzumelden oder dessen Nutzungsbedingungen zu akzeptieren, tun Sie das und klicken Sie dann auf „Erneut prüfen“.
network-intercepted-3 = Versuchen Sie es andernfalls einmal ohne VPN oder über ein anderes Netzwerk (zum Beispiel den Hotspot Ihres Smartphones).
network-intercepted-4 = Teilen Sie der IT mit, was diese Prüfung festgestellt hat, und senden Sie ihr den Bericht: Das Netzwerk muss die Anmeldeadressen von Microsoft durchlassen.
network-offline = Dieser Computer scheint nicht mit dem Internet verbunden zu sein.
network-offline-1 = Verbinden Sie sich zuerst mit dem WLAN oder einem Netzwerkkabel und klicken Sie dann auf „Erneut prüfen“.
network-offline-2 = Wenn auch andere Websites nicht funktionieren, starten Sie Ihren Router neu oder fragen Sie die IT; ohne Verbindung kann sich Teams nicht anmelden.
network-endpoints-link = Microsoft 365-URLs und -IP-Adressbereiche
network-tls-caveat = Was diese Prüfung nicht sehen kann: Zertifikate. Ein Unternehmensproxy, der verschlüsselten Datenverkehr mit einem eigenen Stammzertifikat untersucht, dem dieser Computer vertraut, reicht die echte Antwort von Microsoft weiter und sieht hier wie eine normale Verbindung aus. Nur eine Prüfung auf dem Computer selbst (durch Auslesen der Zertifikatkette) kann das erkennen.
network-path-caveat = Die Teams-App nutzt möglicherweise einen anderen Netzwerkweg als dieser Browser (zum Beispiel den Systemproxy). Das herunterladbare Skript unten testet dieselben Adressen noch einmal direkt unter Windows oder macOS.

## Status words of one address (core/src/network.rs)

endpoint-running = Wird geprüft…
endpoint-ok = Erreichbar
endpoint-slow = Langsam
endpoint-fail = Fehlgeschlagen
endpoint-timeout = Keine Antwort
endpoint-intercepted = Abgefangen

## The office.com question

office-title = Eine Frage
# Variables:
#   $link (String) - a link to office.com
office-ask = Öffnen Sie { $link } in diesem Browser und melden Sie sich mit Ihrem Geschäftskonto an. Funktioniert das?
# Variables:
#   $site (String) - office.com
office-group-label = Funktioniert die Anmeldung bei { $site }?
office-yes = Ja, das funktioniert
office-no = Nein, das schlägt auch fehl
office-unknown = Noch nicht ausprobiert
# Variables:
#   $site (String) - office.com
office-why = Warum wir fragen: Wenn { $site } funktioniert, ist Ihr Konto in Ordnung, und das Problem liegt höchstwahrscheinlich bei Teams oder der Windows-Anmeldung auf diesem Computer – dafür nennt der Supportartikel den Teams-Cache an erster Stelle. Wenn es dort auch fehlschlägt, liegt es eher am Netzwerk oder am Konto, und die IT sollte sich das ansehen.

## Your computer: system and Teams version

choice-title = Ihr Computer
choice-unknown-os = Dieser Browser gibt nicht an, auf welchem System er läuft. Wählen Sie den Computer aus, auf dem sich Teams nicht anmelden kann: Das Reparaturskript und die Schritte sind für diesen Computer bestimmt.
choice-mobile = Sie verwenden anscheinend ein Smartphone oder Tablet. Die Lösung ist für die Teams-Desktop-App gedacht: Wählen Sie den Computer aus, auf dem Teams nicht funktioniert, und öffnen Sie diese Seite dort oder senden Sie das Skript an diesen Computer.
choice-os-label = Betriebssystem
choice-os-placeholder = Auswählen…
choice-detected = (von diesem Browser erkannt – ändern Sie die Auswahl, wenn Teams auf einem anderen Computer läuft)
choice-client-legend = Welches Teams?
choice-client-how-to-tell = So erkennen Sie es: Das neue Teams trägt ein Abzeichen „NEU“ oder hat keinen Schalter „Neues Teams testen“, und sein Symbol zeigt ein „T“ auf einer lila-weißen Kachel; das klassische Teams heißt im Startmenü bzw. im Programme-Ordner „Microsoft Teams (klassisch)“ oder „Microsoft Teams classic“. Nicht sicher? Lassen Sie „Beide“ ausgewählt: Das Skript ändert nur Ordner, die vorhanden sind.
client-new = Neues Teams
client-classic = Klassisches Teams
client-both = Beide / nicht sicher

## The plan

plan-title = 2. Was zu tun ist, der Reihe nach
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = Schritt { $n } hat das Problem behoben.
plan-fixed-again = Falls der Fehler wieder auftritt, öffnen Sie diese Seite erneut.
plan-none-fixed = Keiner der Schritte hat geholfen. Auch das ist eine nützliche Information: Wenden Sie sich bitte an Ihren IT-Helpdesk und senden Sie ihm den Bericht unten (er listet auf, was geprüft wurde).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = IT-Helpdesk: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Schritt { $n } von { $total }: { $title }
plan-ask = Hat das geholfen?
plan-yes = Ja, Teams meldet sich an
plan-no-next = Nein, nächster Schritt
plan-no-last = Nein, es funktioniert immer noch nicht
plan-restart = Schritte von vorn beginnen
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = Unter { $os }
plan-cache-use-script = Verwenden Sie das Reparaturskript unten: Es schließt Teams, verschiebt den Cache in einen Sicherungsordner (damit nichts verloren geht), behält Ihre eigenen Hintergründe und startet Teams neu.
plan-go-to-script = Zum Reparaturskript
plan-by-hand = Oder von Hand erledigen
plan-go-to-network = Zur Verbindungsprüfung
plan-connect-how = Verbinden Sie sich mit dem WLAN oder einem Netzwerkkabel, prüfen Sie, ob sich andere Websites öffnen lassen, und klicken Sie dann oben bei der Verbindungsprüfung auf „Erneut prüfen“.
plan-account-send = Die IT kann weiter nachforschen als diese Seite. Senden Sie Ihrem IT-Helpdesk den Bericht unten.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = Die IT kann weiter nachforschen als diese Seite. Senden Sie Ihrem IT-Helpdesk den Bericht unten ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Öffnen Sie die öffentliche Statusseite von Microsoft 365 und suchen Sie nach einem aktuellen Problem mit der Anmeldung oder mit Teams: { $link }. Warten Sie ein paar Minuten und melden Sie sich dann erneut bei Teams an.
plan-go-to-report = Zum Bericht
plan-after-cache-intro = Bevor Sie sich an die IT wenden oder während Sie warten, in dieser Reihenfolge:
plan-help-missing = Diese Schritte können nicht angezeigt werden: Diese Kopie der Seite wurde ohne ihre Hilfetexte erstellt. Bitte geben Sie Ihrem IT-Helpdesk Bescheid.

## The plan's steps (core/src/plan.rs)

plan-step-time = Datum, Uhrzeit und Zeitzone automatisch einstellen
plan-step-network = VPN ausschalten und Proxy prüfen
plan-step-connect = Internetverbindung prüfen
plan-step-tls = Prüfen, ob TLS 1.2 eingeschaltet ist
plan-step-it = Mit dem Bericht an die IT wenden
plan-step-helpdesk = Immer noch nicht gelöst? Bericht an die IT senden
plan-step-service = Status von Microsoft 365 prüfen und später erneut versuchen
plan-step-cache-new = Cache des neuen Teams leeren (mit Sicherung)
plan-step-cache-classic = Cache des klassischen Teams leeren (mit Sicherung)
plan-step-cache-both = Teams-Cache leeren (mit Sicherung)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = Dieser Computer konnte während der Prüfung keine Website erreichen, und nichts anderes funktioniert, bis er wieder online ist.
plan-why-service-helpdesk = Wenn es nach einer Weile immer noch nicht funktioniert und die Statusseite kein Problem zeigt, senden Sie der IT den Bericht: Ein Unternehmensproxy kann dieselbe Antwort liefern.
# Variables:
#   $site (String) - office.com
plan-why-office-network = Die Anmeldung bei { $site } schlägt ebenfalls fehl, und die Netzwerkprüfung hat noch kein Ergebnis. Schließen Sie daher VPN und Proxy als Ursache aus, bevor Sie sich an die IT wenden.
# Variables:
#   $site (String) - office.com
plan-why-office-it = Die Anmeldung bei { $site } schlägt ebenfalls fehl, daher liegt die Ursache eher am Netzwerk oder an Ihrem Konto als an der Teams-App; die IT kann beides anhand des Berichts prüfen.
plan-why-network-after-offline = Sobald Sie wieder online sind, sollten Sie als Nächstes ausschließen, dass ein VPN oder Proxy die Anmeldeserver von Microsoft blockiert.
plan-why-network-unknown = Die Netzwerkprüfung hat kein Ergebnis, und ein VPN oder Proxy, der die Anmeldeserver von Microsoft blockiert, ist die zweite Ursache, die der Supportartikel nennt.
plan-why-tls = Selten und meist auf älteren Computern – aber unter Windows verhindert ein ausgeschaltetes TLS 1.2 die Anmeldung, und die Prüfung geht schnell.
plan-why-clock-unknown = Die Seite konnte die Uhr nicht prüfen, und ein falsches Datum, eine falsche Uhrzeit oder Zeitzone ist eine der bekannten Ursachen.
plan-why-helpdesk = Wenn keiner der Schritte geholfen hat, senden Sie Ihrem IT-Helpdesk den Bericht von dieser Seite: Er zeigt, was geprüft wurde.
plan-why-it-generic = Diesen Fehler muss sich die IT ansehen.
plan-why-timezone = Im Vergleich zum Server dieser Seite weicht die Uhr um ein Vielfaches einer Viertelstunde ab: Sie wurde wahrscheinlich unter der falschen Zeitzone von Hand gestellt, sodass auch die tatsächliche Zeit falsch ist.
plan-why-clock-fail = Im Vergleich zum Server dieser Seite weicht die Uhr stärker ab, als Ihre Organisation zulässt (standardmäßig 5 Minuten, die übliche Toleranz von Kerberos und von Tokenprüfungen); eine falsche Uhrzeit kann die Anmeldung scheitern lassen.
plan-why-clock-warn = Im Vergleich zum Server dieser Seite weicht die Uhr stärker ab als die Warngrenze Ihrer Organisation und nähert sich der Grenze, ab der die Anmeldung fehlschlagen kann.
plan-why-blocked = Dieser Browser konnte die Anmeldeserver von Microsoft nicht erreichen, während andere Websites antworteten. Ein VPN, ein Proxy oder eine Firewall steht also im Weg.
plan-why-partial = Einige Server von Microsoft haben diesem Browser nicht geantwortet. Ein VPN, ein Proxy oder eine Firewall blockiert also möglicherweise einen Teil der Anmeldung.
plan-why-intercepted = Anstelle von Microsoft hat diesem Browser etwas anderes geantwortet (eine Sperrseite, die Anmeldeseite eines Proxys oder eines Gast-WLANs). Die Anmeldung erreicht Microsoft von diesem Netzwerk aus daher wahrscheinlich nicht.
plan-why-network-code = Der Fehlercode weist auf die Verbindung zu Microsoft hin. Schließen Sie daher zuerst VPN und Proxy als Ursache aus.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = Die Anmeldung bei { $site } funktioniert und die Server von Microsoft antworten, daher sind die gespeicherten Anmeldedaten der Teams-App die wahrscheinliche Ursache; laut Schätzung des Artikels behebt ihr Löschen über 80 % der Fälle.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = Die Anmeldung bei { $site } funktioniert in diesem Browser, daher sind die gespeicherten Anmeldedaten der Teams-App die wahrscheinliche Ursache; laut Schätzung des Artikels behebt ihr Löschen über 80 % der Fälle.
plan-why-cache = Der Supportartikel nennt veraltete Anmeldedaten im Teams-Cache als häufigste Ursache von CAA20002, und beim Leeren bleibt eine Sicherung erhalten.

## What to keep doing once a step fixed it

plan-keep-time = Lassen Sie die automatische Einstellung von Datum, Uhrzeit und Zeitzone eingeschaltet, damit alles richtig bleibt.
plan-keep-network = Wenn es jedes Mal wieder fehlschlägt, sobald VPN oder Proxy aktiv sind, teilen Sie das der IT mit: Sie muss die Anmeldeadressen von Microsoft freigeben.
plan-keep-cache = Wenn Teams einige Tage lang funktioniert hat, können Sie den Sicherungsordner löschen.
plan-keep-tls = Lassen Sie TLS 1.2 eingeschaltet.
plan-keep-account = Schön, dass die IT das Problem lösen konnte.
plan-keep-connect = Sie sind wieder online.
plan-keep-service = Der Dienst antwortet wieder.

## Next step line in the summary

summary-next-done = Erledigt: Teams sollte sich jetzt anmelden
summary-next-helpdesk = Wenden Sie sich mit dem Bericht an Ihren IT-Helpdesk

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = Diesen Code kennt diese Seite nicht; die Hinweise für { $code } unten gelten trotzdem.
code-unknown = Diesen Code kennt diese Seite nicht; die allgemeinen Hinweise unten gelten trotzdem.
# Variables:
#   $code (String) - the code the user typed
code-updated = Hinweise und Schritte für { $code } aktualisiert.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = Fehler { $code }: { $meaning }
code-title-general = Probleme bei der Teams-Anmeldung: Was meistens hilft
code-for-it = Dieser Fehler ist ein Fall für die IT.
code-for-it-why = Die Schritte auf dieser Seite beheben ihn nicht; senden Sie der IT den Bericht in Abschnitt 4 unten.
code-more = Mehr zu diesem Fehler
code-input-label = Zeigt Teams einen anderen Code an? Geben Sie ihn hier ein oder fügen Sie ihn ein
# Variables:
#   $code (String) - an example code
code-input-placeholder = z. B. { $code }
code-loading = Die Bedeutung dieses Codes wird geladen…
code-load-failed = Die Bedeutung dieses Codes konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu; die Schritte unten gelten trotzdem.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } – alle Details ({ $os })
article-show = Den ganzen Artikel anzeigen: Symptome, Ursachen, alle Lösungen, Links
article-solutions = Lösungen
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. Das Reparaturskript
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. Das Reparaturskript für { $os }
script-choose-os = Wählen Sie oben unter „Ihr Computer“ Ihr Betriebssystem aus, um das Skript zu erhalten, das den Teams-Cache sicher leert.
script-preparing = Das Skript wird vorbereitet… Es erscheint hier, sobald die Prüfungen oben ihre Ergebnisse haben.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = Das Skript konnte hier nicht vorbereitet werden ({ $reason }). Versuchen Sie es erneut, oder laden Sie unten das fertige Skript herunter; die Schritte in Abschnitt 2 funktionieren auch ohne Skript.
action-try-again = Erneut versuchen
# Variables:
#   $file (String) - the script's file name
script-download-static = Fertiges Skript herunterladen ({ $file }, Standardoptionen)
script-static-note = Das fertige Skript leert den Cache beider Teams-Versionen mit den Standardschritten. Führen Sie es so aus:

## The report for the helpdesk

report-title = 4. Bericht für Ihren IT-Helpdesk
report-intro = Wenn Sie Hilfe brauchen, senden Sie diesen Bericht: Er enthält, was diese Seite gemessen hat, sodass die IT nicht nachfragen muss. Er enthält keinen Namen, kein Konto und kein Kennwort. Diese Seite sendet nichts von selbst.
report-copy = Bericht kopieren
report-download = Bericht herunterladen (JSON)
report-email = Helpdesk per E-Mail kontaktieren
report-copied = Bericht kopiert: Fügen Sie ihn in Ihre Nachricht an den Helpdesk ein.
# Variables:
#   $file (String) - the file's name
report-saved = { $file } wurde in Ihrem Ordner „Downloads“ gespeichert.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = Der Download hat nicht begonnen ({ $reason }); verwenden Sie stattdessen „Bericht kopieren“.
report-notes-legend = Optional: Helfen Sie der IT, Ihren Anmeldeversuch zu finden
report-error-time-label = Wann ist der Fehler aufgetreten?
report-error-time-note = Ortszeit Ihres Computers; der Bericht nennt die Zeitzone.
report-correlation-label = Korrelations-ID (Teams zeigt sie unter dem Fehler an)
report-correlation-note = Kopieren Sie sie aus dem Fehlerfenster von Teams; sie kennzeichnet den Versuch in den Anmeldeprotokollen von Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = Diese Angabe kann die Seite nicht als Datum und Uhrzeit lesen. Verwenden Sie die Datumsauswahl oder geben Sie sie so ein: { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = Das ist keine Korrelations-ID. Sie besteht aus 8-4-4-4-12 Buchstaben und Ziffern, zum Beispiel { $example }.
report-show = Bericht anzeigen
report-text-label = Berichtstext
report-json-label = Bericht als JSON
copy-blocked-report = Der Browser hat das Kopieren blockiert: Markieren Sie den Berichtstext und drücken Sie Strg+C (⌘C auf dem Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Hilfe: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Selbsttest für die Teams-Anmeldung { $version }. Diese Seite sendet nichts irgendwohin: Die Prüfungen fragen die Server von Microsoft nur, ob sie antworten, und der Bericht bleibt in Ihrem Browser, bis Sie ihn senden.

## Loading the texts that come after the checks

later-loading = Wird geladen…
later-failed = Dieser Teil konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.
