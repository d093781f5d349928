step_restart_teams() {
  local app
  say ""
  say "== Start Teams again =="
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would start Teams: open -a '${APP_NAMES[0]}' (or the other Teams app names)"
    return 0
  fi
  for app in "${APP_NAMES[@]}"; do
    if open -a "$app" >/dev/null 2>&1; then
      say "Started $app. Sign in again."
      add_summary "Teams started ($app)"
      return 0
    fi
  done
  say "Could not start Teams: open it from Applications yourself."
  add_summary "Teams not started (open it yourself)"
}
