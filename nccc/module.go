package nccc

import (
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// Protocol operations (in[0].s32 of a dispatch call).
const (
	OpLibraryInfo = 1
	OpExportInfo  = 2
	OpArgInfo     = 6
)

// Limits that keep a malformed or hostile table from making the loader
// allocate without bound or read strings forever.
const (
	maxExports   = 1 << 16
	maxArgTypes  = 1024
	maxNameBytes = 4096
)

// Export is one function of a module.
type Export struct {
	ID   int32
	Name string
	Fn   uintptr // the NCCC function: void fn(const nccv64* in, nccv64* out)
	Sig  Signature
}

// Module is an open NCCC module whose table has been read and checked.
type Module struct {
	Name     string // as op 1 reports it
	Path     string
	Dispatch uintptr
	Exports  []Export
	handle   uintptr
	byName   map[string]int
}

// ModuleName derives a module name from a file name: the directory, a
// trailing shared-object suffix (".so", ".so.1", ".so.1.2", …), a leading
// "lib" are removed; every character a C identifier cannot hold becomes
// '_'; then a leading "nccc_" is removed. "libnccc_foo.so" → "foo",
// "libnccc-foo-bar.so" → "foo_bar", "libnccc_foo.sound.so" → "foo_sound",
// "libyuni-offload.so.0" → "yuni_offload".
func ModuleName(path string) string {
	n := sharedSuffix.ReplaceAllString(filepath.Base(path), "")
	n = strings.TrimPrefix(n, "lib")
	n = strings.Map(func(r rune) rune {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, n)
	return strings.TrimPrefix(n, "nccc_")
}

var sharedSuffix = regexp.MustCompile(`\.so(\.[0-9]+)*$`)

// Open loads the module at path, with its name derived by ModuleName.
func Open(path string) (*Module, error) { return OpenAs(path, ModuleName(path)) }

// OpenAs loads the module at path whose dispatch symbol is
// lib_<name>_dispatch_ncccv0, and reads its whole table.
func OpenAs(path, name string) (*Module, error) {
	if path == "" || name == "" {
		return nil, errorf(EInval, "module path and name must not be empty")
	}
	// A bare name is for the dynamic loader's search path; a path with a
	// slash is a file, and a missing file deserves its own error.
	if strings.Contains(path, "/") {
		var st unix.Stat_t
		if err := unix.Stat(path, &st); err != nil {
			if errors.Is(err, unix.ENOENT) {
				return nil, errorf(ENoEnt, "%s: no such file", path)
			}
			return nil, errorf(ELoad, "%s: %v", path, err)
		}
	}
	h, err := dlopen(path)
	if err != nil {
		return nil, errorf(ELoad, "%s: not a loadable shared object: %v", path, err)
	}
	sym := "lib_" + name + "_dispatch_ncccv0"
	d, err := dlsym(h, sym)
	if err != nil || d == 0 {
		dlclose(h)
		return nil, errorf(ENoSym, "%s: not an NCCC module: no symbol %s", path, sym)
	}
	m := &Module{Path: path, Dispatch: d, handle: h, byName: map[string]int{}}
	if err := m.readTable(); err != nil {
		dlclose(h)
		return nil, err
	}
	return m, nil
}

// Close releases the module; its function pointers become invalid.
func (m *Module) Close() error {
	if m.handle == 0 {
		return errorf(EBadHandle, "module already closed")
	}
	err := dlclose(m.handle)
	m.handle = 0
	if err != nil {
		return errorf(ELoad, "%s: %v", m.Path, err)
	}
	return nil
}

// Lookup finds an export by name.
func (m *Module) Lookup(name string) (Export, error) {
	if i, ok := m.byName[name]; ok {
		return m.Exports[i], nil
	}
	return Export{}, errorf(ENoSym, "module %s has no export %q", m.Name, name)
}

// Call calls an NCCC function with Go-allocated slots. in and out must hold
// at least as many slots as the function reads and writes.
func Call(fn uintptr, in, out []Value) {
	var pin, pout uintptr
	if len(in) > 0 {
		pin = uintptr(unsafe.Pointer(&in[0]))
	}
	if len(out) > 0 {
		pout = uintptr(unsafe.Pointer(&out[0]))
	}
	CallAddr(fn, pin, pout)
}

// slack pads the slots given to a foreign dispatcher, so a table that writes
// a little past what the protocol says corrupts only our scratch memory.
const slack = 8

func (m *Module) call(out int, in ...Value) []Value {
	o := make([]Value, out+slack)
	i := make([]Value, len(in)+slack)
	copy(i, in)
	Call(m.Dispatch, i, o)
	return o
}

func (m *Module) readTable() error {
	var op Value
	op.SetS32(OpLibraryInfo)
	info := m.call(6, op)
	name, ok := cString(info[0])
	if !ok {
		return errorf(EModule, "%s: library_info gives no name", m.Path)
	}
	m.Name = name
	count := info[2].S32()
	if count < 0 || count > maxExports {
		return errorf(EModule, "%s: library_info gives %d exports", m.Path, count)
	}
	for id := int32(0); id < count; id++ {
		var op, idv Value
		op.SetS32(OpExportInfo)
		idv.SetS32(id)
		e := m.call(8, op, idv)
		if e[0].S32() != 0 {
			return errorf(EModule, "%s: export_info(%d) failed although library_info lists %d exports", m.Path, id, count)
		}
		ename, ok := cString(e[2])
		if !ok || ename == "" {
			return errorf(EModule, "%s: export %d has no name", m.Path, id)
		}
		fn := e[5].Uptr()
		argc, retc := e[6].S32(), e[7].S32()
		if fn == 0 {
			return errorf(EModule, "%s: export %s has a NULL function", m.Path, ename)
		}
		if argc < 0 || retc < 0 || argc+retc > maxArgTypes {
			return errorf(EModule, "%s: export %s claims %d arguments and %d results", m.Path, ename, argc, retc)
		}
		op.SetS32(OpArgInfo)
		a := m.call(3+int(argc+retc), op, idv)
		if a[0].S32() != 0 || a[1].S32() != argc || a[2].S32() != retc {
			return errorf(EModule, "%s: arg_info for %s disagrees with export_info", m.Path, ename)
		}
		sig := Signature{Args: make([]Type, argc), Results: make([]Type, retc)}
		for k := int32(0); k < argc+retc; k++ {
			code := a[3+k].S32()
			if code < 0 || code >= int32(typeCount) {
				return errorf(EModule, "%s: export %s has unknown type code %d", m.Path, ename, code)
			}
			if k < argc {
				sig.Args[k] = Type(code)
			} else {
				sig.Results[k-argc] = Type(code)
			}
		}
		if _, dup := m.byName[ename]; !dup {
			m.byName[ename] = len(m.Exports)
		}
		m.Exports = append(m.Exports, Export{ID: id, Name: ename, Fn: fn, Sig: sig})
	}
	return nil
}

// cString reads a NUL-terminated string that a foreign table points to,
// bounded so a missing terminator cannot run on forever.
func cString(v Value) (string, bool) {
	p := *(*unsafe.Pointer)(unsafe.Pointer(&v))
	if p == nil {
		return "", false
	}
	var b []byte
	for n := 0; n < maxNameBytes; n++ {
		c := *(*byte)(unsafe.Add(p, n))
		if c == 0 {
			return string(b), true
		}
		b = append(b, c)
	}
	return "", false
}
