# The system proxy curl goes through (set by detect_proxy; '' = none), and the proxy the
# certificate-chain check goes through (host:port; '' = none).
CURL_PROXY=''
TLS_PROXY=''
NEWLINE='
'

problem() {
  # A re-test finding that is a problem: printed, counted for the summary and the exit code
  # (6 when every step worked), and listed in the summary by its short name ($1).
  RETEST_PROBLEMS=$((RETEST_PROBLEMS + 1))
  PROBLEM_LIST="$PROBLEM_LIST$1
"
  say "$2"
}

say_lines() {
  # Prints every line of stdin indented by $1, through say.
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    say "$1$line"
  done
}

http_date_to_epoch() {
  # "Tue, 25 Nov 2025 08:27:00 GMT" -> seconds since 1970, in plain bash arithmetic, so it
  # works the same with BSD (macOS) and GNU date (days-from-civil, proleptic Gregorian).
  local day mon year hms hh mm ss m y era yoe doy doe v epoch
  read -r _ day mon year hms _ <<<"$1"
  case ${mon:-} in
    Jan) m=1 ;; Feb) m=2 ;; Mar) m=3 ;; Apr) m=4 ;; May) m=5 ;; Jun) m=6 ;;
    Jul) m=7 ;; Aug) m=8 ;; Sep) m=9 ;; Oct) m=10 ;; Nov) m=11 ;; Dec) m=12 ;;
    *) return 1 ;;
  esac
  hms=${hms:-}
  hh=${hms%%:*}
  mm=${hms#*:}
  mm=${mm%%:*}
  ss=${hms##*:}
  for v in "${day:-}" "${year:-}" "$hh" "$mm" "$ss"; do
    case $v in
      ''|*[!0-9]*) return 1 ;;
    esac
  done
  day=${day#0}
  hh=${hh#0}
  mm=${mm#0}
  ss=${ss#0}
  y=$year
  if [ "$m" -le 2 ]; then
    y=$((y - 1))
  fi
  era=$((y / 400))
  yoe=$((y - era * 400))
  doy=$(( (153 * ((m + 9) % 12) + 2) / 5 + day - 1 ))
  doe=$((yoe * 365 + yoe / 4 - yoe / 100 + doy))
  epoch=$(( (era * 146097 + doe - 719468) * 86400 + hh * 3600 + mm * 60 + ss ))
  printf '%s\n' "$epoch"
}

curl_get() {
  # curl with a time limit, through the system proxy when one is set (see detect_proxy).
  if [ -n "$CURL_PROXY" ]; then
    curl -sS --max-time 10 --proxy "$CURL_PROXY" "$@"
  else
    curl -sS --max-time 10 "$@"
  fi
}

curl_problem() {
  # curl's exit code in plain words.
  case $1 in
    5) printf '%s\n' "the proxy's name could not be found (DNS)" ;;
    6) printf '%s\n' "the name could not be found (DNS): offline, or the network or VPN blocks it" ;;
    7) printf '%s\n' "the connection was refused (a firewall or proxy)" ;;
    28) printf '%s\n' "no answer in time (a firewall, proxy or very slow network)" ;;
    35) printf '%s\n' "the secure connection (TLS) failed: something between this computer and Microsoft interfered" ;;
    51|60) printf '%s\n' "the certificate is not trusted: likely TLS inspection by a proxy or security software, tell IT" ;;
    56) printf '%s\n' "the connection broke off (often a proxy or VPN)" ;;
    *) printf '%s\n' "no answer (curl error $1)" ;;
  esac
}

http_problem() {
  # An HTTP status that is a problem in plain words (nothing for a normal answer). $2 is
  # "proxy" when the proxy itself answered (to curl's CONNECT), else "server".
  case $1 in
    407) printf '%s\n' "the proxy wants you to sign in (HTTP 407); Teams may not get through it" ;;
    403)
      if [ "$2" = proxy ]; then
        printf '%s\n' "the proxy refused the connection (HTTP 403), probably a web filter"
      else
        printf '%s\n' "refused (HTTP 403), probably by a proxy or web filter"
      fi
      ;;
    5[0-9][0-9])
      if [ "$2" = proxy ]; then
        printf '%s\n' "the proxy failed (HTTP $1): it could not reach Microsoft"
      else
        printf '%s\n' "a server error (HTTP $1): usually a proxy's error page, or Microsoft had a problem"
      fi
      ;;
  esac
}

