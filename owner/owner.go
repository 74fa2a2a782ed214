// Package owner holds VM ownership: the owner word, the wanting queue with
// direct handoff, the heartbeat and the pool (owner.c). They are C because
// they sit on the handoff and takeover paths, must run without the Go
// runtime ever seeing the thread, and are built on their own under TSan.
// The Go side is a thin wrapper for Go callers and tests.
package owner

/*
#cgo CFLAGS: -I${SRCDIR}/../include -I${SRCDIR}/../internal/core -std=gnu11 -fvisibility=hidden -Wall -Wextra -Werror
#include "nccc.h"
*/
import "C"

import (
	_ "github.com/yuni-offload/yuni-offload/internal/core" // links the C core
	"github.com/yuni-offload/yuni-offload/nccc"
	_ "github.com/yuni-offload/yuni-offload/queue" // async calls ring chimes
)

// VM is a host VM's ownership state.
type VM struct{ vm *C.yuni_vm }

func status(st C.int32_t) error {
	if st >= 0 {
		return nil
	}
	return &nccc.Error{Status: nccc.Status(st), Detail: C.GoString(C.yuni_error_detail())}
}

// NewVM creates a VM without a takeover entry (the heartbeat is not started).
func NewVM() (*VM, error) {
	var vm *C.yuni_vm
	if err := status(C.yuni_vm_create(nil, &vm)); err != nil {
		return nil, err
	}
	return &VM{vm}, nil
}

// Close destroys the VM.
func (v *VM) Close() error { return status(C.yuni_vm_destroy(v.vm)) }

// Own, Disown and Reown must be called on one OS thread: lock the goroutine
// with runtime.LockOSThread first, ownership belongs to threads.
func (v *VM) Own() error { return status(C.yuni_vm_own(v.vm)) }

// TryOwn owns the VM if that needs no wait.
func (v *VM) TryOwn() error { return status(C.yuni_vm_try_own(v.vm)) }

// Disown releases the VM and returns the token for Reown.
func (v *VM) Disown() (uint64, error) {
	var tok C.yuni_token
	err := status(C.yuni_vm_disown(v.vm, &tok))
	return uint64(tok), err
}

// Reown owns the VM again; switched says another thread ran it meanwhile.
func (v *VM) Reown(tok uint64) (switched bool, err error) {
	st := C.yuni_vm_reown(v.vm, C.yuni_token(tok))
	return st == C.YUNI_OWN_SWITCHED, status(st)
}

// Detach undoes one attach of the calling thread.
func (v *VM) Detach() error { return status(C.yuni_thread_detach(v.vm)) }

// Stats mirrors yuni_vm_statistics (the counters hosts ask for most).
type Stats struct {
	Handoffs, SlowOwns, Takeovers, Switched uint64
	Threads, Waiters, Owner                 uint32
}

// Stats returns the VM's counters.
func (v *VM) Stats() (Stats, error) {
	var s C.yuni_vm_statistics
	if err := status(C.yuni_vm_stats(v.vm, &s)); err != nil {
		return Stats{}, err
	}
	return Stats{Handoffs: uint64(s.handoffs), SlowOwns: uint64(s.slow_owns), Takeovers: uint64(s.takeovers),
		Switched: uint64(s.switched), Threads: uint32(s.threads), Waiters: uint32(s.waiters), Owner: uint32(s.owner)}, nil
}
