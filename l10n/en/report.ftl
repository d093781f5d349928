### Texts that also go into the helpdesk report. The page shows them in its own language;
### the report uses the language config.json names for it (English when it names none), so
### a helpdesk reads reports from everywhere in one language.

## The report as text (core/src/report.rs). Values after the colons (ok, warn, fail …)
## stay as they are: they are the report's fixed vocabulary.

# Variables:
#   $code (String) - the error code
report-heading = Teams sign-in self-check report ({ $code })
# Variables:
#   $time (String) - date and time in UTC
#   $version (String) - the page's version
report-made = Made: { $time } (page { $version })
# Variables:
#   $os (String) - the system (windows, macos, linux) or report-os-not-chosen
#   $client (String) - new, classic or both
#   $language (String) - the browser's language tag
#   $zone (String) - the time zone's name
#   $offset (String) - its offset from UTC in hours
report-computer = Computer: { $os }, { $client }; browser language { $language }; time zone { $zone } (UTC{ $offset })
report-os-not-chosen = OS not chosen
# Variables:
#   $status (String) - the check's status
#   $error (String) - why it failed
report-clock-failed = Clock: { $status } ({ $error })
# Variables:
#   $status (String) - the check's status
#   $ms (Number) - computer minus server, in milliseconds
#   $uncertainty (Number) - plus or minus, in milliseconds
report-clock = Clock: { $status }, computer minus server = { $ms } ms (± { $uncertainty } ms)
# Variables:
#   $reason (String) - still-measuring, date-reused or not-verified
report-clock-coarse = , coarse: { $reason }
report-clock-timezone = , probably wrong time zone
# Variables:
#   $status (String) - the check's status
report-clock-status = Clock: { $status }
# Variables:
#   $status (String) - the check's status
#   $pattern (String) - what the whole check saw, or report-not-finished
report-network = Network: { $status }, pattern { $pattern }
report-not-finished = not finished
# Variables:
#   $site (String) - office.com
#   $answer (String) - yes, no or unknown
report-office = { $site } works in this browser: { $answer }
# Variables:
#   $steps (String) - the plan's steps
report-plan = Suggested steps: { $steps }
# Variables:
#   $steps (String) - steps answered "no"
report-tried = Tried without success: { $steps }
# Variables:
#   $step (String) - the step answered "yes"
report-fixed-by = Fixed by: { $step }
# Variables:
#   $time (String) - what the user entered
report-error-seen = Error first seen: { $time }
# Variables:
#   $id (String) - the correlation ID
report-correlation = Correlation ID shown by Teams: { $id }
# Variables:
#   $problems (String) - the settings file's problems
report-config-problems = Page config problems: { $problems }
report-mail-subject = Teams sign-in problem (self-check report)
report-mail-shortened = … (shortened: use "Copy report" for the full text)

## What happened at one address (core/src/network.rs)

# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-after = No answer after { $duration }: the connection is probably silently dropped (firewall, VPN or proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-dropped-within = No answer within { $duration }: the connection is probably silently dropped (firewall, VPN or proxy).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-failed = Failed after { $duration }: refused or not found (blocked, no DNS, no network, or a certificate the browser does not trust).
endpoint-detail-intercepted = Something answered in Microsoft's place: the answer is not Microsoft's sign-in configuration (for example a block page, a proxy sign-in page, or a hotel or guest Wi-Fi login page).
endpoint-detail-unreadable = Answered, but this browser was not allowed to read the answer, so the page cannot check that it came from Microsoft's sign-in service (a proxy's block page would look the same here).
# Variables:
#   $duration (String) - from duration-…
endpoint-detail-slow = Answered, but slowly ({ $duration }).
# Variables:
#   $ms (Number) - milliseconds
endpoint-detail-ok = Answered in { $ms } ms.
# Variables:
#   $n (Number) - milliseconds
duration-ms = { $n } ms
# Variables:
#   $n (Number) - seconds, with one decimal
duration-seconds = { $n } s

## The addresses the page tests, by their role (a label IT sets in config.json is shown as
## it is)

endpoint-label-login = Microsoft Entra sign-in
endpoint-label-login-alt = Microsoft sign-in (alternate)
endpoint-label-aadcdn-msauth = Sign-in page files
endpoint-label-aadcdn-msftauth = Sign-in page files (alternate)
endpoint-label-teams = Teams service
endpoint-label-teams-cloud = Teams service (new address)
endpoint-label-teams-statics = Teams app files
endpoint-label-graph = Microsoft Graph
endpoint-label-login-usgov = Microsoft Entra sign-in (US Government)
endpoint-label-teams-usgov = Teams service (US Government)
endpoint-label-graph-usgov = Microsoft Graph (US Government)
endpoint-label-login-china = Microsoft Entra sign-in (21Vianet)
endpoint-label-login-partner-china = Microsoft Entra sign-in (21Vianet, partner)
endpoint-label-graph-china = Microsoft Graph (21Vianet)
endpoint-label-self = This page's server
# A label IT set in config.json, shown as written (keep it as it is).
# Variables:
#   $label (String) - the label
endpoint-label-custom = { $label }

## Why something failed (a request, the browser, what the server sent)

