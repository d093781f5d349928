### The fix script's panel (src/views/script.rs, core/src/script): loaded with the script
### generator, after the checks. The scripts themselves stay in English (IT reads and signs
### them); these texts explain them in the reader's language. Commands, file names and
### options such as -WhatIf are variables and stay as they are.

script-does-exactly = The script below does exactly this — nothing else, and nothing without asking you first:
script-steps-legend = Steps in the script
# Variables:
#   $file (String) - the script's file name
script-downloaded = Downloaded { $file } — see your Downloads folder.
# Variables:
#   $reason (String) - why, from the error-… messages
#   $file (String) - the script's file name
script-download-failed = The download did not start ({ $reason }). Use "Copy script" and save the text as { $file }.
script-copied = Script copied.
command-copied = Command copied.
copy-blocked-script = Copying was blocked by the browser: select the script and press Ctrl+C (⌘C on a Mac).
copy-blocked-command = Copying was blocked by the browser: select the command and press Ctrl+C (⌘C on a Mac).
# Variables:
#   $file (String) - the script's file name
script-download = Download { $file }
script-copy = Copy script
# Variables:
#   $program (String) - PowerShell
script-run-windows = Then run it with this command (after downloading, in a PowerShell window: Start menu → type { $program } → Enter):
script-run-terminal = Then run it with this command (after downloading, in Terminal):
script-copy-command = Copy command
# Variables:
#   $file (String) - the script's file name
script-old-copy = Downloaded it before? Delete the old copy first: your browser would save the new one as { $file } with a number added, and the command above would run the old one.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-dry-run = Want to see first what it would do? Add { $flag } at the end of the command: it then changes nothing and prints every action.
# Variables:
#   $n (Number) - how many lines the script has
script-read = Read the script before running it ({ $n ->
    [one] { $n } line
   *[other] { $n } lines
  })
script-text-label = Script text
