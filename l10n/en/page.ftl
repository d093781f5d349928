### The page the app shows, in the order it appears: the first load.
### Notes for translators: l10n/README.md (terms, what stays in English, how to check).

## The document and the parts around the app (written into each language's HTML)

page-title = Teams sign-in self-check (CAA20002)
page-skip-link = Skip to the checks
page-no-script = The automatic checks need JavaScript and WebAssembly, which are switched off in this browser. The steps below still work.
page-fatal-title = Something went wrong in this page
page-fatal-text = Reload the page to try again. If it happens again, tell your IT helpdesk and include this text:
# The label of the language menu at the top of the page.
page-language-menu = Language

## Header

# Shown above the heading when config.json names no organization.
page-org-default = Teams sign-in self-check
# Variables:
#   $code (String) - the error code, such as CAA20002
page-heading = Teams won't sign in (error { $code })? Let's find out why.
page-lead = This page checks your computer's clock and its connection to Microsoft, then gives you the fix that fits. Nothing is installed and nothing leaves this browser unless you send it.

## Notices at the top

page-config-notice-title = The page's settings file has a problem (the page still works with built-in settings)
# Variables:
#   $file (String) - config.json
page-config-notice-hint = Tell your IT helpdesk; they can correct { $file } without rebuilding the page.
page-link-notice-title = Part of the link you opened was ignored
page-link-notice-hint = The page works normally; choose your system and Teams version below if they are not right.

## What the link got ignored (core/src/params.rs)
# Variables:
#   $name (String) - the parameter's name, such as os

link-unknown-value = The link's "{ $name }" value was not recognised and was ignored.
link-too-long = The link's "{ $name }" value was too long and was ignored.
link-repeated = The link gave "{ $name }" more than once; only the first was used.
link-unknown-parameter = The link contained settings this page does not use; they were ignored.
link-truncated = The link was unusually long; only its beginning was read.

## Status words next to each check's icon (core/src/status.rs)

status-running = Checking…
status-ok = OK
status-warn = Warning
status-fail = Problem
status-unknown = Could not check

## Summary at the top

summary-title = Summary
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-busy = Checking… clock in progress, connection { $done } of { $total ->
    [one] { $total } address
   *[other] { $total } addresses
  }.
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
summary-running-clock-done = Checking… clock done, connection { $done } of { $total ->
    [one] { $total } address
   *[other] { $total } addresses
  }.
summary-ok = Your clock and your connection to Microsoft look fine.
summary-warn = The checks found something worth fixing.
summary-unknown = Some checks could not finish; see below.
summary-fail = The checks found a problem that can stop Teams signing in.
# Variables:
#   $code (String) - the error code
summary-go-to-it = Error { $code }: contact IT.
summary-go-to-it-why = Only IT can fix this one; the report (section 4) tells them what they need.
summary-next-step = Your next step:

## The checks

checks-title = 1. Checks
action-check-again = Check again

## The clock check

clock-title = Date, time and time zone
clock-failed = The clock could not be checked.
clock-comparing = Comparing your computer's clock with the server…
# Variables:
#   $offset (String) - how far off the clock is, from the clock-offset-… messages below
clock-correct = Your computer's clock is correct ({ $offset }).
# Shown whenever the clock is not within the limits, also while the page is still refining the measurement (the offset is then the bound measured so far).
# Variables:
#   $offset (String) - how far off the clock is, such as "7 minutes 12 seconds behind"
clock-off = Your computer's clock is { $offset }.
# Variables:
#   $reason (String) - why, from the error-… messages
clock-failed-reason = Reason: { $reason }. Check your connection and press "Check again".
clock-server-time = Server time
clock-your-computer = Your computer
clock-time-zone = Time zone
clock-accuracy = Accuracy
# Variables:
#   $ms (Number) - milliseconds
clock-plus-minus-ms = ± { $ms } ms
clock-refining = (refining…)
# Variables:
#   $name (String) - the time zone's name, such as Europe/Berlin
#   $offset (String) - its offset, such as UTC+01:00
clock-zone-named = { $name } ({ $offset })
clock-timezone-hint-title = Probably the wrong time zone.
# Variables:
#   $zone (String) - this computer's time zone, such as Europe/Berlin (UTC+01:00)
clock-timezone-hint = The difference is almost exactly a whole number of quarter hours, so your clock probably shows the right local time under the wrong time zone. This computer's time zone is { $zone }. Fix the time zone first, then let the clock set itself.
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-timezone-on = Fix the time zone on { $os }
# Variables:
#   $os (String) - Windows, macOS or Linux
clock-fix-time-on = Fix the date and time on { $os }
clock-coarse-pending = Still measuring more precisely.
clock-coarse-date-reused = This server reuses its time stamp for up to a second, so the page cannot measure more precisely than about a second. That is plenty: the usual clock limits (Kerberos, token checks) are minutes, not seconds.
clock-coarse-not-verified = A finer measurement could not be confirmed, so the page keeps the coarse bound of about a second. That is plenty: the usual clock limits (Kerberos, token checks) are minutes, not seconds.

