package offloadc

/*
#cgo CFLAGS: -I${SRCDIR}/../include -I${SRCDIR}/../internal/core -std=gnu11 -fvisibility=hidden -Wall -Wextra -Werror
#cgo LDFLAGS: -lm
#include "nccc.h"
*/
import "C"

import (
	"unsafe"

	_ "github.com/yuni-offload/yuni-offload/internal/core" // links the C core
	"github.com/yuni-offload/yuni-offload/nccc"
)

// Heap flags; see include/nccc.h.
const (
	HeapLock           = uint32(C.YUNI_HEAP_LOCK)
	HeapLockOptional   = uint32(C.YUNI_HEAP_LOCK_OPTIONAL)
	HeapPoison         = uint32(C.YUNI_HEAP_POISON)
	HeapUnsynchronized = uint32(C.YUNI_HEAP_UNSYNCHRONIZED)
)

// Heap is a native heap. Its blocks are C memory: they never move and the Go
// garbage collector never sees them.
type Heap struct{ h *C.yuni_heap }

func status(st C.int32_t) error {
	if st == 0 {
		return nil
	}
	return &nccc.Error{Status: nccc.Status(st), Detail: C.GoString(C.yuni_error_detail())}
}

// NewHeap creates a heap of at least size bytes.
func NewHeap(size int, flags uint32) (*Heap, error) {
	var h *C.yuni_heap
	if size < 0 {
		size = 0
	}
	if err := status(C.yuni_heap_create(C.size_t(size), C.uint32_t(flags), &h)); err != nil {
		return nil, err
	}
	return &Heap{h}, nil
}

// Close destroys the heap; every block becomes invalid.
func (h *Heap) Close() error { return status(C.yuni_heap_destroy(h.h)) }

// Alloc returns size bytes aligned to align (0 for the default 16), or an
// error with YUNI_ENOMEM when there is no room.
func (h *Heap) Alloc(size, align int) (unsafe.Pointer, error) {
	p := C.yuni_heap_alloc(h.h, C.size_t(size), C.size_t(align))
	if p == nil {
		return nil, &nccc.Error{Status: nccc.ENoMem, Detail: C.GoString(C.yuni_error_detail())}
	}
	return p, nil
}

// Free releases a block.
func (h *Heap) Free(p unsafe.Pointer) error { return status(C.yuni_heap_free(h.h, p)) }

// Resize grows or shrinks a block in place.
func (h *Heap) Resize(p unsafe.Pointer, size int) error {
	return status(C.yuni_heap_resize(h.h, p, C.size_t(size)))
}

// UsableSize is the usable size of a live block, 0 for anything else.
func (h *Heap) UsableSize(p unsafe.Pointer) int { return int(C.yuni_heap_usable_size(h.h, p)) }

// Check verifies every invariant of the heap.
func (h *Heap) Check() error { return status(C.yuni_heap_check(h.h)) }

// Stats returns the heap's statistics.
func (h *Heap) Stats() (HeapStats, error) {
	var s C.yuni_heap_statistics
	if err := status(C.yuni_heap_stats(h.h, &s)); err != nil {
		return HeapStats{}, err
	}
	return HeapStats{
		Total: uint64(s.total_bytes), Free: uint64(s.free_bytes), LargestFree: uint64(s.largest_free),
		Used: uint64(s.used_bytes), HighWater: uint64(s.high_water), Allocs: uint64(s.allocs),
		Frees: uint64(s.frees), Failures: uint64(s.failures), Misuses: uint64(s.misuses),
		Locked: s.locked != 0, Flags: uint32(s.flags),
	}, nil
}
