#!/usr/bin/env bash
# fix-teams-signin-linux.sh: fixes Microsoft Teams sign-in error CAA20002 for the current user on Linux.
#
# What it does, in this order (each action is printed first, and logged):
#   1. Quits Teams: only your own Teams processes, forced after a grace period.
#   2. Moves the Teams cache folders into one backup folder in your home folder (backgrounds are kept).
#   3. Re-tests the sign-in addresses, proxy, VPN and clock (report only).
#   4. Starts Teams again.
#
# It was made by version PAGE_VERSION of the Teams sign-in self-check page for the
# organization in ORGANIZATION (help desk: HELPDESK). Those variables are set just
# below; they are plain text that is only ever printed, never run. The same page
# version, settings and choices always give the same file, byte for byte.
#
# See what it would do without changing anything:  bash fix-teams-signin-linux.sh --dry-run
# Undo (put the cache back from the backup folder it printed):
#   bash fix-teams-signin-linux.sh --restore ~/TeamsCacheBackup-YYYYMMDD-HHMMSS
# All options: bash fix-teams-signin-linux.sh --help
# Needs no administrator rights. Run it as yourself, not with sudo.
# The unattended variant: it asks nothing and does what was chosen on the page.
# Exit codes:
#   0   done, and the re-test (if selected) found no problem; or nothing to do
#   1   a step failed (see the ERROR lines and the log file)
#   2   refused, nothing changed: wrong usage, a missing backup folder, not run with bash, run as root, HOME is not your home folder
#   3   not confirmed: you said no, or there was no terminal to ask (the unattended variant never asks)
#   4   a Teams folder could not be read or moved (permission denied): nothing was changed
#   5   another run of this script is still going on
#   6   done, but the re-test found problems (see the PROBLEM lines and the summary)
#   130 interrupted (Ctrl-C); the script says what was already done

# This file is bash: under sh or zsh, stop with a clear message before anything else runs.
# (POSIX syntax only up to here.)
if [ -z "${BASH_VERSION:-}" ]; then
  echo "This script needs bash. Run it like this:  bash fix-teams-signin-linux.sh" >&2
  exit 2
fi

ORGANIZATION='Contoso IT'
HELPDESK='help@contoso.example, +1 555 0100, https://help.contoso.example'
PAGE_VERSION='0.1.0'

set -u
set -o pipefail
# No `set -e`: every step checks its own result, so a failure is reported and counted
# instead of stopping the script half-way (and harmless non-zero tests cannot abort it).

SCRIPT_NAME='fix-teams-signin-linux.sh'
SCRIPT_OS='Linux'
DEFAULT_DELETE=0
# 1 = the unattended variant (Intune, Jamf, scripts): it asks nothing, writes its log to
# ~/UNATTENDED_LOG as well, and its exit code says whether the re-test still found problems.
UNATTENDED=1
UNATTENDED_LOG='.local/state/fix-teams-signin.log'
# Seconds Teams gets to quit by itself before it is forced (tests shorten it; checked
# in check_environment).
GRACE_SECONDS=${TEAMS_FIX_GRACE_SECONDS:-10}
CLOCK_URL='https://login.microsoftonline.com/'
ENDPOINT_COUNT=8
# Addresses re-tested from this computer (label, URL).
ENDPOINT_LABELS=(
  'Microsoft Entra sign-in'
  'Microsoft sign-in (alternate)'
  'Sign-in page files'
  'Sign-in page files (alternate)'
  'Teams service'
  'Teams service (new address)'
  'Teams app files'
  'Microsoft Graph'
)
ENDPOINT_URLS=(
  'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'
  'https://login.microsoft.com/'
  'https://aadcdn.msauth.net/'
  'https://aadcdn.msftauth.net/'
  'https://teams.microsoft.com/'
  'https://teams.cloud.microsoft/'
  'https://statics.teams.cdn.office.net/'
  'https://graph.microsoft.com/'
)

init_tables() {
  # The known Teams cache folders (and nothing else): built from $HOME, never a user name.
  # Only these may be moved or deleted; see is_allowed_cache_path.
  # Desktop apps' settings folder: ~/.config, or XDG_CONFIG_HOME inside HOME.
  CONFIG_HOME=$(config_home)
  CACHE_KEYS=( 'classic-Teams' 'teams-for-linux' 'teams-for-linux-snap' 'teams-for-linux-flatpak' )
  CACHE_PATHS=(
    "$CONFIG_HOME"/'Microsoft/Microsoft Teams'
    "$CONFIG_HOME"/'teams-for-linux'
    "$HOME"/'snap/teams-for-linux/current/.config/teams-for-linux'
    "$HOME"/'.var/app/com.github.IsmaelMartinez.teams_for_linux/config/teams-for-linux'
  )
  # Kept across a clear, inside each cache folder ('' = nothing), and what it is.
  KEEP_ITEMS=( '' 'config.json' 'config.json' 'config.json' )
  KEEP_LABELS=( '' 'settings (config.json)' 'settings (config.json)' 'settings (config.json)' )
  # 1 = a macOS app container: macOS recreates it (with its metadata) when Teams starts,
  # so kept items go back only after that, never by mkdir -p.
  APP_CONTAINER=( 0 0 0 0 )
  # Teams processes, matched on the whole command line (pgrep -f, extended regex).
  PROCESS_PATTERNS=( '^([^ ]*/)?teams-for-linux( |$)' '^([^ ]*/)?teams( |$)' )
  # The issuers Microsoft's OpenID configuration names, per cloud (network.rs).
  ISSUER_PREFIXES=( 'https://login.microsoftonline.com/' 'https://login.microsoftonline.us/' 'https://login.partner.microsoftonline.cn/' 'https://login.chinacloudapi.cn/' )
  # Public root certificate authorities Microsoft's sign-in certificates chain to.
  MICROSOFT_ROOTS=( 'DigiCert Global Root G2' 'DigiCert Global Root G3' 'DigiCert Global Root CA' 'DigiCert TLS ECC P384 Root G5' 'DigiCert TLS RSA4096 Root G5' 'Microsoft RSA Root Certificate Authority 2017' 'Microsoft ECC Root Certificate Authority 2017' 'Baltimore CyberTrust Root' )
}

RUN_STAMP=$(date +%Y%m%d-%H%M%S)
# Where the script was started, for the undo command (relative script paths).
STARTED_IN=$PWD
DRY_RUN=0
ASSUME_YES=0
DELETE_MODE=$DEFAULT_DELETE
RESTORE_DIR=''
BACKUP_DIR=''
LOG_FILE=''
FAILURES=0
SUMMARY=''
FOUND=''
TEAMS_PIDS=''
LOCK_DIR=''
CHILD_PID=''
MOVED=''
CLEAR_FAILED=0
EXIT_CODE=1
DEFERRED=''
RUN_LOG=''
RETEST_PROBLEMS=0
PROBLEM_LIST=''
IGNORED_ARGS=''
# The UTF-8 bytes of the C1 controls (U+0080-U+009F) and of the bidi controls (U+061C,
# U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), as sed patterns (see clean).
C1_BYTES=$(printf '\302[\200-\237]')
BIDI_BYTES=$(printf '\342\200[\216\217\252-\256]')
BIDI_ISOLATE_BYTES=$(printf '\342\201[\246-\251]')
ARABIC_MARK_BYTES=$(printf '\330\234')

clean() {
  # stdin to stdout with what could rewrite the terminal or reorder the text replaced by
  # '?': control characters (ESC, CR, BEL, the C1 controls...) and bidi controls. What the
  # script prints at run time (folder names, VPN names, proxy values, server text) comes
  # from the system and must stay plain text. Tabs and line ends stay. Byte patterns under
  # LC_ALL=C, so BSD and GNU sed treat them alike whatever the locale.
  LC_ALL=C tr '\001-\010\013-\037\177' '[?*]' |
    LC_ALL=C sed -e "s/$C1_BYTES/?/g" -e "s/$BIDI_BYTES/?/g" -e "s/$BIDI_ISOLATE_BYTES/?/g" -e "s/$ARABIC_MARK_BYTES/?/g"
}

say() {
  # Prints a line (see clean) and appends it to the log files that exist: the one in the
  # backup folder, and the unattended variant's own log.
  local line
  line=$(printf '%s' "$*" | clean)
  printf '%s\n' "$line"
  if [ -n "$LOG_FILE" ]; then
    printf '%s\n' "$line" >>"$LOG_FILE"
  fi
  if [ -n "$RUN_LOG" ]; then
    printf '%s\n' "$line" >>"$RUN_LOG"
  fi
}


fail() {
  say "ERROR: $*"
  FAILURES=$((FAILURES + 1))
}