## How far off the clock is (core/src/clock.rs). "Ahead": the computer's clock is later
## than the server's.

clock-offset-under-a-second = less than a second off
clock-offset-under-a-tenth = less than a tenth of a second off
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-ahead = between { $near } and { $far } seconds ahead
# Variables:
#   $near (Number) - seconds, with one decimal
#   $far (Number) - seconds, with one decimal
clock-offset-between-behind = between { $near } and { $far } seconds behind
# Variables:
#   $n (Number) - whole seconds
clock-offset-under-seconds = less than { $n ->
    [one] { $n } second
   *[other] { $n } seconds
  } off
# Variables:
#   $amount (String) - a whole phrase from clock-offset-ahead or clock-offset-behind, such as "7 minutes 12 seconds ahead"
clock-offset-about = about { $amount }
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-ahead = { $amount } ahead
# Variables:
#   $amount (String) - such as "7 minutes 12 seconds"
clock-offset-behind = { $amount } behind
# Variables:
#   $first (String) - the larger unit, such as "7 minutes"
#   $second (String) - the smaller unit, such as "12 seconds"
clock-two-units = { $first } { $second }
# Variables:
#   $n (Number) - days
clock-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
  }
# Variables:
#   $n (Number) - hours
clock-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
  }
# Variables:
#   $n (Number) - minutes
clock-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
  }
# Variables:
#   $n (Number) - seconds, possibly with one decimal (2.4)
clock-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
  }

## The connection check

network-title = Connection to Microsoft sign-in
# Variables:
#   $done (Number) - addresses that answered so far
#   $total (Number) - addresses being tested
network-testing = Testing the connection to Microsoft… ({ $done } of { $total } answered)
network-progress-label = Addresses checked
network-for-it = For IT:
network-table-caption = Result per address
network-column-service = Service
network-column-status = Status
network-column-time = Time
# Variables:
#   $ms (Number) - milliseconds
network-latency = { $ms } ms

## What the connection check found, and what to do (core/src/network.rs)

network-all-reachable = Microsoft's sign-in service is reachable from this browser.
network-all-reachable-1 = The network is most likely fine from here; the support article names the Teams app's own cache of old sign-in data as the most common cause.
network-all-reachable-2 = Clear the Teams cache with the script below (it keeps a backup).
network-partial = Some Microsoft addresses answer, others do not.
network-partial-1 = If you use a VPN, disconnect it and press "Check again".
network-partial-2 = If your company uses a proxy or web filter, IT must allow the Microsoft 365 addresses listed as failing below.
network-partial-3 = Send IT the report from this page: it names the addresses that failed.
network-blocked = Your network works, but Microsoft's sign-in addresses are blocked.
network-blocked-1 = If you use a VPN, disconnect it and press "Check again".
# Variables:
#   $host (String) - login.microsoftonline.com
network-blocked-2 = If it works without the VPN, tell IT: the VPN or proxy blocks { $host }.
network-blocked-3 = IT must allow-list the Microsoft 365 endpoints (see the link below).
network-intercepted = Something answered in Microsoft's place.
network-intercepted-1 = This browser got an answer that did not come from Microsoft's sign-in service: for example a web filter's block page, a proxy's sign-in page, or a hotel or guest Wi-Fi login page.
network-intercepted-2 = If a page asks you to log in to the network or accept its terms, do that, then press "Check again".
network-intercepted-3 = Otherwise try once without the VPN, or from another network (for example a phone hotspot).
network-intercepted-4 = Tell IT what this check saw and send them the report: the network must let Microsoft's sign-in addresses through.
network-offline = This computer does not seem to be connected to the Internet.
network-offline-1 = Connect to Wi-Fi or a network cable first, then press "Check again".
network-offline-2 = If other websites fail too, restart your router or ask IT; Teams cannot sign in without a connection.
network-endpoints-link = Microsoft 365 URLs and IP address ranges
network-tls-caveat = What this check cannot see: certificates. A company proxy that inspects encrypted traffic with its own root certificate, trusted by this computer, passes Microsoft's real answer through and looks like a normal connection here. Only a check on the computer itself (reading the certificate chain) can see it.
network-path-caveat = The Teams app may take another network path than this browser (for example the system proxy). The downloadable script below re-tests the same addresses from Windows or macOS itself.

