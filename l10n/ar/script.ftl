### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = يفعل البرنامج النصي أدناه هذا بالضبط — لا شيء غير ذلك، ولا شيء دون أن يسألك أولًا:
script-steps-legend = خطوات البرنامج النصي
# Variables:
#   $file (String) - the script's file name
script-downloaded = تم تنزيل { $file } — ستجده في مجلد «التنزيلات».
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = لم يبدأ التنزيل ({ $reason }). استخدم «نسخ البرنامج النصي» واحفظ النص باسم { $file }.
script-copied = تم نسخ البرنامج النصي.
command-copied = تم نسخ الأمر.
copy-blocked-script = منع المستعرض النسخ: حدد البرنامج النصي واضغط على Ctrl+C (أو ⌘C على Mac).
copy-blocked-command = منع المستعرض النسخ: حدد الأمر واضغط على Ctrl+C (أو ⌘C على Mac).
# Variables:
#   $file (String) - the script's file name
script-download = تنزيل { $file }
script-copy = نسخ البرنامج النصي
# Variables:
#   $program (String) - PowerShell
script-run-windows = ثم شغّله باستخدام هذا الأمر (بعد التنزيل، في نافذة PowerShell: قائمة «ابدأ» ← اكتب { $program } ← Enter):
script-run-macos = ثم شغّله باستخدام هذا الأمر (بعد التنزيل، في Terminal: التطبيقات ← الأدوات ← Terminal):
script-run-linux = ثم شغّله باستخدام هذا الأمر (بعد التنزيل، في نافذة طرفية):
script-copy-command = نسخ الأمر
# Variables:
#   $file (String) - the script's file name
script-old-copy = هل نزّلته من قبل؟ احذف النسخة القديمة أولًا: فالمستعرض سيحفظ النسخة الجديدة باسم { $file } مع إضافة رقم إليه، وسيشغّل الأمر أعلاه النسخة القديمة.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = هل تريد أن ترى أولًا ما سيفعله؟ أضف { $flag } في نهاية الأمر: عندها لن يغيّر أي شيء، بل سيعرض كل إجراء سيقوم به.
# Variables:
#   $n (Number) - how many lines the script has
script-read = اقرأ البرنامج النصي قبل تشغيله ({ $n ->
    [zero] { $n } سطر
    [one] سطر واحد
    [two] سطران
    [few] { $n } أسطر
    [many] { $n } سطرًا
   *[other] { $n } سطر
  })
