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
LOCK_DIR=''
CHILD_PID=''
MOVED=''
CLEAR_FAILED=0
EXIT_CODE=1
DEFERRED=''

clean() {
  # stdin to stdout with control characters (ESC, CR, BEL...) replaced by '?': what the
  # script prints at run time (folder names, VPN names, proxy values, server text) must not
  # be able to rewrite the terminal. Tabs and line ends stay.
  LC_ALL=C tr '\001-\010\013-\037\177' '[?*]'
}

say() {
  # Prints a line (control characters replaced, see clean) and, once the backup folder
  # exists, appends it to the log file in it.
  local line
  line=$(printf '%s' "$*" | clean)
  printf '%s\n' "$line"
  if [ -n "$LOG_FILE" ]; then
    printf '%s\n' "$line" >>"$LOG_FILE"
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
  printf 'Error: %s\n' "$1" | clean >&2
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
  # HOME decides which folders are touched: it must be your own home folder, exactly.
  local home=${HOME:-} account physical
  while :; do
    case $home in
      ?*/) home=${home%/} ;;
      *) break ;;
    esac
  done
  case $home in
    /?*) ;;
    *)
      say "ERROR: HOME is not set to your home folder, so the Teams folders cannot be found."
      exit 2
      ;;
  esac
  HOME=$home
  if [ "$(id -u)" = 0 ]; then
    say "Please run this as yourself, not with sudo or as root: Teams and its cache belong to your user."
    exit 2
  fi
  if [ ! -d "$HOME" ]; then
    say "ERROR: your home folder $HOME does not exist."
    exit 2
  fi
  if [ ! -O "$HOME" ]; then
    say "ERROR: $HOME does not belong to you, so it is not your home folder. Nothing was changed."
    exit 2
  fi
  account=$(account_home)
  if [ -n "$account" ] && [ "$account" != "$HOME" ]; then
    physical=$(cd -P "$account" 2>/dev/null && pwd -P)
    if [ -z "$physical" ] || [ "$physical" != "$(cd -P "$HOME" && pwd -P)" ]; then
      say "ERROR: HOME is $HOME, but your account's home folder is $account."
      say "Run this from a normal Terminal window, without changing HOME. Nothing was changed."
      exit 2
    fi
  fi
  case $GRACE_SECONDS in
    ''|*[!0-9]*) usage_error "TEAMS_FIX_GRACE_SECONDS must be a whole number of seconds from 0 to 600, not: $GRACE_SECONDS" ;;
  esac
  # Without leading zeros (bash would read 010 as octal).
  GRACE_SECONDS=${GRACE_SECONDS#"${GRACE_SECONDS%%[!0]*}"}
  GRACE_SECONDS=${GRACE_SECONDS:-0}
  if [ "${#GRACE_SECONDS}" -gt 3 ] || [ "$GRACE_SECONDS" -gt 600 ]; then
    usage_error "TEAMS_FIX_GRACE_SECONDS must be a whole number of seconds from 0 to 600, not: ${TEAMS_FIX_GRACE_SECONDS:-}"
  fi
  case $RESTORE_DIR in
    \~) RESTORE_DIR=$HOME ;;
    \~/*) RESTORE_DIR="$HOME/${RESTORE_DIR#\~/}" ;;
  esac
}

take_lock() {
  # One run at a time. mkdir is atomic; the lock folder holds one empty folder named after
  # this run's process id, so a lock left behind by a crashed run is recognised (its process
  # is gone) and removed with rmdir, which can only remove empty folders.
  local dir="$HOME/.fix-teams-signin.lock" entry owner=''
  if ! mkdir "$dir" 2>/dev/null; then
    for entry in "$dir"/*; do
      owner=${entry##*/}
    done
    case $owner in
      ''|*[!0-9]*)
        say "Another run of this script seems to be starting ($dir exists). If none is running, remove that folder and try again."
        exit 5
        ;;
    esac
    if kill -0 "$owner" 2>/dev/null; then
      say "Another run of this script is still going on (process $owner). Wait for it to finish, then try again."
      exit 5
    fi
    rmdir "$dir/$owner" "$dir" 2>/dev/null
    if ! mkdir "$dir" 2>/dev/null; then
      say "Another run of this script is still going on ($dir). Wait for it to finish, then try again."
      exit 5
    fi
  fi
  mkdir "$dir/$$" 2>/dev/null
  LOCK_DIR=$dir
}

# shellcheck disable=SC2317 # also called from the EXIT trap
release_lock() {
  if [ -n "$LOCK_DIR" ]; then
    rmdir "$LOCK_DIR/$$" "$LOCK_DIR" 2>/dev/null
    LOCK_DIR=''
  fi
}

# shellcheck disable=SC2317 # called from the INT/TERM/HUP trap
on_interrupt() {
  # Ctrl-C (or the terminal closing): stop here, say what was done, never restart Teams.
  trap - INT TERM HUP
  if [ -n "$CHILD_PID" ]; then
    kill -TERM "$CHILD_PID" 2>/dev/null
  fi
  say ""
  say "Interrupted: the script stopped before the end and did not start Teams again."
  if [ -n "$MOVED" ]; then
    say "Some Teams folders were already moved into $BACKUP_DIR."
    say "To put them back: $(printf 'bash %q --restore %q' "$(script_path)" "$BACKUP_DIR")"
  else
    say "No Teams folder was moved or deleted."
  fi
  release_lock
  exit 130
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
