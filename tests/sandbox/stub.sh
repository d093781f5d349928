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
#   STUB_MAC_BUNDLES bundle ids of the installed macOS apps (default com.microsoft.teams2);
#                    osascript `tell application "Name"` logs "CHOOSER" (AppleScript's "Where
#                    is ...?" dialog) for a name other than "Microsoft Teams", and fails for
#                    an `application id` that is not installed
#   STUB_OSASCRIPT_HANG  1 = osascript hangs (a hung Teams or an unanswered Automation prompt)
#   STUB_OPEN_NO_CONTAINER 1 = `open -b com.microsoft.teams2` does not recreate the container
#                    (default: it does, with its metadata file, as macOS does at app start)
#   STUB_TCC_DENY    "ls,mv" style list: those commands fail with "Operation not permitted" on
#                    paths inside ~/Library/Containers or ~/Library/Group Containers (macOS
#                    privacy prompt answered "Don't Allow"; "ls" = reading, "mv" = renaming)
#   STUB_TCC_SCOPE   "containers" (default: macOS 14, ~/Library/Containers only) or "all"
#                    (macOS 15: group containers too)
#   STUB_OTHER_VOLUME  substring: `stat -f %d` / `stat -c %d` report another device for
#                    paths containing it (a folder on another volume)
#   STUB_CP_FAIL     substring: cp of a source containing it copies one file, then fails
#                    with "No space left on device"
#   STUB_MACOS       what `sw_vers -productVersion` prints (default 15.1)
#   STUB_ACCOUNT_HOME  the account's home folder for dscl/getent (default: $HOME)
#   STUB_CURL_EXIT   "host=code ..." curl exit codes per host (6, 7, 28, 35, 60...)
#   STUB_CURL_HTTP   "host=code ..." HTTP status per host (e.g. graph.microsoft.com=407)
#   STUB_OPENID_BODY body of the OpenID configuration (default: Microsoft's issuer)
#   STUB_CAPTIVE     1 = the captive-portal probe gets a Wi-Fi login page
#   STUB_SCUTIL_PROXY  1 = scutil --proxy shows an HTTPS proxy and a PAC URL
#   STUB_TLS_ROOT    issuer CN chain for openssl s_client, "leaf-issuer|root" (default:
#                    Microsoft's real chain)
#   STUB_KEYCHAIN    labels (|-separated) `security find-generic-password -l` finds
#   STUB_VPN_NAME    a connected VPN service of this name in `scutil --nc list`
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
      -un) echo "alice" ;;
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
    text="$*"
    case $text in
      *'tell application "'*)
        app=${text#*tell application \"}
        app=${app%%\"*}
        if [ "$app" != "Microsoft Teams" ]; then
          # AppleScript resolves the name when it compiles: a "Where is ...?" chooser.
          printf 'CHOOSER\t%s\n' "$app" >>"$STUB_LOG"
          exit 1
        fi
        ;;
      *'application id "'*)
        id=${text#*application id \"}
        id=${id%%\"*}
        case " ${STUB_MAC_BUNDLES:-com.microsoft.teams2} " in
          *" $id "*) ;;
          *)
            echo "execution error: Can't get application id \"$id\". (-1728)" >&2
            exit 1
            ;;
        esac
        ;;
    esac
    if [ "${STUB_OSASCRIPT_HANG:-0}" = 1 ]; then
      exec sleep 60
    fi
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
    if [ "${1:-}" = -b ]; then
      case " ${STUB_MAC_BUNDLES:-com.microsoft.teams2} " in
        *" ${2:-} "*) ;;
        *)
          echo "Unable to find application with identifier ${2:-}" >&2
          exit 1
          ;;
      esac
      if [ "${2:-}" = com.microsoft.teams2 ] && [ "${STUB_OPEN_NO_CONTAINER:-0}" != 1 ]; then
        c="$HOME/Library/Containers/com.microsoft.teams2"
        /bin/mkdir -p "$c/Data"
        printf 'bplist00' >"$c/.com.apple.containermanagerd.metadata.plist"
      fi
    fi
    ;;
  sw_vers)
    echo "${STUB_MACOS:-15.1}"
    ;;
  dscl)
    printf 'NFSHomeDirectory: %s\n' "${STUB_ACCOUNT_HOME:-$HOME}"
    ;;
  getent)
    printf 'alice:x:501:20:Alice:%s:/bin/bash\n' "${STUB_ACCOUNT_HOME:-$HOME}"
    ;;
  ls | mv)
    # The macOS privacy prompt answered "Don't Allow": reading or renaming inside an app's
    # container fails; everything else is the real command.
    case ",${STUB_TCC_DENY:-}," in
      *",$name,"*)
        for arg in "$@"; do
          case $arg in
            */Library/Containers/*) denied=1 ;;
            */Library/Group\ Containers/*) [ "${STUB_TCC_SCOPE:-containers}" = all ] && denied=1 ;;
          esac
          if [ "${denied:-0}" = 1 ]; then
            echo "$name: $arg: Operation not permitted" >&2
            exit 1
          fi
        done
        ;;
    esac
    exec "/bin/$name" "$@"
    ;;
  cp)
    if [ -n "${STUB_CP_FAIL:-}" ]; then
      for arg in "$@"; do
        case $arg in
          *"$STUB_CP_FAIL"*)
            dest=${!#}
            /bin/mkdir -p "$dest"
            printf 'partial' >"$dest/partial-file"
            echo "cp: $dest/partial-file: No space left on device" >&2
            exit 1
            ;;
        esac
      done
    fi
    exec /bin/cp "$@"
    ;;
  stat)
    if { [ "${1:-}" = -f ] || [ "${1:-}" = -c ]; } && [ "${2:-}" = %d ]; then
      case ${3:-} in
        *"${STUB_OTHER_VOLUME:-//none//}"*) echo 4242 ;;
        *) /usr/bin/stat -c %d "${3:-}" ;;
      esac
      exit
    fi
    exec /usr/bin/stat "$@"
    ;;
  openssl)
    chain=${STUB_TLS_ROOT:-Microsoft Azure RSA TLS Issuing CA 04|DigiCert Global Root G2}
    printf 'CONNECTED(00000003)\n---\nCertificate chain\n'
    printf ' 0 s:/CN=login.microsoftonline.com\n   i:/C=US/O=Issuer Org/CN=%s\n' "${chain%%|*}"
    printf ' 1 s:/C=US/O=Issuer Org/CN=%s\n   i:/C=US/O=Root Org/CN=%s\n---\n' "${chain%%|*}" "${chain#*|}"
    ;;
  scutil)
    case ${1:-} in
      --proxy)
        if [ "${STUB_SCUTIL_PROXY:-0}" = 1 ]; then
          printf '<dictionary> {\n  HTTPEnable : 0\n  HTTPSEnable : 1\n  HTTPSPort : 8080\n  HTTPSProxy : proxy.contoso.example\n'
          printf '  ProxyAutoConfigEnable : 1\n  ProxyAutoConfigURLString : http://wpad.contoso.example/proxy.pac\n}\n'
        else
          printf '<dictionary> {\n  HTTPEnable : 0\n  HTTPSEnable : 0\n}\n'
        fi
        ;;
      --nc)
        if [ -n "${STUB_VPN_NAME:-}" ]; then
          printf '* (Connected)      1234 PPP --> L2TP "%s" [PPP:L2TP]\n' "$STUB_VPN_NAME"
        else
          printf '* (Disconnected)   1234 PPP --> L2TP "Office VPN" [PPP:L2TP]\n'
        fi
        ;;
    esac
    ;;
  ifconfig)
    echo "lo0 en0 utun0 utun1"
    ;;
  ip)
    printf '1: lo: <LOOPBACK,UP> mtu 65536\n2: eth0: <BROADCAST,UP> mtu 1500\n3: wg0: <POINTOPOINT,UP> mtu 1420\n'
    ;;
  curl)
    url=${!#}
    host=${url#*://}
    host=${host%%[/:]*}
    lookup() {
      # "host=value ..." -> the value for $host
      local pair
      for pair in $1; do
        if [ "${pair%%=*}" = "$host" ]; then
          printf '%s' "${pair#*=}"
          return 0
        fi
      done
      return 1
    }
    if rc=$(lookup "${STUB_CURL_EXIT:-}"); then
      case " $* " in
        *http_code*) printf '000' ;;
      esac
      echo "curl: ($rc) stub failure for $host" >&2
      exit "$rc"
    fi
    code=$(lookup "${STUB_CURL_HTTP:-}") || code=${STUB_HTTP_CODE:-200}
    head_only=0 to_null=0 write=''
    prev=''
    for arg in "$@"; do
      case $arg in
        -I) head_only=1 ;;
      esac
      if [ "$prev" = -o ] && [ "$arg" = /dev/null ]; then
        to_null=1
      fi
      if [ "$prev" = -w ]; then
        write=$arg
      fi
      prev=$arg
    done
    if [ "$head_only" = 1 ]; then
      printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n'
      printf 'Date: %s\r\n\r\n' "${STUB_DATE:-$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')}"
      exit 0
    fi
    if [ "$to_null" = 0 ]; then
      case $url in
        */.well-known/openid-configuration)
          printf '%s' "${STUB_OPENID_BODY:-{\"issuer\":\"https://login.microsoftonline.com/{tenantid}/v2.0\",\"jwks_uri\":\"x\"\}}"
          ;;
        */connecttest.txt)
          if [ "${STUB_CAPTIVE:-0}" = 1 ]; then
            printf '<html><body>Welcome to Hotel Wi-Fi. Please log in.</body></html>'
          else
            printf 'Microsoft Connect Test'
          fi
          ;;
        *) printf '<html>ok</html>' ;;
      esac
    fi
    case $write in
      *'%{http_code}'*)
        w=${write//\\n/$'\n'}
        printf '%s' "${w//%\{http_code\}/$code}"
        ;;
    esac
    ;;
  security)
    # find-generic-password -l LABEL: found (0) or "could not be found" (44), never a secret.
    label=''
    prev=''
    for arg in "$@"; do
      if [ "$prev" = -l ]; then
        label=$arg
      fi
      prev=$arg
    done
    case "|${STUB_KEYCHAIN:-}|" in
      *"|$label|"*) printf 'keychain: "/Users/alice/Library/Keychains/login.keychain-db"\nclass: "genp"\n' ;;
      *)
        echo "security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain." >&2
        exit 44
        ;;
    esac
    ;;
  sudo | sntp | timedatectl | gsettings | systemsetup)
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
