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
