### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Teams 로그인 자가 진단(CAA20002)
page-skip-link = 검사로 건너뛰기
page-no-script = 자동 검사에는 JavaScript와 WebAssembly가 필요한데, 이 브라우저에서는 꺼져 있습니다. 아래 단계는 그대로 따라 하실 수 있습니다.
page-fatal-title = 이 페이지에서 문제가 발생했습니다
page-fatal-text = 페이지를 새로 고친 후 다시 시도하세요. 다시 발생하면 IT 헬프데스크에 알리고 다음 텍스트를 함께 보내세요.
# The label of the language menu at the top of the page.
page-language-menu = 언어

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Teams 로그인 자가 진단
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Teams에 로그인할 수 없나요(오류 { $code })? 원인을 찾아보겠습니다.
page-lead = 이 페이지는 컴퓨터의 시계와 Microsoft 연결 상태를 검사한 후 상황에 맞는 해결 방법을 알려 드립니다. 아무것도 설치되지 않으며, 직접 보내지 않는 한 어떤 정보도 이 브라우저 밖으로 전송되지 않습니다.

## Notices at the top

page-config-notice-title = 페이지의 설정 파일에 문제가 있습니다(페이지는 기본 제공 설정으로 계속 작동합니다)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = IT 헬프데스크에 알리세요. 페이지를 다시 빌드하지 않고도 { $file }을(를) 수정할 수 있습니다.
page-link-notice-title = 연 링크의 일부가 무시되었습니다
page-link-notice-hint = 페이지는 정상적으로 작동합니다. 시스템과 Teams 버전이 맞지 않으면 아래에서 선택하세요.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = 링크의 "{ $name }" 값을 인식할 수 없어 무시했습니다.
link-too-long = 링크의 "{ $name }" 값이 너무 길어 무시했습니다.
link-repeated = 링크에 "{ $name }"이(가) 여러 번 지정되어 첫 번째 값만 사용했습니다.
link-unknown-parameter = 링크에 이 페이지에서 사용하지 않는 설정이 포함되어 있어 무시했습니다.
link-truncated = 링크가 비정상적으로 길어 앞부분만 읽었습니다.

## Status words next to each check's icon (core/src/status.rs)

status-running = 검사 중…
status-ok = 정상
status-warn = 경고
status-fail = 문제
status-unknown = 검사할 수 없음

## Summary at the top

summary-title = 요약
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = 검사 중… 시계: 진행 중, 연결: 주소 { $total }개 중 { $done }개 완료.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = 검사 중… 시계: 완료, 연결: 주소 { $total }개 중 { $done }개 완료.
summary-ok = 컴퓨터의 시계와 Microsoft 연결에 문제가 없어 보입니다.
summary-warn = 검사에서 수정하는 것이 좋은 부분을 발견했습니다.
summary-unknown = 일부 검사를 완료하지 못했습니다. 아래를 참조하세요.
summary-fail = 검사에서 Teams 로그인을 막을 수 있는 문제를 발견했습니다.
# Variables:
#   $code (String) - the error code
summary-go-to-it = 오류 { $code }: IT 부서에 문의하세요.
summary-go-to-it-why = 이 오류는 IT 부서만 해결할 수 있습니다. 필요한 정보는 보고서(섹션 4)에 있습니다.
summary-next-step = 다음 단계:

## The checks

checks-title = 1. 검사
action-check-again = 다시 검사

## The clock check