refuse() {
  fail "refusing to touch $1: it is not one of the known Teams cache folders inside your home folder"
}

usage_error() {
  printf 'Error: %s\n' "$1" | clean >&2
  printf 'Run: bash %s --help\n' "$SCRIPT_NAME" >&2
  exit 2
}

parse_args() {
  while [ $# -gt 0 ]; do
    case $1 in
      --dry-run|-n) DRY_RUN=1 ;;
      --yes|-y) ASSUME_YES=1 ;;
      --delete) DELETE_MODE=1 ;;
      --backup) DELETE_MODE=0 ;;
      --restore)
        if [ $# -lt 2 ] || [ -z "$2" ]; then
          usage_error "--restore needs the backup folder, for example: --restore ~/TeamsCacheBackup-20250101-120000"
        fi
        RESTORE_DIR=$2
        shift
        ;;
      --restore=*)
        RESTORE_DIR=${1#--restore=}
        if [ -z "$RESTORE_DIR" ]; then
          usage_error "--restore= needs the backup folder, for example: --restore=~/TeamsCacheBackup-20250101-120000"
        fi
        ;;
      --help|-h)
        show_help
        exit 0
        ;;
      -*) usage_error "unknown option: $1" ;;
      *)
        # Management tools pass their own values (Jamf: mount point, computer name, user
        # name); the unattended variant notes and ignores them.
        if [ "$UNATTENDED" != 1 ]; then
          usage_error "unknown option: $1"
        fi
        IGNORED_ARGS="$IGNORED_ARGS '$1'"
        ;;
    esac
    shift
  done
}

confirm() {
  # Returns 0 only on an explicit yes. Without a terminal it refuses instead of hanging.
  # The unattended variant asks nothing: what the options chose is done.
  local answer=''
  if [ "$ASSUME_YES" = 1 ] || [ "$UNATTENDED" = 1 ]; then
    return 0
  fi
  if [ ! -t 0 ]; then
    say "There is no terminal to ask you for confirmation, so nothing was changed."
    say "Run it again with --yes to confirm in advance, or with --dry-run to only see what it would do."
    exit 3
  fi
  printf '%s [y/N] ' "$1"
  IFS= read -r answer || answer=''
  case $answer in
    y|Y|yes|Yes|YES) return 0 ;;
  esac
  return 1
}

check_environment() {
  # HOME decides which folders are touched: it must be your own home folder, exactly.
  local home=${HOME:-} account physical
  while :; do
    case $home in
      ?*/) home=${home%/} ;;
      *) break ;;
    esac
  done
  case $home in
    /?*) ;;
    *)
      say "ERROR: HOME is not set to your home folder, so the Teams folders cannot be found."
      exit 2
      ;;
  esac
  HOME=$home
  if [ "$(id -u)" = 0 ]; then
    say "Please run this as yourself, not with sudo or as root: Teams and its cache belong to your user."
    if [ "$UNATTENDED" = 1 ]; then
      explain_root_unattended
    fi
    exit 2
  fi
  if [ ! -d "$HOME" ]; then
    say "ERROR: your home folder $HOME does not exist."
    exit 2
  fi
  if [ ! -O "$HOME" ]; then
    say "ERROR: $HOME does not belong to you, so it is not your home folder. Nothing was changed."
    exit 2
  fi
  account=$(account_home)
  if [ -n "$account" ] && [ "$account" != "$HOME" ]; then
    physical=$(cd -P "$account" 2>/dev/null && pwd -P)
    if [ -z "$physical" ] || [ "$physical" != "$(cd -P "$HOME" && pwd -P)" ]; then
      say "ERROR: HOME is $HOME, but your account's home folder is $account."
      say "Run this from a normal Terminal window, without changing HOME. Nothing was changed."
      exit 2
    fi
  fi
  case $GRACE_SECONDS in
    ''|*[!0-9]*) usage_error "TEAMS_FIX_GRACE_SECONDS must be a whole number of seconds from 0 to 600, not: $GRACE_SECONDS" ;;
  esac
  # Without leading zeros (bash would read 010 as octal).
  GRACE_SECONDS=${GRACE_SECONDS#"${GRACE_SECONDS%%[!0]*}"}
  GRACE_SECONDS=${GRACE_SECONDS:-0}
  if [ "${#GRACE_SECONDS}" -gt 3 ] || [ "$GRACE_SECONDS" -gt 600 ]; then
    usage_error "TEAMS_FIX_GRACE_SECONDS must be a whole number of seconds from 0 to 600, not: ${TEAMS_FIX_GRACE_SECONDS:-}"
  fi
  case $RESTORE_DIR in
    \~) RESTORE_DIR=$HOME ;;
    \~/*) RESTORE_DIR="$HOME/${RESTORE_DIR#\~/}" ;;
  esac
}

take_lock() {
  # One run at a time. mkdir is atomic; the lock folder holds one empty folder named after
  # this run's process id, so a lock left behind by a crashed run is recognised (its process
  # is gone) and removed with rmdir, which can only remove empty folders.
  local dir="$HOME/.fix-teams-signin.lock" entry owner=''
  if ! mkdir "$dir" 2>/dev/null; then
    for entry in "$dir"/*; do
      owner=${entry##*/}
    done
    case $owner in
      ''|*[!0-9]*)
        say "Another run of this script seems to be starting ($dir exists). If none is running, remove that folder and try again."
        exit 5
        ;;
    esac
    if kill -0 "$owner" 2>/dev/null; then
      say "Another run of this script is still going on (process $owner). Wait for it to finish, then try again."
      exit 5
    fi
    rmdir "$dir/$owner" "$dir" 2>/dev/null
    if ! mkdir "$dir" 2>/dev/null; then
      say "Another run of this script is still going on ($dir). Wait for it to finish, then try again."
      exit 5
    fi
  fi
  mkdir "$dir/$$" 2>/dev/null
  LOCK_DIR=$dir
}

# shellcheck disable=SC2317 # also called from the EXIT trap
release_lock() {
  if [ -n "$LOCK_DIR" ]; then
    rmdir "$LOCK_DIR/$$" "$LOCK_DIR" 2>/dev/null
    LOCK_DIR=''
  fi
}

# shellcheck disable=SC2317 # called from the INT/TERM/HUP trap
on_interrupt() {
  # Ctrl-C (or the terminal closing): stop here, say what was done, never restart Teams.
  trap - INT TERM HUP
  if [ -n "$CHILD_PID" ]; then
    kill -TERM "$CHILD_PID" 2>/dev/null
  fi
  say ""
  say "Interrupted: the script stopped before the end and did not start Teams again."
  if [ -n "$MOVED" ]; then
    say "Some Teams folders were already moved into $BACKUP_DIR."
    say "To put them back: $(undo_command "$BACKUP_DIR")"
  else
    say "No Teams folder was moved or deleted."
  fi
  release_lock
  exit 130
}


print_intro() {
  say "Fix for Microsoft Teams sign-in error CAA20002 ($SCRIPT_OS)"
  if [ -n "$ORGANIZATION" ]; then
    say "Prepared for: $ORGANIZATION"
  fi
  if [ -n "$HELPDESK" ]; then
    say "Help desk: $HELPDESK"
  fi
  say "Made by the Teams sign-in self-check page, version $PAGE_VERSION"
  if [ "$DRY_RUN" = 1 ]; then
    say "DRY RUN: nothing will be changed; every action is only printed."
  fi
}

