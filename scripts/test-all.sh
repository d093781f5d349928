#!/usr/bin/env bash
# Every test lane, in order: native (cargo test), browser (wasm-bindgen-test in headless
# Chromium), end-to-end (release build + mock servers + Chromium via chromedriver), then the
# cross-browser end-to-end file in Firefox ESR (geckodriver) and in WebKit (WebKitWebDriver).
# A lane that cannot run is a failure that names the install step, never a skip.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"

need() { # need CMD INSTALL-HINT
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "ERROR: $1 not found. $2" >&2
  return 1
}

failed=0
summary=()
lane() { # lane NAME CMD...
  local name=$1; shift
  printf '\n=== lane: %s\n' "$name"
  local start=$SECONDS
  if "$@"; then
    summary+=("$name: passed ($((SECONDS - start)) s)")
  else
    summary+=("$name: FAILED ($((SECONDS - start)) s)")
    failed=1
  fi
}

native() {
  need cargo "Install Rust with rustup." && cargo test --workspace --quiet
}

browser() {
  need chromedriver "Run 'make test' (it installs it) or: apt-get install -y chromium chromium-driver" &&
    need chromium "Run 'make test' (it installs it) or: apt-get install -y chromium" &&
    need wasm-bindgen-test-runner "Run 'scripts/tools.sh build' (cargo install wasm-bindgen-cli)." &&
    CHROMEDRIVER="$(command -v chromedriver)" cargo test --target wasm32-unknown-unknown -p teams-signin-check --test web
}

e2e() {
  [ -x scripts/e2e.sh ] || { echo "ERROR: scripts/e2e.sh is missing" >&2; return 1; }
  scripts/e2e.sh
}

# The cross-browser file (tests/e2e/browsers.test.mjs) in another engine, against the build
# the e2e lane made.
e2e_engine() { # e2e_engine ENGINE
  [ -f target/e2e-dist/index.html ] || { echo "ERROR: no build in target/e2e-dist (the e2e lane makes it)" >&2; return 1; }
  E2E_ENGINE=$1 E2E_DIST="$PWD/target/e2e-dist" scripts/e2e.sh tests/e2e/browsers.test.mjs
}

lane native native
lane browser browser
lane e2e e2e
lane e2e-firefox e2e_engine firefox
lane e2e-webkit e2e_engine webkit

printf '\n=== summary\n'
printf '%s\n' "${summary[@]}"
exit $failed
