#!/usr/bin/env bash
# Build everything, then run the benchmark programs (never part of the tests:
# timings on shared machines are reports, not verdicts). Each prints
# `name: value` lines with its baselines measured in the same run.
#   bash build/bench.sh [heap|owner|queue|offload|cgofree|compile|rt|racket]...   default: all
# rt runs 60 s and writes rt-report.txt and rt-lateness.png to out/bench-rt.
source "$(dirname "$0")/common.sh"
yuni_build >/dev/null
benches=("$@")
[ ${#benches[@]} -eq 0 ] && benches=(heap owner queue offload cgofree compile rt racket)
for b in "${benches[@]}"; do
  echo "== bench_$b"
  if [ "$b" = racket ]; then
    YUNI_LIBRARY="$YUNI_BUILD_DIR/lib/libyuni-offload.so" racket "$YUNI_ROOT/tests/bench/racket/calls.rkt"
  elif [ "$b" = cgofree ]; then
    "$YUNI_BUILD_DIR/tests/bench/bench_cgofree" -kernels "$YUNI_ROOT/tests/bench/kernels.sls" \
      -lib "$YUNI_BUILD_DIR/lib/libyuni-offload.so"
  elif [ "$b" = rt ]; then
    "$YUNI_BUILD_DIR/tests/bench/bench_rt" -out "$YUNI_BUILD_DIR/bench-rt"
  else
    "$YUNI_BUILD_DIR/tests/bench/bench_$b"
  fi
done
