### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = Poniższy skrypt robi dokładnie to — nic więcej i nic bez wcześniejszego zapytania Cię o zgodę:
script-steps-legend = Kroki skryptu
# Variables:
#   $file (String) - the script's file name
script-downloaded = Pobrano plik { $file } — znajdziesz go w folderze Pobrane.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = Pobieranie się nie rozpoczęło ({ $reason }). Użyj przycisku „Kopiuj skrypt” i zapisz tekst jako { $file }.
script-copied = Skopiowano skrypt.
command-copied = Skopiowano polecenie.
copy-blocked-script = Przeglądarka zablokowała kopiowanie: zaznacz skrypt i naciśnij Ctrl+C (⌘C na komputerze Mac).
copy-blocked-command = Przeglądarka zablokowała kopiowanie: zaznacz polecenie i naciśnij Ctrl+C (⌘C na komputerze Mac).
# Variables:
#   $file (String) - the script's file name
script-download = Pobierz { $file }
script-copy = Kopiuj skrypt
# Variables:
#   $program (String) - PowerShell
script-run-windows = Następnie uruchom go tym poleceniem (po pobraniu, w oknie programu PowerShell: menu Start → wpisz { $program } → Enter):
script-run-macos = Następnie uruchom go tym poleceniem (po pobraniu, w Terminalu: Programy → Narzędzia → Terminal):
script-run-linux = Następnie uruchom go tym poleceniem (po pobraniu, w oknie terminala):
script-copy-command = Kopiuj polecenie
# Variables:
#   $file (String) - the script's file name
script-old-copy = Skrypt był już wcześniej pobierany? Najpierw usuń starą kopię: przeglądarka zapisałaby nową pod nazwą { $file } z dodanym numerem, a powyższe polecenie uruchomiłoby starą.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Chcesz najpierw zobaczyć, co skrypt zrobi? Dodaj { $flag } na końcu polecenia: skrypt niczego wtedy nie zmieni, a jedynie wyświetli każdą czynność.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Przeczytaj skrypt przed uruchomieniem ({ $n ->
    [one] { $n } wiersz
    [few] { $n } wiersze
    [many] { $n } wierszy
   *[other] { $n } wiersza
  })
