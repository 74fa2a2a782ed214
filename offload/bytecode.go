package offload

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The container layout is documented in offload_c/offload_impl.h, which
// reads it; this file writes it (and reads it back for the disassembler).

const (
	bytecodeMagic   = "YOFF"
	bytecodeVersion = 1
)

// ValueType is the type of a parameter or result.
type ValueType uint8

const (
	Void ValueType = iota
	S64
	F64
	Boolean
	Bytevector
	Chime
)

func (t ValueType) String() string {
	switch t {
	case Void:
		return "void"
	case S64:
		return "s64"
	case F64:
		return "f64"
	case Boolean:
		return "boolean"
	case Bytevector:
		return "bytevector"
	case Chime:
		return "chime"
	}
	return fmt.Sprintf("type(%d)", uint8(t))
}

// slots is how many registers (and NCCC slots) a value of t takes.
func (t ValueType) slots() int {
	if t == Bytevector {
		return 2
	}
	return 1
}

// RegType is the one type a register has for a whole function.
type RegType uint8

const (
	RegInt RegType = iota + 1
	RegFlo
	RegBV
	RegLen
	RegChime
)

// Effects of a procedure, computed over the call graph.
type Effects uint8

const (
	EffectBlocks Effects = 1 << iota
	EffectCallsHost
	EffectRings
)

func (e Effects) String() string {
	if e == 0 {
		return "none"
	}
	s := ""
	for _, x := range []struct {
		bit  Effects
		name string
	}{{EffectBlocks, "blocks"}, {EffectCallsHost, "calls-host"}, {EffectRings, "rings"}} {
		if e&x.bit != 0 {
			if s != "" {
				s += " "
			}
			s += x.name
		}
	}
	return s
}

// Signature is a function's or import's parameter and result types.
type Signature struct {
	Result ValueType
	Params []ValueType
}

// Import is an NCCC function the host must grant.
type Import struct {
	Name     string
	Blocking bool
	Sig      Signature
}

// Function is one compiled procedure.
type Function struct {
	Name     string
	Sig      Signature
	RegTypes []RegType
	Code     []Instruction
}

// Entry is an exported entry point.
type Entry struct {
	Name     string
	Func     uint32
	Realtime bool
	Effects  Effects
}

// DebugRecord maps an instruction to the source position it came from.
type DebugRecord struct{ Func, PC, Line, Column uint32 }

// Bytecode is a compiled program.
type Bytecode struct {
	Consts  []uint64
	Imports []Import
	Funcs   []Function
	Entries []Entry
	File    string
	Debug   []DebugRecord
}

// Encode writes the container.
func (bc *Bytecode) Encode() []byte {
	var strs []byte
	offsets := map[string]uint32{}
	intern := func(s string) uint32 {
		if off, ok := offsets[s]; ok {
			return off
		}
		off := uint32(len(strs))
		strs = append(strs, s...)
		offsets[s] = off
		return off
	}
	le := binary.LittleEndian
	var body []byte
	name := func(s string) {
		body = le.AppendUint32(body, intern(s))
		body = le.AppendUint16(body, uint16(len(s)))
	}
	sig := func(s Signature) {
		body = append(body, byte(s.Result), byte(len(s.Params)))
		for _, p := range s.Params {
			body = append(body, byte(p))
		}
	}
	for _, im := range bc.Imports {
		name(im.Name)
		flags := byte(0)
		if im.Blocking {
			flags = 1
		}
		body = append(body, flags)
		sig(im.Sig)
	}
	for _, f := range bc.Funcs {
		name(f.Name)
		body = le.AppendUint16(body, uint16(len(f.RegTypes)))
		sig(f.Sig)
		for _, t := range f.RegTypes {
			body = append(body, byte(t))
		}
		body = le.AppendUint32(body, uint32(len(f.Code)))
		for _, in := range f.Code {
			body = le.AppendUint16(body, uint16(in.Op))
			body = le.AppendUint16(body, in.A)
			body = le.AppendUint16(body, in.B)
			body = le.AppendUint16(body, in.C)
		}
	}
	for _, e := range bc.Entries {
		name(e.Name)
		body = le.AppendUint32(body, e.Func)
		rt := byte(0)
		if e.Realtime {
			rt = 1
		}
		body = append(body, rt, byte(e.Effects))
	}
	name(bc.File)
	for _, d := range bc.Debug {
		body = le.AppendUint32(body, d.Func)
		body = le.AppendUint32(body, d.PC)
		body = le.AppendUint32(body, d.Line)
		body = le.AppendUint32(body, d.Column)
	}
	out := []byte(bytecodeMagic)
	out = le.AppendUint16(out, bytecodeVersion)
	out = le.AppendUint16(out, 0)
	for _, n := range []int{len(bc.Consts), len(bc.Imports), len(bc.Funcs), len(bc.Entries), len(strs), len(bc.Debug)} {
		out = le.AppendUint32(out, uint32(n))
	}
	for _, k := range bc.Consts {
		out = le.AppendUint64(out, k)
	}
	out = append(out, strs...)
	return append(out, body...)
}

