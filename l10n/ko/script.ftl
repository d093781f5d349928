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
script-run-terminal = 다운로드한 후 이 명령으로 실행하세요(터미널에서).
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
