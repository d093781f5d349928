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
codes-source-note = Microsoft 对 { $code } 的命名：{ $constant }：{ $wording } 来源：{ $sources }。
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }；另见 { $second }
# Variables:
#   $code (String) - the error code
codes-not-sure = 不确定：我们未能在 Microsoft 的公开文档中找到 { $code }，因此上面的含义只是我们的推断，并非事实。
# same as English: the name of a Microsoft Learn reference page (API names)
codes-source-web-provider-errors = Microsoft Learn: WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Microsoft 支持：为什么我在登录 Microsoft Teams 时遇到问题？
codes-source-com-security-errors = Microsoft Learn：COM 错误代码（安全和设置）

## Paragraphs several codes share

code-shared-tls-inspection = 以下是我们的解读，并非 Microsoft 的原文：在公司网络中，一个可能的原因是代理或防火墙使用其自有证书检查加密连接，而 Teams 登录不信任该证书。在公司网络之外，酒店或访客 WLAN 的登录页面也会造成同样的问题。
code-shared-tls-inspection-try = 请尝试换一个网络，例如手机热点。如果在那里可以登录，请将错误代码告知 IT 部门：他们可以将 Microsoft 的登录地址排除在 TLS 检查之外。此页面的浏览器检查无法看到证书，因此可能会将所有地址都显示为可访问。
code-shared-pac-try = 只有 IT 部门才能修复代理设置。在此之前，从其他网络（例如关闭 VPN 后使用手机热点）登录通常可以成功。
code-shared-proxy-answered = 以下是我们的解读，并非 Microsoft 的原文：这通常表示应答的不是 Microsoft，而是其他内容，例如代理的登录页面或拦截页面，或者酒店、访客 WLAN 的登录页面。

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = 此证书错误通常表示有代理或防火墙在检查加密连接，或者访客 WLAN 的登录页面造成了阻碍；换一个网络试试就能判断是哪种情况。
code-shared-plan-proxy-setup = 此错误表示自动代理设置失败，因此 Teams 不知道如何访问 Microsoft；换一个网络或请 IT 部门处理即可绕过此问题。
code-shared-plan-unusable-answer = 此错误表示 Teams 收到了无法使用的应答，通常是代理或访客 WLAN 自身的页面代替 Microsoft 作出了应答。

## CAA20002

code-caa20002-meaning = 登录服务以请求无效为由拒绝了请求
code-caa20002-documented = “请求缺少必需的参数、包含无效的参数值、多次包含同一参数，或者格式有其他错误。”
code-caa20002-guidance-1 = Microsoft 的登录服务已应答 Teams，但以请求无效为由拒绝了它。支持文章指出，这几乎总是由此电脑上的问题引起的，而不是 Microsoft 服务中断，通常你可以自己解决。
code-caa20002-guidance-2 = 支持文章按以下顺序列出了可能的原因：Teams 缓存中的旧登录数据、VPN 或公司代理造成阻碍、TLS 1.2 被关闭，以及日期、时间或时区错误。
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = 请从缓存开始：你会保留一份备份，因此不会丢失任何内容。如果在 { $site } 上可以登录，文章估计清除缓存可以解决 80% 以上的情况（这是文章的估计，而非测量结果）。
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = 快速测试：在浏览器中登录 { $site }。如果可以登录，问题很可能出在此电脑上 Teams 或 Windows 的登录环节：请先清除 Teams 缓存。如果那里也失败，原因更可能是网络或你的帐户，IT 部门可以提供帮助。

## CAA20003

code-caa20003-meaning = 登录被拒绝：授权许可失败
# Why the plan puts its step first.
code-caa20003-plan = 对于错误 CAA20003，Microsoft 自己的建议是先检查日期和时间；即使很小的偏差也可能有影响。
code-caa20003-documented = “此断言的授权许可失败。”Microsoft 的 Teams 表格还补充说：请确保日期和时间设置正确。
code-caa20003-guidance-1 = Microsoft 没有接受 Teams 保存的登录凭据（授权许可）。Microsoft 自己的建议是先检查日期和时间。
code-caa20003-guidance-2 = 请确保日期、时间和时区都设置为自动，然后重新启动 Teams。即使只差几分钟也可能有影响。如果时区错误，而时钟又被手动调整得看起来正确，也会出现问题。
code-caa20003-guidance-3 = 如果时间正确：请退出登录 Teams，然后重新登录。如果你最近更改过密码，请先重新启动电脑。如果错误仍然存在，请清除 Teams 缓存。

