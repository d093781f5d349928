#!/usr/bin/env bash
# The door to the post-build pipeline (its steps live in scripts/post-build/). Run after
# `trunk build --release` (scripts/release-build.sh does both), and again by IT after editing
# DIST/config.json (no rebuild):
# pre-render the guidance and write the default fix scripts from DIST/config.json
# (scripts/post-build/prerender.sh; Trunk's hook already did it once, running it again is harmless),
# minify the .js and .css in place and fix their integrity hashes in index.html
# (scripts/post-build/minify.mjs, esbuild as installed by scripts/tools.sh; a second run changes nothing),
# write the Content-Security-Policy that this exact build satisfies (inline script hashes +
# configured probe origins) into DIST/csp.txt, the IIS web.config and an nginx snippet,
# write precompressed .gz/.br copies, then list what was built.
#
# Usage: scripts/post-build.sh [DIST] [--pseudo]   (default dist; --pseudo also writes the
#        pseudo-language en-XA/ for layout tests)
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
shift || true
scripts/post-build/prerender.sh "$dist" "$@"
# Before the CSP, so csp.mjs hashes the final pages (minify edits their integrity
# attributes and minifies their classic inline scripts, whose hashes are the policy), and
# before the precompressed copies, which must be of the minified files.
node scripts/post-build/minify.mjs "$dist" >/dev/null
node scripts/post-build/csp.mjs "$dist" --write >/dev/null
# Last: the copies must match the final files (IT-edited ones are left out, see the script).
node scripts/post-build/precompress.mjs "$dist" >/dev/null
echo "Built $dist/:"
( cd "$dist" && for f in *; do if [ -f "$f" ]; then printf '  %-48s %8d bytes\n' "$f" "$(wc -c <"$f")"; fi; done )
echo "  and one folder per language: $(cd "$dist" && for d in */; do if [ -f "$d/index.html" ]; then printf '%s ' "${d%/}"; fi; done)"
echo "Content-Security-Policy (also in $dist/csp.txt, web.config, nginx-csp.conf):"
cat "$dist/csp.txt"
