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

for-it-unattended-title = البرنامج النصي للإصلاح للتشغيل عبر Intune أو Jamf أو أدوات أخرى
for-it-unattended-intro = تشغّل أدوات الإدارة البرامج النصية حيث لا يوجد أحد ليجيب عن أي سؤال. أما الصيغة غير المراقَبة فلا تسأل عن أي شيء: بل تنفّذ الخطوات المختارة في جزء البرنامج النصي للإصلاح. وتكتب سجلها في ملف ثابت وتُبلغ عن النتيجة برمز الخروج، مع رمز منفصل عندما تظل إعادة الفحص تجد مشكلات.
for-it-unattended-platforms = على Windows، إذا بدأ تشغيل البرنامج النصي في إصدار 32 بت من PowerShell، فإنه يعيد تشغيل نفسه في إصدار 64 بت من PowerShell. وعلى جهاز Mac، عندما يشغّله Jamf بحساب root، فإنه يعمل فقط لحساب المستخدم الذي سجّل الدخول أمام الشاشة، ولا يفعل شيئًا إذا لم يكن أحد قد سجّل الدخول.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = عند تفعيل هذا الخيار، يعرض جزء البرنامج النصي للإصلاح أعلاه الصيغة غير المراقَبة للتنزيل. ويصف دليل تكنولوجيا المعلومات ({ $guide } في مصدر الصفحة) خطوات النشر خطوة بخطوة.
