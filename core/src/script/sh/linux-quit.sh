ask_teams_to_quit() {
  # SIGTERM lets Electron save its state; stop_teams forces the rest later.
  # One process id per word, on purpose.
  # shellcheck disable=SC2086
  kill -TERM $TEAMS_PIDS 2>/dev/null
}
