### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: usługa logowania odrzuciła żądanie aplikacji Teams
help-article-summary = Podczas logowania aplikacja Teams wyświetla błąd CAA20002: usługa logowania Microsoft odpowiedziała, ale odrzuciła żądanie jako nieprawidłowe. Artykuł pomocy technicznej wymienia prawdopodobne przyczyny w tej kolejności: stare dane logowania w pamięci podręcznej aplikacji Teams, przeszkadzająca sieć VPN lub serwer proxy, wyłączony protokół TLS 1.2 (rzadko) oraz nieprawidłowa data, godzina lub strefa czasowa.
help-symptoms-title = Objawy
help-symptom-1 = Logowanie do aplikacji Teams kończy się błędem CAA20002.
help-symptom-2 = Aplikacja Teams zawiesza się na ekranie logowania.
help-symptom-3 = Inne usługi Microsoft w przeglądarce, na przykład Outlook w sieci Web, nadal działają.
help-causes-title = Przyczyny
help-cause-1 = Stare, wygasłe dane logowania w pamięci podręcznej aplikacji Teams.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = Sieć VPN lub serwer proxy blokuje adres { $host }.
help-cause-3 = Protokół TLS 1.2 jest wyłączony na komputerze (rzadko).
help-cause-4 = Data, godzina lub strefa czasowa jest nieprawidłowa.
help-links-title = Przydatne linki
help-background-title = Informacje dodatkowe
help-background-1 = Według artykułu pomocy technicznej błąd CAA20002 to prawie zawsze problem na komputerze, a nie awaria usług Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = Jeśli logowanie w witrynie { $site } działa w przeglądarce, według szacunków artykułu wyczyszczenie pamięci podręcznej aplikacji Teams rozwiązuje problem w ponad 80% przypadków (to szacunek artykułu, a nie pomiar).
help-background-3 = Jeśli tam też nie działa, artykuł wskazuje raczej na sieć lub Twoje konto niż na aplikację Teams: skontaktuj się z działem IT i wyślij raport z tej strony.

## Useful links: the page's name, then who it is for