clock-title = 날짜, 시간 및 표준 시간대
clock-failed = 시계를 검사할 수 없습니다.
clock-comparing = 컴퓨터의 시계를 서버와 비교하는 중…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = 컴퓨터의 시계가 정확합니다({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = 컴퓨터 시계: { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = 이유: { $reason }. 연결을 확인한 후 "다시 검사"를 누르세요.
clock-server-time = 서버 시간
clock-your-computer = 내 컴퓨터
clock-time-zone = 표준 시간대
clock-accuracy = 정확도
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms }밀리초
clock-refining = (더 정밀하게 측정 중…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name }({ $offset })
clock-timezone-hint-title = 표준 시간대가 잘못되었을 수 있습니다.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = 차이가 거의 정확히 15분 단위이므로, 시계는 현지 시간을 올바르게 표시하지만 표준 시간대가 잘못 설정되어 있을 가능성이 높습니다. 이 컴퓨터의 표준 시간대는 { $zone }입니다. 먼저 표준 시간대를 수정한 다음 시계가 자동으로 맞춰지도록 하세요.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = { $os }에서 표준 시간대 수정
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = { $os }에서 날짜 및 시간 수정
clock-coarse-pending = 더 정밀하게 측정하는 중입니다.
clock-coarse-date-reused = 이 서버는 같은 타임스탬프를 최대 1초 동안 다시 사용하므로, 이 페이지는 약 1초보다 정밀하게 측정할 수 없습니다. 이것으로 충분합니다. 일반적인 시계 허용 범위(Kerberos, 토큰 검사)는 초 단위가 아니라 분 단위입니다.
clock-coarse-not-verified = 더 정밀한 측정값을 확인할 수 없어, 이 페이지는 약 1초의 대략적인 범위를 유지합니다. 이것으로 충분합니다. 일반적인 시계 허용 범위(Kerberos, 토큰 검사)는 초 단위가 아니라 분 단위입니다.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = 차이 1초 미만
clock-offset-under-a-tenth = 차이 0.1초 미만
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = { $near }~{ $far }초 빠름
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = { $near }~{ $far }초 느림
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = 차이 { $n }초 미만
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = 약 { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } 빠름
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } 느림
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n }일
# Variables:
#   $n (Number) - hours
clock-hours = { $n }시간
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n }분
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n }초

## The connection check

network-title = Microsoft 로그인 연결
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Microsoft 연결을 테스트하는 중…({ $total }개 중 { $done }개 응답)
network-progress-label = 검사한 주소
network-for-it = IT 부서용:
network-table-caption = 주소별 결과
network-column-service = 서비스
network-column-status = 상태
network-column-time = 시간
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms }밀리초

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = 이 브라우저에서 Microsoft 로그인 서비스에 연결할 수 있습니다.
network-all-reachable-1 = 여기서 보기에는 네트워크에 문제가 없을 가능성이 높습니다. 지원 문서에서는 가장 흔한 원인으로 Teams 앱 자체 캐시에 남아 있는 오래된 로그인 데이터를 꼽습니다.
network-all-reachable-2 = 아래 스크립트로 Teams 캐시를 지우세요(백업이 보관됩니다).
network-partial = 일부 Microsoft 주소는 응답하지만 나머지는 응답하지 않습니다.
network-partial-1 = VPN을 사용 중이면 연결을 끊은 후 "다시 검사"를 누르세요.
network-partial-2 = 회사에서 프록시나 웹 필터를 사용하는 경우, 아래에 실패로 표시된 Microsoft 365 주소를 IT 부서에서 허용해야 합니다.
network-partial-3 = 이 페이지의 보고서를 IT 부서에 보내세요. 실패한 주소가 기록되어 있습니다.
network-blocked = 네트워크는 작동하지만 Microsoft 로그인 주소가 차단되어 있습니다.
network-blocked-1 = VPN을 사용 중이면 연결을 끊은 후 "다시 검사"를 누르세요.
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = VPN 없이 작동하면 IT 부서에 "VPN 또는 프록시가 { $host }을(를) 차단하고 있다"고 알리세요.
network-blocked-3 = IT 부서에서 Microsoft 365 엔드포인트를 허용 목록에 추가해야 합니다(아래 링크 참조).
network-intercepted = Microsoft 대신 다른 곳에서 응답했습니다.
network-intercepted-1 = 이 브라우저가 받은 응답은 Microsoft 로그인 서비스에서 온 것이 아닙니다. 예를 들어 웹 필터의 차단 페이지, 프록시의 로그인 페이지, 호텔이나 게스트 Wi-Fi의 로그인 페이지일 수 있습니다.
network-intercepted-2 = 네트워크에 로그인하거나 이용 약관에 동의하라는 페이지가 나타나면 그렇게 한 후 "다시 검사"를 누르세요.
network-intercepted-3 = 그렇지 않으면 VPN 없이 한 번, 또는 다른 네트워크(예: 휴대폰 핫스팟)에서 시도해 보세요.
network-intercepted-4 = 이 검사에서 확인된 내용을 IT 부서에 알리고 보고서를 보내세요. 네트워크에서 Microsoft 로그인 주소를 통과시켜야 합니다.
network-offline = 이 컴퓨터가 인터넷에 연결되어 있지 않은 것 같습니다.
network-offline-1 = 먼저 Wi-Fi 또는 네트워크 케이블에 연결한 후 "다시 검사"를 누르세요.
network-offline-2 = 다른 웹 사이트도 열리지 않으면 공유기를 다시 시작하거나 IT 부서에 문의하세요. 연결이 없으면 Teams에 로그인할 수 없습니다.
network-endpoints-link = Microsoft 365 URL 및 IP 주소 범위
network-tls-caveat = 이 검사로 확인할 수 없는 것: 인증서. 이 컴퓨터가 신뢰하는 자체 루트 인증서로 암호화된 트래픽을 검사하는 회사 프록시는 Microsoft의 실제 응답을 그대로 전달하므로 여기서는 정상 연결처럼 보입니다. 컴퓨터 자체에서 하는 검사(인증서 체인 읽기)만 이를 확인할 수 있습니다.
network-path-caveat = Teams 앱은 이 브라우저와 다른 네트워크 경로(예: 시스템 프록시)를 사용할 수 있습니다. 아래에서 다운로드할 수 있는 스크립트는 Windows 또는 macOS 자체에서 같은 주소를 다시 테스트합니다.

