#!/bin/sh
# Model-check owner.pml with spin.
#   check.sh [ci|full] [workdir]
#   ci   (default): safety, exhaustive, 3 threads + heartbeat + pool;
#                   liveness (a wanting thread eventually owns, weak fairness),
#                   exhaustive, 2 threads + heartbeat + pool.
#   full:           the same, and liveness for 3 threads (hours, ~10 GB).
set -eu
mode=${1:-ci}
here=$(cd "$(dirname "$0")" && pwd)
work=${2:-$(mktemp -d)}
mkdir -p "$work"
cd "$work"
cp "$here/owner.pml" .

run() { # name threads pan-flags...
  name=$1 n=$2
  shift 2
  if [ "$name" = safety ]; then
    spin -DN="$n" -a owner.pml >/dev/null
  else
    spin -DN="$n" -DFAIR_LOCK -a owner.pml >/dev/null
  fi
  if [ "$name" = safety ]; then
    cc -O2 -DSAFETY -DCOLLAPSE -DVECTORSZ=2048 -o "pan_$name$n" pan.c
  else
    cc -O2 -DCOLLAPSE -DNFAIR=3 -DVECTORSZ=2048 -o "pan_$name$n" pan.c
  fi
  "./pan_$name$n" "$@" > "$name$n.out" 2>&1 || true
  if ! grep -q "errors: 0" "$name$n.out" || grep -q "max search depth too small" "$name$n.out"; then
    cat "$name$n.out"
    echo "owner.pml: $name with $n threads FAILED"
    exit 1
  fi
  printf '%s, %s threads: %s, %s\n' "$name" "$n" "$(grep -o 'errors: [0-9]*' "$name$n.out")" \
    "$(grep -E 'states, stored' "$name$n.out" | awk '{print $1 " states"}')"
}

run safety 3 -m50000000 -w28
run liveness 2 -a -f -m50000000 -w26 -N live1
if [ "$mode" = full ]; then
  run liveness 3 -a -f -m100000000 -w30 -N live1
fi
echo "owner.pml: all checks passed ($mode)"
