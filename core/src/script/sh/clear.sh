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
