macos_major() {
  # 12, 13, 14, 15...; 99 when unknown (then the privacy notice is shown, to be safe).
  local v
  v=$(sw_vers -productVersion 2>/dev/null)
  v=${v%%.*}
  case $v in
    ''|*[!0-9]*) v=99 ;;
  esac
  printf '%s\n' "$v"
}
