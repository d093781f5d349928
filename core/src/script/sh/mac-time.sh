step_time_resync() {
  say ""
  say "== Set the clock =="
  if [ "$UNATTENDED" = 1 ]; then
    # Nobody can type a password: only a sudo rule without one (sudo -n) can set the clock.
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would run: sudo -n sntp -sS time.apple.com (only works without a password)"
      return 0
    fi
    if sudo -n sntp -sS time.apple.com >/dev/null 2>&1; then
      add_summary "clock set from time.apple.com"
    else
      say "The clock was not set: that needs an administrator's password, which an unattended run cannot ask for."
      add_summary "clock not set (needs an administrator)"
    fi
    return 0
  fi
  if in_group admin; then
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would run: sudo sntp -sS time.apple.com"
      return 0
    fi
    say "Setting the clock from time.apple.com (macOS asks for your password)..."
    if sudo sntp -sS time.apple.com; then
      add_summary "clock set from time.apple.com"
    else
      fail "could not set the clock; open System Settings > General > Date & Time"
    fi
  else
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would open System Settings > General > Date & Time"
      return 0
    fi
    say "Setting the clock needs an administrator: opening System Settings > General > Date & Time."
    say "Switch on 'Set time and date automatically' and 'Set time zone automatically'."
    # macOS 12 has System Preferences, whose Date & Time pane has another address.
    if [ "$(macos_major)" -lt 13 ]; then
      open {{DATE_TIME_SETTINGS_LEGACY}} || fail "could not open the Date & Time settings"
    else
      open {{DATE_TIME_SETTINGS}} || fail "could not open the Date & Time settings"
    fi
    add_summary "opened the Date & Time settings"
  fi
}
