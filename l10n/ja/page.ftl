### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Teams サインインのセルフチェック（CAA20002）
page-skip-link = チェックへ移動
page-no-script = 自動チェックには JavaScript と WebAssembly が必要ですが、このブラウザーではオフになっています。下の手順はそのままご利用いただけます。
page-fatal-title = このページで問題が発生しました
page-fatal-text = ページを再読み込みして、もう一度お試しください。再び発生する場合は、IT ヘルプデスクに連絡し、次のテキストを添えてください。
# The label of the language menu at the top of the page.
page-language-menu = 言語

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Teams サインインのセルフチェック
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Teams にサインインできませんか（エラー { $code }）？原因を調べましょう。
page-lead = このページでは、お使いのコンピューターの時計と Microsoft への接続をチェックし、状況に合った解決方法をご案内します。何もインストールされません。また、ご自身で送信しない限り、このブラウザーから情報が送られることはありません。

## Notices at the top

page-config-notice-title = ページの設定ファイルに問題があります（ページは組み込みの設定で引き続き動作します）
# Variables:
#   $file (String) - config.json
page-config-notice-hint = IT ヘルプデスクにお知らせください。ページを再構築しなくても { $file } を修正できます。
page-link-notice-title = 開いたリンクの一部が無視されました
page-link-notice-hint = ページは通常どおり動作します。システムと Teams のバージョンが正しくない場合は、下で選択してください。

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = リンクの「{ $name }」の値を認識できなかったため、無視しました。
link-too-long = リンクの「{ $name }」の値が長すぎるため、無視しました。
link-repeated = リンクで「{ $name }」が複数回指定されていました。最初の値だけを使用しました。
link-unknown-parameter = リンクに、このページで使用しない設定が含まれていたため、無視しました。
link-truncated = リンクが通常より長かったため、先頭部分だけを読み取りました。

## Status words next to each check's icon (core/src/status.rs)

status-running = チェック中…
status-ok = 正常
status-warn = 警告
status-fail = 問題あり
status-unknown = チェックできませんでした

## Summary at the top

summary-title = 概要
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = チェック中… 時計: 確認中、接続: { $total } 件のアドレスのうち { $done } 件完了。
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = チェック中… 時計: 完了、接続: { $total } 件のアドレスのうち { $done } 件完了。
summary-ok = お使いのコンピューターの時計と Microsoft への接続に問題はないようです。
summary-warn = 修正したほうがよい点が見つかりました。
summary-unknown = 一部のチェックを完了できませんでした。詳しくは下をご覧ください。
summary-fail = Teams のサインインを妨げる可能性のある問題が見つかりました。
# Variables:
#   $code (String) - the error code
summary-go-to-it = エラー { $code }: IT 部門に連絡してください。
summary-go-to-it-why = このエラーは IT 部門にしか解決できません。必要な情報はレポート（セクション 4）に記載されています。
summary-next-step = 次の手順:

## The checks

checks-title = 1. チェック
action-check-again = もう一度チェック

## The clock check

clock-title = 日付、時刻、タイム ゾーン
clock-failed = 時計をチェックできませんでした。
clock-comparing = お使いのコンピューターの時計をサーバーと比較しています…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = お使いのコンピューターの時計は正確です（{ $offset }）。
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = お使いのコンピューターの時計は{ $offset }です。
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = 理由: { $reason }。接続を確認して、「もう一度チェック」を押してください。
clock-server-time = サーバーの時刻
clock-your-computer = お使いのコンピューター
clock-time-zone = タイム ゾーン
clock-accuracy = 精度
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } ミリ秒
clock-refining = （精度を上げています…）
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name }（{ $offset }）
clock-timezone-hint-title = タイム ゾーンが間違っている可能性があります。
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = ずれがほぼちょうど 15 分単位なので、時計は現地の正しい時刻を表示していても、タイム ゾーンが間違っている可能性があります。このコンピューターのタイム ゾーンは { $zone } です。まずタイム ゾーンを修正してから、時計を自動で設定させてください。
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = { $os } でタイム ゾーンを修正する
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = { $os } で日付と時刻を修正する
clock-coarse-pending = さらに精密に測定しています。
clock-coarse-date-reused = このサーバーは同じタイムスタンプを最大 1 秒間使い回すため、ページでは約 1 秒より細かく測定できません。それで十分です。時計のずれの一般的な許容範囲（Kerberos やトークンのチェック）は秒単位ではなく分単位です。
clock-coarse-not-verified = より細かい測定結果を確認できなかったため、ページでは約 1 秒という大まかな範囲のままにしています。それで十分です。時計のずれの一般的な許容範囲（Kerberos やトークンのチェック）は秒単位ではなく分単位です。

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = 1 秒未満のずれ
clock-offset-under-a-tenth = 0.1 秒未満のずれ
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = { $near }～{ $far } 秒の進み
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = { $near }～{ $far } 秒の遅れ
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = { $n } 秒未満のずれ
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = 約 { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount }の進み
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount }の遅れ
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n } 日
# Variables:
#   $n (Number) - hours
clock-hours = { $n } 時間
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n } 分
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n } 秒

