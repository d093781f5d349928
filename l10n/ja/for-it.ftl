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