## Status words of one address (core/src/network.rs)

endpoint-running = Checking…
endpoint-ok = Reachable
endpoint-slow = Slow
endpoint-fail = Failed
endpoint-timeout = No answer
endpoint-intercepted = Intercepted

## The office.com question

office-title = One question
# Variables:
#   $link (String) - a link to office.com
office-ask = Open { $link } in this browser and sign in with your work account. Does it work?
# Variables:
#   $site (String) - office.com
office-group-label = Does signing in at { $site } work?
office-yes = Yes, it works
office-no = No, it fails too
office-unknown = I haven't tried
# Variables:
#   $site (String) - office.com
office-why = Why we ask: if { $site } works, your account works and the problem is most likely on this computer's Teams or Windows sign-in side, where the support article puts the Teams cache first. If it fails too, the network or the account is more likely, and IT should look.

## Your computer: system and Teams version

choice-title = Your computer
choice-unknown-os = This browser does not say which system it runs on. Choose the computer where Teams fails to sign in: the fix script and steps are made for it.
choice-mobile = You seem to be on a phone or tablet. The fix is for the Teams desktop app: choose the computer where Teams fails, then open this page there or send the script to it.
choice-os-label = Operating system
choice-os-placeholder = Choose…
choice-detected = (detected from this browser — change it if Teams runs on another computer)
choice-client-legend = Which Teams?
choice-client-how-to-tell = How to tell: new Teams has a "NEW" badge or no "Try the new Teams" switch, and its icon shows "T" on a purple-white tile; classic Teams is called "Microsoft Teams classic" in the Start menu or Applications folder. Not sure? Keep "Both": the script only touches folders that exist.
client-new = New Teams
client-classic = Classic Teams
client-both = Both / not sure

## The plan

plan-title = 2. What to do, in order
# Variables:
#   $n (Number) - the step's number
plan-fixed-by = Step { $n } fixed it.
plan-fixed-again = If the error comes back, open this page again.
plan-none-fixed = None of the steps fixed it. That is useful to know: please contact your IT helpdesk and send them the report below (it lists what was checked).
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-helpdesk-contact = Helpdesk: { $contact }.
# Variables:
#   $n (Number) - the step's number
#   $total (Number) - how many steps there are
#   $title (String) - the step's title
plan-step-of = Step { $n } of { $total }: { $title }
plan-ask = Did this fix it?
plan-yes = Yes, Teams signs in
plan-no-next = No, next step
plan-no-last = No, still failing
plan-restart = Start the steps again
# Variables:
#   $os (String) - Windows, macOS or Linux
plan-on-os = On { $os }
plan-cache-use-script = Use the fix script below: it closes Teams, moves the cache to a backup folder (so nothing is lost), keeps your custom backgrounds and restarts Teams.
plan-go-to-script = Go to the fix script
plan-by-hand = Or do it by hand
plan-go-to-network = Go to the connection check
plan-connect-how = Connect to Wi-Fi or a network cable, check that other websites open, then press "Check again" on the connection check above.
plan-account-send = IT can look further than this page can. Send your IT helpdesk the report below.
# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
plan-account-send-to = IT can look further than this page can. Send your IT helpdesk the report below ({ $contact }).
# Variables:
#   $link (String) - a link to Microsoft 365's status page
plan-service-how = Open Microsoft 365's public status page and look for a current problem with sign-in or Teams: { $link }. Wait a few minutes, then sign in to Teams again.
plan-go-to-report = Go to the report
plan-after-cache-intro = Before you contact IT, or while you wait, in this order:
plan-help-missing = These steps could not be shown: this copy of the page was built without its help texts. Please tell your IT helpdesk.

