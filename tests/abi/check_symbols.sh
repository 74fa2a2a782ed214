#!/bin/sh
# The library's dynamic symbol table must define exactly the symbols the
# version script (generated from nccc.h) lists: nothing from the Go runtime
# or cgo leaks, and nothing public is missing.
set -eu
lib=$1 map=$2
want=$(sed -n 's/^    \([A-Za-z_][A-Za-z0-9_]*\);$/\1/p' "$map" | sort)
got=$(nm -D --defined-only "$lib" | awk '{print $3}' | sort)
if [ "$want" != "$got" ]; then
  echo "exported symbols differ from $map:"
  printf '%s\n' "$want" > /tmp/yuni-want.$$
  printf '%s\n' "$got" > /tmp/yuni-got.$$
  diff /tmp/yuni-want.$$ /tmp/yuni-got.$$ || true
  rm -f /tmp/yuni-want.$$ /tmp/yuni-got.$$
  exit 1
fi
echo "$(printf '%s\n' "$got" | wc -l) exported symbols, exactly the public ABI"
readelf -d "$lib" | grep -q 'Library soname: \[libyuni-offload.so.0\]' || { echo "SONAME is not libyuni-offload.so.0"; exit 1; }
echo "SONAME libyuni-offload.so.0"
