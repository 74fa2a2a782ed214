#!/usr/bin/env bash
# README's second command (and CI's): build everything, then run every test
# suite under ctest (C harness, ABI checks, install consumer, Racket, Chez,
# go test, go test -race, go vet). Extra arguments go to ctest, e.g. -R racket.
source "$(dirname "$0")/common.sh"
yuni_build
cd "$YUNI_BUILD_DIR"
ctest --output-on-failure -j "$(nproc)" "$@"