## The plan's steps (core/src/plan.rs)

plan-step-time = Set the date, time and time zone automatically
plan-step-network = Turn off the VPN and check the proxy
plan-step-connect = Check the internet connection
plan-step-tls = Check that TLS 1.2 is switched on
plan-step-it = Contact IT with the report
plan-step-helpdesk = Still stuck? Send the report to IT
plan-step-service = Check Microsoft 365's status, then try again later
plan-step-cache-new = Clear the new Teams cache (keeping a backup)
plan-step-cache-classic = Clear the classic Teams cache (keeping a backup)
plan-step-cache-both = Clear the Teams cache (keeping a backup)

## Why the plan put a step where it is: one sentence tied to what the checks found

plan-why-offline = This computer could not reach any website during the check, and nothing else can work until it is back online.
plan-why-service-helpdesk = If it still fails after a while and the status page shows no problem, send IT the report: a company proxy can give the same answer.
# Variables:
#   $site (String) - office.com
plan-why-office-network = Sign-in fails at { $site } too and the network check has no answer yet, so rule out the VPN and proxy before contacting IT.
# Variables:
#   $site (String) - office.com
plan-why-office-it = Sign-in fails at { $site } too, so the cause is more likely the network or your account than the Teams app; IT can check both with the report.
plan-why-network-after-offline = Once you are back online, a VPN or proxy blocking Microsoft's sign-in servers is the next thing to rule out.
plan-why-network-unknown = The network check has no answer, and a VPN or proxy blocking Microsoft's sign-in servers is the support article's second cause.
plan-why-tls = Rare, mostly on old computers, but on Windows TLS 1.2 switched off stops the sign-in, and it is quick to check.
plan-why-clock-unknown = The page could not check the clock, and a wrong date, time or time zone is one of the known causes.
plan-why-helpdesk = If none of the steps helped, send your IT helpdesk the report from this page: it shows what was checked.
plan-why-it-generic = This error is one that IT needs to look at.
plan-why-timezone = Compared with this page's server, the clock is off by a whole number of quarter hours: probably set by hand under the wrong time zone, so the real time is off too.
plan-why-clock-fail = Compared with this page's server, the clock is off by more than your organization's limit (by default 5 minutes, the usual tolerance of Kerberos and of token checks); a wrong clock can make sign-in fail.
plan-why-clock-warn = Compared with this page's server, the clock is off by more than your organization's warning limit, getting close to the limit where sign-in can fail.
plan-why-blocked = This browser could not reach Microsoft's sign-in servers while other sites answered, so a VPN, proxy or firewall is in the way.
plan-why-partial = Some of Microsoft's servers did not answer this browser, so a VPN, proxy or firewall may be blocking part of the sign-in.
plan-why-intercepted = Something answered this browser in Microsoft's place (a block page, a proxy sign-in page or a guest Wi-Fi login page), so sign-in probably cannot reach Microsoft from this network.
plan-why-network-code = The error code points at the connection to Microsoft, so rule out the VPN and proxy first.
# Variables:
#   $site (String) - office.com
plan-why-cache-office-network = Sign-in works at { $site } and Microsoft's servers answer, so the Teams app's own saved sign-in data is the likely cause; the article estimates clearing it fixes over 80 % of cases.
# Variables:
#   $site (String) - office.com
plan-why-cache-office = Sign-in works at { $site } in this browser, so the Teams app's saved sign-in data is the likely cause; the article estimates clearing it fixes over 80 % of cases.
plan-why-cache = The support article names old sign-in data in the Teams cache as the most common cause of CAA20002, and clearing it keeps a backup.

## What to keep doing once a step fixed it

plan-keep-time = Keep automatic date, time and time zone switched on so it stays right.
plan-keep-network = If it breaks again whenever the VPN or proxy is on, tell IT: it must allow Microsoft's sign-in addresses.
plan-keep-cache = Once Teams has worked for a few days, you can delete the backup folder.
plan-keep-tls = Leave TLS 1.2 switched on.
plan-keep-account = Good to hear IT sorted it out.
plan-keep-connect = You are back online.
plan-keep-service = The service is answering again.

