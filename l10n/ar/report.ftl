### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = تقرير الفحص الذاتي لتسجيل الدخول إلى Teams ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = تاريخ الإنشاء: { $time } (إصدار الصفحة { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = الكمبيوتر: { $os }، { $client }؛ لغة المستعرض: { $language }؛ المنطقة الزمنية: { $zone } (UTC{ $offset })
report-os-not-chosen = لم يتم اختيار نظام التشغيل
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = الساعة: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = الساعة: { $status }، وقت الكمبيوتر ناقص وقت الخادم = { $ms } مللي ثانية (± { $uncertainty } مللي ثانية)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = ، قياس تقريبي: { $reason }
report-clock-timezone = ، من المرجّح أن المنطقة الزمنية خاطئة
# Variables:
#   $status (String) - the check's status
report-clock-status = الساعة: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = الشبكة: { $status }، النمط: { $pattern }
report-not-finished = لم يكتمل
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = تسجيل الدخول على { $site } ينجح في هذا المستعرض: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = الخطوات المقترحة: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = خطوات جُرّبت دون نجاح: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = الخطوة التي أصلحت المشكلة: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = أول ظهور للخطأ: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = معرّف الارتباط الذي عرضه Teams: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = مشكلات في إعدادات الصفحة: { $problems }
report-mail-subject = مشكلة في تسجيل الدخول إلى Teams (تقرير الفحص الذاتي)
report-mail-shortened = … (تم الاختصار: استخدم «نسخ التقرير» للحصول على النص الكامل)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = لا توجد إجابة بعد { $duration }: من المرجّح أن الاتصال يُسقَط بصمت (جدار حماية أو VPN أو خادم وكيل).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = لا توجد إجابة خلال { $duration }: من المرجّح أن الاتصال يُسقَط بصمت (جدار حماية أو VPN أو خادم وكيل).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = فشل بعد { $duration }: تم رفض الاتصال أو لم يتم العثور على العنوان (حظر، أو عدم توفر DNS، أو عدم وجود شبكة، أو شهادة لا يثق بها المستعرض).
endpoint-detail-intercepted = أجابت جهة أخرى بدلًا من Microsoft: الإجابة ليست تكوين تسجيل الدخول الخاص بـ Microsoft (مثل صفحة حظر، أو صفحة تسجيل دخول خاصة بخادم وكيل، أو صفحة تسجيل الدخول إلى شبكة Wi-Fi في فندق أو شبكة للضيوف).
endpoint-detail-unreadable = تمت الإجابة، لكن لم يُسمح لهذا المستعرض بقراءة الإجابة، لذا لا تستطيع الصفحة التحقق من أنها جاءت من خدمة تسجيل الدخول من Microsoft (فصفحة حظر من خادم وكيل ستبدو هنا بالشكل نفسه).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = تمت الإجابة، ولكن ببطء ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = تمت الإجابة خلال { $ms } مللي ثانية.
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } مللي ثانية
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } ثانية

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = تسجيل الدخول إلى Microsoft Entra
endpoint-label-login-alt = تسجيل الدخول إلى Microsoft (عنوان بديل)
endpoint-label-aadcdn-msauth = ملفات صفحة تسجيل الدخول
endpoint-label-aadcdn-msftauth = ملفات صفحة تسجيل الدخول (عنوان بديل)
endpoint-label-teams = خدمة Teams
endpoint-label-teams-cloud = خدمة Teams (العنوان الجديد)
endpoint-label-teams-statics = ملفات تطبيق Teams
# same as English: the product's name
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = تسجيل الدخول إلى Microsoft Entra (حكومة الولايات المتحدة)
endpoint-label-teams-usgov = خدمة Teams (حكومة الولايات المتحدة)
endpoint-label-graph-usgov = Microsoft Graph (حكومة الولايات المتحدة)
endpoint-label-login-china = تسجيل الدخول إلى Microsoft Entra (21Vianet)
endpoint-label-login-partner-china = تسجيل الدخول إلى Microsoft Entra (21Vianet، شريك)
# same as English: the product's name and the operator's name (21Vianet)
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = خادم هذه الصفحة
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = فشل الطلب: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = لا توجد إجابة خلال { $ms } مللي ثانية
# Variables:
#   $status (Number) - the HTTP status code
error-http = أجاب الخادم برمز الحالة HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = رفض المستعرض: { $detail }
error-missing-date = لم تتضمن إجابة الخادم الرأس Date
# Variables:
#   $value (String) - the header's value
error-bad-date = تعذّرت قراءة الرأس Date في إجابة الخادم: { $value }
error-no-samples = لا توجد قياسات للساعة يمكن الاعتماد عليها
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = ليس بتنسيق JSON صالح في السطر { $line }، العمود { $column }
error-texts = تتعذّر قراءة نصوص الصفحة

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = الملف { $file } ليس بتنسيق JSON صالح (السطر { $line }، العمود { $column })؛ يتم استخدام القيم الافتراضية المضمّنة
# Variables:
#   $file (String) - config.json
config-not-object = يجب أن يكون الملف { $file } كائن JSON { "{" } … { "}" }؛ يتم استخدام القيم الافتراضية المضمّنة
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = تعذّر تحميل الملف { $file } ({ $reason })؛ يتم استخدام القيم الافتراضية المضمّنة
config-must-be-object = يجب أن تكون القيمة كائنًا { "{" } … { "}" }؛ يتم استخدام القيم الافتراضية
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = القيمة أطول من { $max ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
  }، لذا تم تجاهلها
