### The support article and its steps (core/src/help*): written into each language's page at
### build time, shown without WebAssembly too. Menu and button names must be the exact names
### Windows and macOS show in this language (check them on a computer set to the language);
### keep the quotes the original puts around them. Paths, commands and addresses are
### variables and are never translated.

## The article

help-article-title = CAA20002: the sign-in service rejected Teams' request
help-article-summary = Teams shows error CAA20002 while you sign in: Microsoft's sign-in service answered but refused the request as invalid. The support article lists the likely causes in this order: old sign-in data in the Teams cache, a VPN or proxy in the way, TLS 1.2 switched off (rare), and a wrong date, time or time zone.
help-symptoms-title = Symptoms
help-symptom-1 = Signing in to Teams fails with error CAA20002.
help-symptom-2 = Teams hangs on the sign-in screen.
help-symptom-3 = Other Microsoft services in the browser, such as Outlook on the web, keep working.
help-causes-title = Causes
help-cause-1 = Old, expired sign-in data in the Teams cache.
# Variables:
#   $host (String) - login.microsoftonline.com
help-cause-2 = A VPN or proxy blocks { $host }.
help-cause-3 = TLS 1.2 is switched off on the computer (rare).
help-cause-4 = The date, time or time zone is wrong.
help-links-title = Useful links
help-background-title = Background
help-background-1 = The support article says CAA20002 is almost always a problem on the computer, not a Microsoft outage.
# Variables:
#   $site (String) - office.com
help-background-2 = If signing in at { $site } works in your browser, the article estimates that clearing the Teams cache fixes more than 80 % of cases (its estimate, not a measurement).
help-background-3 = If it fails there too, the article points to the network or your account rather than the Teams app: contact IT and send them the report from this page.

## Useful links: the page's name, then who it is for

help-link-endpoints = Microsoft 365 URLs and IP address ranges
help-link-endpoints-note = For IT: the addresses a proxy or firewall must allow.
help-link-status = Microsoft 365 status
help-link-status-note = Public page: is Microsoft having a wider outage right now?
help-link-service-health = Service health in the Microsoft 365 admin center
help-link-service-health-note = For IT admins (needs an admin account): incidents affecting your organisation.
help-link-sign-in-codes = Microsoft Support: Why am I having trouble signing in to Microsoft Teams?
help-link-sign-in-codes-note = Microsoft's table of Teams sign-in status codes, with what to try for each.
help-link-sign-in-errors = Microsoft Learn: resolve sign-in errors in Teams
help-link-sign-in-errors-note = For IT: Microsoft's troubleshooting steps for some Teams sign-in errors.

## The four solutions: title, and one sentence on when each helps

help-solution-cache = Clear the Teams cache (keeping a backup)
help-solution-cache-intro = Teams keeps sign-in data in its cache; the support article names old, expired data there as the most common cause of CAA20002.
help-solution-vpn-proxy = Turn off the VPN and check the proxy
# Variables:
#   $host (String) - login.microsoftonline.com
help-solution-vpn-proxy-intro = A VPN or company proxy that blocks { $host } stops the sign-in.
help-solution-tls = Check that TLS 1.2 is switched on (Windows only)
help-solution-tls-intro = Rare (the article says so): Microsoft's sign-in servers need TLS 1.2 or newer, so on Windows 10 sign-in fails with TLS 1.2 switched off.
help-solution-time = Check the date, time and time zone
help-solution-time-intro = With a wrong date or time, secure connections and sign-in can fail; a wrong time zone matters when the clock was then set by hand to look right.

## Clearing the cache by hand, keeping a backup

