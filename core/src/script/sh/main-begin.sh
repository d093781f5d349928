finish() {
  say ""
  say "== Summary =="
  if [ -n "$DEFERRED" ]; then
    report_deferred
  fi
  if [ -n "$SUMMARY" ]; then
    printf '%s' "$SUMMARY" | clean
    if [ -n "$LOG_FILE" ]; then
      printf '%s' "$SUMMARY" | clean >>"$LOG_FILE"
    fi
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "Dry run finished: nothing was changed."
  fi
  if [ -n "$BACKUP_DIR" ]; then
    say "Backup and log folder: $BACKUP_DIR"
    if [ "$DELETE_MODE" != 1 ] && [ "$CLEAR_FAILED" != 1 ]; then
      say "To undo: $(printf 'bash %q --restore %q' "$(script_path)" "$BACKUP_DIR")"
    fi
  fi
  if [ "$FAILURES" -gt 0 ]; then
    say "$FAILURES problem(s): see the ERROR lines above."
    if [ -n "$HELPDESK" ]; then
      say "If you need help, contact: $HELPDESK"
    fi
    exit "$EXIT_CODE"
  fi
  say "Done."
  exit 0
}

main() {
  parse_args "$@"
  check_environment
  init_tables
  trap on_interrupt INT TERM HUP
  trap release_lock EXIT
  if [ "$DRY_RUN" != 1 ]; then
    take_lock
  fi
  if [ -n "$RESTORE_DIR" ]; then
    restore_backup "$RESTORE_DIR"
    exit $?
  fi
  print_intro
  find_cache_folders
  if [ -z "$FOUND" ]; then
    say "Teams is not installed for you on this computer: no Teams cache folder was found in $HOME"
    say "(or the cache is already empty, for example after an earlier run). Nothing to do."
    explain_not_installed
    exit 0
  fi
  print_plan
