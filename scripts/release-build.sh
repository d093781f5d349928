#!/usr/bin/env bash
# The one way the deployable page is made: `trunk build --release` into DIST, then the
# post-build pipeline (scripts/post-build.sh: pre-render, minify, CSP files, precompressed
# copies). `make dist`, the e2e lane (scripts/e2e.sh, with --pseudo) and the bench
# (scripts/bench.sh) all call it, so what is tested and measured is what IT deploys.
#
# Usage: scripts/release-build.sh DIST [--pseudo] [--log FILE] [--reuse DIR]
#   --pseudo     also write the pseudo-language en-XA/ (the e2e layout tests use it)
#   --log FILE   write the build's output to FILE (on failure print its last lines) and print
#                only the built folder's absolute path on stdout
#   --reuse DIR  when DIR is not empty: build nothing, check that DIR holds a built page and
#                print its absolute path (E2E_DIST / BENCH_DIST name one this way)
# Exits non-zero when the build or the post-build fails, naming the cause.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"

die() { printf 'release-build: ERROR: %s\n' "$*" >&2; exit 1; }

dist="" log="" reuse="" post=()
while [ $# -gt 0 ]; do
  case $1 in
    --pseudo) post+=(--pseudo); shift ;;
    --log) [ $# -ge 2 ] || die "--log needs a file"; log=$2; shift 2 ;;
    --reuse) [ $# -ge 2 ] || die "--reuse needs a folder (may be empty)"; reuse=$2; shift 2 ;;
    -*) die "unknown option $1 (usage: scripts/release-build.sh DIST [--pseudo] [--log FILE] [--reuse DIR])" ;;
    *) [ -z "$dist" ] || die "one DIST folder only"; dist=$1; shift ;;
  esac
done
[ -n "$dist" ] || die "usage: scripts/release-build.sh DIST [--pseudo] [--log FILE] [--reuse DIR]"
if [ -n "$reuse" ]; then
  [ -f "$reuse/index.html" ] || die "$reuse has no index.html (it was named as a built page to reuse)"
  cd "$reuse" && pwd
  exit 0
fi
command -v trunk >/dev/null 2>&1 || die "trunk not found. Run: scripts/tools.sh build (or 'make dist' / 'make test', which run it)"

if [ -z "$log" ]; then
  trunk build --release --dist "$dist"
  scripts/post-build.sh "$dist" "${post[@]}"
  exit 0
fi

mkdir -p "$(dirname "$log")"
start=$SECONDS
if ! trunk build --release --dist "$dist" >"$log" 2>&1; then
  tail -n 40 "$log" >&2
  die "trunk build failed (full log: $log)"
fi
if ! scripts/post-build.sh "$dist" "${post[@]}" >>"$log" 2>&1; then
  # The last lines name the cause, e.g. esbuild missing (scripts/post-build/minify.mjs says how to install it).
  tail -n 5 "$log" >&2
  die "scripts/post-build.sh failed (log: $log)"
fi
echo "release-build: built $dist in $((SECONDS - start)) s" >&2
cd "$dist" && pwd