script-text-label = Tekst skryptu
# Shown when For IT chose the unattended variant.
script-unattended-chosen = To jest wariant nienadzorowany, wybrany w sekcji „Dla działu IT”: jest przeznaczony do uruchamiania przez Intune, Jamf lub inne narzędzia, a nie do ręcznego uruchamiania.
# Windows only. Shown under the command.
script-execution-policy = Jeśli PowerShell odpowie, że nie można załadować pliku, ponieważ nie ma on podpisu cyfrowego, oznacza to, że Twoja organizacja zezwala tylko na podpisane skrypty. Nic nie zostało uruchomione ani zmienione. Poproś dział IT o podpisaną kopię skryptu albo o uruchomienie go za Ciebie za pomocą narzędzi do zarządzania urządzeniami.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Najpierw zamknij aplikację Teams
script-option-clear = Wyczyść pamięć podręczną aplikacji Teams
script-option-clear-note = zostanie przeniesiona do folderu kopii zapasowej, z którego można ją przywrócić
script-option-delete = Usuń pamięć podręczną zamiast zachowywać kopię zapasową
script-option-delete-note = bez możliwości cofnięcia; tylko gdy dysk jest pełny
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = Zresetuj nową aplikację Teams ({ $command })
script-option-reset-note = usuwa wszystkie dane nowej aplikacji Teams na tym komputerze, łącznie z niestandardowymi tłami; tylko jeśli wyczyszczenie pamięci podręcznej nie pomogło
script-option-retest = Ponownie przetestuj zegar, serwer proxy, sieć VPN i adresy Microsoft bezpośrednio z komputera
script-option-tls = Sprawdź ustawienia TLS 1.2 / 1.3 (przed jakąkolwiek zmianą pyta o zgodę)
script-option-time = Zsynchronizuj zegar (prosi o uprawnienia administratora tylko dla tego jednego polecenia; bez nich otwiera ustawienia daty i godziny)
script-option-restart = Na koniec uruchom ponownie aplikację Teams
script-option-unattended = Przygotuj skrypt naprawczy w wariancie nienadzorowanym, dla Intune, Jamf lub innych narzędzi
script-option-unattended-note = o nic nie pyta, zapisuje dziennik w stałym pliku i przekazuje wynik kodem zakończenia

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = To jest wariant nienadzorowany dla Intune lub innych narzędzi: o nic nie pyta, wykonuje to, co tu wybrano, zapisuje dziennik w folderze { $folder } i przekazuje wynik kodem zakończenia. Uruchomiony w 32-bitowym programie PowerShell, uruchamia się ponownie w 64-bitowym.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = To jest wariant nienadzorowany dla Jamf lub innych narzędzi: o nic nie pyta, wykonuje to, co tu wybrano, zapisuje dziennik w folderze { $folder } w folderze domowym użytkownika i przekazuje wynik kodem zakończenia. Uruchomiony jako root bez terminala (tak jak uruchamia go Jamf), działa w imieniu użytkownika aktualnie zalogowanego przy komputerze, a gdy nikt nie jest zalogowany, nic nie robi.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = To jest wariant nienadzorowany dla narzędzi do zarządzania: o nic nie pyta, wykonuje to, co tu wybrano, zapisuje dziennik w folderze { $folder } w folderze domowym użytkownika i przekazuje wynik kodem zakończenia. Musi być uruchamiany z konta tego użytkownika.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = Najpierw pokazuje, co zrobi, i pyta Cię o zgodę przed wprowadzeniem jakichkolwiek zmian. Dodaj { $flag }, aby tylko zobaczyć plan.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Zamyka aplikację Microsoft Teams (tylko Twoje własne okna i procesy w tle aplikacji Teams), a jeśli nie zamknie się po { $seconds ->
    [one] { $seconds } sekundzie
    [few] { $seconds } sekundach
    [many] { $seconds } sekundach
   *[other] { $seconds } sekundy
  }, wymusza jej zatrzymanie.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Usuwa zapisane dane logowania i pamięć podręczną aplikacji Teams ({ $folders }). Tego nie można cofnąć.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Przenosi zapisane dane logowania i pamięć podręczną aplikacji Teams ({ $folders }) do jednego folderu kopii zapasowej w folderze { $folder } (w Twoim profilu lokalnym, który nie jest przenoszony na inne komputery), dzięki czemu można to cofnąć; skrypt wyświetla dokładne polecenie, które przywraca poprzedni stan.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Przenosi zapisane dane logowania i pamięć podręczną aplikacji Teams ({ $folders }) do jednego folderu kopii zapasowej w Twoim folderze domowym, dzięki czemu można to cofnąć; skrypt wyświetla dokładne polecenie, które przywraca poprzedni stan.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Zachowuje { $n ->
    [one] najnowszy folder kopii zapasowej
    [few] { $n } najnowsze foldery kopii zapasowej
    [many] { $n } najnowszych folderów kopii zapasowej
   *[other] { $n } najnowszego folderu kopii zapasowej
  }: po udanym uruchomieniu usuwa starsze i informuje o tym.
