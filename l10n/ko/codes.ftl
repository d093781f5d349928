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
codes-source-note = Microsoft에서 { $code }을(를) 부르는 이름: { $constant }: { $wording } 출처: { $sources }.
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }; { $second }도 참조
# Variables:
#   $code (String) - the error code
codes-not-sure = 확실하지 않음: Microsoft 공개 문서에서 { $code }을(를) 찾을 수 없었으므로, 위의 의미는 사실이 아니라 이 페이지의 추정입니다.
# same as English: the name of a Microsoft Learn reference page (API names)
codes-source-web-provider-errors = Microsoft Learn: WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Microsoft 지원: Microsoft Teams에 로그인하는 데 문제가 있는 이유는 무엇인가요?
codes-source-com-security-errors = Microsoft Learn: COM 오류 코드(보안 및 설정)

## Paragraphs several codes share

code-shared-tls-inspection = Microsoft의 설명이 아닌 이 페이지의 해석입니다: 회사 네트워크에서는 자체 인증서로 암호화된 연결을 검사하는 프록시나 방화벽이 원인일 가능성이 높으며, Teams 로그인은 그 인증서를 신뢰하지 않습니다. 회사 네트워크 밖에서는 호텔이나 게스트 Wi-Fi의 로그인 페이지가 같은 문제를 일으킬 수 있습니다.
code-shared-tls-inspection-try = 다른 네트워크(예: 휴대폰 핫스팟)에서 시도해 보세요. 거기서 로그인되면 IT 부서에 오류 코드를 알리세요. IT 부서는 Microsoft 로그인 주소를 TLS 검사에서 제외할 수 있습니다. 이 페이지의 브라우저 검사는 인증서를 볼 수 없으므로 모든 주소가 연결 가능으로 표시될 수 있습니다.
code-shared-pac-try = 프록시 설정은 IT 부서만 고칠 수 있습니다. 그때까지는 다른 네트워크(예: VPN을 끈 상태의 휴대폰 핫스팟)에서 로그인하면 되는 경우가 많습니다.
code-shared-proxy-answered = Microsoft의 설명이 아닌 이 페이지의 해석입니다: 이는 흔히 Microsoft가 아닌 다른 곳에서 응답했다는 뜻입니다. 예를 들어 프록시의 로그인 페이지나 차단 페이지, 호텔이나 게스트 Wi-Fi의 로그인 페이지입니다.

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = 이 인증서 오류는 대개 프록시나 방화벽이 암호화된 연결을 검사하고 있거나, 게스트 Wi-Fi 로그인 페이지가 가로막고 있다는 뜻입니다. 다른 네트워크에서 시도해 보면 어느 쪽인지 알 수 있습니다.
code-shared-plan-proxy-setup = 이 오류는 자동 프록시 설정에 실패하여 Teams가 Microsoft에 연결하는 방법을 모른다는 뜻입니다. 다른 네트워크를 사용하거나 IT 부서의 도움을 받으면 우회할 수 있습니다.
code-shared-plan-unusable-answer = 이 오류는 Teams가 사용할 수 없는 응답을 받았다는 뜻이며, 대개 프록시나 게스트 Wi-Fi 자체 페이지가 Microsoft 대신 응답한 경우입니다.

## CAA20002

