#!/usr/bin/env bash
# Installs what the build (`tools.sh build`) or the tests (`tools.sh test`) need, when missing.
# Versions come from Trunk.toml (the one place they are pinned) and Cargo.lock.
# Everything is idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS="$ROOT/.tools"
mkdir -p "$TOOLS/bin"
export PATH="$TOOLS/bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[tools]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[tools] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

pin() { # pin KEY -> value of `KEY = "..."` in Trunk.toml
  sed -n "s/^$1 *= *\"\\(.*\\)\"/\\1/p" Trunk.toml | head -n1
}
TRUNK_VERSION=$(pin trunk-version); TRUNK_VERSION=${TRUNK_VERSION#=}
WASM_BINDGEN_VERSION=$(pin wasm_bindgen)
WASM_OPT_VERSION=$(pin wasm_opt); BINARYEN_VERSION=${WASM_OPT_VERSION#version_}
ESBUILD_VERSION=$(pin esbuild)
BASH32_VERSION=$(pin bash32)
GECKODRIVER_VERSION=$(pin geckodriver)
[ -n "$TRUNK_VERSION" ] && [ -n "$WASM_BINDGEN_VERSION" ] && [ -n "$BINARYEN_VERSION" ] && [ -n "$ESBUILD_VERSION" ] \
  && [ -n "$BASH32_VERSION" ] && [ -n "$GECKODRIVER_VERSION" ] || die "could not read tool versions from Trunk.toml"

need_cmd() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }

apt_install() { # apt_install PKG... (only when some are missing)
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  need_cmd apt-get "install ${missing[*]} with your package manager"
  say "apt-get install ${missing[*]}"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

lock_version() { # version of a package in Cargo.lock
  awk -v n="$1" '$0=="name = \""n"\"" {getline; gsub(/version = |"/,""); print; exit}' Cargo.lock
}

build_tools() {
  need_cmd cargo "install Rust with rustup (https://rustup.rs is not reachable here: use the machine's rustup)"
  need_cmd rustup "install rustup"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup target add wasm32-unknown-unknown"; rustup target add wasm32-unknown-unknown >&2
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile >&2
  local locked; locked=$(lock_version wasm-bindgen)
  [ "$locked" = "$WASM_BINDGEN_VERSION" ] \
    || die "Cargo.lock has wasm-bindgen $locked but Trunk.toml pins $WASM_BINDGEN_VERSION: make them equal"
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
    say "cargo install trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
    cargo install --locked trunk --version "$TRUNK_VERSION" >&2
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
    # Not --locked: its lockfile names a webpki-roots release this registry lacks.
    say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force >&2
  fi
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    need_cmd npm "apt-get install -y nodejs npm"
    say "npm install binaryen@$BINARYEN_VERSION"
    npm install --prefix "$TOOLS/binaryen" --no-audit --no-fund --silent "binaryen@$BINARYEN_VERSION" >&2
    ln -sf "$TOOLS/binaryen/node_modules/.bin/wasm-opt" "$TOOLS/bin/wasm-opt"
  fi
  # esbuild minifies the built .js and .css (scripts/post-build/minify.mjs, run by post-build.sh). The
  # script loads it from exactly this folder (not from PATH), so the pinned version is used.
  if [ "$("$TOOLS/esbuild/node_modules/.bin/esbuild" --version 2>/dev/null)" != "$ESBUILD_VERSION" ]; then
    need_cmd npm "apt-get install -y nodejs npm"
    say "npm install esbuild@$ESBUILD_VERSION"
    npm install --prefix "$TOOLS/esbuild" --no-audit --no-fund --silent "esbuild@$ESBUILD_VERSION" >&2
  fi
}

test_tools() {
  build_tools
  # nginx + its brotli module: the real-server e2e lane (tests/e2e/nginx.test.mjs).
  apt_install chromium chromium-driver shellcheck nginx libnginx-mod-http-brotli-static gcc make bison
  # GNU bash 3.2 (macOS' /bin/bash is 3.2.57): the bash scripts' tests run under it too.
  # shellcheck disable=SC2016 # the version test runs inside the built bash
  if ! "$TOOLS/bash-3.2/bash" -c '[ "${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]}.${BASH_VERSINFO[2]}" = "$0" ]' "$BASH32_VERSION" 2>/dev/null; then
    say "build GNU bash $BASH32_VERSION from scripts/vendor/bash-3.2 (about 40 s)"
    rm -f "$TOOLS/bash-3.2/bash"
    scripts/vendor/bash-3.2/build-bash-3.2.sh "$TOOLS/bash-3.2" >&2
  fi
  need_cmd node "apt-get install -y nodejs"
  other_browsers
  if [ ! -d tests/e2e/node_modules/axe-core ]; then
    say "npm ci in tests/e2e (axe-core for the accessibility scan)"
    (cd tests/e2e && npm ci --no-audit --no-fund --silent) >&2
  fi
}

# The Firefox ESR and WebKit lanes of the e2e tests (tests/e2e/lib/engines.mjs): Debian's
# Firefox ESR with geckodriver (from crates.io, pinned in Trunk.toml), and WebKitGTK's
# WebDriver with its MiniBrowser (Safari's engine), which needs a display: Xvfb.
other_browsers() {
  [ -n "$GECKODRIVER_VERSION" ] || die "could not read the geckodriver version from Trunk.toml"
  apt_install firefox-esr webkit2gtk-driver xvfb xauth
  if ! geckodriver --version 2>/dev/null | head -n1 | grep -q "^geckodriver $GECKODRIVER_VERSION\b"; then
    say "cargo install --locked geckodriver $GECKODRIVER_VERSION (about 5 minutes on 2 cores)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" >&2
  fi
}

case "${1:-build}" in
  build) build_tools ;;
  test) test_tools ;;
  path) echo "$TOOLS/bin:$HOME/.cargo/bin" ;;
  *) die "usage: scripts/tools.sh build|test|path" ;;
esac
