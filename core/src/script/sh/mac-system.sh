account_home() {
  # The account's home folder as macOS' directory service knows it ('' if it cannot say).
  # dscl writes a value with a space on the line after the attribute name, indented.
  dscl . -read "/Users/$(id -un)" NFSHomeDirectory 2>/dev/null | awk '
    wrapped { sub(/^[ \t]+/, ""); print; exit }
    /^NFSHomeDirectory:/ {
      value = $0
      sub(/^NFSHomeDirectory:[ \t]*/, "", value)
      if (value != "") { print value; exit }
      wrapped = 1
    }'
}

explain_not_installed() {
  :
}

explain_root_unattended() {
  say "Run as root without a terminal (for example by Jamf), this script acts for the user signed in at the"
  say "screen. From a terminal it refuses, so that it never acts for an account by accident."
}
