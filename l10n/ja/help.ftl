### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: サインイン サービスが Teams の要求を拒否しました
help-article-summary = サインイン中に Teams にエラー CAA20002 が表示されます。Microsoft のサインイン サービスは応答しましたが、要求を無効として拒否しました。サポート記事では、考えられる原因を次の順に挙げています: Teams のキャッシュに残った古いサインイン データ、妨げになっている VPN やプロキシ、オフになっている TLS 1.2（まれ）、間違った日付、時刻、タイム ゾーン。
help-symptoms-title = 症状
help-symptom-1 = Teams へのサインインがエラー CAA20002 で失敗します。
help-symptom-2 = Teams がサインイン画面のまま止まります。
help-symptom-3 = ブラウザーでのほかの Microsoft サービス（Web 版 Outlook など）は引き続き使用できます。
help-causes-title = 原因
help-cause-1 = Teams のキャッシュに残った、古く有効期限切れのサインイン データ。
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = VPN またはプロキシが { $host } をブロックしている。
help-cause-3 = コンピューターで TLS 1.2 がオフになっている（まれ）。
help-cause-4 = 日付、時刻、またはタイム ゾーンが間違っている。
help-links-title = 役に立つリンク
help-background-title = 背景
help-background-1 = サポート記事によると、CAA20002 はほぼ常にコンピューター側の問題であり、Microsoft の障害ではありません。
# Variables:
#   $site (String) - office.com
help-background-2 = ブラウザーで { $site } にサインインできる場合、記事では、Teams のキャッシュをクリアすると 80 % 以上のケースで解決すると推定しています（測定値ではなく、記事の推定です）。
help-background-3 = こちらも失敗する場合、記事では、原因は Teams アプリではなくネットワークかアカウントにあるとしています。IT 部門に連絡し、このページのレポートを送ってください。

## Useful links: the page's name, then who it is for

help-link-endpoints = Microsoft 365 の URL と IP アドレスの範囲
help-link-endpoints-note = IT 部門向け: プロキシやファイアウォールで許可する必要があるアドレス。
help-link-status = Microsoft 365 の状態
help-link-status-note = 公開ページ: Microsoft で今、広範囲の障害が発生していないか。
help-link-service-health = Microsoft 365 管理センターのサービス正常性
help-link-service-health-note = IT 管理者向け（管理者アカウントが必要）: 組織に影響しているインシデント。
help-link-sign-in-codes = Microsoft サポート: Microsoft Teams にサインインできないのはなぜですか?
help-link-sign-in-codes-note = Teams のサインイン状態コードと、それぞれの対処方法をまとめた Microsoft の表。
help-link-sign-in-errors = Microsoft Learn: Teams でのサインイン エラーを解決する
help-link-sign-in-errors-note = IT 部門向け: Teams の一部のサインイン エラーに関する Microsoft のトラブルシューティング手順。

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Teams のキャッシュをクリアする（バックアップを保存）
help-solution-cache-intro = Teams はサインイン データをキャッシュに保存します。サポート記事では、そこに残った古く有効期限切れのデータを CAA20002 の最も多い原因として挙げています。
help-solution-vpn-proxy = VPN をオフにしてプロキシを確認する
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = VPN や会社のプロキシが { $host } をブロックしていると、サインインできません。
help-solution-tls = TLS 1.2 がオンになっていることを確認する（Windows のみ）
help-solution-tls-intro = まれなケースです（記事にもそう記載されています）。Microsoft のサインイン サーバーには TLS 1.2 以降が必要なため、Windows 10 で TLS 1.2 がオフになっているとサインインに失敗します。
help-solution-time = 日付、時刻、タイム ゾーンを確認する
help-solution-time-intro = 日付や時刻が間違っていると、セキュリティで保護された接続やサインインが失敗することがあります。タイム ゾーンが間違ったまま、時計を手動で合わせて正しく見えるようにしている場合も問題になります。

## Clearing the cache by hand, keeping a backup

