#!/usr/bin/env bash
# fix-teams-signin-linux.sh: fixes Microsoft Teams sign-in error CAA20002 for the current user on Linux.
#
# What it does, in this order (each action is printed first, and logged):
#   1. Quits Teams: only your own Teams processes, forced after a grace period.
#   2. Moves the Teams cache folders into one backup folder in your home folder (backgrounds are kept).
#   3. Re-tests the sign-in addresses, proxy, VPN and clock (report only).
#   4. Starts Teams again.
#
# It was made by version PAGE_VERSION of the Teams sign-in self-check page for the
# organization in ORGANIZATION (help desk: HELPDESK). Those variables are set just
# below; they are plain text that is only ever printed, never run. The same page
# version, settings and choices always give the same file, byte for byte.
#
# See what it would do without changing anything:  bash fix-teams-signin-linux.sh --dry-run
# Undo (put the cache back from the backup folder it printed):
#   bash fix-teams-signin-linux.sh --restore ~/TeamsCacheBackup-YYYYMMDD-HHMMSS
# All options: bash fix-teams-signin-linux.sh --help
# Needs no administrator rights. Run it as yourself, not with sudo.
# Exit codes: 0 done (or nothing to do), 1 a step failed, 2 wrong usage,
#             3 not confirmed (you said no, or there was no terminal to ask).

ORGANIZATION='Contoso IT'
HELPDESK='help@contoso.example, +1 555 0100, https://help.contoso.example'
PAGE_VERSION='0.1.0'

set -u
set -o pipefail
# No `set -e`: every step checks its own result, so a failure is reported and counted
# instead of stopping the script half-way (and harmless non-zero tests cannot abort it).

SCRIPT_NAME='fix-teams-signin-linux.sh'
SCRIPT_OS='Linux'
DEFAULT_DELETE=0
# Seconds Teams gets to quit by itself before it is forced (tests shorten it).
GRACE_SECONDS=${TEAMS_FIX_GRACE_SECONDS:-10}
CLOCK_URL='https://login.microsoftonline.com/'
ENDPOINT_COUNT=8
# Addresses re-tested from this computer (label, URL).
ENDPOINT_LABELS=(
  'Microsoft Entra sign-in'
  'Microsoft sign-in (alternate)'
  'Sign-in page files'
  'Sign-in page files (alternate)'
  'Teams service'
  'Teams service (new address)'
  'Teams app files'
  'Microsoft Graph'
)
ENDPOINT_URLS=(
  'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'
  'https://login.microsoft.com/'
  'https://aadcdn.msauth.net/'
  'https://aadcdn.msftauth.net/'
  'https://teams.microsoft.com/'
  'https://teams.cloud.microsoft/'
  'https://statics.teams.cdn.office.net/'
  'https://graph.microsoft.com/'
)

init_tables() {
  # The known Teams cache folders (and nothing else): built from $HOME, never a user name.
  # Only these may be moved or deleted; see is_allowed_cache_path.
  CACHE_KEYS=( 'classic-Teams' 'teams-for-linux' 'teams-for-linux-snap' 'teams-for-linux-flatpak' )
  CACHE_PATHS=(
    "$HOME"/'.config/Microsoft/Microsoft Teams'
    "$HOME"/'.config/teams-for-linux'
    "$HOME"/'snap/teams-for-linux/current/.config/teams-for-linux'
    "$HOME"/'.var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux'
  )
  # Custom meeting backgrounds inside each cache folder ('' = none): kept across a clear.
  BACKGROUND_DIRS=( '' '' '' '' )
  # Teams processes, matched on the whole command line (pgrep -f, extended regex).
  PROCESS_PATTERNS=( '^([^ ]*/)?teams-for-linux( |$)' '^([^ ]*/)?teams( |$)' )
}

RUN_STAMP=$(date +%Y%m%d-%H%M%S)
DRY_RUN=0
ASSUME_YES=0
DELETE_MODE=$DEFAULT_DELETE
RESTORE_DIR=''
BACKUP_DIR=''
LOG_FILE=''
FAILURES=0
SUMMARY=''
FOUND=''
TEAMS_PIDS=''