## The connection check

network-title = Microsoft のサインインへの接続
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Microsoft への接続をテストしています…（{ $total } 件中 { $done } 件が応答）
network-progress-label = チェック済みのアドレス
network-for-it = IT 部門向け:
network-table-caption = アドレスごとの結果
network-column-service = サービス
network-column-status = 状態
network-column-time = 時間
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } ミリ秒

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = このブラウザーから Microsoft のサインイン サービスに接続できます。
network-all-reachable-1 = ここから見る限り、ネットワークにはおそらく問題ありません。サポート記事では、最も多い原因として、Teams アプリ自体のキャッシュに残った古いサインイン データを挙げています。
network-all-reachable-2 = 下のスクリプトで Teams のキャッシュをクリアしてください（バックアップが保存されます）。
network-partial = 応答する Microsoft のアドレスと、応答しないアドレスがあります。
network-partial-1 = VPN を使用している場合は、切断してから「もう一度チェック」を押してください。
network-partial-2 = 会社でプロキシや Web フィルターを使用している場合は、下で失敗と表示された Microsoft 365 のアドレスを IT 部門が許可する必要があります。
network-partial-3 = このページのレポートを IT 部門に送ってください。失敗したアドレスが記載されています。
network-blocked = ネットワークは動作していますが、Microsoft のサインイン用アドレスがブロックされています。
network-blocked-1 = VPN を使用している場合は、切断してから「もう一度チェック」を押してください。
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = VPN なしで動作する場合は、「VPN またはプロキシが { $host } をブロックしている」と IT 部門に伝えてください。
network-blocked-3 = IT 部門が Microsoft 365 のエンドポイントを許可リストに追加する必要があります（下のリンクを参照）。
network-intercepted = Microsoft の代わりに、別のものが応答しました。
network-intercepted-1 = このブラウザーが受け取った応答は、Microsoft のサインイン サービスからのものではありませんでした。たとえば、Web フィルターのブロック ページ、プロキシのサインイン ページ、ホテルやゲスト用 Wi-Fi のログイン ページなどです。
network-intercepted-2 = ネットワークへのログインや利用規約への同意を求めるページが表示された場合は、その操作を行ってから「もう一度チェック」を押してください。
network-intercepted-3 = それ以外の場合は、一度 VPN なしで、または別のネットワーク（たとえばスマートフォンのテザリング）から試してください。
network-intercepted-4 = このチェックの結果を IT 部門に伝え、レポートを送ってください。ネットワークで Microsoft のサインイン用アドレスへの通信を許可する必要があります。
network-offline = このコンピューターはインターネットに接続されていないようです。
network-offline-1 = まず Wi-Fi またはネットワーク ケーブルに接続してから、「もう一度チェック」を押してください。
network-offline-2 = ほかの Web サイトも開けない場合は、ルーターを再起動するか、IT 部門にお問い合わせください。接続がないと Teams はサインインできません。
network-endpoints-link = Microsoft 365 の URL と IP アドレスの範囲
network-tls-caveat = このチェックでは証明書は確認できません。暗号化された通信を独自のルート証明書（このコンピューターが信頼しているもの）で検査する会社のプロキシは、Microsoft の本物の応答をそのまま通すため、ここでは通常の接続に見えます。これを確認できるのは、コンピューター上で直接行うチェック（証明書チェーンの読み取り）だけです。
network-path-caveat = Teams アプリは、このブラウザーとは別のネットワーク経路（たとえばシステムのプロキシ）を使用することがあります。下からダウンロードできるスクリプトは、同じアドレスを Windows または macOS 自体から再テストします。

## Status words of one address (core/src/network.rs)

endpoint-running = チェック中…
endpoint-ok = 接続可能
endpoint-slow = 低速
endpoint-fail = 失敗
endpoint-timeout = 応答なし
endpoint-intercepted = 別の応答元

## The office.com question

