act_for_console_user() {
  # Run as root without a terminal (Jamf runs policy scripts as root): run this same script
  # again as the user signed in at the screen (the owner of /dev/console), in that user's
  # session (launchctl asuser) with that user's HOME (sudo -H), so only that user's Teams
  # folders are touched and root's home never is. Nobody signed in: nothing to do (exit 7).
  # From a terminal, root is refused later (check_environment), as in the normal script.
  local user uid text
  if [ "$(id -u)" != 0 ] || [ -t 0 ]; then
    return 0
  fi
  user=$(stat -f %Su /dev/console 2>/dev/null)
  case $user in
    ''|root|loginwindow|_mbsetupuser)
      say "Run as root (for example by Jamf), but nobody is signed in at this Mac's screen, so there is no user to fix Teams for. Nothing was done."
      exit 7
      ;;
    *[!A-Za-z0-9._-]*)
      say "Run as root, but the user signed in at the screen has an unexpected name, so this script does nothing. Nothing was done."
      exit 2
      ;;
  esac
  uid=$(id -u "$user" 2>/dev/null)
  case $uid in
    ''|*[!0-9]*|0)
      say "Run as root, but the user signed in at the screen ($user) has no usable user id. Nothing was done."
      exit 2
      ;;
  esac
  if [ ! -f "$0" ] || ! text=$(cat -- "$0" 2>/dev/null) || [ -z "$text" ]; then
    say "Run as root, but this script cannot read its own file ($0) to run it as $user. Nothing was done."
    exit 2
  fi
  say "Run as root without a terminal: acting for $user, the user signed in at the screen (uid $uid)."
  # The text goes as an argument, not as a file: the management tool's copy may be readable
  # by root only.
  exec launchctl asuser "$uid" sudo -H -u "$user" "$BASH" -c "$text" "$SCRIPT_NAME" "$@"
}