find_cache_folders() {
  # FOUND: the indexes (space-separated) of the cache folders that exist.
  local i=0
  FOUND=''
  while [ "$i" -lt "${#CACHE_PATHS[@]}" ]; do
    if [ -e "${CACHE_PATHS[$i]}" ] || [ -L "${CACHE_PATHS[$i]}" ]; then
      FOUND="$FOUND $i"
    fi
    i=$((i + 1))
  done
  FOUND=${FOUND# }
}

start_unattended_log() {
  # The unattended variant's log, at a fixed place IT can collect (the same lines as on
  # screen; rewritten by each run). A dry run writes nothing.
  local file="$HOME/$UNATTENDED_LOG"
  if [ "$UNATTENDED" != 1 ] || [ "$DRY_RUN" = 1 ]; then
    return 0
  fi
  if mkdir -p "${file%/*}" 2>/dev/null && : 2>/dev/null >"$file"; then
    RUN_LOG=$file
    say "Unattended run; log file: $RUN_LOG"
  else
    say "Unattended run; the log file $file could not be written (only this output has the report)."
  fi
  if [ -n "$IGNORED_ARGS" ]; then
    say "Ignored the arguments passed by the management tool:$IGNORED_ARGS"
  fi
}

script_path() {
  # The file this script was started from, when it is one (not for bash -c or a pipe).
  local path
  case $0 in
    /*) path=$0 ;;
    *) path="$STARTED_IN/$0" ;;
  esac
  if [ -f "$path" ]; then
    printf '%s\n' "$path"
    return 0
  fi
  return 1
}

undo_command() {
  # The exact command that puts the backup folder $1 back, naming this script's file when
  # there is one; otherwise the file name, to be run where the script was saved.
  local path
  if path=$(script_path); then
    printf 'bash %q --restore %q\n' "$path" "$1"
  else
    printf 'bash %s --restore %q   (in the folder where you saved this script)\n' "$SCRIPT_NAME" "$1"
  fi
}

with_timeout() {
  # Runs "$@" for at most $1 seconds (macOS has no timeout command), in the background so a
  # hung program cannot block the script; its output goes to stdout. 124 = timed out.
  local limit=$1 waited=0 pid
  shift
  "$@" &
  pid=$!
  CHILD_PID=$pid
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge "$limit" ]; then
      kill -TERM "$pid" 2>/dev/null
      sleep 1
      kill -KILL "$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      CHILD_PID=''
      return 124
    fi
    sleep 1
    waited=$((waited + 1))
  done
  wait "$pid"
  waited=$?
  CHILD_PID=''
  return "$waited"
}

access_problem() {
  # Why the folder $1 cannot be read or moved away, as one line (nothing when it can): a
  # refused read (on macOS 14 and later: the "access data from other apps" prompt answered
  # with Don't Allow) or no write permission on it or its parent. LC_ALL=C: the system's
  # words are matched and shown in one language, whatever the user's locale.
  local path=$1 err
  if [ -L "$path" ] || [ ! -e "$path" ]; then
    return 0
  fi
  if ! err=$(LC_ALL=C ls -A -- "$path" 2>&1 >/dev/null); then
    printf 'cannot read %s: %s\n' "$path" "${err##*: }"
  elif { [ -d "$path" ] && [ ! -w "$path" ]; } || [ ! -w "${path%/*}" ]; then
    printf 'cannot move %s: no write permission there\n' "$path"
  fi
}

is_permission_error() {
  # The English text of EPERM and EACCES (the commands run with LC_ALL=C).
  case $1 in
    *"Operation not permitted"*|*"Permission denied"*) return 0 ;;
  esac
  return 1
}

parent_in_home() {
  # Whether the nearest existing folder above $1 is physically inside your home folder, so
  # that `mkdir -p` on $1's parent creates nothing elsewhere (a planted link is refused).
  local dir=${1%/*} home
  home=$(cd -P "$HOME" 2>/dev/null && pwd -P) || return 1
  while [ ! -d "$dir" ]; do
    if [ -L "$dir" ]; then
      return 1
    fi
    case $dir in
      */*) dir=${dir%/*} ;;
      *) return 1 ;;
    esac
    if [ -z "$dir" ]; then
      return 1
    fi
  done
  dir=$(cd -P "$dir" 2>/dev/null && pwd -P) || return 1
  case $dir/ in
    "$home"/*) return 0 ;;
  esac
  return 1
}

privacy_prompt_expected() {
  return 1
}

privacy_notice() {
  :
}

explain_blocked() {
  say ""
  say "These Teams folders cannot be read or changed (\"Permission denied\"), so nothing was changed."
  say "They should belong to you: ask IT to check their owner (ls -ld on the folders named above)."
  if [ -n "$HELPDESK" ]; then
    say "Help desk: $HELPDESK"
  fi
}

account_home() {
  # The account's home folder from the user database ('' if it cannot say).
  getent passwd "$(id -u)" 2>/dev/null | cut -d: -f6 | head -n 1
}

explain_not_installed() {
  # No desktop client: Teams on the web keeps its sign-in data in the browser.
  local hosts='teams.microsoft.com and teams.cloud.microsoft'
  say ""
  say "If you use Teams in the browser: reset it by clearing the site data for $hosts"
  say "(in Chrome or Edge: click the icon left of the address > Site settings > Delete data;"
  say "in Firefox: the padlock > Clear cookies and site data), then sign in again."
}

explain_root_unattended() {
  say "On Linux it cannot act for the user signed in at the screen: deploy it so that it runs as that user."
}

config_home() {
  # Where desktop apps keep their settings: XDG_CONFIG_HOME when it is an absolute folder
  # inside your home folder, else ~/.config (the folders elsewhere are not touched).
  case ${XDG_CONFIG_HOME:-} in
    "$HOME"/?*) printf '%s\n' "${XDG_CONFIG_HOME%/}" ;;
    *) printf '%s\n' "$HOME/.config" ;;
  esac
}

add_summary() {
  SUMMARY="$SUMMARY  - $*
"
}

# Backup folders kept (older ones are removed after a successful run).
KEEP_BACKUPS=3

create_work_dir() {
  # One timestamped folder for the backup and the log, readable only by you (the cache
  # holds sign-in tokens). A second run in the same second gets a -2 suffix.
  local base dir n=1
  base="$HOME/TeamsCacheBackup-$RUN_STAMP"
  dir=$base
  while [ -e "$dir" ] || [ -L "$dir" ]; do
    n=$((n + 1))
    dir="$base-$n"
  done
  if ! mkdir -m 700 "$dir"; then
    fail "could not create the folder $dir"
    return 1
  fi
  BACKUP_DIR=$dir
  LOG_FILE="$dir/fix-teams-signin.log"
  say "Log file: $LOG_FILE"
  say "Run started $RUN_STAMP (organization: $ORGANIZATION; page version $PAGE_VERSION)"
}

is_backup_name() {
  # Whether $1 is named like a backup folder this script makes: TeamsCacheBackup-YYYYMMDD-HHMMSS,
  # with an optional -N for a second run in the same second.
  case ${1##*/} in
    TeamsCacheBackup-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]) return 0 ;;
    TeamsCacheBackup-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9]*) return 0 ;;
  esac
  return 1
}

is_old_backup() {
  # The guard in front of removing an old backup: a real folder (not a link) named like a
  # backup, directly in your home folder (physically), and not this run's.
  local parent
  is_backup_name "$1" || return 1
  [ "$1" != "$BACKUP_DIR" ] || return 1
  [ -d "$1" ] && [ ! -L "$1" ] || return 1
  parent=$(cd -P "${1%/*}" 2>/dev/null && pwd -P) || return 1
  [ "$parent" = "$(cd -P "$HOME" 2>/dev/null && pwd -P)" ]
}

prune_old_backups() {
  # After a successful run, only the newest KEEP_BACKUPS backup folders stay (this run's
  # included): a Teams cache can be gigabytes. Names sort by date and time, oldest first.
  local dir count=0 extra
  for dir in "$HOME"/TeamsCacheBackup-*; do
    if is_backup_name "$dir" && [ -d "$dir" ] && [ ! -L "$dir" ]; then
      count=$((count + 1))
    fi
  done
  extra=$((count - KEEP_BACKUPS))
  for dir in "$HOME"/TeamsCacheBackup-*; do
    if [ "$extra" -le 0 ]; then
      break
    fi
    if ! is_backup_name "$dir" || [ ! -d "$dir" ] || [ -L "$dir" ] || [ "$dir" = "$BACKUP_DIR" ]; then
      continue
    fi
    extra=$((extra - 1))
    is_old_backup "$dir" || { say "Left the old backup $dir as it is (it is not a plain folder in your home folder)."; continue; }
    if rm -rf -- "$dir"; then
      say "Removed an old backup (only the newest $KEEP_BACKUPS are kept): $dir"
    else
      say "Could not remove all of the old backup $dir"
    fi
  done
}

show_help() {
  cat <<'EOF_HELP'
Usage: bash fix-teams-signin-linux.sh [options]

Fixes Microsoft Teams sign-in error CAA20002 for you (the current user) on Linux.
The unattended variant (for management tools): it asks nothing, does what was chosen on
the page, and also writes its log to ~/.local/state/fix-teams-signin.log. Run it as the user.

Options:
  --dry-run, -n    only print every action, change nothing
  --yes, -y        do not ask for confirmation (needed when there is no terminal)
  --delete         delete the cache folders instead of moving them into a backup folder
  --backup         move the cache folders into a backup folder (undo with --restore)
  --restore DIR    undo: put the cache folders back from the backup folder DIR
  --help, -h       show this help

This copy moves into a backup folder by default; --delete deletes instead.
teams-for-linux's own settings (config.json) are kept either way.
The backup folder is ~/TeamsCacheBackup-YYYYMMDD-HHMMSS; the log file is inside it. After a
successful run only the newest 3 backup folders are kept; older ones are removed.
Environment: TEAMS_FIX_GRACE_SECONDS (default 10, 0 to 600) seconds Teams gets
to quit before it is forced.

Exit codes:
  0   done, and the re-test (if selected) found no problem; or nothing to do
  1   a step failed (see the ERROR lines and the log file)
  2   refused, nothing changed: wrong usage, a missing backup folder, not run with bash, run as root, HOME is not your home folder
  3   not confirmed: you said no, or there was no terminal to ask (the unattended variant never asks)
  4   a Teams folder could not be read or moved (permission denied): nothing was changed
  5   another run of this script is still going on
  6   done, but the re-test found problems (see the PROBLEM lines and the summary)
  130 interrupted (Ctrl-C); the script says what was already done
EOF_HELP
  printf 'This copy was prepared for: %s\n' "$ORGANIZATION" | clean
  if [ -n "$HELPDESK" ]; then
    printf 'Help desk: %s\n' "$HELPDESK" | clean
  fi
}