help-link-endpoints = Adresy URL i zakresy adresów IP platformy Microsoft 365
help-link-endpoints-note = Dla działu IT: adresy, które serwer proxy lub zapora muszą przepuszczać.
help-link-status = Stan usług Microsoft 365
help-link-status-note = Strona publiczna: czy Microsoft ma właśnie rozległą awarię?
help-link-service-health = Kondycja usługi w centrum administracyjnym platformy Microsoft 365
help-link-service-health-note = Dla administratorów IT (wymaga konta administratora): incydenty dotyczące Twojej organizacji.
help-link-sign-in-codes = Pomoc techniczna firmy Microsoft: Dlaczego mam problemy z logowaniem do aplikacji Microsoft Teams?
help-link-sign-in-codes-note = Tabela Microsoft z kodami stanu logowania do aplikacji Teams i podpowiedziami, co wypróbować przy każdym z nich.
help-link-sign-in-errors = Microsoft Learn: rozwiązywanie problemów z błędami logowania w aplikacji Teams
help-link-sign-in-errors-note = Dla działu IT: kroki rozwiązywania problemów opisane przez Microsoft dla niektórych błędów logowania do aplikacji Teams.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Wyczyść pamięć podręczną aplikacji Teams (z kopią zapasową)
help-solution-cache-intro = Aplikacja Teams przechowuje dane logowania w pamięci podręcznej; artykuł pomocy technicznej wskazuje stare, wygasłe dane w tym miejscu jako najczęstszą przyczynę błędu CAA20002.
help-solution-vpn-proxy = Wyłącz sieć VPN i sprawdź serwer proxy
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = Sieć VPN lub firmowy serwer proxy blokujący adres { $host } uniemożliwia logowanie.
help-solution-tls = Sprawdź, czy protokół TLS 1.2 jest włączony (tylko Windows)
help-solution-tls-intro = Zdarza się rzadko (tak podaje artykuł): serwery logowania Microsoft wymagają protokołu TLS 1.2 lub nowszego, więc w systemie Windows 10 przy wyłączonym protokole TLS 1.2 logowanie się nie udaje.
help-solution-time = Sprawdź datę, godzinę i strefę czasową
help-solution-time-intro = Przy nieprawidłowej dacie lub godzinie bezpieczne połączenia i logowanie mogą się nie udać; nieprawidłowa strefa czasowa ma znaczenie wtedy, gdy zegar ustawiono potem ręcznie tak, aby godzina wyglądała na prawidłową.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Uruchom ponownie aplikację Teams i zaloguj się. Pierwsze uruchomienie trwa dłużej, ponieważ Teams odbudowuje pamięć podręczną.
help-cache-macos-quit = Zakończ aplikację Teams: na pasku menu u góry ekranu kliknij menu Teams (obok menu Apple) i wybierz Zakończ (lub naciśnij Cmd + Q).
help-cache-macos-force = Jeśli aplikacja Teams się nie zamyka, otwórz Monitor aktywności, wyszukaj „Teams”, zaznacz znaleziony proces, kliknij przycisk Zatrzymaj (✕) u góry okna i wybierz Wymuś koniec.
help-cache-macos-terminal = Otwórz Terminal (Programy > Narzędzia > Terminal), wklej to polecenie i naciśnij Return. Przenosi ono pamięć podręczną aplikacji Teams do folderu kopii zapasowej z datą w nazwie, w Twoim folderze domowym; nic nie jest usuwane.
help-cache-macos-privacy = Jeśli macOS zapyta, czy Terminal może uzyskiwać dostęp do danych innych aplikacji, kliknij Pozwól. Jeśli pojawi się komunikat „Operation not permitted”, włącz Terminal w obszarze Ustawienia systemowe > Prywatność i ochrona > Pełny dostęp do dysku i uruchom polecenie ponownie.
help-cache-macos-backgrounds = Twoje niestandardowe tła spotkań znajdują się w folderze kopii zapasowej. Gdy aplikacja Teams będzie działać bez problemów przez kilka dni, możesz usunąć kopię zapasową.
help-cache-linux-quit = Zakończ aplikację Teams z menu jej ikony w zasobniku systemowym: zamknięcie okna tylko je ukrywa.
help-cache-linux-terminal = Otwórz terminal, wklej to polecenie i naciśnij Enter. Przenosi ono pamięć podręczną aplikacji Teams do folderu kopii zapasowej z datą w nazwie, w Twoim folderze domowym; nic nie jest usuwane.
help-cache-linux-delete-later = Gdy aplikacja Teams będzie działać bez problemów przez kilka dni, możesz usunąć folder kopii zapasowej.
help-cache-windows-quit = Zakończ aplikację Teams: kliknij prawym przyciskiem myszy ikonę Teams obok zegara (w prawym dolnym rogu ekranu; jeśli jej nie widać, kliknij ^) i wybierz Zakończ.
help-cache-windows-task-manager = Otwórz Menedżera zadań (Ctrl + Shift + Esc). Jeśli Microsoft Teams nadal jest na liście, zaznacz go i kliknij Zakończ zadanie.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Utwórz na pulpicie folder o nazwie { $folder }. Przeniesienie pamięci podręcznej do tego folderu zamiast jej usuwania pozwala w razie potrzeby wszystko przywrócić.
help-cache-windows-open-new = Naciśnij klawisz Windows + R, wklej ten tekst i naciśnij Enter. Eksplorator plików otworzy folder z pamięcią podręczną nowej aplikacji Teams i jej zapisanymi danymi logowania.
help-cache-windows-open-classic = Naciśnij klawisz Windows + R, wklej ten tekst i naciśnij Enter. Eksplorator plików otworzy folder pamięci podręcznej klasycznej aplikacji Teams.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Zaznacz całą jego zawartość (Ctrl + A), wytnij ją (Ctrl + X) i wklej (Ctrl + V) do nowego folderu o nazwie { $sub } w folderze { $folder }. Nie ruszaj folderów powyżej folderu { $cache }: według zgłoszeń użytkowników bez nich aplikacja Teams przestaje się uruchamiać.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Zaznacz całą jego zawartość (Ctrl + A), wytnij ją (Ctrl + X) i wklej (Ctrl + V) do nowego folderu o nazwie { $sub } w folderze { $folder }.
help-cache-windows-powershell = Wolisz wpisywać polecenia? To polecenie programu PowerShell wykonuje te same przeniesienia do folderu kopii zapasowej z datą w nazwie, w Twoim folderze użytkownika. Aby je uruchomić, kliknij prawym przyciskiem myszy przycisk Start i wybierz Terminal (w systemie Windows 10: Windows PowerShell).
help-cache-windows-backgrounds = Twoje niestandardowe tła spotkań znajdują się w kopii zapasowej, w pokazanym tutaj folderze: jeśli ich brakuje, skopiuj je z powrotem. Gdy aplikacja Teams będzie działać bez problemów przez kilka dni, możesz usunąć kopię zapasową.

## VPN and proxy

