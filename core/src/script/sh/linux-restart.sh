start_detached() {
  # Starts a program in the background, detached from this script and its terminal.
  nohup "$@" >/dev/null 2>&1 &
}

step_restart_teams() {
  say ""
  say "== Start Teams again =="
  restart_refused && return 0
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would start Teams (teams-for-linux, its snap or flatpak, or the classic teams)"
    return 0
  fi
  if command -v teams-for-linux >/dev/null 2>&1; then
    start_detached teams-for-linux
  elif command -v snap >/dev/null 2>&1 && snap list teams-for-linux >/dev/null 2>&1; then
    start_detached snap run teams-for-linux
  elif command -v flatpak >/dev/null 2>&1 && flatpak info com.github.IsmaelMartinez.teams_for_linux >/dev/null 2>&1; then
    start_detached flatpak run com.github.IsmaelMartinez.teams_for_linux
  elif command -v teams >/dev/null 2>&1; then
    start_detached teams
  else
    say "Could not find Teams to start: open it from your applications menu."
    add_summary "Teams not started (open it yourself)"
    return 0
  fi
  say "Teams is starting. Sign in again."
  add_summary "Teams started"
}
