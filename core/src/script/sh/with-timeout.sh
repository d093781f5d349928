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
