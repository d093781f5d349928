restart_refused() {
  # Starting Teams on a half-cleared cache would mix old and new sign-in data: after a
  # failed clear the user restarts it once IT or a second run has finished the job.
  if [ "$CLEAR_FAILED" = 1 ]; then
    say "Not starting Teams: its cache could not be cleared completely (see above)."
    add_summary "Teams not started (the cache step failed)"
    return 0
  fi
  return 1
}