help-cache-restart = Start Teams again and sign in. The first start is slower while Teams rebuilds its cache.
help-cache-macos-quit = Quit Teams: in the menu bar at the top, click the Teams menu (next to the Apple menu) and choose Quit (or press Cmd + Q).
help-cache-macos-force = If Teams does not quit, open Activity Monitor, search for "Teams", select it, click the Stop button (✕) at the top and choose Force Quit.
help-cache-macos-terminal = Open Terminal (Applications > Utilities > Terminal), paste this command and press Return. It moves the Teams cache into a dated backup folder in your home folder; nothing is deleted.
help-cache-macos-privacy = If macOS asks whether Terminal may access data from other apps, click Allow. If it says "Operation not permitted", turn Terminal on under System Settings > Privacy & Security > Full Disk Access and run the command again.
help-cache-macos-backgrounds = Your custom meeting backgrounds are in the backup folder. Once Teams has worked for a few days, you can delete the backup.
help-cache-linux-quit = Quit Teams from the menu of its icon in the system tray: closing the window only hides it.
help-cache-linux-terminal = Open a terminal, paste this command and press Enter. It moves the Teams cache into a dated backup folder in your home folder; nothing is deleted.
help-cache-linux-delete-later = Once Teams has worked for a few days, you can delete the backup folder.
help-cache-windows-quit = Quit Teams: right-click the Teams icon next to the clock (bottom right; click ^ if you do not see it) and choose Quit.
help-cache-windows-task-manager = Open Task Manager (Ctrl + Shift + Esc). If Microsoft Teams is still listed, select it and click End task.
# Variables:
#   $folder (String) - the backup folder's name
help-cache-windows-make-folder = Make a folder on your Desktop called { $folder }. Moving the cache there instead of deleting it keeps a way back.
help-cache-windows-open-new = Press Windows key + R, paste this and press Enter. File Explorer opens the folder that holds new Teams' cache and its saved sign-in.
help-cache-windows-open-classic = Press Windows key + R, paste this and press Enter. File Explorer opens the classic Teams cache folder.
# Variables:
#   $sub (String) - the name of the new folder, "new"
#   $folder (String) - the backup folder's name
#   $cache (String) - LocalCache, the cache folder
help-cache-windows-move-new = Select everything inside it (Ctrl + A), cut it (Ctrl + X), and paste it (Ctrl + V) into a new folder called { $sub } inside { $folder }. Leave the folders above { $cache } alone: users report that Teams no longer starts without them.
# Variables:
#   $sub (String) - the name of the new folder, "classic"
#   $folder (String) - the backup folder's name
help-cache-windows-move-classic = Select everything inside it (Ctrl + A), cut it (Ctrl + X), and paste it (Ctrl + V) into a new folder called { $sub } inside { $folder }.
help-cache-windows-powershell = Prefer typing? This PowerShell command does the same moves into a dated backup folder in your user folder. Open it with right-click on Start > Terminal (Windows PowerShell on Windows 10).
help-cache-windows-backgrounds = Your custom meeting backgrounds are in the backup, in the folder shown here: copy them back if you miss them. Once Teams has worked for a few days, you can delete the backup.

## VPN and proxy

help-network-vpn-windows = Disconnect the VPN, from its icon next to the clock or in Settings > Network & internet > VPN, and try signing in to Teams again.
help-network-vpn-macos = Disconnect the VPN, from its icon in the menu bar or in System Settings > VPN, and try signing in to Teams again.
help-network-vpn-linux = Disconnect the VPN, from its icon or from the network menu at the top right, and try signing in to Teams again.
help-network-vpn-required = If your company requires the VPN for Teams, leave it on and go to the next step.
# Variables:
#   $login (String) - login.microsoftonline.com
#   $teams (String) - teams.microsoft.com
help-network-reachable = On a company network with a proxy, { $login } and { $teams } must be reachable. The network check on this page tests that for you.
help-network-proxy-windows = To see whether a proxy is set, open Settings > Network & internet > Proxy. Note what it shows for IT.
help-network-proxy-macos = To see whether a proxy is set, open System Settings > Network, choose your connection, click Details… and then Proxies. Note what it shows for IT.
help-network-proxy-linux = To see whether a proxy is set, open Settings > Network > Network Proxy. Note what it shows for IT.
help-network-ask-it = If something is blocked, ask IT to allow the Microsoft 365 addresses in the proxy or firewall, and send them the report from this page.

## TLS 1.2 in Internet Options (Windows)

help-tls-open = Press Windows key + R, type this and press Enter. The Internet Properties window opens.
help-tls-advanced = Open the Advanced tab and scroll down to Security. Make sure 'Use TLS 1.2' is ticked.
help-tls-13 = On Windows 11, also tick 'Use TLS 1.3'. On Windows 10, leave 'Use TLS 1.3' as it is: Microsoft supports TLS 1.3 only from Windows 11.
help-tls-apply = Click Apply, then OK, and restart the computer.
help-tls-greyed = If the boxes are greyed out, your company manages this setting: tell IT.

## Date, time and time zone

