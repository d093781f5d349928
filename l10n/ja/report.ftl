### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Teams サインインのセルフチェック レポート（{ $code }）
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = 作成日時: { $time }（ページ { $version }）
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = コンピューター: { $os }、{ $client }。ブラウザーの言語: { $language }。タイム ゾーン: { $zone }（UTC{ $offset }）
report-os-not-chosen = OS 未選択
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = 時計: { $status }（{ $error }）
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = 時計: { $status }、コンピューター − サーバー = { $ms } ミリ秒（± { $uncertainty } ミリ秒）
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = 、大まかな測定: { $reason }
report-clock-timezone = 、タイム ゾーンの誤りの可能性あり
# Variables:
#   $status (String) - the check's status
report-clock-status = 時計: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = ネットワーク: { $status }、パターン: { $pattern }
report-not-finished = 未完了
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = このブラウザーで { $site } にサインインできるか: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = 提案された手順: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = 試したが解決しなかった手順: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = 解決した手順: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = エラーが最初に表示された日時: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Teams に表示された相関 ID: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = ページ設定の問題: { $problems }
report-mail-subject = Teams のサインインの問題（セルフチェック レポート）
report-mail-shortened = …（省略されています。全文は「レポートをコピー」を使用してください）

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = { $duration }経っても応答がありません。接続が通知なしに破棄されている可能性があります（ファイアウォール、VPN、またはプロキシ）。
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = { $duration }以内に応答がありません。接続が通知なしに破棄されている可能性があります（ファイアウォール、VPN、またはプロキシ）。
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = { $duration }後に失敗しました。拒否されたか、見つかりませんでした（ブロック、DNS なし、ネットワークなし、またはブラウザーが信頼しない証明書）。
endpoint-detail-intercepted = Microsoft の代わりに別のものが応答しました。応答は Microsoft のサインイン構成ではありません（たとえば、ブロック ページ、プロキシのサインイン ページ、ホテルやゲスト用 Wi-Fi のログイン ページ）。
endpoint-detail-unreadable = 応答はありましたが、このブラウザーには応答の読み取りが許可されなかったため、Microsoft のサインイン サービスからの応答かどうかを確認できません（プロキシのブロック ページもここでは同じように見えます）。
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = 応答はありましたが、時間がかかりました（{ $duration }）。
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = { $ms } ミリ秒で応答しました。
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } ミリ秒
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } 秒

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Microsoft Entra サインイン
endpoint-label-login-alt = Microsoft サインイン（代替）
endpoint-label-aadcdn-msauth = サインイン ページのファイル
endpoint-label-aadcdn-msftauth = サインイン ページのファイル（代替）
endpoint-label-teams = Teams サービス
endpoint-label-teams-cloud = Teams サービス（新しいアドレス）
endpoint-label-teams-statics = Teams アプリのファイル
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Microsoft Entra サインイン（米国政府機関）
endpoint-label-teams-usgov = Teams サービス（米国政府機関）
endpoint-label-graph-usgov = Microsoft Graph（米国政府機関）
endpoint-label-login-china = Microsoft Entra サインイン（21Vianet）
endpoint-label-login-partner-china = Microsoft Entra サインイン（21Vianet、パートナー）
endpoint-label-graph-china = Microsoft Graph（21Vianet）
endpoint-label-self = このページのサーバー
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = 要求の失敗: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = { $ms } ミリ秒以内に応答なし
# Variables:
#   $status (Number) - the HTTP status code
error-http = サーバーの応答: HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = ブラウザーによる拒否: { $detail }
error-missing-date = サーバーの応答に Date ヘッダーなし
# Variables:
#   $value (String) - the header's value
error-bad-date = サーバーの Date ヘッダーを読み取れない: { $value }
error-no-samples = 使用できる時計の測定値なし
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = 無効な JSON（{ $line } 行 { $column } 列）
error-texts = ページのテキストを読み取れない

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } は有効な JSON ではありません（{ $line } 行、{ $column } 列）。組み込みの既定値が使用されます
# Variables:
#   $file (String) - config.json
config-not-object = { $file } は JSON オブジェクト { "{" } … { "}" } である必要があります。組み込みの既定値が使用されます
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file } を読み込めませんでした（{ $reason }）。組み込みの既定値が使用されます
config-must-be-object = オブジェクト { "{" } … { "}" } である必要があります。既定値が使用されます
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = { $max } 文字を超えているため、無視されました
config-control-characters = 改行または制御文字が含まれているため、無視されました
config-not-text = 引用符で囲んだテキストである必要があります。無視されました
config-not-email = メール アドレスではありません。無視されました
config-not-phone = 使用できるのは数字、スペース、および + - ( ) . / だけです。無視されました
# Variables:
#   $https (String) - https://
config-not-https = { $https } で始まる Web アドレスである必要があります。無視されました
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = { $min }～{ $max } の範囲である必要があります。既定値が使用されます
config-not-number = 数値である必要があります。既定値が使用されます
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key }（{ $warn } 秒）は { $fail_key }（{ $fail } 秒）より小さくする必要があります。既定値の { $default_warn } 秒と { $default_fail } 秒が使用されます
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = ブラウザーはほかのサーバーの時刻を隠すため、このページ自体のサーバー上のパス（{ $default } など）である必要があります。{ $default } が使用されます
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = { $choices } のいずれかである必要があります。{ $default } が使用されます
config-no-usable-endpoint = 使用できるエントリがありません。組み込みの Microsoft エンドポイントが使用されます
config-not-list = リスト [ … ] である必要があります
# Variables:
#   $id (String) - the entry's id
config-repeated-id = （「{ $id }」）既に使用されている id と重複しています。このエントリはスキップされます
config-entry-not-object = id、label、url を持つオブジェクトである必要があります。このエントリはスキップされます
config-bad-id = id が 1～32 文字の英字、数字、- または _ ではありません。このエントリはスキップされます
config-no-id = id がありません。このエントリはスキップされます
# Variables:
#   $id (String) - the reserved id
config-reserved-id = 予約済みの id 「{ $id }」を使用しています（このページ自体のサーバーは常にチェックされます）。このエントリはスキップされます
# Variables:
#   $id (String) - the entry's id
config-no-url = （「{ $id }」）url がありません。このエントリはスキップされます
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = （「{ $id }」）{ $reason }。このエントリはスキップされます
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = （「{ $id }」）{ $http } を使用していますが、HTTPS で配信されるページからはテストできません（{ $https } を使用してください）。このエントリはスキップされます
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = （「{ $id }」）"expect" の値が不明です（{ $choices } を使用してください）。このエントリはスキップされます
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = （「{ $id }」）"expect" がテキストではありません。このエントリはスキップされます
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = このページに含まれている言語ではありません（{ $choices }）。英語が使用されます

## What is wrong with a URL (core/src/url.rs)

url-too-long = URL が 2,000 文字を超えています
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = URL は { $https }（または { $http }）で始まる必要があります
url-userinfo = URL にユーザー名やパスワードを含めることはできません
url-bad-host = URL のホストが無効です
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = URL に使用できない文字（引用符、スペース、{ $chars } など）が含まれています
