finish() {
  local line
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
    if [ -n "$RUN_LOG" ]; then
      printf '%s' "$SUMMARY" | clean >>"$RUN_LOG"
    fi
  fi
  if [ "$RETEST_PROBLEMS" -gt 0 ]; then
    say "  - the re-test found $RETEST_PROBLEMS problem(s):"
    while IFS= read -r line; do
      if [ -n "$line" ]; then
        say "      $line"
      fi
    done <<EOF_PROBLEMS
$PROBLEM_LIST
EOF_PROBLEMS
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "Dry run finished: nothing was changed."
  fi
  if [ -n "$BACKUP_DIR" ]; then
    say "Backup and log folder: $BACKUP_DIR"
    if [ "$DELETE_MODE" != 1 ] && [ "$CLEAR_FAILED" != 1 ] && [ -n "$MOVED" ]; then
      say "To undo: $(undo_command "$BACKUP_DIR")"
    fi
    # (prune_old_backups comes with create_work_dir, the only place BACKUP_DIR is set.)
    if [ "$FAILURES" -eq 0 ]; then
      prune_old_backups
    fi
  fi
  # The result comes last: management tools often keep only the last line.
  if [ "$FAILURES" -gt 0 ]; then
    if [ -n "$HELPDESK" ]; then
      say "If you need help, contact: $HELPDESK"
    fi
    say "$FAILURES problem(s): see the ERROR lines above."
    exit "$EXIT_CODE"
  fi
  if [ "$RETEST_PROBLEMS" -gt 0 ]; then
    if [ -n "$HELPDESK" ]; then
      say "Please send this report to your help desk: $HELPDESK"
    else
      say "Please send this report to your IT department."
    fi
    say "Done, but the re-test found $RETEST_PROBLEMS problem(s) that clearing the cache does not fix: see the PROBLEM lines above."
    exit 6
  fi
  say "Done."
  exit 0
}

main() {
  {{ROOT_HANDOFF}}
  parse_args "$@"
  check_environment
  start_unattended_log
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
    say "(or the cache is already empty, for example after an earlier run)."
    explain_not_installed
    {{WITHOUT_TEAMS}}
  fi
  print_plan
