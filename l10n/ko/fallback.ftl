### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = 자동 검사를 불러오는 중… 아래 단계는 자동 검사 없이도 따라 할 수 있습니다.
fallback-fix-title = 직접 해결하기
fallback-fix-intro = 사용 중인 컴퓨터에 맞는 단계로 이동하세요. 해결 방법을 순서대로 시도하고, 하나를 시도할 때마다 Teams에 다시 로그인해 보세요.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = { $os }의 경우
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = { $os }용 문제 해결 스크립트 다운로드({ $file })
fallback-script-does = 스크립트가 하는 일:
fallback-run-with = 다운로드한 후 다음 명령으로 실행하세요.
fallback-helpdesk-title = 여전히 안 되나요? IT 헬프데스크에 문의하세요
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Teams에 오류 { $code }이(가) 표시된다는 것과 위의 단계 중 어떤 것을 시도했는지 알려 주세요.
fallback-email = 이메일:
fallback-phone = 전화:
fallback-web = 웹:

## When the automatic checks cannot start

no-wasm-title = 이 브라우저에서는 자동 검사를 실행할 수 없습니다
no-wasm-text = 아래 단계는 그대로 따라 할 수 있습니다. 사용 중인 컴퓨터에 맞는 단계를 따르거나, 그 컴퓨터용 문제 해결 스크립트를 다운로드하세요. 그래도 해결되지 않으면 IT 헬프데스크에 문의하고 이 메시지에 대해 알려 주세요.
no-wasm-for-it = IT 부서용: 가능한 원인
no-wasm-details = 세부 정보:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = 이 브라우저에서 WebAssembly가 꺼져 있습니다. Microsoft Edge는 보안 강화 모드('엄격')와 정책 'JavaScript JIT 사용 제어'({ $policy })에서 이를 끕니다. 해결 방법: 정책 { $allow }(으)로 이 사이트에 JIT를 허용하거나, 이 사이트를 보안 강화 모드의 예외로 추가하세요.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox는 기본 설정 { $pref }이(가) false일 때(직접 설정했거나 엔터프라이즈 정책으로 설정된 경우) 이를 끕니다. 다시 true로 설정하세요.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = 서버가 페이지의 WebAssembly 파일({ $extension })을 제공하지 않았습니다. IIS에서는 대개 MIME 매핑이 없기 때문입니다(오류 { $error }). { $page } 옆에 있는 { $config }이(가) 이를 추가합니다({ $mapping }). 이 파일이 업로드되었는지, 그리고 사이트에서 사용할 수 있는지 확인하세요. 그렇지 않다면 { $page }만이 아니라 빌드의 모든 파일을 업로드하세요.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = 서버가 페이지의 { $extension } 파일을 잘못된 Content-Type으로 보내고 있습니다. Content-Type은 { $type }이어야 합니다(IIS: { $config }의 MIME 매핑, nginx: { $types } 항목).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = 사이트의 Content-Security-Policy가 WebAssembly를 금지하고 있습니다. script-src에 { $keyword }을(를) 추가하세요. { $page } 옆에 있는 { $file }에 이 빌드에 필요한 전체 정책이 있습니다.
no-wasm-cause-startup = 페이지 코드가 시작하는 중에 실패했습니다. 페이지를 한 번 새로 고치세요. 이 메시지가 계속 나타나면 아래 세부 정보와 브라우저 이름 및 버전을 IT 부서에 보내세요.
