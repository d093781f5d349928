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
