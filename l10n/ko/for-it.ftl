### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = IT 부서용
for-it-summary = 사용자용 링크를 만들고 현재 적용된 구성을 확인합니다

for-it-link-title = 이메일이나 티켓용 링크
for-it-link-intro = 사용자를 위해 언어, 오류 코드, 시스템, Teams 클라이언트를 미리 선택합니다. 링크에서는 이 값만 받아들이며, 그 밖의 값은 무시되고 표시되지 않습니다.
for-it-language = 언어
for-it-language-auto = 자동(읽는 사람의 브라우저 언어)
for-it-code = 오류 코드
for-it-code-none = (없음)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = 운영 체제
for-it-os-detect = (자동 감지)
for-it-client = Teams 클라이언트
for-it-client-ask = (사용자에게 묻기)
for-it-copy-link = 링크 복사
for-it-link-copied = 링크를 복사했습니다.
copy-blocked-link = 브라우저가 복사를 차단했습니다. 링크를 선택하고 Ctrl+C(Mac에서는 ⌘C)를 누르세요.
for-it-config-title = 현재 적용된 구성
# Variables:
#   $file (String) - config.json
for-it-config-intro = 이 페이지 옆에 있는 { $file }의 내용이며, 없거나 잘못된 항목에는 기본 제공 기본값이 사용됩니다(위쪽에 알림이 있으면 참조하세요). 서버에서 { $file }을(를) 편집하세요. 다시 빌드할 필요는 없습니다.
for-it-config-loading = (아직 불러오는 중)

for-it-unattended-title = Intune, Jamf 등의 도구용 문제 해결 스크립트
for-it-unattended-intro = 관리 도구는 아무도 질문에 답할 수 없는 상태에서 스크립트를 실행합니다. 무인 실행 버전은 아무것도 묻지 않고, 문제 해결 스크립트 섹션에서 선택한 단계를 수행합니다. 로그를 고정된 파일에 기록하고 결과를 종료 코드로 알려 주며, 다시 테스트했을 때 여전히 문제가 발견되면 별도의 코드를 반환합니다.
for-it-unattended-platforms = Windows에서는 32비트 PowerShell에서 시작되면 64비트 PowerShell에서 다시 시작됩니다. Mac에서는 Jamf가 root로 실행하면 화면에 로그인한 사용자에 대해서만 작동하며, 로그인한 사용자가 없으면 아무것도 하지 않습니다.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = 이 옵션을 켜면 위의 문제 해결 스크립트 섹션에서 무인 실행 버전을 다운로드할 수 있습니다. 배포 방법은 IT 가이드(이 페이지 소스의 { $guide })에 단계별로 설명되어 있습니다.