say() {
  # Prints a line and, once the backup folder exists, appends it to the log file in it.
  printf '%s\n' "$*"
  if [ -n "$LOG_FILE" ]; then
    printf '%s\n' "$*" >>"$LOG_FILE"
  fi
}

fail() {
  say "ERROR: $*"
  FAILURES=$((FAILURES + 1))
}

refuse() {
  fail "refusing to touch $1: it is not one of the known Teams cache folders inside your home folder"
}

usage_error() {
  printf 'Error: %s\n' "$1" >&2
  printf 'Run: bash %s --help\n' "$SCRIPT_NAME" >&2
  exit 2
}

parse_args() {
  while [ $# -gt 0 ]; do
    case $1 in
      --dry-run|-n) DRY_RUN=1 ;;
      --yes|-y) ASSUME_YES=1 ;;
      --delete) DELETE_MODE=1 ;;
      --backup) DELETE_MODE=0 ;;
      --restore)
        if [ $# -lt 2 ] || [ -z "$2" ]; then
          usage_error "--restore needs the backup folder, for example: --restore ~/TeamsCacheBackup-20250101-120000"
        fi
        RESTORE_DIR=$2
        shift
        ;;
      --restore=*) RESTORE_DIR=${1#--restore=} ;;
      --help|-h)
        show_help
        exit 0
        ;;
      *) usage_error "unknown option: $1" ;;
    esac
    shift
  done
}

confirm() {
  # Returns 0 only on an explicit yes. Without a terminal it refuses instead of hanging.
  local answer=''
  if [ "$ASSUME_YES" = 1 ]; then
    return 0
  fi
  if [ ! -t 0 ]; then
    say "There is no terminal to ask you for confirmation, so nothing was changed."
    say "Run it again with --yes to confirm in advance, or with --dry-run to only see what it would do."
    exit 3
  fi
  printf '%s [y/N] ' "$1"
  IFS= read -r answer || answer=''
  case $answer in
    y|Y|yes|Yes|YES) return 0 ;;
  esac
  return 1
}

check_environment() {
  case ${HOME:-} in
    /?*) ;;
    *)
      say "ERROR: HOME is not set to your home folder, so the Teams folders cannot be found."
      exit 1
      ;;
  esac
  HOME=${HOME%/}
  if [ ! -d "$HOME" ]; then
    say "ERROR: your home folder $HOME does not exist."
    exit 1
  fi
  if [ "$(id -u)" = 0 ]; then
    say "Please run this as yourself, not with sudo or as root: Teams and its cache belong to your user."
    exit 2
  fi
}

print_intro() {
  say "Fix for Microsoft Teams sign-in error CAA20002 ($SCRIPT_OS)"
  if [ -n "$ORGANIZATION" ]; then
    say "Prepared for: $ORGANIZATION"
  fi
  if [ -n "$HELPDESK" ]; then
    say "Help desk: $HELPDESK"
  fi
  say "Made by the Teams sign-in self-check page, version $PAGE_VERSION"
  if [ "$DRY_RUN" = 1 ]; then
    say "DRY RUN: nothing will be changed; every action is only printed."
  fi
}