## Status words of one address (core/src/network.rs)

endpoint-running = 검사 중…
endpoint-ok = 연결 가능
endpoint-slow = 느림
endpoint-fail = 실패
endpoint-timeout = 응답 없음
endpoint-intercepted = 다른 곳에서 응답

## The office.com question

office-title = 질문 하나
# Variables:
#   $link (String) - a link to office.com
office-ask = 이 브라우저에서 { $link }을(를) 열고 회사 계정으로 로그인하세요. 로그인되나요?
# Variables:
#   $site (String) - office.com
office-group-label = { $site }에서 로그인이 되나요?
office-yes = 예, 됩니다
office-no = 아니요, 여기서도 실패합니다
office-unknown = 아직 시도하지 않았습니다
# Variables:
#   $site (String) - office.com
office-why = 질문하는 이유: { $site }에서 로그인되면 계정에는 문제가 없고, 문제는 이 컴퓨터의 Teams 또는 Windows 로그인 쪽에 있을 가능성이 높습니다. 지원 문서에서는 이 경우 Teams 캐시를 가장 먼저 꼽습니다. 여기서도 실패하면 네트워크나 계정이 원인일 가능성이 더 높으므로 IT 부서에서 확인해야 합니다.

## Your computer: system and Teams version

choice-title = 내 컴퓨터
choice-unknown-os = 이 브라우저는 어떤 시스템에서 실행 중인지 알려 주지 않습니다. Teams 로그인에 실패하는 컴퓨터를 선택하세요. 문제 해결 스크립트와 단계가 그 컴퓨터에 맞게 만들어집니다.
choice-mobile = 휴대폰이나 태블릿을 사용 중인 것 같습니다. 이 해결 방법은 Teams 데스크톱 앱용입니다. Teams가 실패하는 컴퓨터를 선택한 후, 그 컴퓨터에서 이 페이지를 열거나 스크립트를 그 컴퓨터로 보내세요.
choice-os-label = 운영 체제
choice-os-placeholder = 선택…
choice-detected = (이 브라우저에서 감지함 — Teams가 다른 컴퓨터에서 실행되면 변경하세요)
choice-client-legend = 어떤 Teams인가요?
choice-client-how-to-tell = 구별 방법: 새 Teams에는 "NEW" 배지가 있거나 "새 Teams 사용해 보기" 스위치가 없으며, 아이콘은 보라색과 흰색 타일에 "T"가 표시되어 있습니다. 클래식 Teams는 시작 메뉴나 응용 프로그램 폴더에서 "Microsoft Teams (클래식)"이라는 이름입니다. 잘 모르겠으면 "둘 다"로 두세요. 스크립트는 실제로 있는 폴더만 변경합니다.
client-new = 새 Teams
client-classic = 클래식 Teams
client-both = 둘 다 / 잘 모름

## The plan

