### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Diagnostyka logowania do aplikacji Teams (CAA20002)
page-skip-link = Przejdź do testów
page-no-script = Testy automatyczne wymagają obsługi JavaScript i WebAssembly, które są wyłączone w tej przeglądarce. Poniższe kroki nadal działają.
page-fatal-title = Na tej stronie wystąpił błąd
page-fatal-text = Odśwież stronę, aby spróbować ponownie. Jeśli to się powtórzy, poinformuj dział pomocy technicznej i dołącz ten tekst:
# The label of the language menu at the top of the page.
page-language-menu = Język

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Diagnostyka logowania do aplikacji Teams
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Nie możesz zalogować się do aplikacji Teams (błąd { $code })? Sprawdźmy, dlaczego.
page-lead = Ta strona sprawdza zegar komputera i jego połączenie z usługami Microsoft, a następnie podaje rozwiązanie dopasowane do sytuacji. Niczego nie instaluje, a żadne dane nie opuszczają tej przeglądarki, dopóki ich nie wyślesz.

## Notices at the top

page-config-notice-title = Plik ustawień strony zawiera błąd (strona nadal działa z ustawieniami wbudowanymi)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Poinformuj dział pomocy technicznej: może poprawić plik { $file } bez ponownego budowania strony.
page-link-notice-title = Część otwartego linku została zignorowana
page-link-notice-hint = Strona działa normalnie. Jeśli system lub wersja aplikacji Teams poniżej są nieprawidłowe, wybierz właściwe.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = Wartość „{ $name }” w linku nie została rozpoznana i została zignorowana.
link-too-long = Wartość „{ $name }” w linku była za długa i została zignorowana.
link-repeated = Link zawierał „{ $name }” więcej niż raz; użyto tylko pierwszej wartości.
link-unknown-parameter = Link zawierał ustawienia, których ta strona nie używa; zostały zignorowane.
link-truncated = Link był nietypowo długi; odczytano tylko jego początek.

## Status words next to each check's icon (core/src/status.rs)

status-running = Sprawdzanie…
status-ok = W porządku
status-warn = Ostrzeżenie
status-fail = Wykryto problem
status-unknown = Nie udało się sprawdzić

## Summary at the top

