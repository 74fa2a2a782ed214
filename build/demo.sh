#!/usr/bin/env bash
# README's first command: build everything, then run the demo — the C host
# (demo/demo.c), then the same in Racket (bindings/racket/examples/demo.rkt).
# Each runs 8 s; pass e.g. --seconds 3 to shorten both.
source "$(dirname "$0")/common.sh"
yuni_build
"$YUNI_BUILD_DIR/demo/yuni-offload-demo" "$@"
if command -v racket >/dev/null; then
  echo
  YUNI_LIBRARY="$YUNI_BUILD_DIR/lib/libyuni-offload.so" racket "$YUNI_ROOT/bindings/racket/examples/demo.rkt" "$@"
fi
