find_teams_pids() {
  # TEAMS_PIDS: this user's Teams process ids (never this script or the shell that ran it).
  local uid pattern pid
  TEAMS_PIDS=''
  uid=$(id -u)
  for pattern in "${PROCESS_PATTERNS[@]}"; do
    for pid in $(pgrep -u "$uid" -f "$pattern" 2>/dev/null); do
      if [ "$pid" = "$$" ] || [ "$pid" = "$PPID" ]; then
        continue
      fi
      case " $TEAMS_PIDS " in
        *" $pid "*) ;;
        *) TEAMS_PIDS="$TEAMS_PIDS $pid" ;;
      esac
    done
  done
  TEAMS_PIDS=${TEAMS_PIDS# }
}

stop_teams() {
  # Asks Teams to quit, waits up to GRACE_SECONDS, then forces what is left.
  local waited=0
  find_teams_pids
  if [ -z "$TEAMS_PIDS" ]; then
    say "Teams is not running."
    return 0
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would ask Teams to quit (process ids: $TEAMS_PIDS) and force it after $GRACE_SECONDS seconds"
    return 0
  fi
  say "Asking Teams to quit (process ids: $TEAMS_PIDS)..."
  ask_teams_to_quit
  while [ "$waited" -lt "$GRACE_SECONDS" ]; do
    find_teams_pids
    if [ -z "$TEAMS_PIDS" ]; then
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  find_teams_pids
  if [ -n "$TEAMS_PIDS" ]; then
    say "Teams did not quit within $GRACE_SECONDS seconds: forcing it to stop (process ids: $TEAMS_PIDS)"
    # One process id per word, on purpose.
    # shellcheck disable=SC2086
    kill -KILL $TEAMS_PIDS 2>/dev/null
    sleep 1
    find_teams_pids
  fi
  if [ -n "$TEAMS_PIDS" ]; then
    fail "Teams is still running (process ids: $TEAMS_PIDS). Quit it yourself and run this again."
    return 1
  fi
  say "Teams is stopped."
  return 0
}
