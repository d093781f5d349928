### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = لقسم تكنولوجيا المعلومات
for-it-summary = إنشاء رابط للمستخدمين، وعرض التكوين الساري

for-it-link-title = رابط لرسالة بريد إلكتروني أو تذكرة دعم
for-it-link-intro = حدد مسبقًا للمستخدم اللغة ورمز الخطأ والنظام وعميل Teams. لا تُقبل من الرابط سوى هذه القيم؛ ويتم تجاهل أي شيء آخر ولا يُعرض أبدًا.
for-it-language = اللغة
for-it-language-auto = تلقائي (لغة مستعرض القارئ)
for-it-code = رمز الخطأ
for-it-code-none = (بلا)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = نظام التشغيل
for-it-os-detect = (اكتشاف تلقائي)
for-it-client = عميل Teams
for-it-client-ask = (اسأل المستخدم)
for-it-copy-link = نسخ الرابط
for-it-link-copied = تم نسخ الرابط.
copy-blocked-link = منع المستعرض النسخ: حدد الرابط واضغط على Ctrl+C (أو ⌘C على Mac).
for-it-config-title = التكوين الساري
# Variables:
#   $file (String) - config.json
for-it-config-intro = مأخوذ من { $file } الموجود بجوار هذه الصفحة، مع القيم الافتراضية المضمّنة لأي إعداد مفقود أو غير صالح (راجع الإشعار في أعلى الصفحة، إن وُجد). حرّر { $file } على الخادم؛ فلا حاجة إلى إعادة البناء.
for-it-config-loading = (لا يزال قيد التحميل)