script-does-keep-backgrounds = Zachowuje Twoje niestandardowe tła spotkań.
script-does-needs-closed = Nie rusza pamięci podręcznej, jeśli aplikacja Teams nadal działa: najpierw zamknij aplikację Teams.
script-does-reset = Resetuje nową aplikację Teams tak samo jak przycisk Resetuj w obszarze Ustawienia > Aplikacje > Zainstalowane aplikacje > Microsoft Teams > Opcje zaawansowane. Usuwa to wszystkie dane nowej aplikacji Teams na tym komputerze: logowanie, ustawienia, pamięć podręczną i niestandardowe tła spotkań (czaty, pliki i spotkania pozostają w usłudze Microsoft 365). Najpierw pyta o zgodę; tej operacji nie można cofnąć. Jeśli w systemie Windows 10 brakuje polecenia resetowania, zamiast tego otwiera Ustawienia > Aplikacje.
script-does-reset-unattended = Resetuje nową aplikację Teams tak samo jak przycisk Resetuj w obszarze Ustawienia > Aplikacje > Zainstalowane aplikacje > Microsoft Teams > Opcje zaawansowane. Usuwa to wszystkie dane nowej aplikacji Teams na tym komputerze: logowanie, ustawienia, pamięć podręczną i niestandardowe tła spotkań (czaty, pliki i spotkania pozostają w usłudze Microsoft 365). Nie pyta o zgodę; tej operacji nie można cofnąć. Jeśli w systemie Windows 10 brakuje polecenia resetowania, zamiast tego otwiera Ustawienia > Aplikacje.
script-does-retest = Sprawdza, niczego nie zmieniając, czy ten komputer może połączyć się z adresami logowania Microsoft, oraz podaje Twoje ustawienia serwera proxy i sieci VPN, a także to, czy zegar jest ustawiony prawidłowo.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Odczytuje też to, czego przeglądarka nie widzi: jaki urząd certyfikacji widnieje w certyfikacie, który system Windows otrzymuje od adresu logowania Microsoft (tam widać inspekcję TLS prowadzoną przez firmę), czy na przeszkodzie stoi strona logowania do sieci Wi-Fi oraz jak to urządzenie jest zarejestrowane w usługach Microsoft ({ $command }).
script-does-retest-macos = Odczytuje też to, czego przeglądarka nie widzi: jaki urząd certyfikacji widnieje w certyfikacie, który ten Mac otrzymuje od adresu logowania Microsoft (tam widać inspekcję TLS prowadzoną przez firmę), czy na przeszkodzie stoi strona logowania do sieci Wi-Fi oraz jakie elementy logowania aplikacji Teams znajdują się w Twoim pęku kluczy (tylko nazwy; żadne hasło nie jest odczytywane).
script-does-retest-linux = Odczytuje też to, czego przeglądarka nie widzi: jaki urząd certyfikacji widnieje w certyfikacie, który ten komputer otrzymuje od adresu logowania Microsoft (tam widać inspekcję TLS prowadzoną przez firmę), oraz czy na przeszkodzie stoi strona logowania do sieci Wi-Fi.
script-does-tls = Sprawdza ustawienia TLS samego systemu Windows, z których korzysta usługa logowania (samo okno aplikacji Teams je ignoruje): protokół TLS 1.2 musi być włączony. Jeśli w Twoich ustawieniach jest wyłączony, proponuje jego włączenie (w systemie Windows 11 również TLS 1.3); najpierw pyta, domyślną odpowiedzią jest „nie”, a poprzednie ustawienie zapisuje w dzienniku.
script-does-tls-unattended = Sprawdza ustawienia TLS samego systemu Windows, z których korzysta usługa logowania (samo okno aplikacji Teams je ignoruje): protokół TLS 1.2 musi być włączony. Jeśli w ustawieniach użytkownika jest wyłączony, włącza go bez pytania (w systemie Windows 11 również TLS 1.3) i zapisuje poprzednie ustawienie w dzienniku.
script-does-time-windows = Synchronizuje zegar: system Windows poprosi Cię o uprawnienia administratora tylko dla tego jednego polecenia (reszta działa na Twoim koncie). Jeśli odmówisz, skrypt otworzy dla Ciebie ustawienia daty i godziny.
script-does-time-macos = Ustawia zegar według serwera czasu Apple, jeśli jesteś administratorem (prosi o hasło); w przeciwnym razie otwiera ustawienia daty i czasu.
script-does-time-linux = Włącza automatyczne ustawianie czasu, jeśli możesz używać polecenia sudo (prosi o hasło); w przeciwnym razie informuje, gdzie je włączyć.
script-does-time-unattended-windows = Synchronizuje zegar tylko wtedy, gdy działa z uprawnieniami administratora (nie prosi o nie); w przeciwnym razie odnotowuje to w dzienniku.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Ustawia zegar tylko wtedy, gdy { $command } nie wymaga na tym komputerze hasła; w przeciwnym razie odnotowuje to w dzienniku.
script-does-restart = Na koniec ponownie uruchamia aplikację Teams, aby można było zalogować się od nowa.
script-does-no-admin = Nie wymaga uprawnień administratora i zapisuje plik dziennika w folderze kopii zapasowej.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Zapisuje plik dziennika w folderze kopii zapasowej.
script-does-not-installed = Jeśli aplikacja Teams nie jest zainstalowana, informuje o tym, pomija kroki dotyczące aplikacji Teams i wykonuje pozostałe.
script-does-nothing = Nic nie robi: nie wybrano żadnego kroku.
script-does-change-nothing = Niczego nie zmienia na Twoim komputerze.
