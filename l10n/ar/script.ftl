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
script-run-terminal = ثم شغّله باستخدام هذا الأمر (بعد التنزيل، في Terminal):
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
