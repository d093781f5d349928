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
