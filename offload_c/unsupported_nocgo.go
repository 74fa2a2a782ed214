//go:build !cgo && !(linux && amd64)

package offloadc

// Without cgo, on a platform the C has not been translated for: the
// compiler, checker and disassembler work (they are Go); loading, running
// and native heaps report ErrUnsupported.

import (
	"unsafe"

	"github.com/yuni-offload/yuni-offload/nccc"
)

var errUnsupported = &nccc.Error{Status: nccc.EState,
	Detail: "this build has no Offload interpreter: without cgo it exists for linux/amd64 only"}

// Trap kinds; see include/nccc.h.
const (
	TrapOutOfBounds int32 = iota + 1
	TrapIntegerOverflow
	TrapDivisionByZero
	TrapNotIntegral
	TrapCallDepth
	TrapBudget
	TrapMisaligned
	TrapBadHandle
	TrapInterrupted
)

var trapNames = [...]string{"none", "out-of-bounds", "integer-overflow", "division-by-zero", "not-integral",
	"call-depth", "budget", "misaligned", "bad-handle", "interrupted"}

// TrapName is the trap's name as the language reference spells it.
func TrapName(kind int32) string {
	if kind >= 0 && int(kind) < len(trapNames) {
		return trapNames[kind]
	}
	return "unknown trap"
}

type Program struct{}

// Interpreter names the interpreter this build runs programs with.
const Interpreter = "none"

// Libm: this build has no interpreter.
const Libm = "none"

func Load([]byte) (*Program, error)                                    { return nil, errUnsupported }
func CompileSource([]byte) (*Program, error)                           { return nil, errUnsupported }
func (*Program) Destroy() error                                        { return errUnsupported }
func (*Program) Grant(string, unsafe.Pointer) error                    { return errUnsupported }
func (*Program) SetBudget(uint64) error                                { return errUnsupported }
func (*Program) Entry(string) (Entry, error)                           { return Entry{}, errUnsupported }
func (Entry) Call(...uint64) (uint64, error)                           { return 0, errUnsupported }
func NewBuffer(n int) *Buffer                                          { b := make([]byte, max(n, 1)); return &Buffer{unsafe.Pointer(&b[0]), n} }
func (b *Buffer) Free()                                                { b.ptr = nil }
func LastTrap() (kind, function, pc, line, column int32, entry string) { return }

type Heap struct{}

func NewHeap(int, uint32) (*Heap, error)             { return nil, errUnsupported }
func (*Heap) Close() error                           { return errUnsupported }
func (*Heap) Alloc(int, int) (unsafe.Pointer, error) { return nil, errUnsupported }
func (*Heap) Free(unsafe.Pointer) error              { return errUnsupported }
func (*Heap) Resize(unsafe.Pointer, int) error       { return errUnsupported }
func (*Heap) UsableSize(unsafe.Pointer) int          { return 0 }
func (*Heap) Check() error                           { return errUnsupported }
func (*Heap) Stats() (HeapStats, error)              { return HeapStats{}, errUnsupported }