## CAA20004

code-caa20004-meaning = 登录被拒绝，通常是由于你所在组织的规则
# Why the plan puts its step first.
code-caa20004-plan = 错误 CAA20004 表示你所在组织的访问规则（条件访问）阻止了登录，只有 IT 部门才能更改这些规则。
code-caa20004-documented = “资源所有者或授权服务器拒绝了请求。”Microsoft 的 Teams 表格：请联系 IT 管理员检查 Microsoft Entra ID 策略。
code-caa20004-guidance-1 = 登录服务拒绝了此次登录。通常是你所在组织的访问规则（条件访问）阻止了它，例如由于所用的设备、所在的网络或应用。
code-caa20004-guidance-2 = 你无法自行更改这些规则，清除缓存也无济于事。请联系 IT 部门。
code-caa20004-guidance-3 = 请告知 IT 部门：错误代码 CAA20004、错误发生的日期和时间，以及你当时是在家、在办公室还是使用 VPN。他们可以在 Entra ID 登录日志中查找此次登录，看看是哪条规则阻止了它。

## CAA2000B

code-caa2000b-meaning = 你的帐户未设置 Teams 所请求的内容
# Why the plan puts its step first.
code-caa2000b-plan = 错误 CAA2000B 表示 Teams 所请求的内容没有为你的帐户或组织设置，或者不存在；只有 IT 部门才能检查，例如 Teams 许可证。
code-caa2000b-documented = “由于配置状态或不存在，资源无效。”
code-caa2000b-guidance-1 = 登录服务表示 Teams 所请求的内容无效：没有为你的帐户或组织设置，或者不存在。Microsoft 的公开文档没有说明是哪项设置；Teams 许可证，以及是否为你或你所在的组织关闭了 Teams，都是 IT 部门可以检查的内容。
code-caa2000b-guidance-2 = 只有 IT 部门才能解决此问题；清除缓存无济于事。
code-caa2000b-guidance-3 = 请告知 IT 部门：错误代码 CAA2000B 和你登录时使用的帐户，并请他们检查你的 Teams 许可证。

## CAA2000C

code-caa2000c-meaning = 需要更多登录步骤（例如 MFA 或同意）
code-caa2000c-documented = “请求需要用户交互。”
code-caa2000c-guidance-1 = Teams 无法在后台自动为你登录：Microsoft 需要你先完成某些操作，例如批准多重身份验证提示、接受同意屏幕或重新输入密码。
code-caa2000c-guidance-2 = 请退出登录 Teams，再重新登录，并完成所有提示，包括手机上的提示。如果没有出现提示，清除 Teams 缓存会让 Teams 从头重新询问。
code-caa2000c-guidance-3 = 如果出现了提示但失败了，或者你无法完成提示，请将错误代码 CAA2000C 告知 IT 部门。

## CAA301F7

code-caa301f7-meaning = 服务暂时过载
# Why the plan puts its step first.
code-caa301f7-plan = 错误 CAA301F7 表示服务应答称其暂时过载，这说明问题出在服务上，而不是此电脑上：清除缓存无济于事。
code-caa301f7-documented = “服务暂时过载。”
code-caa301f7-guidance-1 = Teams 用于登录的服务应答称其暂时过载（HTTP 状态 503）。这说明问题出在服务上，而不是此电脑上，因此清除缓存无济于事。
code-caa301f7-guidance-2 = 请在 Microsoft 365 的公共状态页面上查看当前是否有问题，等待几分钟，然后重新登录。
code-caa301f7-guidance-3 = 如果状态页面没有显示问题，但登录一直失败，请将错误代码 CAA301F7 告知 IT 部门：公司代理也可能给出同样的应答。

## CAA5004B