code-caa20002-meaning = 로그인 서비스가 요청을 잘못된 요청으로 거부했습니다
code-caa20002-documented = "요청에 필수 매개 변수가 없거나, 잘못된 매개 변수 값이 포함되어 있거나, 매개 변수가 두 번 이상 포함되어 있거나, 그 밖의 형식이 잘못되었습니다."
code-caa20002-guidance-1 = Microsoft 로그인 서비스가 Teams에 응답했지만 요청을 잘못된 요청으로 거부했습니다. 지원 문서에 따르면 이 문제는 Microsoft 서비스 중단이 아니라 거의 항상 이 컴퓨터의 문제이며, 대개 직접 해결할 수 있습니다.
code-caa20002-guidance-2 = 지원 문서에서는 가능한 원인을 다음 순서로 꼽습니다: Teams 캐시에 남은 오래된 로그인 데이터, 방해가 되는 VPN이나 회사 프록시, 꺼져 있는 TLS 1.2, 잘못된 날짜, 시간 또는 표준 시간대.
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = 캐시부터 시작하세요. 백업이 보관되므로 아무것도 잃지 않습니다. 문서에서는 { $site }에서 로그인이 되는 경우 캐시를 지우면 80% 이상의 경우에 해결된다고 추정합니다(측정값이 아니라 문서의 추정치입니다).
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = 간단한 테스트: 브라우저에서 { $site }에 로그인해 보세요. 로그인되면 문제는 이 컴퓨터의 Teams 또는 Windows 로그인 쪽에 있을 가능성이 높으므로 먼저 Teams 캐시를 지우세요. 여기서도 실패하면 네트워크나 계정이 원인일 가능성이 더 높으며, IT 부서에서 도와줄 수 있습니다.

## CAA20003

code-caa20003-meaning = 로그인 거부: 권한 부여에 실패했습니다
# Why the plan puts its step first.
code-caa20003-plan = 오류 CAA20003에 대해 Microsoft는 먼저 날짜와 시간을 확인하라고 권장합니다. 작은 차이도 문제가 될 수 있습니다.
code-caa20003-documented = "이 어설션에 대한 권한 부여에 실패했습니다." Microsoft의 Teams 표에는 "날짜와 시간이 올바르게 설정되어 있는지 확인하세요"라는 내용도 있습니다.
code-caa20003-guidance-1 = Microsoft가 Teams에 저장된 로그인 증명(권한 부여)을 받아들이지 않았습니다. Microsoft는 먼저 날짜와 시간을 확인하라고 권장합니다.
code-caa20003-guidance-2 = 날짜, 시간, 표준 시간대가 모두 자동으로 설정되어 있는지 확인한 후 Teams를 다시 시작하세요. 몇 분 차이도 문제가 될 수 있습니다. 표준 시간대가 잘못된 상태에서 시계를 직접 맞춰 올바르게 보이도록 한 경우에도 문제가 됩니다.
code-caa20003-guidance-3 = 시간이 맞다면 Teams에서 로그아웃한 후 다시 로그인하세요. 최근에 암호를 변경했다면 먼저 컴퓨터를 다시 시작하세요. 오류가 계속되면 Teams 캐시를 지우세요.

## CAA20004

code-caa20004-meaning = 로그인 거부됨(대개 조직의 규칙 때문)
# Why the plan puts its step first.
code-caa20004-plan = 오류 CAA20004는 조직의 액세스 규칙(조건부 액세스)이 로그인을 차단했다는 뜻이며, 이 규칙은 IT 부서만 변경할 수 있습니다.
code-caa20004-documented = "리소스 소유자 또는 권한 부여 서버가 요청을 거부했습니다." Microsoft의 Teams 표: IT 관리자에게 문의하여 Microsoft Entra ID 정책을 확인하세요.
code-caa20004-guidance-1 = 로그인 서비스가 이 로그인을 거부했습니다. 대개 조직의 액세스 규칙(조건부 액세스)이 차단한 것으로, 예를 들어 사용 중인 장치, 네트워크 또는 앱 때문일 수 있습니다.
code-caa20004-guidance-2 = 이 규칙은 직접 변경할 수 없으며, 캐시를 지워도 해결되지 않습니다. IT 부서에 문의하세요.
code-caa20004-guidance-3 = IT 부서에 오류 코드 CAA20004, 발생한 날짜와 시간, 그리고 집, 사무실, VPN 연결 중 어디에 있었는지 알려 주세요. IT 부서는 Entra ID 로그인 로그에서 해당 로그인을 찾아 어떤 규칙이 차단했는지 확인할 수 있습니다.

## CAA2000B