office-title = 1 つ質問です
# Variables:
#   $link (String) - a link to office.com
office-ask = このブラウザーで { $link } を開き、職場のアカウントでサインインしてください。サインインできましたか？
# Variables:
#   $site (String) - office.com
office-group-label = { $site } でサインインできますか？
office-yes = はい、できます
office-no = いいえ、こちらも失敗します
office-unknown = まだ試していません
# Variables:
#   $site (String) - office.com
office-why = 質問の理由: { $site } でサインインできる場合は、アカウントに問題はなく、原因はこのコンピューターの Teams または Windows のサインイン側にある可能性が高くなります。サポート記事では、その場合まず Teams のキャッシュを疑うよう案内しています。こちらも失敗する場合は、ネットワークかアカウントに原因がある可能性が高いため、IT 部門に確認してもらう必要があります。

## Your computer: system and Teams version

choice-title = お使いのコンピューター
choice-unknown-os = このブラウザーからは、どのシステムで動作しているかがわかりません。Teams のサインインに失敗するコンピューターを選んでください。修復スクリプトと手順はそのコンピューター向けに作成されます。
choice-mobile = スマートフォンまたはタブレットをお使いのようです。この修復方法は Teams のデスクトップ アプリ向けです。Teams が失敗するコンピューターを選び、そのコンピューターでこのページを開くか、スクリプトをそのコンピューターに送ってください。
choice-os-label = オペレーティング システム
choice-os-placeholder = 選択してください…
choice-detected = （このブラウザーから検出しました。Teams が別のコンピューターで動作している場合は変更してください）
choice-client-legend = どの Teams ですか？
choice-client-how-to-tell = 見分け方: 新しい Teams には「NEW」のバッジが付いているか、「新しい Teams を試す」の切り替えスイッチがありません。また、アイコンは紫と白のタイルに「T」と表示されています。クラシック Teams は、スタート メニューまたはアプリケーション フォルダーで「Microsoft Teams (クラシック)」という名前になっています。よくわからない場合は「両方」のままにしてください。スクリプトは存在するフォルダーにしか変更を加えません。
client-new = 新しい Teams
client-classic = クラシック Teams
client-both = 両方 / よくわからない

## The plan

plan-title = 2. 対処の手順（順番に）
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = ステップ { $n } で解決しました。
plan-fixed-again = エラーが再発した場合は、このページをもう一度開いてください。
plan-none-fixed = どのステップでも解決しませんでした。これも大切な情報です。IT ヘルプデスクに連絡し、下のレポートを送ってください（チェックした内容が記載されています）。
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = ヘルプデスク: { $contact }
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = ステップ { $n }/{ $total }: { $title }
plan-ask = これで解決しましたか？
plan-yes = はい、Teams にサインインできました
plan-no-next = いいえ、次のステップへ
plan-no-last = いいえ、まだ失敗します
plan-restart = ステップを最初からやり直す
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = { $os } の場合
plan-cache-use-script = 下の修復スクリプトを使用してください。Teams を終了し、キャッシュをバックアップ フォルダーに移動して（何も失われません）、カスタム背景を残したまま Teams を再起動します。
plan-go-to-script = 修復スクリプトへ移動
plan-by-hand = または手動で行う
plan-go-to-network = 接続のチェックへ移動
plan-connect-how = Wi-Fi またはネットワーク ケーブルに接続し、ほかの Web サイトが開くことを確認してから、上の接続のチェックで「もう一度チェック」を押してください。
plan-account-send = IT 部門は、このページよりも詳しく調べることができます。下のレポートを IT ヘルプデスクに送ってください。
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = IT 部門は、このページよりも詳しく調べることができます。下のレポートを IT ヘルプデスク（{ $contact }）に送ってください。
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Microsoft 365 の公開状態ページを開き、サインインや Teams に関する現在の問題がないか確認してください: { $link }。数分待ってから、もう一度 Teams にサインインしてください。
plan-go-to-report = レポートへ移動
plan-after-cache-intro = IT 部門に連絡する前に、または返事を待つ間に、次の順番で試してください。
plan-help-missing = これらの手順を表示できませんでした。このページはヘルプ テキストなしでビルドされています。IT ヘルプデスクにお知らせください。

## The plan's steps (core/src/plan.rs)

