print_plan() {
  local i
  if [ -n "$FOUND" ]; then
    say ""
    say "Teams folders found:"
    for i in $FOUND; do
      say "  ${CACHE_PATHS[$i]}"
    done
  fi
  say ""
  say "This will:"