is_allowed_cache_path() {
  # The single allow-list check in front of every mv and rm. True only when $1 is one of the
  # known Teams cache folders in CACHE_PATHS, or a path inside one, and:
  #  - it has no . or .. segments (no way to climb out of the folder by spelling);
  #  - it is never the OneAuth container (shared by all Microsoft apps);
  #  - the folder holding the cache folder is physically inside $HOME (no link leading
  #    elsewhere), and no link sits between the cache folder and a path inside it.
  # Also true for exactly $BACKUP_DIR/<key>, this run's own copy of a cache folder (deleted
  # in delete mode, or an incomplete copy removed), when the backup folder this run made is
  # physically inside $HOME.
  local path=$1 i=0 known parent home rest part cur
  case /$path/ in
    */./*|*/../*) return 1 ;;
  esac
  case $path in
    *UBF8T346G9.com.microsoft.oneauth*) return 1 ;;
  esac
  home=$(cd -P "$HOME" 2>/dev/null && pwd -P) || return 1
  if [ -n "$BACKUP_DIR" ]; then
    while [ "$i" -lt "${#CACHE_KEYS[@]}" ]; do
      if [ "$path" = "$BACKUP_DIR/${CACHE_KEYS[$i]}" ]; then
        case $BACKUP_DIR in
          "$HOME"/TeamsCacheBackup-*) ;;
          *) return 1 ;;
        esac
        parent=$(cd -P "$BACKUP_DIR/.." 2>/dev/null && pwd -P) || return 1
        if [ "$parent" = "$home" ] && [ ! -L "$BACKUP_DIR" ]; then
          return 0
        fi
        return 1
      fi
      i=$((i + 1))
    done
    i=0
  fi
  while [ "$i" -lt "${#CACHE_PATHS[@]}" ]; do
    known=${CACHE_PATHS[$i]}
    i=$((i + 1))
    case $path in
      "$known"|"$known"/*) ;;
      *) continue ;;
    esac
    parent=$(cd -P "${known%/*}" 2>/dev/null && pwd -P) || return 1
    case $parent/ in
      "$home"/*) ;;
      *) return 1 ;;
    esac
    if [ "$path" != "$known" ]; then
      rest=${path#"$known"/}
      cur=$known
      while [ -n "$rest" ]; do
        part=${rest%%/*}
        case $rest in
          */*) rest=${rest#*/} ;;
          *) rest='' ;;
        esac
        if [ -L "$cur" ]; then
          return 1
        fi
        cur="$cur/$part"
      done
    fi
    return 0
  done
  return 1
}

find_teams_pids() {
  # TEAMS_PIDS: this user's Teams process ids (never this script or the shell that ran it).
  local uid pattern pid
  TEAMS_PIDS=''
  uid=$(id -u)
  for pattern in "${PROCESS_PATTERNS[@]}"; do
    for pid in $(pgrep -u "$uid" -f "$pattern" 2>/dev/null); do
      if [ "$pid" = "$$" ] || [ "$pid" = "$PPID" ]; then
        continue
      fi
      case " $TEAMS_PIDS " in
        *" $pid "*) ;;
        *) TEAMS_PIDS="$TEAMS_PIDS $pid" ;;
      esac
    done
  done
  TEAMS_PIDS=${TEAMS_PIDS# }
}

stop_teams() {
  # Asks Teams to quit, waits up to GRACE_SECONDS, then forces what is left.
  local waited=0
  find_teams_pids
  if [ -z "$TEAMS_PIDS" ]; then
    say "Teams is not running."
    return 0
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would ask Teams to quit (process ids: $TEAMS_PIDS) and force it after $GRACE_SECONDS seconds"
    return 0
  fi
  say "Asking Teams to quit (process ids: $TEAMS_PIDS)..."
  ask_teams_to_quit
  while [ "$waited" -lt "$GRACE_SECONDS" ]; do
    find_teams_pids
    if [ -z "$TEAMS_PIDS" ]; then
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  find_teams_pids
  if [ -n "$TEAMS_PIDS" ]; then
    say "Teams did not quit within $GRACE_SECONDS seconds: forcing it to stop (process ids: $TEAMS_PIDS)"
    # One process id per word, on purpose.
    # shellcheck disable=SC2086
    kill -KILL $TEAMS_PIDS 2>/dev/null
    sleep 1
    find_teams_pids
  fi
  if [ -n "$TEAMS_PIDS" ]; then
    fail "Teams is still running (process ids: $TEAMS_PIDS). Quit it yourself and run this again."
    return 1
  fi
  say "Teams is stopped."
  return 0
}

ask_teams_to_quit() {
  # SIGTERM lets Electron save its state; stop_teams forces the rest later.
  # One process id per word, on purpose.
  # shellcheck disable=SC2086
  kill -TERM $TEAMS_PIDS 2>/dev/null
}

RESTORED=''
ASIDE_PATHS=()