help-network-vpn-windows = Rozłącz sieć VPN (za pomocą jej ikony obok zegara lub w obszarze Ustawienia > Sieć i Internet > VPN) i spróbuj ponownie zalogować się do aplikacji Teams.
help-network-vpn-macos = Rozłącz sieć VPN (za pomocą jej ikony na pasku menu lub w obszarze Ustawienia systemowe > VPN) i spróbuj ponownie zalogować się do aplikacji Teams.
help-network-vpn-linux = Rozłącz sieć VPN (za pomocą jej ikony lub menu sieci w prawym górnym rogu ekranu) i spróbuj ponownie zalogować się do aplikacji Teams.
help-network-vpn-required = Jeśli Twoja firma wymaga sieci VPN do korzystania z aplikacji Teams, pozostaw ją włączoną i przejdź do następnego kroku.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = W sieci firmowej z serwerem proxy adresy { $login } i { $teams } muszą być osiągalne. Test połączenia na tej stronie sprawdza to za Ciebie.
help-network-proxy-windows = Aby sprawdzić, czy ustawiono serwer proxy, otwórz Ustawienia > Sieć i Internet > Serwer proxy. Zanotuj dla działu IT, co tam widać.
help-network-proxy-macos = Aby sprawdzić, czy ustawiono serwer proxy, otwórz Ustawienia systemowe > Sieć, wybierz swoje połączenie, kliknij Szczegóły…, a następnie Proxy. Zanotuj dla działu IT, co tam widać.
help-network-proxy-linux = Aby sprawdzić, czy ustawiono serwer proxy, otwórz Ustawienia > Sieć > Pośrednik sieciowy. Zanotuj dla działu IT, co tam widać.
help-network-ask-it = Jeśli coś jest blokowane, poproś dział IT o dopuszczenie adresów Microsoft 365 na serwerze proxy lub w zaporze i wyślij mu raport z tej strony.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Naciśnij klawisz Windows + R, wpisz ten tekst i naciśnij Enter. Otworzy się okno „Właściwości: Internet”.
help-tls-advanced = Otwórz kartę Zaawansowane i przewiń w dół do sekcji Zabezpieczenia. Upewnij się, że opcja „Użyj protokołu TLS 1.2” jest zaznaczona.
help-tls-13 = W systemie Windows 11 zaznacz też opcję „Użyj protokołu TLS 1.3”. W systemie Windows 10 nie zmieniaj opcji „Użyj protokołu TLS 1.3”: Microsoft obsługuje protokół TLS 1.3 dopiero od systemu Windows 11.
help-tls-apply = Kliknij Zastosuj, a następnie OK i uruchom ponownie komputer.
help-tls-greyed = Jeśli pola wyboru są wyszarzone, tym ustawieniem zarządza Twoja firma: poinformuj dział IT.

## Date, time and time zone

help-time-restart = Uruchom ponownie aplikację Teams, a następnie kliknij „Sprawdź ponownie” przy teście zegara na tej stronie.
help-time-check-restart = Sprawdź, czy zegar pokazuje prawidłową godzinę, uruchom ponownie aplikację Teams, a następnie kliknij „Sprawdź ponownie” przy teście zegara na tej stronie.
help-time-windows-open = Otwórz Ustawienia > Czas i język > Data i godzina.
help-time-windows-link = Otwórz ustawienia daty i godziny
help-time-windows-zone = Włącz opcję „Ustaw strefę czasową automatycznie” lub wybierz swoją strefę czasową z listy „Strefa czasowa”.
help-time-windows-zone-only = Włącz opcję „Ustaw strefę czasową automatycznie”. Jeśli jest wyszarzona lub wybiera nieprawidłową strefę, wyłącz ją i wybierz swoją strefę czasową z listy „Strefa czasowa”.
help-time-windows-auto = Włącz opcję „Ustaw czas automatycznie”.
help-time-windows-sync = Kliknij „Synchronizuj teraz” (w systemie Windows 11 w sekcji „Ustawienia dodatkowe”).
help-time-macos-open = Otwórz menu Apple > Ustawienia systemowe > Ogólne > Data i czas.
help-time-macos-zone = Włącz opcję „Ustaw strefę czasową automatycznie na podstawie bieżącego położenia” albo ją wyłącz i wybierz najbliższe miasto w polu „Najbliższe miasto”.
help-time-macos-auto = Włącz opcję „Ustaw datę i czas automatycznie”.
help-time-linux-open = Otwórz Ustawienia > Data i czas (w nowszych wersjach GNOME: Ustawienia > System > Data i czas).
help-time-linux-zone = Włącz opcję „Automatyczna strefa czasowa” albo wybierz strefę czasową ręcznie.
help-time-linux-auto = Włącz opcję „Automatyczna data i czas”. W terminalu to samo robi poniższe polecenie (może poprosić o hasło):
help-time-linux-zone-show = Włącz opcję „Automatyczna strefa czasowa” albo wybierz strefę czasową ręcznie. W terminalu poniższe polecenie pokazuje obecnie ustawioną strefę:

## When clearing the cache did not help (in this order)