find_cache_folders() {
  # FOUND: the indexes (space-separated) of the cache folders that exist.
  local i=0
  FOUND=''
  while [ "$i" -lt "${#CACHE_PATHS[@]}" ]; do
    if [ -e "${CACHE_PATHS[$i]}" ] || [ -L "${CACHE_PATHS[$i]}" ]; then
      FOUND="$FOUND $i"
    fi
    i=$((i + 1))
  done
  FOUND=${FOUND# }
}

script_path() {
  # Where this script is, for the restore command it prints.
  case $0 in
    */*) ;;
    *)
      printf '%s\n' "$HOME/Downloads/$SCRIPT_NAME"
      return 0
      ;;
  esac
  case $0 in
    /*) printf '%s\n' "$0" ;;
    *) printf '%s\n' "$PWD/$0" ;;
  esac
}

add_summary() {
  SUMMARY="$SUMMARY  - $*
"
}

create_work_dir() {
  # One timestamped folder for the backup and the log, readable only by you (the cache
  # holds sign-in tokens). A second run in the same second gets a -2 suffix.
  local base dir n=1
  base="$HOME/TeamsCacheBackup-$RUN_STAMP"
  dir=$base
  while [ -e "$dir" ] || [ -L "$dir" ]; do
    n=$((n + 1))
    dir="$base-$n"
  done
  if ! mkdir -m 700 "$dir"; then
    fail "could not create the folder $dir"
    return 1
  fi
  BACKUP_DIR=$dir
  LOG_FILE="$dir/fix-teams-signin.log"
  say "Log file: $LOG_FILE"
  say "Run started $RUN_STAMP (organization: $ORGANIZATION; page version $PAGE_VERSION)"
}

show_help() {
  cat <<'EOF_HELP'
Usage: bash fix-teams-signin-linux.sh [options]

Fixes Microsoft Teams sign-in error CAA20002 for you (the current user) on Linux.
It shows what it will do and asks before changing anything.

Options:
  --dry-run, -n    only print every action, change nothing
  --yes, -y        do not ask for confirmation (needed when there is no terminal)
  --delete         delete the cache folders instead of moving them into a backup folder
  --backup         move the cache folders into a backup folder (undo with --restore)
  --restore DIR    undo: put the cache folders back from the backup folder DIR
  --help, -h       show this help

This copy moves into a backup folder by default; --delete deletes instead.
Custom meeting backgrounds are kept either way.
The backup folder is ~/TeamsCacheBackup-YYYYMMDD-HHMMSS; the log file is inside it.
Environment: TEAMS_FIX_GRACE_SECONDS (default 10) seconds Teams gets to quit
before it is forced.

Exit codes:
  0  done, or nothing to do (for example Teams is not installed)
  1  a step failed (see the messages and the log file)
  2  wrong usage (unknown option, missing folder, run as root)
  3  not confirmed (you answered no, or there was no terminal to ask)
EOF_HELP
  printf 'This copy was prepared for: %s\n' "$ORGANIZATION"
  if [ -n "$HELPDESK" ]; then
    printf 'Help desk: %s\n' "$HELPDESK"
  fi
}

is_allowed_cache_path() {
  # The single allow-list check in front of every mv and rm. True only when $1 is one of the
  # known Teams cache folders in CACHE_PATHS, or a path inside one, and:
  #  - it has no . or .. segments (no way to climb out of the folder by spelling);
  #  - it is never the OneAuth container (shared by all Microsoft apps);
  #  - the folder holding the cache folder is physically inside $HOME (no link leading
  #    elsewhere), and no link sits between the cache folder and a path inside it.
  local path=$1 i=0 known parent home rest part cur
  case /$path/ in
    */./*|*/../*) return 1 ;;
  esac
  case $path in
    *UBF8T346G9.com.microsoft.oneauth*) return 1 ;;
  esac
  home=$(cd -P "$HOME" 2>/dev/null && pwd -P) || return 1
  while [ "$i" -lt "${#CACHE_PATHS[@]}" ]; do
    known=${CACHE_PATHS[$i]}
    i=$((i + 1))
    case $path in
      "$known"|"$known"/*) ;;
      *) continue ;;
    esac
    parent=$(cd -P "${known%/*}" 2>/dev/null && pwd -P) || return 1
    case $parent/ in
      "$home"/*) ;;
      *) return 1 ;;
    esac
    if [ "$path" != "$known" ]; then
      rest=${path#"$known"/}
      cur=$known
      while [ -n "$rest" ]; do
        part=${rest%%/*}
        case $rest in
          */*) rest=${rest#*/} ;;
          *) rest='' ;;
        esac
        if [ -L "$cur" ]; then
          return 1
        fi
        cur="$cur/$part"
      done
    fi
    return 0
  done
  return 1
}

find_teams_pids() {
  # TEAMS_PIDS: this user's Teams process ids (never this script or the shell that ran it).
  local uid pattern pid
  TEAMS_PIDS=''
  uid=$(id -u)
  for pattern in "${PROCESS_PATTERNS[@]}"; do
    for pid in $(pgrep -u "$uid" -f "$pattern" 2>/dev/null); do
      if [ "$pid" = "$$" ] || [ "$pid" = "$PPID" ]; then
        continue
      fi
      case " $TEAMS_PIDS " in
        *" $pid "*) ;;
        *) TEAMS_PIDS="$TEAMS_PIDS $pid" ;;
      esac
    done
  done
  TEAMS_PIDS=${TEAMS_PIDS# }
}

