// Package offloadc holds the C data plane of the Offload runtime: the native
// heap (heap.c), the verifier (verify.c) and the interpreter (interp.c). The
// Go side is a thin wrapper for Go callers, the CLI and tests; C hosts use
// include/nccc.h.
//
// With cgo the wrapper calls the C compiled natively (program.go, heap.go).
// Without cgo it calls the same C translated to Go (internal/_transpiled,
// program_nocgo.go): same API, same results, no real-time promise.
package offloadc

import "unsafe"

// Entry is an entry point as an NCCC callable.
type Entry struct {
	Dispatch unsafe.Pointer
	Ctx      unsafe.Pointer
}

// TrapError is a trap: which, and where.
type TrapError struct {
	Kind   int32
	Detail string
}

func (e *TrapError) Error() string { return e.Detail }

// Buffer is C memory for bytevector arguments (Go memory may not be
// passed to C inside an argument array).
type Buffer struct {
	ptr unsafe.Pointer
	n   int
}

// Bytes is the buffer's memory.
func (b *Buffer) Bytes() []byte { return unsafe.Slice((*byte)(b.ptr), b.n) }

// Slots are the two NCCC slots of a bytevector argument.
func (b *Buffer) Slots() (uint64, uint64) { return uint64(uintptr(b.ptr)), uint64(b.n) }

// HeapStats mirrors yuni_heap_statistics.
type HeapStats struct {
	Total, Free, LargestFree, Used, HighWater uint64
	Allocs, Frees, Failures, Misuses          uint64
	Locked                                    bool
	Flags                                     uint32
}

// Bytes views a block of n bytes as a slice (no copy).
func Bytes(p unsafe.Pointer, n int) []byte { return unsafe.Slice((*byte)(p), n) }