restore_backup() {
  # Undo: moves each cache folder found in the backup folder $1 back where it came from, all
  # or nothing: every folder is checked first (macOS may ask for permission then), and if a
  # move still fails, what was already put back returns to the backup folder. A folder Teams
  # created since then is moved aside into the backup folder, not deleted.
  local dir=$1 i=0 key path src aside n problem blocked='' err failed=0 restore=''
  case $dir in
    /*) ;;
    *) dir="$PWD/$dir" ;;
  esac
  dir=${dir%/}
  if [ ! -d "$dir" ]; then
    say "ERROR: the backup folder $dir does not exist."
    return 2
  fi
  while [ "$i" -lt "${#CACHE_KEYS[@]}" ]; do
    if [ -e "$dir/${CACHE_KEYS[$i]}" ] || [ -L "$dir/${CACHE_KEYS[$i]}" ]; then
      restore="$restore $i"
    fi
    i=$((i + 1))
  done
  if [ -z "$restore" ]; then
    say "Nothing to restore in $dir: it holds no Teams cache folder (already restored?)."
    return 0
  fi
  say "Restoring the Teams cache from: $dir"
  if [ "$DRY_RUN" = 1 ]; then
    say "DRY RUN: nothing will be changed; every action is only printed."
  else
    if ! confirm "Put the Teams cache back from this backup (Teams is closed first)?"; then
      say "Cancelled: nothing was changed."
      return 3
    fi
    LOG_FILE="$dir/fix-teams-signin.log"
    say "Restore started $RUN_STAMP"
  fi
  say ""
  say "== Check access to the Teams folders (changes nothing) =="
  FOUND=${restore# }
  privacy_notice
  for i in $FOUND; do
    path=${CACHE_PATHS[$i]}
    src="$dir/${CACHE_KEYS[$i]}"
    if [ "$DRY_RUN" = 1 ] && privacy_prompt_expected "$i"; then
      continue
    fi
    for problem in "$(access_problem "$path")" "$(access_problem "$src")"; do
      if [ -n "$problem" ]; then
        say "  $problem"
        blocked=1
      fi
    done
    if ! parent_in_home "$path"; then
      refuse "$path"
      return 1
    fi
  done
  if [ -n "$blocked" ]; then
    explain_blocked
    return 4
  fi
  stop_teams || return 1
  RESTORED=''
  for i in $FOUND; do
    key=${CACHE_KEYS[$i]}
    path=${CACHE_PATHS[$i]}
    src="$dir/$key"
    if [ "$DRY_RUN" = 1 ]; then
      say "[dry run] would put back: $path"
      continue
    fi
    ASIDE_PATHS[i]=''
    if [ -e "$path" ] || [ -L "$path" ]; then
      # A fresh name: mv into an existing folder would nest instead of rename.
      aside="$dir/$key.before-restore-$RUN_STAMP"
      n=1
      while [ -e "$aside" ] || [ -L "$aside" ]; do
        n=$((n + 1))
        aside="$dir/$key.before-restore-$RUN_STAMP-$n"
      done
      say "Moving what is there now aside (it stays in the backup folder): $aside"
      is_allowed_cache_path "$path" || { refuse "$path"; failed=1; break; }
      if ! err=$(LC_ALL=C mv -- "$path" "$aside" 2>&1); then
        fail "could not move $path aside, so it was not restored: ${err:-mv failed}"
        is_permission_error "$err" && blocked=1
        failed=1
        break
      fi
      ASIDE_PATHS[i]=$aside
    fi
    if ! parent_in_home "$path"; then
      refuse "$path"
      failed=1
      break
    fi
    if ! err=$(LC_ALL=C mkdir -p -- "${path%/*}" 2>&1); then
      fail "could not create the folder ${path%/*}: $err"
      failed=1
      break
    fi
    is_allowed_cache_path "$path" || { refuse "$path"; failed=1; break; }
    if err=$(LC_ALL=C mv -- "$src" "$path" 2>&1); then
      say "Put back: $path"
      RESTORED="$i $RESTORED"
    else
      fail "could not put back $path: ${err:-mv failed}"
      is_permission_error "$err" && blocked=1
      RESTORED="$i $RESTORED"
      failed=1
      break
    fi
  done
  if [ "$failed" = 1 ]; then
    undo_restore "$dir"
    if [ -n "$blocked" ]; then
      explain_blocked
      return 4
    fi
    return 1
  fi
  if [ "$DRY_RUN" != 1 ]; then
    say "Done: the Teams cache is back as it was. Start Teams again."
  fi
  return 0
}

undo_restore() {
  # A failed restore: everything this restore moved goes back where it was (newest first),
  # so the cache is never left half restored and the backup folder stays complete.
  local dir=$1 i key path err
  say "The restore did not complete: putting everything back as it was before it..."
  for i in $RESTORED; do
    key=${CACHE_KEYS[$i]}
    path=${CACHE_PATHS[$i]}
    if [ -e "$path" ] || [ -L "$path" ]; then
      is_allowed_cache_path "$path" || { refuse "$path"; continue; }
      if ! err=$(LC_ALL=C mv -- "$path" "$dir/$key" 2>&1); then
        fail "could not move $path back into the backup folder: $err"
        continue
      fi
    fi
    if [ -n "${ASIDE_PATHS[$i]:-}" ]; then
      is_allowed_cache_path "$path" || { refuse "$path"; continue; }
      if ! err=$(LC_ALL=C mv -- "${ASIDE_PATHS[$i]}" "$path" 2>&1); then
        fail "could not put ${ASIDE_PATHS[$i]} back to $path: $err"
      fi
    fi
  done
  for i in $FOUND; do
    case " $RESTORED " in
      *" $i "*) continue ;;
    esac
    path=${CACHE_PATHS[$i]}
    if [ -n "${ASIDE_PATHS[$i]:-}" ] && [ ! -e "$path" ] && [ ! -L "$path" ]; then
      is_allowed_cache_path "$path" || { refuse "$path"; continue; }
      if ! err=$(LC_ALL=C mv -- "${ASIDE_PATHS[$i]}" "$path" 2>&1); then
        fail "could not put ${ASIDE_PATHS[$i]} back to $path: $err"
      fi
    fi
  done
  RESTORED=''
  say "The backup folder $dir is complete again; nothing was restored."
}

# CLEAR_BLOCKED: a move failed for lack of permission; KEEP_NOW: kept items to put back now.
CLEAR_BLOCKED=0
KEEP_NOW=''

device_of() {
  # The volume (device number) a path is on (GNU stat).
  stat -c %d "$1" 2>/dev/null
}

preflight_clear() {
  # Before anything changes: every cache folder must be readable, and it and its parent
  # writable. A refused permission (on macOS 14 and later: the "access data from other apps"
  # prompt answered with Don't Allow) stops the run here, with nothing changed: Teams is not
  # closed and no folder is moved, so a cache is never left half cleared.
  local i problem blocked=''
  say ""
  say "== Check access to the Teams folders (changes nothing) =="
  privacy_notice
  for i in $FOUND; do
    if [ "$DRY_RUN" = 1 ] && privacy_prompt_expected "$i"; then
      continue
    fi
    problem=$(access_problem "${CACHE_PATHS[$i]}")
    if [ -n "$problem" ]; then
      say "  $problem"
      blocked=1
    fi
  done
  if [ -n "$blocked" ]; then
    explain_blocked
    return 1
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "  [dry run] the real run checks every folder like this before changing anything."
  else
    say "  OK: every Teams folder can be read and moved."
  fi
  return 0
}

move_into_backup() {
  # Moves one cache folder into the backup folder (in delete mode too: it is deleted from
  # there once every folder has moved). Errors are reported with the system's own text. A
  # folder on another volume is copied first and removed only after a complete copy, so a
  # failed copy leaves no partial copy behind and the original untouched.
  local i=$1 path key dest err
  path=${CACHE_PATHS[$i]}
  key=${CACHE_KEYS[$i]}
  if [ "$DRY_RUN" = 1 ]; then
    if [ "$DELETE_MODE" = 1 ]; then
      say "[dry run] would delete: $path (moved into $HOME/TeamsCacheBackup-$RUN_STAMP first, then deleted)"
    else
      say "[dry run] would move: $path"
      say "          into: $HOME/TeamsCacheBackup-$RUN_STAMP/$key"
    fi
    return 0
  fi
  dest="$BACKUP_DIR/$key"
  say "Moving: $path"
  say "  into: $dest"
  if [ "$(device_of "$path")" = "$(device_of "$BACKUP_DIR")" ]; then
    is_allowed_cache_path "$path" || { refuse "$path"; return 1; }
    if ! err=$(LC_ALL=C mv -- "$path" "$dest" 2>&1); then
      fail "could not move $path: ${err:-mv failed}"
      if is_permission_error "$err"; then
        CLEAR_BLOCKED=1
      fi
      return 1
    fi
  else
    say "  (on another volume: copying first, the original is removed only after a complete copy)"
    if ! err=$(LC_ALL=C cp -pPR -- "$path" "$dest" 2>&1); then
      fail "could not copy $path: ${err:-cp failed}"
      if is_permission_error "$err"; then
        CLEAR_BLOCKED=1
      fi
      if [ -e "$dest" ] || [ -L "$dest" ]; then
        say "Removing the incomplete copy: $dest"
        is_allowed_cache_path "$dest" || { refuse "$dest"; return 1; }
        rm -rf -- "$dest"
      fi
      return 1
    fi
    is_allowed_cache_path "$path" || { refuse "$path"; return 1; }
    if ! err=$(LC_ALL=C rm -rf -- "$path" 2>&1); then
      fail "copied $path into the backup folder, but could not remove all of the original: $err"
      return 1
    fi
  fi
  MOVED="$MOVED $i"
  return 0
}

roll_back() {
  # Puts every folder this run moved back where it was, so Teams never starts with half a cache.
  local i path key err
  for i in $MOVED; do
    path=${CACHE_PATHS[$i]}
    key=${CACHE_KEYS[$i]}
    say "Putting back: $path"
    if [ -e "$path" ] || [ -L "$path" ]; then
      fail "could not put back $path: something is there now (the moved folder is safe in $BACKUP_DIR/$key)"
      continue
    fi
    is_allowed_cache_path "$path" || { refuse "$path"; continue; }
    if ! err=$(LC_ALL=C mv -- "$BACKUP_DIR/$key" "$path" 2>&1); then
      fail "could not put back $path: $err (it is safe in $BACKUP_DIR/$key)"
    fi
  done
  MOVED=''
}

kept_source() {
  # Where the saved copy of folder $1's kept item is (see KEEP_ITEMS).
  if [ "$DELETE_MODE" = 1 ]; then
    printf '%s\n' "$BACKUP_DIR/kept/${CACHE_KEYS[$1]}"
  else
    printf '%s\n' "$BACKUP_DIR/${CACHE_KEYS[$1]}/${KEEP_ITEMS[$1]}"
  fi
}

put_back_kept() {
  # Copies the kept item of folder $1 (backgrounds, settings) back where Teams looks for it.
  # When Teams already made that folder again, the saved contents go into it (copying the
  # folder itself would nest it: Backgrounds/Backgrounds). cp -P copies links as links.
  local i=$1 from to
  from=$(kept_source "$i")
  to="${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}"
  is_allowed_cache_path "$to" || { refuse "$to"; return 1; }
  if [ -d "$from" ] && [ -d "$to" ] && [ ! -L "$to" ]; then
    if cp -pPR "$from/." "$to"; then
      say "Put your ${KEEP_LABELS[$i]} back: $to"
      return 0
    fi
  elif [ ! -e "$to" ] && [ ! -L "$to" ] && mkdir -p "${to%/*}" && cp -pPR "$from" "$to"; then
    say "Put your ${KEEP_LABELS[$i]} back: $to"
    return 0
  elif [ -f "$from" ] && [ -f "$to" ] && [ ! -L "$to" ] && cp -p "$from" "$to"; then
    say "Put your ${KEEP_LABELS[$i]} back: $to"
    return 0
  fi
  fail "could not put your ${KEEP_LABELS[$i]} back into $to; they are safe in $from"
  return 1
}

# shellcheck disable=SC2317 # called by the macOS restart step only
put_back_deferred() {
  # Backgrounds inside an app container go back only once macOS has recreated the container
  # for the started app (its metadata file is there): mkdir -p would make a partial container.
  local i waited=0 rest=''
  for i in $DEFERRED; do
    while [ ! -e "${CACHE_PATHS[$i]}/.com.apple.containermanagerd.metadata.plist" ] && [ "$waited" -lt 15 ]; do
      sleep 1
      waited=$((waited + 1))
    done
    if [ -e "${CACHE_PATHS[$i]}/.com.apple.containermanagerd.metadata.plist" ]; then
      put_back_kept "$i" || rest="$rest $i"
    else
      rest="$rest $i"
    fi
  done
  DEFERRED=${rest# }
}

report_deferred() {
  # What could not go back yet: where it is, and the exact command for later.
  local i from to
  for i in $DEFERRED; do
    from=$(kept_source "$i")
    to="${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}"
    say "Your ${KEEP_LABELS[$i]} are safe in: $from"
    say "Teams recreates its folder when it starts. After that, put them back with:"
    say "  $(printf 'mkdir -p %q && cp -pPR %q %q' "${to%/*}" "$from" "$to")"
    add_summary "${KEEP_LABELS[$i]} kept in the backup folder (see above)"
  done
}

keep_items() {
  # After every folder moved: save what is kept (delete mode), delete the moved copies
  # (delete mode), then put the kept items back, or defer those inside an app container.
  local i key src
  for i in $MOVED; do
    key=${CACHE_KEYS[$i]}
    src="$BACKUP_DIR/$key/${KEEP_ITEMS[$i]}"
    if [ -n "${KEEP_ITEMS[$i]}" ] && { [ -e "$src" ] || [ -L "$src" ]; }; then
      if [ "$DELETE_MODE" = 1 ] && ! { mkdir -p "$BACKUP_DIR/kept" && cp -pPR "$src" "$(kept_source "$i")"; }; then
        fail "could not save your ${KEEP_LABELS[$i]}, so $BACKUP_DIR/$key was not deleted"
        continue
      fi
      if [ "${APP_CONTAINER[$i]}" = 1 ]; then
        DEFERRED="$DEFERRED $i"
      else
        KEEP_NOW="$KEEP_NOW $i"
      fi
    fi
    if [ "$DELETE_MODE" = 1 ]; then
      say "Deleting: ${CACHE_PATHS[$i]} (moved copy $BACKUP_DIR/$key)"
      is_allowed_cache_path "$BACKUP_DIR/$key" || { refuse "$BACKUP_DIR/$key"; continue; }
      if ! rm -rf -- "${BACKUP_DIR:?}/$key"; then
        fail "could not delete all of $BACKUP_DIR/$key"
        continue
      fi
      add_summary "deleted ${CACHE_PATHS[$i]}"
    else
      add_summary "moved ${CACHE_PATHS[$i]} into the backup folder"
    fi
  done
  DEFERRED=${DEFERRED# }
  for i in $KEEP_NOW; do
    put_back_kept "$i"
  done
}

step_clear_cache() {
  local i
  say ""
  say "== Clear the Teams cache =="
  for i in $FOUND; do
    if ! move_into_backup "$i"; then
      CLEAR_FAILED=1
      break
    fi
  done
  if [ "$DRY_RUN" = 1 ]; then
    for i in $FOUND; do
      if [ -z "${KEEP_ITEMS[$i]}" ]; then
        continue
      fi
      if privacy_prompt_expected "$i" || [ -e "${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}" ]; then
        say "[dry run] would keep your ${KEEP_LABELS[$i]} (if there are any): ${CACHE_PATHS[$i]}/${KEEP_ITEMS[$i]}"
      fi
    done
    return 0
  fi
  if [ "$CLEAR_FAILED" = 1 ]; then
    if [ -n "$MOVED" ]; then
      say "Putting back what was already moved, so the cache is not left half cleared..."
      roll_back
    fi
    if [ "$CLEAR_BLOCKED" = 1 ]; then
      explain_blocked
      EXIT_CODE=4
    fi
    say "The Teams cache was not cleared; Teams will not be started again by this script."
    add_summary "Teams cache NOT cleared (see the ERROR lines)"
    return 1
  fi
  keep_items
  add_summary "Teams cache cleared"
}

# The system proxy curl goes through (set by detect_proxy; '' = none), and the proxy the
# certificate-chain check goes through (host:port; '' = none).
CURL_PROXY=''
TLS_PROXY=''
NEWLINE='
'

problem() {
  # A re-test finding that is a problem: printed, counted for the summary and the exit code
  # (6 when every step worked), and listed in the summary by its short name ($1).
  RETEST_PROBLEMS=$((RETEST_PROBLEMS + 1))
  PROBLEM_LIST="$PROBLEM_LIST$1
"
  say "$2"
}

say_lines() {
  # Prints every line of stdin indented by $1, through say.
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    say "$1$line"
  done
}

http_date_to_epoch() {
  # "Tue, 25 Nov 2025 08:27:00 GMT" -> seconds since 1970, in plain bash arithmetic, so it
  # works the same with BSD (macOS) and GNU date (days-from-civil, proleptic Gregorian).
  local day mon year hms hh mm ss m y era yoe doy doe v epoch
  read -r _ day mon year hms _ <<<"$1"
  case ${mon:-} in
    Jan) m=1 ;; Feb) m=2 ;; Mar) m=3 ;; Apr) m=4 ;; May) m=5 ;; Jun) m=6 ;;
    Jul) m=7 ;; Aug) m=8 ;; Sep) m=9 ;; Oct) m=10 ;; Nov) m=11 ;; Dec) m=12 ;;
    *) return 1 ;;
  esac
  hms=${hms:-}
  hh=${hms%%:*}
  mm=${hms#*:}
  mm=${mm%%:*}
  ss=${hms##*:}
  for v in "${day:-}" "${year:-}" "$hh" "$mm" "$ss"; do
    case $v in
      ''|*[!0-9]*) return 1 ;;
    esac
  done
  day=${day#0}
  hh=${hh#0}
  mm=${mm#0}
  ss=${ss#0}
  y=$year
  if [ "$m" -le 2 ]; then
    y=$((y - 1))
  fi
  era=$((y / 400))
  yoe=$((y - era * 400))
  doy=$(( (153 * ((m + 9) % 12) + 2) / 5 + day - 1 ))
  doe=$((yoe * 365 + yoe / 4 - yoe / 100 + doy))
  epoch=$(( (era * 146097 + doe - 719468) * 86400 + hh * 3600 + mm * 60 + ss ))
  printf '%s\n' "$epoch"
}

curl_get() {
  # curl with a time limit, through the system proxy when one is set (see detect_proxy).
  if [ -n "$CURL_PROXY" ]; then
    curl -sS --max-time 10 --proxy "$CURL_PROXY" "$@"
  else
    curl -sS --max-time 10 "$@"
  fi
}

curl_problem() {
  # curl's exit code in plain words.
  case $1 in
    5) printf '%s\n' "the proxy's name could not be found (DNS)" ;;
    6) printf '%s\n' "the name could not be found (DNS): offline, or the network or VPN blocks it" ;;
    7) printf '%s\n' "the connection was refused (a firewall or proxy)" ;;
    28) printf '%s\n' "no answer in time (a firewall, proxy or very slow network)" ;;
    35) printf '%s\n' "the secure connection (TLS) failed: something between this computer and Microsoft interfered" ;;
    51|60) printf '%s\n' "the certificate is not trusted: likely TLS inspection by a proxy or security software, tell IT" ;;
    56) printf '%s\n' "the connection broke off (often a proxy or VPN)" ;;
    *) printf '%s\n' "no answer (curl error $1)" ;;
  esac
}

http_problem() {
  # An HTTP status that is a problem in plain words (nothing for a normal answer). $2 is
  # "proxy" when the proxy itself answered (to curl's CONNECT), else "server".
  case $1 in
    407) printf '%s\n' "the proxy wants you to sign in (HTTP 407); Teams may not get through it" ;;
    403)
      if [ "$2" = proxy ]; then
        printf '%s\n' "the proxy refused the connection (HTTP 403), probably a web filter"
      else
        printf '%s\n' "refused (HTTP 403), probably by a proxy or web filter"
      fi
      ;;
    5[0-9][0-9])
      if [ "$2" = proxy ]; then
        printf '%s\n' "the proxy failed (HTTP $1): it could not reach Microsoft"
      else
        printf '%s\n' "a server error (HTTP $1): usually a proxy's error page, or Microsoft had a problem"
      fi
      ;;
  esac
}

fetch() {
  # GET $1 through the system proxy, no redirects followed. Sets FETCH_RC (curl's exit
  # code), FETCH_CODE (the HTTP status, 000 for none), FETCH_CONNECT (the proxy's answer to
  # CONNECT, 000 for none: a 407 or 403 from a proxy makes curl fail with 56 and no status),
  # FETCH_LOCATION (a redirect's target) and FETCH_BODY.
  local out meta
  out=$(curl_get -w '\n%{http_code} %{http_connect} %{redirect_url}' "$1" 2>/dev/null)
  FETCH_RC=$?
  meta=$(printf '%s\n' "$out" | tail -n 1)
  FETCH_BODY=${out%"$meta"}
  FETCH_BODY=${FETCH_BODY%"$NEWLINE"}
  read -r FETCH_CODE FETCH_CONNECT FETCH_LOCATION <<EOF_META
$meta
EOF_META
  case ${FETCH_CODE:-} in
    [0-9][0-9][0-9]) ;;
    *) FETCH_CODE=000 ;;
  esac
  case ${FETCH_CONNECT:-} in
    [0-9][0-9][0-9]) ;;
    *) FETCH_CONNECT=000 ;;
  esac
  FETCH_LOCATION=${FETCH_LOCATION:-}
}

fetch_problem() {
  # What went wrong with the last fetch, in plain words (nothing when the server answered
  # with a normal status).
  local why
  why=$(http_problem "$FETCH_CONNECT" proxy)
  if [ -z "$why" ]; then
    why=$(http_problem "$FETCH_CODE" server)
  fi
  if [ -z "$why" ] && [ "$FETCH_RC" != 0 ]; then
    why=$(curl_problem "$FETCH_RC")
  fi
  if [ -z "$why" ] && [ "$FETCH_CODE" = 000 ]; then
    why="no answer (blocked, offline or a proxy/VPN problem)"
  fi
  if [ -n "$why" ]; then
    printf '%s\n' "$why"
  fi
}

is_microsoft_issuer() {
  # Whether an OpenID configuration ($1, spaces removed) names one of the issuers of
  # Microsoft's sign-in service in any of its clouds.
  local issuer
  for issuer in "${ISSUER_PREFIXES[@]}"; do
    case $1 in
      *"\"issuer\":\"$issuer"*) return 0 ;;
    esac
  done
  return 1
}

check_endpoints() {
  local i=0 url label why
  if ! command -v curl >/dev/null 2>&1; then
    say "  curl is not installed, so the addresses cannot be tested."
    return 0
  fi
  say "  Can this computer reach the Microsoft sign-in addresses?"
  while [ "$i" -lt "$ENDPOINT_COUNT" ]; do
    url=${ENDPOINT_URLS[$i]}
    label=${ENDPOINT_LABELS[$i]}
    i=$((i + 1))
    fetch "$url"
    why=$(fetch_problem)
    if [ -n "$why" ]; then
      problem "$label: $why" "    PROBLEM  $label ($url): $why"
      continue
    fi
    case $url in
      */.well-known/openid-configuration)
        if is_microsoft_issuer "$(printf '%s' "$FETCH_BODY" | tr -d ' \t\r\n')"; then
          say "    OK       $label ($url): Microsoft's sign-in data (HTTP $FETCH_CODE)"
        else
          problem "$label: not Microsoft's answer" "    PROBLEM  $label ($url): answered HTTP $FETCH_CODE, but not with Microsoft's sign-in data:"
          say "             something answered in Microsoft's place (a block page, a proxy sign-in page or a Wi-Fi login page)"
        fi
        ;;
      *) say "    OK       $label ($url): answered HTTP $FETCH_CODE" ;;
    esac
  done
}

