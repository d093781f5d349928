step_restart_teams() {
  local id
  say ""
  say "== Start Teams again =="
  restart_refused && return 0
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would start Teams: open -b ${BUNDLE_IDS[0]} (or the other Teams bundle id)"
    return 0
  fi
  for id in "${BUNDLE_IDS[@]}"; do
    if open -b "$id" >/dev/null 2>&1; then
      say "Started Teams ($id). Sign in again."
      add_summary "Teams started ($id)"
      if [ -n "$DEFERRED" ]; then
        put_back_deferred
      fi
      return 0
    fi
  done
  say "Could not start Teams: open it from Applications yourself."
  add_summary "Teams not started (open it yourself)"
}
