show_help() {
  cat <<'EOF_HELP'
Usage: bash {{SCRIPT_FILE}} [options]

Fixes Microsoft Teams sign-in error CAA20002 for you (the current user) on {{OS_LABEL}}.
It shows what it will do and asks before changing anything.

Options:
  --dry-run, -n    only print every action, change nothing
  --yes, -y        do not ask for confirmation (needed when there is no terminal)
  --delete         delete the cache folders instead of moving them into a backup folder
  --backup         move the cache folders into a backup folder (undo with --restore)
  --restore DIR    undo: put the cache folders back from the backup folder DIR
  --help, -h       show this help

{{DEFAULT_MODE}}
{{KEEP_NOTE}}{{TIME_NOTE}}
The backup folder is ~/TeamsCacheBackup-YYYYMMDD-HHMMSS; the log file is inside it.
Environment: TEAMS_FIX_GRACE_SECONDS (default {{GRACE_SECONDS}}, 0 to 600) seconds Teams gets
to quit before it is forced.

Exit codes:
  0  done, or nothing to do (for example Teams is not installed)
  1  a step failed (see the messages and the log file)
  2  wrong usage (unknown option, missing folder, run as root or not with bash,
     HOME is not your home folder)
  3  not confirmed (you answered no, or there was no terminal to ask)
  4  a Teams folder could not be read or moved (on macOS: the privacy permission was
     refused); nothing was changed
  5  another run of this script is still going on
  130  interrupted (Ctrl-C); the script says what was already done
EOF_HELP
  printf 'This copy was prepared for: %s\n' "$ORGANIZATION" | clean
  if [ -n "$HELPDESK" ]; then
    printf 'Help desk: %s\n' "$HELPDESK" | clean
  fi
}