## Next step line in the summary

summary-next-done = Done: Teams should sign in now
summary-next-helpdesk = Contact your IT helpdesk with the report

## What the error code means

# Variables:
#   $code (String) - the code whose guidance the page shows (CAA20002 unless the link chose another)
code-unknown-with = This page does not know that code; the guidance for { $code } below still applies.
code-unknown = This page does not know that code; the general guidance below still applies.
# Variables:
#   $code (String) - the code the user typed
code-updated = Guidance and steps updated for { $code }.
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means, in a few words
code-title = Error { $code }: { $meaning }
code-title-general = Teams sign-in problems: what usually helps
code-for-it = This one is for IT.
code-for-it-why = The steps on this page will not fix it; send IT the report in section 4 below.
code-more = More about this error
code-input-label = Teams shows another code? Type or paste it here
# Variables:
#   $code (String) - an example code
code-input-placeholder = e.g. { $code }
code-loading = Loading what this code means…
code-load-failed = What this code means could not be loaded. Check your connection and reload the page; the steps below still apply.

## The whole article

# Variables:
#   $title (String) - the article's title
#   $os (String) - Windows, macOS or Linux
article-title = { $title } — all the details ({ $os })
article-show = Show the whole article: symptoms, causes, all solutions, links
article-solutions = Solutions
# Variables:
#   $n (Number) - the solution's number
#   $title (String) - its title
article-numbered = { $n }. { $title }

## The fix script's panel before the script is ready

script-title = 3. The fix script
# Variables:
#   $os (String) - Windows, macOS or Linux
script-title-for = 3. The fix script for { $os }
script-choose-os = Choose your operating system under "Your computer" above to get the script that clears the Teams cache safely.
script-preparing = Preparing the script… it appears here once the checks above have their results.
# Variables:
#   $reason (String) - why, from the error-… messages
script-module-failed = The script could not be prepared here ({ $reason }). Try again, or download the ready-made script below; the steps in the plan work without it.
action-try-again = Try again
# Variables:
#   $file (String) - the script's file name
script-download-static = Download the ready-made script ({ $file }, default options)
script-static-note = The ready-made script clears the cache of both Teams versions with the default steps. Run it with:

## The report for the helpdesk

report-title = 4. Report for your IT helpdesk
report-intro = If you need help, send this report: it lists what this page measured, so IT does not have to ask. It contains no name, account or password. This page sends nothing by itself.
report-copy = Copy report
report-download = Download report (JSON)
report-email = E-mail the helpdesk
report-copied = Report copied: paste it into your message to the helpdesk.
# Variables:
#   $file (String) - the file's name
report-saved = Saved { $file } in your Downloads folder.
# Variables:
#   $reason (String) - why, from the error-… messages
report-download-failed = The download did not start ({ $reason }); use "Copy report" instead.
report-notes-legend = Optional: help IT find your sign-in attempt
report-error-time-label = When did the error appear?
report-error-time-note = Your computer's local time; the report names its time zone.
report-correlation-label = Correlation ID (Teams shows it under the error)
report-correlation-note = Copy it from the Teams error window; it identifies the attempt in Microsoft's sign-in logs.
# Variables:
#   $example (String) - an example date and time
report-refused-time = Not a date and time this page can read. Use the date picker, or type it like { $example }.
# Variables:
#   $example (String) - an example correlation ID
report-refused-guid = Not a correlation ID. It looks like 8-4-4-4-12 letters and digits, for example { $example }.
report-show = Show the report
report-text-label = Report text
report-json-label = Report as JSON
copy-blocked-report = Copying was blocked by the browser: select the report text and press Ctrl+C (⌘C on a Mac).

## Footer

# Variables:
#   $contact (String) - the helpdesk's e-mail, phone or web address
footer-help = Help: { $contact }
# Variables:
#   $version (String) - the page's version number
footer-about = Teams sign-in self-check { $version }. This page sends nothing anywhere: the checks only ask Microsoft's servers whether they answer, and the report stays in your browser until you send it.

## Loading the texts that come after the checks

later-loading = Loading…
later-failed = This part could not be loaded. Check your connection and reload the page.
