### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: 로그인 서비스가 Teams의 요청을 거부했습니다
help-article-summary = 로그인하는 동안 Teams에 오류 CAA20002가 표시됩니다. Microsoft 로그인 서비스가 응답했지만 요청을 잘못된 요청으로 거부했습니다. 지원 문서에서는 가능한 원인을 다음 순서로 꼽습니다: Teams 캐시에 남은 오래된 로그인 데이터, 방해가 되는 VPN이나 프록시, 꺼져 있는 TLS 1.2(드묾), 잘못된 날짜, 시간 또는 표준 시간대.
help-symptoms-title = 증상
help-symptom-1 = Teams 로그인이 오류 CAA20002로 실패합니다.
help-symptom-2 = Teams가 로그인 화면에서 멈춥니다.
help-symptom-3 = 브라우저에서 사용하는 다른 Microsoft 서비스(예: 웹용 Outlook)는 계속 작동합니다.
help-causes-title = 원인
help-cause-1 = Teams 캐시에 남아 있는 오래되고 만료된 로그인 데이터.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = VPN 또는 프록시가 { $host }을(를) 차단함.
help-cause-3 = 컴퓨터에서 TLS 1.2가 꺼져 있음(드묾).
help-cause-4 = 날짜, 시간 또는 표준 시간대가 잘못됨.
help-links-title = 유용한 링크
help-background-title = 배경
help-background-1 = 지원 문서에 따르면 CAA20002는 Microsoft 서비스 중단이 아니라 거의 항상 컴퓨터의 문제입니다.
# Variables:
#   $site (String) - office.com
help-background-2 = 브라우저에서 { $site }에 로그인되면, 문서에서는 Teams 캐시를 지우면 80% 이상의 경우에 해결된다고 추정합니다(측정값이 아니라 문서의 추정치입니다).
help-background-3 = 여기서도 실패하면 문서에서는 Teams 앱이 아니라 네트워크나 계정을 원인으로 봅니다. IT 부서에 문의하고 이 페이지의 보고서를 보내세요.

## Useful links: the page's name, then who it is for