help-cache-restart = Teams をもう一度起動してサインインします。Teams がキャッシュを作り直すため、最初の起動には時間がかかります。
help-cache-macos-quit = Teams を終了します。画面上部のメニューバーで Teams のメニュー（Apple メニューの隣）をクリックし、「終了」を選択します（または Command + Q キーを押します）。
help-cache-macos-force = Teams が終了しない場合は、アクティビティモニタを開き、「Teams」を検索して選択し、上部の停止ボタン（✕）をクリックして「強制終了」を選択します。
help-cache-macos-terminal = ターミナル（「アプリケーション」>「ユーティリティ」>「ターミナル」）を開き、このコマンドを貼り付けて return キーを押します。Teams のキャッシュがホーム フォルダー内の日付付きのバックアップ フォルダーに移動されます。何も削除されません。
help-cache-macos-privacy = ターミナルがほかのアプリのデータにアクセスすることを許可するかどうか macOS に確認されたら、「許可」をクリックします。「Operation not permitted」と表示された場合は、「システム設定」>「プライバシーとセキュリティ」>「フルディスクアクセス」でターミナルをオンにして、コマンドをもう一度実行します。
help-cache-macos-backgrounds = カスタムの会議の背景はバックアップ フォルダー内にあります。Teams が数日間問題なく動作したら、バックアップは削除してかまいません。
help-cache-linux-quit = システム トレイにある Teams アイコンのメニューから Teams を終了します。ウィンドウを閉じるだけでは非表示になるだけです。
help-cache-linux-terminal = ターミナルを開き、このコマンドを貼り付けて Enter キーを押します。Teams のキャッシュがホーム フォルダー内の日付付きのバックアップ フォルダーに移動されます。何も削除されません。
help-cache-linux-delete-later = Teams が数日間問題なく動作したら、バックアップ フォルダーは削除してかまいません。
help-cache-windows-quit = Teams を終了します。時計の横（右下）にある Teams アイコンを右クリックし（表示されていない場合は「^」をクリック）、「終了」を選択します。
help-cache-windows-task-manager = タスク マネージャーを開きます（Ctrl + Shift + Esc）。Microsoft Teams がまだ一覧に表示されている場合は、選択して「タスクを終了する」をクリックします。
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = デスクトップに { $folder } という名前のフォルダーを作成します。キャッシュを削除せずにこのフォルダーに移動しておけば、元に戻すことができます。
help-cache-windows-open-new = Windows ロゴ キー + R を押し、これを貼り付けて Enter キーを押します。エクスプローラーで、新しい Teams のキャッシュと保存されたサインイン情報が入っているフォルダーが開きます。
help-cache-windows-open-classic = Windows ロゴ キー + R を押し、これを貼り付けて Enter キーを押します。エクスプローラーで、クラシック Teams のキャッシュ フォルダーが開きます。
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = フォルダー内のすべてを選択し（Ctrl + A）、切り取って（Ctrl + X）、{ $folder } 内に作成した { $sub } という名前の新しいフォルダーに貼り付けます（Ctrl + V）。{ $cache } より上の階層のフォルダーには触れないでください。それらがないと Teams が起動しなくなるという報告があります。
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = フォルダー内のすべてを選択し（Ctrl + A）、切り取って（Ctrl + X）、{ $folder } 内に作成した { $sub } という名前の新しいフォルダーに貼り付けます（Ctrl + V）。
help-cache-windows-powershell = 入力するほうがよい場合は、この PowerShell コマンドで同じ移動を行えます。移動先はユーザー フォルダー内の日付付きのバックアップ フォルダーです。スタート ボタンを右クリックして「ターミナル」（Windows 10 では「Windows PowerShell」）を選択して開きます。
help-cache-windows-backgrounds = カスタムの会議の背景は、バックアップ内のここに示すフォルダーにあります。必要であればコピーして元に戻してください。Teams が数日間問題なく動作したら、バックアップは削除してかまいません。

## VPN and proxy