code-caa2000b-meaning = Teams가 요청한 항목이 계정에 설정되어 있지 않습니다
# Why the plan puts its step first.
code-caa2000b-plan = 오류 CAA2000B는 Teams가 요청한 항목이 계정이나 조직에 설정되어 있지 않거나 존재하지 않는다는 뜻입니다. 이는 IT 부서만 확인할 수 있습니다(예: Teams 라이선스).
code-caa2000b-documented = "구성 상태로 인해 또는 존재하지 않아 리소스가 잘못되었습니다."
code-caa2000b-guidance-1 = 로그인 서비스에 따르면 Teams가 요청한 항목이 잘못되었습니다. 계정이나 조직에 설정되어 있지 않거나 존재하지 않습니다. Microsoft 공개 문서에는 어떤 설정인지 나와 있지 않습니다. Teams 라이선스나, 사용자 또는 조직에 대해 Teams가 꺼져 있는지는 IT 부서에서 확인할 수 있습니다.
code-caa2000b-guidance-2 = 이 문제는 IT 부서만 해결할 수 있습니다. 캐시를 지워도 해결되지 않습니다.
code-caa2000b-guidance-3 = IT 부서에 오류 코드 CAA2000B와 로그인에 사용하는 계정을 알리고, Teams 라이선스를 확인해 달라고 요청하세요.

## CAA2000C

code-caa2000c-meaning = 추가 로그인 단계 필요(예: MFA 또는 동의)
code-caa2000c-documented = "요청에 사용자 조작이 필요합니다."
code-caa2000c-guidance-1 = Teams가 자동으로 로그인할 수 없었습니다. Microsoft가 먼저 사용자의 조작을 요구하고 있습니다. 예를 들어 다단계 인증 요청 승인, 동의 화면 수락, 암호 재입력 등입니다.
code-caa2000c-guidance-2 = Teams에서 로그아웃한 후 다시 로그인하고, 휴대폰에 표시되는 요청을 포함해 모든 요청을 완료하세요. 요청이 나타나지 않으면 Teams 캐시를 지우세요. 그러면 Teams가 처음부터 다시 요청합니다.
code-caa2000c-guidance-3 = 요청이 나타나지만 실패하거나 완료할 수 없으면 IT 부서에 오류 코드 CAA2000C를 알리세요.

## CAA301F7

code-caa301f7-meaning = 서비스가 일시적으로 과부하 상태입니다
# Why the plan puts its step first.
code-caa301f7-plan = 오류 CAA301F7은 서비스가 일시적으로 과부하 상태라고 응답했다는 뜻으로, 이 컴퓨터가 아니라 서비스 쪽 문제를 가리킵니다. 캐시를 지워도 해결되지 않습니다.
code-caa301f7-documented = "서비스가 일시적으로 과부하 상태입니다."
code-caa301f7-guidance-1 = Teams가 로그인에 사용하는 서비스가 일시적으로 과부하 상태라고 응답했습니다(HTTP 상태 503). 이는 이 컴퓨터가 아니라 서비스 쪽 문제를 가리키므로, 캐시를 지워도 해결되지 않습니다.
code-caa301f7-guidance-2 = Microsoft 365의 공개 상태 페이지에서 현재 문제가 있는지 확인하고, 몇 분 기다린 후 다시 로그인하세요.
code-caa301f7-guidance-3 = 상태 페이지에 문제가 표시되지 않는데도 계속 실패하면 IT 부서에 오류 코드 CAA301F7을 알리세요. 회사 프록시도 같은 응답을 보낼 수 있습니다.

## CAA5004B

