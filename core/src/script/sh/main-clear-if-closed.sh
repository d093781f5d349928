  find_teams_pids
  if [ -n "$TEAMS_PIDS" ]; then
    fail "Teams is running (process ids: $TEAMS_PIDS), so its cache was not touched. Quit Teams and run this again."
  else
    step_clear_cache
  fi
