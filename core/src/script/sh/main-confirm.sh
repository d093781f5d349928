  if [ "$DRY_RUN" != 1 ]; then
    if ! confirm "Go ahead?"; then
      say "Cancelled: nothing was changed."
      exit 3
    fi
  fi
