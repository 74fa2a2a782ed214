//go:build !cgo && linux && amd64

package offloadc

import (
	"unsafe"

	"modernc.org/libc"

	"github.com/yuni-offload/yuni-offload/nccc"
	transpiled "github.com/yuni-offload/yuni-offload/offload_c/internal/_transpiled"
)

// Heap is a native heap. Its blocks are C memory: they never move and the Go
// garbage collector never sees them.
type Heap struct{ h uintptr }

// NewHeap creates a heap of at least size bytes.
func NewHeap(size int, flags uint32) (*Heap, error) {
	c.Lock()
	defer c.Unlock()
	var err error
	h := word(scratch(8, func(out uintptr) {
		err = status(transpiled.Xyuni_heap_create(c.tls, uint64(max(size, 0)), flags, out))
	}))
	if err != nil {
		return nil, err
	}
	return &Heap{h}, nil
}

// Close destroys the heap; every block becomes invalid.
func (h *Heap) Close() error {
	c.Lock()
	defer c.Unlock()
	return status(transpiled.Xyuni_heap_destroy(c.tls, h.h))
}

// Alloc returns size bytes aligned to align (0 for the default 16), or an
// error with YUNI_ENOMEM when there is no room.
func (h *Heap) Alloc(size, align int) (unsafe.Pointer, error) {
	c.Lock()
	defer c.Unlock()
	p := transpiled.Xyuni_heap_alloc(c.tls, h.h, uint64(size), uint64(align))
	if p == 0 {
		return nil, &nccc.Error{Status: nccc.ENoMem, Detail: libc.GoString(transpiled.Xyuni_error_detail(c.tls))}
	}
	return at(p), nil
}

// Free releases a block.
func (h *Heap) Free(p unsafe.Pointer) error {
	c.Lock()
	defer c.Unlock()
	return status(transpiled.Xyuni_heap_free(c.tls, h.h, uintptr(p)))
}

// Resize grows or shrinks a block in place.
func (h *Heap) Resize(p unsafe.Pointer, size int) error {
	c.Lock()
	defer c.Unlock()
	return status(transpiled.Xyuni_heap_resize(c.tls, h.h, uintptr(p), uint64(size)))
}

// UsableSize is the usable size of a live block, 0 for anything else.
func (h *Heap) UsableSize(p unsafe.Pointer) int {
	c.Lock()
	defer c.Unlock()
	return int(transpiled.Xyuni_heap_usable_size(c.tls, h.h, uintptr(p)))
}

// Check verifies every invariant of the heap.
func (h *Heap) Check() error {
	c.Lock()
	defer c.Unlock()
	return status(transpiled.Xyuni_heap_check(c.tls, h.h))
}

// Stats returns the heap's statistics.
func (h *Heap) Stats() (HeapStats, error) {
	c.Lock()
	defer c.Unlock()
	var err error
	b := scratch(int(unsafe.Sizeof(transpiled.HeapStats{})), func(out uintptr) {
		err = status(transpiled.Xyuni_heap_stats(c.tls, h.h, out))
	})
	if err != nil {
		return HeapStats{}, err
	}
	s := (*transpiled.HeapStats)(unsafe.Pointer(&b[0]))
	return HeapStats{
		Total: s.Ftotal_bytes, Free: s.Ffree_bytes, LargestFree: s.Flargest_free,
		Used: s.Fused_bytes, HighWater: s.Fhigh_water, Allocs: s.Fallocs,
		Frees: s.Ffrees, Failures: s.Ffailures, Misuses: s.Fmisuses,
		Locked: s.Flocked != 0, Flags: s.Fflags,
	}, nil
}
