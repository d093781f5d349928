# CLEAR_BLOCKED: a move failed for lack of permission; KEEP_NOW: kept items to put back now.
CLEAR_BLOCKED=0
KEEP_NOW=''

device_of() {
  # The volume (device number) a path is on ({{STAT_KIND}} stat).
  stat {{STAT_DEVICE}} "$1" 2>/dev/null
}

preflight_clear() {
  # Before anything changes: every cache folder must be readable, and it and its parent
  # writable. A refused permission (on macOS 14 and later: the "access data from other apps"
  # prompt answered with Don't Allow) stops the run here, with nothing changed: Teams is not
  # closed and no folder is moved, so a cache is never left half cleared.
  local i problem blocked=''
  say ""
  say "== Check access to the Teams folders (changes nothing) =="
  privacy_notice
  for i in $FOUND; do
    if [ "$DRY_RUN" = 1 ] && privacy_prompt_expected "$i"; then
      continue
    fi
    problem=$(access_problem "${CACHE_PATHS[$i]}")
    if [ -n "$problem" ]; then
      say "  $problem"
      blocked=1
    fi
  done
  if [ -n "$blocked" ]; then
    explain_blocked
    return 1
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "  [dry run] the real run checks every folder like this before changing anything."
  else
    say "  OK: every Teams folder can be read and moved."
  fi
  return 0
}

move_into_backup() {
  # Moves one cache folder into the backup folder (in delete mode too: it is deleted from
  # there once every folder has moved). Errors are reported with the system's own text. A
  # folder on another volume is copied first and removed only after a complete copy, so a
  # failed copy leaves no partial copy behind and the original untouched.
  local i=$1 path key dest err
  path=${CACHE_PATHS[$i]}
  key=${CACHE_KEYS[$i]}
  if [ "$DRY_RUN" = 1 ]; then
    if [ "$DELETE_MODE" = 1 ]; then
      say "[dry run] would delete: $path (moved into $HOME/TeamsCacheBackup-$RUN_STAMP first, then deleted)"
    else
      say "[dry run] would move: $path"
      say "          into: $HOME/TeamsCacheBackup-$RUN_STAMP/$key"
    fi
    return 0
  fi
  dest="$BACKUP_DIR/$key"
  say "Moving: $path"
  say "  into: $dest"
  if [ "$(device_of "$path")" = "$(device_of "$BACKUP_DIR")" ]; then
    is_allowed_cache_path "$path" || { refuse "$path"; return 1; }
    if ! err=$(LC_ALL=C mv -- "$path" "$dest" 2>&1); then
      fail "could not move $path: ${err:-mv failed}"
      if is_permission_error "$err"; then
        CLEAR_BLOCKED=1
      fi
      return 1
    fi
  else
    say "  (on another volume: copying first, the original is removed only after a complete copy)"
    if ! err=$(LC_ALL=C cp -pPR -- "$path" "$dest" 2>&1); then
      fail "could not copy $path: ${err:-cp failed}"
      if is_permission_error "$err"; then
        CLEAR_BLOCKED=1
      fi
      if [ -e "$dest" ] || [ -L "$dest" ]; then
        say "Removing the incomplete copy: $dest"
        is_allowed_cache_path "$dest" || { refuse "$dest"; return 1; }
        rm -rf -- "$dest"
      fi
      return 1
    fi
    is_allowed_cache_path "$path" || { refuse "$path"; return 1; }
    if ! err=$(LC_ALL=C rm -rf -- "$path" 2>&1); then
      fail "copied $path into the backup folder, but could not remove all of the original: $err"
      return 1
    fi
  fi
  MOVED="$MOVED $i"
  return 0
}

roll_back() {
  # Puts every folder this run moved back where it was, so Teams never starts with half a cache.
  local i path key err
  for i in $MOVED; do
    path=${CACHE_PATHS[$i]}
    key=${CACHE_KEYS[$i]}
    say "Putting back: $path"
    if [ -e "$path" ] || [ -L "$path" ]; then
      fail "could not put back $path: something is there now (the moved folder is safe in $BACKUP_DIR/$key)"
      continue
    fi
    is_allowed_cache_path "$path" || { refuse "$path"; continue; }
    if ! err=$(LC_ALL=C mv -- "$BACKUP_DIR/$key" "$path" 2>&1); then
      fail "could not put back $path: $err (it is safe in $BACKUP_DIR/$key)"
    fi
  done
  MOVED=''
}

kept_source() {
  # Where the saved copy of folder $1's kept item is (see KEEP_ITEMS).
  if [ "$DELETE_MODE" = 1 ]; then
    printf '%s\n' "$BACKUP_DIR/kept/${CACHE_KEYS[$1]}"
  else
    printf '%s\n' "$BACKUP_DIR/${CACHE_KEYS[$1]}/${KEEP_ITEMS[$1]}"
  fi
}

