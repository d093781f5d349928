### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Raport z diagnostyki logowania do aplikacji Teams ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Utworzono: { $time } (wersja strony: { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Komputer: { $os }, { $client }; język przeglądarki: { $language }; strefa czasowa: { $zone } (UTC{ $offset })
report-os-not-chosen = nie wybrano systemu
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Zegar: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Zegar: { $status }, komputer minus serwer = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , pomiar przybliżony: { $reason }
report-clock-timezone = , prawdopodobnie nieprawidłowa strefa czasowa
# Variables:
#   $status (String) - the check's status
report-clock-status = Zegar: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Sieć: { $status }, wzorzec wyników: { $pattern }
report-not-finished = nie ukończono
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = Logowanie w witrynie { $site } działa w tej przeglądarce: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Sugerowane kroki: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Wypróbowane bez powodzenia: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Problem rozwiązał krok: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Błąd pojawił się po raz pierwszy: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Identyfikator korelacji wyświetlony przez Teams: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Problemy z konfiguracją strony: { $problems }
report-mail-subject = Problem z logowaniem do aplikacji Teams (raport z diagnostyki)
report-mail-shortened = … (skrócono: pełny tekst można skopiować przyciskiem „Kopiuj raport”)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = Brak odpowiedzi po { $duration }: połączenie jest prawdopodobnie po cichu odrzucane (zapora, sieć VPN lub serwer proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = Brak odpowiedzi w ciągu { $duration }: połączenie jest prawdopodobnie po cichu odrzucane (zapora, sieć VPN lub serwer proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Niepowodzenie po { $duration }: połączenie odrzucone lub nie znaleziono adresu (blokada, brak DNS, brak sieci lub certyfikat, któremu przeglądarka nie ufa).
endpoint-detail-intercepted = Coś odpowiedziało zamiast serwera Microsoft: odpowiedź nie zawiera konfiguracji logowania Microsoft (to na przykład strona blokady, strona logowania serwera proxy albo strona logowania do hotelowej sieci Wi-Fi lub sieci dla gości).
endpoint-detail-unreadable = Odpowiedź nadeszła, ale ta przeglądarka nie mogła jej odczytać, więc strona nie może sprawdzić, czy pochodzi ona z usługi logowania Microsoft (strona blokady serwera proxy wyglądałaby tutaj tak samo).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = Odpowiedź nadeszła, ale powoli ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = Odpowiedź po { $ms } ms.
# Variables:
#   $n (Number) - milliseconds
# same as English: "ms" is the Polish unit symbol for milliseconds too
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Logowanie Microsoft Entra
endpoint-label-login-alt = Logowanie Microsoft (adres alternatywny)
endpoint-label-aadcdn-msauth = Pliki strony logowania
endpoint-label-aadcdn-msftauth = Pliki strony logowania (adres alternatywny)
endpoint-label-teams = Usługa Teams
endpoint-label-teams-cloud = Usługa Teams (nowy adres)
endpoint-label-teams-statics = Pliki aplikacji Teams
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Logowanie Microsoft Entra (instytucje rządowe USA)
endpoint-label-teams-usgov = Usługa Teams (instytucje rządowe USA)
endpoint-label-graph-usgov = Microsoft Graph (instytucje rządowe USA)
endpoint-label-login-china = Logowanie Microsoft Entra (21Vianet)
endpoint-label-login-partner-china = Logowanie Microsoft Entra (21Vianet, partner)
# same as English: the product's name and the operator's name (21Vianet)
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = Serwer tej strony
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = żądanie nie powiodło się: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = brak odpowiedzi w ciągu { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = serwer odpowiedział kodem HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = przeglądarka odmówiła: { $detail }
error-missing-date = odpowiedź serwera nie zawierała nagłówka Date
# Variables:
#   $value (String) - the header's value
error-bad-date = nie udało się odczytać nagłówka Date w odpowiedzi serwera: { $value }
error-no-samples = brak pomiarów zegara, na których można by się oprzeć
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = nieprawidłowy format JSON w wierszu { $line }, kolumna { $column }
error-texts = nie można odczytać tekstów strony

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = plik { $file } nie zawiera prawidłowego kodu JSON (wiersz { $line }, kolumna { $column }); używane są wbudowane wartości domyślne
# Variables:
#   $file (String) - config.json
config-not-object = plik { $file } musi zawierać obiekt JSON { "{" } … { "}" }; używane są wbudowane wartości domyślne
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = nie udało się wczytać pliku { $file } ({ $reason }); używane są wbudowane wartości domyślne
config-must-be-object = musi być obiektem { "{" } … { "}" }; używane są wartości domyślne
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = wartość jest dłuższa niż { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
  } i została zignorowana
config-control-characters = wartość zawiera podziały wierszy lub znaki sterujące i została zignorowana
config-not-text = wartość musi być tekstem w cudzysłowie; została zignorowana
config-not-email = wartość nie jest adresem e-mail; została zignorowana
config-not-phone = wartość może zawierać tylko cyfry, spacje i znaki + - ( ) . /; została zignorowana
# Variables:
#   $https (String) - https://
config-not-https = wartość musi być adresem internetowym zaczynającym się od { $https }; została zignorowana
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = wartość musi mieścić się w zakresie od { $min } do { $max }; używana jest wartość domyślna
config-not-number = wartość musi być liczbą; używana jest wartość domyślna
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn } s) musi być mniejsze niż { $fail_key } ({ $fail } s); używane są wartości domyślne { $default_warn } s i { $default_fail } s
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = wartość musi być ścieżką na serwerze tej strony (np. { $default }), ponieważ przeglądarki ukrywają czas innych serwerów; używana jest wartość { $default }
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = wartość musi być jedną z następujących: { $choices }; używana jest wartość { $default }
config-no-usable-endpoint = brak wpisu, którego można użyć; używane są wbudowane punkty końcowe Microsoft
config-not-list = wartość musi być listą [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = („{ $id }”) powtarza identyfikator, który jest już używany; ten wpis został pominięty
config-entry-not-object = wpis musi być obiektem z polami id, label i url; ten wpis został pominięty
config-bad-id = identyfikator (id) nie składa się z 1–32 liter, cyfr, znaków - lub _; ten wpis został pominięty
config-no-id = brak identyfikatora (id); ten wpis został pominięty
# Variables:
#   $id (String) - the reserved id
config-reserved-id = wpis używa zarezerwowanego identyfikatora „{ $id }” (serwer tej strony jest sprawdzany zawsze); ten wpis został pominięty
# Variables:
#   $id (String) - the entry's id
config-no-url = („{ $id }”) brak adresu (url); ten wpis został pominięty
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = („{ $id }”) { $reason }; ten wpis został pominięty
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = („{ $id }”) używa { $http }, czego strona udostępniana przez HTTPS nie może testować (użyj { $https }); ten wpis został pominięty
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = („{ $id }”) nieznana wartość „expect” (użyj { $choices }); ten wpis został pominięty
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = („{ $id }”) wartość „expect” nie jest tekstem; ten wpis został pominięty
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = to nie jest język dostępny na tej stronie ({ $choices }); używany jest angielski

## What is wrong with a URL (core/src/url.rs)

url-too-long = adres URL jest dłuższy niż 2000 znaków
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = adres URL musi zaczynać się od { $https } (lub { $http })
url-userinfo = adres URL nie może zawierać nazwy użytkownika ani hasła
url-bad-host = host w adresie URL jest nieprawidłowy
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = adres URL zawiera niedozwolone znaki (cudzysłowy, spacje, { $chars } …)
