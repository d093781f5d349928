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
script-run-terminal = Następnie uruchom go tym poleceniem (po pobraniu, w Terminalu):
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