code-caa5004b-meaning = 확실하지 않음: 장치 등록 문제일 가능성이 있습니다
# Why the plan puts its step first.
code-caa5004b-plan = 오류 CAA5004B는 Microsoft 공개 문서에 없습니다. 도움말 사이트들은 이 컴퓨터의 조직 등록과 관련이 있다고 하며, 이는 IT 부서만 확인할 수 있습니다.
code-caa5004b-guidance-1 = Microsoft 공개 문서에서 이 코드를 찾을 수 없었습니다. 도움말 사이트들은 이 컴퓨터에 대한 정보가 없는 것과 관련이 있다고 하며, 대개 이 컴퓨터가 조직에 제대로 등록되어 있지 않거나 등록이 해제되었기 때문입니다. 확실한 것이 아니라 가능성이 높은 원인으로 생각하세요.
code-caa5004b-guidance-2 = 이 문제는 IT 부서만 확인할 수 있습니다. 캐시를 지워도 해결될 가능성은 낮습니다.
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = Windows에서는 IT 부서가 { $command } 명령의 출력을 보고 싶어 할 것입니다. 명령 프롬프트를 열고 명령을 입력한 후 Enter 키를 누르고, 출력의 "Device State" 및 "SSO State" 섹션을 복사하여 오류 코드 CAA5004B와 함께 메시지에 넣으세요.
code-caa5004b-guidance-4 = Mac에서는 IT 부서에 오류 코드를 알리고, 회사 포털 앱에 이 Mac이 등록된 것으로 표시되는지도 알려 주세요.

## CAA60007

code-caa60007-meaning = 로그인 응답을 읽을 수 없습니다
code-caa60007-documented = "구문 분석 중인 JSON 텍스트의 형식이 잘못되었습니다."
code-caa60007-guidance-1 = Teams는 Microsoft 로그인 서비스에서 데이터 응답을 받을 것으로 예상했지만, 읽을 수 없는 내용을 받았습니다.
code-caa60007-guidance-3 = 네트워크에 로그인하라는 웹 페이지가 나타나는지 확인하고, VPN을 끈 후 다시 시도하세요. 회사 네트워크에서만 실패한다면 IT 부서에 오류 코드 CAA60007을 알리세요.

## CAA70004

code-caa70004-meaning = 서버 또는 프록시를 찾을 수 없습니다
# Why the plan puts its step first.
code-caa70004-plan = 오류 CAA70004는 Teams가 서버나 사용하도록 지정된 프록시를 찾을 수 없었다는 뜻입니다. Teams 앱은 이 브라우저와 다른 프록시 설정을 사용할 수 있습니다.
code-caa70004-documented = "서버 또는 프록시를 찾을 수 없습니다." Microsoft의 Teams 표에는 "대개 잘못 구성된 프록시나, HTTPS를 해독하도록 설정되지 않은 Fiddler 같은 네트워크 스니핑 프로그램이 원인입니다"라는 내용도 있습니다.
code-caa70004-guidance-1 = Teams가 서버 또는 사용하도록 지정된 프록시를 찾을 수 없었습니다.
code-caa70004-guidance-2 = 인터넷 연결이 작동하는지 확인하고, VPN을 사용 중이면 끈 후 다시 시도하세요.
code-caa70004-guidance-3 = 회사 네트워크에 있다면 프록시가 중단되었거나, Teams 앱에는 브라우저와 다르게 설정되어 있을 수 있습니다. 이 페이지의 네트워크 검사는 이 브라우저에서 연결할 수 있는 곳을 보여 줍니다. 오류 코드 CAA70004와 함께 보고서를 IT 부서에 보내세요.

## CAA70007

code-caa70007-meaning = 연결이 중단되었습니다
# Why the plan puts its step first.
code-caa70007-plan = 오류 CAA70007은 로그인 중에 연결이 끊어졌다는 뜻으로, 불안정한 연결, VPN 또는 방화벽이 원인일 수 있습니다.
code-caa70007-documented = "다운로드하지 못했습니다(연결이 중단되었습니다)."
code-caa70007-guidance-1 = Teams가 로그인하는 도중에 Microsoft와의 연결이 끊어졌습니다.
code-caa70007-guidance-2 = 인터넷에 연결되어 있는지 확인하고, VPN을 사용 중이면 끈 후 다시 시도하세요. 휴대폰 핫스팟 같은 다른 네트워크에서 시도해 보는 것도 좋은 테스트입니다.
code-caa70007-guidance-3 = 회사 네트워크에서 계속 실패하면 IT 부서에 오류 코드 CAA70007을 알리세요. 방화벽이나 다른 프로그램이 연결을 끊고 있을 수 있습니다.

## CAA82EE2

