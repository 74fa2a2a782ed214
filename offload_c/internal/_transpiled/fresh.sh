#!/bin/sh
# The translation must be exactly what `go generate` makes from today's C
# sources: regenerate it and compare. A stale file is left regenerated (the
# fix is to commit it) and the check fails with the difference.
set -eu
cd "$(dirname "$0")"
old=$(mktemp)
trap 'rm -f "$old"' EXIT
cp offload_linux_amd64.go "$old"
go generate
if ! cmp -s "$old" offload_linux_amd64.go; then
  diff -u "$old" offload_linux_amd64.go | head -60
  echo "offload_linux_amd64.go was stale: regenerated from the C sources; commit it" >&2
  exit 1
fi
echo "offload_linux_amd64.go matches the C sources"
