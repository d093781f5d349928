check_network() {
  local vpn utun
  say "  Proxy settings (scutil --proxy):"
  scutil --proxy 2>/dev/null | sed 's/^/    /'
  check_proxy_env
  vpn=$(scutil --nc list 2>/dev/null | grep '(Connected)')
  utun=$(ifconfig -l 2>/dev/null | tr ' ' '\n' | grep -c '^utun')
  if [ -n "$vpn" ]; then
    say "  VPN: connected (try signing in without it):"
    printf '%s\n' "$vpn" | sed 's/^/    /'
  else
    say "  VPN: no VPN service from System Settings is connected."
  fi
  say "  Tunnel interfaces (utun, also used by macOS itself and by VPN apps): ${utun:-0}"
}