code-caa82ee2-meaning = 로그인 시간이 초과되었습니다
# Why the plan puts its step first.
code-caa82ee2-plan = 오류 CAA82EE2는 로그인 시간이 초과되었다는 뜻으로, 느리거나 차단된 연결, VPN 또는 방화벽이 원인일 수 있습니다.
code-caa82ee2-documented = "요청 시간이 초과되었습니다."
code-caa82ee2-guidance-1 = 로그인이 너무 오래 걸려 중단되었습니다. 대개 느리거나 차단된 연결, VPN 또는 방화벽 때문입니다.
code-caa82ee2-guidance-2 = 다른 네트워크(예: 휴대폰 핫스팟)를 사용하거나 VPN을 끈 후 다시 로그인하세요.
code-caa82ee2-guidance-3 = 회사 네트워크에서만 실패한다면 IT 부서에 오류 코드 CAA82EE2를 알리세요. 방화벽이나 프록시가 Microsoft 로그인 서버로의 연결을 지연시키고 있을 수 있습니다.

## CAA82EE7

code-caa82ee7-meaning = 서버 이름을 확인할 수 없습니다
# Why the plan puts its step first.
code-caa82ee7-plan = 연결이 작동하더라도 VPN이나 회사 DNS 설정 때문에 Teams가 Microsoft 서버 이름을 확인하지 못할 수 있습니다.
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = 오류 CAA82EE7은 서버 이름을 확인할 수 없었다는 뜻으로, 대개 연결이 없거나 DNS 문제가 있는 경우입니다.
code-caa82ee7-documented = "서버 이름을 확인할 수 없습니다."
code-caa82ee7-guidance-1 = 이 컴퓨터가 Microsoft 서버 이름을 확인할 수 없었습니다. 오프라인 상태이거나 이름 확인(DNS)이 작동하지 않습니다.
code-caa82ee7-guidance-2 = 다른 웹 사이트가 열리는지 확인하세요. VPN을 끄거나(또는 껐다가 다시 켜거나) Wi-Fi에 다시 연결한 후 다시 시도하세요.
code-caa82ee7-guidance-3 = 다른 웹 사이트는 열리는데 오류가 계속 나타나면 IT 부서에 오류 코드 CAA82EE7을 알리세요.

## CAA82F05

code-caa82f05-meaning = 서버 인증서의 날짜가 유효하지 않은 것으로 판단되었습니다
# Why the plan puts its step first.
code-caa82f05-plan = 오류 CAA82F05는 인증서가 만료되었거나 아직 유효하지 않은 것으로 판단되었다는 뜻입니다. 이 컴퓨터의 날짜가 잘못되어 있으면 모든 인증서가 그렇게 보입니다.
code-caa82f05-documented = "서버에서 받은 SSL 인증서 날짜가 잘못되었습니다. 인증서가 만료되었습니다."
code-caa82f05-guidance-1 = Teams가 서버의 보안 인증서를 만료되었거나 아직 유효하지 않은 것으로 판단했습니다. 이 컴퓨터의 날짜가 잘못되어 있으면 모든 인증서가 그렇게 보이므로 먼저 시계를 확인하세요.
code-caa82f05-guidance-2 = 날짜, 시간 및 표준 시간대를 자동으로 설정하고 Teams를 다시 시작한 후 다시 로그인하세요.
code-caa82f05-guidance-3 = 시계가 맞다면 네트워크의 무언가가 Microsoft 대신 유효 기간이 지난 인증서를 제시하고 있는 것입니다. IT 부서에 오류 코드 CAA82F05를 알리세요.

## CAA82F0D

code-caa82f0d-meaning = 알 수 없는 인증 기관의 인증서
code-caa82f0d-documented = "이 함수는 서버의 인증서를 생성한 인증 기관을 알지 못합니다."
code-caa82f0d-guidance-1 = Teams가 Microsoft 로그인 서버에 대해 받은 보안 인증서는 이 컴퓨터가 신뢰하지 않는 기관에서 발급한 것입니다.

## CAA82F17

