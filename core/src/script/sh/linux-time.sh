step_time_resync() {
  say ""
  say "== Set the clock =="
  if ! command -v timedatectl >/dev/null 2>&1; then
    say "Setting the clock needs an administrator: in your desktop's Settings > Date & Time,"
    say "switch on automatic date & time, or ask your IT help desk."
    return 0
  fi
  if [ "$UNATTENDED" = 1 ]; then
    # Nobody can type a password: only a sudo rule without one (sudo -n) can do it.
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would run: sudo -n timedatectl set-ntp true (only works without a password)"
      return 0
    fi
    if sudo -n timedatectl set-ntp true >/dev/null 2>&1; then
      add_summary "automatic time switched on"
    else
      say "Automatic time was not switched on: that needs an administrator's password, which an unattended run cannot ask for."
      add_summary "automatic time not switched on (needs an administrator)"
    fi
    return 0
  fi
  if in_group sudo wheel admin; then
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
