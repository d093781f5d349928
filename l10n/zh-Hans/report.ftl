### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Teams 登录自检报告（{ $code }）
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = 生成时间：{ $time }（页面版本 { $version }）
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = 电脑：{ $os }，{ $client }；浏览器语言 { $language }；时区 { $zone }（UTC{ $offset }）
report-os-not-chosen = 未选择操作系统
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = 时钟：{ $status }（{ $error }）
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = 时钟：{ $status }，电脑时间减服务器时间 = { $ms } 毫秒（± { $uncertainty } 毫秒）
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = ，粗略测量：{ $reason }
report-clock-timezone = ，时区可能错误
# Variables:
#   $status (String) - the check's status
report-clock-status = 时钟：{ $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = 网络：{ $status }，模式 { $pattern }
report-not-finished = 未完成
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = 在此浏览器中能否登录 { $site }：{ $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = 建议的步骤：{ $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = 已尝试但未解决：{ $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = 解决问题的步骤：{ $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = 首次出现错误的时间：{ $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Teams 显示的相关 ID：{ $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = 页面配置问题：{ $problems }
report-mail-subject = Teams 登录问题（自检报告）
report-mail-shortened = …（已缩短：请使用“复制报告”获取完整文本）

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = { $duration }后仍无应答：连接很可能被静默丢弃（防火墙、VPN 或代理）。
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = { $duration }内无应答：连接很可能被静默丢弃（防火墙、VPN 或代理）。
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = { $duration }后失败：连接被拒绝或找不到服务器（被阻止、DNS 不可用、没有网络，或浏览器不信任的证书）。
endpoint-detail-intercepted = 代替 Microsoft 应答的是其他内容：应答不是 Microsoft 的登录配置（例如拦截页面、代理的登录页面，或者酒店、访客 WLAN 的登录页面）。
endpoint-detail-unreadable = 有应答，但此浏览器无权读取应答内容，因此页面无法确认它是否来自 Microsoft 的登录服务（代理的拦截页面在这里看起来也一样）。
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = 有应答，但速度较慢（{ $duration }）。
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = 在 { $ms } 毫秒内应答。
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } 毫秒
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } 秒

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Microsoft Entra 登录
endpoint-label-login-alt = Microsoft 登录（备用）
endpoint-label-aadcdn-msauth = 登录页面文件
endpoint-label-aadcdn-msftauth = 登录页面文件（备用）
endpoint-label-teams = Teams 服务
endpoint-label-teams-cloud = Teams 服务（新地址）
endpoint-label-teams-statics = Teams 应用文件
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Microsoft Entra 登录（美国政府）
endpoint-label-teams-usgov = Teams 服务（美国政府）
endpoint-label-graph-usgov = Microsoft Graph（美国政府）
endpoint-label-login-china = Microsoft Entra 登录（世纪互联）
endpoint-label-login-partner-china = Microsoft Entra 登录（世纪互联，合作伙伴）
endpoint-label-graph-china = Microsoft Graph（世纪互联）
endpoint-label-self = 此页面的服务器
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = 请求失败：{ $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = { $ms } 毫秒内无应答
# Variables:
#   $status (Number) - the HTTP status code
error-http = 服务器返回 HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = 浏览器拒绝：{ $detail }
error-missing-date = 服务器的应答中没有 Date 标头
# Variables:
#   $value (String) - the header's value
error-bad-date = 无法读取服务器的 Date 标头：{ $value }
error-no-samples = 没有可用的时钟测量数据
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = 第 { $line } 行第 { $column } 列处不是有效的 JSON
error-texts = 无法读取页面的文本

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } 不是有效的 JSON（第 { $line } 行，第 { $column } 列）；将使用内置默认值
# Variables:
#   $file (String) - config.json
config-not-object = { $file } 必须是 JSON 对象 { "{" } … { "}" }；将使用内置默认值
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = 无法加载 { $file }（{ $reason }）；将使用内置默认值
config-must-be-object = 必须是对象 { "{" } … { "}" }；将使用默认值
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = 超过 { $max } 个字符，已忽略
config-control-characters = 包含换行符或控制字符，已忽略
config-not-text = 必须是带引号的文本，已忽略
config-not-email = 不是电子邮件地址，已忽略
config-not-phone = 只能包含数字、空格以及 + - ( ) . / 字符，已忽略
# Variables:
#   $https (String) - https://
config-not-https = 必须是以 { $https } 开头的网址，已忽略
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = 必须介于 { $min } 和 { $max } 之间；将使用默认值
config-not-number = 必须是数字；将使用默认值
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key }（{ $warn } 秒）必须小于 { $fail_key }（{ $fail } 秒）；将使用默认值 { $default_warn } 秒和 { $default_fail } 秒
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = 必须是此页面自身服务器上的路径（例如 { $default }），因为浏览器会隐藏其他服务器的时间；将使用 { $default }
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = 必须是 { $choices } 之一；将使用 { $default }
config-no-usable-endpoint = 没有可用的条目；将使用内置的 Microsoft 终结点
config-not-list = 必须是列表 [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = （“{ $id }”）与已使用的 id 重复；已跳过此条目
config-entry-not-object = 必须是包含 id、label 和 url 的对象；已跳过此条目
config-bad-id = id 不是 1–32 个字母、数字、- 或 _；已跳过此条目
config-no-id = 没有 id；已跳过此条目
# Variables:
#   $id (String) - the reserved id
config-reserved-id = 使用了保留的 id “{ $id }”（始终会检查此页面自身的服务器）；已跳过此条目
# Variables:
#   $id (String) - the entry's id
config-no-url = （“{ $id }”）没有 url；已跳过此条目
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = （“{ $id }”）{ $reason }；已跳过此条目
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = （“{ $id }”）使用了 { $http }，通过 HTTPS 提供的页面无法测试它（请使用 { $https }）；已跳过此条目
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = （“{ $id }”）"expect" 的值未知（请使用 { $choices }）；已跳过此条目
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = （“{ $id }”）"expect" 不是文本；已跳过此条目
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = 不是此页面提供的语言（{ $choices }）；将使用英语

## What is wrong with a URL (core/src/url.rs)

url-too-long = URL 超过 2,000 个字符
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = URL 必须以 { $https }（或 { $http }）开头
url-userinfo = URL 中不得包含用户名或密码
url-bad-host = URL 的主机无效
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = URL 包含不允许的字符（引号、空格、{ $chars } 等）
