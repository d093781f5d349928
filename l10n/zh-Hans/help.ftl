### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002：登录服务拒绝了 Teams 的请求
help-article-summary = 登录时 Teams 显示错误 CAA20002：Microsoft 的登录服务已应答，但以请求无效为由拒绝了请求。支持文章按以下顺序列出了可能的原因：Teams 缓存中的旧登录数据、VPN 或代理造成阻碍、TLS 1.2 被关闭（少见），以及日期、时间或时区错误。
help-symptoms-title = 症状
help-symptom-1 = 登录 Teams 失败，显示错误 CAA20002。
help-symptom-2 = Teams 卡在登录屏幕上。
help-symptom-3 = 浏览器中的其他 Microsoft 服务（例如 Outlook 网页版）仍可正常使用。
help-causes-title = 原因
help-cause-1 = Teams 缓存中有陈旧、已过期的登录数据。
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = VPN 或代理阻止了 { $host }。
help-cause-3 = 电脑上的 TLS 1.2 被关闭（少见）。
help-cause-4 = 日期、时间或时区错误。
help-links-title = 有用的链接
help-background-title = 背景信息
help-background-1 = 支持文章指出，CAA20002 几乎总是电脑上的问题，而不是 Microsoft 服务中断。
# Variables:
#   $site (String) - office.com
help-background-2 = 如果在浏览器中可以登录 { $site }，文章估计清除 Teams 缓存可以解决 80% 以上的情况（这是文章的估计，而非测量结果）。
help-background-3 = 如果那里也失败，文章认为原因在于网络或你的帐户，而不是 Teams 应用：请联系 IT 部门，并将此页面的报告发送给他们。

## Useful links: the page's name, then who it is for

help-link-endpoints = Microsoft 365 URL 和 IP 地址范围
help-link-endpoints-note = 供 IT 部门参考：代理或防火墙必须放行的地址。
help-link-status = Microsoft 365 状态
help-link-status-note = 公共页面：Microsoft 当前是否有大范围服务中断？
help-link-service-health = Microsoft 365 管理中心的服务运行状况
help-link-service-health-note = 供 IT 管理员使用（需要管理员帐户）：影响你所在组织的事件。
help-link-sign-in-codes = Microsoft 支持：为什么我在登录 Microsoft Teams 时遇到问题？
help-link-sign-in-codes-note = Microsoft 整理的 Teams 登录状态代码表，列出了每个代码的处理方法。
help-link-sign-in-errors = Microsoft Learn：解决 Teams 中的登录错误
help-link-sign-in-errors-note = 供 IT 部门参考：Microsoft 针对部分 Teams 登录错误的故障排除步骤。

## The four solutions: title, and one sentence on when each helps

help-solution-cache = 清除 Teams 缓存（保留备份）
help-solution-cache-intro = Teams 会将登录数据保存在缓存中；支持文章指出，其中陈旧、已过期的数据是 CAA20002 最常见的原因。
help-solution-vpn-proxy = 关闭 VPN 并检查代理
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = 如果 VPN 或公司代理阻止了 { $host }，就无法登录。
help-solution-tls = 检查 TLS 1.2 是否已开启（仅限 Windows）
help-solution-tls-intro = 这种情况很少见（文章也这样说）：Microsoft 的登录服务器需要 TLS 1.2 或更高版本，因此在 Windows 10 上，如果 TLS 1.2 被关闭，登录就会失败。
help-solution-time = 检查日期、时间和时区
help-solution-time-intro = 日期或时间错误会导致安全连接和登录失败；如果时区错误，而时钟又被手动调整得看起来正确，也会出现问题。

## Clearing the cache by hand, keeping a backup

