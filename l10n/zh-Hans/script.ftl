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
script-run-terminal = 然后使用此命令运行它（下载后，在“终端”中运行）：
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
