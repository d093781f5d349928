### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = 下面的脚本只会执行以下操作——不做其他任何事，也不会在未先征求你同意的情况下执行任何操作：
script-steps-legend = 脚本中的步骤
# Variables:
#   $file (String) - the script's file name
script-downloaded = 已下载 { $file }——请查看“下载”文件夹。
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = 下载未开始（{ $reason }）。请使用“复制脚本”，并将文本另存为 { $file }。
script-copied = 脚本已复制。
command-copied = 命令已复制。
copy-blocked-script = 浏览器阻止了复制：请选中脚本并按 Ctrl+C（在 Mac 上按 ⌘C）。
copy-blocked-command = 浏览器阻止了复制：请选中命令并按 Ctrl+C（在 Mac 上按 ⌘C）。
# Variables:
#   $file (String) - the script's file name
script-download = 下载 { $file }
script-copy = 复制脚本
# Variables:
#   $program (String) - PowerShell
script-run-windows = 然后使用此命令运行它（下载后，在 PowerShell 窗口中运行：“开始”菜单 → 键入 { $program } → Enter）：
script-run-macos = 然后使用此命令运行它（下载后，在“终端”中运行：应用程序 → 实用工具 → 终端）：
script-run-linux = 然后使用此命令运行它（下载后，在终端窗口中运行）：
script-copy-command = 复制命令
# Variables:
#   $file (String) - the script's file name
script-old-copy = 以前下载过？请先删除旧副本：否则浏览器会在 { $file } 的名称后加上编号来保存新脚本，而上面的命令会运行旧脚本。
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = 想先看看它会做什么？在命令末尾添加 { $flag }：这样它不会做任何更改，只会列出每项操作。
# Variables:
#   $n (Number) - how many lines the script has
script-read = 运行前请阅读脚本（共 { $n } 行）
script-text-label = 脚本文本
# Shown when For IT chose the unattended variant.
script-unattended-chosen = 这是在“供 IT 部门使用”中选择的无人参与版本：它用于 Intune、Jamf 或其他工具，不适合手动运行。
# Windows only. Shown under the command.
script-execution-policy = 如果 PowerShell 提示“无法加载文件”，并说明“未对文件……进行数字签名”，说明你的组织只允许运行已签名的脚本。此时没有运行或更改任何内容。请向 IT 部门索取已签名的脚本副本，或请他们通过设备管理工具为你运行该脚本。

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = 先关闭 Teams
script-option-clear = 清除 Teams 缓存
script-option-clear-note = 移到可以还原的备份文件夹
script-option-delete = 直接删除缓存，不保留备份
script-option-delete-note = 无法撤消；仅在磁盘已满时使用
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = 重置新 Teams 应用（{ $command }）
script-option-reset-note = 会清除此电脑上新 Teams 的所有数据，包括自定义背景；仅在清除缓存无效时使用
script-option-retest = 从电脑本身重新测试时间、代理、VPN 和 Microsoft 的地址
script-option-tls = 检查 TLS 1.2 / 1.3 设置（更改任何内容之前都会先询问）
script-option-time = 同步时钟（仅为这一条命令请求管理员权限；没有权限时打开“日期和时间”设置）
script-option-restart = 最后重新启动 Teams
script-option-unattended = 将修复脚本设为无人参与版本，供 Intune、Jamf 或其他工具使用
script-option-unattended-note = 它不询问任何问题，将日志写入固定的文件，并通过退出代码报告结果

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = 这是供 Intune 或其他工具使用的无人参与版本：它不询问任何问题，执行此处选择的操作，将日志写入 { $folder }，并通过退出代码报告结果。如果在 32 位 PowerShell 中启动，它会在 64 位 PowerShell 中重新运行自身。
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = 这是供 Jamf 或其他工具使用的无人参与版本：它不询问任何问题，执行此处选择的操作，将日志写入用户个人文件夹中的 { $folder }，并通过退出代码报告结果。在没有终端的情况下以 root 身份运行时（Jamf 就是这样运行的），它只为当前在屏幕上登录的用户执行操作；如果没有人登录，则不执行任何操作。
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = 这是供管理工具使用的无人参与版本：它不询问任何问题，执行此处选择的操作，将日志写入用户主文件夹中的 { $folder }，并通过退出代码报告结果。它必须以该用户的身份运行。
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = 它会先显示将要执行的操作，并在做任何更改之前征求你的同意。如果只想查看计划，请添加 { $flag }。
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = 关闭 Microsoft Teams（仅限你自己的 Teams 窗口和后台进程）；如果 { $seconds } 秒后仍未关闭，则强制停止。
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = 删除 Teams 保存的登录数据和缓存（{ $folders }）。此操作无法撤消。
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = 将 Teams 保存的登录数据和缓存（{ $folders }）移到 { $folder }（你的本地配置文件，不会漫游）中的一个备份文件夹，以便你可以撤消；脚本会显示确切的撤消命令。
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = 将 Teams 保存的登录数据和缓存（{ $folders }）移到你个人文件夹（主文件夹）中的一个备份文件夹，以便你可以撤消；脚本会显示确切的撤消命令。
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = 保留最新的 { $n } 个备份文件夹：成功运行后，它会删除更旧的备份文件夹，并告诉你。
script-does-keep-backgrounds = 保留你的自定义会议背景。
script-does-needs-closed = 如果 Teams 仍在运行，则不处理缓存：请先关闭 Teams。
script-does-reset = 重置新 Teams 应用，效果与“设置 > 应用 > 已安装的应用” > “Microsoft Teams” > “高级选项” > “重置”相同。这会清除此电脑上新 Teams 的所有数据：登录信息、设置、缓存和自定义会议背景（聊天、文件和会议仍保留在 Microsoft 365 中）。它会先询问你；此操作无法撤消。如果 Windows 10 中没有重置命令，它会改为打开“设置 > 应用”。
script-does-reset-unattended = 重置新 Teams 应用，效果与“设置 > 应用 > 已安装的应用” > “Microsoft Teams” > “高级选项” > “重置”相同。这会清除此电脑上新 Teams 的所有数据：登录信息、设置、缓存和自定义会议背景（聊天、文件和会议仍保留在 Microsoft 365 中）。它不会询问；此操作无法撤消。如果 Windows 10 中没有重置命令，它会改为打开“设置 > 应用”。
script-does-retest = 在不做任何更改的情况下，检查此电脑能否访问 Microsoft 登录地址，并报告你的代理和 VPN 设置以及时钟是否准确。
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = 还会读取浏览器看不到的信息：Windows 访问 Microsoft 登录地址时看到的是哪个证书颁发机构（公司的 TLS 检查会在这里显现）、是否有 WLAN 登录页面挡在中间，以及此设备在 Microsoft 的注册情况（{ $command }）。
script-does-retest-macos = 还会读取浏览器看不到的信息：此 Mac 访问 Microsoft 登录地址时看到的是哪个证书颁发机构（公司的 TLS 检查会在这里显现）、是否有 WLAN 登录页面挡在中间，以及你的钥匙串中有哪些 Teams 登录项（只读取名称，不读取任何密码）。
script-does-retest-linux = 还会读取浏览器看不到的信息：此电脑访问 Microsoft 登录地址时看到的是哪个证书颁发机构（公司的 TLS 检查会在这里显现），以及是否有 WLAN 登录页面挡在中间。
script-does-tls = 检查登录服务所使用的 Windows 自身 TLS 设置（Teams 窗口本身会忽略这些设置）：TLS 1.2 必须处于打开状态。如果在你的设置中它处于关闭状态，会提议将其打开（在 Windows 11 上同时打开 TLS 1.3）；它会先询问你，默认回答为“否”，并在日志中记录原来的设置。
script-does-tls-unattended = 检查登录服务所使用的 Windows 自身 TLS 设置（Teams 窗口本身会忽略这些设置）：TLS 1.2 必须处于打开状态。如果在用户自己的设置中它处于关闭状态，会直接将其打开而不询问（在 Windows 11 上同时打开 TLS 1.3），并在日志中记录原来的设置。
script-does-time-windows = 同步你的时钟：Windows 会仅为这一条命令向你请求管理员权限（其余部分以你的身份运行）。如果你拒绝，它会为你打开“日期和时间”设置。
script-does-time-macos = 如果你是管理员，则根据 Apple 的时间服务器设置你的时钟（会要求输入密码）；否则打开“日期与时间”设置。
script-does-time-linux = 如果你可以使用 sudo，则打开自动设置时间（会要求输入密码）；否则告诉你在哪里打开它。
script-does-time-unattended-windows = 仅当以管理员权限运行时才同步时钟（它不会请求权限）；否则会在日志中说明。
# Variables:
#   $command (String) - sudo
script-does-time-unattended = 仅当 { $command } 在此电脑上无需密码时才设置时钟；否则会在日志中说明。
script-does-restart = 最后重新启动 Teams，以便你重新登录。
script-does-no-admin = 不需要管理员权限，并会将日志文件写入备份文件夹。
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = 将日志文件写入备份文件夹。
script-does-not-installed = 如果未安装 Teams，它会说明这一点，跳过 Teams 相关步骤并运行其他步骤。
script-does-nothing = 不执行任何操作：未选择任何步骤。
script-does-change-nothing = 不会更改你电脑上的任何内容。
