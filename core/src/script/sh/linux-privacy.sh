privacy_prompt_expected() {
  return 1
}

privacy_notice() {
  :
}

explain_blocked() {
  say ""
  say "These Teams folders cannot be read or changed (\"Permission denied\"), so nothing was changed."
  say "They should belong to you: ask IT to check their owner (ls -ld on the folders named above)."
  if [ -n "$HELPDESK" ]; then
    say "Help desk: $HELPDESK"
  fi
}
