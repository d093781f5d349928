### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: رفضت خدمة تسجيل الدخول طلب Teams
help-article-summary = يعرض Teams الخطأ CAA20002 أثناء تسجيل الدخول: أجابت خدمة تسجيل الدخول من Microsoft لكنها رفضت الطلب لأنه غير صالح. وتذكر مقالة الدعم الأسباب المحتملة بهذا الترتيب: بيانات تسجيل الدخول القديمة في ذاكرة التخزين المؤقت لتطبيق Teams، ووجود شبكة VPN أو خادم وكيل يعترض الطريق، وإيقاف تشغيل TLS 1.2 (وهو نادر)، وخطأ في التاريخ أو الوقت أو المنطقة الزمنية.
help-symptoms-title = الأعراض
help-symptom-1 = يفشل تسجيل الدخول إلى Teams مع ظهور الخطأ CAA20002.
help-symptom-2 = يتوقف Teams عند شاشة تسجيل الدخول.
help-symptom-3 = تستمر خدمات Microsoft الأخرى في المستعرض في العمل، مثل Outlook على الويب.
help-causes-title = الأسباب
help-cause-1 = بيانات تسجيل دخول قديمة ومنتهية الصلاحية في ذاكرة التخزين المؤقت لتطبيق Teams.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = شبكة VPN أو خادم وكيل يحظر { $host }.
help-cause-3 = إيقاف تشغيل TLS 1.2 على الكمبيوتر (نادر).
help-cause-4 = خطأ في التاريخ أو الوقت أو المنطقة الزمنية.
help-links-title = روابط مفيدة
help-background-title = معلومات أساسية
help-background-1 = تذكر مقالة الدعم أن الخطأ CAA20002 يكون دائمًا تقريبًا مشكلة في الكمبيوتر، وليس انقطاعًا في خدمات Microsoft.
# Variables:
#   $site (String) - office.com
help-background-2 = إذا نجح تسجيل الدخول على { $site } في المستعرض، فإن المقالة تقدّر أن مسح ذاكرة التخزين المؤقت لتطبيق Teams يحل المشكلة في أكثر من 80% من الحالات (وهذا تقدير المقالة، وليس قياسًا).
help-background-3 = وإذا فشل هناك أيضًا، فإن المقالة تشير إلى الشبكة أو حسابك بدلًا من تطبيق Teams: اتصل بقسم تكنولوجيا المعلومات وأرسل إليهم التقرير من هذه الصفحة.

## Useful links: the page's name, then who it is for

help-link-endpoints = عناوين URL ونطاقات عناوين IP في Microsoft 365
help-link-endpoints-note = لقسم تكنولوجيا المعلومات: العناوين التي يجب أن يسمح بها خادم الوكيل أو جدار الحماية.
help-link-status = حالة Microsoft 365
help-link-status-note = صفحة عامة: هل تواجه Microsoft انقطاعًا واسع النطاق الآن؟
help-link-service-health = صحة الخدمة في مركز إدارة Microsoft 365
help-link-service-health-note = لمسؤولي تكنولوجيا المعلومات (يتطلب حساب مسؤول): الحوادث التي تؤثر على مؤسستك.
help-link-sign-in-codes = دعم Microsoft: لماذا أواجه مشكلة في تسجيل الدخول إلى Microsoft Teams؟
help-link-sign-in-codes-note = جدول Microsoft لرموز حالة تسجيل الدخول إلى Teams، مع ما يمكن تجربته لكل منها.
help-link-sign-in-errors = Microsoft Learn: حل أخطاء تسجيل الدخول في Teams
help-link-sign-in-errors-note = لقسم تكنولوجيا المعلومات: خطوات Microsoft لاستكشاف الأخطاء وإصلاحها لبعض أخطاء تسجيل الدخول إلى Teams.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = امسح ذاكرة التخزين المؤقت لتطبيق Teams (مع الاحتفاظ بنسخة احتياطية)
help-solution-cache-intro = يحتفظ Teams ببيانات تسجيل الدخول في ذاكرة التخزين المؤقت؛ وتذكر مقالة الدعم أن البيانات القديمة ومنتهية الصلاحية الموجودة فيها هي السبب الأكثر شيوعًا للخطأ CAA20002.
help-solution-vpn-proxy = أوقف تشغيل VPN وتحقق من خادم الوكيل
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = وجود شبكة VPN أو خادم وكيل للشركة يحظر { $host } يمنع تسجيل الدخول.
help-solution-tls = تحقق من تشغيل TLS 1.2 (على Windows فقط)
help-solution-tls-intro = نادر (كما تذكر المقالة): تتطلب خوادم تسجيل الدخول من Microsoft الإصدار TLS 1.2 أو أحدث، لذا يفشل تسجيل الدخول على Windows 10 إذا كان TLS 1.2 متوقفًا.
help-solution-time = تحقق من التاريخ والوقت والمنطقة الزمنية
help-solution-time-intro = عندما يكون التاريخ أو الوقت خاطئًا، قد تفشل الاتصالات الآمنة وتسجيل الدخول؛ وتكون المنطقة الزمنية الخاطئة مؤثرة إذا ضُبطت الساعة بعد ذلك يدويًا لتبدو صحيحة.

