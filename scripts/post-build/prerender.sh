#!/usr/bin/env bash
# The page's static parts, for browsers where the WebAssembly app cannot start (or has not yet):
#   - the guidance pre-rendered into DIST/index.html (core/src/bin/prerender.rs), and
#   - the default fix scripts DIST/Fix-TeamsSignIn.ps1, fix-teams-signin-macos.sh and
#     fix-teams-signin-linux.sh (core/src/bin/teams-fix-script.rs),
# both from DIST/config.json. Trunk runs this after every build (Trunk.toml [[hooks]], on the
# staging folder), so `trunk build`, `trunk serve`, `make dist` and scripts/e2e.sh all get it.
# After editing config.json on a built page, run scripts/post-build.sh dist: it runs this,
# then rewrites the CSP files and the precompressed copies.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
dist=${1:-${TRUNK_STAGING_DIR:-}}
[ -n "$dist" ] || { echo "usage: scripts/post-build/prerender.sh DIST [--pseudo]" >&2; exit 2; }
shift || true
dist=$(cd "$dist" && pwd)
cd "$here"
# Native debug build: the output does not depend on the profile, and debug compiles fastest.
# Trunk's own cargo run for wasm32 has finished when post_build hooks start, so there is no
# lock contention; the target folder is one Trunk's watcher ignores.
cargo build --quiet -p signin-core --bin prerender --bin teams-fix-script
bin=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug
[ -x "$bin/prerender" ] || { echo "prerender.sh: $bin/prerender was not built" >&2; exit 1; }
config=()
[ -f "$dist/config.json" ] && config=(--config "$dist/config.json")
"$bin/teams-fix-script" --os windows "${config[@]}" --out "$dist/Fix-TeamsSignIn.ps1"
"$bin/teams-fix-script" --os macos "${config[@]}" --out "$dist/fix-teams-signin-macos.sh"
"$bin/teams-fix-script" --os linux "${config[@]}" --out "$dist/fix-teams-signin-linux.sh"
"$bin/prerender" "$dist" "$@"
