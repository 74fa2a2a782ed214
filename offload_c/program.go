package offloadc

/*
#include <stdlib.h>
#include "nccc.h"
#include "offload_impl.h"

extern void* yunigo_offload_compile(char* name, char* src, size_t len, size_t* out_len, char* err, size_t errlen);
static void install_compiler(int on) {
	yuni__offload_set_compiler(on ? (void* (*)(const char*, const char*, size_t, size_t*, char*, size_t))yunigo_offload_compile : 0);
}
static void call_entry(nccc_call_t fn, const nccv64* in, nccv64* out) { fn(in, out); }
*/
import "C"

import (
	"unsafe"

	"github.com/yuni-offload/yuni-offload/nccc"
)

func init() { C.install_compiler(1) }

// Program is a verified Offload program loaded into the C runtime.
type Program struct{ p *C.yuni_program }

// Interpreter names the interpreter this build runs programs with.
const Interpreter = "native"

// Libm names the C library functions the interpreter calls: the system's
// libm, which the C calls directly.
const Libm = "system"

// Trap kinds; see include/nccc.h.
const (
	TrapOutOfBounds     = int32(C.YUNI_TRAP_OUT_OF_BOUNDS)
	TrapIntegerOverflow = int32(C.YUNI_TRAP_INTEGER_OVERFLOW)
	TrapDivisionByZero  = int32(C.YUNI_TRAP_DIVISION_BY_ZERO)
	TrapNotIntegral     = int32(C.YUNI_TRAP_NOT_INTEGRAL)
	TrapCallDepth       = int32(C.YUNI_TRAP_CALL_DEPTH)
	TrapBudget          = int32(C.YUNI_TRAP_BUDGET)
	TrapMisaligned      = int32(C.YUNI_TRAP_MISALIGNED)
	TrapBadHandle       = int32(C.YUNI_TRAP_BAD_HANDLE)
	TrapInterrupted     = int32(C.YUNI_TRAP_INTERRUPTED)
)

// TrapName is the trap's name as the language reference spells it.
func TrapName(kind int32) string { return C.GoString(C.yuni_offload_trap_name(C.int32_t(kind))) }

func loadError(rc C.int32_t, buf []C.char) error {
	return &nccc.Error{Status: nccc.Status(rc), Detail: C.GoString(&buf[0])}
}

// Load verifies bytecode and loads it.
func Load(code []byte) (*Program, error) {
	var p *C.yuni_program
	buf := make([]C.char, 1024)
	var ptr unsafe.Pointer
	if len(code) > 0 {
		ptr = C.CBytes(code)
		defer C.free(ptr)
	} else {
		ptr = C.malloc(1)
		defer C.free(ptr)
	}
	if rc := C.yuni_offload_load(ptr, C.size_t(len(code)), &p, &buf[0], C.size_t(len(buf))); rc != 0 {
		return nil, loadError(rc, buf)
	}
	return &Program{p}, nil
}

// CompileSource compiles source text through the C ABI
// (yuni_offload_compile), the path a C host takes.
func CompileSource(src []byte) (*Program, error) {
	var p *C.yuni_program
	buf := make([]C.char, 1024)
	csrc := C.CBytes(append(src, 0))
	defer C.free(csrc)
	if rc := C.yuni_offload_compile((*C.char)(csrc), C.size_t(len(src)), &p, &buf[0], C.size_t(len(buf))); rc != 0 {
		return nil, loadError(rc, buf)
	}
	return &Program{p}, nil
}

// Destroy frees the program; its entries stop being callable.
func (p *Program) Destroy() error { return status(C.yuni_offload_destroy(p.p)) }

// Grant gives the program the NCCC function fn for the import name.
func (p *Program) Grant(name string, fn unsafe.Pointer) error {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	return status(C.yuni_offload_grant(p.p, cs, C.nccc_call_t(fn)))
}

// SetBudget limits each call to steps backward jumps and calls (0: none).
func (p *Program) SetBudget(steps uint64) error {
	return status(C.yuni_offload_set_budget(p.p, C.uint64_t(steps)))
}

// Entry looks up an entry.
func (p *Program) Entry(name string) (Entry, error) {
	cs := C.CString(name)
	defer C.free(unsafe.Pointer(cs))
	var fn C.nccc_call_t
	var ctx unsafe.Pointer
	if err := status(C.yuni_offload_entry(p.p, cs, &fn, &ctx)); err != nil {
		return Entry{}, err
	}
	return Entry{unsafe.Pointer(fn), ctx}, nil
}

// Call calls the entry with args (NCCC slots after ctx; a bytevector is
// two slots, pointer and length, and must point to C memory). It returns
// the raw result slot; a trap is a *TrapError, other failures *nccc.Error.
func (e Entry) Call(args ...uint64) (uint64, error) {
	if e.Dispatch == nil {
		return 0, &nccc.Error{Status: nccc.EInval, Detail: "Entry.Call: not an entry looked up with Program.Entry"}
	}
	n := len(args) + 1
	mem := C.calloc(C.size_t(n+2), 8)
	defer C.free(mem)
	in := unsafe.Slice((*uint64)(mem), n+2)
	in[0] = uint64(uintptr(e.Ctx))
	copy(in[1:], args)
	out := (*C.nccv64)(unsafe.Pointer(&in[n]))
	C.call_entry(C.nccc_call_t(e.Dispatch), (*C.nccv64)(mem), out)
	st := int32(uint32(in[n]))
	res := in[n+1]
	switch {
	case st == 0:
		return res, nil
	case st == int32(C.YUNI_ETRAP):
		return 0, &TrapError{Kind: int32(uint32(res)), Detail: C.GoString(C.yuni_error_detail())}
	default:
		return 0, &nccc.Error{Status: nccc.Status(st), Detail: C.GoString(C.yuni_error_detail())}
	}
}

// NewBuffer allocates n zeroed bytes of C memory, 16-byte aligned.
func NewBuffer(n int) *Buffer {
	size := n
	if size == 0 {
		size = 1
	}
	return &Buffer{C.calloc(C.size_t(size), 1), n}
}

// Free releases the memory.
func (b *Buffer) Free() { C.free(b.ptr); b.ptr = nil }

// LastTrap is the calling OS thread's most recent trap; callers lock the
// goroutine to its thread around the call and this.
func LastTrap() (kind, function, pc, line, column int32, entry string) {
	var t C.yuni_offload_trap
	C.yuni_offload_last_trap(&t)
	return int32(t.kind), int32(t.function), int32(t.pc), int32(t.line), int32(t.column), C.GoString(&t.entry[0])
}
