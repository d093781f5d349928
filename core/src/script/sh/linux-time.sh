step_time_resync() {
  say ""
  say "== Set the clock =="
  if id -Gn | tr ' ' '\n' | grep -qxE 'sudo|wheel|admin' && command -v timedatectl >/dev/null 2>&1; then
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would run: sudo timedatectl set-ntp true"
      return 0
    fi
    say "Turning on automatic time (sudo may ask for your password)..."
    if sudo timedatectl set-ntp true; then
      add_summary "automatic time switched on"
    else
      fail "could not switch on automatic time"
    fi
  else
    say "Setting the clock needs an administrator: in your desktop's Settings > Date & Time,"
    say "switch on automatic date & time, or ask your IT help desk."
  fi
}
