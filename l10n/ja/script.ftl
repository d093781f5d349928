### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = 下のスクリプトが行うのは次のことだけです。それ以外のことは行わず、事前に確認せずに何かを行うこともありません:
script-steps-legend = スクリプトの手順
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } をダウンロードしました。ダウンロード フォルダーを確認してください。
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = ダウンロードが開始されませんでした（{ $reason }）。「スクリプトをコピー」を使用し、テキストを { $file } という名前で保存してください。
script-copied = スクリプトをコピーしました。
command-copied = コマンドをコピーしました。
copy-blocked-script = ブラウザーによってコピーがブロックされました。スクリプトを選択して Ctrl+C（Mac では ⌘C）を押してください。
copy-blocked-command = ブラウザーによってコピーがブロックされました。コマンドを選択して Ctrl+C（Mac では ⌘C）を押してください。
# Variables:
#   $file (String) - the script's file name
script-download = { $file } をダウンロード
script-copy = スクリプトをコピー
# Variables:
#   $program (String) - PowerShell
script-run-windows = ダウンロード後、次のコマンドで実行します（PowerShell ウィンドウで実行: スタート メニュー → 「{ $program }」と入力 → Enter キー）:
script-run-macos = ダウンロード後、次のコマンドで実行します（ターミナルで実行: 「アプリケーション」→「ユーティリティ」→「ターミナル」）:
script-run-linux = ダウンロード後、次のコマンドで実行します（ターミナル ウィンドウで実行）:
script-copy-command = コマンドをコピー
# Variables:
#   $file (String) - the script's file name
script-old-copy = 以前にもダウンロードしたことがありますか？先に古いコピーを削除してください。削除しないと、ブラウザーは新しいスクリプトを { $file } に番号を付けた名前で保存するため、上のコマンドでは古いスクリプトが実行されてしまいます。
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = 何が行われるかを先に確認したい場合は、コマンドの末尾に { $flag } を追加してください。その場合は何も変更されず、すべての操作が表示されます。
# Variables:
#   $n (Number) - how many lines the script has
script-read = 実行する前にスクリプトを読む（{ $n } 行）
script-text-label = スクリプトのテキスト
# Shown when For IT chose the unattended variant.
script-unattended-chosen = これは「IT 部門向け」で選択された無人実行版です。Intune、Jamf などのツールで実行するためのもので、手動で実行するためのものではありません。
# Windows only. Shown under the command.
script-execution-policy = PowerShell に「ファイル … を読み込めません」「… はデジタル署名されていません」と表示された場合、お使いの組織では署名済みのスクリプトしか実行できません。何も実行されておらず、何も変更されていません。IT 部門に署名済みのスクリプトを依頼するか、デバイス管理ツールを通じて代わりに実行してもらうよう依頼してください。

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = 最初に Teams を終了する
script-option-clear = Teams のキャッシュをクリアする
script-option-clear-note = 復元できるバックアップ フォルダーに移動します
script-option-delete = バックアップを残さずにキャッシュを削除する
script-option-delete-note = 元に戻せません。ディスクがいっぱいの場合のみ
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = 新しい Teams アプリをリセットする（{ $command }）
script-option-reset-note = カスタム背景を含め、このコンピューター上の新しい Teams のデータがすべて消去されます。キャッシュをクリアしても解決しなかった場合のみ
script-option-retest = 時刻、プロキシ、VPN、Microsoft のアドレスをコンピューター自体から再テストする
script-option-tls = TLS 1.2 / 1.3 の設定を確認する（変更する前に確認を求めます）
script-option-time = 時計を同期する（そのコマンドだけに管理者権限を求めます。権限がない場合は「日付と時刻」の設定を開きます）
script-option-restart = 最後に Teams を再起動する
script-option-unattended = 修復スクリプトを、Intune、Jamf などのツール向けの無人実行版にする
script-option-unattended-note = 何も確認せず、ログを決まったファイルに書き込み、結果を終了コードで伝えます

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = これは Intune などのツール向けの無人実行版です。何も確認せずにここで選択した操作を行い、ログを { $folder } に書き込み、結果を終了コードで伝えます。32 ビット版 PowerShell で起動された場合は、64 ビット版 PowerShell で自動的に起動し直します。
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = これは Jamf などのツール向けの無人実行版です。何も確認せずにここで選択した操作を行い、ログをユーザーのホーム フォルダー内の { $folder } に書き込み、結果を終了コードで伝えます。ターミナルなしで root として実行された場合（Jamf での実行方法）は、画面でログインしているユーザーのために動作し、だれもログインしていない場合は何もしません。
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = これは管理ツール向けの無人実行版です。何も確認せずにここで選択した操作を行い、ログをユーザーのホーム フォルダー内の { $folder } に書き込み、結果を終了コードで伝えます。対象のユーザーとして実行する必要があります。
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = まず実行内容を表示し、何かを変更する前に確認を求めます。実行内容の表示だけを行うには、{ $flag } を追加します。
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Microsoft Teams を終了し（ご自身の Teams のウィンドウとバックグラウンド プロセスのみ）、{ $seconds } 秒たっても終了しない場合は強制的に停止します。
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Teams に保存されているサインイン データとキャッシュ（{ $folders }）を削除します。元に戻すことはできません。
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Teams に保存されているサインイン データとキャッシュ（{ $folders }）を、{ $folder }（ローミングされないローカル プロファイル）内の 1 つのバックアップ フォルダーに移動するため、元に戻すことができます。元に戻すための正確なコマンドはスクリプトが表示します。
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Teams に保存されているサインイン データとキャッシュ（{ $folders }）を、ホーム フォルダー内の 1 つのバックアップ フォルダーに移動するため、元に戻すことができます。元に戻すための正確なコマンドはスクリプトが表示します。
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = 最新の { $n } 個のバックアップ フォルダーを残します。正常に実行された後に、それより古いものを削除し、そのことを表示します。
script-does-keep-backgrounds = カスタムの会議の背景はそのまま残します。
script-does-needs-closed = Teams が実行中の場合、キャッシュには手を付けません。先に Teams を終了してください。
script-does-reset = 「設定」>「アプリ」>「インストールされているアプリ」>「Microsoft Teams」>「詳細オプション」>「リセット」と同じように、新しい Teams アプリをリセットします。これにより、このコンピューター上の新しい Teams のデータ（サインイン情報、設定、キャッシュ、カスタムの会議の背景）がすべて消去されます（チャット、ファイル、会議は Microsoft 365 に残ります）。実行前に確認を求めます。元に戻すことはできません。Windows 10 でリセット コマンドを使用できない場合は、代わりに「設定」>「アプリ」を開きます。
script-does-reset-unattended = 「設定」>「アプリ」>「インストールされているアプリ」>「Microsoft Teams」>「詳細オプション」>「リセット」と同じように、新しい Teams アプリをリセットします。これにより、このコンピューター上の新しい Teams のデータ（サインイン情報、設定、キャッシュ、カスタムの会議の背景）がすべて消去されます（チャット、ファイル、会議は Microsoft 365 に残ります）。確認は求めません。元に戻すことはできません。Windows 10 でリセット コマンドを使用できない場合は、代わりに「設定」>「アプリ」を開きます。
script-does-retest = 何も変更せずに、このコンピューターから Microsoft のサインイン アドレスに接続できるかどうかを確認し、プロキシと VPN の設定、および時計が正確かどうかを報告します。
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = また、ブラウザーでは確認できない次の情報も読み取ります: Microsoft のサインイン アドレスに対して Windows に提示される証明機関（会社の TLS 検査はここに現れます）、Wi-Fi のログイン ページが妨げになっていないかどうか、このデバイスが Microsoft にどのように登録されているか（{ $command }）。
script-does-retest-macos = また、ブラウザーでは確認できない次の情報も読み取ります: Microsoft のサインイン アドレスに対してこの Mac に提示される証明機関（会社の TLS 検査はここに現れます）、Wi-Fi のログイン ページが妨げになっていないかどうか、キーチェーンにある Teams のサインイン項目（名前のみ。パスワードは読み取りません）。
script-does-retest-linux = また、ブラウザーでは確認できない次の情報も読み取ります: Microsoft のサインイン アドレスに対してこのコンピューターに提示される証明機関（会社の TLS 検査はここに現れます）、Wi-Fi のログイン ページが妨げになっていないかどうか。
script-does-tls = サインイン サービスが使用する Windows 自体の TLS 設定を確認します（Teams のウィンドウ自体はこの設定を使用しません）。TLS 1.2 がオンになっている必要があります。お使いの設定でオフになっている場合は、オンにするかどうかを尋ねます（Windows 11 では TLS 1.3 も）。変更前に必ず確認を求め（既定の回答は「いいえ」）、元の設定をログに記録します。
script-does-tls-unattended = サインイン サービスが使用する Windows 自体の TLS 設定を確認します（Teams のウィンドウ自体はこの設定を使用しません）。TLS 1.2 がオンになっている必要があります。ユーザー自身の設定でオフになっている場合は、確認せずにオンにし（Windows 11 では TLS 1.3 も）、元の設定をログに記録します。
script-does-time-windows = 時計を同期します。そのコマンドだけのために、Windows から管理者権限を求められます（それ以外はお使いのアカウントで実行されます）。拒否した場合は、「日付と時刻」の設定を開きます。
script-does-time-macos = 管理者の場合は、Apple のタイム サーバーから時計を設定します（パスワードを求められます）。管理者でない場合は、「日付と時刻」の設定を開きます。
script-does-time-linux = sudo を使用できる場合は、時刻の自動設定をオンにします（パスワードを求められます）。使用できない場合は、どこでオンにできるかを案内します。
script-does-time-unattended-windows = 管理者権限で実行されている場合にのみ時計を同期します（権限を求めることはありません）。それ以外の場合は、その旨をログに記録します。
# Variables:
#   $command (String) - sudo
script-does-time-unattended = このコンピューターで { $command } にパスワードが不要な場合にのみ時計を設定します。それ以外の場合は、その旨をログに記録します。
script-does-restart = 最後に Teams を再起動するので、改めてサインインできます。
script-does-no-admin = 管理者権限は不要です。ログ ファイルはバックアップ フォルダーに書き込まれます。
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = ログ ファイルをバックアップ フォルダーに書き込みます。
script-does-not-installed = Teams がインストールされていない場合はその旨を表示し、Teams のステップを省いてほかのステップを実行します。
script-does-nothing = 何もしません。ステップが 1 つも選択されていません。
script-does-change-nothing = お使いのコンピューターでは何も変更しません。
