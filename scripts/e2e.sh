#!/usr/bin/env bash
# The end-to-end lane: builds the release page with Trunk into target/e2e-dist (unless
# E2E_DIST names an already built one), then runs tests/e2e/*.test.mjs with node's test
# runner, one file at a time (each file starts its own page server, mock endpoints,
# chromedriver and headless Chromium on 127.0.0.1, and stops them all when done).
#
# Usage: scripts/e2e.sh [TEST-FILE...]     e.g. scripts/e2e.sh tests/e2e/clock.test.mjs
#        E2E_DIST=dist scripts/e2e.sh      test an existing build, no rebuild
# Exits non-zero when anything fails, including a missing tool (named with its install step).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"

die() { printf 'e2e: ERROR: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null 2>&1 \
  || die "node not found. Install Node.js >= 20.11 (apt-get install -y nodejs), or run 'make test', which installs what the tests need"
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 11) ? 0 : 1)' \
  || die "node $(node --version) is too old: the e2e lane needs Node.js >= 20.11 (node:test --test-concurrency, --test-timeout)"

# axe-core, for the accessibility scan (pinned in tests/e2e/package-lock.json).
if [ ! -f tests/e2e/node_modules/axe-core/axe.min.js ]; then
  command -v npm >/dev/null 2>&1 || die "npm not found (needed once, for axe-core). Install: apt-get install -y npm, or run 'make test'"
  echo "e2e: npm ci in tests/e2e (axe-core)" >&2
  (cd tests/e2e && npm ci --no-audit --no-fund --silent) || die "npm ci in tests/e2e failed"
fi

if [ -n "${E2E_DIST:-}" ]; then
  [ -f "$E2E_DIST/index.html" ] || die "E2E_DIST=$E2E_DIST has no index.html"
  E2E_DIST=$(cd "$E2E_DIST" && pwd)
else
  command -v trunk >/dev/null 2>&1 || die "trunk not found. Run: scripts/tools.sh build (or 'make test', which runs it)"
  E2E_DIST="$PWD/target/e2e-dist"
  mkdir -p target
  echo "e2e: trunk build --release --dist target/e2e-dist" >&2
  start=$SECONDS
  if ! trunk build --release --dist "$E2E_DIST" >target/e2e-build.log 2>&1; then
    tail -n 40 target/e2e-build.log >&2
    die "trunk build failed (full log: target/e2e-build.log)"
  fi
  # What `make dist` adds after Trunk (CSP files, precompressed copies): tested as deployed.
  if ! scripts/post-build.sh "$E2E_DIST" --pseudo >>target/e2e-build.log 2>&1; then
    # The last lines name the cause, e.g. esbuild missing (scripts/minify.mjs says how to install it).
    tail -n 5 target/e2e-build.log >&2
    die "scripts/post-build.sh failed (log: target/e2e-build.log)"
  fi
  echo "e2e: built in $((SECONDS - start)) s" >&2
fi
export E2E_DIST

if [ $# -gt 0 ]; then
  files=("$@")
else
  # The harness's own tests first: a harness bug then shows as such, not as a page bug.
  files=(tests/e2e/harness.test.mjs)
  for f in tests/e2e/*.test.mjs; do
    [ "$f" = tests/e2e/harness.test.mjs ] || files+=("$f")
  done
fi

exec node --test --test-concurrency=1 --test-timeout=300000 --test-reporter=spec "${files[@]}"
