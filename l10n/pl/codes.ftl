### The error codes the page knows (core/src/codes.rs): what each means, Microsoft's wording
### for it, and what to do. CAA20002's texts come with the page; the others are loaded when
### a link or the reader names that code, or after the checks.
### Microsoft's constant names (ERROR_ADAL_…) are not in these texts: the page shows them
### as they are. "documented" is Microsoft's own description, quoted: translate it as
### Microsoft's localized documentation words it where you know it.

## Around every code

# Variables:
#   $code (String) - the error code
#   $constant (String) - Microsoft's name for it, such as ERROR_ADAL_SERVER_ERROR_INVALID_REQUEST
#   $wording (String) - Microsoft's description (from code-…-documented)
#   $sources (String) - the documents it comes from
codes-source-note = Nazwa kodu { $code } według Microsoft: { $constant }: { $wording } Źródło: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; również { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = Brak pewności: nie znaleźliśmy kodu { $code } w publicznej dokumentacji Microsoft, więc powyższe znaczenie to nasza najlepsza interpretacja, a nie potwierdzony fakt.
codes-source-web-provider-errors = Microsoft Learn: właściwość WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Pomoc techniczna firmy Microsoft: Dlaczego mam problemy z logowaniem do aplikacji Microsoft Teams?
codes-source-com-security-errors = Microsoft Learn: Kody błędów COM (zabezpieczenia i konfiguracja)

## Paragraphs several codes share

code-shared-tls-inspection = Nasza interpretacja, a nie sformułowanie Microsoft: w sieci firmowej prawdopodobną przyczyną jest serwer proxy lub zapora, które sprawdzają szyfrowane połączenia za pomocą własnego certyfikatu, a logowanie w aplikacji Teams temu certyfikatowi nie ufa. Poza siecią firmową to samo może powodować strona logowania do hotelowej sieci Wi-Fi lub sieci dla gości.
code-shared-tls-inspection-try = Spróbuj połączyć się z inną siecią, na przykład z hotspotem w telefonie. Jeśli tam logowanie działa, przekaż działowi IT kod błędu: może on wyłączyć adresy logowania Microsoft z inspekcji TLS. Test w przeglądarce na tej stronie nie widzi certyfikatów, więc może pokazywać, że wszystko jest osiągalne.
code-shared-pac-try = Konfigurację serwera proxy może naprawić tylko dział IT. Do tego czasu często pomaga logowanie z innej sieci (na przykład z hotspotu w telefonie, przy wyłączonej sieci VPN).
code-shared-proxy-answered = Nasza interpretacja, a nie sformułowanie Microsoft: często oznacza to, że odpowiedziało coś innego niż Microsoft, na przykład strona logowania lub blokady serwera proxy albo strona logowania do hotelowej sieci Wi-Fi lub sieci dla gości.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = Ten błąd certyfikatu zwykle oznacza, że serwer proxy lub zapora sprawdza szyfrowane połączenia albo przeszkadza strona logowania do sieci Wi-Fi dla gości; próba w innej sieci pokaże, która z tych przyczyn występuje.
code-shared-plan-proxy-setup = Ten błąd oznacza, że automatyczna konfiguracja serwera proxy nie powiodła się, więc aplikacja Teams nie wie, jak połączyć się z Microsoft; można to obejść, korzystając z innej sieci, albo z pomocą działu IT.
code-shared-plan-unusable-answer = Ten błąd oznacza, że aplikacja Teams otrzymała odpowiedź, której nie mogła użyć; często jest to własna strona serwera proxy lub sieci Wi-Fi dla gości, która odpowiada zamiast Microsoft.

## CAA20002

code-caa20002-meaning = Usługa logowania odrzuciła żądanie jako nieprawidłowe
code-caa20002-documented = „W żądaniu brakuje wymaganego parametru, żądanie zawiera nieprawidłową wartość parametru, zawiera parametr więcej niż raz lub jest w inny sposób nieprawidłowo sformułowane.”
code-caa20002-guidance-1 = Usługa logowania Microsoft odpowiedziała aplikacji Teams, ale odrzuciła jej żądanie jako nieprawidłowe. Według artykułu pomocy technicznej przyczyną jest prawie zawsze coś na tym komputerze, a nie awaria po stronie Microsoft, i zwykle można to naprawić samodzielnie.
code-caa20002-guidance-2 = Artykuł pomocy technicznej wymienia prawdopodobne przyczyny w tej kolejności: stare dane logowania w pamięci podręcznej aplikacji Teams, przeszkadzająca sieć VPN lub firmowy serwer proxy, wyłączony protokół TLS 1.2 oraz nieprawidłowa data, godzina lub strefa czasowa.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = Zacznij od pamięci podręcznej: kopia zapasowa zostaje zachowana, więc nic nie zostanie utracone. Jeśli logowanie w witrynie { $site } działa, według szacunków artykułu wyczyszczenie pamięci podręcznej rozwiązuje problem w ponad 80% przypadków (to szacunek artykułu, a nie pomiar).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = Szybki test: zaloguj się w witrynie { $site } w przeglądarce. Jeśli to działa, problem najprawdopodobniej leży po stronie aplikacji Teams lub logowania do systemu Windows na tym komputerze: najpierw wyczyść pamięć podręczną aplikacji Teams. Jeśli tam też nie działa, przyczyną jest raczej sieć lub Twoje konto i pomóc może dział IT.

## CAA20003

code-caa20003-meaning = Logowanie odrzucone: przyznanie autoryzacji nie powiodło się
# Why the plan puts its step first.
code-caa20003-plan = W przypadku błędu CAA20003 Microsoft zaleca, aby najpierw sprawdzić datę i godzinę; nawet niewielka różnica może mieć znaczenie.
code-caa20003-documented = „Przyznanie autoryzacji dla tej asercji nie powiodło się.” Tabela kodów Microsoft dla aplikacji Teams dodaje: upewnij się, że data i godzina są ustawione prawidłowo.
code-caa20003-guidance-1 = Microsoft nie zaakceptował zapisanego przez aplikację Teams potwierdzenia logowania (tzw. przyznania autoryzacji). Microsoft zaleca, aby najpierw sprawdzić datę i godzinę.
code-caa20003-guidance-2 = Upewnij się, że data, godzina i strefa czasowa są ustawiane automatycznie, a następnie uruchom ponownie aplikację Teams. Nawet kilka minut różnicy może mieć znaczenie. Nieprawidłowa strefa czasowa ma znaczenie wtedy, gdy zegar ustawiono potem ręcznie tak, aby godzina wyglądała na prawidłową.
code-caa20003-guidance-3 = Jeśli godzina jest prawidłowa: wyloguj się z aplikacji Teams i zaloguj ponownie. Jeśli hasło zostało niedawno zmienione, najpierw uruchom ponownie komputer. Jeśli błąd nie ustępuje, wyczyść pamięć podręczną aplikacji Teams.

## CAA20004

code-caa20004-meaning = Odmowa logowania, często z powodu zasad Twojej organizacji
# Why the plan puts its step first.
code-caa20004-plan = Błąd CAA20004 oznacza, że zasady dostępu Twojej organizacji (dostęp warunkowy) zablokowały logowanie, a zmienić je może tylko dział IT.
code-caa20004-documented = „Właściciel zasobu lub serwer autoryzacji odrzucił żądanie.” Tabela kodów Microsoft dla aplikacji Teams: skontaktuj się z administratorem IT, aby sprawdzić zasady Microsoft Entra ID.
code-caa20004-guidance-1 = Usługa logowania odmówiła tego logowania. Zwykle blokują je zasady dostępu Twojej organizacji (dostęp warunkowy), na przykład ze względu na urządzenie, sieć, z której korzystasz, lub aplikację.
code-caa20004-guidance-2 = Nie możesz samodzielnie zmienić tych zasad, a wyczyszczenie pamięci podręcznej nie pomoże. Skontaktuj się z działem IT.
code-caa20004-guidance-3 = Przekaż działowi IT: kod błędu CAA20004, datę i godzinę wystąpienia błędu oraz informację, czy komputer był wtedy w domu, w biurze, czy połączony przez sieć VPN. Dział IT może odszukać to logowanie w dziennikach logowania Entra ID i sprawdzić, która zasada je zablokowała.

## CAA2000B

code-caa2000b-meaning = To, o co prosi aplikacja Teams, nie jest skonfigurowane dla Twojego konta
# Why the plan puts its step first.
code-caa2000b-plan = Błąd CAA2000B oznacza, że to, o co prosi aplikacja Teams, nie jest skonfigurowane lub nie istnieje dla Twojego konta lub organizacji; sprawdzić to (na przykład licencję Teams) może tylko dział IT.
code-caa2000b-documented = „Zasób jest nieprawidłowy ze względu na stan konfiguracji lub nie istnieje.”
code-caa2000b-guidance-1 = Usługa logowania informuje, że to, o co prosi aplikacja Teams, jest nieprawidłowe: nie zostało skonfigurowane lub nie istnieje dla Twojego konta lub organizacji. Publiczna dokumentacja Microsoft nie podaje, o które ustawienie chodzi; dział IT może sprawdzić na przykład licencję Teams albo to, czy usługa Teams nie jest wyłączona dla Ciebie lub Twojej organizacji.
code-caa2000b-guidance-2 = Naprawić to może tylko dział IT; wyczyszczenie pamięci podręcznej nie pomoże.
code-caa2000b-guidance-3 = Przekaż działowi IT kod błędu CAA2000B i konto, którym się logujesz, oraz poproś o sprawdzenie Twojej licencji Teams.

## CAA2000C

code-caa2000c-meaning = Wymagane są dodatkowe kroki logowania (na przykład MFA lub zgoda)
code-caa2000c-documented = „Żądanie wymaga interakcji użytkownika.”
code-caa2000c-guidance-1 = Aplikacja Teams nie mogła zalogować Cię automatycznie: Microsoft wymaga najpierw Twojego działania, na przykład zatwierdzenia monitu uwierzytelniania wieloskładnikowego, zaakceptowania ekranu zgody lub ponownego wpisania hasła.
code-caa2000c-guidance-2 = Wyloguj się z aplikacji Teams, zaloguj się ponownie i wykonaj wszystkie monity, także ten na telefonie. Jeśli żaden monit się nie pojawia, wyczyść pamięć podręczną aplikacji Teams: wtedy Teams poprosi o wszystko od początku.
code-caa2000c-guidance-3 = Jeśli monit się pojawia, ale kończy się błędem lub nie można go ukończyć, przekaż działowi IT kod błędu CAA2000C.

## CAA301F7

code-caa301f7-meaning = Usługa jest tymczasowo przeciążona
# Why the plan puts its step first.
code-caa301f7-plan = Błąd CAA301F7 oznacza, że usługa odpowiedziała, iż jest tymczasowo przeciążona. Wskazuje to na usługę, a nie na ten komputer: wyczyszczenie pamięci podręcznej nie pomoże.
code-caa301f7-documented = „Usługa jest tymczasowo przeciążona.”
code-caa301f7-guidance-1 = Usługa, przez którą loguje się aplikacja Teams, odpowiedziała, że jest tymczasowo przeciążona (kod stanu HTTP 503). Wskazuje to na usługę, a nie na ten komputer, więc wyczyszczenie pamięci podręcznej nie pomoże.
code-caa301f7-guidance-2 = Sprawdź na publicznej stronie stanu usług Microsoft 365, czy występuje bieżący problem, odczekaj kilka minut, a następnie zaloguj się ponownie.
code-caa301f7-guidance-3 = Jeśli błąd się powtarza, a strona stanu nie pokazuje żadnego problemu, przekaż działowi IT kod błędu CAA301F7: firmowy serwer proxy może dawać taką samą odpowiedź.

## CAA5004B

code-caa5004b-meaning = Brak pewności: prawdopodobnie problem z rejestracją urządzenia
# Why the plan puts its step first.
code-caa5004b-plan = Błędu CAA5004B nie ma w publicznej dokumentacji Microsoft; witryny z poradami wiążą go z rejestracją tego komputera w Twojej organizacji, którą może sprawdzić tylko dział IT.
code-caa5004b-guidance-1 = Nie znaleźliśmy tego kodu w publicznej dokumentacji Microsoft. Witryny z poradami wiążą go z brakiem informacji o tym komputerze, zwykle dlatego, że nie jest (lub już nie jest) prawidłowo zarejestrowany w Twojej organizacji. Traktuj to jako prawdopodobne, a nie pewne.
code-caa5004b-guidance-2 = Sprawdzić to może tylko dział IT; wyczyszczenie pamięci podręcznej raczej nie pomoże.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = W systemie Windows dział IT będzie chciał zobaczyć wynik polecenia { $command }: otwórz Wiersz polecenia, wpisz to polecenie, naciśnij Enter i skopiuj sekcje „Device State” i „SSO State” do wiadomości razem z kodem błędu CAA5004B.
code-caa5004b-guidance-4 = Na komputerze Mac przekaż działowi IT kod błędu oraz informację, czy aplikacja Portal firmy pokazuje ten komputer Mac jako zarejestrowany.

## CAA60007

code-caa60007-meaning = Nie można odczytać odpowiedzi usługi logowania
code-caa60007-documented = „Analizowany tekst JSON ma nieprawidłowy format.”
code-caa60007-guidance-1 = Aplikacja Teams oczekiwała od usługi logowania Microsoft odpowiedzi z danymi, a otrzymała coś, czego nie mogła odczytać.
code-caa60007-guidance-3 = Sprawdź, czy jakaś strona internetowa nie prosi o zalogowanie się do sieci, wyłącz sieć VPN i spróbuj ponownie. Jeśli błąd występuje tylko w sieci firmowej, przekaż działowi IT kod błędu CAA60007.

## CAA70004

code-caa70004-meaning = Nie znaleziono serwera lub serwera proxy
# Why the plan puts its step first.
code-caa70004-plan = Błąd CAA70004 oznacza, że aplikacja Teams nie mogła znaleźć serwera lub serwera proxy, którego miała użyć; aplikacja Teams może korzystać z innych ustawień serwera proxy niż ta przeglądarka.
code-caa70004-documented = „Nie znaleziono serwera lub serwera proxy.” Tabela kodów Microsoft dla aplikacji Teams dodaje: zwykle jest to źle skonfigurowany serwer proxy lub program do podsłuchiwania ruchu sieciowego, taki jak Fiddler, który nie został skonfigurowany do odszyfrowywania ruchu HTTPS.
code-caa70004-guidance-1 = Aplikacja Teams nie mogła znaleźć serwera lub serwera proxy, którego miała użyć.
code-caa70004-guidance-2 = Sprawdź, czy połączenie z Internetem działa, wyłącz sieć VPN, jeśli z niej korzystasz, i spróbuj ponownie.
code-caa70004-guidance-3 = Jeśli jesteś w sieci firmowej, serwer proxy może nie działać lub może być skonfigurowany inaczej dla aplikacji Teams niż dla przeglądarki. Test połączenia na tej stronie pokazuje, z czym może się połączyć ta przeglądarka; wyślij działowi IT raport razem z kodem błędu CAA70004.

## CAA70007

code-caa70007-meaning = Połączenie zostało przerwane
# Why the plan puts its step first.
code-caa70007-plan = Błąd CAA70007 oznacza, że połączenie zostało zerwane podczas logowania, co wskazuje na niestabilne połączenie, sieć VPN lub zaporę.
code-caa70007-documented = „Pobieranie nie powiodło się (połączenie zostało przerwane).”
code-caa70007-guidance-1 = Połączenie z Microsoft zostało przerwane w trakcie logowania do aplikacji Teams.
code-caa70007-guidance-2 = Upewnij się, że masz połączenie z Internetem, wyłącz sieć VPN, jeśli z niej korzystasz, i spróbuj ponownie; dobrym testem jest inna sieć, na przykład hotspot w telefonie.
code-caa70007-guidance-3 = Jeśli błąd się powtarza w sieci firmowej, przekaż działowi IT kod błędu CAA70007: połączenie może przerywać zapora lub inny program.

## CAA82EE2

code-caa82ee2-meaning = Upłynął limit czasu logowania
# Why the plan puts its step first.
code-caa82ee2-plan = Błąd CAA82EE2 oznacza, że upłynął limit czasu logowania, co wskazuje na wolne lub zablokowane połączenie, sieć VPN lub zaporę.
code-caa82ee2-documented = „Upłynął limit czasu żądania.”
code-caa82ee2-guidance-1 = Logowanie trwało zbyt długo i zostało przerwane. Zwykle oznacza to wolne lub zablokowane połączenie, sieć VPN lub zaporę.
code-caa82ee2-guidance-2 = Spróbuj połączyć się z inną siecią, na przykład z hotspotem w telefonie, lub wyłącz sieć VPN, a następnie zaloguj się ponownie.
code-caa82ee2-guidance-3 = Jeśli błąd występuje tylko w sieci firmowej, przekaż działowi IT kod błędu CAA82EE2: zapora lub serwer proxy mogą opóźniać lub blokować połączenia z serwerami logowania Microsoft.

## CAA82EE7

code-caa82ee7-meaning = Nie można odnaleźć nazwy serwera
# Why the plan puts its step first.
code-caa82ee7-plan = Nawet jeśli połączenie działa, sieć VPN lub firmowe ustawienia DNS mogą ukrywać nazwy serwerów Microsoft przed aplikacją Teams.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = Błąd CAA82EE7 oznacza, że nie udało się odnaleźć nazwy serwera, co zwykle wskazuje na brak połączenia lub problem z DNS.
code-caa82ee7-documented = „Nie można rozpoznać nazwy serwera.”
code-caa82ee7-guidance-1 = Komputer nie mógł odnaleźć nazw serwerów Microsoft. Jest offline albo nie działa rozpoznawanie nazw (DNS).
code-caa82ee7-guidance-2 = Sprawdź, czy inne witryny się otwierają. Wyłącz sieć VPN (albo wyłącz ją i włącz ponownie) lub połącz się ponownie z siecią Wi-Fi, a następnie spróbuj jeszcze raz.
code-caa82ee7-guidance-3 = Jeśli inne witryny działają, ale błąd wciąż wraca, przekaż działowi IT kod błędu CAA82EE7.

## CAA82F05

code-caa82f05-meaning = Data certyfikatu serwera wyglądała na nieprawidłową
# Why the plan puts its step first.
code-caa82f05-plan = Błąd CAA82F05 oznacza, że certyfikat wyglądał na wygasły lub jeszcze nieważny, a nieprawidłowa data na tym komputerze sprawia, że tak wygląda każdy certyfikat.
code-caa82f05-documented = „Data certyfikatu SSL otrzymanego z serwera jest nieprawidłowa. Certyfikat wygasł.”
code-caa82f05-guidance-1 = Aplikacja Teams uznała certyfikat zabezpieczeń serwera za wygasły lub jeszcze nieważny. Nieprawidłowa data na tym komputerze sprawia, że tak wygląda każdy certyfikat, więc najpierw sprawdź zegar.
code-caa82f05-guidance-2 = Ustaw automatycznie datę, godzinę i strefę czasową, uruchom ponownie aplikację Teams i zaloguj się ponownie.
code-caa82f05-guidance-3 = Jeśli zegar jest ustawiony prawidłowo, coś w sieci przedstawia nieaktualny certyfikat zamiast certyfikatu Microsoft: przekaż działowi IT kod błędu CAA82F05.

## CAA82F0D

code-caa82f0d-meaning = Certyfikat od nieznanego urzędu certyfikacji
code-caa82f0d-documented = „Funkcja nie rozpoznaje urzędu certyfikacji, który wygenerował certyfikat serwera.”
code-caa82f0d-guidance-1 = Certyfikat zabezpieczeń, który aplikacja Teams otrzymała dla serwera logowania Microsoft, został wystawiony przez urząd certyfikacji, któremu ten komputer nie ufa.

## CAA82F17

code-caa82f17-meaning = Certyfikat serwera zawiera błędy
code-caa82f17-documented = „Certyfikat SSL zawiera błędy.”
code-caa82f17-guidance-1 = Certyfikat zabezpieczeń, który aplikacja Teams otrzymała dla serwera logowania Microsoft, zawiera błędy.

## CAA82F7D

code-caa82f7d-meaning = Błąd bezpiecznego połączenia (TLS)
# Why the plan puts its step first.
code-caa82f7d-plan = Błąd CAA82F7D oznacza, że nie udało się nawiązać bezpiecznego połączenia, co może powodować serwer proxy lub zapora sprawdzające szyfrowane połączenia.
code-caa82f7d-documented = „Wskazuje, że wystąpił błąd związany z bezpiecznym kanałem.”
code-caa82f7d-guidance-1 = Aplikacja Teams nie mogła nawiązać bezpiecznego połączenia (TLS) z serwerem logowania Microsoft.
code-caa82f7d-guidance-2 = Nasza sugestia, a nie sformułowanie Microsoft: w systemie Windows sprawdź, czy protokół TLS 1.2 jest włączony (krok dotyczący TLS na tej stronie). Przyczyną może być też serwer proxy lub zapora sprawdzające szyfrowane połączenia.
code-caa82f7d-guidance-3 = Spróbuj połączyć się z inną siecią, na przykład z hotspotem w telefonie. Jeśli tam logowanie działa, przekaż działowi IT kod błędu CAA82F7D.

## CAA82F86

code-caa82f86-meaning = Błąd skryptu konfiguracji serwera proxy (PAC)
code-caa82f86-documented = „Wystąpił błąd podczas wykonywania kodu skryptu w pliku automatycznej konfiguracji serwera proxy (PAC).”
code-caa82f86-guidance-1 = Skrypt, który wskazuje temu komputerowi, jakiego serwera proxy ma użyć (plik PAC), zawiera błąd, więc aplikacja Teams nie mogła ustalić, jak połączyć się z Microsoft.
code-caa82f86-guidance-3 = Przekaż działowi IT kod błędu CAA82F86: skrypt automatycznej konfiguracji serwera proxy wymaga poprawienia.

## CAA82F87

code-caa82f87-meaning = Nie można pobrać skryptu konfiguracji serwera proxy (PAC)
code-caa82f87-documented = „Nie można pobrać pliku PAC.”
code-caa82f87-guidance-1 = Komputer nie mógł pobrać skryptu, który wskazuje mu, jakiego serwera proxy ma użyć (pliku PAC), na przykład dlatego, że serwer z tym plikiem był nieosiągalny.
code-caa82f87-guidance-3 = Przekaż działowi IT kod błędu CAA82F87 oraz informację, czy komputer był wtedy w biurze, w domu, czy połączony przez sieć VPN.

## CAA82F8F

code-caa82f8f-meaning = Błędy w certyfikacie serwera
code-caa82f8f-documented = „W certyfikacie protokołu SSL (Secure Sockets Layer) wysłanym przez serwer znaleziono co najmniej jeden błąd.”
code-caa82f8f-guidance-1 = Certyfikat zabezpieczeń, który aplikacja Teams otrzymała dla serwera logowania Microsoft, nie przeszedł weryfikacji.

## CAA82F92

code-caa82f92-meaning = Nie znaleziono serwera proxy dla adresu Microsoft
code-caa82f92-documented = „Nie można zlokalizować serwera proxy dla określonego adresu URL.”
code-caa82f92-guidance-1 = Automatyczna konfiguracja serwera proxy nie wskazała serwera proxy dla adresu logowania Microsoft.
code-caa82f92-guidance-3 = Przekaż działowi IT kod błędu CAA82F92: automatyczna konfiguracja serwera proxy wymaga sprawdzenia.

## CAA82F94

code-caa82f94-meaning = Automatyczne wykrywanie serwera proxy nie powiodło się
code-caa82f94-documented = „Usługa WinHTTP nie mogła odnaleźć adresu URL pliku automatycznej konfiguracji serwera proxy (PAC).”
code-caa82f94-guidance-1 = System Windows miał automatycznie wykryć serwer proxy, ale nie mógł znaleźć skryptu konfiguracji serwera proxy (pliku PAC).
code-caa82f94-guidance-3 = Przekaż działowi IT kod błędu CAA82F94: automatyczne wykrywanie serwera proxy (WPAD) nie działa w tej sieci.

## CAA90018

code-caa90018-meaning = Nie można znaleźć logowania Twojej organizacji
code-caa90018-documented = „Nie można odnaleźć obszaru użytkownika.”
code-caa90018-guidance-1 = Usługa logowania nie mogła ustalić, do której organizacji należy konto, więc nie wiedziała, dokąd Cię przekierować w celu zalogowania.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Wyloguj się z aplikacji Teams i zaloguj ponownie, używając pełnego adresu służbowego ({ $example }), a nie osobistego konta Microsoft ani konta, którym logujesz się do systemu Windows.
code-caa90018-guidance-3 = Jeśli adres jest prawidłowy, a błąd nie ustępuje, przekaż działowi IT kod błędu CAA90018 i użyty adres.

## CAA90019

code-caa90019-meaning = Nieoczekiwana odpowiedź serwera logowania
code-caa90019-documented = „Nieoczekiwana odpowiedź serwera.”
code-caa90019-guidance-1 = Aplikacja Teams otrzymała od serwera logowania odpowiedź, której się nie spodziewała.
code-caa90019-guidance-3 = Sprawdź, czy jakaś strona internetowa nie prosi o zalogowanie się do sieci, wyłącz sieć VPN i spróbuj ponownie. Jeśli błąd występuje tylko w sieci firmowej, przekaż działowi IT kod błędu CAA90019.

## 80090016

code-80090016-meaning = Brak kluczy logowania w układzie zabezpieczeń (TPM)
# Why the plan puts its step first.
code-80090016-plan = Błąd 80090016 oznacza, że system Windows nie mógł znaleźć kluczy logowania w układzie zabezpieczeń (TPM); musi się tym zająć dział IT.
code-80090016-documented = „Zestaw kluczy nie istnieje.”
code-80090016-guidance-1 = System Windows nie mógł znaleźć w układzie zabezpieczeń komputera (TPM) kluczy, które chronią Twoje logowanie. Witryny z poradami opisują ten problem na przykład po aktualizacji oprogramowania układowego lub po zresetowaniu modułu TPM.
code-80090016-guidance-2 = Uruchom komputer ponownie jeden raz. Jeśli błąd nie ustępuje, skontaktuj się z działem IT; wyczyszczenie pamięci podręcznej aplikacji Teams nie pomoże.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = Przekaż działowi IT kod błędu 80090016: zwykle trzeba sprawdzić rejestrację urządzenia lub moduł TPM. Pomocne jest też podanie, co pokazuje narzędzie TPM: naciśnij klawisz Windows + R, wpisz { $command }, naciśnij Enter i skopiuj wiersz pod nagłówkiem „Stan”.

## 80090030

code-80090030-meaning = Układ zabezpieczeń komputera (TPM) nie jest gotowy
# Why the plan puts its step first.
code-80090030-plan = Błąd 80090030 oznacza, że system Windows nie mógł użyć układu zabezpieczeń (TPM), który chroni Twoje logowanie; musi się tym zająć dział IT.
code-80090030-documented = „Urządzenie wymagane przez tego dostawcę usług kryptograficznych nie jest gotowe do użycia.”
code-80090030-guidance-1 = System Windows nie mógł użyć układu zabezpieczeń (TPM), który chroni Twoje klucze logowania, albo układ nie jest gotowy.
code-80090030-guidance-2 = Uruchom komputer ponownie jeden raz: czasami to pomaga. Jeśli błąd nie ustępuje, skontaktuj się z działem IT; wyczyszczenie pamięci podręcznej nie pomoże.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = Przekaż działowi IT kod błędu 80090030. Pomocne jest też podanie, co pokazuje narzędzie TPM: naciśnij klawisz Windows + R, wpisz { $command }, naciśnij Enter i skopiuj wiersz pod nagłówkiem „Stan”.