fetch() {
  # GET $1 through the system proxy, no redirects followed. Sets FETCH_RC (curl's exit
  # code), FETCH_CODE (the HTTP status, 000 for none), FETCH_CONNECT (the proxy's answer to
  # CONNECT, 000 for none: a 407 or 403 from a proxy makes curl fail with 56 and no status),
  # FETCH_LOCATION (a redirect's target) and FETCH_BODY.
  local out meta
  out=$(curl_get -w '\n%{http_code} %{http_connect} %{redirect_url}' "$1" 2>/dev/null)
  FETCH_RC=$?
  meta=$(printf '%s\n' "$out" | tail -n 1)
  FETCH_BODY=${out%"$meta"}
  FETCH_BODY=${FETCH_BODY%"$NEWLINE"}
  read -r FETCH_CODE FETCH_CONNECT FETCH_LOCATION <<EOF_META
$meta
EOF_META
  case ${FETCH_CODE:-} in
    [0-9][0-9][0-9]) ;;
    *) FETCH_CODE=000 ;;
  esac
  case ${FETCH_CONNECT:-} in
    [0-9][0-9][0-9]) ;;
    *) FETCH_CONNECT=000 ;;
  esac
  FETCH_LOCATION=${FETCH_LOCATION:-}
}

fetch_problem() {
  # What went wrong with the last fetch, in plain words (nothing when the server answered
  # with a normal status).
  local why
  why=$(http_problem "$FETCH_CONNECT" proxy)
  if [ -z "$why" ]; then
    why=$(http_problem "$FETCH_CODE" server)
  fi
  if [ -z "$why" ] && [ "$FETCH_RC" != 0 ]; then
    why=$(curl_problem "$FETCH_RC")
  fi
  if [ -z "$why" ] && [ "$FETCH_CODE" = 000 ]; then
    why="no answer (blocked, offline or a proxy/VPN problem)"
  fi
  if [ -n "$why" ]; then
    printf '%s\n' "$why"
  fi
}

is_microsoft_issuer() {
  # Whether an OpenID configuration ($1, spaces removed) names one of the issuers of
  # Microsoft's sign-in service in any of its clouds.
  local issuer
  for issuer in "${ISSUER_PREFIXES[@]}"; do
    case $1 in
      *"\"issuer\":\"$issuer"*) return 0 ;;
    esac
  done
  return 1
}

check_endpoints() {
  local i=0 url label why
  if ! command -v curl >/dev/null 2>&1; then
    say "  curl is not installed, so the addresses cannot be tested."
    return 0
  fi
  say "  Can this computer reach the Microsoft sign-in addresses?"
  while [ "$i" -lt "$ENDPOINT_COUNT" ]; do
    url=${ENDPOINT_URLS[$i]}
    label=${ENDPOINT_LABELS[$i]}
    i=$((i + 1))
    fetch "$url"
    why=$(fetch_problem)
    if [ -n "$why" ]; then
      problem "$label: $why" "    PROBLEM  $label ($url): $why"
      continue
    fi
    case $url in
      */.well-known/openid-configuration)
        if is_microsoft_issuer "$(printf '%s' "$FETCH_BODY" | tr -d ' \t\r\n')"; then
          say "    OK       $label ($url): Microsoft's sign-in data (HTTP $FETCH_CODE)"
        else
          problem "$label: not Microsoft's answer" "    PROBLEM  $label ($url): answered HTTP $FETCH_CODE, but not with Microsoft's sign-in data:"
          say "             something answered in Microsoft's place (a block page, a proxy sign-in page or a Wi-Fi login page)"
        fi
        ;;
      *) say "    OK       $label ($url): answered HTTP $FETCH_CODE" ;;
    esac
  done
}

check_captive_portal() {
  # Microsoft's own probe: anything but its exact text means a login page or proxy answered;
  # a Wi-Fi login page usually redirects it to itself.
  local url={{CAPTIVE_URL}} expect={{CAPTIVE_EXPECT}} why
  if ! command -v curl >/dev/null 2>&1; then
    return 0
  fi
  fetch "$url"
  case $FETCH_CODE in
    3[0-9][0-9])
      problem "Wi-Fi login page" "  Wi-Fi login page: PROBLEM: Microsoft's connection test ($url) was redirected to ${FETCH_LOCATION:-another page} (HTTP $FETCH_CODE):"
      say "    probably a hotel or guest Wi-Fi login page. Open a browser, sign in to the network, and try again."
      return 0
      ;;
  esac
  why=$(fetch_problem)
  if [ "$FETCH_RC" != 0 ] && [ "$FETCH_CONNECT" = 000 ]; then
    say "  Wi-Fi login page: could not check ($url: $why)"
  elif [ -n "$why" ]; then
    problem "Wi-Fi login page" "  Wi-Fi login page: PROBLEM: Microsoft's connection test ($url) failed: $why"
  elif [ "$FETCH_BODY" = "$expect" ]; then
    say "  Wi-Fi login page: none in the way (Microsoft's connection test answered as expected)"
  else
    problem "Wi-Fi login page" "  Wi-Fi login page: PROBLEM: something else answered Microsoft's connection test ($url, HTTP $FETCH_CODE):"
    say "    probably a hotel or guest Wi-Fi login page, or a proxy. Open a browser, sign in to the network, and try again."
  fi
}

