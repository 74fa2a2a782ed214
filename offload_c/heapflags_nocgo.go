//go:build !cgo

package offloadc

// Heap flags; see include/nccc.h (the translation keeps these macros as
// text, so they are spelled out here; TestHeapFlagsMatchHeader checks).
const (
	HeapLock           = uint32(0x1)
	HeapLockOptional   = uint32(0x2)
	HeapPoison         = uint32(0x4)
	HeapUnsynchronized = uint32(0x8)
)
