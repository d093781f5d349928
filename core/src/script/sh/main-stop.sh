  say ""
  say "== Close Teams =="
  if stop_teams; then
    add_summary "Teams is closed"
  fi
