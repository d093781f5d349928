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
codes-source-note = Microsoft での { $code } の名前: { $constant }: { $wording } 出典: { $sources }。
# Variables:
#   $first (String) - the first document
#   $second (String) - another document
codes-source-also = { $first }。{ $second } も参照
# Variables:
#   $code (String) - the error code
codes-not-sure = 不確かな情報です: { $code } は Microsoft の公開ドキュメントに見つからなかったため、上記の意味はこのページの推測であり、事実とは限りません。
# same as English: the name of a Microsoft Learn reference page (API names)
codes-source-web-provider-errors = Microsoft Learn: WebProviderError.ErrorCode (Windows.Security.Authentication.Web.Core)
codes-source-teams-sign-in-support = Microsoft サポート: Microsoft Teams にサインインできないのはなぜですか?
codes-source-com-security-errors = Microsoft Learn: COM エラー コード (セキュリティとセットアップ)

## Paragraphs several codes share

code-shared-tls-inspection = これは Microsoft の記載ではなく、このページの解釈です: 会社のネットワークでは、暗号化された接続を独自の証明書で検査するプロキシやファイアウォールが原因である可能性が高く、その証明書を Teams のサインインが信頼していません。会社のネットワーク以外では、ホテルやゲスト用 Wi-Fi のログイン ページが同じ問題を起こすことがあります。
code-shared-tls-inspection-try = 別のネットワーク（たとえばスマートフォンのテザリング）で試してください。そこでサインインできる場合は、IT 部門にエラー コードを伝えてください。IT 部門は、Microsoft のサインイン用アドレスを TLS 検査の対象外にできます。このページのブラウザーによるチェックでは証明書を確認できないため、すべて接続可能と表示される場合があります。
code-shared-pac-try = プロキシの設定を修正できるのは IT 部門だけです。それまでは、別のネットワーク（たとえば VPN をオフにしたスマートフォンのテザリング）からならサインインできることがよくあります。
code-shared-proxy-answered = これは Microsoft の記載ではなく、このページの解釈です: 多くの場合、Microsoft 以外のもの（プロキシのサインイン ページやブロック ページ、ホテルやゲスト用 Wi-Fi のログイン ページなど）が応答したことを意味します。

## Why the plan puts a step first, shared by several codes

code-shared-plan-certificate = この証明書エラーは通常、プロキシやファイアウォールが暗号化された接続を検査しているか、ゲスト用 Wi-Fi のログイン ページが妨げていることを意味します。別のネットワークで試すと、どちらかがわかります。
code-shared-plan-proxy-setup = このエラーは、プロキシの自動設定に失敗したため、Teams が Microsoft への接続方法をわからないことを意味します。別のネットワークを使うか IT 部門に対応してもらえば回避できます。
code-shared-plan-unusable-answer = このエラーは、Teams が使用できない応答を受け取ったことを意味します。多くの場合、プロキシやゲスト用 Wi-Fi 独自のページが Microsoft の代わりに応答しています。

## CAA20002

code-caa20002-meaning = サインイン サービスが要求を無効として拒否しました
code-caa20002-documented = 「要求に必須パラメーターがないか、無効なパラメーター値が含まれているか、パラメーターが複数回含まれているか、またはその他の点で形式が正しくありません。」
code-caa20002-guidance-1 = Microsoft のサインイン サービスは Teams に応答しましたが、その要求を無効として拒否しました。サポート記事によると、原因はほぼ常にこのコンピューター側にあり、Microsoft の障害ではなく、通常はご自身で解決できます。
code-caa20002-guidance-2 = サポート記事では、考えられる原因を次の順に挙げています: Teams のキャッシュに残った古いサインイン データ、妨げになっている VPN や会社のプロキシ、オフになっている TLS 1.2、間違った日付、時刻、タイム ゾーン。
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-3 = まずはキャッシュから始めてください。バックアップが残るので、何も失われません。記事では、{ $site } でのサインインが成功する場合、キャッシュのクリアで 80 % 以上のケースが解決すると推定しています（測定値ではなく、記事の推定です）。
# Variables:
#   $site (String) - office.com
code-caa20002-guidance-4 = 簡単なテスト: ブラウザーで { $site } にサインインしてみてください。サインインできる場合、問題はこのコンピューターの Teams または Windows のサインイン側にある可能性が高いため、まず Teams のキャッシュをクリアしてください。こちらも失敗する場合は、ネットワークかアカウントに原因がある可能性が高く、IT 部門が対応できます。

