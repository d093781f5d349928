show_help() {
  cat <<'EOF_HELP'
Usage: bash {{SCRIPT_FILE}} [options]

Fixes Microsoft Teams sign-in error CAA20002 for you (the current user) on {{OS_LABEL}}.
{{MODE_HELP}}

Options:
  --dry-run, -n    only print every action, change nothing
  --yes, -y        do not ask for confirmation (needed when there is no terminal)
  --delete         delete the cache folders instead of moving them into a backup folder
  --backup         move the cache folders into a backup folder (undo with --restore)
  --restore DIR    undo: put the cache folders back from the backup folder DIR
  --help, -h       show this help

{{DEFAULT_MODE}}
{{KEEP_NOTE}}{{TIME_NOTE}}
The backup folder is ~/TeamsCacheBackup-YYYYMMDD-HHMMSS; the log file is inside it. After a
successful run only the newest {{KEEP_BACKUPS}} backup folders are kept; older ones are removed.
Environment: TEAMS_FIX_GRACE_SECONDS (default {{GRACE_SECONDS}}, 0 to 600) seconds Teams gets
to quit before it is forced.

Exit codes:
  {{EXIT_CODES}}
EOF_HELP
  printf 'This copy was prepared for: %s\n' "$ORGANIZATION" | clean
  if [ -n "$HELPDESK" ]; then
    printf 'Help desk: %s\n' "$HELPDESK" | clean
  fi
}
