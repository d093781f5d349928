ask_teams_to_quit() {
  # The polite way on macOS; "is running" keeps osascript from launching an app to quit it.
  local app
  for app in "${APP_NAMES[@]}"; do
    osascript -e "if application \"$app\" is running then tell application \"$app\" to quit" >/dev/null 2>&1
  done
}