check_captive_portal() {
  # Microsoft's own probe: anything but its exact text means a login page or proxy answered;
  # a Wi-Fi login page usually redirects it to itself.
  local url='http://www.msftconnecttest.com/connecttest.txt' expect='Microsoft Connect Test' why
  if ! command -v curl >/dev/null 2>&1; then
    return 0
  fi
  fetch "$url"
  case $FETCH_CODE in
    3[0-9][0-9])
      problem "Wi-Fi login page" "  Wi-Fi login page: PROBLEM: Microsoft's connection test ($url) was redirected to ${FETCH_LOCATION:-another page} (HTTP $FETCH_CODE):"
      say "    probably a hotel or guest Wi-Fi login page. Open a browser, sign in to the network, and try again."
      return 0
      ;;
  esac
  why=$(fetch_problem)
  if [ "$FETCH_RC" != 0 ] && [ "$FETCH_CONNECT" = 000 ]; then
    say "  Wi-Fi login page: could not check ($url: $why)"
  elif [ -n "$why" ]; then
    problem "Wi-Fi login page" "  Wi-Fi login page: PROBLEM: Microsoft's connection test ($url) failed: $why"
  elif [ "$FETCH_BODY" = "$expect" ]; then
    say "  Wi-Fi login page: none in the way (Microsoft's connection test answered as expected)"
  else
    problem "Wi-Fi login page" "  Wi-Fi login page: PROBLEM: something else answered Microsoft's connection test ($url, HTTP $FETCH_CODE):"
    say "    probably a hotel or guest Wi-Fi login page, or a proxy. Open a browser, sign in to the network, and try again."
  fi
}