summary-title = Podsumowanie
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Sprawdzanie… Zegar: w toku. Połączenie: { $done } z { $total ->
    [one] { $total } adresu
    [few] { $total } adresów
    [many] { $total } adresów
   *[other] { $total } adresów
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Sprawdzanie… Zegar: gotowe. Połączenie: { $done } z { $total ->
    [one] { $total } adresu
    [few] { $total } adresów
    [many] { $total } adresów
   *[other] { $total } adresów
  }.
summary-ok = Zegar komputera i połączenie z usługami Microsoft wyglądają prawidłowo.
summary-warn = Testy wykryły coś, co warto poprawić.
summary-unknown = Niektórych testów nie udało się ukończyć; szczegóły poniżej.
summary-fail = Testy wykryły problem, który może uniemożliwiać logowanie do aplikacji Teams.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Błąd { $code }: skontaktuj się z działem IT.
summary-go-to-it-why = Ten problem może rozwiązać tylko dział IT; raport (sekcja 4) zawiera wszystko, czego potrzebuje.
summary-next-step = Następny krok:

## The checks

checks-title = 1. Testy
action-check-again = Sprawdź ponownie

## The clock check

clock-title = Data, godzina i strefa czasowa
clock-failed = Nie udało się sprawdzić zegara.
clock-comparing = Porównywanie zegara komputera z zegarem serwera…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = Zegar komputera jest ustawiony prawidłowo ({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = Zegar komputera { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Przyczyna: { $reason }. Sprawdź połączenie i kliknij „Sprawdź ponownie”.
clock-server-time = Czas serwera
clock-your-computer = Twój komputer
clock-time-zone = Strefa czasowa
clock-accuracy = Dokładność
# Variables:
#   $ms (Number) - milliseconds
# same as English: "ms" is the Polish unit symbol for milliseconds too
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (trwa dokładniejszy pomiar…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Prawdopodobnie nieprawidłowa strefa czasowa.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = Różnica to prawie dokładnie pełna wielokrotność kwadransa, więc zegar prawdopodobnie pokazuje właściwą godzinę lokalną, ale w nieprawidłowej strefie czasowej. Strefa czasowa tego komputera: { $zone }. Najpierw popraw strefę czasową, a potem pozwól, aby zegar ustawił się automatycznie.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = Popraw strefę czasową w systemie { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Popraw datę i godzinę w systemie { $os }
clock-coarse-pending = Trwa dokładniejszy pomiar.
clock-coarse-date-reused = Ten serwer podaje ten sam znacznik czasu nawet przez sekundę, więc strona nie może zmierzyć różnicy dokładniej niż do około sekundy. To w zupełności wystarczy: typowe limity odchylenia zegara (Kerberos, sprawdzanie tokenów) wynoszą minuty, a nie sekundy.
clock-coarse-not-verified = Nie udało się potwierdzić dokładniejszego pomiaru, więc strona podaje przybliżony wynik z dokładnością do około sekundy. To w zupełności wystarczy: typowe limity odchylenia zegara (Kerberos, sprawdzanie tokenów) wynoszą minuty, a nie sekundy.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = różni się o mniej niż sekundę
clock-offset-under-a-tenth = różni się o mniej niż jedną dziesiątą sekundy
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = śpieszy się o { $near }–{ $far } s
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = spóźnia się o { $near }–{ $far } s
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = różni się o mniej niż { $n ->
    [one] { $n } sekundę
    [few] { $n } sekundy
    [many] { $n } sekund
   *[other] { $n } sekundy
  }
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = { $amount } (w przybliżeniu)
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = śpieszy się o { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = spóźnia się o { $amount }
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } i { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dnia
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [one] { $n } godzinę
    [few] { $n } godziny
    [many] { $n } godzin
   *[other] { $n } godziny
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } minutę
    [few] { $n } minuty
    [many] { $n } minut
   *[other] { $n } minuty
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } sekundę
    [few] { $n } sekundy
    [many] { $n } sekund
   *[other] { $n } sekundy
  }

## The connection check

network-title = Połączenie z usługą logowania Microsoft
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Testowanie połączenia z usługami Microsoft… (odpowiedzi: { $done } z { $total })
network-progress-label = Sprawdzone adresy
network-for-it = Dla działu IT:
network-table-caption = Wynik dla każdego adresu
network-column-service = Usługa
network-column-status = Stan
network-column-time = Czas
# Variables:
#   $ms (Number) - milliseconds
# same as English: "ms" is the Polish unit symbol for milliseconds too
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = Usługa logowania Microsoft jest osiągalna z tej przeglądarki.
network-all-reachable-1 = Sieć najprawdopodobniej działa prawidłowo. Artykuł pomocy technicznej jako najczęstszą przyczynę wskazuje stare dane logowania zapisane w pamięci podręcznej samej aplikacji Teams.
network-all-reachable-2 = Wyczyść pamięć podręczną aplikacji Teams za pomocą skryptu poniżej (skrypt zachowuje kopię zapasową).
network-partial = Niektóre adresy Microsoft odpowiadają, a inne nie.
network-partial-1 = Jeśli korzystasz z sieci VPN, rozłącz ją i kliknij „Sprawdź ponownie”.
network-partial-2 = Jeśli Twoja firma używa serwera proxy lub filtru internetowego, dział IT musi odblokować adresy Microsoft 365, które poniżej oznaczono jako niedziałające.
network-partial-3 = Wyślij działowi IT raport z tej strony: zawiera adresy, które nie odpowiedziały.
network-blocked = Sieć działa, ale adresy logowania Microsoft są zablokowane.
network-blocked-1 = Jeśli korzystasz z sieci VPN, rozłącz ją i kliknij „Sprawdź ponownie”.
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = Jeśli bez sieci VPN wszystko działa, poinformuj dział IT, że sieć VPN lub serwer proxy blokuje adres { $host }.
network-blocked-3 = Dział IT musi dodać punkty końcowe Microsoft 365 do listy dozwolonych (zobacz link poniżej).
network-intercepted = Coś odpowiedziało zamiast serwera Microsoft.
network-intercepted-1 = Ta przeglądarka otrzymała odpowiedź, która nie pochodzi z usługi logowania Microsoft, na przykład stronę blokady filtru internetowego, stronę logowania serwera proxy albo stronę logowania do hotelowej sieci Wi-Fi lub sieci dla gości.
network-intercepted-2 = Jeśli jakaś strona prosi o zalogowanie się do sieci lub zaakceptowanie warunków, zrób to, a następnie kliknij „Sprawdź ponownie”.
network-intercepted-3 = Jeśli nie, spróbuj jeszcze raz bez sieci VPN albo z innej sieci (na przykład z hotspotu w telefonie).
network-intercepted-4 = Przekaż działowi IT, co wykrył ten test, i wyślij raport: sieć musi przepuszczać połączenia z adresami logowania Microsoft.
network-offline = Ten komputer prawdopodobnie nie jest połączony z Internetem.
network-offline-1 = Najpierw połącz się z siecią Wi-Fi lub podłącz kabel sieciowy, a następnie kliknij „Sprawdź ponownie”.
network-offline-2 = Jeśli inne witryny też się nie otwierają, uruchom ponownie router lub poproś o pomoc dział IT. Bez połączenia aplikacja Teams nie może się zalogować.
network-endpoints-link = Adresy URL i zakresy adresów IP platformy Microsoft 365
network-tls-caveat = Czego ten test nie widzi: certyfikatów. Firmowy serwer proxy, który sprawdza zaszyfrowany ruch za pomocą własnego certyfikatu głównego zaufanego przez ten komputer, przekazuje dalej prawdziwą odpowiedź Microsoft, więc tutaj wygląda to jak zwykłe połączenie. Wykryć to może tylko test uruchomiony na samym komputerze (odczytujący łańcuch certyfikatów).
network-path-caveat = Aplikacja Teams może łączyć się inną drogą niż ta przeglądarka (na przykład przez systemowy serwer proxy). Skrypt do pobrania poniżej ponownie testuje te same adresy bezpośrednio z systemu Windows lub macOS.

## Status words of one address (core/src/network.rs)

endpoint-running = Sprawdzanie…
endpoint-ok = Osiągalny
endpoint-slow = Wolny
endpoint-fail = Błąd
endpoint-timeout = Brak odpowiedzi
endpoint-intercepted = Przechwycony

## The office.com question

office-title = Jedno pytanie
# Variables:
#   $link (String) - a link to office.com
office-ask = Otwórz { $link } w tej przeglądarce i zaloguj się kontem służbowym. Czy to działa?
# Variables:
#   $site (String) - office.com
office-group-label = Czy logowanie w witrynie { $site } działa?
office-yes = Tak, działa
office-no = Nie, tam też nie działa
office-unknown = Nie wiem (jeszcze nie sprawdzano)
# Variables:
#   $site (String) - office.com
office-why = Dlaczego o to pytamy: jeśli witryna { $site } działa, Twoje konto działa, a problem najprawdopodobniej leży po stronie aplikacji Teams lub logowania do systemu Windows na tym komputerze. Artykuł pomocy technicznej wymienia tu na pierwszym miejscu pamięć podręczną aplikacji Teams. Jeśli tam też nie działa, przyczyną jest raczej sieć lub konto i powinien się tym zająć dział IT.

## Your computer: system and Teams version

choice-title = Twój komputer
choice-unknown-os = Ta przeglądarka nie podaje, w jakim systemie działa. Wybierz komputer, na którym aplikacja Teams nie może się zalogować: skrypt naprawczy i kroki są przygotowywane właśnie dla niego.
choice-mobile = Wygląda na to, że używasz telefonu lub tabletu. Rozwiązanie dotyczy aplikacji Teams na komputer: wybierz komputer, na którym logowanie do aplikacji Teams się nie udaje, a następnie otwórz tę stronę na nim lub prześlij na niego skrypt.
choice-os-label = System operacyjny
choice-os-placeholder = Wybierz…
choice-detected = (wykryty na podstawie tej przeglądarki — zmień, jeśli aplikacja Teams działa na innym komputerze)
choice-client-legend = Która wersja aplikacji Teams?
choice-client-how-to-tell = Jak to rozpoznać: nowa aplikacja Teams ma oznaczenie „NOWA” albo nie ma przełącznika „Wypróbuj nową aplikację Teams”, a jej ikona to litera „T” na fioletowo-białym kafelku. Klasyczna aplikacja Teams nazywa się w menu Start lub folderze Programy „Microsoft Teams classic” (albo „Microsoft Teams (wersja klasyczna)”). Nie masz pewności? Zostaw „Obie / nie wiem”: skrypt zmienia tylko foldery, które istnieją.
client-new = Nowa aplikacja Teams
client-classic = Klasyczna aplikacja Teams
client-both = Obie / nie wiem

## The plan

plan-title = 2. Co zrobić, po kolei
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = Krok { $n } rozwiązał problem.
plan-fixed-again = Jeśli błąd wróci, otwórz ponownie tę stronę.
plan-none-fixed = Żaden z kroków nie rozwiązał problemu. To też przydatna informacja: skontaktuj się z działem pomocy technicznej i wyślij raport poniżej (zawiera listę wykonanych testów).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = Dział pomocy technicznej: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Krok { $n } z { $total }: { $title }
plan-ask = Czy to rozwiązało problem?
plan-yes = Tak, logowanie do Teams działa
plan-no-next = Nie, następny krok
plan-no-last = Nie, nadal nie działa
plan-restart = Zacznij kroki od nowa
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = W systemie { $os }
plan-cache-use-script = Użyj skryptu naprawczego poniżej: zamyka aplikację Teams, przenosi pamięć podręczną do folderu kopii zapasowej (więc nic nie zostanie utracone), zachowuje Twoje niestandardowe tła i ponownie uruchamia aplikację Teams.
plan-go-to-script = Przejdź do skryptu naprawczego
plan-by-hand = Albo zrób to ręcznie
plan-go-to-network = Przejdź do testu połączenia
plan-connect-how = Połącz się z siecią Wi-Fi lub podłącz kabel sieciowy, sprawdź, czy inne witryny się otwierają, a następnie kliknij „Sprawdź ponownie” przy teście połączenia powyżej.
plan-account-send = Dział IT może sprawdzić więcej niż ta strona. Wyślij raport poniżej do działu pomocy technicznej.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = Dział IT może sprawdzić więcej niż ta strona. Wyślij raport poniżej do działu pomocy technicznej ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Otwórz publiczną stronę stanu usług Microsoft 365 i sprawdź, czy występuje bieżący problem z logowaniem lub z usługą Teams: { $link }. Odczekaj kilka minut, a następnie ponownie zaloguj się do aplikacji Teams.
plan-go-to-report = Przejdź do raportu
plan-after-cache-intro = Zanim skontaktujesz się z działem IT lub w czasie oczekiwania na pomoc, wykonaj po kolei:
plan-help-missing = Nie można wyświetlić tych kroków: ta kopia strony została zbudowana bez tekstów pomocy. Poinformuj dział pomocy technicznej.

## The plan's steps (core/src/plan.rs)

plan-step-time = Ustaw automatycznie datę, godzinę i strefę czasową
plan-step-network = Wyłącz sieć VPN i sprawdź serwer proxy
plan-step-connect = Sprawdź połączenie z Internetem
plan-step-tls = Sprawdź, czy protokół TLS 1.2 jest włączony
plan-step-it = Skontaktuj się z działem IT i wyślij raport
plan-step-helpdesk = Nadal nie działa? Wyślij raport do działu IT
plan-step-service = Sprawdź stan usług Microsoft 365 i spróbuj ponownie później
plan-step-cache-new = Wyczyść pamięć podręczną nowej aplikacji Teams (z kopią zapasową)
plan-step-cache-classic = Wyczyść pamięć podręczną klasycznej aplikacji Teams (z kopią zapasową)
plan-step-cache-both = Wyczyść pamięć podręczną aplikacji Teams (z kopią zapasową)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = Podczas testu ten komputer nie mógł połączyć się z żadną witryną, a nic innego nie zadziała, dopóki połączenie z Internetem nie wróci.
plan-why-service-helpdesk = Jeśli po jakimś czasie nadal nie działa, a strona stanu nie pokazuje żadnego problemu, wyślij raport do działu IT: firmowy serwer proxy może dawać taką samą odpowiedź.
# Variables:
#   $site (String) - office.com
plan-why-office-network = Logowanie w witrynie { $site } też nie działa, a test połączenia nie ma jeszcze wyniku, więc przed kontaktem z działem IT wyklucz sieć VPN i serwer proxy.
# Variables:
#   $site (String) - office.com
plan-why-office-it = Logowanie w witrynie { $site } też nie działa, więc przyczyną jest raczej sieć lub Twoje konto niż aplikacja Teams. Dział IT może sprawdzić jedno i drugie na podstawie raportu.
plan-why-network-after-offline = Gdy połączenie z Internetem wróci, następną rzeczą do wykluczenia jest sieć VPN lub serwer proxy blokujący serwery logowania Microsoft.
plan-why-network-unknown = Test połączenia nie ma wyniku, a sieć VPN lub serwer proxy blokujący serwery logowania Microsoft to druga przyczyna wymieniona w artykule pomocy technicznej.
plan-why-tls = Zdarza się rzadko, głównie na starszych komputerach, ale w systemie Windows wyłączony protokół TLS 1.2 uniemożliwia logowanie, a sprawdzenie tego zajmuje chwilę.
plan-why-clock-unknown = Strona nie mogła sprawdzić zegara, a nieprawidłowa data, godzina lub strefa czasowa to jedna ze znanych przyczyn.
plan-why-helpdesk = Jeśli żaden z kroków nie pomógł, wyślij raport z tej strony do działu pomocy technicznej: pokazuje, co zostało sprawdzone.
plan-why-it-generic = Tym błędem musi się zająć dział IT.
plan-why-timezone = W porównaniu z serwerem tej strony zegar różni się o pełną wielokrotność kwadransa: prawdopodobnie ustawiono go ręcznie przy nieprawidłowej strefie czasowej, więc w rzeczywistości czas też jest nieprawidłowy.
plan-why-clock-fail = W porównaniu z serwerem tej strony zegar różni się o więcej, niż dopuszcza limit Twojej organizacji (domyślnie 5 minut, czyli typowa tolerancja protokołu Kerberos i sprawdzania tokenów). Nieprawidłowy zegar może uniemożliwić logowanie.
plan-why-clock-warn = W porównaniu z serwerem tej strony zegar różni się o więcej niż próg ostrzegawczy Twojej organizacji i zbliża się do limitu, przy którym logowanie może się nie udać.
plan-why-blocked = Ta przeglądarka nie mogła połączyć się z serwerami logowania Microsoft, choć inne witryny odpowiadały, więc przeszkodą jest sieć VPN, serwer proxy lub zapora.
plan-why-partial = Niektóre serwery Microsoft nie odpowiedziały tej przeglądarce, więc sieć VPN, serwer proxy lub zapora mogą blokować część procesu logowania.
plan-why-intercepted = Coś odpowiedziało tej przeglądarce zamiast serwera Microsoft (strona blokady, strona logowania serwera proxy lub strona logowania do sieci Wi-Fi dla gości), więc z tej sieci logowanie prawdopodobnie nie może dotrzeć do Microsoft.
plan-why-network-code = Kod błędu wskazuje na połączenie z Microsoft, więc najpierw wyklucz sieć VPN i serwer proxy.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = Logowanie w witrynie { $site } działa, a serwery Microsoft odpowiadają, więc prawdopodobną przyczyną są dane logowania zapisane przez samą aplikację Teams. Według szacunków artykułu ich wyczyszczenie rozwiązuje problem w ponad 80% przypadków.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = Logowanie w witrynie { $site } działa w tej przeglądarce, więc prawdopodobną przyczyną są dane logowania zapisane przez aplikację Teams. Według szacunków artykułu ich wyczyszczenie rozwiązuje problem w ponad 80% przypadków.
plan-why-cache = Artykuł pomocy technicznej wskazuje stare dane logowania w pamięci podręcznej aplikacji Teams jako najczęstszą przyczynę błędu CAA20002, a przy ich czyszczeniu zachowywana jest kopia zapasowa.

## What to keep doing once a step fixed it

plan-keep-time = Pozostaw włączone automatyczne ustawianie daty, godziny i strefy czasowej, aby zegar był zawsze prawidłowy.
plan-keep-network = Jeśli problem wraca za każdym razem, gdy sieć VPN lub serwer proxy jest włączony, poinformuj dział IT: musi on dopuścić adresy logowania Microsoft.
plan-keep-cache = Gdy aplikacja Teams będzie działać bez problemów przez kilka dni, możesz usunąć folder kopii zapasowej.
plan-keep-tls = Pozostaw protokół TLS 1.2 włączony.
plan-keep-account = Dobrze, że dział IT rozwiązał problem.
plan-keep-connect = Połączenie z Internetem zostało przywrócone.
plan-keep-service = Usługa znowu odpowiada.

## Next step line in the summary

summary-next-done = Gotowe: logowanie do aplikacji Teams powinno już działać
summary-next-helpdesk = Skontaktuj się z działem pomocy technicznej i wyślij raport

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = Ta strona nie zna tego kodu; poniższe wskazówki dla kodu { $code } nadal obowiązują.
code-unknown = Ta strona nie zna tego kodu; poniższe ogólne wskazówki nadal obowiązują.
# Variables:
#   $code (String) - the code the user typed
code-updated = Zaktualizowano wskazówki i kroki dla kodu { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = Błąd { $code }: { $meaning }
code-title-general = Problemy z logowaniem do aplikacji Teams: co zwykle pomaga
code-for-it = Tym musi się zająć dział IT.
code-for-it-why = Kroki na tej stronie tego nie naprawią; wyślij działowi IT raport z sekcji 4 poniżej.
code-more = Więcej o tym błędzie
code-input-label = Teams pokazuje inny kod? Wpisz go lub wklej tutaj
# Variables:
#   $code (String) - an example code
code-input-placeholder = np. { $code }
code-loading = Wczytywanie znaczenia tego kodu…
code-load-failed = Nie udało się wczytać znaczenia tego kodu. Sprawdź połączenie i odśwież stronę; poniższe kroki nadal obowiązują.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — wszystkie szczegóły ({ $os })
article-show = Pokaż cały artykuł: objawy, przyczyny, wszystkie rozwiązania, linki
article-solutions = Rozwiązania
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. Skrypt naprawczy
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. Skrypt naprawczy dla systemu { $os }
script-choose-os = Wybierz system operacyjny w sekcji „Twój komputer” powyżej, aby otrzymać skrypt, który bezpiecznie wyczyści pamięć podręczną aplikacji Teams.
script-preparing = Przygotowywanie skryptu… Pojawi się tutaj, gdy testy powyżej dadzą wyniki.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = Nie udało się tu przygotować skryptu ({ $reason }). Spróbuj ponownie albo pobierz gotowy skrypt poniżej; kroki z planu działają również bez niego.
action-try-again = Spróbuj ponownie
# Variables:
#   $file (String) - the script's file name
script-download-static = Pobierz gotowy skrypt ({ $file }, opcje domyślne)
script-static-note = Gotowy skrypt czyści pamięć podręczną obu wersji aplikacji Teams, wykonując kroki domyślne. Uruchom go poleceniem:

## The report for the helpdesk

report-title = 4. Raport dla działu pomocy technicznej
report-intro = Jeśli potrzebujesz pomocy, wyślij ten raport: zawiera wyniki pomiarów tej strony, więc dział IT nie musi o nie dopytywać. Nie zawiera imienia i nazwiska, konta ani hasła. Ta strona sama niczego nie wysyła.
report-copy = Kopiuj raport
report-download = Pobierz raport (JSON)
report-email = Wyślij e-mail do działu pomocy technicznej
report-copied = Skopiowano raport: wklej go do wiadomości do działu pomocy technicznej.
# Variables:
#   $file (String) - the file's name
report-saved = Zapisano plik { $file } w folderze Pobrane.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = Pobieranie się nie rozpoczęło ({ $reason }); użyj zamiast tego przycisku „Kopiuj raport”.
report-notes-legend = Opcjonalnie: pomóż działowi IT znaleźć Twoją próbę logowania
report-error-time-label = Kiedy pojawił się błąd?
report-error-time-note = Czas lokalny Twojego komputera; raport podaje jego strefę czasową.
report-correlation-label = Identyfikator korelacji (Teams pokazuje go pod komunikatem o błędzie)
report-correlation-note = Skopiuj go z okna błędu aplikacji Teams; pozwala odnaleźć tę próbę logowania w dziennikach logowania Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = Strona nie potrafi odczytać tej daty i godziny. Użyj selektora daty albo wpisz ją w takiej postaci: { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = To nie jest identyfikator korelacji. Ma on postać 8-4-4-4-12 liter i cyfr, na przykład { $example }.
report-show = Pokaż raport
report-text-label = Tekst raportu
report-json-label = Raport w formacie JSON
copy-blocked-report = Przeglądarka zablokowała kopiowanie: zaznacz tekst raportu i naciśnij Ctrl+C (⌘C na komputerze Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Pomoc: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Diagnostyka logowania do aplikacji Teams { $version }. Ta strona nigdzie niczego nie wysyła: testy jedynie pytają serwery Microsoft, czy odpowiadają, a raport pozostaje w przeglądarce, dopóki go nie wyślesz.

## Loading the texts that come after the checks

later-loading = Wczytywanie…
later-failed = Nie udało się wczytać tej części. Sprawdź połączenie i odśwież stronę.
