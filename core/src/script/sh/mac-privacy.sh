privacy_prompt_expected() {
  # Whether macOS guards cache folder $1 with the "access data from other apps" prompt
  # (~/Library/Containers since macOS 14, group containers since macOS 15).
  local since=${PRIVACY_SINCE[$1]}
  [ "$since" != 0 ] && [ "$(macos_major)" -ge "$since" ]
}

privacy_notice() {
  # Says beforehand when macOS will ask for permission, and what to answer.
  local i asks=''
  for i in $FOUND; do
    if privacy_prompt_expected "$i"; then
      asks="$asks $i"
    fi
  done
  if [ -z "$asks" ]; then
    return 0
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "  [dry run] the real run reads these folders first, and macOS $(macos_major) will then ask whether"
    say "  Terminal may \"access data from other apps\" (the dry run does not look inside them):"
  else
    say "  macOS may now ask whether Terminal may \"access data from other apps\" for these folders:"
  fi
  for i in $asks; do
    say "    ${CACHE_PATHS[$i]}"
  done
  say "  Click Allow. With Don't Allow the script stops and changes nothing."
}

explain_blocked() {
  say ""
  say "macOS did not let this Terminal app read or move the Teams folders named above"
  say "(\"Operation not permitted\"). Nothing was changed, and Teams was not restarted by this script."
  say "To fix it, either:"
  say "  - run the script again and click Allow when macOS asks whether Terminal may access data from other apps, or"
  say "  - open System Settings > Privacy & Security > Full Disk Access, switch on Terminal,"
  say "    quit Terminal, open it again and run the script again."
  say "For IT: allow the terminal app (or the management agent that runs this script) with a"
  say "PPPC (Privacy Preferences Policy Control) configuration profile (Full Disk Access, SystemPolicyAllFiles)."
  if [ -n "$HELPDESK" ]; then
    say "Help desk: $HELPDESK"
  fi
}