code-caa5004b-meaning = 不确定：可能是设备注册问题
# Why the plan puts its step first.
code-caa5004b-plan = 错误 CAA5004B 不在 Microsoft 的公开文档中；一些帮助网站将其与此电脑在你所在组织中的注册情况联系起来，这只有 IT 部门才能检查。
code-caa5004b-guidance-1 = 我们未能在 Microsoft 的公开文档中找到此代码。一些帮助网站将其与此电脑的信息缺失联系起来，通常是因为此电脑未在你所在的组织中正确注册（或已不再注册）；请将其视为可能的原因，而非确定的原因。
code-caa5004b-guidance-2 = 只有 IT 部门才能检查此问题；清除缓存不太可能有帮助。
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = 在 Windows 上，IT 部门会需要查看命令 { $command } 的输出：请打开命令提示符，键入该命令，按 Enter 键，然后将输出中的“Device State”和“SSO State”部分复制到你的消息中，并附上错误代码 CAA5004B。
code-caa5004b-guidance-4 = 在 Mac 上，请将错误代码告知 IT 部门，并说明公司门户应用是否显示此 Mac 已注册。

## CAA60007

code-caa60007-meaning = 无法读取登录应答
code-caa60007-documented = “正在分析的 JSON 文本格式不正确。”
code-caa60007-guidance-1 = Teams 本应从 Microsoft 的登录服务收到数据应答，却收到了无法读取的内容。
code-caa60007-guidance-3 = 请检查是否有网页要求你登录网络，关闭 VPN，然后重试。如果只在公司网络上失败，请将错误代码 CAA60007 告知 IT 部门。

## CAA70004

code-caa70004-meaning = 找不到服务器或代理
# Why the plan puts its step first.
code-caa70004-plan = 错误 CAA70004 表示 Teams 找不到服务器或指定它使用的代理；Teams 应用使用的代理设置可能与此浏览器不同。
code-caa70004-documented = “找不到服务器或代理。”Microsoft 的 Teams 表格还补充说：通常是代理配置错误，或者 Fiddler 等网络嗅探程序没有设置为解密 HTTPS。
code-caa70004-guidance-1 = Teams 找不到服务器，或者找不到指定它使用的代理。
code-caa70004-guidance-2 = 请检查 Internet 连接是否正常；如果你在使用 VPN，请将其关闭，然后重试。
code-caa70004-guidance-3 = 如果你在公司网络上，代理可能已停止工作，或者 Teams 应用的代理设置与浏览器不同。此页面的网络检查会显示此浏览器能访问哪些地址；请将报告连同错误代码 CAA70004 一起发送给 IT 部门。

## CAA70007

code-caa70007-meaning = 连接中断
# Why the plan puts its step first.
code-caa70007-plan = 错误 CAA70007 表示登录过程中连接中断，原因可能是连接不稳定、VPN 或防火墙。
code-caa70007-documented = “下载失败（连接中断）。”
code-caa70007-guidance-1 = Teams 在为你登录时，与 Microsoft 的连接中断了。
code-caa70007-guidance-2 = 请确保已连接到 Internet；如果你在使用 VPN，请将其关闭，然后重试。换一个网络（例如手机热点）试试也是很好的测试方法。
code-caa70007-guidance-3 = 如果在公司网络上一直失败，请将错误代码 CAA70007 告知 IT 部门：可能是防火墙或其他程序切断了连接。

## CAA82EE2

code-caa82ee2-meaning = 登录超时
# Why the plan puts its step first.
code-caa82ee2-plan = 错误 CAA82EE2 表示登录超时，原因可能是连接缓慢或被阻止、VPN 或防火墙。
code-caa82ee2-documented = “请求已超时。”
code-caa82ee2-guidance-1 = 登录花费的时间太长，已经放弃。这通常表示连接缓慢或被阻止、VPN 或防火墙造成了影响。
code-caa82ee2-guidance-2 = 请换一个网络（例如手机热点），或关闭 VPN，然后重新登录。
code-caa82ee2-guidance-3 = 如果只在公司网络上失败，请将错误代码 CAA82EE2 告知 IT 部门：防火墙或代理可能在阻滞与 Microsoft 登录服务器的连接。

## CAA82EE7

