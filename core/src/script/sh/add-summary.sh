add_summary() {
  SUMMARY="$SUMMARY  - $*
"
}
