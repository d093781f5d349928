RESTORED=''
ASIDE_PATHS=()

restore_backup() {
  # Undo: moves each cache folder found in the backup folder $1 back where it came from, all
  # or nothing: every folder is checked first (macOS may ask for permission then), and if a
  # move still fails, what was already put back returns to the backup folder. A folder Teams
  # created since then is moved aside into the backup folder, not deleted.
  local dir=$1 i=0 key path src aside n problem blocked='' err failed=0 restore=''
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
      restore="$restore $i"
    fi
    i=$((i + 1))
  done
  if [ -z "$restore" ]; then
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
  say ""
  say "== Check access to the Teams folders (changes nothing) =="
  FOUND=${restore# }
  privacy_notice
  for i in $FOUND; do
    path=${CACHE_PATHS[$i]}
    src="$dir/${CACHE_KEYS[$i]}"
    if [ "$DRY_RUN" = 1 ] && privacy_prompt_expected "$i"; then
      continue
    fi
    for problem in "$(access_problem "$path")" "$(access_problem "$src")"; do
      if [ -n "$problem" ]; then
        say "  $problem"
        blocked=1
      fi
    done
    if ! parent_in_home "$path"; then
      refuse "$path"
      return 1
    fi
  done
  if [ -n "$blocked" ]; then
    explain_blocked
    return 4
  fi
  stop_teams || return 1
  RESTORED=''
  for i in $FOUND; do
    key=${CACHE_KEYS[$i]}
    path=${CACHE_PATHS[$i]}
    src="$dir/$key"
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would put back: $path"
      continue
    fi
    ASIDE_PATHS[i]=''
    if [ -e "$path" ] || [ -L "$path" ]; then
      # A fresh name: mv into an existing folder would nest instead of rename.
      aside="$dir/$key.before-restore-$RUN_STAMP"
      n=1
      while [ -e "$aside" ] || [ -L "$aside" ]; do
        n=$((n + 1))
        aside="$dir/$key.before-restore-$RUN_STAMP-$n"
      done
      say "Moving what is there now aside (it stays in the backup folder): $aside"
      is_allowed_cache_path "$path" || { refuse "$path"; failed=1; break; }
      if ! err=$(LC_ALL=C mv -- "$path" "$aside" 2>&1); then
        fail "could not move $path aside, so it was not restored: ${err:-mv failed}"
        is_permission_error "$err" && blocked=1
        failed=1
        break
      fi
      ASIDE_PATHS[i]=$aside
    fi
    if ! parent_in_home "$path"; then
      refuse "$path"
      failed=1
      break
    fi
    if ! err=$(LC_ALL=C mkdir -p -- "${path%/*}" 2>&1); then
      fail "could not create the folder ${path%/*}: $err"
      failed=1
      break
    fi
    is_allowed_cache_path "$path" || { refuse "$path"; failed=1; break; }
    if err=$(LC_ALL=C mv -- "$src" "$path" 2>&1); then
      say "Put back: $path"
      RESTORED="$i $RESTORED"
    else
      fail "could not put back $path: ${err:-mv failed}"
      is_permission_error "$err" && blocked=1
      RESTORED="$i $RESTORED"
      failed=1
      break
    fi
  done
  if [ "$failed" = 1 ]; then
    undo_restore "$dir"
    if [ -n "$blocked" ]; then
      explain_blocked
      return 4
    fi
    return 1
  fi
  if [ "$DRY_RUN" != 1 ]; then
    say "Done: the Teams cache is back as it was. Start Teams again."
  fi
  return 0
}

undo_restore() {
  # A failed restore: everything this restore moved goes back where it was (newest first),
  # so the cache is never left half restored and the backup folder stays complete.
  local dir=$1 i key path err
  say "The restore did not complete: putting everything back as it was before it..."
  for i in $RESTORED; do
    key=${CACHE_KEYS[$i]}
    path=${CACHE_PATHS[$i]}
    if [ -e "$path" ] || [ -L "$path" ]; then
      is_allowed_cache_path "$path" || { refuse "$path"; continue; }
      if ! err=$(LC_ALL=C mv -- "$path" "$dir/$key" 2>&1); then
        fail "could not move $path back into the backup folder: $err"
        continue
      fi
    fi
    if [ -n "${ASIDE_PATHS[$i]:-}" ]; then
      is_allowed_cache_path "$path" || { refuse "$path"; continue; }
      if ! err=$(LC_ALL=C mv -- "${ASIDE_PATHS[$i]}" "$path" 2>&1); then
        fail "could not put ${ASIDE_PATHS[$i]} back to $path: $err"
      fi
    fi
  done
  for i in $FOUND; do
    case " $RESTORED " in
      *" $i "*) continue ;;
    esac
    path=${CACHE_PATHS[$i]}
    if [ -n "${ASIDE_PATHS[$i]:-}" ] && [ ! -e "$path" ] && [ ! -L "$path" ]; then
      is_allowed_cache_path "$path" || { refuse "$path"; continue; }
      if ! err=$(LC_ALL=C mv -- "${ASIDE_PATHS[$i]}" "$path" 2>&1); then
        fail "could not put ${ASIDE_PATHS[$i]} back to $path: $err"
      fi
    fi
  done
  RESTORED=''
  say "The backup folder $dir is complete again; nothing was restored."
}