help-link-endpoints = Microsoft 365 URL 및 IP 주소 범위
help-link-endpoints-note = IT 부서용: 프록시나 방화벽에서 허용해야 하는 주소.
help-link-status = Microsoft 365 상태
help-link-status-note = 공개 페이지: 지금 Microsoft에 광범위한 서비스 중단이 있나요?
help-link-service-health = Microsoft 365 관리 센터의 서비스 상태
help-link-service-health-note = IT 관리자용(관리자 계정 필요): 조직에 영향을 주는 인시던트.
help-link-sign-in-codes = Microsoft 지원: Microsoft Teams에 로그인하는 데 문제가 있는 이유는 무엇인가요?
help-link-sign-in-codes-note = Teams 로그인 상태 코드와 각 코드별 해결 방법을 정리한 Microsoft의 표.
help-link-sign-in-errors = Microsoft Learn: Teams의 로그인 오류 해결
help-link-sign-in-errors-note = IT 부서용: 일부 Teams 로그인 오류에 대한 Microsoft의 문제 해결 단계.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Teams 캐시 지우기(백업 보관)
help-solution-cache-intro = Teams는 로그인 데이터를 캐시에 보관합니다. 지원 문서에서는 그곳에 남은 오래되고 만료된 데이터를 CAA20002의 가장 흔한 원인으로 꼽습니다.
help-solution-vpn-proxy = VPN을 끄고 프록시 확인
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = VPN이나 회사 프록시가 { $host }을(를) 차단하면 로그인할 수 없습니다.
help-solution-tls = TLS 1.2가 켜져 있는지 확인(Windows만 해당)
help-solution-tls-intro = 드문 경우입니다(문서에도 그렇게 나와 있습니다). Microsoft 로그인 서버에는 TLS 1.2 이상이 필요하므로, Windows 10에서 TLS 1.2가 꺼져 있으면 로그인에 실패합니다.
help-solution-time = 날짜, 시간 및 표준 시간대 확인
help-solution-time-intro = 날짜나 시간이 잘못되어 있으면 보안 연결과 로그인이 실패할 수 있습니다. 표준 시간대가 잘못된 상태에서 시계를 직접 맞춰 올바르게 보이도록 한 경우에도 문제가 됩니다.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Teams를 다시 시작하고 로그인합니다. Teams가 캐시를 다시 만드는 동안 처음 시작은 평소보다 느립니다.
help-cache-macos-quit = Teams를 종료합니다. 화면 위쪽 메뉴 막대에서 Teams 메뉴(Apple 메뉴 옆)를 클릭하고 '종료'를 선택합니다(또는 Command + Q를 누릅니다).
help-cache-macos-force = Teams가 종료되지 않으면 활성 상태 보기를 열고 "Teams"를 검색하여 선택한 후, 위쪽의 중단 버튼(✕)을 클릭하고 '강제 종료'를 선택합니다.
help-cache-macos-terminal = 터미널(응용 프로그램 > 유틸리티 > 터미널)을 열고 이 명령을 붙여 넣은 후 Return 키를 누릅니다. Teams 캐시가 홈 폴더의 날짜가 붙은 백업 폴더로 옮겨집니다. 아무것도 삭제되지 않습니다.
help-cache-macos-privacy = 터미널이 다른 앱의 데이터에 접근하도록 허용할지 macOS가 물으면 '허용'을 클릭합니다. "Operation not permitted"라고 표시되면 시스템 설정 > 개인정보 보호 및 보안 > 전체 디스크 접근 권한에서 터미널을 켜고 명령을 다시 실행합니다.
help-cache-macos-backgrounds = 사용자 지정 모임 배경은 백업 폴더에 있습니다. Teams가 며칠 동안 잘 작동하면 백업을 삭제해도 됩니다.
help-cache-linux-quit = 시스템 트레이의 Teams 아이콘 메뉴에서 Teams를 끝냅니다. 창을 닫기만 하면 숨겨질 뿐입니다.
help-cache-linux-terminal = 터미널을 열고 이 명령을 붙여 넣은 후 Enter 키를 누릅니다. Teams 캐시가 홈 폴더의 날짜가 붙은 백업 폴더로 옮겨집니다. 아무것도 삭제되지 않습니다.
help-cache-linux-delete-later = Teams가 며칠 동안 잘 작동하면 백업 폴더를 삭제해도 됩니다.
help-cache-windows-quit = Teams를 끝냅니다. 시계 옆(오른쪽 아래)의 Teams 아이콘을 마우스 오른쪽 단추로 클릭하고(보이지 않으면 ^를 클릭) '끝내기'를 선택합니다.
help-cache-windows-task-manager = 작업 관리자를 엽니다(Ctrl + Shift + Esc). Microsoft Teams가 아직 목록에 있으면 선택하고 '작업 끝내기'를 클릭합니다.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = 바탕 화면에 { $folder }(이)라는 폴더를 만듭니다. 캐시를 삭제하지 않고 이 폴더로 옮겨 두면 되돌릴 수 있습니다.
help-cache-windows-open-new = Windows 로고 키 + R을 누르고 이것을 붙여 넣은 후 Enter 키를 누릅니다. 파일 탐색기에서 새 Teams의 캐시와 저장된 로그인 정보가 있는 폴더가 열립니다.
help-cache-windows-open-classic = Windows 로고 키 + R을 누르고 이것을 붙여 넣은 후 Enter 키를 누릅니다. 파일 탐색기에서 클래식 Teams 캐시 폴더가 열립니다.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = 폴더 안의 모든 항목을 선택하고(Ctrl + A) 잘라낸(Ctrl + X) 다음, { $folder } 안에 { $sub }(이)라는 새 폴더를 만들어 붙여 넣습니다(Ctrl + V). { $cache }보다 상위에 있는 폴더는 그대로 두세요. 그 폴더가 없으면 Teams가 더 이상 시작되지 않는다는 사용자 보고가 있습니다.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = 폴더 안의 모든 항목을 선택하고(Ctrl + A) 잘라낸(Ctrl + X) 다음, { $folder } 안에 { $sub }(이)라는 새 폴더를 만들어 붙여 넣습니다(Ctrl + V).
help-cache-windows-powershell = 직접 입력하는 편이 좋다면, 이 PowerShell 명령이 사용자 폴더의 날짜가 붙은 백업 폴더로 같은 이동 작업을 합니다. 시작 단추를 마우스 오른쪽 단추로 클릭하고 '터미널'(Windows 10에서는 'Windows PowerShell')을 선택하여 엽니다.
help-cache-windows-backgrounds = 사용자 지정 모임 배경은 백업 안의 여기에 표시된 폴더에 있습니다. 필요하면 다시 복사해 넣으세요. Teams가 며칠 동안 잘 작동하면 백업을 삭제해도 됩니다.

## VPN and proxy