plan-step-time = 日付、時刻、タイム ゾーンを自動で設定する
plan-step-network = VPN をオフにしてプロキシを確認する
plan-step-connect = インターネット接続を確認する
plan-step-tls = TLS 1.2 がオンになっていることを確認する
plan-step-it = レポートを添えて IT 部門に連絡する
plan-step-helpdesk = まだ解決しない場合は、レポートを IT 部門に送る
plan-step-service = Microsoft 365 の状態を確認し、時間をおいてもう一度試す
plan-step-cache-new = 新しい Teams のキャッシュをクリアする（バックアップを保存）
plan-step-cache-classic = クラシック Teams のキャッシュをクリアする（バックアップを保存）
plan-step-cache-both = Teams のキャッシュをクリアする（バックアップを保存）

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = チェック中、このコンピューターはどの Web サイトにも接続できませんでした。オンラインに戻るまでは、ほかに何をしても動作しません。
plan-why-service-helpdesk = しばらくたっても失敗し、状態ページに問題が表示されていない場合は、レポートを IT 部門に送ってください。会社のプロキシが同じ応答を返すこともあります。
# Variables:
#   $site (String) - office.com
plan-why-office-network = { $site } でもサインインに失敗し、ネットワークのチェックの結果もまだ出ていません。IT 部門に連絡する前に、VPN とプロキシが原因でないことを確認してください。
# Variables:
#   $site (String) - office.com
plan-why-office-it = { $site } でもサインインに失敗するため、原因は Teams アプリよりも、ネットワークかアカウントにある可能性が高くなります。IT 部門はレポートを使って両方を確認できます。
plan-why-network-after-offline = オンラインに戻ったら、次は VPN やプロキシが Microsoft のサインイン サーバーをブロックしていないかを確認します。
plan-why-network-unknown = ネットワークのチェックの結果が出ていません。VPN やプロキシによる Microsoft のサインイン サーバーのブロックは、サポート記事で 2 番目に挙げられている原因です。
plan-why-tls = まれで、主に古いコンピューターで起こりますが、Windows で TLS 1.2 がオフになっているとサインインできません。確認はすぐに終わります。
plan-why-clock-unknown = このページでは時計をチェックできませんでした。日付、時刻、タイム ゾーンの誤りは、既知の原因の 1 つです。
plan-why-helpdesk = どのステップでも解決しなかった場合は、このページのレポートを IT ヘルプデスクに送ってください。チェックした内容が記載されています。
plan-why-it-generic = このエラーは IT 部門が調べる必要があります。
plan-why-timezone = このページのサーバーと比べて、時計がほぼちょうど 15 分単位でずれています。おそらく間違ったタイム ゾーンのまま手動で時刻を合わせたため、実際の時刻もずれています。
plan-why-clock-fail = このページのサーバーと比べて、時計のずれが組織の上限（既定では 5 分。Kerberos やトークンのチェックで一般的な許容範囲）を超えています。時計が正しくないと、サインインに失敗することがあります。
plan-why-clock-warn = このページのサーバーと比べて、時計のずれが組織の警告しきい値を超えており、サインインに失敗する可能性のある上限に近づいています。
plan-why-blocked = ほかのサイトは応答したのに、このブラウザーから Microsoft のサインイン サーバーに接続できませんでした。VPN、プロキシ、またはファイアウォールが妨げています。
plan-why-partial = Microsoft のサーバーの一部がこのブラウザーに応答しませんでした。VPN、プロキシ、またはファイアウォールがサインインの一部をブロックしている可能性があります。
plan-why-intercepted = Microsoft の代わりに別のもの（ブロック ページ、プロキシのサインイン ページ、ゲスト用 Wi-Fi のログイン ページ）がこのブラウザーに応答しました。このネットワークからは、サインインが Microsoft に届いていない可能性があります。
plan-why-network-code = エラー コードは Microsoft への接続の問題を示しているため、まず VPN とプロキシが原因でないことを確認してください。
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = { $site } ではサインインでき、Microsoft のサーバーも応答しているため、原因は Teams アプリ自体に保存されたサインイン データである可能性が高いです。記事では、これをクリアすると 80 % 以上のケースで解決すると推定しています。
# Variables:
#   $site (String) - office.com
plan-why-cache-office = このブラウザーでは { $site } にサインインできるため、原因は Teams アプリに保存されたサインイン データである可能性が高いです。記事では、これをクリアすると 80 % 以上のケースで解決すると推定しています。
plan-why-cache = サポート記事では、CAA20002 の最も多い原因として Teams のキャッシュに残った古いサインイン データを挙げています。クリアしてもバックアップが保存されます。

## What to keep doing once a step fixed it

plan-keep-time = 日付、時刻、タイム ゾーンの自動設定はオンのままにしておいてください。時刻が正しく保たれます。
plan-keep-network = VPN やプロキシをオンにするたびに再び失敗する場合は、IT 部門に伝えてください。Microsoft のサインイン用アドレスを許可する必要があります。
plan-keep-cache = Teams が数日間問題なく動作したら、バックアップ フォルダーは削除してかまいません。
plan-keep-tls = TLS 1.2 はオンのままにしておいてください。
plan-keep-account = IT 部門が解決してくれてよかったです。
plan-keep-connect = オンラインに戻りました。
plan-keep-service = サービスが再び応答しています。