script-text-label = نص البرنامج النصي
# Shown when For IT chose the unattended variant.
script-unattended-chosen = هذه هي الصيغة غير المراقَبة، التي تم اختيارها في لوحة «لقسم تكنولوجيا المعلومات»: وهي مخصصة للتشغيل عبر Intune أو Jamf أو أدوات أخرى، وليس للتشغيل اليدوي.
# Windows only. Shown under the command.
script-execution-policy = إذا ردّ PowerShell بأنه لا يمكن تحميل الملف لأنه غير موقّع رقميًا (is not digitally signed)، فهذا يعني أن مؤسستك لا تسمح إلا بالبرامج النصية الموقّعة. لم يتم تشغيل أي شيء أو تغييره. اطلب من قسم تكنولوجيا المعلومات نسخة موقّعة من البرنامج النصي، أو اطلب منهم تشغيله لك عبر أداة إدارة الأجهزة لديهم.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = إغلاق Teams أولًا
script-option-clear = مسح ذاكرة التخزين المؤقت لتطبيق Teams
script-option-clear-note = تُنقل إلى مجلد نسخة احتياطية يمكنك الاستعادة منه
script-option-delete = حذف ذاكرة التخزين المؤقت بدلًا من الاحتفاظ بنسخة احتياطية
script-option-delete-note = لا يمكن التراجع عن ذلك؛ فقط إذا كان القرص ممتلئًا
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = إعادة تعيين تطبيق Teams الجديد ({ $command })
script-option-reset-note = يمحو كل بيانات Teams الجديد على هذا الكمبيوتر، بما فيها الخلفيات المخصصة؛ فقط إذا لم يُفِد مسح ذاكرة التخزين المؤقت
script-option-retest = إعادة فحص الوقت وخادم الوكيل وشبكة VPN وعناوين Microsoft من الكمبيوتر نفسه
script-option-tls = التحقق من إعدادات TLS 1.2 / 1.3 (يسأل قبل تغيير أي شيء)
script-option-time = مزامنة الساعة (يطلب صلاحيات المسؤول لهذا الأمر وحده؛ ومن دونها يفتح إعدادات التاريخ والوقت)
script-option-restart = تشغيل Teams مرة أخرى في النهاية
script-option-unattended = إنشاء البرنامج النصي للإصلاح بالصيغة غير المراقَبة، للتشغيل عبر Intune أو Jamf أو أدوات أخرى
script-option-unattended-note = لا يسأل عن أي شيء، ويكتب سجله في ملف ثابت، ويُبلغ عن النتيجة برمز الخروج

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = هذه هي الصيغة غير المراقَبة للتشغيل عبر Intune أو أدوات أخرى: لا يسأل البرنامج النصي عن أي شيء، وينفّذ ما تم اختياره هنا، ويكتب سجله في { $folder }، ويُبلغ عن النتيجة برمز الخروج. وإذا بدأ تشغيله في إصدار 32 بت من PowerShell، فإنه يعيد تشغيل نفسه في إصدار 64 بت.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = هذه هي الصيغة غير المراقَبة للتشغيل عبر Jamf أو أدوات أخرى: لا يسأل البرنامج النصي عن أي شيء، وينفّذ ما تم اختياره هنا، ويكتب سجله في { $folder } داخل المجلد الرئيسي للمستخدم، ويُبلغ عن النتيجة برمز الخروج. وعند تشغيله بحساب root دون نافذة طرفية (كما يشغّله Jamf)، يعمل لحساب المستخدم الذي سجّل الدخول أمام الشاشة، ولا يفعل شيئًا إذا لم يكن أحد قد سجّل الدخول.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = هذه هي الصيغة غير المراقَبة لأدوات الإدارة: لا يسأل البرنامج النصي عن أي شيء، وينفّذ ما تم اختياره هنا، ويكتب سجله في { $folder } داخل المجلد الرئيسي للمستخدم، ويُبلغ عن النتيجة برمز الخروج. ويجب تشغيله بحساب المستخدم نفسه.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = يعرض أولًا ما سيفعله ويسألك قبل تغيير أي شيء. أضف { $flag } لعرض الخطة فقط.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = يغلق Microsoft Teams (نوافذ Teams وعملياته في الخلفية الخاصة بك فقط)، ويفرض إيقافه إذا لم يُغلق بعد { $seconds ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
  }.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = يحذف بيانات تسجيل الدخول المحفوظة لتطبيق Teams وذاكرة التخزين المؤقت الخاصة به ({ $folders }). لا يمكن التراجع عن ذلك.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = ينقل بيانات تسجيل الدخول المحفوظة لتطبيق Teams وذاكرة التخزين المؤقت الخاصة به ({ $folders }) إلى مجلد نسخة احتياطية واحد في { $folder } (ملف التعريف المحلي الخاص بك، الذي لا يُنقل إلى أجهزة أخرى)، بحيث يمكنك التراجع عن ذلك؛ ويعرض البرنامج النصي أمر التراجع بالضبط.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = ينقل بيانات تسجيل الدخول المحفوظة لتطبيق Teams وذاكرة التخزين المؤقت الخاصة به ({ $folders }) إلى مجلد نسخة احتياطية واحد في المجلد الرئيسي الخاص بك، بحيث يمكنك التراجع عن ذلك؛ ويعرض البرنامج النصي أمر التراجع بالضبط.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = يحتفظ { $n ->
    [zero] بأحدث { $n } مجلد للنسخ الاحتياطية
    [one] بأحدث مجلد نسخة احتياطية
    [two] بأحدث مجلدين للنسخ الاحتياطية
    [few] بأحدث { $n } مجلدات للنسخ الاحتياطية
    [many] بأحدث { $n } مجلدًا للنسخ الاحتياطية
   *[other] بأحدث { $n } مجلد للنسخ الاحتياطية
  }: بعد كل تشغيل ناجح يزيل المجلدات الأقدم ويذكر ذلك.
