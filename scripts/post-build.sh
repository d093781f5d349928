#!/usr/bin/env bash
# After `trunk build --release`: write the Content-Security-Policy that this exact build
# satisfies (inline loader hash + configured probe origins) into DIST/csp.txt, the IIS
# web.config and an nginx snippet, write precompressed .gz/.br copies, then list what was built.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
node scripts/csp.mjs "$dist" --write >/dev/null
# Last: the copies must match the final files (IT-edited ones are left out, see the script).
node scripts/precompress.mjs "$dist" >/dev/null
echo "Built $dist/:"
( cd "$dist" && for f in *; do printf '  %-48s %8d bytes\n' "$f" "$(wc -c <"$f")"; done )
echo "Content-Security-Policy (also in $dist/csp.txt, web.config, nginx-csp.conf):"
cat "$dist/csp.txt"