code-caa82ee7-meaning = 无法解析服务器名称
# Why the plan puts its step first.
code-caa82ee7-plan = 即使网络连接正常，VPN 或公司的 DNS 设置仍可能导致 Teams 无法解析 Microsoft 的服务器名称。
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = 错误 CAA82EE7 表示无法解析服务器名称，这通常意味着没有网络连接或存在 DNS 问题。
code-caa82ee7-documented = “无法解析服务器名称。”
code-caa82ee7-guidance-1 = 此电脑无法解析 Microsoft 的服务器名称：要么没有联网，要么名称解析（DNS）不工作。
code-caa82ee7-guidance-2 = 请检查其他网站能否打开。关闭 VPN（或关闭后重新打开），或者重新连接 WLAN，然后重试。
code-caa82ee7-guidance-3 = 如果其他网站可以打开，但错误一再出现，请将错误代码 CAA82EE7 告知 IT 部门。

## CAA82F05

code-caa82f05-meaning = 服务器证书的日期看起来无效
# Why the plan puts its step first.
code-caa82f05-plan = 错误 CAA82F05 表示某个证书看起来已过期或尚未生效，而此电脑上的日期错误会让所有证书看起来都是这样。
code-caa82f05-documented = “从服务器收到的 SSL 证书日期错误。证书已过期。”
code-caa82f05-guidance-1 = Teams 判定服务器的安全证书已过期或尚未生效。此电脑上的日期错误会让所有证书看起来都是这样，因此请先检查时钟。
code-caa82f05-guidance-2 = 请将日期、时间和时区设置为自动，重新启动 Teams，然后重新登录。
code-caa82f05-guidance-3 = 如果时钟正确，说明网络上有某个设备代替 Microsoft 出示了过期的证书：请将错误代码 CAA82F05 告知 IT 部门。

## CAA82F0D

code-caa82f0d-meaning = 证书来自未知的颁发机构
code-caa82f0d-documented = “该函数不认识生成服务器证书的证书颁发机构。”
code-caa82f0d-guidance-1 = Teams 收到的 Microsoft 登录服务器的安全证书是由此电脑不信任的机构颁发的。

## CAA82F17

code-caa82f17-meaning = 服务器证书有错误
code-caa82f17-documented = “SSL 证书包含错误。”
code-caa82f17-guidance-1 = Teams 收到的 Microsoft 登录服务器的安全证书有错误。

## CAA82F7D

code-caa82f7d-meaning = 安全连接（TLS）错误
# Why the plan puts its step first.
code-caa82f7d-plan = 错误 CAA82F7D 表示无法建立安全连接，检查加密连接的代理或防火墙可能导致此问题。
code-caa82f7d-documented = “表示发生了与安全通道相关的错误。”
code-caa82f7d-guidance-1 = Teams 无法与 Microsoft 登录服务器建立安全（TLS）连接。
code-caa82f7d-guidance-2 = 以下是我们的建议，并非 Microsoft 的原文：在 Windows 上，请检查 TLS 1.2 是否已开启（此页面上的 TLS 步骤）。检查加密连接的代理或防火墙也可能导致此问题。
code-caa82f7d-guidance-3 = 请尝试换一个网络，例如手机热点。如果在那里可以登录，请将错误代码 CAA82F7D 告知 IT 部门。

## CAA82F86

code-caa82f86-meaning = 代理设置脚本（PAC）出错
code-caa82f86-documented = “执行代理自动配置（PAC）文件中的脚本代码时出错。”
code-caa82f86-guidance-1 = 告诉此电脑使用哪个代理的脚本（PAC 文件）有错误，因此 Teams 无法确定如何访问 Microsoft。
code-caa82f86-guidance-3 = 请将错误代码 CAA82F86 告知 IT 部门：代理自动配置脚本需要修复。

## CAA82F87

code-caa82f87-meaning = 无法下载代理设置脚本（PAC）
code-caa82f87-documented = “无法下载 PAC 文件。”
code-caa82f87-guidance-1 = 此电脑无法下载告诉它使用哪个代理的脚本（PAC 文件），例如因为该脚本所在的服务器无法访问。
code-caa82f87-guidance-3 = 请将错误代码 CAA82F87 告知 IT 部门，并说明你当时是在办公室、在家还是使用 VPN。

