### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = الفحص الذاتي لتسجيل الدخول إلى Teams (CAA20002)
page-skip-link = الانتقال إلى الفحوصات
page-no-script = تحتاج الفحوصات التلقائية إلى JavaScript وWebAssembly، وكلاهما متوقف في هذا المستعرض. لا تزال الخطوات أدناه صالحة.
page-fatal-title = حدث خطأ في هذه الصفحة
page-fatal-text = أعد تحميل الصفحة للمحاولة مرة أخرى. إذا تكرر ذلك، فأبلغ مكتب الدعم الفني وأرفق هذا النص:
# The label of the language menu at the top of the page.
page-language-menu = اللغة

## Header

# Shown above the heading when config.json names no organization.
page-org-default = الفحص الذاتي لتسجيل الدخول إلى Teams
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = لا يمكنك تسجيل الدخول إلى Teams (الخطأ { $code })؟ لنعرف السبب معًا.
page-lead = تفحص هذه الصفحة ساعة الكمبيوتر واتصاله بخدمات Microsoft، ثم تقدّم لك الحل المناسب. لا يتم تثبيت أي شيء، ولا يغادر أي شيء هذا المستعرض إلا إذا أرسلته بنفسك.

## Notices at the top

page-config-notice-title = يوجد خطأ في ملف إعدادات الصفحة (لا تزال الصفحة تعمل بالإعدادات المضمّنة)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = أبلغ مكتب الدعم الفني؛ إذ يمكنه تصحيح الملف { $file } دون إعادة بناء الصفحة.
page-link-notice-title = تم تجاهل جزء من الرابط الذي فتحته
page-link-notice-hint = تعمل الصفحة بشكل طبيعي؛ اختر نظام التشغيل وإصدار Teams أدناه إذا لم يكونا صحيحين.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = لم يتم التعرّف على قيمة «{ $name }» في الرابط، لذا تم تجاهلها.
link-too-long = كانت قيمة «{ $name }» في الرابط طويلة جدًا، لذا تم تجاهلها.
link-repeated = ورد «{ $name }» في الرابط أكثر من مرة؛ تم استخدام القيمة الأولى فقط.
link-unknown-parameter = تضمّن الرابط إعدادات لا تستخدمها هذه الصفحة، لذا تم تجاهلها.
link-truncated = كان الرابط طويلًا على نحو غير معتاد؛ تمت قراءة بدايته فقط.

## Status words next to each check's icon (core/src/status.rs)

status-running = جارٍ الفحص…
status-ok = سليم
status-warn = تحذير
status-fail = مشكلة
status-unknown = تعذّر الفحص

## Summary at the top

