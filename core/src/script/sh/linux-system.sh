account_home() {
  # The account's home folder from the user database ('' if it cannot say).
  getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6 | head -n 1
}

explain_not_installed() {
  # No desktop client: Teams on the web keeps its sign-in data in the browser.
  local hosts={{WEB_HOSTS}}
  say ""
  say "If you use Teams in the browser: reset it by clearing the site data for $hosts"
  say "(in Chrome or Edge: click the icon left of the address > Site settings > Delete data;"
  say "in Firefox: the padlock > Clear cookies and site data), then sign in again."
}
