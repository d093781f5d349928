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
script-run-macos = Then run it with this command (after downloading, in Terminal: Applications → Utilities → Terminal):
script-run-linux = Then run it with this command (after downloading, in a terminal window):
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
# Shown when For IT chose the unattended variant.
script-unattended-chosen = This is the unattended variant, chosen under For IT: it is meant for Intune, Jamf or other tools, not for running by hand.
# Windows only. Shown under the command.
script-execution-policy = If PowerShell answers that the file cannot be loaded because it is not digitally signed, your organization allows only signed scripts. Nothing was run or changed. Ask your IT department for a signed copy of the script, or ask them to run it for you through their device management.

## The steps to choose (core/src/script/actions.rs): a label, some with a short note after it.

script-option-stop = Close Teams first
script-option-clear = Clear the Teams cache
script-option-clear-note = moved to a backup folder you can restore
script-option-delete = Delete the cache instead of keeping a backup
script-option-delete-note = no way back; only if the disk is full
# Variables:
#   $command (String) - Reset-AppxPackage
script-option-reset = Reset the new Teams app ({ $command })
script-option-reset-note = erases all of new Teams' data on this computer, custom backgrounds included; only if clearing the cache did not help
script-option-retest = Re-test time, proxy, VPN and Microsoft's addresses from the computer itself
script-option-tls = Check the TLS 1.2 / 1.3 settings (asks before changing anything)
script-option-time = Sync the clock (asks for administrator rights for that one command; without them, opens the Date & Time settings)
script-option-restart = Start Teams again at the end
script-option-unattended = Make the fix script the unattended variant, for Intune, Jamf or other tools
script-option-unattended-note = it asks nothing, writes its log to a fixed file and tells the result by its exit code

## What the chosen script does, one bullet each (core/src/script/describe.rs). "It" is the
## script. Folder names and commands are variables.

# Variables:
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-unattended-windows = This is the unattended variant for Intune or other tools: it asks nothing, does what is chosen here, writes its log to { $folder }, and tells the result by its exit code. Started in 32-bit PowerShell, it runs itself again in the 64-bit one.
# Variables:
#   $folder (String) - Library/Logs
script-does-unattended-macos = This is the unattended variant for Jamf or other tools: it asks nothing, does what is chosen here, writes its log to { $folder } in the user's home folder, and tells the result by its exit code. Run as root without a terminal (as Jamf runs it), it acts for the user signed in at the screen, and does nothing when nobody is.
# Variables:
#   $folder (String) - .local/state
script-does-unattended-linux = This is the unattended variant for management tools: it asks nothing, does what is chosen here, writes its log to { $folder } in the user's home folder, and tells the result by its exit code. It must run as the user.
# Variables:
#   $flag (String) - -WhatIf or --dry-run
script-does-ask-first = It first shows what it will do and asks you before changing anything. Add { $flag } to only see the plan.
# Variables:
#   $seconds (Number) - how long it waits, 10
script-does-stop = Closes Microsoft Teams (only your own Teams windows and background processes), and forces it to stop if it has not closed after { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
  }.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
script-does-delete = Deletes Teams' saved sign-in data and cache ({ $folders }). This cannot be undone.
# Variables:
#   $folders (String) - the cache folders, such as %APPDATA%\Microsoft\Teams
#   $folder (String) - AppData\Local\TeamsSignInFix
script-does-backup-windows = Moves Teams' saved sign-in data and cache ({ $folders }) into one backup folder in { $folder } (your local profile, which does not roam), so you can undo it; the script prints the exact undo command.
# Variables:
#   $folders (String) - the cache folders, such as ~/Library/Containers/com.microsoft.teams2
script-does-backup = Moves Teams' saved sign-in data and cache ({ $folders }) into one backup folder in your home folder, so you can undo it; the script prints the exact undo command.
# Variables:
#   $n (Number) - how many backup folders are kept, 3
script-does-keep-backups = Keeps the newest { $n ->
    [one] backup folder
   *[other] { $n } backup folders
  }: after a successful run it removes older ones and says so.
script-does-keep-backgrounds = Keeps your custom meeting backgrounds.
script-does-needs-closed = Leaves the cache alone if Teams is still running: close Teams first.
script-does-reset = Resets the new Teams app, as Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset does. This erases all of new Teams' data on this computer: sign-in, settings, cache and custom meeting backgrounds (chats, files and meetings stay in Microsoft 365). It asks first; there is no undo. Where Windows 10 lacks the reset command, it opens Settings > Apps instead.
script-does-reset-unattended = Resets the new Teams app, as Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset does. This erases all of new Teams' data on this computer: sign-in, settings, cache and custom meeting backgrounds (chats, files and meetings stay in Microsoft 365). It does not ask; there is no undo. Where Windows 10 lacks the reset command, it opens Settings > Apps instead.
script-does-retest = Checks, without changing anything, whether this computer can reach the Microsoft sign-in addresses, and reports your proxy and VPN settings and whether your clock is right.
# Variables:
#   $command (String) - dsregcmd
script-does-retest-windows = Also reads what a browser cannot see: which certificate authority Windows is shown for Microsoft's sign-in address (a company's TLS inspection shows up there), whether a Wi-Fi login page is in the way, and how this device is registered with Microsoft ({ $command }).
script-does-retest-macos = Also reads what a browser cannot see: which certificate authority this Mac is shown for Microsoft's sign-in address (a company's TLS inspection shows up there), whether a Wi-Fi login page is in the way, and which Teams sign-in items are in your keychain (names only; no password is read).
script-does-retest-linux = Also reads what a browser cannot see: which certificate authority this computer is shown for Microsoft's sign-in address (a company's TLS inspection shows up there), and whether a Wi-Fi login page is in the way.
script-does-tls = Checks Windows' own TLS settings, which the sign-in service uses (the Teams window itself ignores them): TLS 1.2 must be on. If it is off in your settings, offers to switch it on (TLS 1.3 too on Windows 11); it asks first, the answer defaults to no, and it logs the old setting.
script-does-tls-unattended = Checks Windows' own TLS settings, which the sign-in service uses (the Teams window itself ignores them): TLS 1.2 must be on. If it is off in the user's own settings, switches it on (TLS 1.3 too on Windows 11) without asking, and logs the old setting.
script-does-time-windows = Syncs your clock: Windows asks you for administrator rights for that one command (the rest runs as you). If you decline, it opens the Date & time settings for you.
script-does-time-macos = Sets your clock from Apple's time server if you are an administrator (asks for your password); otherwise opens the Date & Time settings.
script-does-time-linux = Turns on automatic time if you may use sudo (asks for your password); otherwise tells you where to switch it on.
script-does-time-unattended-windows = Syncs the clock only when it runs with administrator rights (it asks for none); otherwise it says so in the log.
# Variables:
#   $command (String) - sudo
script-does-time-unattended = Sets the clock only when { $command } needs no password on this computer; otherwise it says so in the log.
script-does-restart = Starts Teams again at the end, so you can sign in fresh.
script-does-no-admin = Needs no administrator rights, and writes a log file into the backup folder.
# When the clock sync is chosen (it asks for administrator rights for that one command).
script-does-log = Writes a log file into the backup folder.
script-does-not-installed = If Teams is not installed it says so, leaves the Teams steps out and runs the others.
script-does-nothing = Does nothing: no step is selected.
script-does-change-nothing = Changes nothing on your computer.
