  if ! preflight_clear; then
    exit 4
  fi
