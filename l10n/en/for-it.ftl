### The For IT panel (core/src/prerender/content.rs): written into each language's page; a
### small script in the page builds the link.

for-it-title = For IT
for-it-summary = Build a link for users, see the configuration in effect

for-it-link-title = Link for an e-mail or ticket
for-it-link-intro = Pre-select the language, error code, system and Teams client for the user. Only these values are accepted from a link; anything else is ignored and never shown.
for-it-language = Language
for-it-language-auto = Automatic (the reader's browser language)
for-it-code = Error code
for-it-code-none = (none)
# Variables:
#   $code (String) - the error code
#   $meaning (String) - what it means
for-it-code-option = { $code } — { $meaning }
for-it-os = Operating system
for-it-os-detect = (detect)
for-it-client = Teams client
for-it-client-ask = (ask)
for-it-copy-link = Copy link
for-it-link-copied = Link copied.
copy-blocked-link = Copying was blocked by the browser: select the link and press Ctrl+C (⌘C on a Mac).
for-it-config-title = Configuration in effect
# Variables:
#   $file (String) - config.json
for-it-config-intro = From { $file } next to this page, with built-in defaults for anything missing or invalid (see the notice at the top, if any). Edit { $file } on the server; no rebuild is needed.
for-it-config-loading = (still loading)

for-it-unattended-title = Fix script for Intune, Jamf or other tools
for-it-unattended-intro = Management tools run scripts where nobody can answer a question. The unattended variant asks nothing: it does what the steps in the fix script section choose. It writes its log to a fixed file and tells the result by its exit code, with a separate code when the re-test still found problems.
for-it-unattended-platforms = On Windows it starts itself again in 64-bit PowerShell when it was started in 32-bit PowerShell. On a Mac, run as root by Jamf, it acts only for the user signed in at the screen, and does nothing when nobody is.
# Variables:
#   $guide (String) - docs/it-guide.md
for-it-unattended-after = With this on, the fix script section above offers the unattended variant for download. The IT guide ({ $guide } in the page's source) describes the deployment step by step.
