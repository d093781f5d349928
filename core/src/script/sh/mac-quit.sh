ask_teams_to_quit() {
  # The polite way on macOS, by bundle id and only for the apps whose main process runs:
  # `tell application "Name"` for an app that is not installed opens a "Where is ...?"
  # chooser. osascript gets a time limit (a hung Teams or an unanswered Automation prompt
  # would block it); when it cannot ask, the main process gets SIGTERM instead. stop_teams
  # forces whatever is left after the grace period.
  local i=0 uid pids
  uid=$(id -u)
  while [ "$i" -lt "${#BUNDLE_IDS[@]}" ]; do
    pids=$(pgrep -u "$uid" -f "${BUNDLE_MAIN_PATTERNS[$i]}" 2>/dev/null)
    if [ -n "$pids" ]; then
      if ! with_timeout 6 osascript -e 'with timeout of 5 seconds' -e "tell application id \"${BUNDLE_IDS[$i]}\" to quit" -e 'end timeout' >/dev/null 2>&1; then
        say "Teams (${BUNDLE_IDS[$i]}) did not answer the request to quit: sending its main process the quit signal."
        # One process id per word, on purpose.
        # shellcheck disable=SC2086
        kill -TERM $pids 2>/dev/null
      fi
    fi
    i=$((i + 1))
  done
}
