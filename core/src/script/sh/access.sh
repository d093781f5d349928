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
