### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = 供 IT 部门使用
for-it-summary = 为用户生成链接，查看当前生效的配置

for-it-link-title = 用于电子邮件或工单的链接
for-it-link-intro = 为用户预先选择语言、错误代码、系统和 Teams 客户端。链接中只接受这些值；其他任何内容都会被忽略，也不会显示。
for-it-language = 语言
for-it-language-auto = 自动（读者浏览器的语言）
for-it-code = 错误代码
for-it-code-none = （无）
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = 操作系统
for-it-os-detect = （自动检测）
for-it-client = Teams 客户端
for-it-client-ask = （询问用户）
for-it-copy-link = 复制链接
for-it-link-copied = 链接已复制。
copy-blocked-link = 浏览器阻止了复制：请选中链接并按 Ctrl+C（在 Mac 上按 ⌘C）。
for-it-config-title = 当前生效的配置
# Variables:
#   $file (String) - config.json
for-it-config-intro = 来自此页面旁边的 { $file }，缺失或无效的项使用内置默认值（如果顶部有通知，请参阅该通知）。请在服务器上编辑 { $file }；无需重新生成。
for-it-config-loading = （仍在加载）

for-it-unattended-title = 用于 Intune、Jamf 或其他工具的修复脚本
for-it-unattended-intro = 管理工具运行脚本时，没有人能回答问题。无人参与版本不询问任何问题：它执行修复脚本部分中所选的步骤。它将日志写入固定的文件，并通过退出代码报告结果；如果重新测试后仍发现问题，则返回单独的代码。
for-it-unattended-platforms = 在 Windows 上，如果它是在 32 位 PowerShell 中启动的，它会在 64 位 PowerShell 中重新启动自身。在 Mac 上，由 Jamf 以 root 身份运行时，它只为当前在屏幕上登录的用户执行操作；如果没有人登录，则不执行任何操作。
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = 启用此选项后，上面的修复脚本部分会提供无人参与版本供下载。IT 指南（此页面源代码中的 { $guide }）逐步介绍了部署方法。
