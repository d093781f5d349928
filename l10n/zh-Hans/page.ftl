### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Teams 登录自检（CAA20002）
page-skip-link = 跳到检查部分
page-no-script = 自动检查需要 JavaScript 和 WebAssembly，但此浏览器已将其关闭。下面的步骤仍然可用。
page-fatal-title = 此页面出现了问题
page-fatal-text = 请重新加载页面后重试。如果问题再次出现，请告知 IT 服务台，并附上以下文本：
# The label of the language menu at the top of the page.
page-language-menu = 语言

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Teams 登录自检
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Teams 无法登录（错误 { $code }）？我们来找出原因。
page-lead = 此页面会检查你电脑的时钟及其与 Microsoft 的连接，然后给出适合你的解决方法。不会安装任何内容；除非你自己发送，否则任何信息都不会离开此浏览器。

## Notices at the top

page-config-notice-title = 页面的设置文件有问题（页面仍会使用内置设置正常工作）
# Variables:
#   $file (String) - config.json
page-config-notice-hint = 请告知 IT 服务台；他们无需重新生成页面即可更正 { $file }。
page-link-notice-title = 你打开的链接中有一部分被忽略
page-link-notice-hint = 页面可正常工作；如果下方的系统和 Teams 版本不正确，请重新选择。

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = 无法识别链接中的“{ $name }”值，已忽略。
link-too-long = 链接中的“{ $name }”值过长，已忽略。
link-repeated = 链接多次指定了“{ $name }”；仅使用了第一个值。
link-unknown-parameter = 链接中包含此页面不使用的设置，已忽略。
link-truncated = 链接异常地长；只读取了开头部分。

## Status words next to each check's icon (core/src/status.rs)

status-running = 正在检查…
status-ok = 正常
status-warn = 警告
status-fail = 有问题
status-unknown = 无法检查

## Summary at the top

summary-title = 摘要
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = 正在检查… 时钟：进行中；连接：{ $total } 个地址中已完成 { $done } 个。
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = 正在检查… 时钟：已完成；连接：{ $total } 个地址中已完成 { $done } 个。
summary-ok = 你的时钟和与 Microsoft 的连接看起来都正常。
summary-warn = 检查发现了一些值得修复的问题。
summary-unknown = 部分检查未能完成；请参阅下文。
summary-fail = 检查发现了一个可能导致 Teams 无法登录的问题。
# Variables:
#   $code (String) - the error code
summary-go-to-it = 错误 { $code }：请联系 IT 部门。
summary-go-to-it-why = 只有 IT 部门能解决此问题；报告（第 4 部分）中包含他们所需的信息。
summary-next-step = 下一步：

## The checks

checks-title = 1. 检查
action-check-again = 重新检查

## The clock check

clock-title = 日期、时间和时区
clock-failed = 无法检查时钟。
clock-comparing = 正在将你电脑的时钟与服务器进行比较…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = 你电脑的时钟准确（{ $offset }）。
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = 你电脑的时钟{ $offset }。
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = 原因：{ $reason }。请检查网络连接，然后按“重新检查”。
clock-server-time = 服务器时间
clock-your-computer = 你的电脑
clock-time-zone = 时区
clock-accuracy = 精确度
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } 毫秒
clock-refining = （正在提高精度…）
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name }（{ $offset }）
clock-timezone-hint-title = 时区可能设置错误。
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = 时间差几乎恰好是一刻钟（15 分钟）的整数倍，因此你的时钟很可能显示的是正确的当地时间，但时区设置错误。此电脑的时区为 { $zone }。请先更正时区，然后让时钟自动设置。
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = 在 { $os } 上更正时区
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = 在 { $os } 上更正日期和时间
clock-coarse-pending = 仍在进行更精确的测量。
clock-coarse-date-reused = 此服务器会在最长 1 秒内重复使用同一时间戳，因此页面的测量精度无法高于约 1 秒。这已经足够：常见的时钟误差限制（Kerberos、令牌检查）以分钟计，而不是以秒计。
clock-coarse-not-verified = 无法确认更精细的测量结果，因此页面保留约 1 秒的粗略范围。这已经足够：常见的时钟误差限制（Kerberos、令牌检查）以分钟计，而不是以秒计。

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = 误差不到 1 秒
clock-offset-under-a-tenth = 误差不到 0.1 秒
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = 快了 { $near } 到 { $far } 秒
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = 慢了 { $near } 到 { $far } 秒
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = 误差不到 { $n } 秒
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = 大约{ $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = 快了 { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = 慢了 { $amount }
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n } 天
# Variables:
#   $n (Number) - hours
clock-hours = { $n } 小时
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n } 分钟
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n } 秒