## CAA20003

code-caa20003-meaning = サインインが拒否されました: 承認付与に失敗しました
# Why the plan puts its step first.
code-caa20003-plan = エラー CAA20003 については、Microsoft 自身がまず日付と時刻を確認するよう勧めています。わずかなずれでも影響することがあります。
code-caa20003-documented = 「このアサーションの承認付与に失敗しました。」Microsoft の Teams の表には、「日付と時刻が正しく設定されていることを確認してください」とも記載されています。
code-caa20003-guidance-1 = Microsoft は、Teams に保存されたサインインの証明（承認付与）を受け付けませんでした。Microsoft 自身は、まず日付と時刻を確認するよう勧めています。
code-caa20003-guidance-2 = 日付、時刻、タイム ゾーンがすべて自動で設定されていることを確認し、Teams を再起動してください。数分のずれでも影響することがあります。タイム ゾーンが間違ったまま、時計を手動で合わせて正しく見えるようにしている場合も問題になります。
code-caa20003-guidance-3 = 時刻が正しい場合: Teams からサインアウトして、もう一度サインインしてください。最近パスワードを変更した場合は、先にコンピューターを再起動してください。それでもエラーが続く場合は、Teams のキャッシュをクリアしてください。

## CAA20004

code-caa20004-meaning = サインインが拒否されました（多くの場合、組織のルールによるもの）
# Why the plan puts its step first.
code-caa20004-plan = エラー CAA20004 は、組織のアクセス ルール（条件付きアクセス）によってサインインがブロックされたことを意味し、これを変更できるのは IT 部門だけです。
code-caa20004-documented = 「リソース所有者または承認サーバーが要求を拒否しました。」Microsoft の Teams の表: IT 管理者に連絡して、Microsoft Entra ID のポリシーを確認してもらってください。
code-caa20004-guidance-1 = サインイン サービスがこのサインインを拒否しました。通常は、組織のアクセス ルール（条件付きアクセス）によってブロックされています。たとえば、デバイス、使用中のネットワーク、アプリが理由になります。
code-caa20004-guidance-2 = これらのルールはご自身では変更できず、キャッシュをクリアしても解決しません。IT 部門に連絡してください。
code-caa20004-guidance-3 = IT 部門に次の情報を伝えてください: エラー コード CAA20004、発生した日時、自宅・オフィス・VPN 接続中のどこで発生したか。IT 部門は Entra ID のサインイン ログでそのサインインを調べ、どのルールがブロックしたかを確認できます。

## CAA2000B

code-caa2000b-meaning = Teams が要求したものが、あなたのアカウントに対して設定されていません
# Why the plan puts its step first.
code-caa2000b-plan = エラー CAA2000B は、Teams が要求したものがあなたのアカウントまたは組織に対して設定されていないか、存在しないことを意味します。これを確認できるのは IT 部門だけです（たとえば Teams のライセンス）。
code-caa2000b-documented = 「構成の状態が原因で、または存在しないため、リソースが無効です。」
code-caa2000b-guidance-1 = サインイン サービスによると、Teams が要求したものが無効です。あなたのアカウントまたは組織に対して設定されていないか、存在しません。Microsoft の公開ドキュメントには、どの設定なのかは記載されていません。Teams のライセンスや、あなたまたは組織に対して Teams がオフになっていないかは、IT 部門が確認できます。
code-caa2000b-guidance-2 = これを解決できるのは IT 部門だけです。キャッシュをクリアしても解決しません。
code-caa2000b-guidance-3 = IT 部門に、エラー コード CAA2000B とサインインに使用するアカウントを伝え、Teams のライセンスを確認するよう依頼してください。

## CAA2000C

