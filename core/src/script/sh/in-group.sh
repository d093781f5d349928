in_group() {
  # Whether the current user is in one of the groups named (no pipe: `grep -q` ends early
  # and, under pipefail, its writer's broken pipe would turn a match into a failure).
  local groups group
  groups=" $(id -Gn 2>/dev/null) "
  for group in "$@"; do
    case $groups in
      *" $group "*) return 0 ;;
    esac
  done
  return 1
}