## The connection check

network-title = 与 Microsoft 登录服务的连接
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = 正在测试与 Microsoft 的连接…（{ $total } 个中已有 { $done } 个应答）
network-progress-label = 已检查的地址
network-for-it = 供 IT 部门参考：
network-table-caption = 各地址的结果
network-column-service = 服务
network-column-status = 状态
network-column-time = 时间
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } 毫秒

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = 从此浏览器可以访问 Microsoft 的登录服务。
network-all-reachable-1 = 从这里看，网络很可能没有问题；支持文章指出，最常见的原因是 Teams 应用自身缓存中的旧登录数据。
network-all-reachable-2 = 请使用下面的脚本清除 Teams 缓存（会保留备份）。
network-partial = 部分 Microsoft 地址有应答，其他地址没有。
network-partial-1 = 如果你在使用 VPN，请断开连接，然后按“重新检查”。
network-partial-2 = 如果你的公司使用代理或 Web 筛选器，IT 部门必须放行下方显示为失败的 Microsoft 365 地址。
network-partial-3 = 请将此页面的报告发送给 IT 部门：其中列出了失败的地址。
network-blocked = 你的网络可以正常使用，但 Microsoft 的登录地址被阻止了。
network-blocked-1 = 如果你在使用 VPN，请断开连接，然后按“重新检查”。
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = 如果不使用 VPN 时可以正常登录，请告知 IT 部门：VPN 或代理阻止了 { $host }。
network-blocked-3 = IT 部门必须将 Microsoft 365 终结点加入允许列表（请参阅下面的链接）。
network-intercepted = 应答的不是 Microsoft，而是其他内容。
network-intercepted-1 = 此浏览器收到的应答并非来自 Microsoft 的登录服务，例如 Web 筛选器的拦截页面、代理的登录页面，或者酒店、访客 WLAN 的登录页面。
network-intercepted-2 = 如果有页面要求你登录网络或接受使用条款，请先完成操作，然后按“重新检查”。
network-intercepted-3 = 否则，请尝试断开 VPN 后再试一次，或换一个网络（例如手机热点）再试。
network-intercepted-4 = 请告知 IT 部门此检查看到的情况，并将报告发送给他们：网络必须放行 Microsoft 的登录地址。
network-offline = 此电脑似乎没有连接到 Internet。
network-offline-1 = 请先连接 WLAN 或网线，然后按“重新检查”。
network-offline-2 = 如果其他网站也打不开，请重启路由器或咨询 IT 部门；没有网络连接，Teams 就无法登录。
network-endpoints-link = Microsoft 365 URL 和 IP 地址范围
network-tls-caveat = 此检查无法看到的内容：证书。如果公司代理使用此电脑信任的自有根证书检查加密流量，它会将 Microsoft 的真实应答原样转发，在这里看起来就是正常连接。只有在电脑本身上进行的检查（读取证书链）才能发现这种情况。
network-path-caveat = Teams 应用使用的网络路径可能与此浏览器不同（例如系统代理）。下面可下载的脚本会直接在 Windows 或 macOS 上重新测试相同的地址。

## Status words of one address (core/src/network.rs)

endpoint-running = 正在检查…
endpoint-ok = 可访问
endpoint-slow = 缓慢
endpoint-fail = 失败
endpoint-timeout = 无应答
endpoint-intercepted = 非 Microsoft 应答

## The office.com question