help-network-vpn-windows = 時計の横にある VPN のアイコン、または「設定」>「ネットワークとインターネット」>「VPN」から VPN を切断し、もう一度 Teams へのサインインを試します。
help-network-vpn-macos = メニューバーにある VPN のアイコン、または「システム設定」>「VPN」から VPN を切断し、もう一度 Teams へのサインインを試します。
help-network-vpn-linux = VPN のアイコン、または右上のネットワーク メニューから VPN を切断し、もう一度 Teams へのサインインを試します。
help-network-vpn-required = 会社で Teams の使用に VPN が必須とされている場合は、VPN をオンのままにして次のステップに進みます。
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = プロキシを使用する会社のネットワークでは、{ $login } と { $teams } に接続できる必要があります。このページのネットワークのチェックで、それを確認できます。
help-network-proxy-windows = プロキシが設定されているかどうかを確認するには、「設定」>「ネットワークとインターネット」>「プロキシ」を開きます。表示内容を IT 部門のためにメモしておきます。
help-network-proxy-macos = プロキシが設定されているかどうかを確認するには、「システム設定」>「ネットワーク」を開き、使用中の接続を選択して「詳細…」をクリックし、「プロキシ」を選択します。表示内容を IT 部門のためにメモしておきます。
help-network-proxy-linux = プロキシが設定されているかどうかを確認するには、「設定」>「ネットワーク」>「ネットワークプロキシ」を開きます。表示内容を IT 部門のためにメモしておきます。
help-network-ask-it = 何かがブロックされている場合は、プロキシまたはファイアウォールで Microsoft 365 のアドレスを許可するよう IT 部門に依頼し、このページのレポートを送ってください。

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Windows ロゴ キー + R を押し、これを入力して Enter キーを押します。「インターネットのプロパティ」ウィンドウが開きます。
help-tls-advanced = 「詳細設定」タブを開き、「セキュリティ」までスクロールします。「TLS 1.2 の使用」にチェックが入っていることを確認します。
help-tls-13 = Windows 11 では、「TLS 1.3 を使用する」にもチェックを入れます。Windows 10 では「TLS 1.3 を使用する」はそのままにしておきます。Microsoft が TLS 1.3 をサポートしているのは Windows 11 以降だけです。
help-tls-apply = 「適用」、「OK」の順にクリックし、コンピューターを再起動します。
help-tls-greyed = チェック ボックスが灰色で選択できない場合は、会社がこの設定を管理しています。IT 部門に伝えてください。

## Date, time and time zone

help-time-restart = Teams を再起動し、このページの時計のチェックで「もう一度チェック」を押します。
help-time-check-restart = 時計が正しい時刻を表示していることを確認し、Teams を再起動してから、このページの時計のチェックで「もう一度チェック」を押します。
help-time-windows-open = 「設定」>「時刻と言語」>「日付と時刻」を開きます。
help-time-windows-link = 日付と時刻の設定を開く
help-time-windows-zone = 「タイム ゾーンを自動的に設定する」をオンにするか、「タイム ゾーン」の一覧からタイム ゾーンを選択します。
help-time-windows-zone-only = 「タイム ゾーンを自動的に設定する」をオンにします。灰色で選択できない場合や、間違ったタイム ゾーンが選ばれる場合は、オフにして「タイム ゾーン」の一覧からタイム ゾーンを選択します。
help-time-windows-auto = 「時刻を自動的に設定する」をオンにします。
help-time-windows-sync = 「今すぐ同期」をクリックします（Windows 11 では「追加の設定」の下にあります）。
help-time-macos-open = 「Apple メニュー」>「システム設定」>「一般」>「日付と時刻」を開きます。
help-time-macos-zone = 「現在地を使用してタイムゾーンを自動的に設定」をオンにするか、オフにして「最寄りの都市」で最も近い都市を選択します。
help-time-macos-auto = 「日付と時刻を自動的に設定」をオンにします。
help-time-linux-open = 「設定」>「日付と時刻」を開きます（新しい GNOME では「設定」>「システム」>「日付と時刻」）。
help-time-linux-zone = 「自動タイムゾーン」をオンにするか、タイム ゾーンを手動で選択します。
help-time-linux-auto = 「日付と時刻の自動設定」をオンにします。ターミナルでは、次のコマンドで同じ操作ができます（パスワードを求められる場合があります）:
help-time-linux-zone-show = 「自動タイムゾーン」をオンにするか、タイム ゾーンを手動で選択します。ターミナルでは、次のコマンドで現在設定されているタイム ゾーンを表示できます:

## When clearing the cache did not help (in this order)

