#!/usr/bin/env bash
# The benchmark (not a test): builds the release page into target/bench-dist
# (scripts/release-build.sh; unless
# BENCH_DIST names a built one), runs tests/e2e/bench.mjs (Markdown tables: first-load
# sizes, time to the clock and network verdicts, clock error, in-page script generation,
# per browser engine (Chromium, Chromium with a 4x slower CPU, Firefox ESR, WebKit) the time
# to the first verdicts and to the verified clock precision,
# first paint / first guidance / verdicts on an emulated slow link, and the same page behind
# nginx with the IT guide's configuration: bytes on the wire and slow-link verdicts with
# brotli, gzip and no compression),
# then the native script-generation bench when signin-core has one. The tables are
# printed and also written to target/bench.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"

die() { printf 'bench: ERROR: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "node not found. Install Node.js >= 20.11 (apt-get install -y nodejs), or run 'make bench'"

# As deployed: CSP files and the precompressed copies the nginx rows serve.
[ -n "${BENCH_DIST:-}" ] || echo "bench: scripts/release-build.sh target/bench-dist" >&2
BENCH_DIST=$(scripts/release-build.sh target/bench-dist --log target/bench-build.log --reuse "${BENCH_DIST:-}") \
  || die "no build to measure (see above)"

node tests/e2e/bench.mjs --dist "$BENCH_DIST" --out target/bench.md

# Native script generation (signin-core). HOOK: add core/examples/bench_scripts.rs printing
# Markdown table rows, or a [[bench]] under core/benches/; it is picked up here.
native() {
  if [ -f core/examples/bench_scripts.rs ]; then
    echo "### Script generation (native, release, core/examples/bench_scripts.rs)"
    echo
    cargo run --release --quiet -p signin-core --example bench_scripts
  elif compgen -G 'core/benches/*.rs' >/dev/null; then
    echo "### signin-core benches (cargo bench)"
    echo
    echo '```'
    cargo bench --quiet -p signin-core 2>&1
    echo '```'
  elif grep -q 'bench_scripts' core/Cargo.toml 2>/dev/null; then
    die "core/Cargo.toml declares bench_scripts but core/examples/bench_scripts.rs is missing"
  else
    echo "Native script generation: not measured (no core/examples/bench_scripts.rs or core/benches/*.rs yet)."
  fi
}
native | tee -a target/bench.md