plan-title = 2. 해야 할 일(순서대로)
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = { $n }단계에서 해결되었습니다.
plan-fixed-again = 오류가 다시 나타나면 이 페이지를 다시 여세요.
plan-none-fixed = 어떤 단계로도 해결되지 않았습니다. 이것도 유용한 정보입니다. IT 헬프데스크에 문의하고 아래 보고서를 보내세요(검사한 내용이 기록되어 있습니다).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = 헬프데스크: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = { $total }단계 중 { $n }단계: { $title }
plan-ask = 해결되었나요?
plan-yes = 예, Teams에 로그인됩니다
plan-no-next = 아니요, 다음 단계
plan-no-last = 아니요, 여전히 실패합니다
plan-restart = 단계를 처음부터 다시 시작
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = { $os }의 경우
plan-cache-use-script = 아래 문제 해결 스크립트를 사용하세요. Teams를 닫고, 캐시를 백업 폴더로 옮기고(아무것도 잃지 않습니다), 사용자 지정 배경은 유지한 채 Teams를 다시 시작합니다.
plan-go-to-script = 문제 해결 스크립트로 이동
plan-by-hand = 또는 직접 하기
plan-go-to-network = 연결 검사로 이동
plan-connect-how = Wi-Fi 또는 네트워크 케이블에 연결하고 다른 웹 사이트가 열리는지 확인한 후, 위의 연결 검사에서 "다시 검사"를 누르세요.
plan-account-send = IT 부서는 이 페이지보다 더 자세히 조사할 수 있습니다. 아래 보고서를 IT 헬프데스크에 보내세요.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = IT 부서는 이 페이지보다 더 자세히 조사할 수 있습니다. 아래 보고서를 IT 헬프데스크({ $contact })에 보내세요.
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Microsoft 365의 공개 상태 페이지를 열고 로그인이나 Teams에 현재 문제가 있는지 확인하세요: { $link }. 몇 분 기다린 후 Teams에 다시 로그인하세요.
plan-go-to-report = 보고서로 이동
plan-after-cache-intro = IT 부서에 문의하기 전이나 답변을 기다리는 동안 다음 순서대로 해 보세요.
plan-help-missing = 이 단계를 표시할 수 없습니다. 이 페이지 사본은 도움말 텍스트 없이 빌드되었습니다. IT 헬프데스크에 알려 주세요.

## The plan's steps (core/src/plan.rs)

