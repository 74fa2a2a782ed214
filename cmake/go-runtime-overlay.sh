#!/bin/sh
# go-runtime-overlay.sh GO OUT-DIR — writes OUT-DIR/overlay.json for
# `go build -overlay`: Go's own Linux signal table with three signals no
# longer forced open on Go's threads.
#
# Why: in a c-shared library, Go's threads start from the mask the loading
# thread had (internal/core/signals.c makes that "all blocked"), then
# unblock every signal the table marks _SigUnblock.  Those include SIGCHLD,
# SIGPROF and SIGSTKFLT, which the runtime needs only to deliver them to
# os/signal, which the library never uses, and signal 34, which is musl's
# own but glibc's SIGRTMIN, the host's first real-time signal (the library
# is built against glibc).  With them open, the kernel hands
# a host's SIGCHLD to an idle Go thread, where it is discarded, and a host
# that blocks SIGCHLD and collects it with sigwaitinfo (Racket) never sees
# its children exit.  The faults, SIGURG (preemption) and glibc's 32/33 stay
# as Go has them.  The table is taken from the Go that builds, so the rest
# of it is always that Go's own; if its lines change this fails instead of
# building a library that would take the host's signals.
set -eu
go=$1
out=$2
root=$("$go" env GOROOT)
table="$root/src/runtime/sigtab_linux_generic.go"
mkdir -p "$out"
sed -e 's/{_SigNotify + _SigUnblock + _SigIgn, "SIGCHLD:/{_SigNotify + _SigIgn, "SIGCHLD:/' \
    -e 's/{_SigNotify + _SigUnblock, "SIGPROF:/{_SigNotify, "SIGPROF:/' \
    -e 's/{_SigThrow + _SigUnblock, "SIGSTKFLT:/{_SigThrow, "SIGSTKFLT:/' \
    -e 's/{_SigSetStack + _SigUnblock, "signal 34"}/{_SigSetStack, "signal 34"}/' \
    "$table" > "$out/sigtab_linux_generic.go.new"
changed=$(diff "$table" "$out/sigtab_linux_generic.go.new" | grep -c '^>' || true)
if [ "$changed" != 4 ]; then
  echo "go-runtime-overlay.sh: $table does not have the expected SIGCHLD, SIGPROF, SIGSTKFLT and signal 34 lines" >&2
  exit 1
fi
mv "$out/sigtab_linux_generic.go.new" "$out/sigtab_linux_generic.go"
printf '{"Replace":{"%s":"%s"}}\n' "$table" "$out/sigtab_linux_generic.go" > "$out/overlay.json"
