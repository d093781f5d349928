### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = Dla działu IT
for-it-summary = Utwórz link dla użytkowników i sprawdź obowiązującą konfigurację

for-it-link-title = Link do wiadomości e-mail lub zgłoszenia
for-it-link-intro = Wybierz z góry dla użytkownika język, kod błędu, system i klienta Teams. Z linku akceptowane są tylko te wartości; wszystkie inne są ignorowane i nigdy nie są wyświetlane.
for-it-language = Język
for-it-language-auto = Automatycznie (język przeglądarki odbiorcy)
for-it-code = Kod błędu
for-it-code-none = (brak)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = System operacyjny
for-it-os-detect = (wykryj)
for-it-client = Klient Teams
for-it-client-ask = (zapytaj)
for-it-copy-link = Kopiuj link
for-it-link-copied = Skopiowano link.
copy-blocked-link = Przeglądarka zablokowała kopiowanie: zaznacz link i naciśnij Ctrl+C (⌘C na komputerze Mac).
for-it-config-title = Obowiązująca konfiguracja
# Variables:
#   $file (String) - config.json
for-it-config-intro = Z pliku { $file } znajdującego się obok tej strony, z wbudowanymi wartościami domyślnymi w miejsce brakujących lub nieprawidłowych ustawień (zobacz ewentualne powiadomienie u góry strony). Edytuj plik { $file } na serwerze; ponowne budowanie strony nie jest potrzebne.
for-it-config-loading = (trwa wczytywanie)

for-it-unattended-title = Skrypt naprawczy dla Intune, Jamf lub innych narzędzi
for-it-unattended-intro = Narzędzia do zarządzania uruchamiają skrypty tam, gdzie nikt nie może odpowiedzieć na pytanie. Wariant nienadzorowany o nic nie pyta: wykonuje kroki wybrane w sekcji skryptu naprawczego. Zapisuje dziennik w stałym pliku i przekazuje wynik kodem zakończenia, z osobnym kodem na wypadek, gdy ponowny test nadal wykrył problemy.
for-it-unattended-platforms = W systemie Windows, jeśli został uruchomiony w 32-bitowym programie PowerShell, uruchamia się ponownie w 64-bitowym programie PowerShell. Na komputerze Mac, uruchomiony przez Jamf jako root, działa tylko w imieniu użytkownika aktualnie zalogowanego przy komputerze, a gdy nikt nie jest zalogowany, nic nie robi.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = Gdy ta opcja jest włączona, powyższa sekcja skryptu naprawczego oferuje do pobrania wariant nienadzorowany. Przewodnik dla działu IT ({ $guide } w kodzie źródłowym strony) opisuje wdrożenie krok po kroku.
