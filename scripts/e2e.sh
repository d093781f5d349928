#!/usr/bin/env bash
# The end-to-end lane: builds the release page into target/e2e-dist (scripts/release-build.sh,
# with the pseudo-language; unless
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

# As `make dist` builds it (CSP files, precompressed copies): tested as deployed.
[ -n "${E2E_DIST:-}" ] || echo "e2e: scripts/release-build.sh target/e2e-dist --pseudo" >&2
E2E_DIST=$(scripts/release-build.sh target/e2e-dist --pseudo --log target/e2e-build.log --reuse "${E2E_DIST:-}") \
  || die "no build to test (see above)"
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