code-caa82f17-meaning = 서버의 인증서에 오류가 있습니다
code-caa82f17-documented = "SSL 인증서에 오류가 있습니다."
code-caa82f17-guidance-1 = Teams가 Microsoft 로그인 서버에 대해 받은 보안 인증서에 오류가 있습니다.

## CAA82F7D

code-caa82f7d-meaning = 보안 연결(TLS) 오류
# Why the plan puts its step first.
code-caa82f7d-plan = 오류 CAA82F7D는 보안 연결을 설정할 수 없었다는 뜻입니다. 암호화된 연결을 검사하는 프록시나 방화벽이 원인일 수 있습니다.
code-caa82f7d-documented = "보안 채널과 관련된 오류가 발생했음을 나타냅니다."
code-caa82f7d-guidance-1 = Teams가 Microsoft 로그인 서버와 보안(TLS) 연결을 설정할 수 없었습니다.
code-caa82f7d-guidance-2 = Microsoft의 설명이 아닌 이 페이지의 제안입니다: Windows에서는 TLS 1.2가 켜져 있는지 확인하세요(이 페이지의 TLS 단계). 암호화된 연결을 검사하는 프록시나 방화벽도 원인이 될 수 있습니다.
code-caa82f7d-guidance-3 = 다른 네트워크(예: 휴대폰 핫스팟)에서 시도해 보세요. 거기서 로그인되면 IT 부서에 오류 코드 CAA82F7D를 알리세요.

## CAA82F86

code-caa82f86-meaning = 프록시 설정 스크립트(PAC) 실행에 실패했습니다
code-caa82f86-documented = "프록시 자동 구성(PAC) 파일의 스크립트 코드를 실행하는 동안 오류가 발생했습니다."
code-caa82f86-guidance-1 = 이 컴퓨터가 사용할 프록시를 알려 주는 스크립트(PAC 파일)에 오류가 있어, Teams가 Microsoft에 연결하는 방법을 알아낼 수 없었습니다.
code-caa82f86-guidance-3 = IT 부서에 오류 코드 CAA82F86을 알리세요. 프록시 자동 구성 스크립트를 수정해야 합니다.

## CAA82F87

code-caa82f87-meaning = 프록시 설정 스크립트(PAC)를 다운로드할 수 없습니다
code-caa82f87-documented = "PAC 파일을 다운로드할 수 없습니다."
code-caa82f87-guidance-1 = 이 컴퓨터가 사용할 프록시를 알려 주는 스크립트(PAC 파일)를 다운로드할 수 없었습니다. 예를 들어 해당 서버에 연결할 수 없었기 때문일 수 있습니다.
code-caa82f87-guidance-3 = IT 부서에 오류 코드 CAA82F87과 함께 사무실, 집, VPN 연결 중 어디에 있었는지 알려 주세요.

## CAA82F8F

code-caa82f8f-meaning = 서버의 인증서에 오류가 있습니다
code-caa82f8f-documented = "서버가 보낸 SSL(Secure Sockets Layer) 인증서에서 하나 이상의 오류가 발견되었습니다."
code-caa82f8f-guidance-1 = Teams가 Microsoft 로그인 서버에 대해 받은 보안 인증서가 검사를 통과하지 못했습니다.

## CAA82F92

code-caa82f92-meaning = Microsoft 주소에 사용할 프록시를 찾을 수 없습니다
code-caa82f92-documented = "지정된 URL에 대한 프록시를 찾을 수 없습니다."
code-caa82f92-guidance-1 = 자동 프록시 설정에서 Microsoft 로그인 주소에 사용할 프록시를 지정하지 못했습니다.
code-caa82f92-guidance-3 = IT 부서에 오류 코드 CAA82F92를 알리세요. 자동 프록시 구성을 확인해야 합니다.

## CAA82F94

code-caa82f94-meaning = 자동 프록시 검색에 실패했습니다
code-caa82f94-documented = "WinHTTP에서 프록시 자동 구성(PAC) 파일의 URL을 검색할 수 없습니다."
code-caa82f94-guidance-1 = Windows가 프록시를 자동으로 찾도록 설정되어 있지만, 프록시 설정 스크립트(PAC 파일)를 찾을 수 없었습니다.
code-caa82f94-guidance-3 = IT 부서에 오류 코드 CAA82F94를 알리세요. 이 네트워크에서 자동 프록시 검색(WPAD)이 작동하지 않습니다.

