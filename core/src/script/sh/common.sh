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
