#!/bin/sh
# Model-check owner.pml with spin (the three lock models: see owner.pml).
#   check.sh [ci|full] [workdir]
#   ci   (default):
#     safety     exhaustive, 3 threads + heartbeat + pool, test-and-set lock:
#                assertions (mutual exclusion; a woken waiter owns the VM)
#                and invalid end states (deadlock), no never claim;
#     liveness   a wanting thread eventually owns, under weak fairness,
#                exhaustive: 2 threads on the FIFO-lock model, and 3 threads
#                on the coarse (Lipton-reduced) model.
#   full:        the same, and liveness for 3 threads on the FIFO-lock model
#                (179 M states, about 20 minutes and 18 GB here).
set -eu
mode=${1:-ci}
here=$(cd "$(dirname "$0")" && pwd)
work=${2:-$(mktemp -d)}
mkdir -p "$work"
cd "$work"
cp "$here/owner.pml" .

run() { # name threads model-define pan-flags...
  name=$1 n=$2 model=$3
  shift 3
  spin -DN="$n" "$model" -a owner.pml >/dev/null
  if [ "$name" = safety ]; then
    cc -O2 -DSAFETY -DNOCLAIM -DCOLLAPSE -DVECTORSZ=2048 -o "pan_$name$n" pan.c
  else
    cc -O2 -DCOLLAPSE -DNFAIR=3 -DVECTORSZ=2048 -o "pan_$name$n" pan.c
  fi
  "./pan_$name$n" "$@" > "$name$n$model.out" 2>&1 || true
  if ! grep -q "errors: 0" "$name$n$model.out" || grep -q "max search depth too small" "$name$n$model.out"; then
    cat "$name$n$model.out"
    echo "owner.pml: $name with $n threads ($model) FAILED"
    exit 1
  fi
  printf '%s, %s threads, %s: %s, %s, %s\n' "$name" "$n" "$model" \
    "$(grep -o 'errors: [0-9]*' "$name$n$model.out")" \
    "$(grep -E 'states, stored' "$name$n$model.out" | awk '{print $1 " states"}')" \
    "$(grep -o 'elapsed time [0-9.]* seconds' "$name$n$model.out")"
}

run safety 3 -DTAS -m50000000 -w28
run liveness 2 -DLIVENESS -a -f -m50000000 -w26 -N live1
run liveness 3 -DCOARSE -a -f -m30000000 -w28 -N live1
if [ "$mode" = full ]; then
  run liveness 3 -DLIVENESS -a -f -m60000000 -w29 -N live1
fi
echo "owner.pml: all checks passed ($mode)"
