# Backup folders kept (older ones are removed after a successful run).
KEEP_BACKUPS={{KEEP_BACKUPS}}

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

is_backup_name() {
  # Whether $1 is named like a backup folder this script makes: TeamsCacheBackup-YYYYMMDD-HHMMSS,
  # with an optional -N for a second run in the same second.
  case ${1##*/} in
    TeamsCacheBackup-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]) return 0 ;;
    TeamsCacheBackup-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9]*) return 0 ;;
  esac
  return 1
}

is_old_backup() {
  # The guard in front of removing an old backup: a real folder (not a link) named like a
  # backup, directly in your home folder (physically), and not this run's.
  local parent
  is_backup_name "$1" || return 1
  [ "$1" != "$BACKUP_DIR" ] || return 1
  [ -d "$1" ] && [ ! -L "$1" ] || return 1
  parent=$(cd -P "${1%/*}" 2>/dev/null && pwd -P) || return 1
  [ "$parent" = "$(cd -P "$HOME" 2>/dev/null && pwd -P)" ]
}

prune_old_backups() {
  # After a successful run, only the newest KEEP_BACKUPS backup folders stay (this run's
  # included): a Teams cache can be gigabytes. Names sort by date and time, oldest first.
  local dir count=0 extra
  for dir in "$HOME"/TeamsCacheBackup-*; do
    if is_backup_name "$dir" && [ -d "$dir" ] && [ ! -L "$dir" ]; then
      count=$((count + 1))
    fi
  done
  extra=$((count - KEEP_BACKUPS))
  for dir in "$HOME"/TeamsCacheBackup-*; do
    if [ "$extra" -le 0 ]; then
      break
    fi
    if ! is_backup_name "$dir" || [ ! -d "$dir" ] || [ -L "$dir" ] || [ "$dir" = "$BACKUP_DIR" ]; then
      continue
    fi
    extra=$((extra - 1))
    is_old_backup "$dir" || { say "Left the old backup $dir as it is (it is not a plain folder in your home folder)."; continue; }
    if rm -rf -- "$dir"; then
      say "Removed an old backup (only the newest $KEEP_BACKUPS are kept): $dir"
    else
      say "Could not remove all of the old backup $dir"
    fi
  done
}