put_back_kept() {
  # Copies the kept item of folder $1 (backgrounds, settings) back where Teams looks for it.
  # When Teams already made that folder again, the saved contents go into it (copying the
  # folder itself would nest it: Backgrounds/Backgrounds). cp -P copies links as links.
  local i=$1 from to
  from=$(kept_source "$i")
  to="${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}"
  is_allowed_cache_path "$to" || { refuse "$to"; return 1; }
  if [ -d "$from" ] && [ -d "$to" ] && [ ! -L "$to" ]; then
    if cp -pPR "$from/." "$to"; then
      say "Put your ${KEEP_LABELS[$i]} back: $to"
      return 0
    fi
  elif [ ! -e "$to" ] && [ ! -L "$to" ] && mkdir -p "${to%/*}" && cp -pPR "$from" "$to"; then
    say "Put your ${KEEP_LABELS[$i]} back: $to"
    return 0
  elif [ -f "$from" ] && [ -f "$to" ] && [ ! -L "$to" ] && cp -p "$from" "$to"; then
    say "Put your ${KEEP_LABELS[$i]} back: $to"
    return 0
  fi
  fail "could not put your ${KEEP_LABELS[$i]} back into $to; they are safe in $from"
  return 1
}

# shellcheck disable=SC2317 # called by the macOS restart step only
put_back_deferred() {
  # Backgrounds inside an app container go back only once macOS has recreated the container
  # for the started app (its metadata file is there): mkdir -p would make a partial container.
  local i waited=0 rest=''
  for i in $DEFERRED; do
    while [ ! -e "${CACHE_PATHS[$i]}/.com.apple.containermanagerd.metadata.plist" ] && [ "$waited" -lt 15 ]; do
      sleep 1
      waited=$((waited + 1))
    done
    if [ -e "${CACHE_PATHS[$i]}/.com.apple.containermanagerd.metadata.plist" ]; then
      put_back_kept "$i" || rest="$rest $i"
    else
      rest="$rest $i"
    fi
  done
  DEFERRED=${rest# }
}

report_deferred() {
  # What could not go back yet: where it is, and the exact command for later.
  local i from to
  for i in $DEFERRED; do
    from=$(kept_source "$i")
    to="${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}"
    say "Your ${KEEP_LABELS[$i]} are safe in: $from"
    say "Teams recreates its folder when it starts. After that, put them back with:"
    say "  $(printf 'mkdir -p %q && cp -pPR %q %q' "${to%/*}" "$from" "$to")"
    add_summary "${KEEP_LABELS[$i]} kept in the backup folder (see above)"
  done
}

keep_items() {
  # After every folder moved: save what is kept (delete mode), delete the moved copies
  # (delete mode), then put the kept items back, or defer those inside an app container.
  local i key src
  for i in $MOVED; do
    key=${CACHE_KEYS[$i]}
    src="$BACKUP_DIR/$key/${KEEP_ITEMS[$i]}"
    if [ -n "${KEEP_ITEMS[$i]}" ] && { [ -e "$src" ] || [ -L "$src" ]; }; then
      if [ "$DELETE_MODE" = 1 ] && ! { mkdir -p "$BACKUP_DIR/kept" && cp -pPR "$src" "$(kept_source "$i")"; }; then
        fail "could not save your ${KEEP_LABELS[$i]}, so $BACKUP_DIR/$key was not deleted"
        continue
      fi
      if [ "${APP_CONTAINER[$i]}" = 1 ]; then
        DEFERRED="$DEFERRED $i"
      else
        KEEP_NOW="$KEEP_NOW $i"
      fi
    fi
    if [ "$DELETE_MODE" = 1 ]; then
      say "Deleting: ${CACHE_PATHS[$i]} (moved copy $BACKUP_DIR/$key)"
      is_allowed_cache_path "$BACKUP_DIR/$key" || { refuse "$BACKUP_DIR/$key"; continue; }
      if ! rm -rf -- "${BACKUP_DIR:?}/$key"; then
        fail "could not delete all of $BACKUP_DIR/$key"
        continue
      fi
      add_summary "deleted ${CACHE_PATHS[$i]}"
    else
      add_summary "moved ${CACHE_PATHS[$i]} into the backup folder"
    fi
  done
  DEFERRED=${DEFERRED# }
  for i in $KEEP_NOW; do
    put_back_kept "$i"
  done
}

step_clear_cache() {
  local i
  say ""
  say "== Clear the Teams cache =="
  for i in $FOUND; do
    if ! move_into_backup "$i"; then
      CLEAR_FAILED=1
      break
    fi
  done
  if [ "$DRY_RUN" = 1 ]; then
    for i in $FOUND; do
      if [ -z "${KEEP_ITEMS[$i]}" ]; then
        continue
      fi
      if privacy_prompt_expected "$i" || [ -e "${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}" ]; then
        say "[dry run] would keep your ${KEEP_LABELS[$i]} (if there are any): ${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}"
      fi
    done
    return 0
  fi
  if [ "$CLEAR_FAILED" = 1 ]; then
    if [ -n "$MOVED" ]; then
      say "Putting back what was already moved, so the cache is not left half cleared..."
      roll_back
    fi
    if [ "$CLEAR_BLOCKED" = 1 ]; then
      explain_blocked
      EXIT_CODE=4
    fi
    say "The Teams cache was not cleared; Teams will not be started again by this script."
    add_summary "Teams cache NOT cleared (see the ERROR lines)"
    return 1
  fi
  keep_items
  add_summary "Teams cache cleared"
}
