#!/bin/sh
# Runs a demo with --check (its arguments are the command). A run whose
# summary shows deadline misses or ring overruns, and nothing else wrong, is
# run again, twice at most: a VM can stall every vCPU for tens of
# milliseconds (seen once in five CI runs: one 20 ms stall, 3 misses, all
# else sane), which no thread priority prevents, and a host whose consumer
# shares two vCPUs with other work falls behind the real-time producer
# (overruns, counted by the producer). A third such run fails; any other
# fault (lost blocks, page faults, a crash) fails at once.
for attempt in 1 2 3; do
  out=$("$@" 2>&1)
  rc=$?
  printf '%s\n' "$out"
  [ $rc -eq 0 ] && exit 0
  printf '%s\n' "$out" | grep -Eq ' [1-9][0-9]* deadline misses| [1-9][0-9]* overruns' || exit $rc
  [ $attempt -lt 3 ] && echo "demo-check: deadline misses or overruns (a loaded machine), running once more"
done
exit $rc