code-caa2000c-meaning = 追加のサインイン手順が必要です（多要素認証や同意など）
code-caa2000c-documented = 「要求にはユーザーの操作が必要です。」
code-caa2000c-guidance-1 = Teams は自動でサインインできませんでした。Microsoft が先にあなたの操作を求めています。たとえば、多要素認証の確認の承認、同意画面の承諾、パスワードの再入力などです。
code-caa2000c-guidance-2 = Teams からサインアウトしてもう一度サインインし、スマートフォンに表示されるものも含めて、すべての確認を完了してください。確認が表示されない場合は、Teams のキャッシュをクリアすると、Teams が最初から改めて確認を求めます。
code-caa2000c-guidance-3 = 確認が表示されても失敗する場合や、完了できない場合は、IT 部門にエラー コード CAA2000C を伝えてください。

## CAA301F7

code-caa301f7-meaning = サービスが一時的に過負荷になっています
# Why the plan puts its step first.
code-caa301f7-plan = エラー CAA301F7 は、サービスが一時的に過負荷であると応答したことを意味します。原因はこのコンピューターではなくサービス側にあるため、キャッシュをクリアしても解決しません。
code-caa301f7-documented = 「サービスが一時的に過負荷になっています。」
code-caa301f7-guidance-1 = Teams がサインインに使用するサービスが、一時的に過負荷であると応答しました（HTTP 状態 503）。原因はこのコンピューターではなくサービス側にあるため、キャッシュをクリアしても解決しません。
code-caa301f7-guidance-2 = Microsoft 365 の公開状態ページで現在の問題がないか確認し、数分待ってから、もう一度サインインしてください。
code-caa301f7-guidance-3 = 状態ページに問題が表示されていないのに失敗が続く場合は、IT 部門にエラー コード CAA301F7 を伝えてください。会社のプロキシが同じ応答を返すこともあります。

## CAA5004B

code-caa5004b-meaning = 不確かな情報: デバイス登録の問題の可能性があります
# Why the plan puts its step first.
code-caa5004b-plan = エラー CAA5004B は Microsoft の公開ドキュメントに記載されていません。ヘルプ サイトでは、このコンピューターの組織への登録に関係するとされており、これを確認できるのは IT 部門だけです。
code-caa5004b-guidance-1 = このコードは Microsoft の公開ドキュメントに見つかりませんでした。ヘルプ サイトでは、このコンピューターに関する情報の不足に関係するとされています。通常は、このコンピューターが組織に正しく登録されていない（または登録が解除された）ことが原因です。確実ではなく、可能性が高いものとして扱ってください。
code-caa5004b-guidance-2 = これを確認できるのは IT 部門だけです。キャッシュをクリアしても解決する可能性は低いです。
# Variables:
#   $command (String) - dsregcmd /status
code-caa5004b-guidance-3 = Windows では、IT 部門はコマンド { $command } の出力を確認したいはずです。コマンド プロンプトを開いてこのコマンドを入力し、Enter キーを押して、出力の「Device State」と「SSO State」のセクションをコピーし、エラー コード CAA5004B と一緒にメッセージに貼り付けてください。
code-caa5004b-guidance-4 = Mac では、IT 部門にエラー コードを伝え、ポータル サイト アプリでこの Mac が登録済みと表示されているかどうかも伝えてください。

## CAA60007

code-caa60007-meaning = サインインの応答を読み取れませんでした
code-caa60007-documented = 「解析中の JSON テキストの形式が正しくありません。」
code-caa60007-guidance-1 = Teams は Microsoft のサインイン サービスからデータの応答を受け取るはずでしたが、読み取れないものを受け取りました。
code-caa60007-guidance-3 = ネットワークへのログインを求める Web ページが表示されていないか確認し、VPN をオフにして、もう一度試してください。会社のネットワークでだけ失敗する場合は、IT 部門にエラー コード CAA60007 を伝えてください。

## CAA70004

code-caa70004-meaning = サーバーまたはプロキシが見つかりません
# Why the plan puts its step first.
code-caa70004-plan = エラー CAA70004 は、Teams がサーバー、または使用するよう指定されたプロキシを見つけられなかったことを意味します。Teams アプリは、このブラウザーとは異なるプロキシ設定を使用している場合があります。
code-caa70004-documented = 「サーバーまたはプロキシが見つかりませんでした。」Microsoft の Teams の表には、「通常はプロキシの構成の誤りか、HTTPS を復号するように設定されていない Fiddler などのネットワーク監視プログラムが原因です」とも記載されています。
code-caa70004-guidance-1 = Teams が、サーバー、または使用するよう指定されたプロキシを見つけられませんでした。
code-caa70004-guidance-2 = インターネット接続が動作していることを確認し、VPN を使用している場合はオフにして、もう一度試してください。
code-caa70004-guidance-3 = 会社のネットワークを使用している場合、プロキシが停止しているか、Teams アプリとブラウザーで異なる設定になっている可能性があります。このページのネットワークのチェックでは、このブラウザーから接続できる先がわかります。エラー コード CAA70004 を添えて、レポートを IT 部門に送ってください。

