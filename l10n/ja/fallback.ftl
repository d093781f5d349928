### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = 自動チェックを読み込んでいます… 下の手順は自動チェックなしでも実行できます。
fallback-fix-title = ご自身で解決する
fallback-fix-intro = お使いのコンピューター向けの手順に進んでください。解決方法を順番に試し、1 つ試すたびに、もう一度 Teams へのサインインを試してください。
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = { $os } の場合
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = { $os } 用の修復スクリプトをダウンロード（{ $file }）
fallback-script-does = スクリプトが行うこと:
fallback-run-with = ダウンロード後、次のコマンドで実行します:
fallback-helpdesk-title = まだ解決しない場合は、IT ヘルプデスクに連絡してください
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = Teams にエラー { $code } が表示されることと、上の手順のうちどれを試したかを伝えてください。
fallback-email = メール:
fallback-phone = 電話:
fallback-web = Web サイト:

## When the automatic checks cannot start

no-wasm-title = このブラウザーでは自動チェックを実行できません
no-wasm-text = 下の手順はそのまま使用できます。お使いのコンピューター向けの手順に従うか、そのコンピューター用の修復スクリプトをダウンロードしてください。それでも解決しない場合は、IT ヘルプデスクに連絡し、このメッセージについて伝えてください。
no-wasm-for-it = IT 部門向け: 考えられる原因
no-wasm-details = 詳細:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = このブラウザーでは WebAssembly がオフになっています。Microsoft Edge では、セキュリティ強化モード（「厳格」）と、ポリシー「JavaScript JIT の使用を制御する」（{ $policy }）によってオフになります。対処方法: ポリシー { $allow } でこのサイトの JIT を許可するか、このサイトをセキュリティ強化モードの例外に追加します。
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = Firefox では、設定 { $pref } が false のとき（手動で、またはエンタープライズ ポリシーで設定された場合）にオフになります。true に戻してください。
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = サーバーがページの WebAssembly ファイル（{ $extension }）を配信しませんでした。IIS では通常、MIME マップの不足が原因です（エラー { $error }）。{ $page } と同じ場所にある { $config } が MIME マップを追加します（{ $mapping }）。このファイルがアップロードされていること、およびサイトでその使用が許可されていることを確認してください。それ以外の場合は、{ $page } だけでなく、ビルドのすべてのファイルをアップロードしてください。
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = サーバーが、ページの { $extension } ファイルを間違った Content-Type で送信しています。Content-Type は { $type } である必要があります（IIS: { $config } の MIME マップ、nginx: { $types } のエントリ）。
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = サイトの Content-Security-Policy によって WebAssembly が禁止されています。script-src に { $keyword } を追加してください。{ $page } と同じ場所にある { $file } に、このビルドに必要な完全なポリシーが記載されています。
no-wasm-cause-startup = ページのコードが起動中に失敗しました。ページを一度再読み込みしてください。それでもこの表示が消えない場合は、下の詳細と、ブラウザーの名前とバージョンを IT 部門に送ってください。