stop_teams() {
  # Asks Teams to quit, waits up to GRACE_SECONDS, then forces what is left.
  local waited=0
  find_teams_pids
  if [ -z "$TEAMS_PIDS" ]; then
    say "Teams is not running."
    return 0
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would ask Teams to quit (process ids: $TEAMS_PIDS) and force it after $GRACE_SECONDS seconds"
    return 0
  fi
  say "Asking Teams to quit (process ids: $TEAMS_PIDS)..."
  ask_teams_to_quit
  while [ "$waited" -lt "$GRACE_SECONDS" ]; do
    find_teams_pids
    if [ -z "$TEAMS_PIDS" ]; then
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  find_teams_pids
  if [ -n "$TEAMS_PIDS" ]; then
    say "Teams did not quit within $GRACE_SECONDS seconds: forcing it to stop (process ids: $TEAMS_PIDS)"
    # One process id per word, on purpose.
    # shellcheck disable=SC2086
    kill -KILL $TEAMS_PIDS 2>/dev/null
    sleep 1
    find_teams_pids
  fi
  if [ -n "$TEAMS_PIDS" ]; then
    fail "Teams is still running (process ids: $TEAMS_PIDS). Quit it yourself and run this again."
    return 1
  fi
  say "Teams is stopped."
  return 0
}

ask_teams_to_quit() {
  # SIGTERM lets Electron save its state; stop_teams forces the rest later.
  # One process id per word, on purpose.
  # shellcheck disable=SC2086
  kill -TERM $TEAMS_PIDS 2>/dev/null
}