summary-title = الملخص
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = جارٍ الفحص… الساعة: قيد الفحص. الاتصال: { $done } من أصل { $total ->
    [zero] { $total } عنوان
    [one] عنوان واحد
    [two] عنوانين
    [few] { $total } عناوين
    [many] { $total } عنوانًا
   *[other] { $total } عنوان
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = جارٍ الفحص… الساعة: اكتمل فحصها. الاتصال: { $done } من أصل { $total ->
    [zero] { $total } عنوان
    [one] عنوان واحد
    [two] عنوانين
    [few] { $total } عناوين
    [many] { $total } عنوانًا
   *[other] { $total } عنوان
  }.
summary-ok = يبدو أن ساعة الكمبيوتر واتصالك بخدمات Microsoft يعملان بشكل سليم.
summary-warn = وجدت الفحوصات أمرًا يستحق الإصلاح.
summary-unknown = تعذّر إكمال بعض الفحوصات؛ راجع التفاصيل أدناه.
summary-fail = وجدت الفحوصات مشكلة قد تمنع Teams من تسجيل الدخول.
# Variables:
#   $code (String) - the error code
summary-go-to-it = الخطأ { $code }: اتصل بقسم تكنولوجيا المعلومات.
summary-go-to-it-why = لا يستطيع إصلاح هذا الخطأ إلا قسم تكنولوجيا المعلومات؛ ويوضح لهم التقرير (الجزء 4) كل ما يحتاجون إليه.
summary-next-step = خطوتك التالية:

## The checks

checks-title = 1. الفحوصات
action-check-again = إعادة الفحص

## The clock check

clock-title = التاريخ والوقت والمنطقة الزمنية
clock-failed = تعذّر فحص الساعة.
clock-comparing = جارٍ مقارنة ساعة الكمبيوتر بساعة الخادم…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = ساعة الكمبيوتر صحيحة ({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = ساعة الكمبيوتر { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = السبب: { $reason }. تحقق من الاتصال واضغط على «إعادة الفحص».
clock-server-time = وقت الخادم
clock-your-computer = الكمبيوتر الخاص بك
clock-time-zone = المنطقة الزمنية
clock-accuracy = الدقة
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } مللي ثانية
clock-refining = (جارٍ تحسين الدقة…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = من المرجّح أن المنطقة الزمنية غير صحيحة.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = الفرق يساوي تقريبًا عددًا صحيحًا من أرباع الساعة، لذا يُرجّح أن الساعة تعرض الوقت المحلي الصحيح ولكن ضمن منطقة زمنية خاطئة. المنطقة الزمنية لهذا الكمبيوتر هي { $zone }. صحّح المنطقة الزمنية أولًا، ثم اترك الساعة تضبط نفسها تلقائيًا.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = تصحيح المنطقة الزمنية على { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = تصحيح التاريخ والوقت على { $os }
clock-coarse-pending = لا يزال القياس الأدق جاريًا.
clock-coarse-date-reused = يكرر هذا الخادم الطابع الزمني نفسه لمدة تصل إلى ثانية، لذا لا تستطيع الصفحة القياس بدقة أعلى من ثانية تقريبًا. وهذا كافٍ تمامًا: فحدود الساعة المعتادة (Kerberos والتحقق من الرموز المميزة) تُقاس بالدقائق لا بالثواني.
clock-coarse-not-verified = تعذّر تأكيد قياس أدق، لذا تكتفي الصفحة بهامش تقريبي يبلغ نحو ثانية. وهذا كافٍ تمامًا: فحدود الساعة المعتادة (Kerberos والتحقق من الرموز المميزة) تُقاس بالدقائق لا بالثواني.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = تختلف بأقل من ثانية
clock-offset-under-a-tenth = تختلف بأقل من عُشر ثانية
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = متقدمة بما بين { $near } و{ $far } ثانية
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = متأخرة بما بين { $near } و{ $far } ثانية
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = تختلف بأقل من { $n ->
    [zero] { $n } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
  }
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = { $amount } تقريبًا
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = متقدمة بمقدار { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = متأخرة بمقدار { $amount }
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } و{ $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [zero] { $n } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
  }

## The connection check

network-title = الاتصال بخدمة تسجيل الدخول من Microsoft
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = جارٍ اختبار الاتصال بخدمات Microsoft… (استجاب { $done } من أصل { $total })
network-progress-label = العناوين التي تم فحصها
network-for-it = لقسم تكنولوجيا المعلومات:
network-table-caption = النتيجة لكل عنوان
network-column-service = الخدمة
network-column-status = الحالة
network-column-time = الوقت
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } مللي ثانية

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = يمكن الوصول إلى خدمة تسجيل الدخول من Microsoft من هذا المستعرض.
network-all-reachable-1 = من المرجّح أن الشبكة سليمة من هنا؛ وتذكر مقالة الدعم أن السبب الأكثر شيوعًا هو بيانات تسجيل الدخول القديمة المحفوظة في ذاكرة التخزين المؤقت لتطبيق Teams نفسه.
network-all-reachable-2 = امسح ذاكرة التخزين المؤقت لتطبيق Teams باستخدام البرنامج النصي أدناه (فهو يحتفظ بنسخة احتياطية).
network-partial = بعض عناوين Microsoft تستجيب، وبعضها لا يستجيب.
network-partial-1 = إذا كنت تستخدم شبكة VPN، فافصلها ثم اضغط على «إعادة الفحص».
network-partial-2 = إذا كانت شركتك تستخدم خادم وكيل أو عامل تصفية للويب، فيجب على قسم تكنولوجيا المعلومات السماح بعناوين Microsoft 365 المدرجة أدناه على أنها فاشلة.
network-partial-3 = أرسل التقرير من هذه الصفحة إلى قسم تكنولوجيا المعلومات: فهو يذكر العناوين التي فشلت.
network-blocked = شبكتك تعمل، لكن عناوين تسجيل الدخول من Microsoft محظورة.
network-blocked-1 = إذا كنت تستخدم شبكة VPN، فافصلها ثم اضغط على «إعادة الفحص».
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = إذا نجح الاتصال دون شبكة VPN، فأبلغ قسم تكنولوجيا المعلومات أن شبكة VPN أو خادم الوكيل يحظر { $host }.
network-blocked-3 = يجب على قسم تكنولوجيا المعلومات إضافة نقاط نهاية Microsoft 365 إلى قائمة السماح (راجع الرابط أدناه).
network-intercepted = جهة أخرى أجابت بدلًا من Microsoft.
network-intercepted-1 = تلقّى هذا المستعرض إجابة لم تأتِ من خدمة تسجيل الدخول من Microsoft: مثل صفحة حظر من عامل تصفية للويب، أو صفحة تسجيل دخول خاصة بخادم وكيل، أو صفحة تسجيل الدخول إلى شبكة Wi-Fi في فندق أو شبكة للضيوف.
network-intercepted-2 = إذا طلبت منك صفحةٌ تسجيل الدخول إلى الشبكة أو قبول شروطها، فافعل ذلك، ثم اضغط على «إعادة الفحص».
network-intercepted-3 = وإلا فجرّب مرة واحدة دون شبكة VPN، أو من شبكة أخرى (مثل نقطة الاتصال في هاتفك).
network-intercepted-4 = أخبر قسم تكنولوجيا المعلومات بما رصده هذا الفحص وأرسل إليهم التقرير: يجب أن تسمح الشبكة بالوصول إلى عناوين تسجيل الدخول من Microsoft.
network-offline = يبدو أن هذا الكمبيوتر غير متصل بالإنترنت.
network-offline-1 = اتصل بشبكة Wi-Fi أو صِل كابل الشبكة أولًا، ثم اضغط على «إعادة الفحص».
network-offline-2 = إذا كانت مواقع الويب الأخرى لا تفتح أيضًا، فأعد تشغيل جهاز التوجيه (الراوتر) أو اطلب المساعدة من قسم تكنولوجيا المعلومات؛ فلا يمكن لتطبيق Teams تسجيل الدخول دون اتصال.
network-endpoints-link = عناوين URL ونطاقات عناوين IP في Microsoft 365
network-tls-caveat = ما لا يستطيع هذا الفحص رؤيته: الشهادات. فخادم الوكيل الخاص بالشركة الذي يفحص حركة المرور المشفرة باستخدام شهادة جذر خاصة به يثق بها هذا الكمبيوتر، يمرّر الإجابة الحقيقية من Microsoft ويبدو هنا كأنه اتصال عادي. ولا يمكن رصد ذلك إلا بفحص يجري على الكمبيوتر نفسه (بقراءة سلسلة الشهادات).
network-path-caveat = قد يستخدم تطبيق Teams مسار شبكة مختلفًا عن هذا المستعرض (مثل خادم الوكيل الخاص بالنظام). ويعيد البرنامج النصي القابل للتنزيل أدناه اختبار العناوين نفسها من Windows أو macOS مباشرةً.

## Status words of one address (core/src/network.rs)

endpoint-running = جارٍ الفحص…
endpoint-ok = يمكن الوصول إليه
endpoint-slow = بطيء
endpoint-fail = فشل
endpoint-timeout = لا توجد إجابة
endpoint-intercepted = تم اعتراضه

## The office.com question

office-title = سؤال واحد
# Variables:
#   $link (String) - a link to office.com
office-ask = افتح { $link } في هذا المستعرض وسجّل الدخول بحساب العمل. هل ينجح ذلك؟
# Variables:
#   $site (String) - office.com
office-group-label = هل ينجح تسجيل الدخول على { $site }؟
office-yes = نعم، ينجح
office-no = لا، يفشل هناك أيضًا
office-unknown = لم أجرّب بعد
# Variables:
#   $site (String) - office.com
office-why = لماذا نسأل: إذا نجح تسجيل الدخول على { $site }، فحسابك يعمل، والمشكلة على الأرجح في تطبيق Teams أو في تسجيل الدخول إلى Windows على هذا الكمبيوتر، وهنا تضع مقالة الدعم ذاكرة التخزين المؤقت لتطبيق Teams في المقام الأول. وإذا فشل هناك أيضًا، فالأرجح أن السبب هو الشبكة أو الحساب، وينبغي أن يتولى قسم تكنولوجيا المعلومات فحص ذلك.

## Your computer: system and Teams version

choice-title = الكمبيوتر الخاص بك
choice-unknown-os = لا يذكر هذا المستعرض نظام التشغيل الذي يعمل عليه. اختر الكمبيوتر الذي يفشل فيه Teams في تسجيل الدخول: فالبرنامج النصي للإصلاح والخطوات مُعدّة له.
choice-mobile = يبدو أنك تستخدم هاتفًا أو جهازًا لوحيًا. الإصلاح مخصص لتطبيق Teams لسطح المكتب: اختر الكمبيوتر الذي يفشل فيه Teams، ثم افتح هذه الصفحة عليه أو أرسل البرنامج النصي إليه.
choice-os-label = نظام التشغيل
choice-os-placeholder = اختر…
choice-detected = (تم اكتشافه من هذا المستعرض — غيّره إذا كان Teams يعمل على كمبيوتر آخر)
choice-client-legend = أي إصدار من Teams؟
choice-client-how-to-tell = كيف تعرف: يحمل Teams الجديد شارة «جديد» أو لا يظهر فيه مفتاح «تجربة Teams الجديد»، وتُظهر أيقونته الحرف «T» على مربع بنفسجي وأبيض؛ أما Teams الكلاسيكي فاسمه «Microsoft Teams classic» في قائمة «ابدأ» أو في مجلد «التطبيقات». لست متأكدًا؟ أبقِ الخيار «كلاهما / لست متأكدًا»: فالبرنامج النصي لا يتعامل إلا مع المجلدات الموجودة.
client-new = Teams الجديد
client-classic = Teams الكلاسيكي
client-both = كلاهما / لست متأكدًا

## The plan

plan-title = 2. ما يجب فعله، بالترتيب
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = أصلحت الخطوة { $n } المشكلة.
plan-fixed-again = إذا عاد الخطأ، فافتح هذه الصفحة مرة أخرى.
plan-none-fixed = لم تُصلح أي خطوة المشكلة. ومعرفة ذلك مفيدة أيضًا: يُرجى الاتصال بمكتب الدعم الفني وإرسال التقرير أدناه إليه (فهو يذكر ما تم فحصه).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = مكتب الدعم الفني: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = الخطوة { $n } من { $total }: { $title }
plan-ask = هل أصلح هذا المشكلة؟
plan-yes = نعم، تم تسجيل الدخول إلى Teams
plan-no-next = لا، الخطوة التالية
plan-no-last = لا، لا تزال المشكلة قائمة
plan-restart = بدء الخطوات من جديد
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = على { $os }
plan-cache-use-script = استخدم البرنامج النصي للإصلاح أدناه: فهو يغلق Teams، وينقل ذاكرة التخزين المؤقت إلى مجلد نسخة احتياطية (فلا يُفقد أي شيء)، ويحتفظ بالخلفيات المخصصة، ثم يعيد تشغيل Teams.
plan-go-to-script = الانتقال إلى البرنامج النصي للإصلاح
plan-by-hand = أو نفّذ ذلك يدويًا
plan-go-to-network = الانتقال إلى فحص الاتصال
plan-connect-how = اتصل بشبكة Wi-Fi أو صِل كابل الشبكة، وتحقق من أن مواقع الويب الأخرى تفتح، ثم اضغط على «إعادة الفحص» في فحص الاتصال أعلاه.
plan-account-send = يستطيع قسم تكنولوجيا المعلومات التحقق بشكل أعمق مما تستطيعه هذه الصفحة. أرسل التقرير أدناه إلى مكتب الدعم الفني.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = يستطيع قسم تكنولوجيا المعلومات التحقق بشكل أعمق مما تستطيعه هذه الصفحة. أرسل التقرير أدناه إلى مكتب الدعم الفني ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = افتح صفحة حالة Microsoft 365 العامة وابحث عن مشكلة حالية في تسجيل الدخول أو في Teams: { $link }. انتظر بضع دقائق، ثم سجّل الدخول إلى Teams مرة أخرى.
plan-go-to-report = الانتقال إلى التقرير
plan-after-cache-intro = قبل أن تتصل بقسم تكنولوجيا المعلومات، أو أثناء انتظارك، نفّذ ما يلي بهذا الترتيب:
plan-help-missing = تعذّر عرض هذه الخطوات: تم إنشاء هذه النسخة من الصفحة دون نصوص التعليمات. يُرجى إبلاغ مكتب الدعم الفني.

## The plan's steps (core/src/plan.rs)

plan-step-time = اضبط التاريخ والوقت والمنطقة الزمنية تلقائيًا
plan-step-network = أوقف تشغيل VPN وتحقق من خادم الوكيل
plan-step-connect = تحقق من الاتصال بالإنترنت
plan-step-tls = تحقق من تشغيل TLS 1.2
plan-step-it = اتصل بقسم تكنولوجيا المعلومات وأرسل التقرير
plan-step-helpdesk = لا تزال المشكلة قائمة؟ أرسل التقرير إلى قسم تكنولوجيا المعلومات
plan-step-service = تحقق من حالة Microsoft 365، ثم حاول مرة أخرى لاحقًا
plan-step-cache-new = امسح ذاكرة التخزين المؤقت لتطبيق Teams الجديد (مع الاحتفاظ بنسخة احتياطية)
plan-step-cache-classic = امسح ذاكرة التخزين المؤقت لتطبيق Teams الكلاسيكي (مع الاحتفاظ بنسخة احتياطية)
plan-step-cache-both = امسح ذاكرة التخزين المؤقت لتطبيق Teams (مع الاحتفاظ بنسخة احتياطية)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = تعذّر على هذا الكمبيوتر الوصول إلى أي موقع ويب أثناء الفحص، ولن ينجح أي شيء آخر حتى يعود الاتصال بالإنترنت.
plan-why-service-helpdesk = إذا استمر الفشل بعد مرور بعض الوقت ولم تُظهر صفحة الحالة أي مشكلة، فأرسل التقرير إلى قسم تكنولوجيا المعلومات: فقد يعطي خادم وكيل الشركة الإجابة نفسها.
# Variables:
#   $site (String) - office.com
plan-why-office-network = يفشل تسجيل الدخول على { $site } أيضًا ولم يصل فحص الاتصال إلى نتيجة بعد، لذا استبعد VPN وخادم الوكيل قبل الاتصال بقسم تكنولوجيا المعلومات.
# Variables:
#   $site (String) - office.com
plan-why-office-it = يفشل تسجيل الدخول على { $site } أيضًا، لذا فالأرجح أن السبب هو الشبكة أو حسابك وليس تطبيق Teams؛ ويستطيع قسم تكنولوجيا المعلومات فحص الاثنين بالاستعانة بالتقرير.
plan-why-network-after-offline = بعد عودة الاتصال بالإنترنت، يكون الأمر التالي الذي يجب استبعاده هو شبكة VPN أو خادم وكيل يحظر خوادم تسجيل الدخول من Microsoft.
plan-why-network-unknown = لم يصل فحص الاتصال إلى نتيجة، وشبكة VPN أو خادم وكيل يحظر خوادم تسجيل الدخول من Microsoft هو السبب الثاني الذي تذكره مقالة الدعم.
plan-why-tls = نادر الحدوث، ويقع غالبًا على أجهزة الكمبيوتر القديمة، لكن إيقاف تشغيل TLS 1.2 على Windows يمنع تسجيل الدخول، والتحقق منه سريع.
plan-why-clock-unknown = تعذّر على الصفحة فحص الساعة، وخطأ التاريخ أو الوقت أو المنطقة الزمنية من الأسباب المعروفة.
plan-why-helpdesk = إذا لم تساعد أي خطوة، فأرسل التقرير من هذه الصفحة إلى مكتب الدعم الفني: فهو يوضح ما تم فحصه.
plan-why-it-generic = هذا الخطأ يحتاج إلى أن يفحصه قسم تكنولوجيا المعلومات.
plan-why-timezone = بالمقارنة مع خادم هذه الصفحة، تختلف الساعة بعدد صحيح من أرباع الساعة: على الأرجح ضُبطت يدويًا ضمن منطقة زمنية خاطئة، لذا فالوقت الفعلي خاطئ أيضًا.
plan-why-clock-fail = بالمقارنة مع خادم هذه الصفحة، تختلف الساعة بأكثر من الحد الذي وضعته مؤسستك (5 دقائق افتراضيًا، وهو الهامش المعتاد في Kerberos وفي التحقق من الرموز المميزة)؛ والساعة الخاطئة قد تؤدي إلى فشل تسجيل الدخول.
plan-why-clock-warn = بالمقارنة مع خادم هذه الصفحة، تختلف الساعة بأكثر من حد التحذير الذي وضعته مؤسستك، وتقترب من الحد الذي قد يفشل عنده تسجيل الدخول.
plan-why-blocked = تعذّر على هذا المستعرض الوصول إلى خوادم تسجيل الدخول من Microsoft بينما استجابت مواقع أخرى، لذا توجد شبكة VPN أو خادم وكيل أو جدار حماية يعترض الطريق.
plan-why-partial = لم تستجب بعض خوادم Microsoft لهذا المستعرض، لذا قد تكون شبكة VPN أو خادم وكيل أو جدار حماية يحظر جزءًا من عملية تسجيل الدخول.
plan-why-intercepted = أجابت جهة أخرى هذا المستعرض بدلًا من Microsoft (صفحة حظر، أو صفحة تسجيل دخول خاصة بخادم وكيل، أو صفحة تسجيل الدخول إلى شبكة Wi-Fi للضيوف)، لذا من المرجّح ألا يتمكن تسجيل الدخول من الوصول إلى Microsoft من هذه الشبكة.
plan-why-network-code = يشير رمز الخطأ إلى الاتصال بخدمات Microsoft، لذا استبعد VPN وخادم الوكيل أولًا.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = ينجح تسجيل الدخول على { $site } وتستجيب خوادم Microsoft، لذا فالسبب المرجّح هو بيانات تسجيل الدخول التي يحفظها تطبيق Teams نفسه؛ وتقدّر المقالة أن مسحها يحل المشكلة في أكثر من 80% من الحالات.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = ينجح تسجيل الدخول على { $site } في هذا المستعرض، لذا فالسبب المرجّح هو بيانات تسجيل الدخول المحفوظة في تطبيق Teams؛ وتقدّر المقالة أن مسحها يحل المشكلة في أكثر من 80% من الحالات.
plan-why-cache = تذكر مقالة الدعم أن بيانات تسجيل الدخول القديمة في ذاكرة التخزين المؤقت لتطبيق Teams هي السبب الأكثر شيوعًا للخطأ CAA20002، وعند مسحها يتم الاحتفاظ بنسخة احتياطية.

## What to keep doing once a step fixed it

plan-keep-time = أبقِ ضبط التاريخ والوقت والمنطقة الزمنية تلقائيًا قيد التشغيل كي تظل الساعة صحيحة.
plan-keep-network = إذا تكررت المشكلة كلما كانت شبكة VPN أو خادم الوكيل قيد التشغيل، فأبلغ قسم تكنولوجيا المعلومات: يجب أن يسمح بعناوين تسجيل الدخول من Microsoft.
plan-keep-cache = بعد أن يعمل Teams بشكل سليم لبضعة أيام، يمكنك حذف مجلد النسخة الاحتياطية.
plan-keep-tls = أبقِ TLS 1.2 قيد التشغيل.
plan-keep-account = يسعدنا أن قسم تكنولوجيا المعلومات حلّ المشكلة.
plan-keep-connect = عاد اتصالك بالإنترنت.
plan-keep-service = عادت الخدمة إلى الاستجابة.

## Next step line in the summary

summary-next-done = تم: من المفترض أن يسجّل Teams الدخول الآن
summary-next-helpdesk = اتصل بمكتب الدعم الفني وأرسل التقرير

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = لا تعرف هذه الصفحة هذا الرمز؛ لكن الإرشادات الخاصة بالرمز { $code } أدناه لا تزال صالحة.
code-unknown = لا تعرف هذه الصفحة هذا الرمز؛ لكن الإرشادات العامة أدناه لا تزال صالحة.
# Variables:
#   $code (String) - the code the user typed
code-updated = تم تحديث الإرشادات والخطوات للرمز { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = الخطأ { $code }: { $meaning }
code-title-general = مشكلات تسجيل الدخول إلى Teams: ما الذي يساعد عادةً
code-for-it = هذا الخطأ من اختصاص قسم تكنولوجيا المعلومات.
code-for-it-why = لن تُصلحه الخطوات الواردة في هذه الصفحة؛ أرسل التقرير الموجود في الجزء 4 أدناه إلى قسم تكنولوجيا المعلومات.
code-more = المزيد حول هذا الخطأ
code-input-label = هل يعرض Teams رمزًا آخر؟ اكتبه أو الصقه هنا
# Variables:
#   $code (String) - an example code
code-input-placeholder = مثل { $code }
code-loading = جارٍ تحميل معنى هذا الرمز…
code-load-failed = تعذّر تحميل معنى هذا الرمز. تحقق من الاتصال وأعد تحميل الصفحة؛ لا تزال الخطوات أدناه صالحة.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — جميع التفاصيل ({ $os })
article-show = عرض المقالة كاملة: الأعراض، والأسباب، وجميع الحلول، والروابط
article-solutions = الحلول
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. البرنامج النصي للإصلاح
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. البرنامج النصي للإصلاح لنظام { $os }
script-choose-os = اختر نظام التشغيل ضمن «الكمبيوتر الخاص بك» أعلاه للحصول على البرنامج النصي الذي يمسح ذاكرة التخزين المؤقت لتطبيق Teams بأمان.
script-preparing = جارٍ إعداد البرنامج النصي… سيظهر هنا عندما تصل الفحوصات أعلاه إلى نتائجها.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = تعذّر إعداد البرنامج النصي هنا ({ $reason }). حاول مرة أخرى، أو نزّل البرنامج النصي الجاهز أدناه؛ فخطوات الخطة تعمل بدونه.
action-try-again = إعادة المحاولة
# Variables:
#   $file (String) - the script's file name
script-download-static = تنزيل البرنامج النصي الجاهز ({ $file }، بالخيارات الافتراضية)
script-static-note = يمسح البرنامج النصي الجاهز ذاكرة التخزين المؤقت لكلا إصداري Teams بالخطوات الافتراضية. شغّله باستخدام:

## The report for the helpdesk

report-title = 4. تقرير لمكتب الدعم الفني
report-intro = إذا احتجت إلى مساعدة، فأرسل هذا التقرير: فهو يذكر ما قاسته هذه الصفحة، فلا يحتاج قسم تكنولوجيا المعلومات إلى أن يسألك عنه. لا يحتوي التقرير على أي اسم أو حساب أو كلمة مرور. ولا ترسل هذه الصفحة أي شيء من تلقاء نفسها.
report-copy = نسخ التقرير
report-download = تنزيل التقرير (JSON)
report-email = مراسلة مكتب الدعم الفني بالبريد الإلكتروني
report-copied = تم نسخ التقرير: الصقه في رسالتك إلى مكتب الدعم الفني.
# Variables:
#   $file (String) - the file's name
report-saved = تم حفظ { $file } في مجلد «التنزيلات».
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = لم يبدأ التنزيل ({ $reason })؛ استخدم «نسخ التقرير» بدلًا من ذلك.
report-notes-legend = اختياري: ساعد قسم تكنولوجيا المعلومات في العثور على محاولة تسجيل الدخول الخاصة بك
report-error-time-label = متى ظهر الخطأ؟
report-error-time-note = بالتوقيت المحلي لجهاز الكمبيوتر؛ ويذكر التقرير منطقته الزمنية.
report-correlation-label = معرّف الارتباط (يعرضه Teams أسفل الخطأ)
report-correlation-note = انسخه من نافذة الخطأ في Teams؛ فهو يحدد المحاولة في سجلات تسجيل الدخول لدى Microsoft.
# Variables:
#   $example (String) - an example date and time
report-refused-time = لا تستطيع هذه الصفحة قراءة هذا التاريخ والوقت. استخدم منتقي التاريخ، أو اكتبه بهذا الشكل: { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = هذا ليس معرّف ارتباط. يتكون المعرّف من حروف وأرقام بنمط 8-4-4-4-12، مثل { $example }.
report-show = عرض التقرير
report-text-label = نص التقرير
report-json-label = التقرير بتنسيق JSON
copy-blocked-report = منع المستعرض النسخ: حدد نص التقرير واضغط على Ctrl+C (أو ⌘C على Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = المساعدة: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = الفحص الذاتي لتسجيل الدخول إلى Teams { $version }. لا ترسل هذه الصفحة أي شيء إلى أي مكان: فالفحوصات تسأل خوادم Microsoft فقط عمّا إذا كانت تستجيب، ويبقى التقرير في المستعرض إلى أن ترسله أنت.

## Loading the texts that come after the checks

later-loading = جارٍ التحميل…
later-failed = تعذّر تحميل هذا الجزء. تحقق من الاتصال وأعد تحميل الصفحة.