var errTruncated = errors.New("bytecode truncated")

// Decode reads a container back. It checks the structure, not the code:
// that is the C verifier's job before anything runs.
func Decode(b []byte) (bc *Bytecode, err error) {
	le := binary.LittleEndian
	at := 0
	need := func(n int) {
		if n < 0 || len(b)-at < n {
			panic(errTruncated)
		}
	}
	u8 := func() byte { need(1); at++; return b[at-1] }
	u16 := func() uint16 { need(2); at += 2; return le.Uint16(b[at-2:]) }
	u32 := func() uint32 { need(4); at += 4; return le.Uint32(b[at-4:]) }
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			bc, err = nil, e
		}
	}()
	need(4)
	if string(b[:4]) != bytecodeMagic {
		return nil, errors.New("not Offload bytecode (bad magic)")
	}
	at = 4
	if v := u16(); v != bytecodeVersion {
		return nil, fmt.Errorf("bytecode version %d; this toolchain reads version %d", v, bytecodeVersion)
	}
	u16()
	nconst, nimport, nfunc, nentry, nstr, ndebug := u32(), u32(), u32(), u32(), u32(), u32()
	if uint64(nconst)*8 > uint64(len(b)) || uint64(nimport)+uint64(nfunc)+uint64(nentry) > uint64(len(b)) || uint64(ndebug)*16 > uint64(len(b)) {
		return nil, errTruncated
	}
	bc = &Bytecode{}
	for i := uint32(0); i < nconst; i++ {
		need(8)
		bc.Consts = append(bc.Consts, le.Uint64(b[at:]))
		at += 8
	}
	need(int(nstr))
	strs := b[at : at+int(nstr)]
	at += int(nstr)
	name := func() string {
		off, n := u32(), u16()
		if uint64(off)+uint64(n) > uint64(len(strs)) {
			panic(errors.New("name outside the string section"))
		}
		return string(strs[off : off+uint32(n)])
	}
	sig := func() Signature {
		s := Signature{Result: ValueType(u8())}
		n := int(u8())
		for i := 0; i < n; i++ {
			s.Params = append(s.Params, ValueType(u8()))
		}
		return s
	}
	for i := uint32(0); i < nimport; i++ {
		im := Import{Name: name()}
		im.Blocking = u8() != 0
		im.Sig = sig()
		bc.Imports = append(bc.Imports, im)
	}
	for i := uint32(0); i < nfunc; i++ {
		f := Function{Name: name()}
		nregs := int(u16())
		f.Sig = sig()
		need(nregs)
		for _, t := range b[at : at+nregs] {
			f.RegTypes = append(f.RegTypes, RegType(t))
		}
		at += nregs
		ncode := u32()
		if uint64(ncode)*8 > uint64(len(b)-at) {
			return nil, errTruncated
		}
		for j := uint32(0); j < ncode; j++ {
			f.Code = append(f.Code, Instruction{Opcode(u16()), u16(), u16(), u16()})
		}
		bc.Funcs = append(bc.Funcs, f)
	}
	for i := uint32(0); i < nentry; i++ {
		e := Entry{Name: name(), Func: u32()}
		e.Realtime = u8() != 0
		e.Effects = Effects(u8())
		bc.Entries = append(bc.Entries, e)
	}
	bc.File = name()
	for i := uint32(0); i < ndebug; i++ {
		bc.Debug = append(bc.Debug, DebugRecord{u32(), u32(), u32(), u32()})
	}
	if at != len(b) {
		return nil, fmt.Errorf("%d bytes of garbage after the bytecode", len(b)-at)
	}
	return bc, nil
}
