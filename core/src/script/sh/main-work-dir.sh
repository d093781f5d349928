  if [ "$DRY_RUN" != 1 ]; then
    create_work_dir || exit 1
  fi
