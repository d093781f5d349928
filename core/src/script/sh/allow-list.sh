is_allowed_cache_path() {
  # The single allow-list check in front of every mv and rm. True only when $1 is one of the
  # known Teams cache folders in CACHE_PATHS, or a path inside one, and:
  #  - it has no . or .. segments (no way to climb out of the folder by spelling);
  #  - it is never the OneAuth container (shared by all Microsoft apps);
  #  - the folder holding the cache folder is physically inside $HOME (no link leading
  #    elsewhere), and no link sits between the cache folder and a path inside it.
  local path=$1 i=0 known parent home rest part cur
  case /$path/ in
    */./*|*/../*) return 1 ;;
  esac
  case $path in
    *UBF8T346G9.com.microsoft.oneauth*) return 1 ;;
  esac
  home=$(cd -P "$HOME" 2>/dev/null && pwd -P) || return 1
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
