// Package abi reads the public header include/nccc.h and generates what must
// agree with it: the library's NCCC module table (stubs, type checks and the
// lib_yuni_offload_dispatch_ncccv0 dispatcher) and the linker version script
// that exports exactly the public functions. The header is the single source:
// a function is public, exported and listed in the table because it is
// declared with YUNI_API, and its NCCC types are derived from its C types.
package abi

import (
	"fmt"
	"regexp"
	"strings"
)

// Type is an NCCC type code (the ncccv0 protocol fixes the numbering).
type Type int

const (
	U32 Type = iota
	U64
	F32
	F64
	S32
	S64
	Ptr
	Uptr
	Sptr
	U8
	U16
	S8
	S16
)

var typeNames = [...]string{"u32", "u64", "f32", "f64", "s32", "s64", "ptr", "uptr", "sptr", "u8", "u16", "s8", "s16"}

// Member is the nccv64 union member that carries the type.
func (t Type) Member() string { return typeNames[t] }

// String returns the NCCC name of the type ("s32", "f64", ...).
func (t Type) String() string { return typeNames[t] }

// Enum is the header's enumerator for the type, e.g. YUNI_NCCC_S32.
func (t Type) Enum() string { return "YUNI_NCCC_" + strings.ToUpper(typeNames[t]) }

// scalarTypes maps the C scalar types the header may use to NCCC types. A type
// not in this table (nor a typedef of one, nor a pointer) cannot cross NCCC and
// makes generation fail: the header must not declare such a public function.
var scalarTypes = map[string]Type{
	"int32_t": S32, "int": S32, "uint32_t": U32, "unsigned": U32, "unsigned int": U32,
	"int64_t": S64, "uint64_t": U64, "int16_t": S16, "uint16_t": U16,
	"int8_t": S8, "uint8_t": U8, "size_t": Uptr, "uintptr_t": Uptr,
	"intptr_t": Sptr, "ptrdiff_t": Sptr, "float": F32, "double": F64,
}

// Param is one argument or result of a public function.
type Param struct {
	CType string // as written in the header, normalised spaces
	Name  string // argument name ("" for results)
	Type  Type
	// FuncPtr marks function-pointer types: they are NCCC ptr values, but C
	// forbids converting them to and from void*, so stubs go through .uptr.
	FuncPtr bool
}

// Func is one public function.
type Func struct {
	Name   string
	Params []Param
	Result *Param // nil for void
}

// Types lists argument types then result types, as op 6 reports them.
func (f Func) Types() []Type {
	var ts []Type
	for _, p := range f.Params {
		ts = append(ts, p.Type)
	}
	if f.Result != nil {
		ts = append(ts, f.Result.Type)
	}
	return ts
}

// Header is the parsed public header.
type Header struct {
	Funcs []Func
	// Dispatch is the name of the module's own dispatch function.
	Dispatch string
}

var (
	commentRE  = regexp.MustCompile(`(?s)/\*.*?\*/|//[^\n]*`)
	typedefRE  = regexp.MustCompile(`typedef\s+([A-Za-z_][A-Za-z0-9_ ]*?)\s+([A-Za-z_][A-Za-z0-9_]*)\s*;`)
	fnptrDefRE = regexp.MustCompile(`typedef\s+[^;()]*\(\s*\*\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*\([^;]*\)\s*;`)
	opaqueRE   = regexp.MustCompile(`typedef\s+(?:struct|union)\s+[A-Za-z_][A-Za-z0-9_]*\s*([A-Za-z_][A-Za-z0-9_]*)\s*;`)
	declRE     = regexp.MustCompile(`(?s)YUNI_API\s+([^;{}]*?)\s*\(([^;{}]*?)\)\s*;`)
	spaceRE    = regexp.MustCompile(`\s+`)
	identRE    = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	starRE     = regexp.MustCompile(`\s*\*\s*`)
	starNameRE = regexp.MustCompile(`(\*+)([A-Za-z_])`)
)

