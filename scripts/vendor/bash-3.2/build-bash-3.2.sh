#!/usr/bin/env bash
# Builds GNU bash 3.2.48 (the shell of Apple's /bin/bash, which is 3.2.57: 3.2.48 plus security
# patches) from the source next to this file, for testing the macOS fix script's syntax and
# flows under the old shell. Usage: build-bash-3.2.sh OUT_DIR  -> OUT_DIR/bash (about a minute).
# Source: the bash-3.2.48 import of the public GNU bash history; licence GPLv2+ (COPYING inside).
# Needs a C compiler, make and yacc (bison): the import has no generated parser (y.tab.c).
set -eu
out=${1:?usage: build-bash-3.2.sh OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
want=21bc983ace09d3ae3366901e40ba9bb6df8465e06c89516d16a8a8243eff6187
echo "$want  $here/bash-3.2.48.tar.gz" | sha256sum -c --quiet - || { echo "bash-3.2.48.tar.gz: checksum mismatch" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
[ -x "$out/bash" ] && "$out/bash" -c '[ "${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]}" = 3.2 ]' && exit 0
for tool in cc make yacc; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build-bash-3.2.sh: $tool not found (apt-get install -y gcc make bison)" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "$here/bash-3.2.48.tar.gz" -C "$work"
cd "$work/bash-3.2.48"
# Old sources, new compilers: keep the warnings that became errors as warnings.
CFLAGS="-O1 -std=gnu89 -Wno-error -Wno-implicit-function-declaration -Wno-implicit-int -Wno-int-conversion -Wno-incompatible-pointer-types" \
  ./configure --without-bash-malloc --disable-nls >/dev/null
make -j"$(nproc)" bash >/dev/null 2>&1 || make bash
cp bash "$out/bash"
"$out/bash" --version | head -n 1
