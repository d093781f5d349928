RUN_STAMP=$(date +%Y%m%d-%H%M%S)
# Where the script was started, for the undo command (relative script paths).
STARTED_IN=$PWD
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
RUN_LOG=''
RETEST_PROBLEMS=0
PROBLEM_LIST=''
IGNORED_ARGS=''
# The UTF-8 bytes of the C1 controls (U+0080-U+009F) and of the bidi controls (U+061C,
# U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), as sed patterns (see clean).
C1_BYTES=$(printf '\302[\200-\237]')
BIDI_BYTES=$(printf '\342\200[\216\217\252-\256]')
BIDI_ISOLATE_BYTES=$(printf '\342\201[\246-\251]')
ARABIC_MARK_BYTES=$(printf '\330\234')

clean() {
  # stdin to stdout with what could rewrite the terminal or reorder the text replaced by
  # '?': control characters (ESC, CR, BEL, the C1 controls...) and bidi controls. What the
  # script prints at run time (folder names, VPN names, proxy values, server text) comes
  # from the system and must stay plain text. Tabs and line ends stay. Byte patterns under
  # LC_ALL=C, so BSD and GNU sed treat them alike whatever the locale.
  LC_ALL=C tr '\001-\010\013-\037\177' '[?*]' |
    LC_ALL=C sed -e "s/$C1_BYTES/?/g" -e "s/$BIDI_BYTES/?/g" -e "s/$BIDI_ISOLATE_BYTES/?/g" -e "s/$ARABIC_MARK_BYTES/?/g"
}

say() {
  # Prints a line (see clean) and appends it to the log files that exist: the one in the
  # backup folder, and the unattended variant's own log.
  local line
  line=$(printf '%s' "$*" | clean)
  printf '%s\n' "$line"
  if [ -n "$LOG_FILE" ]; then
    printf '%s\n' "$line" >>"$LOG_FILE"
  fi
  if [ -n "$RUN_LOG" ]; then
    printf '%s\n' "$line" >>"$RUN_LOG"
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
      --restore=*)
        RESTORE_DIR=${1#--restore=}
        if [ -z "$RESTORE_DIR" ]; then
          usage_error "--restore= needs the backup folder, for example: --restore=~/TeamsCacheBackup-20250101-120000"
        fi
        ;;
      --help|-h)
        show_help
        exit 0
        ;;
      -*) usage_error "unknown option: $1" ;;
      *)
        # Management tools pass their own values (Jamf: mount point, computer name, user
        # name); the unattended variant notes and ignores them.
        if [ "$UNATTENDED" != 1 ]; then
          usage_error "unknown option: $1"
        fi
        IGNORED_ARGS="$IGNORED_ARGS '$1'"
        ;;
    esac
    shift
  done
}

confirm() {
  # Returns 0 only on an explicit yes. Without a terminal it refuses instead of hanging.
  # The unattended variant asks nothing: what the options chose is done.
  local answer=''
  if [ "$ASSUME_YES" = 1 ] || [ "$UNATTENDED" = 1 ]; then
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
    if [ "$UNATTENDED" = 1 ]; then
      explain_root_unattended
    fi
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
    say "To put them back: $(undo_command "$BACKUP_DIR")"
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

start_unattended_log() {
  # The unattended variant's log, at a fixed place IT can collect (the same lines as on
  # screen; rewritten by each run). A dry run writes nothing.
  local file="$HOME/$UNATTENDED_LOG"
  if [ "$UNATTENDED" != 1 ] || [ "$DRY_RUN" = 1 ]; then
    return 0
  fi
  if mkdir -p "${file%/*}" 2>/dev/null && : 2>/dev/null >"$file"; then
    RUN_LOG=$file
    say "Unattended run; log file: $RUN_LOG"
  else
    say "Unattended run; the log file $file could not be written (only this output has the report)."
  fi
  if [ -n "$IGNORED_ARGS" ]; then
    say "Ignored the arguments passed by the management tool:$IGNORED_ARGS"
  fi
}

script_path() {
  # The file this script was started from, when it is one (not for bash -c or a pipe).
  local path
  case $0 in
    /*) path=$0 ;;
    *) path="$STARTED_IN/$0" ;;
  esac
  if [ -f "$path" ]; then
    printf '%s\n' "$path"
    return 0
  fi
  return 1
}

undo_command() {
  # The exact command that puts the backup folder $1 back, naming this script's file when
  # there is one; otherwise the file name, to be run where the script was saved.
  local path
  if path=$(script_path); then
    printf 'bash %q --restore %q\n' "$path" "$1"
  else
    printf 'bash %s --restore %q   (in the folder where you saved this script)\n' "$SCRIPT_NAME" "$1"
  fi
}