check_tls_chain() {
  # Reads the certificate chain of the sign-in host (the browser cannot). A chain that ends
  # outside Microsoft's public roots means something re-signs the traffic: TLS inspection.
  # Report only.
  local host={{SIGN_IN_HOST}} out issuers leaf root known found=0
  if ! command -v openssl >/dev/null 2>&1; then
    say "  TLS certificate: openssl is not installed, so the certificate chain cannot be read."
    return 0
  fi
  if [ -n "$TLS_PROXY" ]; then
    out=$(with_timeout 15 openssl s_client -proxy "$TLS_PROXY" -connect "$host:443" -servername "$host" -showcerts </dev/null 2>/dev/null)
  else
    out=$(with_timeout 15 openssl s_client -connect "$host:443" -servername "$host" -showcerts </dev/null 2>/dev/null)
  fi
  # "   i:/C=US/O=.../CN=Name" (LibreSSL, macOS) or "   i:C = US, O = ..., CN = Name" (OpenSSL).
  issuers=$(printf '%s\n' "$out" | sed -n 's/^ *i:.*CN *= *\([^,/]*\).*$/\1/p')
  if [ -z "$issuers" ]; then
    say "  TLS certificate: could not read the certificate chain of $host (no connection)."
    return 0
  fi
  leaf=$(printf '%s\n' "$issuers" | head -n 1)
  root=$(printf '%s\n' "$issuers" | tail -n 1)
  for known in "${MICROSOFT_ROOTS[@]}"; do
    if [ "$root" = "$known" ]; then
      found=1
    fi
  done
  if [ "$found" = 1 ]; then
    say "  TLS certificate: OK: $host is certified by $leaf, up to $root (a public root Microsoft uses)."
  else
    problem "TLS inspection by $leaf" "  TLS certificate: PROBLEM: the chain of $host ends at \"$root\", not at a public root Microsoft uses:"
    say "    probably TLS inspection by $leaf. Tell IT: Teams sign-in may need an exception for Microsoft's sign-in addresses."
  fi
}

check_clock() {
  local header server now skew abs
  if ! command -v curl >/dev/null 2>&1; then
    return 0
  fi
  header=$(curl_get -I "$CLOCK_URL" 2>/dev/null | tr -d '\r' | sed -n 's/^[Dd][Aa][Tt][Ee]:[[:space:]]*//p' | head -n 1)
  if [ -z "$header" ]; then
    say "  Clock: could not read the time from $CLOCK_URL"
    return 0
  fi
  if ! server=$(http_date_to_epoch "$header"); then
    say "  Clock: could not understand the time $CLOCK_URL sent"
    return 0
  fi
  now=$(date -u +%s)
  skew=$((now - server))
  abs=${skew#-}
  # The organization's thresholds (config.json clock.fail_seconds / warn_seconds) and the
  # page's rule: a problem from fail_seconds on, a warning from warn_seconds on.
  if [ "$abs" -ge {{FAIL_SECONDS}} ]; then
    problem "clock $skew seconds off" "  Clock: PROBLEM: this computer's clock is $skew seconds off ({{FAIL_SECONDS}} seconds or more breaks sign-in here)."
  elif [ "$abs" -ge {{WARN_SECONDS}} ]; then
    say "  Clock: WARNING: this computer's clock is $skew seconds off ({{WARN_SECONDS}} seconds or more); set it to automatic."
  else
    say "  Clock: OK (within $abs seconds of $CLOCK_URL)"
  fi
}

check_proxy_env() {
  local name value
  for name in https_proxy HTTPS_PROXY http_proxy HTTP_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY; do
    value=$(printenv "$name" 2>/dev/null) || continue
    if [ -z "$value" ]; then
      continue
    fi
    case $value in
      *@*) value="(user and password hidden)@${value##*@}" ;;
    esac
    say "    $name=$value"
  done
}

step_retest() {
  say ""
  say "== Re-test from this computer (report only, changes nothing) =="
  detect_proxy
  check_endpoints
  check_captive_portal
  check_tls_chain
  check_network
  check_clock
  check_os_extras
  add_summary "re-test done (see the report above)"
}