## CAA70007

code-caa70007-meaning = 接続が中断されました
# Why the plan puts its step first.
code-caa70007-plan = エラー CAA70007 は、サインイン中に接続が切れたことを意味し、不安定な接続、VPN、またはファイアウォールが原因と考えられます。
code-caa70007-documented = 「ダウンロードに失敗しました（接続が中断されました）。」
code-caa70007-guidance-1 = Teams がサインインしている最中に、Microsoft への接続が切れました。
code-caa70007-guidance-2 = インターネットに接続されていることを確認し、VPN を使用している場合はオフにして、もう一度試してください。スマートフォンのテザリングなど、別のネットワークで試すのも有効です。
code-caa70007-guidance-3 = 会社のネットワークで失敗が続く場合は、IT 部門にエラー コード CAA70007 を伝えてください。ファイアウォールや別のプログラムが接続を切断している可能性があります。

## CAA82EE2

code-caa82ee2-meaning = サインインがタイムアウトしました
# Why the plan puts its step first.
code-caa82ee2-plan = エラー CAA82EE2 は、サインインがタイムアウトしたことを意味し、低速またはブロックされた接続、VPN、またはファイアウォールが原因と考えられます。
code-caa82ee2-documented = 「要求がタイムアウトしました。」
code-caa82ee2-guidance-1 = サインインに時間がかかりすぎて中断されました。通常は、低速またはブロックされた接続、VPN、またはファイアウォールが原因です。
code-caa82ee2-guidance-2 = 別のネットワーク（たとえばスマートフォンのテザリング）で試すか、VPN をオフにして、もう一度サインインしてください。
code-caa82ee2-guidance-3 = 会社のネットワークでだけ失敗する場合は、IT 部門にエラー コード CAA82EE2 を伝えてください。ファイアウォールやプロキシが Microsoft のサインイン サーバーへの通信を妨げている可能性があります。

## CAA82EE7

code-caa82ee7-meaning = サーバー名を解決できませんでした
# Why the plan puts its step first.
code-caa82ee7-plan = 接続が動作していても、VPN や会社の DNS 設定によって、Teams から Microsoft のサーバー名が見えなくなっている場合があります。
# Why the plan checks the connection first.
code-caa82ee7-plan-connect = エラー CAA82EE7 は、サーバー名を解決できなかったことを意味し、通常は接続がないか DNS に問題があります。
code-caa82ee7-documented = 「サーバー名を解決できませんでした。」
code-caa82ee7-guidance-1 = このコンピューターは Microsoft のサーバー名を解決できませんでした。オフラインになっているか、名前解決（DNS）が機能していません。
code-caa82ee7-guidance-2 = ほかの Web サイトが開くか確認してください。VPN をオフにする（またはオフにしてからもう一度オンにする）か、Wi-Fi に接続し直してから、もう一度試してください。
code-caa82ee7-guidance-3 = ほかの Web サイトは開けるのにエラーが繰り返し発生する場合は、IT 部門にエラー コード CAA82EE7 を伝えてください。

## CAA82F05

code-caa82f05-meaning = サーバーの証明書の日付が無効と判断されました
# Why the plan puts its step first.
code-caa82f05-plan = エラー CAA82F05 は、証明書が期限切れまたはまだ有効になっていないと判断されたことを意味します。このコンピューターの日付が間違っていると、すべての証明書がそのように判断されます。
code-caa82f05-documented = 「サーバーから受信した SSL 証明書の日付が正しくありません。証明書の有効期限が切れています。」
code-caa82f05-guidance-1 = Teams は、サーバーのセキュリティ証明書が期限切れか、まだ有効になっていないと判断しました。このコンピューターの日付が間違っていると、すべての証明書がそのように判断されるため、まず時計を確認してください。
code-caa82f05-guidance-2 = 日付、時刻、タイム ゾーンを自動で設定し、Teams を再起動して、もう一度サインインしてください。
code-caa82f05-guidance-3 = 時計が正しい場合は、ネットワーク上の何かが Microsoft の代わりに有効期限外の証明書を提示しています。IT 部門にエラー コード CAA82F05 を伝えてください。