## Clearing the cache by hand, keeping a backup

help-cache-restart = شغّل Teams مرة أخرى وسجّل الدخول. يكون التشغيل الأول أبطأ لأن Teams يعيد بناء ذاكرة التخزين المؤقت.
help-cache-macos-quit = أنهِ Teams: في شريط القوائم في أعلى الشاشة، انقر على قائمة Teams (بجوار قائمة Apple) واختر «إنهاء» (أو اضغط على Cmd + Q).
help-cache-macos-force = إذا لم يُغلق Teams، فافتح «مراقب النشاط»، وابحث عن «Teams»، وحدده، وانقر على زر «إيقاف» (✕) في الأعلى، ثم اختر «فرض الإنهاء».
help-cache-macos-terminal = افتح Terminal (التطبيقات > الأدوات > Terminal)، والصق هذا الأمر واضغط على Return. ينقل الأمر ذاكرة التخزين المؤقت لتطبيق Teams إلى مجلد نسخة احتياطية يحمل التاريخ في المجلد الرئيسي الخاص بك؛ ولا يُحذف أي شيء.
help-cache-macos-privacy = إذا سألك macOS عمّا إذا كان مسموحًا لتطبيق Terminal بالوصول إلى بيانات التطبيقات الأخرى، فانقر على «سماح». وإذا ظهرت الرسالة «Operation not permitted»، فشغّل Terminal ضمن إعدادات النظام > الخصوصية والأمن > الوصول الكامل إلى القرص، ثم شغّل الأمر مرة أخرى.
help-cache-macos-backgrounds = خلفيات الاجتماعات المخصصة موجودة في مجلد النسخة الاحتياطية. بعد أن يعمل Teams بشكل سليم لبضعة أيام، يمكنك حذف النسخة الاحتياطية.
help-cache-linux-quit = أنهِ Teams من قائمة أيقونته في علبة النظام: فإغلاق النافذة يخفيها فقط.
help-cache-linux-terminal = افتح نافذة طرفية، والصق هذا الأمر واضغط على Enter. ينقل الأمر ذاكرة التخزين المؤقت لتطبيق Teams إلى مجلد نسخة احتياطية يحمل التاريخ في المجلد الرئيسي الخاص بك؛ ولا يُحذف أي شيء.
help-cache-linux-delete-later = بعد أن يعمل Teams بشكل سليم لبضعة أيام، يمكنك حذف مجلد النسخة الاحتياطية.
help-cache-windows-quit = أنهِ Teams: انقر بزر الماوس الأيمن فوق أيقونة Teams بجوار الساعة (أسفل يسار الشاشة في Windows باللغة العربية؛ انقر على ^ إذا لم تظهر الأيقونة) واختر «إنهاء».
help-cache-windows-task-manager = افتح «إدارة المهام» (Ctrl + Shift + Esc). إذا كان Microsoft Teams لا يزال مدرجًا، فحدده وانقر على «إنهاء المهمة».
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = أنشئ مجلدًا على سطح المكتب باسم { $folder }. نقل ذاكرة التخزين المؤقت إليه بدلًا من حذفها يتيح لك التراجع عند الحاجة.
help-cache-windows-open-new = اضغط على مفتاح Windows + R، والصق هذا النص واضغط على Enter. سيفتح «مستكشف الملفات» المجلد الذي يحتوي على ذاكرة التخزين المؤقت لتطبيق Teams الجديد وبيانات تسجيل الدخول المحفوظة فيه.
help-cache-windows-open-classic = اضغط على مفتاح Windows + R، والصق هذا النص واضغط على Enter. سيفتح «مستكشف الملفات» مجلد ذاكرة التخزين المؤقت لتطبيق Teams الكلاسيكي.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = حدد كل محتوياته (Ctrl + A)، وقصّها (Ctrl + X)، ثم الصقها (Ctrl + V) في مجلد جديد باسم { $sub } داخل { $folder }. لا تلمس المجلدات الموجودة فوق { $cache }: إذ يفيد المستخدمون بأن Teams لا يعود يبدأ التشغيل بدونها.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = حدد كل محتوياته (Ctrl + A)، وقصّها (Ctrl + X)، ثم الصقها (Ctrl + V) في مجلد جديد باسم { $sub } داخل { $folder }.
help-cache-windows-powershell = تفضّل الكتابة؟ ينفّذ أمر PowerShell هذا عمليات النقل نفسها إلى مجلد نسخة احتياطية يحمل التاريخ في مجلد المستخدم الخاص بك. لفتحه، انقر بزر الماوس الأيمن فوق «ابدأ» واختر «الوحدة الطرفية» (أو Windows PowerShell على Windows 10).
help-cache-windows-backgrounds = خلفيات الاجتماعات المخصصة موجودة في النسخة الاحتياطية، في المجلد الظاهر هنا: انسخها مرة أخرى إذا احتجت إليها. بعد أن يعمل Teams بشكل سليم لبضعة أيام، يمكنك حذف النسخة الاحتياطية.

