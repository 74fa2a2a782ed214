#!/bin/sh
# The CGO-free CLI built static (-tags yuni_static: no dynamic loader, so no
# NCCC modules) has no ELF interpreter and runs programs with the same
# results as the default CGO-free build.
set -eu
cd "$(dirname "$0")/../../.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
CGO_ENABLED=0 go build -tags yuni_static -o "$dir/static" ./cmd/yuni-offload
CGO_ENABLED=0 go build -o "$dir/default" ./cmd/yuni-offload
if readelf -l "$dir/static" | grep -q INTERP; then
  echo "the yuni_static build is dynamically linked" >&2
  exit 1
fi
for f in tests/offload/programs/guarded-loops.sls tests/offload/programs/compare-immediate.sls; do
  "$dir/static" run "$f" --specs > "$dir/static.out"
  "$dir/default" run "$f" --specs > "$dir/default.out"
  cmp "$dir/static.out" "$dir/default.out"
done
echo "static CLI: no interpreter segment, same results ($(wc -l < "$dir/static.out") runs of the last program)"
