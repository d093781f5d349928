detect_proxy() {
  # curl ignores the proxy set in System Settings: read it (scutil --proxy) and use it.
  local proxies enabled host port pac
  proxies=$(scutil --proxy 2>/dev/null)
  say "  Proxy settings (scutil --proxy):"
  printf '%s\n' "$proxies" | say_lines "    "
  enabled=$(printf '%s\n' "$proxies" | sed -n 's/^ *HTTPSEnable : //p' | head -n 1)
  host=$(printf '%s\n' "$proxies" | sed -n 's/^ *HTTPSProxy : //p' | head -n 1)
  port=$(printf '%s\n' "$proxies" | sed -n 's/^ *HTTPSPort : //p' | head -n 1)
  case $host in
    *[!A-Za-z0-9.:-]*|'') host='' ;;
  esac
  case $port in
    *[!0-9]*|'') port=443 ;;
  esac
  if [ "$enabled" = 1 ] && [ -n "$host" ]; then
    CURL_PROXY="http://$host:$port"
    TLS_PROXY="$host:$port"
    say "  The tests below go through the HTTPS proxy from System Settings: $host:$port"
  fi
  if [ "$(printf '%s\n' "$proxies" | sed -n 's/^ *ProxyAutoConfigEnable : //p' | head -n 1)" = 1 ]; then
    pac=$(printf '%s\n' "$proxies" | sed -n 's/^ *ProxyAutoConfigURLString : //p' | head -n 1)
    say "  A proxy auto-configuration (PAC) file is set: $pac"
    say "  Teams follows it, but these tests cannot, so they may take a different path than Teams."
  fi
  check_proxy_env
}

check_network() {
  local vpn utun
  vpn=$(scutil --nc list 2>/dev/null | grep '(Connected)')
  utun=$(ifconfig -l 2>/dev/null | tr ' ' '\n' | grep -c '^utun')
  if [ -n "$vpn" ]; then
    say "  VPN: connected (try signing in without it):"
    printf '%s\n' "$vpn" | say_lines "    "
  else
    say "  VPN: no VPN service from System Settings is connected."
  fi
  say "  Tunnel interfaces (utun, also used by macOS itself and by VPN apps): ${utun:-0}"
}

check_os_extras() {
  # Teams keeps the account in the keychain, which the cache step does not touch. Listed by
  # name only: without -g or -w, security never reads a password.
  local label found=''
  say "  Teams sign-in items in your keychain (names only; no password is read):"
  for label in "${KEYCHAIN_ITEMS[@]}"; do
    if security find-generic-password -l "$label" >/dev/null 2>&1; then
      say "    found:     $label"
      found=1
    else
      say "    not found: $label"
    fi
  done
  if [ -n "$found" ]; then
    say "  If sign-in still fails after the cache reset, IT can remove these items: quit Teams, open"
    say "  Keychain Access (login keychain), search for the name and delete the item, or run as you:"
    say "    security delete-generic-password -l '<name>'   (once per item found)"
    say "  Teams then asks you to sign in again."
  fi
}