help-network-vpn-windows = 시계 옆의 VPN 아이콘이나 설정 > 네트워크 및 인터넷 > VPN에서 VPN 연결을 끊고, Teams에 다시 로그인해 봅니다.
help-network-vpn-macos = 메뉴 막대의 VPN 아이콘이나 시스템 설정 > VPN에서 VPN 연결을 끊고, Teams에 다시 로그인해 봅니다.
help-network-vpn-linux = VPN 아이콘이나 오른쪽 위의 네트워크 메뉴에서 VPN 연결을 끊고, Teams에 다시 로그인해 봅니다.
help-network-vpn-required = 회사에서 Teams를 사용할 때 VPN을 필수로 요구한다면 VPN을 켠 채로 다음 단계로 넘어갑니다.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = 프록시를 사용하는 회사 네트워크에서는 { $login } 및 { $teams }에 연결할 수 있어야 합니다. 이 페이지의 네트워크 검사가 이를 테스트합니다.
help-network-proxy-windows = 프록시가 설정되어 있는지 보려면 설정 > 네트워크 및 인터넷 > 프록시를 엽니다. 표시된 내용을 IT 부서를 위해 적어 둡니다.
help-network-proxy-macos = 프록시가 설정되어 있는지 보려면 시스템 설정 > 네트워크를 열고, 사용 중인 연결을 선택한 후 '세부사항…'을 클릭하고 '프록시'를 선택합니다. 표시된 내용을 IT 부서를 위해 적어 둡니다.
help-network-proxy-linux = 프록시가 설정되어 있는지 보려면 설정 > 네트워크 > 네트워크 프록시를 엽니다. 표시된 내용을 IT 부서를 위해 적어 둡니다.
help-network-ask-it = 차단된 것이 있으면 프록시나 방화벽에서 Microsoft 365 주소를 허용해 달라고 IT 부서에 요청하고, 이 페이지의 보고서를 보내세요.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Windows 로고 키 + R을 누르고 이것을 입력한 후 Enter 키를 누릅니다. '인터넷 속성' 창이 열립니다.
help-tls-advanced = '고급' 탭을 열고 '보안'까지 아래로 스크롤합니다. 'TLS 1.2 사용'이 선택되어 있는지 확인합니다.
help-tls-13 = Windows 11에서는 'TLS 1.3 사용'도 선택합니다. Windows 10에서는 'TLS 1.3 사용'을 그대로 둡니다. Microsoft는 Windows 11부터만 TLS 1.3을 지원합니다.
help-tls-apply = '적용'을 클릭한 다음 '확인'을 클릭하고 컴퓨터를 다시 시작합니다.
help-tls-greyed = 확인란이 회색으로 비활성화되어 있으면 회사에서 이 설정을 관리하고 있는 것입니다. IT 부서에 알리세요.

## Date, time and time zone

help-time-restart = Teams를 다시 시작한 후 이 페이지의 시계 검사에서 "다시 검사"를 누릅니다.
help-time-check-restart = 시계가 올바른 시간을 표시하는지 확인하고 Teams를 다시 시작한 후, 이 페이지의 시계 검사에서 "다시 검사"를 누릅니다.
help-time-windows-open = 설정 > 시간 및 언어 > 날짜 및 시간을 엽니다.
help-time-windows-link = 날짜 및 시간 설정 열기
help-time-windows-zone = '자동으로 표준 시간대 설정'을 켜거나, '표준 시간대' 목록에서 표준 시간대를 선택합니다.
help-time-windows-zone-only = '자동으로 표준 시간대 설정'을 켭니다. 회색으로 비활성화되어 있거나 잘못된 시간대가 선택되면 끄고 '표준 시간대' 목록에서 표준 시간대를 선택합니다.
help-time-windows-auto = '자동으로 시간 설정'을 켭니다.
help-time-windows-sync = '지금 동기화'를 클릭합니다(Windows 11에서는 '추가 설정' 아래에 있음).
help-time-macos-open = Apple 메뉴 > 시스템 설정 > 일반 > 날짜 및 시간을 엽니다.
help-time-macos-zone = '현재 위치를 사용하여 자동으로 시간대 설정'을 켜거나, 끄고 '가장 가까운 도시'에서 가장 가까운 도시를 선택합니다.
help-time-macos-auto = '자동으로 날짜 및 시간 설정'을 켭니다.
help-time-linux-open = 설정 > 날짜 및 시간을 엽니다(최신 GNOME에서는 설정 > 시스템 > 날짜 및 시간).
help-time-linux-zone = '자동 시간대'를 켜거나, 표준 시간대를 직접 선택합니다.
help-time-linux-auto = '자동 날짜 및 시간'을 켭니다. 터미널에서는 다음 명령으로 같은 작업을 할 수 있습니다(암호를 물을 수 있음).
help-time-linux-zone-show = '자동 시간대'를 켜거나, 표준 시간대를 직접 선택합니다. 터미널에서는 다음 명령으로 현재 설정된 시간대를 볼 수 있습니다.

## When clearing the cache did not help (in this order)

