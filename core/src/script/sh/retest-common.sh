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

check_endpoints() {
  local i=0 code
  if ! command -v curl >/dev/null 2>&1; then
    say "  curl is not installed, so the addresses cannot be tested."
    return 0
  fi
  say "  Can this computer reach the Microsoft sign-in addresses?"
  while [ "$i" -lt "$ENDPOINT_COUNT" ]; do
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "${ENDPOINT_URLS[$i]}" 2>/dev/null)
    case $code in
      [1-5][0-9][0-9]) say "    OK       ${ENDPOINT_LABELS[$i]} (${ENDPOINT_URLS[$i]}): answered HTTP $code" ;;
      *) say "    PROBLEM  ${ENDPOINT_LABELS[$i]} (${ENDPOINT_URLS[$i]}): no answer (blocked, offline or a proxy/VPN problem)" ;;
    esac
    i=$((i + 1))
  done
}

check_clock() {
  local header server now skew abs
  if ! command -v curl >/dev/null 2>&1; then
    return 0
  fi
  header=$(curl -sS -I --max-time 10 "$CLOCK_URL" 2>/dev/null | tr -d '\r' | sed -n 's/^[Dd][Aa][Tt][Ee]:[[:space:]]*//p' | head -n 1)
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
  if [ "$abs" -gt {{FAIL_SECONDS}} ]; then
    say "  Clock: PROBLEM: this computer's clock is $skew seconds off (more than 5 minutes breaks sign-in)."
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
  check_endpoints
  check_network
  check_clock
  add_summary "re-test done (see the report above)"
}
