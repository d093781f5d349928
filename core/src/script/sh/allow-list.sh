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
