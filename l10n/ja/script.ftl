### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = 下のスクリプトが行うのは次のことだけです。それ以外のことは行わず、事前に確認せずに何かを行うこともありません:
script-steps-legend = スクリプトの手順
# Variables:
#   $file (String) - the script's file name
script-downloaded = { $file } をダウンロードしました。ダウンロード フォルダーを確認してください。
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = ダウンロードが開始されませんでした（{ $reason }）。「スクリプトをコピー」を使用し、テキストを { $file } という名前で保存してください。
script-copied = スクリプトをコピーしました。
command-copied = コマンドをコピーしました。
copy-blocked-script = ブラウザーによってコピーがブロックされました。スクリプトを選択して Ctrl+C（Mac では ⌘C）を押してください。
copy-blocked-command = ブラウザーによってコピーがブロックされました。コマンドを選択して Ctrl+C（Mac では ⌘C）を押してください。
# Variables:
#   $file (String) - the script's file name
script-download = { $file } をダウンロード
script-copy = スクリプトをコピー
# Variables:
#   $program (String) - PowerShell
script-run-windows = ダウンロード後、次のコマンドで実行します（PowerShell ウィンドウで実行: スタート メニュー → 「{ $program }」と入力 → Enter キー）:
script-run-terminal = ダウンロード後、次のコマンドで実行します（ターミナルで実行）:
script-copy-command = コマンドをコピー
# Variables:
#   $file (String) - the script's file name
script-old-copy = 以前にもダウンロードしたことがありますか？先に古いコピーを削除してください。削除しないと、ブラウザーは新しいスクリプトを { $file } に番号を付けた名前で保存するため、上のコマンドでは古いスクリプトが実行されてしまいます。
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = 何が行われるかを先に確認したい場合は、コマンドの末尾に { $flag } を追加してください。その場合は何も変更されず、すべての操作が表示されます。
# Variables:
#   $n (Number) - how many lines the script has
script-read = 実行する前にスクリプトを読む（{ $n } 行）
script-text-label = スクリプトのテキスト
