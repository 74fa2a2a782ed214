//go:build !cgo && linux && amd64

package offloadc

// The CGO-free runtime: the C verifier, interpreter and heap translated to
// Go (internal/_transpiled). The translation keeps the C's thread-local
// state (register stack, last trap, error detail) as package variables, so
// every call into it holds `c`: one call runs at a time in this mode.

import (
	"bytes"
	"sync"
	"unsafe"

	"modernc.org/libc"

	"github.com/yuni-offload/yuni-offload/nccc"
	"github.com/yuni-offload/yuni-offload/offload"
	transpiled "github.com/yuni-offload/yuni-offload/offload_c/internal/_transpiled"
)

var c struct {
	sync.Mutex
	tls *libc.TLS
	// grants keeps the Go closures behind granted native functions
	// reachable while their program lives: the C holds only addresses.
	grants map[uintptr][]*func(*libc.TLS, uintptr, uintptr)
}

// dispatch is the address every entry's dispatch has in this mode.
var dispatch = transpiled.FuncAddr(transpiled.Xoff_dispatch)

func init() {
	c.tls = libc.NewTLS()
	c.grants = map[uintptr][]*func(*libc.TLS, uintptr, uintptr){}
	transpiled.Compiler = func(name string, src []byte) ([]byte, string) {
		bc, err := offload.Compile(name, src)
		if err != nil {
			return nil, err.Error()
		}
		return bc.Encode(), ""
	}
}

// at is C memory at address p. p is never Go memory here (libc's
// allocations, mmap'ed heaps, the C's register stack), so reading the
// address out of a variable, rather than converting the integer, is sound.
func at(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }

// scratch runs f with n zeroed bytes of C memory for the C to write into
// (Go memory would not do: a goroutine's stack moves, and the translated C
// runs Go code that can grow it) and returns a copy. c is held.
func scratch(n int, f func(p uintptr)) []byte {
	p := c.tls.Alloc(n)
	defer c.tls.Free(n)
	b := unsafe.Slice((*byte)(at(p)), n)
	clear(b)
	f(p)
	return append([]byte(nil), b...)
}

func word(b []byte) uintptr { return *(*uintptr)(unsafe.Pointer(&b[0])) }

// cString runs f on a NUL-terminated C copy of b. c is held.
func cString(b []byte, f func(p uintptr)) {
	p := c.tls.Alloc(len(b) + 1)
	defer c.tls.Free(len(b) + 1)
	dst := unsafe.Slice((*byte)(at(p)), len(b)+1)
	dst[copy(dst, b)] = 0
	f(p)
}