## CAA82F0D

code-caa82f0d-meaning = 不明な証明機関の証明書です
code-caa82f0d-documented = 「関数は、サーバーの証明書を生成した証明機関を認識していません。」
code-caa82f0d-guidance-1 = Teams が Microsoft のサインイン サーバーについて受け取ったセキュリティ証明書は、このコンピューターが信頼していない証明機関によって発行されたものでした。

## CAA82F17

code-caa82f17-meaning = サーバーの証明書にエラーがあります
code-caa82f17-documented = 「SSL 証明書にエラーがあります。」
code-caa82f17-guidance-1 = Teams が Microsoft のサインイン サーバーについて受け取ったセキュリティ証明書にエラーがあります。

## CAA82F7D

code-caa82f7d-meaning = セキュリティで保護された接続（TLS）のエラー
# Why the plan puts its step first.
code-caa82f7d-plan = エラー CAA82F7D は、セキュリティで保護された接続を確立できなかったことを意味します。暗号化された接続を検査するプロキシやファイアウォールが原因になることがあります。
code-caa82f7d-documented = 「セキュリティで保護されたチャネルに関連するエラーが発生したことを示します。」
code-caa82f7d-guidance-1 = Teams は、Microsoft のサインイン サーバーへのセキュリティで保護された（TLS）接続を確立できませんでした。
code-caa82f7d-guidance-2 = これは Microsoft の記載ではなく、このページの提案です: Windows では、TLS 1.2 がオンになっていることを確認してください（このページの TLS のステップ）。暗号化された接続を検査するプロキシやファイアウォールが原因になることもあります。
code-caa82f7d-guidance-3 = 別のネットワーク（たとえばスマートフォンのテザリング）で試してください。そこでサインインできる場合は、IT 部門にエラー コード CAA82F7D を伝えてください。

## CAA82F86

code-caa82f86-meaning = プロキシ設定スクリプト（PAC）でエラーが発生しました
code-caa82f86-documented = 「プロキシ自動構成（PAC）ファイル内のスクリプト コードの実行中にエラーが発生しました。」
code-caa82f86-guidance-1 = このコンピューターが使用するプロキシを指定するスクリプト（PAC ファイル）にエラーがあるため、Teams は Microsoft への接続方法を判断できませんでした。
code-caa82f86-guidance-3 = IT 部門にエラー コード CAA82F86 を伝えてください。プロキシ自動構成スクリプトの修正が必要です。

## CAA82F87

code-caa82f87-meaning = プロキシ設定スクリプト（PAC）をダウンロードできませんでした
code-caa82f87-documented = 「PAC ファイルをダウンロードできません。」
code-caa82f87-guidance-1 = このコンピューターは、使用するプロキシを指定するスクリプト（PAC ファイル）をダウンロードできませんでした。たとえば、そのサーバーに接続できなかったことが考えられます。
code-caa82f87-guidance-3 = IT 部門に、エラー コード CAA82F87 と、オフィス・自宅・VPN 接続中のどこで発生したかを伝えてください。

## CAA82F8F

code-caa82f8f-meaning = サーバーの証明書にエラーがあります
code-caa82f8f-documented = 「サーバーから送信された Secure Sockets Layer（SSL）証明書に 1 つ以上のエラーが見つかりました。」
code-caa82f8f-guidance-1 = Teams が Microsoft のサインイン サーバーについて受け取ったセキュリティ証明書が、チェックに合格しませんでした。

## CAA82F92

code-caa82f92-meaning = Microsoft のアドレスに使用するプロキシが見つかりません
code-caa82f92-documented = 「指定された URL のプロキシが見つかりません。」
code-caa82f92-guidance-1 = プロキシの自動設定で、Microsoft のサインイン用アドレスに使用するプロキシを特定できませんでした。
code-caa82f92-guidance-3 = IT 部門にエラー コード CAA82F92 を伝えてください。プロキシの自動構成の確認が必要です。

