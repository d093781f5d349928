#!/bin/bash
# (Always /bin/bash: the bin folder may put another bash first on PATH, the shell under test.)
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
#   STUB_NOW         what `date -u +%s` prints (seconds since 1970; default: the real time)
#   STUB_CONSOLE_USER  what `stat -f %Su /dev/console` prints: the user signed in at the
#                    macOS screen (default alice; "root" = nobody, the login window)
#   STUB_CONSOLE_UID   what `id -u <that user>` prints (default 501)
#   STUB_CONSOLE_HOME  the HOME `sudo -H -u <user>` gives the command it runs (required for
#                    that call); the command also sees STUB_UID=STUB_CONSOLE_UID
#   STUB_SUDO_N      1 = `sudo -n ...` (no password) is allowed
#   STUB_CURL_CONNECT  "host=code ..." a proxy's answer to CONNECT: curl fails with 56 and
#                    reports %{http_code} 000, %{http_connect} the code
#   STUB_OPEN_MAKES_BACKGROUNDS 1 = new Teams, started by `open -b`, makes its (empty)
#                    Backgrounds folder again, as it does at its first start
# Messages of the ls/mv denial are German unless the command runs under LC_ALL=C (or the
# locale is C), as with localized coreutils.
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
  date)
    if [ -n "${STUB_NOW:-}" ] && [ "$*" = "-u +%s" ]; then
      echo "$STUB_NOW"
      exit 0
    fi
    exec /bin/date "$@"
    ;;
  id)
    case ${1:-} in
      -u)
        if [ -n "${2:-}" ]; then
          echo "${STUB_CONSOLE_UID:-501}"
        else
          echo "${STUB_UID:-501}"
        fi
        ;;
      -un) echo "alice" ;;
      -Gn) echo "${STUB_GROUPS:-staff}" ;;
      *) echo "uid=${STUB_UID:-501}(user) gid=20(staff)" ;;
    esac
    ;;
  launchctl)
    # launchctl asuser UID COMMAND...: runs COMMAND (in that user's session, on macOS).
    if [ "${1:-}" = asuser ]; then
      shift 2
      exec "$@"
    fi
    exit 1
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
        if [ "${STUB_OPEN_MAKES_BACKGROUNDS:-0}" = 1 ]; then
          /bin/mkdir -p "$c/Data/Library/Application Support/Microsoft/MSTeams/Backgrounds"
        fi
      fi
    fi
    ;;
  sw_vers)
    echo "${STUB_MACOS:-15.1}"
    ;;
  dscl)
    # dscl writes a value that holds a space on its own line, indented by one space.
    value=${STUB_ACCOUNT_HOME:-$HOME}
    case $value in
      *' '*) printf 'NFSHomeDirectory:\n %s\n' "$value" ;;
      *) printf 'NFSHomeDirectory: %s\n' "$value" ;;
    esac
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
            case ${LC_ALL:-${LC_MESSAGES:-${LANG:-C}}} in
              C|C.*|POSIX|en*) echo "$name: $arg: Operation not permitted" >&2 ;;
              *) echo "$name: $arg: Vorgang nicht zul$(printf '\303\244')ssig" >&2 ;;
            esac
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
    if [ "${1:-}" = -f ] && [ "${2:-}" = %Su ] && [ "${3:-}" = /dev/console ]; then
      echo "${STUB_CONSOLE_USER:-alice}"
      exit 0
    fi
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
    write=''
    prev=''
    for arg in "$@"; do
      if [ "$prev" = -w ]; then
        write=$arg
      fi
      prev=$arg
    done
    # What -w prints: %{http_code}, %{http_connect}, %{redirect_url}; \n as a line end.
    write_out() { # write_out CODE CONNECT LOCATION
      local w=${write//\\n/$'\n'}
      w=${w//%\{http_code\}/$1}
      w=${w//%\{http_connect\}/$2}
      printf '%s' "${w//%\{redirect_url\}/$3}"
    }
    if connect=$(lookup "${STUB_CURL_CONNECT:-}"); then
      write_out 000 "$connect" ''
      echo "curl: (56) CONNECT tunnel failed, response $connect" >&2
      exit 56
    fi
    if rc=$(lookup "${STUB_CURL_EXIT:-}"); then
      write_out 000 000 ''
      echo "curl: ($rc) stub failure for $host" >&2
      exit "$rc"
    fi
    code=$(lookup "${STUB_CURL_HTTP:-}") || code=${STUB_HTTP_CODE:-200}
    location=''
    head_only=0 to_null=0
    prev=''
    for arg in "$@"; do
      case $arg in
        -I) head_only=1 ;;
      esac
      if [ "$prev" = -o ] && [ "$arg" = /dev/null ]; then
        to_null=1
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
          elif [ "${STUB_CAPTIVE:-0}" = redirect ]; then
            code=302
            location='http://login.hotel-wifi.example/portal?next=connecttest'
          else
            printf 'Microsoft Connect Test'
          fi
          ;;
        *) printf '<html>ok</html>' ;;
      esac
    fi
    write_out "$code" 000 "$location"
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
  sudo)
    # sudo -H -u USER COMMAND...: COMMAND as the console user (see STUB_CONSOLE_HOME).
    if [ "${1:-}" = -H ] && [ "${2:-}" = -u ]; then
      shift 3
      export HOME="${STUB_CONSOLE_HOME:?STUB_CONSOLE_HOME is not set}"
      export STUB_UID="${STUB_CONSOLE_UID:-501}"
      exec "$@"
    fi
    if [ "${1:-}" = -n ] && [ "${STUB_SUDO_N:-0}" != 1 ]; then
      echo "sudo: a password is required" >&2
      exit 1
    fi
    ;;
  sntp | timedatectl | gsettings | systemsetup)
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
