### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = Wczytywanie testów automatycznych… Poniższe kroki działają również bez nich.
fallback-fix-title = Napraw to samodzielnie
fallback-fix-intro = Przejdź do kroków dla swojego komputera. Wypróbuj rozwiązania po kolei; po każdym z nich spróbuj ponownie zalogować się do aplikacji Teams.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = W systemie { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = Pobierz skrypt naprawczy dla systemu { $os } ({ $file })
fallback-script-does = Co robi skrypt:
fallback-run-with = Po pobraniu uruchom go poleceniem:
fallback-helpdesk-title = Nadal nie działa? Skontaktuj się z działem pomocy technicznej
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Poinformuj, że aplikacja Teams wyświetla błąd { $code }, i podaj, które z powyższych kroków zostały już wypróbowane.
fallback-email = Adres e-mail:
fallback-phone = Telefon:
fallback-web = Witryna:

## When the automatic checks cannot start

no-wasm-title = Testy automatyczne nie mogą działać w tej przeglądarce
no-wasm-text = Poniższe kroki nadal działają: wykonaj te przeznaczone dla Twojego komputera albo pobierz dla niego skrypt naprawczy. Jeśli nie pomogą, skontaktuj się z działem pomocy technicznej i przekaż informację o tym komunikacie.
no-wasm-for-it = Dla działu IT: prawdopodobna przyczyna
no-wasm-details = Szczegóły:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = W tej przeglądarce wyłączono WebAssembly. Microsoft Edge robi to w trybie rozszerzonych zabezpieczeń (poziom „Ścisły”) oraz przy zasadzie „Control use of JavaScript JIT” ({ $policy }). Rozwiązanie: zezwól na JIT dla tej witryny za pomocą zasady { $allow } albo dodaj tę witrynę jako wyjątek od trybu rozszerzonych zabezpieczeń.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox robi to, gdy preferencja { $pref } ma wartość false (ustawioną ręcznie lub przez zasady przedsiębiorstwa): przywróć wartość true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = Serwer nie dostarczył pliku WebAssembly strony ({ $extension }). W usługach IIS przyczyną jest zwykle brak mapowania MIME (błąd { $error }): dodaje je plik { $config } znajdujący się obok pliku { $page } ({ $mapping }); sprawdź, czy ten plik został przesłany na serwer i czy witryna może go używać. W przeciwnym razie prześlij wszystkie pliki kompilacji, a nie tylko { $page }.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = Serwer wysyła plik { $extension } strony z nieprawidłowym nagłówkiem Content-Type. Musi to być { $type } (IIS: mapowanie MIME w pliku { $config }; nginx: wpis w { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = Zasady Content-Security-Policy witryny blokują WebAssembly. Dodaj { $keyword } do dyrektywy script-src; plik { $file } obok pliku { $page } zawiera pełne zasady, których potrzebuje ta kompilacja.
no-wasm-cause-startup = Kod strony zakończył się błędem podczas uruchamiania. Odśwież stronę jeden raz; jeśli problem nie zniknie, wyślij działowi IT poniższe szczegóły oraz nazwę i wersję przeglądarki.
