### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Teams 로그인 자가 진단 보고서({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = 작성: { $time }(페이지 { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = 컴퓨터: { $os }, { $client }; 브라우저 언어 { $language }; 표준 시간대 { $zone }(UTC{ $offset })
report-os-not-chosen = OS 선택 안 함
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = 시계: { $status }({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = 시계: { $status }, 컴퓨터 - 서버 = { $ms }밀리초(± { $uncertainty }밀리초)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , 대략적 측정: { $reason }
report-clock-timezone = , 표준 시간대가 잘못되었을 수 있음
# Variables:
#   $status (String) - the check's status
report-clock-status = 시계: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = 네트워크: { $status }, 패턴 { $pattern }
report-not-finished = 완료되지 않음
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = 이 브라우저에서 { $site } 로그인 가능: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = 제안된 단계: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = 시도했지만 해결되지 않음: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = 해결한 단계: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = 오류가 처음 나타난 시간: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Teams에 표시된 상관관계 ID: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = 페이지 설정 문제: { $problems }
report-mail-subject = Teams 로그인 문제(자가 진단 보고서)
report-mail-shortened = …(줄임: 전체 텍스트는 "보고서 복사"를 사용하세요)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = { $duration } 후에도 응답 없음: 연결이 아무 알림 없이 끊기고 있을 가능성이 높습니다(방화벽, VPN 또는 프록시).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = { $duration } 이내에 응답 없음: 연결이 아무 알림 없이 끊기고 있을 가능성이 높습니다(방화벽, VPN 또는 프록시).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = { $duration } 후 실패: 거부되었거나 찾을 수 없습니다(차단, DNS 없음, 네트워크 없음 또는 브라우저가 신뢰하지 않는 인증서).
endpoint-detail-intercepted = Microsoft 대신 다른 곳에서 응답했습니다. 응답이 Microsoft 로그인 구성이 아닙니다(예: 차단 페이지, 프록시 로그인 페이지, 호텔이나 게스트 Wi-Fi 로그인 페이지).
endpoint-detail-unreadable = 응답은 있었지만 이 브라우저에서 응답을 읽을 수 없도록 되어 있어, Microsoft 로그인 서비스에서 온 응답인지 확인할 수 없습니다(프록시의 차단 페이지도 여기서는 똑같이 보입니다).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = 응답했지만 느립니다({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = { $ms }밀리초 만에 응답했습니다.
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n }밀리초
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n }초

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Microsoft Entra 로그인
endpoint-label-login-alt = Microsoft 로그인(대체)
endpoint-label-aadcdn-msauth = 로그인 페이지 파일
endpoint-label-aadcdn-msftauth = 로그인 페이지 파일(대체)
endpoint-label-teams = Teams 서비스
endpoint-label-teams-cloud = Teams 서비스(새 주소)
endpoint-label-teams-statics = Teams 앱 파일
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Microsoft Entra 로그인(미국 정부)
endpoint-label-teams-usgov = Teams 서비스(미국 정부)
endpoint-label-graph-usgov = Microsoft Graph(미국 정부)
endpoint-label-login-china = Microsoft Entra 로그인(21Vianet)
endpoint-label-login-partner-china = Microsoft Entra 로그인(21Vianet, 파트너)
endpoint-label-graph-china = Microsoft Graph(21Vianet)
endpoint-label-self = 이 페이지의 서버
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = 요청 실패: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = { $ms }밀리초 이내에 응답 없음
# Variables:
#   $status (Number) - the HTTP status code
error-http = 서버 응답 HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = 브라우저가 거부함: { $detail }
error-missing-date = 서버 응답에 Date 헤더가 없음
# Variables:
#   $value (String) - the header's value
error-bad-date = 서버의 Date 헤더를 읽을 수 없음: { $value }
error-no-samples = 사용할 수 있는 시계 측정값이 없음
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = 유효한 JSON이 아님({ $line }행 { $column }열)
error-texts = 페이지의 텍스트를 읽을 수 없음

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file }은(는) 유효한 JSON이 아닙니다({ $line }행, { $column }열). 기본 제공 기본값이 사용됩니다
# Variables:
#   $file (String) - config.json
config-not-object = { $file }은(는) JSON 개체 { "{" } … { "}" }여야 합니다. 기본 제공 기본값이 사용됩니다
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file }을(를) 불러올 수 없습니다({ $reason }). 기본 제공 기본값이 사용됩니다
config-must-be-object = 개체 { "{" } … { "}" }여야 합니다. 기본값이 사용됩니다
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = { $max }자를 넘어 무시되었습니다
config-control-characters = 줄 바꿈이나 제어 문자가 있어 무시되었습니다
config-not-text = 따옴표로 묶은 텍스트여야 합니다. 무시되었습니다
config-not-email = 이메일 주소가 아닙니다. 무시되었습니다
config-not-phone = 숫자, 공백 및 + - ( ) . / 만 사용할 수 있습니다. 무시되었습니다
# Variables:
#   $https (String) - https://
config-not-https = { $https }(으)로 시작하는 웹 주소여야 합니다. 무시되었습니다
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = { $min }에서 { $max } 사이여야 합니다. 기본값이 사용됩니다
config-not-number = 숫자여야 합니다. 기본값이 사용됩니다
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key }({ $warn }초)는 { $fail_key }({ $fail }초)보다 작아야 합니다. 기본값 { $default_warn }초와 { $default_fail }초가 사용됩니다
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = 브라우저는 다른 서버의 시간을 숨기므로 이 페이지 자체 서버의 경로(예: { $default })여야 합니다. { $default }이(가) 사용됩니다
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = { $choices } 중 하나여야 합니다. { $default }이(가) 사용됩니다
config-no-usable-endpoint = 사용할 수 있는 항목이 없습니다. 기본 제공 Microsoft 엔드포인트가 사용됩니다
config-not-list = 목록 [ … ]이어야 합니다
# Variables:
#   $id (String) - the entry's id
config-repeated-id = ('{ $id }') 이미 사용 중인 id와 중복됩니다. 이 항목은 건너뜁니다
config-entry-not-object = id, label, url이 있는 개체여야 합니다. 이 항목은 건너뜁니다
config-bad-id = id가 1~32자의 영문자, 숫자, - 또는 _가 아닙니다. 이 항목은 건너뜁니다
config-no-id = id가 없습니다. 이 항목은 건너뜁니다
# Variables:
#   $id (String) - the reserved id
config-reserved-id = 예약된 id '{ $id }'을(를) 사용합니다(이 페이지 자체 서버는 항상 검사됩니다). 이 항목은 건너뜁니다
# Variables:
#   $id (String) - the entry's id
config-no-url = ('{ $id }') url이 없습니다. 이 항목은 건너뜁니다
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = ('{ $id }') { $reason }. 이 항목은 건너뜁니다
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = ('{ $id }') { $http }을(를) 사용하는데, HTTPS로 제공되는 페이지에서는 테스트할 수 없습니다({ $https }을(를) 사용하세요). 이 항목은 건너뜁니다
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = ('{ $id }') 알 수 없는 "expect" 값입니다({ $choices } 중에서 사용하세요). 이 항목은 건너뜁니다
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = ('{ $id }') "expect"가 텍스트가 아닙니다. 이 항목은 건너뜁니다
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = 이 페이지에 포함된 언어가 아닙니다({ $choices }). 영어가 사용됩니다

## What is wrong with a URL (core/src/url.rs)

url-too-long = URL이 2,000자를 넘습니다
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = URL은 { $https }(또는 { $http })(으)로 시작해야 합니다
url-userinfo = URL에 사용자 이름이나 암호를 포함할 수 없습니다
url-bad-host = URL의 호스트가 올바르지 않습니다
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = URL에 허용되지 않는 문자(따옴표, 공백, { $chars } 등)가 포함되어 있습니다
