#!/usr/bin/env bash
# README's first command: build everything, then run the demo.
source "$(dirname "$0")/common.sh"
yuni_build
"$YUNI_BUILD_DIR/demo/yuni-offload-demo" "$YUNI_BUILD_DIR/lib/libyuni-offload.so"