## VPN and proxy

help-network-vpn-windows = افصل شبكة VPN، من أيقونتها بجوار الساعة أو من الإعدادات > الشبكة والإنترنت > VPN، ثم حاول تسجيل الدخول إلى Teams مرة أخرى.
help-network-vpn-macos = افصل شبكة VPN، من أيقونتها في شريط القوائم أو من إعدادات النظام > VPN، ثم حاول تسجيل الدخول إلى Teams مرة أخرى.
help-network-vpn-linux = افصل شبكة VPN، من أيقونتها أو من قائمة الشبكة في زاوية أعلى الشاشة، ثم حاول تسجيل الدخول إلى Teams مرة أخرى.
help-network-vpn-required = إذا كانت شركتك تشترط استخدام VPN مع Teams، فأبقها قيد التشغيل وانتقل إلى الخطوة التالية.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = على شبكة شركة تستخدم خادم وكيل، يجب أن يكون الوصول إلى { $login } و{ $teams } ممكنًا. ويختبر فحص الاتصال في هذه الصفحة ذلك نيابةً عنك.
help-network-proxy-windows = لمعرفة ما إذا كان هناك خادم وكيل معيّن، افتح الإعدادات > الشبكة والإنترنت > الوكيل. دوّن ما يظهر لإبلاغ قسم تكنولوجيا المعلومات به.
help-network-proxy-macos = لمعرفة ما إذا كان هناك خادم وكيل معيّن، افتح إعدادات النظام > الشبكة، واختر اتصالك، وانقر على «التفاصيل…» ثم «الوكلاء». دوّن ما يظهر لإبلاغ قسم تكنولوجيا المعلومات به.
help-network-proxy-linux = لمعرفة ما إذا كان هناك خادم وكيل معيّن، افتح الإعدادات > الشبكة > وسيط الشبكة. دوّن ما يظهر لإبلاغ قسم تكنولوجيا المعلومات به.
help-network-ask-it = إذا كان هناك شيء محظور، فاطلب من قسم تكنولوجيا المعلومات السماح بعناوين Microsoft 365 في خادم الوكيل أو جدار الحماية، وأرسل إليهم التقرير من هذه الصفحة.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = اضغط على مفتاح Windows + R، واكتب هذا النص واضغط على Enter. ستُفتح نافذة «خصائص إنترنت».
help-tls-advanced = افتح علامة التبويب «خيارات متقدمة» ومرّر لأسفل إلى «الأمان». تأكد من تحديد «استخدام TLS 1.2».
help-tls-13 = على Windows 11، حدد أيضًا «استخدام TLS 1.3». أما على Windows 10، فاترك «استخدام TLS 1.3» كما هو: إذ لا تدعم Microsoft الإصدار TLS 1.3 إلا بدءًا من Windows 11.
help-tls-apply = انقر على «تطبيق» ثم «موافق»، وأعد تشغيل الكمبيوتر.
help-tls-greyed = إذا كانت خانات الاختيار باهتة (رمادية)، فإن شركتك تدير هذا الإعداد: أبلغ قسم تكنولوجيا المعلومات.

