#!/usr/bin/env bash
# {{SCRIPT_FILE}}: fixes Microsoft Teams sign-in error CAA20002 for the current user on {{OS_LABEL}}.
#
# What it does, in this order (each action is printed first, and logged):
#   {{ACTIONS}}
#
# It was made by version PAGE_VERSION of the Teams sign-in self-check page for the
# organization in ORGANIZATION (help desk: HELPDESK). Those variables are set just
# below; they are plain text that is only ever printed, never run. The same page
# version, settings and choices always give the same file, byte for byte.
#
# See what it would do without changing anything:  bash {{SCRIPT_FILE}} --dry-run
# Undo (put the cache back from the backup folder it printed):
#   bash {{SCRIPT_FILE}} --restore ~/TeamsCacheBackup-YYYYMMDD-HHMMSS
# All options: bash {{SCRIPT_FILE}} --help
# Needs no administrator rights. {{RUN_AS}}
# {{MODE_NOTE}}
# Exit codes:
#   {{EXIT_CODES}}

# This file is bash: under sh or zsh, stop with a clear message before anything else runs.
# (POSIX syntax only up to here.)
if [ -z "${BASH_VERSION:-}" ]; then
  echo "This script needs bash. Run it like this:  bash {{SCRIPT_FILE}}" >&2
  exit 2
fi

ORGANIZATION={{ORGANIZATION}}
HELPDESK={{HELPDESK}}
PAGE_VERSION={{PAGE_VERSION}}

set -u
set -o pipefail
# No `set -e`: every step checks its own result, so a failure is reported and counted
# instead of stopping the script half-way (and harmless non-zero tests cannot abort it).

SCRIPT_NAME={{SCRIPT_NAME}}
SCRIPT_OS={{SCRIPT_OS}}
DEFAULT_DELETE={{DEFAULT_DELETE}}
# 1 = the unattended variant (Intune, Jamf, scripts): it asks nothing, writes its log to
# ~/UNATTENDED_LOG as well, and its exit code says whether the re-test still found problems.
UNATTENDED={{UNATTENDED}}
UNATTENDED_LOG={{UNATTENDED_LOG}}
# Seconds Teams gets to quit by itself before it is forced (tests shorten it; checked
# in check_environment).
GRACE_SECONDS=${TEAMS_FIX_GRACE_SECONDS:-{{GRACE_SECONDS}}}