script-does-keep-backgrounds = يحتفظ بخلفيات الاجتماعات المخصصة الخاصة بك.
script-does-needs-closed = لا يلمس ذاكرة التخزين المؤقت إذا كان Teams لا يزال قيد التشغيل: أغلق Teams أولًا.
script-does-reset = يعيد تعيين تطبيق Teams الجديد، كما يفعل الزر «إعادة تعيين» في الإعدادات > التطبيقات > التطبيقات المثبتة > Microsoft Teams > «خيارات متقدمة». يمحو ذلك كل بيانات Teams الجديد على هذا الكمبيوتر: تسجيل الدخول والإعدادات وذاكرة التخزين المؤقت وخلفيات الاجتماعات المخصصة (تبقى الدردشات والملفات والاجتماعات في Microsoft 365). يسأل أولًا؛ ولا يمكن التراجع عن ذلك. وحيث يفتقر Windows 10 إلى أمر إعادة التعيين، يفتح الإعدادات > التطبيقات بدلًا من ذلك.
script-does-reset-unattended = يعيد تعيين تطبيق Teams الجديد، كما يفعل الزر «إعادة تعيين» في الإعدادات > التطبيقات > التطبيقات المثبتة > Microsoft Teams > «خيارات متقدمة». يمحو ذلك كل بيانات Teams الجديد على هذا الكمبيوتر: تسجيل الدخول والإعدادات وذاكرة التخزين المؤقت وخلفيات الاجتماعات المخصصة (تبقى الدردشات والملفات والاجتماعات في Microsoft 365). لا يسأل؛ ولا يمكن التراجع عن ذلك. وحيث يفتقر Windows 10 إلى أمر إعادة التعيين، يفتح الإعدادات > التطبيقات بدلًا من ذلك.
script-does-retest = يتحقق، دون تغيير أي شيء، مما إذا كان هذا الكمبيوتر يستطيع الوصول إلى عناوين تسجيل الدخول من Microsoft، ويُبلغ عن إعدادات خادم الوكيل وشبكة VPN لديك وعمّا إذا كانت ساعتك صحيحة.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = ويقرأ أيضًا ما لا يستطيع المستعرض رؤيته: المرجع المصدق للشهادة التي يتلقاها Windows من عنوان تسجيل الدخول من Microsoft (وهناك يظهر فحص TLS الذي تجريه الشركة)، وما إذا كانت صفحة تسجيل دخول إلى شبكة Wi-Fi تعترض الطريق، وكيف تم تسجيل هذا الجهاز لدى Microsoft ({ $command }).
script-does-retest-macos = ويقرأ أيضًا ما لا يستطيع المستعرض رؤيته: المرجع المصدق للشهادة التي يتلقاها جهاز Mac هذا من عنوان تسجيل الدخول من Microsoft (وهناك يظهر فحص TLS الذي تجريه الشركة)، وما إذا كانت صفحة تسجيل دخول إلى شبكة Wi-Fi تعترض الطريق، وعناصر تسجيل الدخول الخاصة بتطبيق Teams الموجودة في سلسلة المفاتيح لديك (الأسماء فقط؛ لا تُقرأ أي كلمة مرور).
script-does-retest-linux = ويقرأ أيضًا ما لا يستطيع المستعرض رؤيته: المرجع المصدق للشهادة التي يتلقاها هذا الكمبيوتر من عنوان تسجيل الدخول من Microsoft (وهناك يظهر فحص TLS الذي تجريه الشركة)، وما إذا كانت صفحة تسجيل دخول إلى شبكة Wi-Fi تعترض الطريق.
script-does-tls = يتحقق من إعدادات TLS الخاصة بنظام Windows نفسه، والتي تستخدمها خدمة تسجيل الدخول (أما نافذة Teams نفسها فتتجاهلها): يجب أن يكون TLS 1.2 مفعّلًا. إذا كان معطّلًا في إعداداتك، يعرض عليك تفعيله (وكذلك TLS 1.3 على Windows 11)؛ يسأل أولًا، والإجابة الافتراضية هي «لا»، ويسجّل الإعداد القديم في السجل.
script-does-tls-unattended = يتحقق من إعدادات TLS الخاصة بنظام Windows نفسه، والتي تستخدمها خدمة تسجيل الدخول (أما نافذة Teams نفسها فتتجاهلها): يجب أن يكون TLS 1.2 مفعّلًا. إذا كان معطّلًا في إعدادات المستخدم نفسه، يفعّله دون أن يسأل (وكذلك TLS 1.3 على Windows 11)، ويسجّل الإعداد القديم في السجل.
script-does-time-windows = يزامن ساعتك: يطلب منك Windows صلاحيات المسؤول لهذا الأمر وحده (ويعمل الباقي بحسابك). إذا رفضت، يفتح لك إعدادات التاريخ والوقت.
script-does-time-macos = يضبط ساعتك من خادم الوقت لدى Apple إذا كنت مسؤولًا على هذا الجهاز (يطلب كلمة المرور)؛ وإلا فيفتح إعدادات التاريخ والوقت.
script-does-time-linux = يفعّل ضبط الوقت التلقائي إذا كان مسموحًا لك باستخدام sudo (يطلب كلمة المرور)؛ وإلا فيخبرك أين يمكنك تفعيله.
script-does-time-unattended-windows = يزامن الساعة فقط عندما يعمل بصلاحيات المسؤول (ولا يطلبها)؛ وإلا فيذكر ذلك في السجل.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = يضبط الساعة فقط عندما لا يحتاج { $command } إلى كلمة مرور على هذا الكمبيوتر؛ وإلا فيذكر ذلك في السجل.
script-does-restart = يشغّل Teams مرة أخرى في النهاية، لتتمكن من تسجيل الدخول من جديد.
script-does-no-admin = لا يحتاج إلى صلاحيات المسؤول، ويكتب ملف سجل في مجلد النسخة الاحتياطية.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = يكتب ملف سجل في مجلد النسخة الاحتياطية.
script-does-not-installed = إذا لم يكن Teams مثبتًا، يذكر ذلك، ويتخطى خطوات Teams، وينفّذ الخطوات الأخرى.
script-does-nothing = لا يفعل شيئًا: لم يتم تحديد أي خطوة.
script-does-change-nothing = لا يغيّر أي شيء على الكمبيوتر.