help-next-restart = コンピューターを再起動する（最近パスワードを変更した場合）
help-next-restart-why = パスワードを変更した後、コンピューターを再起動するまで、Windows や macOS が古いサインイン情報を使い続けることがあります。
help-next-restart-1 = 作業内容を保存して、コンピューターを再起動します（スリープやサインアウトではなく、再起動してください）。
help-next-restart-2 = 現在のパスワードでコンピューターにサインインしてから、Teams を開いてサインインします。
help-next-work-account = Windows で職場のアカウントを削除して追加し直す（IT 部門の了承を得てから）
help-next-work-account-why = Teams は Windows が保持している職場のアカウントを通じてサインインするため、そのアカウントに問題があると Teams のサインインが妨げられることがあります。これは一般的なアドバイスであり、Microsoft の Teams サインインに関するページに記載された手順ではありません。
help-next-work-account-1 = 先に IT 部門に確認してください。会社が管理しているコンピューターでは、アカウントを削除すると、コンピューターの管理や会社のアプリも削除されることがあります。
help-next-work-account-2 = 「設定」>「アカウント」>「職場または学校にアクセスする」を開きます。
help-next-work-account-3 = 職場のアカウントを選択し、「切断」を選択して確定します。
help-next-work-account-4 = コンピューターを再起動してから、同じページで「接続」を選択し、職場のメール アドレスでサインインします。
help-next-open-teams = Teams を開いてサインインします。
help-next-reset-windows = Teams アプリをリセットする
help-next-reset-windows-why = リセットすると、アプリがこのコンピューターに保存しているものがすべて消去されます。キャッシュのステップだけでは消去されないものも含まれます。
help-next-reset-windows-1 = Teams を終了します。
help-next-reset-windows-2 = 「設定」>「アプリ」>「インストールされているアプリ」を開き、Microsoft Teams を見つけて「…」を選択し、「詳細オプション」を選択します。
help-next-reset-windows-3 = 「リセット」の下の「リセット」を選択して確定します。これにより、設定やカスタム背景を含め、このコンピューター上の Teams のデータが消去されます。チャットやファイルはクラウドに残ります。
help-next-reset-macos = キーチェーンから Teams に保存されたアカウントを削除する（IT 部門）
help-next-reset-macos-why = 新しい Teams はアカウントを macOS のキーチェーンに保存しますが、キャッシュのステップではキーチェーンには触れません。
help-next-reset-macos-1 = このステップは IT 部門に行ってもらうか、先にお使いの Mac について IT 部門に確認してもらってください。以下の項目名は Microsoft ではなく、コミュニティの報告に基づくものです。
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Teams を終了します。キーチェーンアクセス（「アプリケーション」>「ユーティリティ」）を開き、{ $first }、{ $second }、および macOS 15 では { $third } を検索します。
help-next-reset-macos-3 = IT 部門がそれらの項目を削除（右クリック >「削除」）した後、Teams を開いてもう一度サインインします。
help-next-web = Web 版 Teams で作業を続ける
help-next-web-why = ブラウザーの Teams は独自にサインインするため、アプリを修復している間も作業を続けられます。
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Edge または Chrome で { $url } を開き、職場のアカウントでサインインします。
help-next-web-2 = Teams アプリが再び動作するか、IT 部門が調べ終わるまで、こちらを使い続けてください。

## Saving Teams' support files before clearing anything

help-support-windows-1 = IT 部門が Teams のサポート ファイルを必要とする可能性がある場合は、何かをクリアする前に保存してください。Teams を開いた状態で Ctrl+Alt+Shift+1 を押します。
help-support-windows-2 = Teams はファイルをダウンロード フォルダーに保存します。不要だと IT 部門に言われるまで保管してください。
help-support-macos-1 = IT 部門が Teams のサポート ファイルを必要とする可能性がある場合は、何かをクリアする前に保存してください。Teams を開いた状態で Option+Command+Shift+1 を押します。
help-support-macos-2 = まずダウンロード フォルダーでファイルを探してください（Microsoft がこのフォルダーを保存先として明記しているのは Windows と Linux だけです）。不要だと IT 部門に言われるまで保管してください。
help-support-linux = Linux 版 Teams アプリには、サポート ファイルを保存するショートカットがありません。代わりに、表示されている内容を IT 部門に伝えてください。