help-cache-restart = 重新启动 Teams 并登录。由于 Teams 要重建缓存，第一次启动会比较慢。
help-cache-macos-quit = 退出 Teams：在屏幕顶部的菜单栏中，点按 Teams 菜单（位于苹果菜单旁边），然后选取“退出”（或按 Command + Q）。
help-cache-macos-force = 如果 Teams 无法退出，请打开“活动监视器”，搜索“Teams”，选中它，点按顶部的停止按钮（✕），然后选取“强制退出”。
help-cache-macos-terminal = 打开“终端”（应用程序 > 实用工具 > 终端），粘贴此命令并按 Return 键。它会将 Teams 缓存移到你个人文件夹中一个带日期的备份文件夹里；不会删除任何内容。
help-cache-macos-privacy = 如果 macOS 询问是否允许“终端”访问其他 App 的数据，请点按“允许”。如果显示“Operation not permitted”，请在“系统设置 > 隐私与安全性 > 完全磁盘访问权限”中打开“终端”，然后重新运行命令。
help-cache-macos-backgrounds = 你的自定义会议背景在备份文件夹中。Teams 正常使用几天后，就可以删除备份。
help-cache-linux-quit = 从系统托盘中 Teams 图标的菜单退出 Teams：仅关闭窗口只会将其隐藏。
help-cache-linux-terminal = 打开终端，粘贴此命令并按 Enter 键。它会将 Teams 缓存移到你主文件夹中一个带日期的备份文件夹里；不会删除任何内容。
help-cache-linux-delete-later = Teams 正常使用几天后，就可以删除备份文件夹。
help-cache-windows-quit = 退出 Teams：右键单击时钟旁（右下角）的 Teams 图标（如果看不到，请单击 ^），然后选择“退出”。
help-cache-windows-task-manager = 打开任务管理器（Ctrl + Shift + Esc）。如果列表中仍有 Microsoft Teams，请选中它并单击“结束任务”。
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = 在桌面上新建一个名为 { $folder } 的文件夹。把缓存移到这里而不是删除，就保留了恢复的余地。
help-cache-windows-open-new = 按 Windows 徽标键 + R，粘贴以下内容并按 Enter 键。文件资源管理器会打开存放新 Teams 缓存及其已保存登录信息的文件夹。
help-cache-windows-open-classic = 按 Windows 徽标键 + R，粘贴以下内容并按 Enter 键。文件资源管理器会打开经典 Teams 的缓存文件夹。
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = 选中其中的所有内容（Ctrl + A），剪切（Ctrl + X），然后粘贴（Ctrl + V）到 { $folder } 中一个名为 { $sub } 的新文件夹里。不要动 { $cache } 上层的文件夹：有用户报告，缺少这些文件夹后 Teams 将无法启动。
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = 选中其中的所有内容（Ctrl + A），剪切（Ctrl + X），然后粘贴（Ctrl + V）到 { $folder } 中一个名为 { $sub } 的新文件夹里。
help-cache-windows-powershell = 更喜欢键入命令？此 PowerShell 命令会执行同样的移动操作，移到你用户文件夹中一个带日期的备份文件夹里。打开方法：右键单击“开始”按钮，然后选择“终端”（Windows 10 上为“Windows PowerShell”）。
help-cache-windows-backgrounds = 你的自定义会议背景在备份中此处所示的文件夹里：如果需要，可以将它们复制回来。Teams 正常使用几天后，就可以删除备份。

## VPN and proxy

help-network-vpn-windows = 通过时钟旁的 VPN 图标，或在“设置 > 网络和 Internet > VPN”中断开 VPN，然后再次尝试登录 Teams。
help-network-vpn-macos = 通过菜单栏中的 VPN 图标，或在“系统设置 > VPN”中断开 VPN，然后再次尝试登录 Teams。
help-network-vpn-linux = 通过 VPN 图标或右上角的网络菜单断开 VPN，然后再次尝试登录 Teams。
help-network-vpn-required = 如果公司要求使用 Teams 时必须连接 VPN，请保持 VPN 开启，并继续下一步。
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = 在使用代理的公司网络中，必须能够访问 { $login } 和 { $teams }。此页面的网络检查会为你测试这一点。
help-network-proxy-windows = 要查看是否设置了代理，请打开“设置 > 网络和 Internet > 代理”。记下显示的内容，以便告知 IT 部门。
help-network-proxy-macos = 要查看是否设置了代理，请打开“系统设置 > 网络”，选择你的连接，点按“详细信息…”，然后选择“代理”。记下显示的内容，以便告知 IT 部门。
help-network-proxy-linux = 要查看是否设置了代理，请打开“设置 > 网络 > 网络代理”。记下显示的内容，以便告知 IT 部门。
help-network-ask-it = 如果有内容被阻止，请让 IT 部门在代理或防火墙中放行 Microsoft 365 地址，并将此页面的报告发送给他们。

## TLS 1.2 in Internet Options (Windows)

help-tls-open = 按 Windows 徽标键 + R，键入以下内容并按 Enter 键，将打开“Internet 属性”窗口。
help-tls-advanced = 打开“高级”选项卡，向下滚动到“安全”部分。确保已勾选“使用 TLS 1.2”。
help-tls-13 = 在 Windows 11 上，还要勾选“使用 TLS 1.3”。在 Windows 10 上，请保持“使用 TLS 1.3”不变：Microsoft 仅从 Windows 11 开始支持 TLS 1.3。
help-tls-apply = 单击“应用”，再单击“确定”，然后重新启动电脑。
help-tls-greyed = 如果复选框呈灰色不可用，说明此设置由公司管理：请告知 IT 部门。

## Date, time and time zone