office-title = 一个问题
# Variables:
#   $link (String) - a link to office.com
office-ask = 请在此浏览器中打开 { $link }，并使用工作帐户登录。能登录吗？
# Variables:
#   $site (String) - office.com
office-group-label = 能否在 { $site } 上登录？
office-yes = 能，可以登录
office-no = 不能，这里也失败
office-unknown = 我还没试过
# Variables:
#   $site (String) - office.com
office-why = 我们为什么这样问：如果 { $site } 可以登录，说明你的帐户没问题，问题很可能出在此电脑上 Teams 或 Windows 的登录环节，支持文章建议首先排查 Teams 缓存。如果这里也失败，原因更可能是网络或帐户，应由 IT 部门检查。

## Your computer: system and Teams version

choice-title = 你的电脑
choice-unknown-os = 此浏览器没有提供其运行的系统信息。请选择 Teams 无法登录的那台电脑：修复脚本和步骤都会针对它生成。
choice-mobile = 你似乎在使用手机或平板电脑。此修复适用于 Teams 桌面应用：请选择 Teams 出错的那台电脑，然后在那台电脑上打开此页面，或将脚本发送到那台电脑。
choice-os-label = 操作系统
choice-os-placeholder = 请选择…
choice-detected = （根据此浏览器检测得出——如果 Teams 在另一台电脑上运行，请更改）
choice-client-legend = 哪个 Teams？
choice-client-how-to-tell = 如何区分：新 Teams 带有“NEW”标志，或者没有“试用新 Teams”开关，其图标是紫白色图块上的“T”；经典 Teams 在“开始”菜单或“应用程序”文件夹中名为“Microsoft Teams (经典)”。不确定？请保留“两者”：脚本只会处理实际存在的文件夹。
client-new = 新 Teams
client-classic = 经典 Teams
client-both = 两者 / 不确定

## The plan

plan-title = 2. 按顺序执行的操作
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = 第 { $n } 步解决了问题。
plan-fixed-again = 如果错误再次出现，请重新打开此页面。
plan-none-fixed = 所有步骤都没有解决问题。这一点也很有用：请联系 IT 服务台，并将下面的报告发送给他们（其中列出了检查过的内容）。
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = 服务台：{ $contact }。
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = 第 { $n } 步，共 { $total } 步：{ $title }
plan-ask = 问题解决了吗？
plan-yes = 是，Teams 可以登录了
plan-no-next = 否，下一步
plan-no-last = 否，仍然失败
plan-restart = 从头开始执行步骤
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = 在 { $os } 上
plan-cache-use-script = 请使用下面的修复脚本：它会关闭 Teams，将缓存移到备份文件夹（不会丢失任何内容），保留你的自定义背景，然后重新启动 Teams。
plan-go-to-script = 转到修复脚本
plan-by-hand = 或者手动操作
plan-go-to-network = 转到连接检查
plan-connect-how = 连接 WLAN 或网线，确认其他网站可以打开，然后在上方的连接检查中按“重新检查”。
plan-account-send = IT 部门能比此页面查得更深入。请将下面的报告发送给 IT 服务台。
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = IT 部门能比此页面查得更深入。请将下面的报告发送给 IT 服务台（{ $contact }）。
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = 打开 Microsoft 365 的公共状态页面，查看登录或 Teams 当前是否有问题：{ $link }。等待几分钟后，再次登录 Teams。
plan-go-to-report = 转到报告
plan-after-cache-intro = 在联系 IT 部门之前或等待回复期间，请按以下顺序操作：
plan-help-missing = 无法显示这些步骤：此页面副本在生成时未包含帮助文本。请告知 IT 服务台。

## The plan's steps (core/src/plan.rs)