# Variables:
#   $detail (String) - the browser's own message
error-network = the request failed: { $detail }
# Variables:
#   $ms (Number) - the time limit in milliseconds
error-timeout = no answer within { $ms } ms
# Variables:
#   $status (Number) - the HTTP status code
error-http = the server answered HTTP { $status }
# Variables:
#   $detail (String) - the browser's own message
error-browser = the browser refused: { $detail }
error-missing-date = the server's answer had no Date header
# Variables:
#   $value (String) - the header's value
error-bad-date = the server's Date header could not be read: { $value }
error-no-samples = no clock measurement to work with
# Variables:
#   $line (Number) - line number
#   $column (Number) - column number
error-not-json = not valid JSON at line { $line } column { $column }
error-texts = the page's texts cannot be read

## Problems in config.json, for IT (core/src/config.rs). Each is shown after the setting's
## name, e.g. "clock.warn_seconds: must be a number; the default is used".

# Variables:
#   $file (String) - config.json
#   $line (Number) - line number
#   $column (Number) - column number
config-not-json = { $file } is not valid JSON (line { $line }, column { $column }); the built-in defaults are used
# Variables:
#   $file (String) - config.json
config-not-object = { $file } must be a JSON object { "{" } … { "}" }; the built-in defaults are used
# Variables:
#   $file (String) - config.json
#   $reason (String) - why, from the error-… messages
config-unavailable = { $file } could not be loaded ({ $reason }); the built-in defaults are used
config-must-be-object = must be an object { "{" } … { "}" }; defaults are used
# Variables:
#   $max (Number) - the longest allowed text
config-too-long = is longer than { $max } characters and was ignored
config-control-characters = contains line breaks or control characters and was ignored
config-not-text = must be text in quotes and was ignored
config-not-email = is not an e-mail address; it was ignored
config-not-phone = may only contain digits, spaces and + - ( ) . /; it was ignored
# Variables:
#   $https (String) - https://
config-not-https = must be a web address starting with { $https }; it was ignored
# Variables:
#   $min (Number) - the smallest allowed value
#   $max (Number) - the largest allowed value
config-out-of-range = must be between { $min } and { $max }; the default is used
config-not-number = must be a number; the default is used
# Variables:
#   $warn_key (String) - warn_seconds, the setting's name
#   $warn (Number) - the warning limit given, in seconds
#   $fail_key (String) - fail_seconds, the setting's name
#   $fail (Number) - the failure limit given, in seconds
#   $default_warn (Number) - the default warning limit
#   $default_fail (Number) - the default failure limit
config-thresholds-order = { $warn_key } ({ $warn }) must be smaller than { $fail_key } ({ $fail }); the defaults { $default_warn } and { $default_fail } are used
# Variables:
#   $default (String) - the value used instead, /
config-clock-source = must be a path on this page's own server (like { $default }), because browsers hide the time of other servers; { $default } is used
# Variables:
#   $choices (String) - the allowed values
#   $default (String) - the value used instead
config-unknown-preset = must be one of { $choices }; { $default } is used
config-no-usable-endpoint = has no usable entry; the built-in Microsoft endpoints are used
config-not-list = must be a list [ … ]
# Variables:
#   $id (String) - the entry's id
config-repeated-id = ("{ $id }") repeats an id that is already used; this entry is skipped
config-entry-not-object = must be an object with id, label and url; this entry is skipped
config-bad-id = has an id that is not 1–32 letters, digits, - or _; this entry is skipped
config-no-id = has no id; this entry is skipped
# Variables:
#   $id (String) - the reserved id
config-reserved-id = uses the reserved id "{ $id }" (the page's own server is always checked); this entry is skipped
# Variables:
#   $id (String) - the entry's id
config-no-url = ("{ $id }") has no url; this entry is skipped
# Variables:
#   $id (String) - the entry's id
#   $reason (String) - what is wrong with the URL, from the url-… messages
config-bad-url = ("{ $id }") { $reason }; this entry is skipped
# Variables:
#   $id (String) - the entry's id
#   $http (String) - http://
#   $https (String) - https://
config-http-on-https = ("{ $id }") uses { $http }, which a page served over HTTPS cannot test (use { $https }); this entry is skipped
# Variables:
#   $id (String) - the entry's id
#   $choices (String) - the allowed values
config-unknown-expect = ("{ $id }") has an unknown "expect" (use { $choices }); this entry is skipped
# Variables:
#   $id (String) - the entry's id
config-expect-not-text = ("{ $id }") has an "expect" that is not text; this entry is skipped
# Variables:
#   $choices (String) - the shipped languages' tags
config-unknown-language = is not a language this page ships ({ $choices }); English is used

## What is wrong with a URL (core/src/url.rs)

url-too-long = the URL is longer than 2,000 characters
# Variables:
#   $https (String) - https://
#   $http (String) - http://
url-bad-scheme = the URL must start with { $https } (or { $http })
url-userinfo = the URL must not contain a user name or password
url-bad-host = the URL's host is not valid
# Variables:
#   $chars (String) - the characters, such as $ ` # \
url-bad-characters = the URL contains characters that are not allowed (quotes, spaces, { $chars } …)