help-time-restart = 重新启动 Teams，然后在此页面的时钟检查中按“重新检查”。
help-time-check-restart = 确认时钟显示的时间正确，重新启动 Teams，然后在此页面的时钟检查中按“重新检查”。
help-time-windows-open = 打开“设置 > 时间和语言 > 日期和时间”。
help-time-windows-link = 打开日期和时间设置
help-time-windows-zone = 打开“自动设置时区”，或从“时区”列表中选择你的时区。
help-time-windows-zone-only = 打开“自动设置时区”。如果它呈灰色不可用或选错了时区，请将其关闭，然后从“时区”列表中选择你的时区。
help-time-windows-auto = 打开“自动设置时间”。
help-time-windows-sync = 单击“立即同步”（在 Windows 11 上位于“其他设置”下）。
help-time-macos-open = 打开“苹果菜单 > 系统设置 > 通用 > 日期与时间”。
help-time-macos-zone = 打开“使用当前位置自动设定时区”，或将其关闭后在“最近的城市”中选取离你最近的城市。
help-time-macos-auto = 打开“自动设定时间和日期”。
help-time-linux-open = 打开“设置 > 日期和时间”（较新的 GNOME 中为“设置 > 系统 > 日期和时间”）。
help-time-linux-zone = 打开“自动设置时区”，或手动选择你的时区。
help-time-linux-auto = 打开“自动设置日期和时间”。在终端中，以下命令可完成同样的操作（可能会要求输入密码）：
help-time-linux-zone-show = 打开“自动设置时区”，或手动选择你的时区。在终端中，以下命令可显示当前设置的时区：

## When clearing the cache did not help (in this order)

help-next-restart = 重新启动电脑（在最近更改密码后）
help-next-restart-why = 更改密码后，在电脑重新启动之前，Windows 和 macOS 可能会继续使用旧的登录信息。
help-next-restart-1 = 保存你的工作，然后重新启动电脑（真正的重新启动，而不是睡眠或注销）。
help-next-restart-2 = 使用当前密码登录电脑，然后打开 Teams 并登录。
help-next-work-account = 在 Windows 中删除并重新添加工作帐户（需征得 IT 部门同意）
help-next-work-account-why = Teams 通过 Windows 保存的工作帐户登录，因此该帐户出现问题可能会导致 Teams 无法登录。这是常见建议，并非 Microsoft 的 Teams 登录页面中的步骤。
help-next-work-account-1 = 请先询问 IT 部门：在公司管理的电脑上，删除帐户可能会同时删除电脑的管理或公司应用。
help-next-work-account-2 = 打开“设置 > 帐户 > 访问工作或学校”。
help-next-work-account-3 = 选择你的工作帐户，选择“断开连接”，然后确认。
help-next-work-account-4 = 重新启动电脑，然后在同一页面上选择“连接”，并使用你的工作地址登录。
help-next-open-teams = 打开 Teams 并登录。
help-next-reset-windows = 重置 Teams 应用
help-next-reset-windows-why = 重置会清除该应用在此电脑上保存的所有内容，而仅清除缓存的步骤做不到这一点。
help-next-reset-windows-1 = 退出 Teams。
help-next-reset-windows-2 = 打开“设置 > 应用 > 已安装的应用”，找到 Microsoft Teams，选择“…”，然后选择“高级选项”。
help-next-reset-windows-3 = 在“重置”下，选择“重置”并确认。这会清除此电脑上的 Teams 数据，包括你的设置和自定义背景；你的聊天和文件仍保留在云端。
help-next-reset-macos = 从钥匙串中删除 Teams 保存的帐户（由 IT 部门操作）
help-next-reset-macos-why = 新 Teams 将帐户保存在 macOS 钥匙串中，而清除缓存的步骤不会涉及钥匙串。
help-next-reset-macos-1 = 请让 IT 部门执行此步骤，或先让他们针对你的 Mac 进行确认：以下项目名称来自社区报告，而非 Microsoft。
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = 退出 Teams。打开“钥匙串访问”（应用程序 > 实用工具），搜索 { $first }、{ $second }，在 macOS 15 上还要搜索 { $third }。
help-next-reset-macos-3 = 由 IT 部门删除这些项目（右键点按 > “删除”），然后你打开 Teams 并重新登录。
help-next-web = 继续使用 Teams 网页版工作
help-next-web-why = 浏览器中的 Teams 会单独登录，因此在修复应用期间你可以继续工作。
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = 在 Edge 或 Chrome 中打开 { $url }，并使用工作帐户登录。
help-next-web-2 = 继续使用它，直到 Teams 应用恢复正常或 IT 部门检查完毕。

## Saving Teams' support files before clearing anything

help-support-windows-1 = 如果 IT 部门可能需要 Teams 的支持文件，请在清除任何内容之前保存这些文件：在 Teams 打开时，按 Ctrl+Alt+Shift+1。
help-support-windows-2 = Teams 会将文件保存到“下载”文件夹；请保留这些文件，直到 IT 部门告知不再需要。
help-support-macos-1 = 如果 IT 部门可能需要 Teams 的支持文件，请在清除任何内容之前保存这些文件：在 Teams 打开时，按 Option+Command+Shift+1。
help-support-macos-2 = 请先在“下载”文件夹中查找这些文件（Microsoft 只针对 Windows 和 Linux 指明了该文件夹）；请保留这些文件，直到 IT 部门告知不再需要。
help-support-linux = Linux 上的 Teams 应用没有保存支持文件的快捷键；请改为将你看到的情况告诉 IT 部门。
