### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = 아래 스크립트는 정확히 다음 작업만 합니다. 그 밖의 작업은 하지 않으며, 먼저 묻지 않고는 아무것도 하지 않습니다.
script-steps-legend = 스크립트의 단계
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file }을(를) 다운로드했습니다. 다운로드 폴더를 확인하세요.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = 다운로드가 시작되지 않았습니다({ $reason }). "스크립트 복사"를 사용하고 텍스트를 { $file }(으)로 저장하세요.
script-copied = 스크립트를 복사했습니다.
command-copied = 명령을 복사했습니다.
copy-blocked-script = 브라우저가 복사를 차단했습니다. 스크립트를 선택하고 Ctrl+C(Mac에서는 ⌘C)를 누르세요.
copy-blocked-command = 브라우저가 복사를 차단했습니다. 명령을 선택하고 Ctrl+C(Mac에서는 ⌘C)를 누르세요.
# Variables:
#   $file (String) - the script's file name
script-download = { $file } 다운로드
script-copy = 스크립트 복사
# Variables:
#   $program (String) - PowerShell
script-run-windows = 다운로드한 후 이 명령으로 실행하세요(PowerShell 창에서: 시작 메뉴 → { $program } 입력 → Enter).
script-run-macos = 다운로드한 후 이 명령으로 실행하세요(터미널에서: 응용 프로그램 → 유틸리티 → 터미널).
script-run-linux = 다운로드한 후 이 명령으로 실행하세요(터미널 창에서).
script-copy-command = 명령 복사
# Variables:
#   $file (String) - the script's file name
script-old-copy = 전에 다운로드한 적이 있나요? 먼저 이전 사본을 삭제하세요. 그렇지 않으면 브라우저가 새 스크립트를 { $file }에 번호를 붙인 이름으로 저장하여, 위의 명령이 이전 스크립트를 실행하게 됩니다.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = 무엇을 할지 먼저 보고 싶나요? 명령 끝에 { $flag }을(를) 추가하세요. 그러면 아무것도 변경하지 않고 모든 작업을 출력합니다.
# Variables:
#   $n (Number) - how many lines the script has
script-read = 실행하기 전에 스크립트 읽기({ $n }줄)
script-text-label = 스크립트 텍스트
# Shown when For IT chose the unattended variant.
script-unattended-chosen = 'IT 부서용'에서 선택한 무인 실행 버전입니다. Intune, Jamf 등의 도구에서 실행하기 위한 것이며, 직접 실행하기 위한 것이 아닙니다.
# Windows only. Shown under the command.
script-execution-policy = PowerShell에 '파일을 로드할 수 없습니다', '디지털 서명되지 않았습니다'라는 메시지가 표시되면 조직에서 서명된 스크립트만 허용하는 것입니다. 아무것도 실행되거나 변경되지 않았습니다. IT 부서에 서명된 스크립트를 요청하거나, 장치 관리 도구를 통해 대신 실행해 달라고 요청하세요.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = 먼저 Teams 닫기
script-option-clear = Teams 캐시 지우기
script-option-clear-note = 복원할 수 있는 백업 폴더로 옮깁니다
script-option-delete = 백업을 남기지 않고 캐시 삭제
script-option-delete-note = 되돌릴 수 없습니다. 디스크가 가득 찬 경우에만 사용하세요
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = 새 Teams 앱 초기화({ $command })
script-option-reset-note = 사용자 지정 배경을 포함하여 이 컴퓨터에 있는 새 Teams의 모든 데이터가 지워집니다. 캐시를 지워도 해결되지 않은 경우에만 사용하세요
script-option-retest = 시간, 프록시, VPN 및 Microsoft 주소를 컴퓨터 자체에서 다시 테스트
script-option-tls = TLS 1.2 / 1.3 설정 확인(변경하기 전에 묻습니다)
script-option-time = 시계 동기화(해당 명령 하나에만 관리자 권한을 요청하며, 권한이 없으면 날짜 및 시간 설정을 엽니다)
script-option-restart = 마지막에 Teams 다시 시작
script-option-unattended = 문제 해결 스크립트를 Intune, Jamf 등의 도구용 무인 실행 버전으로 만들기
script-option-unattended-note = 아무것도 묻지 않고, 로그를 고정된 파일에 기록하며, 결과를 종료 코드로 알려 줍니다

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = Intune 등의 도구용 무인 실행 버전입니다. 아무것도 묻지 않고 여기에서 선택한 작업을 수행하며, 로그를 { $folder }에 기록하고 결과를 종료 코드로 알려 줍니다. 32비트 PowerShell에서 시작되면 64비트 PowerShell에서 다시 실행됩니다.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = Jamf 등의 도구용 무인 실행 버전입니다. 아무것도 묻지 않고 여기에서 선택한 작업을 수행하며, 로그를 사용자 홈 폴더의 { $folder }에 기록하고 결과를 종료 코드로 알려 줍니다. 터미널 없이 root로 실행되면(Jamf가 실행하는 방식) 화면에 로그인한 사용자를 대상으로 작동하며, 로그인한 사용자가 없으면 아무것도 하지 않습니다.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = 관리 도구용 무인 실행 버전입니다. 아무것도 묻지 않고 여기에서 선택한 작업을 수행하며, 로그를 사용자 홈 폴더의 { $folder }에 기록하고 결과를 종료 코드로 알려 줍니다. 해당 사용자 권한으로 실행해야 합니다.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = 먼저 수행할 작업을 보여 주고, 무엇이든 변경하기 전에 묻습니다. 계획만 보려면 { $flag }을(를) 추가하세요.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Microsoft Teams를 닫고(사용자 본인의 Teams 창과 백그라운드 프로세스만), { $seconds }초가 지나도 닫히지 않으면 강제로 중지합니다.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Teams에 저장된 로그인 데이터와 캐시({ $folders })를 삭제합니다. 되돌릴 수 없습니다.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Teams에 저장된 로그인 데이터와 캐시({ $folders })를 { $folder }(로밍되지 않는 로컬 프로필)의 백업 폴더 하나로 옮기므로 되돌릴 수 있습니다. 되돌리는 정확한 명령은 스크립트가 출력합니다.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Teams에 저장된 로그인 데이터와 캐시({ $folders })를 홈 폴더의 백업 폴더 하나로 옮기므로 되돌릴 수 있습니다. 되돌리는 정확한 명령은 스크립트가 출력합니다.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = 최신 백업 폴더 { $n }개를 보관합니다. 성공적으로 실행된 후에는 그보다 오래된 백업 폴더를 제거하고 그 사실을 알려 줍니다.
script-does-keep-backgrounds = 사용자 지정 모임 배경은 그대로 유지합니다.
script-does-needs-closed = Teams가 아직 실행 중이면 캐시를 건드리지 않습니다. 먼저 Teams를 닫으세요.
script-does-reset = 설정 > 앱 > 설치된 앱 > Microsoft Teams > '고급 옵션' > '초기화'와 같은 방식으로 새 Teams 앱을 초기화합니다. 이 컴퓨터에 있는 새 Teams의 모든 데이터(로그인 정보, 설정, 캐시, 사용자 지정 모임 배경)가 지워집니다(채팅, 파일, 모임은 Microsoft 365에 그대로 남습니다). 먼저 묻습니다. 되돌릴 수 없습니다. Windows 10에 초기화 명령이 없으면 대신 설정 > 앱을 엽니다.
script-does-reset-unattended = 설정 > 앱 > 설치된 앱 > Microsoft Teams > '고급 옵션' > '초기화'와 같은 방식으로 새 Teams 앱을 초기화합니다. 이 컴퓨터에 있는 새 Teams의 모든 데이터(로그인 정보, 설정, 캐시, 사용자 지정 모임 배경)가 지워집니다(채팅, 파일, 모임은 Microsoft 365에 그대로 남습니다). 묻지 않습니다. 되돌릴 수 없습니다. Windows 10에 초기화 명령이 없으면 대신 설정 > 앱을 엽니다.
script-does-retest = 아무것도 변경하지 않고 이 컴퓨터가 Microsoft 로그인 주소에 연결할 수 있는지 확인하며, 프록시 및 VPN 설정과 시계가 정확한지 보고합니다.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = 브라우저가 볼 수 없는 정보도 읽습니다. Microsoft 로그인 주소에 대해 Windows에 제시되는 인증 기관(회사의 TLS 검사가 여기에 드러납니다), Wi-Fi 로그인 페이지가 가로막고 있는지 여부, 이 장치가 Microsoft에 어떻게 등록되어 있는지({ $command })를 확인합니다.
script-does-retest-macos = 브라우저가 볼 수 없는 정보도 읽습니다. Microsoft 로그인 주소에 대해 이 Mac에 제시되는 인증 기관(회사의 TLS 검사가 여기에 드러납니다), Wi-Fi 로그인 페이지가 가로막고 있는지 여부, 키체인에 있는 Teams 로그인 항목(이름만 읽으며 암호는 읽지 않습니다)을 확인합니다.
script-does-retest-linux = 브라우저가 볼 수 없는 정보도 읽습니다. Microsoft 로그인 주소에 대해 이 컴퓨터에 제시되는 인증 기관(회사의 TLS 검사가 여기에 드러납니다)과 Wi-Fi 로그인 페이지가 가로막고 있는지 여부를 확인합니다.
script-does-tls = 로그인 서비스가 사용하는 Windows 자체의 TLS 설정을 확인합니다(Teams 창 자체는 이 설정을 무시합니다). TLS 1.2가 켜져 있어야 합니다. 사용자 설정에서 꺼져 있으면 켤지 묻습니다(Windows 11에서는 TLS 1.3도). 먼저 묻고 기본 응답은 '아니요'이며, 이전 설정을 로그에 기록합니다.
script-does-tls-unattended = 로그인 서비스가 사용하는 Windows 자체의 TLS 설정을 확인합니다(Teams 창 자체는 이 설정을 무시합니다). TLS 1.2가 켜져 있어야 합니다. 사용자 자신의 설정에서 꺼져 있으면 묻지 않고 켜며(Windows 11에서는 TLS 1.3도), 이전 설정을 로그에 기록합니다.
script-does-time-windows = 시계를 동기화합니다. 해당 명령 하나에 대해서만 Windows가 관리자 권한을 요청합니다(나머지는 사용자 권한으로 실행됩니다). 거부하면 날짜 및 시간 설정을 열어 줍니다.
script-does-time-macos = 관리자인 경우 Apple 시간 서버로 시계를 맞춥니다(암호를 묻습니다). 관리자가 아니면 날짜 및 시간 설정을 엽니다.
script-does-time-linux = sudo를 사용할 수 있으면 자동 시간을 켭니다(암호를 묻습니다). 사용할 수 없으면 어디에서 켜는지 알려 줍니다.
script-does-time-unattended-windows = 관리자 권한으로 실행될 때만 시계를 동기화합니다(권한을 요청하지 않습니다). 그렇지 않으면 로그에 그 사실을 기록합니다.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = 이 컴퓨터에서 { $command }에 암호가 필요 없을 때만 시계를 맞춥니다. 그렇지 않으면 로그에 그 사실을 기록합니다.
script-does-restart = 마지막에 Teams를 다시 시작하므로 새로 로그인할 수 있습니다.
script-does-no-admin = 관리자 권한이 필요 없으며, 로그 파일을 백업 폴더에 기록합니다.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = 로그 파일을 백업 폴더에 기록합니다.
script-does-not-installed = Teams가 설치되어 있지 않으면 그렇게 알리고, Teams 단계는 건너뛰고 나머지 단계를 실행합니다.
script-does-nothing = 아무것도 하지 않습니다. 선택된 단계가 없습니다.
script-does-change-nothing = 컴퓨터에서 아무것도 변경하지 않습니다.