plan-step-time = 날짜, 시간 및 표준 시간대를 자동으로 설정
plan-step-network = VPN을 끄고 프록시 확인
plan-step-connect = 인터넷 연결 확인
plan-step-tls = TLS 1.2가 켜져 있는지 확인
plan-step-it = 보고서와 함께 IT 부서에 문의
plan-step-helpdesk = 여전히 안 되나요? 보고서를 IT 부서에 보내기
plan-step-service = Microsoft 365 상태를 확인하고 나중에 다시 시도
plan-step-cache-new = 새 Teams 캐시 지우기(백업 보관)
plan-step-cache-classic = 클래식 Teams 캐시 지우기(백업 보관)
plan-step-cache-both = Teams 캐시 지우기(백업 보관)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = 검사하는 동안 이 컴퓨터는 어떤 웹 사이트에도 연결할 수 없었습니다. 다시 온라인 상태가 될 때까지는 다른 어떤 것도 작동하지 않습니다.
plan-why-service-helpdesk = 한참 후에도 계속 실패하고 상태 페이지에 문제가 표시되지 않으면 보고서를 IT 부서에 보내세요. 회사 프록시도 같은 응답을 보낼 수 있습니다.
# Variables:
#   $site (String) - office.com
plan-why-office-network = { $site }에서도 로그인에 실패하고 네트워크 검사 결과가 아직 없으므로, IT 부서에 문의하기 전에 VPN과 프록시가 원인이 아닌지 확인하세요.
# Variables:
#   $site (String) - office.com
plan-why-office-it = { $site }에서도 로그인에 실패하므로, 원인은 Teams 앱보다 네트워크나 계정일 가능성이 높습니다. IT 부서는 보고서로 두 가지를 모두 확인할 수 있습니다.
plan-why-network-after-offline = 다시 온라인 상태가 되면, 다음으로 VPN이나 프록시가 Microsoft 로그인 서버를 차단하고 있지 않은지 확인합니다.
plan-why-network-unknown = 네트워크 검사 결과가 없습니다. VPN이나 프록시가 Microsoft 로그인 서버를 차단하는 것은 지원 문서에서 두 번째로 꼽는 원인입니다.
plan-why-tls = 드물고 주로 오래된 컴퓨터에서 발생하지만, Windows에서 TLS 1.2가 꺼져 있으면 로그인할 수 없습니다. 확인은 금방 끝납니다.
plan-why-clock-unknown = 이 페이지에서 시계를 검사할 수 없었습니다. 날짜, 시간 또는 표준 시간대가 잘못된 것은 알려진 원인 중 하나입니다.
plan-why-helpdesk = 어떤 단계로도 해결되지 않았다면 이 페이지의 보고서를 IT 헬프데스크에 보내세요. 검사한 내용이 기록되어 있습니다.
plan-why-it-generic = 이 오류는 IT 부서에서 확인해야 합니다.
plan-why-timezone = 이 페이지의 서버와 비교하면 시계가 거의 정확히 15분 단위로 차이 납니다. 표준 시간대가 잘못된 상태에서 시간을 직접 맞췄을 가능성이 높으며, 그래서 실제 시간도 틀려 있습니다.
plan-why-clock-fail = 이 페이지의 서버와 비교하면 시계 차이가 조직의 한도(기본값 5분, Kerberos와 토큰 검사의 일반적인 허용 범위)를 넘습니다. 시계가 틀리면 로그인에 실패할 수 있습니다.
plan-why-clock-warn = 이 페이지의 서버와 비교하면 시계 차이가 조직의 경고 한도를 넘어, 로그인에 실패할 수 있는 한도에 가까워지고 있습니다.
plan-why-blocked = 다른 사이트는 응답했지만 이 브라우저에서 Microsoft 로그인 서버에 연결할 수 없었습니다. VPN, 프록시 또는 방화벽이 막고 있습니다.
plan-why-partial = Microsoft 서버 중 일부가 이 브라우저에 응답하지 않았습니다. VPN, 프록시 또는 방화벽이 로그인의 일부를 차단하고 있을 수 있습니다.
plan-why-intercepted = Microsoft 대신 다른 곳(차단 페이지, 프록시 로그인 페이지 또는 게스트 Wi-Fi 로그인 페이지)이 이 브라우저에 응답했습니다. 이 네트워크에서는 로그인이 Microsoft에 도달하지 못할 가능성이 높습니다.
plan-why-network-code = 오류 코드가 Microsoft 연결 문제를 가리키므로, 먼저 VPN과 프록시가 원인이 아닌지 확인하세요.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = { $site }에서는 로그인되고 Microsoft 서버도 응답하므로, Teams 앱 자체에 저장된 로그인 데이터가 원인일 가능성이 높습니다. 문서에서는 이를 지우면 80% 이상의 경우에 해결된다고 추정합니다.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = 이 브라우저에서는 { $site }에 로그인되므로, Teams 앱에 저장된 로그인 데이터가 원인일 가능성이 높습니다. 문서에서는 이를 지우면 80% 이상의 경우에 해결된다고 추정합니다.
plan-why-cache = 지원 문서에서는 CAA20002의 가장 흔한 원인으로 Teams 캐시에 남은 오래된 로그인 데이터를 꼽습니다. 캐시를 지워도 백업은 보관됩니다.

## What to keep doing once a step fixed it

plan-keep-time = 날짜, 시간 및 표준 시간대 자동 설정을 켜 두세요. 그러면 계속 정확하게 유지됩니다.
plan-keep-network = VPN이나 프록시를 켤 때마다 다시 문제가 생기면 IT 부서에 알리세요. Microsoft 로그인 주소를 허용해야 합니다.
plan-keep-cache = Teams가 며칠 동안 잘 작동하면 백업 폴더를 삭제해도 됩니다.
plan-keep-tls = TLS 1.2는 켜 둔 채로 두세요.
plan-keep-account = IT 부서에서 해결해 주었다니 다행입니다.
plan-keep-connect = 다시 온라인 상태가 되었습니다.
plan-keep-service = 서비스가 다시 응답하고 있습니다.

## Next step line in the summary