config-control-characters = تحتوي القيمة على فواصل أسطر أو أحرف تحكم، لذا تم تجاهلها
config-not-text = يجب أن تكون القيمة نصًا بين علامتي اقتباس، لذا تم تجاهلها
config-not-email = القيمة ليست عنوان بريد إلكتروني، لذا تم تجاهلها
config-not-phone = يمكن أن تحتوي القيمة على أرقام ومسافات والأحرف + - ( ) . / فقط، لذا تم تجاهلها
# Variables:
#   $https (String) - https://
config-not-https = يجب أن تكون القيمة عنوان ويب يبدأ بـ { $https }، لذا تم تجاهلها
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = يجب أن تكون القيمة بين { $min } و{ $max }؛ يتم استخدام القيمة الافتراضية
config-not-number = يجب أن تكون القيمة رقمًا؛ يتم استخدام القيمة الافتراضية
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = يجب أن يكون { $warn_key } ({ $warn } ثانية) أصغر من { $fail_key } ({ $fail } ثانية)؛ يتم استخدام القيمتين الافتراضيتين { $default_warn } ثانية و{ $default_fail } ثانية
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = يجب أن تكون القيمة مسارًا على خادم هذه الصفحة نفسه (مثل { $default })، لأن المستعرضات تُخفي وقت الخوادم الأخرى؛ يتم استخدام { $default }
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = يجب أن تكون القيمة إحدى القيم التالية: { $choices }؛ يتم استخدام { $default }
config-no-usable-endpoint = لا يوجد أي إدخال صالح للاستخدام؛ يتم استخدام نقاط نهاية Microsoft المضمّنة
config-not-list = يجب أن تكون القيمة قائمة [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = («{ $id }») يكرر معرّفًا مستخدمًا بالفعل؛ تم تخطي هذا الإدخال
config-entry-not-object = يجب أن يكون الإدخال كائنًا يحتوي على id وlabel وurl؛ تم تخطي هذا الإدخال
config-bad-id = قيمة id في الإدخال ليست من 1 إلى 32 من الأحرف أو الأرقام أو - أو _؛ تم تخطي هذا الإدخال
config-no-id = لا يحتوي الإدخال على id؛ تم تخطي هذا الإدخال
# Variables:
#   $id (String) - the reserved id
config-reserved-id = يستخدم الإدخال المعرّف المحجوز «{ $id }» (يتم دائمًا فحص خادم هذه الصفحة نفسه)؛ تم تخطي هذا الإدخال
# Variables:
#   $id (String) - the entry's id
config-no-url = («{ $id }») لا يحتوي على url؛ تم تخطي هذا الإدخال
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = («{ $id }») { $reason }؛ تم تخطي هذا الإدخال
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = («{ $id }») يستخدم { $http }، ولا يمكن لصفحة مقدَّمة عبر HTTPS اختباره (استخدم { $https })؛ تم تخطي هذا الإدخال
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = («{ $id }») يحتوي على قيمة «expect» غير معروفة (استخدم { $choices })؛ تم تخطي هذا الإدخال
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = («{ $id }») قيمة «expect» فيه ليست نصًا؛ تم تخطي هذا الإدخال
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = ليست لغة متوفرة في هذه الصفحة ({ $choices })؛ يتم استخدام الإنجليزية

## What is wrong with a URL (core/src/url.rs)

url-too-long = عنوان URL أطول من 2000 حرف
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = يجب أن يبدأ عنوان URL بـ { $https } (أو { $http })
url-userinfo = يجب ألا يحتوي عنوان URL على اسم مستخدم أو كلمة مرور
url-bad-host = المضيف في عنوان URL غير صالح
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = يحتوي عنوان URL على أحرف غير مسموح بها (علامات اقتباس، ومسافات، و{ $chars } …)