## CAA82F94

code-caa82f94-meaning = プロキシの自動検出に失敗しました
code-caa82f94-documented = 「WinHTTP はプロキシ自動構成（PAC）ファイルの URL を検出できませんでした。」
code-caa82f94-guidance-1 = Windows はプロキシを自動的に検出するように設定されていますが、プロキシ設定スクリプト（PAC ファイル）を見つけられませんでした。
code-caa82f94-guidance-3 = IT 部門にエラー コード CAA82F94 を伝えてください。このネットワークではプロキシの自動検出（WPAD）が機能していません。

## CAA90018

code-caa90018-meaning = 組織のサインイン先が見つかりません
code-caa90018-documented = 「ユーザー領域を検出できませんでした。」
code-caa90018-guidance-1 = サインイン サービスは、アカウントがどの組織に属しているかを判断できなかったため、サインインのためにどこへ案内すればよいかわかりませんでした。
# Variables:
#   $example (String) - name@company.com
code-caa90018-guidance-2 = Teams からサインアウトし、個人用 Microsoft アカウントや Windows へのログオンに使用するアカウントではなく、職場のメール アドレス全体（{ $example }）でもう一度サインインしてください。
code-caa90018-guidance-3 = アドレスが正しいのにエラーが続く場合は、IT 部門にエラー コード CAA90018 と使用したアドレスを伝えてください。

## CAA90019

code-caa90019-meaning = サインイン サーバーから予期しない応答がありました
code-caa90019-documented = 「サーバーからの予期しない応答です。」
code-caa90019-guidance-1 = Teams は、サインイン サーバーから予期しない応答を受け取りました。
code-caa90019-guidance-3 = ネットワークへのログインを求める Web ページが表示されていないか確認し、VPN をオフにして、もう一度試してください。会社のネットワークでだけ失敗する場合は、IT 部門にエラー コード CAA90019 を伝えてください。

## 80090016

code-80090016-meaning = セキュリティ チップ（TPM）のサインイン用キーが見つかりません
# Why the plan puts its step first.
code-80090016-plan = エラー 80090016 は、Windows がセキュリティ チップ（TPM）内のサインイン用キーを見つけられなかったことを意味し、IT 部門が調べる必要があります。
code-80090016-documented = 「キーセットがありません。」
code-80090016-guidance-1 = Windows は、サインインを保護するキーをコンピューターのセキュリティ チップ（TPM）内で見つけられませんでした。ヘルプ サイトでは、たとえばファームウェアの更新や TPM のリセット後にこの問題が報告されています。
code-80090016-guidance-2 = コンピューターを 1 回再起動してください。それでもエラーが続く場合は、IT 部門に連絡してください。Teams のキャッシュをクリアしても解決しません。
# Variables:
#   $command (String) - tpm.msc
code-80090016-guidance-3 = IT 部門にエラー コード 80090016 を伝えてください。通常は、デバイスの登録または TPM を調べる必要があります。TPM ツールの表示内容も伝えると役立ちます: Windows ロゴ キー + R を押し、{ $command } と入力して Enter キーを押し、「状態」の下の行をコピーしてください。

## 80090030

code-80090030-meaning = コンピューターのセキュリティ チップ（TPM）の準備ができていません
# Why the plan puts its step first.
code-80090030-plan = エラー 80090030 は、サインインを保護するセキュリティ チップ（TPM）を Windows が使用できなかったことを意味し、IT 部門が調べる必要があります。
code-80090030-documented = 「この暗号化プロバイダーで必要なデバイスが使用できる状態ではありません。」
code-80090030-guidance-1 = Windows は、サインイン用キーを保護するセキュリティ チップ（TPM）を使用できなかったか、チップの準備ができていません。
code-80090030-guidance-2 = コンピューターを 1 回再起動してください。それで解消することがあります。それでもエラーが続く場合は、IT 部門に連絡してください。キャッシュをクリアしても解決しません。
# Variables:
#   $command (String) - tpm.msc
code-80090030-guidance-3 = IT 部門にエラー コード 80090030 を伝えてください。TPM ツールの表示内容も伝えると役立ちます: Windows ロゴ キー + R を押し、{ $command } と入力して Enter キーを押し、「状態」の下の行をコピーしてください。