help-next-restart = Uruchom ponownie komputer (po niedawnej zmianie hasła)
help-next-restart-why = Po zmianie hasła systemy Windows i macOS mogą aż do ponownego uruchomienia komputera używać starych danych logowania.
help-next-restart-1 = Zapisz swoją pracę i uruchom ponownie komputer (naprawdę uruchom go ponownie, nie usypiaj go ani się nie wylogowuj).
help-next-restart-2 = Zaloguj się do komputera przy użyciu aktualnego hasła, a następnie otwórz aplikację Teams i zaloguj się.
help-next-work-account = Usuń i ponownie dodaj konto służbowe w systemie Windows (za zgodą działu IT)
help-next-work-account-why = Aplikacja Teams loguje się za pośrednictwem konta służbowego przechowywanego przez system Windows, więc problem z tym kontem może uniemożliwić logowanie do aplikacji Teams. To powszechna porada, a nie krok ze stron Microsoft dotyczących logowania do aplikacji Teams.
help-next-work-account-1 = Najpierw zapytaj dział IT: na komputerze zarządzanym przez firmę usunięcie konta może spowodować wyłączenie zarządzania komputerem lub usunięcie aplikacji firmowych.
help-next-work-account-2 = Otwórz Ustawienia > Konta > Dostęp do konta służbowego lub szkolnego.
help-next-work-account-3 = Wybierz swoje konto służbowe, wybierz Rozłącz i potwierdź.
help-next-work-account-4 = Uruchom ponownie komputer, a następnie na tej samej stronie wybierz Połącz i zaloguj się przy użyciu adresu służbowego.
help-next-open-teams = Otwórz aplikację Teams i zaloguj się.
help-next-reset-windows = Zresetuj aplikację Teams
help-next-reset-windows-why = Resetowanie usuwa wszystko, co aplikacja przechowuje na tym komputerze, a samo czyszczenie pamięci podręcznej tego nie robi.
help-next-reset-windows-1 = Zakończ aplikację Teams.
help-next-reset-windows-2 = Otwórz Ustawienia > Aplikacje > Zainstalowane aplikacje, znajdź Microsoft Teams, wybierz … i Opcje zaawansowane.
help-next-reset-windows-3 = W sekcji Resetuj wybierz Resetuj i potwierdź. Spowoduje to usunięcie danych aplikacji Teams z tego komputera, w tym Twoich ustawień i niestandardowych teł; czaty i pliki pozostają w chmurze.
help-next-reset-macos = Usuń zapisane konto aplikacji Teams z pęku kluczy (dział IT)
help-next-reset-macos-why = Nowa aplikacja Teams przechowuje konto w pęku kluczy systemu macOS, którego czyszczenie pamięci podręcznej nie zmienia.
help-next-reset-macos-1 = Poproś dział IT o wykonanie tego kroku albo najpierw o potwierdzenie, że dotyczy Twojego komputera Mac: podane niżej nazwy elementów pochodzą z relacji społeczności, a nie od Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Zakończ aplikację Teams. Otwórz Dostęp do pęku kluczy (Programy > Narzędzia) i wyszukaj { $first }, { $second } oraz, w systemie macOS 15, { $third }.
help-next-reset-macos-3 = Dział IT usuwa te elementy (kliknięcie prawym przyciskiem > Usuń), a następnie otwierasz aplikację Teams i logujesz się ponownie.
help-next-web = Pracuj dalej w aplikacji Teams w przeglądarce
help-next-web-why = Teams w przeglądarce loguje się niezależnie od aplikacji, więc możesz dalej pracować, gdy aplikacja jest naprawiana.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Otwórz { $url } w przeglądarce Edge lub Chrome i zaloguj się kontem służbowym.
help-next-web-2 = Korzystaj z tej wersji, dopóki aplikacja Teams nie zacznie znowu działać lub dział IT jej nie sprawdzi.

## Saving Teams' support files before clearing anything

help-support-windows-1 = Jeśli dział IT może potrzebować plików pomocy technicznej aplikacji Teams, zapisz je, zanim cokolwiek wyczyścisz: przy otwartej aplikacji Teams naciśnij Ctrl+Alt+Shift+1.
help-support-windows-2 = Teams zapisuje te pliki w folderze Pobrane; zachowaj je, dopóki dział IT nie potwierdzi, że nie są potrzebne.
help-support-macos-1 = Jeśli dział IT może potrzebować plików pomocy technicznej aplikacji Teams, zapisz je, zanim cokolwiek wyczyścisz: przy otwartej aplikacji Teams naciśnij Option+Command+Shift+1.
help-support-macos-2 = Najpierw poszukaj tych plików w folderze Pobrane (Microsoft podaje ten folder tylko dla systemów Windows i Linux); zachowaj je, dopóki dział IT nie potwierdzi, że nie są potrzebne.
help-support-linux = Aplikacja Teams w systemie Linux nie ma skrótu do zapisywania plików pomocy technicznej; zamiast tego opisz działowi IT, co widzisz.