check_tls_chain() {
  # Reads the certificate chain of the sign-in host (the browser cannot). A chain that ends
  # outside Microsoft's public roots means something re-signs the traffic: TLS inspection.
  # Report only.
  local host='login.microsoftonline.com' out issuers leaf root known found=0
  if ! command -v openssl >/dev/null 2>&1; then
    say "  TLS certificate: openssl is not installed, so the certificate chain cannot be read."
    return 0
  fi
  if [ -n "$TLS_PROXY" ]; then
    out=$(with_timeout 15 openssl s_client -proxy "$TLS_PROXY" -connect "$host:443" -servername "$host" -showcerts </dev/null 2>/dev/null)
  else
    out=$(with_timeout 15 openssl s_client -connect "$host:443" -servername "$host" -showcerts </dev/null 2>/dev/null)
  fi
  # "   i:/C=US/O=.../CN=Name" (LibreSSL, macOS) or "   i:C = US, O = ..., CN = Name" (OpenSSL).
  issuers=$(printf '%s\n' "$out" | sed -n 's/^ *i:.*CN *= *\([^,/]*\).*$/\1/p')
  if [ -z "$issuers" ]; then
    say "  TLS certificate: could not read the certificate chain of $host (no connection)."
    return 0
  fi
  leaf=$(printf '%s\n' "$issuers" | head -n 1)
  root=$(printf '%s\n' "$issuers" | tail -n 1)
  for known in "${MICROSOFT_ROOTS[@]}"; do
    if [ "$root" = "$known" ]; then
      found=1
    fi
  done
  if [ "$found" = 1 ]; then
    say "  TLS certificate: OK: $host is certified by $leaf, up to $root (a public root Microsoft uses)."
  else
    problem "TLS inspection by $leaf" "  TLS certificate: PROBLEM: the chain of $host ends at \"$root\", not at a public root Microsoft uses:"
    say "    probably TLS inspection by $leaf. Tell IT: Teams sign-in may need an exception for Microsoft's sign-in addresses."
  fi
}

