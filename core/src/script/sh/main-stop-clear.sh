  say ""
  say "== Close Teams =="
  if stop_teams; then
    add_summary "Teams is closed"
    step_clear_cache
  else
    say "Teams is still running, so its cache was not touched."
  fi
