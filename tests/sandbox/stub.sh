#!/usr/bin/env bash
# One stub for every OS command the generated fix scripts call; the sandbox test links it
# under each command's name in a bin folder that comes first on PATH. Each call is logged as
# one line "name<TAB>arg<TAB>arg..." to $STUB_LOG, so tests can assert what the script ran.
#
# Settings (environment):
#   STUB_LOG         file the calls are appended to (required)
#   STUB_UID         what `id -u` prints (default 501: the scripts refuse to run as root)
#   STUB_GROUPS      what `id -Gn` prints (default "staff")
#   STUB_SCOPE       file listing the process ids this sandbox owns; pgrep only reports
#                    those, so parallel sandboxes never see (or kill) each other's fake Teams
#   STUB_QUIT        1 = osascript's "quit app" really ends the fake macOS Teams processes
#   STUB_HTTP_CODE   what curl -w '%{http_code}' prints (default 200)
#   STUB_DATE        Date header curl -I returns (default: now, in HTTP-date form)
#   STUB_OPEN_FAILS  app name `open -a` fails for (to test the fallback across bundle names)
#   STUB_SNAP        1 = `snap list teams-for-linux` finds the snap
set -u
name=${0##*/}
{
  printf '%s' "$name"
  for arg in "$@"; do
    printf '\t%s' "$arg"
  done
  printf '\n'
} >>"${STUB_LOG:?STUB_LOG is not set}"

case $name in
  uname)
    echo "StubOS"
    ;;
  id)
    case ${1:-} in
      -u) echo "${STUB_UID:-501}" ;;
      -Gn) echo "${STUB_GROUPS:-staff}" ;;
      *) echo "uid=${STUB_UID:-501}(user) gid=20(staff)" ;;
    esac
    ;;
  pgrep)
    # Real matching (so the script's patterns are tested), with the user id swapped for the
    # real one and the result limited to this sandbox's processes.
    args=()
    while [ $# -gt 0 ]; do
      if [ "$1" = -u ]; then
        args+=(-u "$(/usr/bin/id -u)")
        shift 2
        continue
      fi
      args+=("$1")
      shift
    done
    found=0
    for pid in $(/usr/bin/pgrep "${args[@]}"); do
      if [ -n "${STUB_SCOPE:-}" ] && grep -qx "$pid" "$STUB_SCOPE" 2>/dev/null; then
        echo "$pid"
        found=1
      fi
    done
    [ "$found" = 1 ]
    ;;
  pkill)
    echo "stub: pkill must not be used (it could hit processes outside the sandbox)" >&2
    exit 1
    ;;
  osascript)
    if [ "${STUB_QUIT:-0}" = 1 ] && [ -n "${STUB_SCOPE:-}" ]; then
      while read -r pid; do
        kill -TERM "$pid" 2>/dev/null
      done <"$STUB_SCOPE"
    fi
    ;;
  open)
    if [ "${1:-}" = -a ] && [ "${2:-}" = "${STUB_OPEN_FAILS:-}" ]; then
      echo "Unable to find application named '$2'" >&2
      exit 1
    fi
    ;;
  scutil)
    case ${1:-} in
      --proxy) printf '<dictionary> {\n  HTTPEnable : 0\n  HTTPSEnable : 0\n}\n' ;;
      --nc) printf '* (Disconnected)   1234 PPP --> L2TP "Office VPN" [PPP:L2TP]\n' ;;
    esac
    ;;
  ifconfig)
    echo "lo0 en0 utun0 utun1"
    ;;
  ip)
    printf '1: lo: <LOOPBACK,UP> mtu 65536\n2: eth0: <BROADCAST,UP> mtu 1500\n3: wg0: <POINTOPOINT,UP> mtu 1420\n'
    ;;
  curl)
    for arg in "$@"; do
      case $arg in
        -I)
          printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n'
          printf 'Date: %s\r\n\r\n' "${STUB_DATE:-$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')}"
          exit 0
          ;;
        '%{http_code}') code=${STUB_HTTP_CODE:-200} ;;
      esac
    done
    printf '%s' "${code:-200}"
    ;;
  sudo | sntp | timedatectl | gsettings | security | systemsetup)
    ;;
  snap)
    # STUB_SNAP=1: the teams-for-linux snap is installed.
    [ "${STUB_SNAP:-0}" = 1 ]
    exit
    ;;
  flatpak)
    exit 1
    ;;
  teams-for-linux | teams)
    ;;
  *)
    echo "stub: no behaviour for $name" >&2
    exit 1
    ;;
esac
exit 0