## CAA90018

code-caa90018-meaning = 조직의 로그인 위치를 찾을 수 없습니다
code-caa90018-documented = "사용자 영역을 검색할 수 없습니다."
code-caa90018-guidance-1 = 로그인 서비스가 계정이 어느 조직에 속하는지 알 수 없어, 로그인을 위해 어디로 안내해야 할지 몰랐습니다.
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Teams에서 로그아웃한 후, 개인 Microsoft 계정이나 Windows에 로그온할 때 사용하는 계정이 아니라 회사 전체 주소({ $example })로 다시 로그인하세요.
code-caa90018-guidance-3 = 주소가 맞는데도 오류가 계속되면 IT 부서에 오류 코드 CAA90018과 사용한 주소를 알리세요.

## CAA90019

code-caa90019-meaning = 로그인 서버의 예기치 않은 응답
code-caa90019-documented = "서버에서 예기치 않은 응답을 받았습니다."
code-caa90019-guidance-1 = Teams가 로그인 서버로부터 예상하지 못한 응답을 받았습니다.
code-caa90019-guidance-3 = 네트워크에 로그인하라는 웹 페이지가 나타나는지 확인하고, VPN을 끈 후 다시 시도하세요. 회사 네트워크에서만 실패한다면 IT 부서에 오류 코드 CAA90019를 알리세요.

## 80090016

code-80090016-meaning = 보안 칩(TPM)의 로그인 키가 없습니다
# Why the plan puts its step first.
code-80090016-plan = 오류 80090016은 Windows가 보안 칩(TPM)에서 로그인 키를 찾을 수 없었다는 뜻으로, IT 부서에서 확인해야 합니다.
code-80090016-documented = "키 집합이 없습니다."
code-80090016-guidance-1 = Windows가 컴퓨터의 보안 칩(TPM)에서 로그인을 보호하는 키를 찾을 수 없었습니다. 도움말 사이트에 따르면 예를 들어 펌웨어 업데이트나 TPM 초기화 후에 이런 문제가 발생합니다.
code-80090016-guidance-2 = 컴퓨터를 한 번 다시 시작하세요. 오류가 계속되면 IT 부서에 문의하세요. Teams 캐시를 지워도 해결되지 않습니다.
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = IT 부서에 오류 코드 80090016을 알리세요. 대개 장치 등록이나 TPM을 확인해야 합니다. TPM 도구에 표시되는 내용도 알려 주면 도움이 됩니다. Windows 로고 키 + R을 누르고 { $command }을(를) 입력한 후 Enter 키를 누르고, "상태" 아래의 줄을 복사하세요.

## 80090030

code-80090030-meaning = 컴퓨터의 보안 칩(TPM)이 준비되지 않았습니다
# Why the plan puts its step first.
code-80090030-plan = 오류 80090030은 Windows가 로그인을 보호하는 보안 칩(TPM)을 사용할 수 없었다는 뜻으로, IT 부서에서 확인해야 합니다.
code-80090030-documented = "이 암호화 공급자에 필요한 장치를 사용할 준비가 되지 않았습니다."
code-80090030-guidance-1 = Windows가 로그인 키를 보호하는 보안 칩(TPM)을 사용할 수 없었거나, 칩이 준비되지 않았습니다.
code-80090030-guidance-2 = 컴퓨터를 한 번 다시 시작하세요. 그러면 해결되는 경우가 있습니다. 오류가 계속되면 IT 부서에 문의하세요. 캐시를 지워도 해결되지 않습니다.
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = IT 부서에 오류 코드 80090030을 알리세요. TPM 도구에 표시되는 내용도 알려 주면 도움이 됩니다. Windows 로고 키 + R을 누르고 { $command }을(를) 입력한 후 Enter 키를 누르고, "상태" 아래의 줄을 복사하세요.
