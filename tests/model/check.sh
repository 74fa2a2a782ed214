#!/bin/sh
# Model-check owner.pml with spin: safety (assertions, invalid end states)
# exhaustively, then liveness for each thread under weak fairness.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
cd "$work"
cp "$here/owner.pml" .
spin -a owner.pml >/dev/null
cc -O2 -DSAFETY -DNOCLAIM -DVECTORSZ=2048 -o pan_safety pan.c
./pan_safety -m100000 > safety.out
grep -E "errors:|states, stored" safety.out
grep -q "errors: 0" safety.out || { cat safety.out; exit 1; }
cc -O2 -DVECTORSZ=2048 -DNFAIR=3 -o pan_live pan.c
for p in live1 live2 live3; do
  ./pan_live -a -f -m100000 -N $p > $p.out
  printf '%s: ' "$p"; grep -E "errors:" $p.out
  grep -q "errors: 0" $p.out || { cat $p.out; exit 1; }
done
echo "owner.pml: safety and liveness hold for 3 threads, heartbeat and pool"