help-time-restart = Restart Teams, then press "Check again" on the clock check on this page.
help-time-check-restart = Check that the clock shows the right time, restart Teams, then press "Check again" on the clock check on this page.
help-time-windows-open = Open Settings > Time & language > Date & time.
help-time-windows-link = Open Date & time settings
help-time-windows-zone = Turn on 'Set time zone automatically', or choose your time zone from the 'Time zone' list.
help-time-windows-zone-only = Turn on 'Set time zone automatically'. If it is greyed out or picks the wrong zone, turn it off and choose your time zone from the 'Time zone' list.
help-time-windows-auto = Turn on 'Set time automatically'.
help-time-windows-sync = Click 'Sync now' (under 'Additional settings' on Windows 11).
help-time-macos-open = Open the Apple menu > System Settings > General > Date & Time.
help-time-macos-zone = Turn on 'Set time zone automatically using your current location', or turn it off and pick the nearest city under 'Closest city'.
help-time-macos-auto = Turn on 'Set time and date automatically'.
help-time-linux-open = Open Settings > Date & Time (Settings > System > Date & Time on newer GNOME).
help-time-linux-zone = Turn on 'Automatic Time Zone', or pick your time zone by hand.
help-time-linux-auto = Turn on 'Automatic Date & Time'. In a terminal, this does the same (it may ask for your password):
help-time-linux-zone-show = Turn on 'Automatic Time Zone', or pick your time zone by hand. In a terminal, this shows the zone that is set now:

## When clearing the cache did not help (in this order)

help-next-restart = Restart the computer (after a recent password change)
help-next-restart-why = After a password change Windows and macOS can keep using the old sign-in until the computer restarts.
help-next-restart-1 = Save your work and restart the computer (a real restart, not sleep or log off).
help-next-restart-2 = Sign in to the computer with your current password, then open Teams and sign in.
help-next-work-account = Remove and re-add your work account in Windows (with IT's consent)
help-next-work-account-why = Teams signs in through the work account Windows keeps, so a problem with that account can stop Teams' sign-in. This is common advice, not a step from Microsoft's Teams sign-in pages.
help-next-work-account-1 = Ask IT first: on a company-managed computer removing the account can remove the computer's management or company apps.
help-next-work-account-2 = Open Settings > Accounts > Access work or school.
help-next-work-account-3 = Select your work account, choose Disconnect, and confirm.
help-next-work-account-4 = Restart the computer, then choose Connect on the same page and sign in with your work address.
help-next-open-teams = Open Teams and sign in.
help-next-reset-windows = Reset the Teams app
help-next-reset-windows-why = Reset erases everything the app keeps on this computer, which the cache step alone does not.
help-next-reset-windows-1 = Quit Teams.
help-next-reset-windows-2 = Open Settings > Apps > Installed apps, find Microsoft Teams, select … and Advanced options.
help-next-reset-windows-3 = Under Reset, choose Reset and confirm. This erases Teams' data on this computer, including your settings and custom backgrounds; your chats and files stay in the cloud.
help-next-reset-macos = Remove Teams' saved account from the keychain (IT)
help-next-reset-macos-why = New Teams keeps the account in the macOS keychain, which the cache step does not touch.
help-next-reset-macos-1 = Ask IT to do this step, or to confirm it for your Mac first: the item names below come from community reports, not from Microsoft.
# Variables:
#   $first (String) - a keychain item's name
#   $second (String) - a keychain item's name
#   $third (String) - a keychain item's name (macOS 15)
help-next-reset-macos-2 = Quit Teams. Open Keychain Access (Applications > Utilities) and search for { $first }, { $second } and, on macOS 15, { $third }.
help-next-reset-macos-3 = IT deletes those items (right-click > Delete), then you open Teams and sign in again.
help-next-web = Keep working in Teams on the web
help-next-web-why = Teams in the browser signs in on its own, so you can keep working while the app is being fixed.
# Variables:
#   $url (String) - the address of Teams on the web
help-next-web-1 = Open { $url } in Edge or Chrome and sign in with your work account.
help-next-web-2 = Keep using it until the Teams app works again or IT has looked at it.

## Saving Teams' support files before clearing anything

help-support-windows-1 = If IT may want Teams' support files, save them before clearing anything: with Teams open, press Ctrl+Alt+Shift+1.
help-support-windows-2 = Teams saves the files to your Downloads folder; keep them until IT says they are not needed.
help-support-macos-1 = If IT may want Teams' support files, save them before clearing anything: with Teams open, press Option+Command+Shift+1.
help-support-macos-2 = Look for the files in your Downloads folder first (Microsoft names that folder only for Windows and Linux); keep them until IT says they are not needed.
help-support-linux = The Teams app on Linux has no support-file shortcut; tell IT what you see instead.