// Parse reads the header text. Its grammar is the subset the header keeps to:
// each public function is `YUNI_API <type> <name>(<params>);`.
func Parse(src string) (*Header, error) {
	src = commentRE.ReplaceAllString(src, " ")
	// Drop preprocessor lines: the YUNI_API definition itself must not parse
	// as a declaration.
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			lines = append(lines, l)
		}
	}
	src = strings.Join(lines, "\n")

	typedefs := map[string]Type{}
	funcPtrs := map[string]bool{}
	opaque := map[string]bool{}
	for _, m := range typedefRE.FindAllStringSubmatch(src, -1) {
		if t, ok := scalarTypes[norm(m[1])]; ok {
			typedefs[m[2]] = t
		}
	}
	for _, m := range fnptrDefRE.FindAllStringSubmatch(src, -1) {
		funcPtrs[m[1]] = true
	}
	for _, m := range opaqueRE.FindAllStringSubmatch(src, -1) {
		opaque[m[1]] = true
	}

	classify := func(ctype string) (Param, error) {
		ctype = norm(ctype)
		p := Param{CType: ctype}
		base := strings.TrimSpace(strings.TrimPrefix(ctype, "const "))
		if strings.Contains(ctype, "*") {
			p.Type = Ptr
			return p, nil
		}
		if funcPtrs[base] {
			p.Type, p.FuncPtr = Ptr, true
			return p, nil
		}
		t, ok := scalarTypes[base]
		if !ok {
			t, ok = typedefs[base]
		}
		if !ok {
			if opaque[base] {
				return p, fmt.Errorf("%q is a struct passed by value; NCCC carries only scalars and pointers", ctype)
			}
			return p, fmt.Errorf("type %q has no NCCC representation", ctype)
		}
		p.Type = t
		return p, nil
	}

	h := &Header{}
	seen := map[string]bool{}
	for _, m := range declRE.FindAllStringSubmatch(src, -1) {
		retAndName := norm(m[1])
		i := strings.LastIndexAny(retAndName, " *")
		if i < 0 {
			return nil, fmt.Errorf("cannot read declaration %q", retAndName)
		}
		name := retAndName[i+1:]
		ret := strings.TrimSpace(retAndName[:i+1])
		if !identRE.MatchString(name) || ret == "" {
			return nil, fmt.Errorf("cannot read declaration %q", retAndName)
		}
		if seen[name] {
			return nil, fmt.Errorf("%s declared twice", name)
		}
		seen[name] = true
		if strings.HasSuffix(name, "_dispatch_ncccv0") {
			h.Dispatch = name
			continue
		}
		f := Func{Name: name}
		if ret != "void" {
			r, err := classify(ret)
			if err != nil {
				return nil, fmt.Errorf("%s: result: %v", name, err)
			}
			f.Result = &r
		}
		params := norm(m[2])
		if params != "void" && params != "" {
			for _, ps := range strings.Split(params, ",") {
				ps = norm(ps)
				j := strings.LastIndexAny(ps, " *")
				if j < 0 || !identRE.MatchString(ps[j+1:]) {
					return nil, fmt.Errorf("%s: parameter %q needs a type and a name", name, ps)
				}
				p, err := classify(ps[:j+1])
				if err != nil {
					return nil, fmt.Errorf("%s: parameter %q: %v", name, ps, err)
				}
				p.Name = ps[j+1:]
				f.Params = append(f.Params, p)
			}
		}
		h.Funcs = append(h.Funcs, f)
	}
	if h.Dispatch == "" {
		return nil, fmt.Errorf("the header declares no *_dispatch_ncccv0 function")
	}
	if len(h.Funcs) == 0 {
		return nil, fmt.Errorf("the header declares no YUNI_API function")
	}
	return h, nil
}

// norm collapses white space and writes pointers as "const char* name".
func norm(s string) string {
	s = spaceRE.ReplaceAllString(strings.TrimSpace(s), " ")
	s = starRE.ReplaceAllString(s, "*")
	return starNameRE.ReplaceAllString(s, "$1 $2")
}
