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