## Date, time and time zone

help-time-restart = أعد تشغيل Teams، ثم اضغط على «إعادة الفحص» في فحص الساعة على هذه الصفحة.
help-time-check-restart = تحقق من أن الساعة تعرض الوقت الصحيح، وأعد تشغيل Teams، ثم اضغط على «إعادة الفحص» في فحص الساعة على هذه الصفحة.
help-time-windows-open = افتح الإعدادات > الوقت واللغة > التاريخ والوقت.
help-time-windows-link = فتح إعدادات التاريخ والوقت
help-time-windows-zone = شغّل «تعيين المنطقة الزمنية تلقائيًا»، أو اختر منطقتك الزمنية من قائمة «المنطقة الزمنية».
help-time-windows-zone-only = شغّل «تعيين المنطقة الزمنية تلقائيًا». إذا كان الخيار باهتًا أو اختار منطقة خاطئة، فأوقف تشغيله واختر منطقتك الزمنية من قائمة «المنطقة الزمنية».
help-time-windows-auto = شغّل «تعيين الوقت تلقائيًا».
help-time-windows-sync = انقر على «المزامنة الآن» (ضمن «إعدادات إضافية» على Windows 11).
help-time-macos-open = افتح قائمة Apple > إعدادات النظام > عام > التاريخ والوقت.
help-time-macos-zone = شغّل «تعيين المنطقة الزمنية تلقائيًا باستخدام موقعك الحالي»، أو أوقف تشغيله واختر أقرب مدينة ضمن «أقرب مدينة».
help-time-macos-auto = شغّل «تعيين الوقت والتاريخ تلقائيًا».
help-time-linux-open = افتح الإعدادات > التاريخ والوقت (الإعدادات > النظام > التاريخ والوقت في إصدارات GNOME الأحدث).
help-time-linux-zone = شغّل «المنطقة الزمنية التلقائية»، أو اختر منطقتك الزمنية يدويًا.
help-time-linux-auto = شغّل «التاريخ والوقت التلقائيان». في نافذة طرفية، يؤدي هذا الأمر الشيء نفسه (وقد يطلب كلمة المرور):
help-time-linux-zone-show = شغّل «المنطقة الزمنية التلقائية»، أو اختر منطقتك الزمنية يدويًا. في نافذة طرفية، يعرض هذا الأمر المنطقة الزمنية المعيّنة حاليًا:

## When clearing the cache did not help (in this order)

