// Package nccc is the Go side of the NCCC call convention: the 8-byte slot
// (Value), the type codes, the status codes of include/nccc.h, and a loader
// for NCCC modules that needs no cgo (it uses purego), so the CGO-free
// toolchain can load modules too.
package nccc

import "math"

// Value is one nccv64 slot. Narrow members live in the low-order bytes, as
// the C union lays them out on the little-endian machines this library
// supports; setters touch only the bytes of their member, as C does.
type Value uint64

func (v Value) U64() uint64   { return uint64(v) }
func (v Value) S64() int64    { return int64(v) }
func (v Value) U32() uint32   { return uint32(v) }
func (v Value) S32() int32    { return int32(uint32(v)) }
func (v Value) U16() uint16   { return uint16(v) }
func (v Value) S16() int16    { return int16(uint16(v)) }
func (v Value) U8() uint8     { return uint8(v) }
func (v Value) S8() int8      { return int8(uint8(v)) }
func (v Value) Uptr() uintptr { return uintptr(v) }
func (v Value) F32() float32  { return math.Float32frombits(uint32(v)) }
func (v Value) F64() float64  { return math.Float64frombits(uint64(v)) }

func (v *Value) set(bits uint64, width uint) {
	mask := uint64(1)<<width - 1
	*v = Value(uint64(*v)&^mask | bits&mask)
}

func (v *Value) SetU64(x uint64)   { *v = Value(x) }
func (v *Value) SetS64(x int64)    { *v = Value(x) }
func (v *Value) SetU32(x uint32)   { v.set(uint64(x), 32) }
func (v *Value) SetS32(x int32)    { v.set(uint64(uint32(x)), 32) }
func (v *Value) SetU16(x uint16)   { v.set(uint64(x), 16) }
func (v *Value) SetS16(x int16)    { v.set(uint64(uint16(x)), 16) }
func (v *Value) SetU8(x uint8)     { v.set(uint64(x), 8) }
func (v *Value) SetS8(x int8)      { v.set(uint64(uint8(x)), 8) }
func (v *Value) SetUptr(x uintptr) { *v = Value(x) }
func (v *Value) SetF32(x float32)  { v.set(uint64(math.Float32bits(x)), 32) }
func (v *Value) SetF64(x float64)  { *v = Value(math.Float64bits(x)) }

// Type is an NCCC type code; the numbering is the protocol's.
type Type uint8

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
	typeCount
)

var typeNames = [...]string{"u32", "u64", "f32", "f64", "s32", "s64", "ptr", "uptr", "sptr", "u8", "u16", "s8", "s16"}

func (t Type) String() string {
	if t < typeCount {
		return typeNames[t]
	}
	return "invalid"
}

// Valid reports whether t is one of the 13 protocol types.
func (t Type) Valid() bool { return t < typeCount }

// Signature is a function's argument and result types.
type Signature struct {
	Args    []Type
	Results []Type
}

func (s Signature) String() string {
	out := "("
	for i, t := range s.Args {
		if i > 0 {
			out += " "
		}
		out += t.String()
	}
	out += ") -> ("
	for i, t := range s.Results {
		if i > 0 {
			out += " "
		}
		out += t.String()
	}
	return out + ")"
}