// cstr is the NUL-terminated string at the start of b.
func cstr(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

// status is a C status as an error. c is held (the detail is the C's).
func status(st int32) error {
	if st == 0 {
		return nil
	}
	return &nccc.Error{Status: nccc.Status(st), Detail: libc.GoString(transpiled.Xyuni_error_detail(c.tls))}
}

// Program is a verified Offload program loaded into the runtime.
type Program struct{ p uintptr }

// Interpreter names the interpreter this build runs programs with.
const Interpreter = "transpiled"

// Trap kinds; see include/nccc.h.
const (
	TrapOutOfBounds     = int32(transpiled.YUNI_TRAP_OUT_OF_BOUNDS)
	TrapIntegerOverflow = int32(transpiled.YUNI_TRAP_INTEGER_OVERFLOW)
	TrapDivisionByZero  = int32(transpiled.YUNI_TRAP_DIVISION_BY_ZERO)
	TrapNotIntegral     = int32(transpiled.YUNI_TRAP_NOT_INTEGRAL)
	TrapCallDepth       = int32(transpiled.YUNI_TRAP_CALL_DEPTH)
	TrapBudget          = int32(transpiled.YUNI_TRAP_BUDGET)
	TrapMisaligned      = int32(transpiled.YUNI_TRAP_MISALIGNED)
	TrapBadHandle       = int32(transpiled.YUNI_TRAP_BAD_HANDLE)
	TrapInterrupted     = int32(transpiled.YUNI_TRAP_INTERRUPTED)
)

// TrapName is the trap's name as the language reference spells it.
func TrapName(kind int32) string {
	c.Lock()
	defer c.Unlock()
	return libc.GoString(transpiled.Xyuni_offload_trap_name(c.tls, kind))
}

// load runs yuni_offload_load or yuni_offload_compile on text.
func load(text []byte, f func(t *libc.TLS, text uintptr, n uint64, out, msg uintptr, msglen uint64) int32) (*Program, error) {
	c.Lock()
	defer c.Unlock()
	var rc int32
	var msg string
	var program uintptr
	cString(text, func(p uintptr) {
		program = word(scratch(8, func(out uintptr) {
			m := scratch(1024, func(buf uintptr) { rc = f(c.tls, p, uint64(len(text)), out, buf, 1024) })
			msg = cstr(m)
		}))
	})
	if rc != 0 {
		return nil, &nccc.Error{Status: nccc.Status(rc), Detail: msg}
	}
	return &Program{program}, nil
}

// Load verifies bytecode and loads it.
func Load(code []byte) (*Program, error) { return load(code, transpiled.Xyuni_offload_load) }

// CompileSource compiles source text through the C ABI
// (yuni_offload_compile), the path a C host takes.
func CompileSource(src []byte) (*Program, error) { return load(src, transpiled.Xyuni_offload_compile) }

// Destroy frees the program; its entries stop being callable.
func (p *Program) Destroy() error {
	c.Lock()
	defer c.Unlock()
	err := status(transpiled.Xyuni_offload_destroy(c.tls, p.p))
	if err == nil {
		delete(c.grants, p.p)
	}
	return err
}

// Grant gives the program the NCCC function fn for the import name: a
// native function (a module's export, called through purego) or an
// entry's Dispatch.
func (p *Program) Grant(name string, fn unsafe.Pointer) error {
	c.Lock()
	defer c.Unlock()
	var err error
	cString([]byte(name), func(cname uintptr) {
		addr := uintptr(fn)
		if addr == 0 || addr == dispatch {
			err = status(transpiled.Xyuni_offload_grant(c.tls, p.p, cname, addr))
			return
		}
		if !nccc.Modules {
			err = &nccc.Error{Status: nccc.EState, Detail: "Grant: a static build (-tags yuni_static) cannot call native code"}
			return
		}
		call := func(_ *libc.TLS, in, out uintptr) { nccc.CallAddr(addr, in, out) }
		if err = status(transpiled.Xyuni_offload_grant(c.tls, p.p, cname, transpiled.FuncAddr(call))); err == nil {
			c.grants[p.p] = append(c.grants[p.p], &call)
		}
	})
	return err
}

// SetBudget limits each call to steps backward jumps and calls (0: none).
func (p *Program) SetBudget(steps uint64) error {
	c.Lock()
	defer c.Unlock()
	return status(transpiled.Xyuni_offload_set_budget(c.tls, p.p, steps))
}

// Entry looks up an entry.
func (p *Program) Entry(name string) (Entry, error) {
	c.Lock()
	defer c.Unlock()
	var err error
	var fn, ctx uintptr
	cString([]byte(name), func(cname uintptr) {
		b := scratch(16, func(out uintptr) {
			err = status(transpiled.Xyuni_offload_entry(c.tls, p.p, cname, out, out+8))
		})
		fn, ctx = word(b), word(b[8:])
	})
	if err != nil {
		return Entry{}, err
	}
	return Entry{at(fn), at(ctx)}, nil
}

// Call calls the entry with args (NCCC slots after ctx; a bytevector is
// two slots, pointer and length, and must point to C memory). It returns
// the raw result slot; a trap is a *TrapError, other failures *nccc.Error.
func (e Entry) Call(args ...uint64) (uint64, error) {
	// Only entries of this runtime can be called from Go here: any other
	// address would be taken for a Go function.
	if uintptr(e.Dispatch) != dispatch {
		return 0, &nccc.Error{Status: nccc.EInval, Detail: "Entry.Call: not an entry looked up with Program.Entry"}
	}
	c.Lock()
	defer c.Unlock()
	n := len(args) + 1
	b := scratch(8*(n+2), func(in uintptr) {
		slots := unsafe.Slice((*uint64)(at(in)), n+2)
		slots[0] = uint64(uintptr(e.Ctx))
		copy(slots[1:], args)
		fn := uintptr(e.Dispatch)
		(*(*func(*libc.TLS, uintptr, uintptr))(unsafe.Pointer(&struct{ uintptr }{fn})))(c.tls, in, in+8*uintptr(n))
	})
	out := unsafe.Slice((*uint64)(unsafe.Pointer(&b[8*n])), 2)
	st, res := int32(uint32(out[0])), out[1]
	switch {
	case st == 0:
		return res, nil
	case nccc.Status(st) == nccc.ETrap:
		return 0, &TrapError{Kind: int32(uint32(res)), Detail: libc.GoString(transpiled.Xyuni_error_detail(c.tls))}
	default:
		return 0, status(st)
	}
}

// NewBuffer allocates n zeroed bytes of C memory, 16-byte aligned.
func NewBuffer(n int) *Buffer {
	c.Lock()
	defer c.Unlock()
	return &Buffer{at(libc.Xcalloc(c.tls, uint64(max(n, 1)), 1)), n}
}

// Free releases the memory.
func (b *Buffer) Free() {
	c.Lock()
	defer c.Unlock()
	libc.Xfree(c.tls, uintptr(b.ptr))
	b.ptr = nil
}

// LastTrap is the most recent trap (in this mode, of the process: calls
// run one at a time).
func LastTrap() (kind, function, pc, line, column int32, entry string) {
	c.Lock()
	defer c.Unlock()
	b := scratch(int(unsafe.Sizeof(transpiled.Trap{})), func(p uintptr) { transpiled.Xyuni_offload_last_trap(c.tls, p) })
	t := (*transpiled.Trap)(unsafe.Pointer(&b[0]))
	return t.Fkind, t.Ffunction, t.Fpc, t.Fline, t.Fcolumn, cstr(unsafe.Slice((*byte)(unsafe.Pointer(&t.Fentry[0])), len(t.Fentry)))
}