help-next-restart = أعد تشغيل الكمبيوتر (بعد تغيير كلمة المرور مؤخرًا)
help-next-restart-why = بعد تغيير كلمة المرور، قد يستمر Windows وmacOS في استخدام بيانات تسجيل الدخول القديمة إلى أن تتم إعادة تشغيل الكمبيوتر.
help-next-restart-1 = احفظ عملك وأعد تشغيل الكمبيوتر (إعادة تشغيل فعلية، وليس السكون أو تسجيل الخروج).
help-next-restart-2 = سجّل الدخول إلى الكمبيوتر بكلمة المرور الحالية، ثم افتح Teams وسجّل الدخول.
help-next-work-account = أزل حساب العمل من Windows ثم أضفه من جديد (بموافقة قسم تكنولوجيا المعلومات)
help-next-work-account-why = يسجّل Teams الدخول من خلال حساب العمل الذي يحتفظ به Windows، لذا قد تمنع مشكلة في هذا الحساب تسجيل الدخول إلى Teams. هذه نصيحة شائعة، وليست خطوة من صفحات Microsoft الخاصة بتسجيل الدخول إلى Teams.
help-next-work-account-1 = اسأل قسم تكنولوجيا المعلومات أولًا: على الكمبيوتر الذي تديره الشركة، قد تؤدي إزالة الحساب إلى إزالة إدارة الكمبيوتر أو تطبيقات الشركة.
help-next-work-account-2 = افتح الإعدادات > الحسابات > الوصول إلى العمل أو المؤسسة التعليمية.
help-next-work-account-3 = حدد حساب العمل، واختر «قطع الاتصال»، ثم أكّد.
help-next-work-account-4 = أعد تشغيل الكمبيوتر، ثم اختر «اتصال» في الصفحة نفسها وسجّل الدخول بعنوان العمل.
help-next-open-teams = افتح Teams وسجّل الدخول.
help-next-reset-windows = أعد تعيين تطبيق Teams
help-next-reset-windows-why = تمسح إعادة التعيين كل ما يحتفظ به التطبيق على هذا الكمبيوتر، وهو ما لا تفعله خطوة ذاكرة التخزين المؤقت وحدها.
help-next-reset-windows-1 = أنهِ Teams.
help-next-reset-windows-2 = افتح الإعدادات > التطبيقات > التطبيقات المثبتة، وابحث عن Microsoft Teams، ثم حدد … و«خيارات متقدمة».
help-next-reset-windows-3 = ضمن «إعادة تعيين»، اختر «إعادة تعيين» وأكّد. يؤدي هذا إلى مسح بيانات Teams على هذا الكمبيوتر، بما في ذلك إعداداتك وخلفياتك المخصصة؛ وتبقى محادثاتك وملفاتك في السحابة.
help-next-reset-macos = أزل حساب Teams المحفوظ من سلسلة المفاتيح (قسم تكنولوجيا المعلومات)
help-next-reset-macos-why = يحتفظ Teams الجديد بالحساب في سلسلة مفاتيح macOS، ولا تمسّها خطوة ذاكرة التخزين المؤقت.
help-next-reset-macos-1 = اطلب من قسم تكنولوجيا المعلومات تنفيذ هذه الخطوة، أو تأكيد صلاحيتها لجهاز Mac الخاص بك أولًا: فأسماء العناصر أدناه مأخوذة من تقارير المجتمع، وليس من Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = أنهِ Teams. افتح «الوصول إلى سلسلة المفاتيح» (التطبيقات > الأدوات) وابحث عن { $first } و{ $second }، وعلى macOS 15 عن { $third } أيضًا.
help-next-reset-macos-3 = يحذف قسم تكنولوجيا المعلومات هذه العناصر (النقر بزر الماوس الأيمن > حذف)، ثم تفتح Teams وتسجّل الدخول مرة أخرى.
help-next-web = تابع العمل في Teams على الويب
help-next-web-why = يسجّل Teams في المستعرض الدخول بشكل مستقل، لذا يمكنك متابعة العمل أثناء إصلاح التطبيق.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = افتح { $url } في Edge أو Chrome وسجّل الدخول بحساب العمل.
help-next-web-2 = استمر في استخدامه حتى يعمل تطبيق Teams مجددًا أو حتى يفحصه قسم تكنولوجيا المعلومات.

## Saving Teams' support files before clearing anything

help-support-windows-1 = إذا كان قسم تكنولوجيا المعلومات قد يحتاج إلى ملفات الدعم الخاصة بتطبيق Teams، فاحفظها قبل مسح أي شيء: اضغط على Ctrl+Alt+Shift+1 وTeams مفتوح.
help-support-windows-2 = يحفظ Teams الملفات في مجلد «التنزيلات»؛ احتفظ بها حتى يخبرك قسم تكنولوجيا المعلومات بأنه لا حاجة إليها.
help-support-macos-1 = إذا كان قسم تكنولوجيا المعلومات قد يحتاج إلى ملفات الدعم الخاصة بتطبيق Teams، فاحفظها قبل مسح أي شيء: اضغط على Option+Command+Shift+1 وTeams مفتوح.
help-support-macos-2 = ابحث عن الملفات في مجلد «التنزيلات» أولًا (تذكر Microsoft هذا المجلد لنظامي Windows وLinux فقط)؛ واحتفظ بها حتى يخبرك قسم تكنولوجيا المعلومات بأنه لا حاجة إليها.
help-support-linux = لا يحتوي تطبيق Teams على Linux على اختصار لحفظ ملفات الدعم؛ أخبر قسم تكنولوجيا المعلومات بما تراه بدلًا من ذلك.
