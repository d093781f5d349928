### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = 正在加载自动检查… 即使没有自动检查，下面的步骤也同样可用。
fallback-fix-title = 自行解决
fallback-fix-intro = 请转到适用于你电脑的步骤。按顺序尝试各个解决方案；每完成一个，就再次尝试登录 Teams。
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = 在 { $os } 上
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = 下载适用于 { $os } 的修复脚本（{ $file }）
fallback-script-does = 脚本执行的操作：
fallback-run-with = 下载后，使用以下命令运行：
fallback-helpdesk-title = 仍未解决？请联系 IT 服务台
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = 请告诉他们 Teams 显示错误 { $code }，以及你尝试过上面的哪些步骤。
fallback-email = 电子邮件：
fallback-phone = 电话：
fallback-web = 网站：

## When the automatic checks cannot start

no-wasm-title = 自动检查无法在此浏览器中运行
no-wasm-text = 下面的步骤仍然可用：请按照适用于你电脑的步骤操作，或下载适用于它的修复脚本。如果仍无帮助，请联系 IT 服务台，并告诉他们这条消息。
no-wasm-for-it = 供 IT 部门参考：可能的原因
no-wasm-details = 详细信息：
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = 此浏览器已关闭 WebAssembly。Microsoft Edge 在增强安全模式（“严格”）下以及策略“控制 JavaScript JIT 的使用”（{ $policy }）下会这样做。解决方法：使用策略 { $allow } 允许此网站使用 JIT，或将此网站添加为增强安全模式的例外。
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = 当首选项 { $pref } 为 false（手动设置或由企业策略设置）时，Firefox 会这样做：请将其改回 true。
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = 服务器没有提供页面的 WebAssembly 文件（{ $extension }）。在 IIS 上，这通常是缺少 MIME 映射所致（错误 { $error }）：{ $page } 旁边的 { $config } 会添加该映射（{ $mapping }）；请检查该文件是否已上传，以及网站是否允许使用它。否则，请上传生成的所有文件，而不只是 { $page }。
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = 服务器发送页面的 { $extension } 文件时使用了错误的 Content-Type。它必须是 { $type }（IIS：{ $config } 中的 MIME 映射；nginx：{ $types } 中的条目）。
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = 网站的 Content-Security-Policy 禁止使用 WebAssembly。请将 { $keyword } 添加到 script-src；{ $page } 旁边的 { $file } 中有此版本所需的完整策略。
no-wasm-cause-startup = 页面代码在启动时失败。请重新加载页面一次；如果此消息仍然存在，请将下面的详细信息以及浏览器的名称和版本发送给 IT 部门。
