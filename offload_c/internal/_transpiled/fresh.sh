#!/bin/sh
# The translation must be exactly what `go generate` makes from today's C
# sources: regenerate it and compare. A stale file is left regenerated (the
# fix is to commit it) and the check fails with the difference.
#
# It is generated in a sibling directory, not here: ccgo writes its
# intermediate .o.go files beside its output, and the suite's other go
# commands compile this package meanwhile (a leading _ keeps the sibling
# out of ./..., and the same depth keeps generate.go's relative paths).
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d ../_fresh.XXXXXX)
trap 'rm -rf "$work"' EXIT
cp generate.go "$work/"
(cd "$work" && go generate)
if ! cmp -s "$work/offload_linux_amd64.go" offload_linux_amd64.go; then
  diff -u offload_linux_amd64.go "$work/offload_linux_amd64.go" | head -60
  cp "$work/offload_linux_amd64.go" offload_linux_amd64.go
  echo "offload_linux_amd64.go was stale: regenerated from the C sources; commit it" >&2
  exit 1
fi
echo "offload_linux_amd64.go matches the C sources"