check_clock() {
  local header server now skew abs
  if ! command -v curl >/dev/null 2>&1; then
    return 0
  fi
  header=$(curl_get -I "$CLOCK_URL" 2>/dev/null | tr -d '\r' | sed -n 's/^[Dd][Aa][Tt][Ee]:[[:space:]]*//p' | head -n 1)
  if [ -z "$header" ]; then
    say "  Clock: could not read the time from $CLOCK_URL"
    return 0
  fi
  if ! server=$(http_date_to_epoch "$header"); then
    say "  Clock: could not understand the time $CLOCK_URL sent"
    return 0
  fi
  now=$(date -u +%s)
  skew=$((now - server))
  abs=${skew#-}
  # The organization's thresholds (config.json clock.fail_seconds / warn_seconds) and the
  # page's rule: a problem from fail_seconds on, a warning from warn_seconds on.
  if [ "$abs" -ge 300 ]; then
    problem "clock $skew seconds off" "  Clock: PROBLEM: this computer's clock is $skew seconds off (300 seconds or more breaks sign-in here)."
  elif [ "$abs" -ge 60 ]; then
    say "  Clock: WARNING: this computer's clock is $skew seconds off (60 seconds or more); set it to automatic."
  else
    say "  Clock: OK (within $abs seconds of $CLOCK_URL)"
  fi
}

check_proxy_env() {
  local name value
  for name in https_proxy HTTPS_PROXY http_proxy HTTP_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY; do
    value=$(printenv "$name" 2>/dev/null) || continue
    if [ -z "$value" ]; then
      continue
    fi
    case $value in
      *@*) value="(user and password hidden)@${value##*@}" ;;
    esac
    say "    $name=$value"
  done
}

step_retest() {
  say ""
  say "== Re-test from this computer (report only, changes nothing) =="
  detect_proxy
  check_endpoints
  check_captive_portal
  check_tls_chain
  check_network
  check_clock
  check_os_extras
  add_summary "re-test done (see the report above)"
}

detect_proxy() {
  # curl follows the proxy environment variables itself; openssl (the certificate chain)
  # is given the HTTPS proxy's host:port (without a user name or password).
  local mode proxy
  say "  Proxy settings (environment):"
  check_proxy_env
  proxy=${https_proxy:-}
  if [ -z "$proxy" ]; then
    proxy=${HTTPS_PROXY:-}
  fi
  proxy=${proxy#*://}
  proxy=${proxy##*@}
  proxy=${proxy%%/*}
  case $proxy in
    *[!A-Za-z0-9.:-]*|'') ;;
    *:*) TLS_PROXY=$proxy ;;
    *) TLS_PROXY="$proxy:1080" ;;
  esac
  if command -v gsettings >/dev/null 2>&1; then
    mode=$(gsettings get org.gnome.system.proxy mode 2>/dev/null)
    if [ -n "$mode" ]; then
      say "    desktop proxy mode: $mode"
    fi
  fi
}

check_network() {
  local tunnels
  tunnels=$(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | grep -E '^(tun|tap|wg|ppp|vpn|nordlynx|tailscale|proton|cscotun)')
  if [ -n "$tunnels" ]; then
    say "  VPN: these tunnel interfaces are up (try signing in without the VPN):"
    printf '%s\n' "$tunnels" | say_lines "    "
  else
    say "  VPN: no tunnel interface (tun, wg, ppp...) found."
  fi
}

check_os_extras() {
  :
}

restart_refused() {
  # Starting Teams on a half-cleared cache would mix old and new sign-in data: after a
  # failed clear the user restarts it once IT or a second run has finished the job.
  if [ "$CLEAR_FAILED" = 1 ]; then
    say "Not starting Teams: its cache could not be cleared completely (see above)."
    add_summary "Teams not started (the cache step failed)"
    return 0
  fi
  return 1
}

start_detached() {
  # Starts a program in the background, detached from this script and its terminal.
  nohup "$@" >/dev/null 2>&1 &
}

step_restart_teams() {
  say ""
  say "== Start Teams again =="
  restart_refused && return 0
  if [ "$DRY_RUN" = 1 ]; then
    say "[dry run] would start Teams (teams-for-linux, its snap or flatpak, or the classic teams)"
    return 0
  fi
  if command -v teams-for-linux >/dev/null 2>&1; then
    start_detached teams-for-linux
  elif command -v snap >/dev/null 2>&1 && snap list teams-for-linux >/dev/null 2>&1; then
    start_detached snap run teams-for-linux
  elif command -v flatpak >/dev/null 2>&1 && flatpak info com.github.IsmaelMartinez.teams_for_linux >/dev/null 2>&1; then
    start_detached flatpak run com.github.IsmaelMartinez.teams_for_linux
  elif command -v teams >/dev/null 2>&1; then
    start_detached teams
  else
    say "Could not find Teams to start: open it from your applications menu."
    add_summary "Teams not started (open it yourself)"
    return 0
  fi
  say "Teams is starting. Sign in again."
  add_summary "Teams started"
}

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
  if [ -n "$FOUND" ]; then
    say '  - Quits Teams: only your own Teams processes, forced after a grace period.'
  fi
  if [ -n "$FOUND" ]; then
    if [ "$DELETE_MODE" = 1 ]; then
      say '  - Deletes the Teams cache folders (custom meeting backgrounds are kept). This cannot be undone (--backup keeps a copy).'
    else
      say '  - Moves the Teams cache folders into one backup folder in your home folder (backgrounds are kept).'
    fi
  fi
  say '  - Re-tests the sign-in addresses, proxy, VPN and clock (report only).'
  if [ -n "$FOUND" ]; then
    say '  - Starts Teams again.'
  fi
}

finish() {
  local line
  say ""
  say "== Summary =="
  if [ -n "$DEFERRED" ]; then
    report_deferred
  fi
  if [ -n "$SUMMARY" ]; then
    printf '%s' "$SUMMARY" | clean
    if [ -n "$LOG_FILE" ]; then
      printf '%s' "$SUMMARY" | clean >>"$LOG_FILE"
    fi
    if [ -n "$RUN_LOG" ]; then
      printf '%s' "$SUMMARY" | clean >>"$RUN_LOG"
    fi
  fi
  if [ "$RETEST_PROBLEMS" -gt 0 ]; then
    say "  - the re-test found $RETEST_PROBLEMS problem(s):"
    while IFS= read -r line; do
      if [ -n "$line" ]; then
        say "      $line"
      fi
    done <<EOF_PROBLEMS
$PROBLEM_LIST
EOF_PROBLEMS
  fi
  if [ "$DRY_RUN" = 1 ]; then
    say "Dry run finished: nothing was changed."
  fi
  if [ -n "$BACKUP_DIR" ]; then
    say "Backup and log folder: $BACKUP_DIR"
    if [ "$DELETE_MODE" != 1 ] && [ "$CLEAR_FAILED" != 1 ] && [ -n "$MOVED" ]; then
      say "To undo: $(undo_command "$BACKUP_DIR")"
    fi
    # (prune_old_backups comes with create_work_dir, the only place BACKUP_DIR is set.)
    if [ "$FAILURES" -eq 0 ]; then
      prune_old_backups
    fi
  fi
  # The result comes last: management tools often keep only the last line.
  if [ "$FAILURES" -gt 0 ]; then
    if [ -n "$HELPDESK" ]; then
      say "If you need help, contact: $HELPDESK"
    fi
    say "$FAILURES problem(s): see the ERROR lines above."
    exit "$EXIT_CODE"
  fi
  if [ "$RETEST_PROBLEMS" -gt 0 ]; then
    if [ -n "$HELPDESK" ]; then
      say "Please send this report to your help desk: $HELPDESK"
    else
      say "Please send this report to your IT department."
    fi
    say "Done, but the re-test found $RETEST_PROBLEMS problem(s) that clearing the cache does not fix: see the PROBLEM lines above."
    exit 6
  fi
  say "Done."
  exit 0
}

main() {
  # (run as root, it refuses: see check_environment)
  parse_args "$@"
  check_environment
  start_unattended_log
  init_tables
  trap on_interrupt INT TERM HUP
  trap release_lock EXIT
  if [ "$DRY_RUN" != 1 ]; then
    take_lock
  fi
  if [ -n "$RESTORE_DIR" ]; then
    restore_backup "$RESTORE_DIR"
    exit $?
  fi
  print_intro
  find_cache_folders
  if [ -z "$FOUND" ]; then
    say "Teams is not installed for you on this computer: no Teams cache folder was found in $HOME"
    say "(or the cache is already empty, for example after an earlier run)."
    explain_not_installed
    say "The steps for Teams are skipped; the others run."
  fi
  print_plan
  if [ -n "$FOUND" ]; then
    if [ "$DRY_RUN" != 1 ]; then
      if ! confirm "Go ahead?"; then
        say "Cancelled: nothing was changed."
        exit 3
      fi
    fi
    if ! preflight_clear; then
      exit 4
    fi
    if [ "$DRY_RUN" != 1 ]; then
      create_work_dir || exit 1
    fi
  fi
  if [ -n "$FOUND" ]; then
    say ""
    say "== Close Teams =="
    if stop_teams; then
      add_summary "Teams is closed"
      step_clear_cache
    else
      say "Teams is still running, so its cache was not touched."
    fi
  fi
  step_retest
  if [ -n "$FOUND" ]; then
    step_restart_teams
  fi
  finish
}

main "$@"