plan-step-time = 自动设置日期、时间和时区
plan-step-network = 关闭 VPN 并检查代理
plan-step-connect = 检查 Internet 连接
plan-step-tls = 检查 TLS 1.2 是否已开启
plan-step-it = 联系 IT 部门并提供报告
plan-step-helpdesk = 仍未解决？将报告发送给 IT 部门
plan-step-service = 查看 Microsoft 365 的状态，稍后重试
plan-step-cache-new = 清除新 Teams 的缓存（保留备份）
plan-step-cache-classic = 清除经典 Teams 的缓存（保留备份）
plan-step-cache-both = 清除 Teams 缓存（保留备份）

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = 检查期间，此电脑无法访问任何网站；在恢复联网之前，其他任何操作都不会起作用。
plan-why-service-helpdesk = 如果过一段时间后仍然失败，而状态页面没有显示问题，请将报告发送给 IT 部门：公司代理也可能给出同样的应答。
# Variables:
#   $site (String) - office.com
plan-why-office-network = 在 { $site } 上登录也失败，而网络检查还没有结果，因此请先排除 VPN 和代理的问题，再联系 IT 部门。
# Variables:
#   $site (String) - office.com
plan-why-office-it = 在 { $site } 上登录也失败，因此原因更可能是网络或你的帐户，而不是 Teams 应用；IT 部门可以借助报告检查这两方面。
plan-why-network-after-offline = 恢复联网后，接下来要排除的是 VPN 或代理阻止了 Microsoft 登录服务器。
plan-why-network-unknown = 网络检查没有结果，而 VPN 或代理阻止 Microsoft 登录服务器是支持文章列出的第二个原因。
plan-why-tls = 这种情况很少见，主要出现在旧电脑上；但在 Windows 上，如果 TLS 1.2 被关闭，就无法登录，而且检查起来很快。
plan-why-clock-unknown = 此页面无法检查时钟，而日期、时间或时区错误是已知原因之一。
plan-why-helpdesk = 如果所有步骤都没有帮助，请将此页面的报告发送给 IT 服务台：其中列出了检查过的内容。
plan-why-it-generic = 此错误需要由 IT 部门来检查。
plan-why-timezone = 与此页面的服务器相比，时钟的偏差正好是一刻钟（15 分钟）的整数倍：很可能是在错误的时区下手动调整了时间，因此实际时间也是错的。
plan-why-clock-fail = 与此页面的服务器相比，时钟偏差超过了你所在组织的上限（默认为 5 分钟，这是 Kerberos 和令牌检查的常见容差）；时钟错误可能导致登录失败。
plan-why-clock-warn = 与此页面的服务器相比，时钟偏差超过了你所在组织的警告上限，已接近可能导致登录失败的上限。
plan-why-blocked = 其他网站有应答，但此浏览器无法访问 Microsoft 的登录服务器，说明有 VPN、代理或防火墙在阻挡。
plan-why-partial = Microsoft 的部分服务器没有应答此浏览器，因此 VPN、代理或防火墙可能阻止了部分登录过程。
plan-why-intercepted = 代替 Microsoft 应答此浏览器的是其他内容（拦截页面、代理的登录页面或访客 WLAN 的登录页面），因此在此网络上，登录很可能无法到达 Microsoft。
plan-why-network-code = 该错误代码指向与 Microsoft 的连接问题，因此请先排除 VPN 和代理的问题。
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = 在 { $site } 上可以登录，且 Microsoft 的服务器有应答，因此原因很可能是 Teams 应用自身保存的登录数据；据文章估计，清除这些数据可以解决 80% 以上的情况。
# Variables:
#   $site (String) - office.com
plan-why-cache-office = 在此浏览器中可以登录 { $site }，因此原因很可能是 Teams 应用保存的登录数据；据文章估计，清除这些数据可以解决 80% 以上的情况。
plan-why-cache = 支持文章指出，Teams 缓存中的旧登录数据是 CAA20002 最常见的原因；清除缓存时会保留备份。

## What to keep doing once a step fixed it

plan-keep-time = 请保持自动设置日期、时间和时区处于开启状态，这样时间会一直保持正确。
plan-keep-network = 如果每次开启 VPN 或代理后问题再次出现，请告知 IT 部门：必须放行 Microsoft 的登录地址。
plan-keep-cache = Teams 正常使用几天后，就可以删除备份文件夹。
plan-keep-tls = 请保持 TLS 1.2 处于开启状态。
plan-keep-account = 很高兴 IT 部门解决了问题。
plan-keep-connect = 你已恢复联网。
plan-keep-service = 服务已恢复应答。