## Next step line in the summary

summary-next-done = 完了: これで Teams にサインインできるはずです
summary-next-helpdesk = レポートを添えて IT ヘルプデスクに連絡する

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = このページではそのコードを認識できません。下の { $code } の案内はそのまま当てはまります。
code-unknown = このページではそのコードを認識できません。下の一般的な案内はそのまま当てはまります。
# Variables:
#   $code (String) - the code the user typed
code-updated = { $code } の案内と手順に更新しました。
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = エラー { $code }: { $meaning }
code-title-general = Teams のサインインの問題: 一般的に効果のある対処
code-for-it = このエラーは IT 部門の対応が必要です。
code-for-it-why = このページの手順では解決しません。下のセクション 4 のレポートを IT 部門に送ってください。
code-more = このエラーの詳細
code-input-label = Teams に別のコードが表示されていますか？ここに入力するか貼り付けてください
# Variables:
#   $code (String) - an example code
code-input-placeholder = 例: { $code }
code-loading = このコードの意味を読み込んでいます…
code-load-failed = このコードの意味を読み込めませんでした。接続を確認してページを再読み込みしてください。下の手順はそのまま当てはまります。

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — 詳細（{ $os }）
article-show = 記事全体を表示（症状、原因、すべての解決方法、リンク）
article-solutions = 解決方法
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. 修復スクリプト
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. { $os } 用の修復スクリプト
script-choose-os = Teams のキャッシュを安全にクリアするスクリプトを入手するには、上の「お使いのコンピューター」でオペレーティング システムを選択してください。
script-preparing = スクリプトを準備しています… 上のチェックの結果が出ると、ここに表示されます。
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = ここでスクリプトを準備できませんでした（{ $reason }）。もう一度お試しいただくか、下の既製のスクリプトをダウンロードしてください。手順のステップはスクリプトなしでも実行できます。
action-try-again = もう一度試す
# Variables:
#   $file (String) - the script's file name
script-download-static = 既製のスクリプトをダウンロード（{ $file }、既定のオプション）
script-static-note = 既製のスクリプトは、既定の手順で両方のバージョンの Teams のキャッシュをクリアします。次のコマンドで実行してください:

## The report for the helpdesk

report-title = 4. IT ヘルプデスク向けのレポート
report-intro = サポートが必要な場合は、このレポートを送ってください。このページで測定した内容が記載されているので、IT 部門が改めて質問する必要がありません。名前、アカウント、パスワードは含まれていません。このページが自動で何かを送信することはありません。
report-copy = レポートをコピー
report-download = レポートをダウンロード（JSON）
report-email = ヘルプデスクにメールする
report-copied = レポートをコピーしました。ヘルプデスクへのメッセージに貼り付けてください。
# Variables:
#   $file (String) - the file's name
report-saved = { $file } をダウンロード フォルダーに保存しました。
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = ダウンロードが開始されませんでした（{ $reason }）。代わりに「レポートをコピー」を使用してください。
report-notes-legend = 任意: IT 部門がサインインの試行を特定するための情報
report-error-time-label = エラーが表示されたのはいつですか？
report-error-time-note = お使いのコンピューターの現地時刻です。レポートにはタイム ゾーンが記載されます。
report-correlation-label = 相関 ID（Teams のエラーの下に表示されます）
report-correlation-note = Teams のエラー ウィンドウからコピーしてください。Microsoft のサインイン ログで、その試行を特定するための ID です。
# Variables:
#   $example (String) - an example date and time
report-refused-time = このページで読み取れる日時ではありません。日付の選択ツールを使用するか、{ $example } のように入力してください。
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = 相関 ID ではありません。相関 ID は 8-4-4-4-12 文字の英数字で、たとえば { $example } のような形式です。
report-show = レポートを表示
report-text-label = レポートのテキスト
report-json-label = JSON 形式のレポート
copy-blocked-report = ブラウザーによってコピーがブロックされました。レポートのテキストを選択して Ctrl+C（Mac では ⌘C）を押してください。

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = ヘルプ: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Teams サインインのセルフチェック { $version }。このページはどこにも何も送信しません。チェックでは Microsoft のサーバーに応答があるかどうかを確認するだけで、レポートはご自身で送信するまでこのブラウザー内にとどまります。

## Loading the texts that come after the checks

later-loading = 読み込んでいます…
later-failed = この部分を読み込めませんでした。接続を確認して、ページを再読み込みしてください。