summary-next-done = 완료: 이제 Teams에 로그인될 것입니다
summary-next-helpdesk = 보고서와 함께 IT 헬프데스크에 문의하세요

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = 이 페이지에서 알 수 없는 코드입니다. 아래 { $code }에 대한 안내는 그대로 적용됩니다.
code-unknown = 이 페이지에서 알 수 없는 코드입니다. 아래의 일반 안내는 그대로 적용됩니다.
# Variables:
#   $code (String) - the code the user typed
code-updated = { $code }에 맞게 안내와 단계를 업데이트했습니다.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = 오류 { $code }: { $meaning }
code-title-general = Teams 로그인 문제: 일반적으로 도움이 되는 방법
code-for-it = 이 오류는 IT 부서에서 처리해야 합니다.
code-for-it-why = 이 페이지의 단계로는 해결되지 않습니다. 아래 섹션 4의 보고서를 IT 부서에 보내세요.
code-more = 이 오류에 대한 자세한 정보
code-input-label = Teams에 다른 코드가 표시되나요? 여기에 입력하거나 붙여 넣으세요
# Variables:
#   $code (String) - an example code
code-input-placeholder = 예: { $code }
code-loading = 이 코드의 의미를 불러오는 중…
code-load-failed = 이 코드의 의미를 불러올 수 없습니다. 연결을 확인하고 페이지를 새로 고치세요. 아래 단계는 그대로 적용됩니다.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — 전체 세부 정보({ $os })
article-show = 문서 전체 보기: 증상, 원인, 모든 해결 방법, 링크
article-solutions = 해결 방법
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. 문제 해결 스크립트
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. { $os }용 문제 해결 스크립트
script-choose-os = Teams 캐시를 안전하게 지우는 스크립트를 받으려면 위의 "내 컴퓨터"에서 운영 체제를 선택하세요.
script-preparing = 스크립트를 준비하는 중… 위의 검사 결과가 나오면 여기에 표시됩니다.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = 여기서 스크립트를 준비할 수 없습니다({ $reason }). 다시 시도하거나 아래의 미리 만든 스크립트를 다운로드하세요. '해야 할 일'의 단계는 스크립트 없이도 따라 할 수 있습니다.
action-try-again = 다시 시도
# Variables:
#   $file (String) - the script's file name
script-download-static = 미리 만든 스크립트 다운로드({ $file }, 기본 옵션)
script-static-note = 미리 만든 스크립트는 기본 단계로 두 가지 Teams 버전의 캐시를 모두 지웁니다. 다음 명령으로 실행하세요.

## The report for the helpdesk

report-title = 4. IT 헬프데스크용 보고서
report-intro = 도움이 필요하면 이 보고서를 보내세요. 이 페이지에서 측정한 내용이 담겨 있어 IT 부서가 다시 물어볼 필요가 없습니다. 이름, 계정, 암호는 포함되지 않습니다. 이 페이지는 스스로 아무것도 보내지 않습니다.
report-copy = 보고서 복사
report-download = 보고서 다운로드(JSON)
report-email = 헬프데스크에 이메일 보내기
report-copied = 보고서를 복사했습니다. 헬프데스크에 보내는 메시지에 붙여 넣으세요.
# Variables:
#   $file (String) - the file's name
report-saved = { $file }을(를) 다운로드 폴더에 저장했습니다.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = 다운로드가 시작되지 않았습니다({ $reason }). 대신 "보고서 복사"를 사용하세요.
report-notes-legend = 선택 사항: IT 부서가 로그인 시도를 찾는 데 도움이 되는 정보
report-error-time-label = 오류가 언제 나타났나요?
report-error-time-note = 컴퓨터의 현지 시간입니다. 보고서에 표준 시간대가 기록됩니다.
report-correlation-label = 상관관계 ID(Teams에서 오류 아래에 표시됨)
report-correlation-note = Teams 오류 창에서 복사하세요. Microsoft 로그인 로그에서 해당 시도를 식별하는 ID입니다.
# Variables:
#   $example (String) - an example date and time
report-refused-time = 이 페이지에서 읽을 수 있는 날짜와 시간이 아닙니다. 날짜 선택기를 사용하거나 { $example }처럼 입력하세요.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = 상관관계 ID가 아닙니다. 상관관계 ID는 8-4-4-4-12자리의 영문자와 숫자로 이루어져 있습니다(예: { $example }).
report-show = 보고서 보기
report-text-label = 보고서 텍스트
report-json-label = JSON 형식 보고서
copy-blocked-report = 브라우저가 복사를 차단했습니다. 보고서 텍스트를 선택하고 Ctrl+C(Mac에서는 ⌘C)를 누르세요.

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = 도움말: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Teams 로그인 자가 진단 { $version }. 이 페이지는 어디에도 아무것도 보내지 않습니다. 검사는 Microsoft 서버가 응답하는지만 확인하며, 보고서는 직접 보낼 때까지 브라우저에만 남아 있습니다.

## Loading the texts that come after the checks

later-loading = 불러오는 중…
later-failed = 이 부분을 불러올 수 없습니다. 연결을 확인하고 페이지를 새로 고치세요.
