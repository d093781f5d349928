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

explain_root_unattended() {
  say "On Linux it cannot act for the user signed in at the screen: deploy it so that it runs as that user."
}

config_home() {
  # Where desktop apps keep their settings: XDG_CONFIG_HOME when it is an absolute folder
  # inside your home folder, else ~/.config (the folders elsewhere are not touched).
  case ${XDG_CONFIG_HOME:-} in
    "$HOME"/?*) printf '%s\n' "${XDG_CONFIG_HOME%/}" ;;
    *) printf '%s\n' "$HOME/.config" ;;
  esac
}
