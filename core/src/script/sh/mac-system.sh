account_home() {
  # The account's home folder as macOS' directory service knows it ('' if it cannot say).
  dscl . -read "/Users/$(id -un)" NFSHomeDirectory 2>/dev/null | sed -n 's/^NFSHomeDirectory:[[:space:]]*//p' | head -n 1
}

explain_not_installed() {
  :
}