## Next step line in the summary

summary-next-done = 完成：Teams 现在应该可以登录了
summary-next-helpdesk = 联系 IT 服务台并提供报告

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = 此页面不认识该代码；下面针对 { $code } 的指导仍然适用。
code-unknown = 此页面不认识该代码；下面的一般指导仍然适用。
# Variables:
#   $code (String) - the code the user typed
code-updated = 已针对 { $code } 更新指导和步骤。
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = 错误 { $code }：{ $meaning }
code-title-general = Teams 登录问题：通常有效的方法
code-for-it = 此错误需要 IT 部门处理。
code-for-it-why = 此页面上的步骤无法解决此问题；请将下方第 4 部分的报告发送给 IT 部门。
code-more = 有关此错误的详细信息
code-input-label = Teams 显示了其他代码？请在此处键入或粘贴
# Variables:
#   $code (String) - an example code
code-input-placeholder = 例如 { $code }
code-loading = 正在加载此代码的含义…
code-load-failed = 无法加载此代码的含义。请检查网络连接并重新加载页面；下面的步骤仍然适用。

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — 完整详细信息（{ $os }）
article-show = 显示完整文章：症状、原因、所有解决方案、链接
article-solutions = 解决方案
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. 修复脚本
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. 适用于 { $os } 的修复脚本
script-choose-os = 请在上方的“你的电脑”中选择操作系统，以获取可安全清除 Teams 缓存的脚本。
script-preparing = 正在准备脚本… 上方的检查出结果后，脚本会显示在这里。
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = 无法在此处准备脚本（{ $reason }）。请重试，或下载下面的现成脚本；“按顺序执行的操作”中的步骤无需脚本也可完成。
action-try-again = 重试
# Variables:
#   $file (String) - the script's file name
script-download-static = 下载现成脚本（{ $file }，默认选项）
script-static-note = 现成脚本会按默认步骤清除两个 Teams 版本的缓存。使用以下命令运行：

## The report for the helpdesk

report-title = 4. 提供给 IT 服务台的报告
report-intro = 如果需要帮助，请发送此报告：其中列出了此页面测得的内容，IT 部门就不必再询问你。报告中不包含姓名、帐户或密码。此页面不会自行发送任何内容。
report-copy = 复制报告
report-download = 下载报告（JSON）
report-email = 发送电子邮件给服务台
report-copied = 报告已复制：请将其粘贴到发给服务台的邮件中。
# Variables:
#   $file (String) - the file's name
report-saved = 已将 { $file } 保存到“下载”文件夹。
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = 下载未开始（{ $reason }）；请改用“复制报告”。
report-notes-legend = 可选：帮助 IT 部门找到你的登录尝试
report-error-time-label = 错误是什么时候出现的？
report-error-time-note = 你电脑的本地时间；报告中会注明其时区。
report-correlation-label = 相关 ID（Teams 会在错误下方显示）
report-correlation-note = 请从 Teams 错误窗口中复制；它可用于在 Microsoft 登录日志中识别此次尝试。
# Variables:
#   $example (String) - an example date and time
report-refused-time = 此页面无法识别该日期和时间。请使用日期选择器，或按 { $example } 的格式键入。
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = 这不是相关 ID。相关 ID 由 8-4-4-4-12 位字母和数字组成，例如 { $example }。
report-show = 显示报告
report-text-label = 报告文本
report-json-label = JSON 格式的报告
copy-blocked-report = 浏览器阻止了复制：请选中报告文本并按 Ctrl+C（在 Mac 上按 ⌘C）。

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = 帮助：{ $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Teams 登录自检 { $version }。此页面不会向任何地方发送任何内容：检查只会询问 Microsoft 的服务器是否应答，而报告会一直保留在你的浏览器中，直到你自己发送。

## Loading the texts that come after the checks

later-loading = 正在加载…
later-failed = 无法加载此部分。请检查网络连接并重新加载页面。
