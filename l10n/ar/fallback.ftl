### The guidance written into each language's page for when the automatic checks cannot run
### (core/src/prerender.rs): the steps for every system, the ready-made scripts, and a notice
### that says why the checks did not start. The notice's second part is for IT.

fallback-loading = جارٍ تحميل الفحوصات التلقائية… والخطوات أدناه تعمل بدونها.
fallback-fix-title = أصلح المشكلة بنفسك
fallback-fix-intro = انتقل إلى الخطوات الخاصة بالكمبيوتر الذي تستخدمه. جرّب الحلول بالترتيب؛ وبعد كل حل، حاول تسجيل الدخول إلى Teams مرة أخرى.
# Variables:
#   $os (String) - Windows, macOS or Linux
fallback-on-os = على { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
#   $file (String) - the script's file name
fallback-download = تنزيل البرنامج النصي للإصلاح لنظام { $os } ({ $file })
fallback-script-does = ما يفعله البرنامج النصي:
fallback-run-with = بعد التنزيل، شغّله باستخدام:
fallback-helpdesk-title = لا تزال المشكلة قائمة؟ اتصل بمكتب الدعم الفني
# Variables:
#   $code (String) - CAA20002
fallback-helpdesk-tell = أخبرهم أن Teams يعرض الخطأ { $code }، وأي الخطوات المذكورة أعلاه جرّبتها.
fallback-email = البريد الإلكتروني:
fallback-phone = الهاتف:
fallback-web = الويب:

## When the automatic checks cannot start

no-wasm-title = لا يمكن تشغيل الفحوصات التلقائية في هذا المستعرض
no-wasm-text = لا تزال الخطوات أدناه صالحة: اتبع الخطوات الخاصة بالكمبيوتر الذي تستخدمه، أو نزّل البرنامج النصي للإصلاح الخاص به. إذا لم تساعد، فاتصل بمكتب الدعم الفني وأخبرهم بهذه الرسالة.
no-wasm-for-it = لقسم تكنولوجيا المعلومات: السبب المرجّح
no-wasm-details = التفاصيل:
# Variables:
#   $policy (String) - the policy's name and value
#   $allow (String) - the policy that allows it per site
no-wasm-cause-no-wasm = تم إيقاف WebAssembly في هذا المستعرض. يفعل Microsoft Edge ذلك في وضع الأمان المحسّن (المستوى «صارم») وعند تطبيق النهج «Control use of JavaScript JIT» ({ $policy }). الحل: اسمح باستخدام JIT لهذا الموقع عبر النهج { $allow }، أو أضف هذا الموقع كاستثناء من وضع الأمان المحسّن.
# Variables:
#   $pref (String) - javascript.options.wasm
no-wasm-cause-firefox = يفعل Firefox ذلك عندما تكون قيمة التفضيل { $pref } هي false (بتعيينها يدويًا أو عبر نهج مؤسسي): أعِد تعيينها إلى true.
# Variables:
#   $extension (String) - .wasm
#   $error (String) - IIS's error number
#   $config (String) - web.config
#   $mapping (String) - the line that maps the file type
#   $page (String) - index.html
no-wasm-cause-missing = لم يقدّم الخادم ملف WebAssembly الخاص بالصفحة ({ $extension }). على IIS، يكون السبب عادةً غياب تعيين MIME (الخطأ { $error }): إذ يضيفه الملف { $config } الموجود بجوار { $page } ({ $mapping })؛ تحقق من أنه تم رفعه إلى الخادم وأن الموقع مسموح له باستخدامه. وإلا فارفع جميع ملفات البناء، وليس { $page } فقط.
# Variables:
#   $extension (String) - .wasm
#   $type (String) - application/wasm
#   $config (String) - web.config
#   $types (String) - nginx's mime.types
no-wasm-cause-mime = يرسل الخادم ملف { $extension } الخاص بالصفحة بقيمة Content-Type خاطئة. يجب أن تكون القيمة { $type } (في IIS: تعيين MIME في { $config }؛ وفي nginx: الإدخال في { $types }).
# Variables:
#   $keyword (String) - 'wasm-unsafe-eval'
#   $file (String) - csp.txt
#   $page (String) - index.html
no-wasm-cause-csp = يمنع نهج Content-Security-Policy الخاص بالموقع تشغيل WebAssembly. أضف { $keyword } إلى script-src؛ ويحتوي الملف { $file } الموجود بجوار { $page } على النهج الكامل الذي يحتاجه هذا البناء.
no-wasm-cause-startup = فشلت التعليمات البرمجية للصفحة أثناء بدء التشغيل. أعد تحميل الصفحة مرة واحدة؛ وإذا استمرت المشكلة، فأرسل إلى قسم تكنولوجيا المعلومات التفاصيل أدناه واسم المستعرض وإصداره.