restore_backup() {
  # Undo: moves each cache folder found in the backup folder $1 back where it came from.
  # A folder Teams created since then is moved aside into the backup folder, not deleted.
  local dir=$1 i=0 key path src aside found=0 n
  case $dir in
    /*) ;;
    *) dir="$PWD/$dir" ;;
  esac
  dir=${dir%/}
  if [ ! -d "$dir" ]; then
    say "ERROR: the backup folder $dir does not exist."
    return 2
  fi
  while [ "$i" -lt "${#CACHE_KEYS[@]}" ]; do
    if [ -e "$dir/${CACHE_KEYS[$i]}" ] || [ -L "$dir/${CACHE_KEYS[$i]}" ]; then
      found=$((found + 1))
    fi
    i=$((i + 1))
  done
  if [ "$found" = 0 ]; then
    say "Nothing to restore in $dir: it holds no Teams cache folder (already restored?)."
    return 0
  fi
  say "Restoring the Teams cache from: $dir"
  if [ "$DRY_RUN" = 1 ]; then
    say "DRY RUN: nothing will be changed; every action is only printed."
  else
    if ! confirm "Put the Teams cache back from this backup (Teams is closed first)?"; then
      say "Cancelled: nothing was changed."
      return 3
    fi
    LOG_FILE="$dir/fix-teams-signin.log"
    say "Restore started $RUN_STAMP"
  fi
  stop_teams || return 1
  i=0
  while [ "$i" -lt "${#CACHE_KEYS[@]}" ]; do
    key=${CACHE_KEYS[$i]}
    path=${CACHE_PATHS[$i]}
    i=$((i + 1))
    src="$dir/$key"
    if [ ! -e "$src" ] && [ ! -L "$src" ]; then
      continue
    fi
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would put back: $path"
      continue
    fi
    if [ -e "$path" ] || [ -L "$path" ]; then
      # A fresh name: mv into an existing folder would nest instead of rename.
      aside="$dir/$key.before-restore-$RUN_STAMP"
      n=1
      while [ -e "$aside" ] || [ -L "$aside" ]; do
        n=$((n + 1))
        aside="$dir/$key.before-restore-$RUN_STAMP-$n"
      done
      say "Moving what is there now aside (it stays in the backup folder): $aside"
      is_allowed_cache_path "$path" || { refuse "$path"; continue; }
      if ! mv -- "$path" "$aside"; then
        fail "could not move $path aside, so it was not restored"
        continue
      fi
    fi
    if ! mkdir -p "${path%/*}"; then
      fail "could not create the folder ${path%/*}"
      continue
    fi
    is_allowed_cache_path "$path" || { refuse "$path"; continue; }
    if mv -- "$src" "$path"; then
      say "Put back: $path"
    else
      fail "could not put back $path (it is still in $dir)"
    fi
  done
  if [ "$FAILURES" -gt 0 ]; then
    return 1
  fi
  if [ "$DRY_RUN" != 1 ]; then
    say "Done: the Teams cache is back as it was. Start Teams again."
  fi
  return 0
}

put_back_backgrounds() {
  # $1: saved copy, $2: where Teams looks for it. cp -P copies links as links.
  local from=$1 to=$2
  is_allowed_cache_path "$to" || { refuse "$to"; return 1; }
  if mkdir -p "${to%/*}" && cp -pPR "$from" "$to"; then
    say "Put your custom meeting backgrounds back: $to"
    return 0
  fi
  fail "could not put your custom meeting backgrounds back into $to; they are safe in $from"
  return 1
}

clear_one() {
  # Moves (or deletes) one cache folder. mv and rm -rf act on the folder itself: a link
  # inside it is moved or removed as a link, its target is never touched.
  local i=$1 path key bg dest keep=''
  path=${CACHE_PATHS[$i]}
  key=${CACHE_KEYS[$i]}
  bg=${BACKGROUND_DIRS[$i]}
  if ! is_allowed_cache_path "$path"; then
    refuse "$path"
    return 1
  fi
  if [ "$DELETE_MODE" = 1 ]; then
    if [ "$DRY_RUN" = 1 ]; then
      if [ -n "$bg" ] && [ -d "$path/$bg" ]; then
        say "[dry run] would save your custom meeting backgrounds: $path/$bg"
      fi
      say "[dry run] would delete: $path"
      return 0
    fi
    if [ -n "$bg" ] && [ -d "$path/$bg" ]; then
      keep="$BACKUP_DIR/backgrounds/$key"
      if ! { mkdir -p "$BACKUP_DIR/backgrounds" && cp -pPR "$path/$bg" "$keep"; }; then
        fail "could not save your custom meeting backgrounds, so $path was not deleted"
        return 1
      fi
    fi
    say "Deleting: $path"
    is_allowed_cache_path "$path" || { refuse "$path"; return 1; }
    if ! rm -rf -- "$path"; then
      fail "could not delete all of $path"
      return 1
    fi
    add_summary "deleted $path"
    if [ -n "$keep" ]; then
      put_back_backgrounds "$keep" "$path/$bg"
    fi
    return 0
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would move: $path"
    say "          into: $HOME/TeamsCacheBackup-$RUN_STAMP/$key"
    if [ -n "$bg" ] && [ -d "$path/$bg" ]; then
      say "[dry run] would put your custom meeting backgrounds back: $path/$bg"
    fi
    return 0
  fi
  dest="$BACKUP_DIR/$key"
  say "Moving: $path"
  say "  into: $dest"
  is_allowed_cache_path "$path" || { refuse "$path"; return 1; }
  if ! mv -- "$path" "$dest"; then
    fail "could not move $path (is Teams still running?)"
    return 1
  fi
  add_summary "moved $path into the backup folder"
  if [ -n "$bg" ] && [ -d "$dest/$bg" ]; then
    put_back_backgrounds "$dest/$bg" "$path/$bg"
  fi
  return 0
}

step_clear_cache() {
  local i before
  say ""
  say "== Clear the Teams cache =="
  before=$FAILURES
  for i in $FOUND; do
    clear_one "$i"
  done
  if [ "$FAILURES" = "$before" ] && [ "$DRY_RUN" != 1 ]; then
    add_summary "Teams cache cleared"
  fi
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
  if [ "$abs" -gt 300 ]; then
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

check_network() {
  local tunnels mode
  say "  Proxy settings (environment):"
  check_proxy_env
  if command -v gsettings >/dev/null 2>&1; then
    mode=$(gsettings get org.gnome.system.proxy mode 2>/dev/null)
    if [ -n "$mode" ]; then
      say "    desktop proxy mode: $mode"
    fi
  fi
  tunnels=$(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | grep -E '^(tun|tap|wg|ppp|vpn|nordlynx|tailscale|proton|cscotun)')
  if [ -n "$tunnels" ]; then
    say "  VPN: these tunnel interfaces are up (try signing in without the VPN):"
    printf '%s\n' "$tunnels" | sed 's/^/    /'
  else
    say "  VPN: no tunnel interface (tun, wg, ppp...) found."
  fi
}

start_detached() {
  # Starts a program in the background, detached from this script and its terminal.
  nohup "$@" >/dev/null 2>&1 &
}

step_restart_teams() {
  say ""
  say "== Start Teams again =="
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would start Teams (teams-for-linux, its snap or flatpak, or the classic teams)"
    return 0
  fi
  if command -v teams-for-linux >/dev/null 2>&1; then
    start_detached teams-for-linux
  elif command -v snap >/dev/null 2>&1 && snap list teams-for-linux >/dev/null 2>&1; then
    start_detached snap run teams-for-linux
  elif command -v flatpak >/dev/null 2>&1 && flatpak info com.github.IsmaelMartinez.teams_for_linux >/dev/null 2>&1; then
    start_detached flatpak run com.github.IsmaelMartinez.teams_for_linux
  elif command -v teams >/dev/null 2>&1; then
    start_detached teams
  else
    say "Could not find Teams to start: open it from your applications menu."
    add_summary "Teams not started (open it yourself)"
    return 0
  fi
  say "Teams is starting. Sign in again."
  add_summary "Teams started"
}

print_plan() {
  local i
  say ""
  say "Teams folders found:"
  for i in $FOUND; do
    say "  ${CACHE_PATHS[$i]}"
  done
  say ""
  say "This will:"
  say '  - Quits Teams: only your own Teams processes, forced after a grace period.'
  if [ "$DELETE_MODE" = 1 ]; then
    say '  - Deletes the Teams cache folders (custom meeting backgrounds are kept). This cannot be undone (--backup keeps a copy).'
  else
    say '  - Moves the Teams cache folders into one backup folder in your home folder (backgrounds are kept).'
  fi
  say '  - Re-tests the sign-in addresses, proxy, VPN and clock (report only).'
  say '  - Starts Teams again.'
}

finish() {
  say ""
  say "== Summary =="
  if [ -n "$SUMMARY" ]; then
    printf '%s' "$SUMMARY"
    if [ -n "$LOG_FILE" ]; then
      printf '%s' "$SUMMARY" >>"$LOG_FILE"
    fi
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "Dry run finished: nothing was changed."
  fi
  if [ -n "$BACKUP_DIR" ]; then
    say "Backup and log folder: $BACKUP_DIR"
    if [ "$DELETE_MODE" != 1 ]; then
      say "To undo: $(printf 'bash %q --restore %q' "$(script_path)" "$BACKUP_DIR")"
    fi
  fi
  if [ "$FAILURES" -gt 0 ]; then
    say "$FAILURES problem(s): see the ERROR lines above."
    if [ -n "$HELPDESK" ]; then
      say "If you need help, contact: $HELPDESK"
    fi
    exit 1
  fi
  say "Done."
  exit 0
}

main() {
  parse_args "$@"
  check_environment
  init_tables
  if [ -n "$RESTORE_DIR" ]; then
    restore_backup "$RESTORE_DIR"
    exit $?
  fi
  print_intro
  find_cache_folders
  if [ -z "$FOUND" ]; then
    say "Teams is not installed for you on this computer: no Teams cache folder was found in $HOME"
    say "(or the cache is already empty, for example after an earlier run). Nothing to do."
    exit 0
  fi
  print_plan
  if [ "$DRY_RUN" != 1 ]; then
    if ! confirm "Go ahead?"; then
      say "Cancelled: nothing was changed."
      exit 3
    fi
    create_work_dir || exit 1
  fi
  say ""
  say "== Close Teams =="
  if stop_teams; then
    add_summary "Teams is closed"
    step_clear_cache
  else
    say "Teams is still running, so its cache was not touched."
  fi
  step_retest
  step_restart_teams
  finish
}

main "$@"