## CAA82F8F

code-caa82f8f-meaning = 服务器证书中有错误
code-caa82f8f-documented = “在服务器发送的安全套接字层（SSL）证书中发现一个或多个错误。”
code-caa82f8f-guidance-1 = Teams 收到的 Microsoft 登录服务器的安全证书未通过检查。

## CAA82F92

code-caa82f92-meaning = 找不到用于 Microsoft 地址的代理
code-caa82f92-documented = “找不到指定 URL 的代理。”
code-caa82f92-guidance-1 = 自动代理设置无法为 Microsoft 的登录地址指定代理。
code-caa82f92-guidance-3 = 请将错误代码 CAA82F92 告知 IT 部门：需要检查自动代理配置。

## CAA82F94

code-caa82f94-meaning = 自动检测代理失败
code-caa82f94-documented = “WinHTTP 无法发现代理自动配置（PAC）文件的 URL。”
code-caa82f94-guidance-1 = Windows 设置为自动查找代理，但找不到代理设置脚本（PAC 文件）。
code-caa82f94-guidance-3 = 请将错误代码 CAA82F94 告知 IT 部门：此网络上的自动代理检测（WPAD）不起作用。

## CAA90018

code-caa90018-meaning = 找不到你所在组织的登录位置
code-caa90018-documented = “无法发现用户领域。”
code-caa90018-guidance-1 = 登录服务无法判断该帐户属于哪个组织，因此不知道该将你引导到哪里登录。
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = 请退出登录 Teams，然后使用完整的工作地址（{ $example }）重新登录，不要使用个人 Microsoft 帐户或登录 Windows 时使用的帐户。
code-caa90018-guidance-3 = 如果地址正确但错误仍然存在，请将错误代码 CAA90018 和你使用的地址告知 IT 部门。

## CAA90019

code-caa90019-meaning = 登录服务器返回了意外的应答
code-caa90019-documented = “来自服务器的意外响应。”
code-caa90019-guidance-1 = Teams 从登录服务器收到了意料之外的应答。
code-caa90019-guidance-3 = 请检查是否有网页要求你登录网络，关闭 VPN，然后重试。如果只在公司网络上失败，请将错误代码 CAA90019 告知 IT 部门。

## 80090016

code-80090016-meaning = 安全芯片（TPM）中的登录密钥丢失
# Why the plan puts its step first.
code-80090016-plan = 错误 80090016 表示 Windows 在安全芯片（TPM）中找不到登录密钥，需要由 IT 部门检查。
code-80090016-documented = “密钥集不存在。”
code-80090016-guidance-1 = Windows 在电脑的安全芯片（TPM）中找不到保护你登录的密钥。一些帮助网站报告说，这种情况会出现在固件更新或 TPM 重置之后等。
code-80090016-guidance-2 = 请重新启动电脑一次。如果错误仍然存在，请联系 IT 部门；清除 Teams 缓存无济于事。
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = 请将错误代码 80090016 告知 IT 部门：通常需要检查设备注册或 TPM。如果能说明 TPM 工具显示的内容也会有帮助：按 Windows 徽标键 + R，键入 { $command }，按 Enter 键，然后复制“状态”下方的那一行。

## 80090030

code-80090030-meaning = 电脑的安全芯片（TPM）未就绪
# Why the plan puts its step first.
code-80090030-plan = 错误 80090030 表示 Windows 无法使用保护你登录的安全芯片（TPM），需要由 IT 部门检查。
code-80090030-documented = “此加密提供程序所需的设备尚未准备好使用。”
code-80090030-guidance-1 = Windows 无法使用保护你登录密钥的安全芯片（TPM），或者该芯片尚未就绪。
code-80090030-guidance-2 = 请重新启动电脑一次：这有时可以解决问题。如果错误仍然存在，请联系 IT 部门；清除缓存无济于事。
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = 请将错误代码 80090030 告知 IT 部门。如果能说明 TPM 工具显示的内容也会有帮助：按 Windows 徽标键 + R，键入 { $command }，按 Enter 键，然后复制“状态”下方的那一行。