help-next-restart = 컴퓨터 다시 시작(최근에 암호를 변경한 경우)
help-next-restart-why = 암호를 변경한 후 컴퓨터를 다시 시작할 때까지 Windows와 macOS가 이전 로그인 정보를 계속 사용할 수 있습니다.
help-next-restart-1 = 작업을 저장하고 컴퓨터를 다시 시작합니다(절전이나 로그아웃이 아닌 실제 다시 시작).
help-next-restart-2 = 현재 암호로 컴퓨터에 로그인한 후 Teams를 열고 로그인합니다.
help-next-work-account = Windows에서 회사 계정 제거 후 다시 추가(IT 부서의 동의를 받은 후)
help-next-work-account-why = Teams는 Windows가 보관하는 회사 계정을 통해 로그인하므로, 그 계정에 문제가 있으면 Teams 로그인이 막힐 수 있습니다. 이는 일반적인 조언이며, Microsoft의 Teams 로그인 페이지에 나오는 단계는 아닙니다.
help-next-work-account-1 = 먼저 IT 부서에 문의하세요. 회사에서 관리하는 컴퓨터에서는 계정을 제거하면 컴퓨터 관리나 회사 앱이 함께 제거될 수 있습니다.
help-next-work-account-2 = 설정 > 계정 > 회사 또는 학교 액세스를 엽니다.
help-next-work-account-3 = 회사 계정을 선택하고 '연결 끊기'를 선택한 후 확인합니다.
help-next-work-account-4 = 컴퓨터를 다시 시작한 후 같은 페이지에서 '연결'을 선택하고 회사 주소로 로그인합니다.
help-next-open-teams = Teams를 열고 로그인합니다.
help-next-reset-windows = Teams 앱 초기화
help-next-reset-windows-why = 초기화하면 앱이 이 컴퓨터에 보관하는 모든 데이터가 지워집니다. 캐시 단계만으로는 지워지지 않는 데이터도 포함됩니다.
help-next-reset-windows-1 = Teams를 끝냅니다.
help-next-reset-windows-2 = 설정 > 앱 > 설치된 앱을 열고 Microsoft Teams를 찾아 '…'을 선택한 후 '고급 옵션'을 선택합니다.
help-next-reset-windows-3 = '초기화' 아래에서 '초기화'를 선택하고 확인합니다. 설정과 사용자 지정 배경을 포함하여 이 컴퓨터의 Teams 데이터가 지워집니다. 채팅과 파일은 클라우드에 그대로 남아 있습니다.
help-next-reset-macos = 키체인에서 Teams에 저장된 계정 제거(IT 부서)
help-next-reset-macos-why = 새 Teams는 계정을 macOS 키체인에 보관하며, 캐시 단계는 키체인을 건드리지 않습니다.
help-next-reset-macos-1 = 이 단계는 IT 부서에 맡기거나, 먼저 IT 부서에 사용 중인 Mac에 맞는지 확인을 받으세요. 아래 항목 이름은 Microsoft가 아니라 커뮤니티 보고에서 나온 것입니다.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Teams를 종료합니다. 키체인 접근(응용 프로그램 > 유틸리티)을 열고 { $first }, { $second }, 그리고 macOS 15에서는 { $third }을(를) 검색합니다.
help-next-reset-macos-3 = IT 부서에서 해당 항목을 삭제(마우스 오른쪽 클릭 > '삭제')한 후, Teams를 열고 다시 로그인합니다.
help-next-web = 웹용 Teams에서 계속 작업하기
help-next-web-why = 브라우저의 Teams는 따로 로그인하므로, 앱을 고치는 동안에도 계속 작업할 수 있습니다.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Edge 또는 Chrome에서 { $url }을(를) 열고 회사 계정으로 로그인합니다.
help-next-web-2 = Teams 앱이 다시 작동하거나 IT 부서에서 확인할 때까지 계속 사용합니다.

## Saving Teams' support files before clearing anything

help-support-windows-1 = IT 부서에서 Teams 지원 파일이 필요할 수 있다면, 무언가를 지우기 전에 저장하세요. Teams가 열린 상태에서 Ctrl+Alt+Shift+1을 누릅니다.
help-support-windows-2 = Teams는 파일을 다운로드 폴더에 저장합니다. IT 부서에서 필요 없다고 할 때까지 보관하세요.
help-support-macos-1 = IT 부서에서 Teams 지원 파일이 필요할 수 있다면, 무언가를 지우기 전에 저장하세요. Teams가 열린 상태에서 Option+Command+Shift+1을 누릅니다.
help-support-macos-2 = 먼저 다운로드 폴더에서 파일을 찾아보세요(Microsoft는 Windows와 Linux에 대해서만 이 폴더를 명시합니다). IT 부서에서 필요 없다고 할 때까지 보관하세요.
help-support-linux = Linux용 Teams 앱에는 지원 파일 바로 가기 키가 없습니다. 대신 화면에 보이는 내용을 IT 부서에 알리세요.
