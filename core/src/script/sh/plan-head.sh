print_plan() {
  local i
  say ""
  say "Teams folders found:"
  for i in $FOUND; do
    say "  ${CACHE_PATHS[$i]}"
  done
  say ""
  say "This will:"
