#!/usr/bin/env bash
# Build everything, then run the benchmark programs (never part of the tests:
# timings on shared machines are reports, not verdicts). Each prints
# `name: value` lines with its baselines measured in the same run.
#   bash build/bench.sh [heap|owner|queue|offload]...      default: all
source "$(dirname "$0")/common.sh"
yuni_build >/dev/null
benches=("$@")
[ ${#benches[@]} -eq 0 ] && benches=(heap owner queue offload)
for b in "${benches[@]}"; do
  echo "== bench_$b"
  "$YUNI_BUILD_DIR/tests/bench/bench_$b"
done
