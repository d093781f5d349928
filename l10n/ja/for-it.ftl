### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = IT 部門向け
for-it-summary = ユーザー向けのリンクを作成し、有効な構成を確認します

for-it-link-title = メールやチケット用のリンク
for-it-link-intro = ユーザーのために、言語、エラー コード、システム、Teams クライアントを事前に選択します。リンクから受け付けるのはこれらの値だけです。それ以外の値は無視され、表示されることはありません。
for-it-language = 言語
for-it-language-auto = 自動（閲覧者のブラウザーの言語）
for-it-code = エラー コード
for-it-code-none = （なし）
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = オペレーティング システム
for-it-os-detect = （自動検出）
for-it-client = Teams クライアント
for-it-client-ask = （ユーザーに確認）
for-it-copy-link = リンクをコピー
for-it-link-copied = リンクをコピーしました。
copy-blocked-link = ブラウザーによってコピーがブロックされました。リンクを選択して Ctrl+C（Mac では ⌘C）を押してください。
for-it-config-title = 有効な構成
# Variables:
#   $file (String) - config.json
for-it-config-intro = このページと同じ場所にある { $file } の内容です。不足している項目や無効な項目には、組み込みの既定値が使用されます（上部に通知があれば参照してください）。{ $file } はサーバー上で編集してください。再ビルドは不要です。
for-it-config-loading = （読み込み中）

for-it-unattended-title = Intune、Jamf などのツール用の修復スクリプト
for-it-unattended-intro = 管理ツールは、だれも質問に答えられない状態でスクリプトを実行します。無人実行版は何も確認せず、修復スクリプトのセクションで選択されたステップを実行します。ログを決まったファイルに書き込み、結果を終了コードで伝えます。再テストでまだ問題が見つかった場合は、別のコードを返します。
for-it-unattended-platforms = Windows では、32 ビット版 PowerShell で起動された場合、64 ビット版 PowerShell で自動的に起動し直します。Mac では、Jamf によって root として実行された場合、画面でログインしているユーザーに対してのみ動作し、だれもログインしていない場合は何もしません。
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = これをオンにすると、上の修復スクリプトのセクションで無人実行版をダウンロードできるようになります。展開の手順は IT ガイド（このページのソース内の { $guide }）で詳しく説明しています。
