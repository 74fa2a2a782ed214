package offload

// The primitives Offload knows, by Scheme name. Each row says how the
// primitive is typed (class, and fixed types where there are any) and
// which instructions implement it; codegen.go has one case per class.

type primClass int

const (
	cArith   primClass = iota // + - * (and fx/fl forms): n-ary, one numeric type
	cDiv                      // / on flonums
	cCompare                  // = < > <= >=: n-ary, boolean result
	cSign                     // zero? positive? negative?
	cParity                   // odd? even?
	cIntBin                   // quotient remainder modulo arithmetic-shift
	cIntUn                    // bitwise-not bit-count
	cBitNary                  // bitwise-and -ior -xor
	cWrap                     // wrapping+ wrapping- wrapping*: n-ary, s64 modulo 2^64
	cMinMax                   // min max
	cAbs                      // abs
	cFloUn                    // flsqrt flexp … : f64 -> f64
	cFloBin                   // flexpt
	cAtan                     // flatan with 1 or 2 arguments
	cFloPred                  // flnan? flinfinite?
	cInexact                  // s64 -> f64
	cExact                    // f64 -> s64
	cNot                      // not
	cFma                      // fl+*
	cLoad                     // bytevector refs
	cStore                    // bytevector sets
	cBvLen
	cBvFill
	cBvCopy
	cAtomicLoad
	cAtomicStore
	cAtomicAdd
	cAtomicCas
	cChime
	cRingInit
	cRingCount
	cRingPut
	cRingGet
)

type primitive struct {
	name     string
	min, max int // arity; max -1 = any
	class    primClass
	fixed    ValueType // numeric classes: S64 or F64 only; 0 = generic
	opI, opF Opcode
	elem     ValueType // loads and stores: the element's type
	size     int       // loads and stores: element size in bytes
	opX      Opcode    // scaled-index form, or 0
	effect   bool      // writes memory or rings: never folded away
}

var primitives = map[string]*primitive{}

func init() {
	add := func(p primitive) { q := p; primitives[p.name] = &q }
	type arith struct {
		names    [3]string // generic, fx, fl
		opI, opF Opcode
	}
	for _, a := range []arith{
		{[3]string{"+", "fx+", "fl+"}, OpAddI, OpAddF},
		{[3]string{"-", "fx-", "fl-"}, OpSubI, OpSubF},
		{[3]string{"*", "fx*", "fl*"}, OpMulI, OpMulF},
	} {
		add(primitive{name: a.names[0], min: 1, max: -1, class: cArith, opI: a.opI, opF: a.opF})
		add(primitive{name: a.names[1], min: 1, max: 2, class: cArith, fixed: S64, opI: a.opI})
		add(primitive{name: a.names[2], min: 1, max: -1, class: cArith, fixed: F64, opF: a.opF})
	}
	add(primitive{name: "/", min: 1, max: -1, class: cDiv, fixed: F64, opF: OpDivF})
	add(primitive{name: "fl/", min: 1, max: -1, class: cDiv, fixed: F64, opF: OpDivF})
	for i, names := range [][3]string{{"=", "fx=?", "fl=?"}, {"<", "fx<?", "fl<?"}, {">", "fx>?", "fl>?"},
		{"<=", "fx<=?", "fl<=?"}, {">=", "fx>=?", "fl>=?"}} {
		_ = i
		add(primitive{name: names[0], min: 2, max: -1, class: cCompare})
		add(primitive{name: names[1], min: 2, max: -1, class: cCompare, fixed: S64})
		add(primitive{name: names[2], min: 2, max: -1, class: cCompare, fixed: F64})
	}
	for _, names := range [][3]string{{"zero?", "fxzero?", "flzero?"}, {"positive?", "fxpositive?", "flpositive?"},
		{"negative?", "fxnegative?", "flnegative?"}} {
		add(primitive{name: names[0], min: 1, max: 1, class: cSign})
		add(primitive{name: names[1], min: 1, max: 1, class: cSign, fixed: S64})
		add(primitive{name: names[2], min: 1, max: 1, class: cSign, fixed: F64})
	}
	for _, n := range []string{"odd?", "even?", "fxodd?", "fxeven?"} {
		add(primitive{name: n, min: 1, max: 1, class: cParity, fixed: S64})
	}
	for _, x := range []struct {
		names []string
		op    Opcode
	}{
		{[]string{"quotient", "fxquotient"}, OpQuoI},
		{[]string{"remainder", "fxremainder"}, OpRemI},
		{[]string{"modulo", "fxmodulo"}, OpModI},
		{[]string{"arithmetic-shift", "bitwise-arithmetic-shift", "fxarithmetic-shift"}, OpAshI},
	} {
		for _, n := range x.names {
			add(primitive{name: n, min: 2, max: 2, class: cIntBin, fixed: S64, opI: x.op})
		}
	}
	for _, n := range []string{"bitwise-not", "fxnot"} {
		add(primitive{name: n, min: 1, max: 1, class: cIntUn, fixed: S64, opI: OpNotI})
	}
	for _, n := range []string{"bitwise-bit-count", "fxbit-count"} {
		add(primitive{name: n, min: 1, max: 1, class: cIntUn, fixed: S64, opI: OpBitcountI})
	}
	for _, x := range []struct {
		names []string
		op    Opcode
	}{
		{[]string{"bitwise-and", "fxand"}, OpAndI},
		{[]string{"bitwise-ior", "fxior"}, OpIorI},
		{[]string{"bitwise-xor", "fxxor"}, OpXorI},
	} {
		for _, n := range x.names {
			add(primitive{name: n, min: 1, max: -1, class: cBitNary, fixed: S64, opI: x.op})
		}
	}
	// Wrapping arithmetic for hashes and generators: s64 modulo 2^64, never
	// trapping (the plain operations trap where Scheme would leave the
	// range). Shifts: floor(u * 2^±n) mod 2^64 of the unsigned value u.
	add(primitive{name: "wrapping+", min: 1, max: -1, class: cWrap, fixed: S64, opI: OpAddwI})
	add(primitive{name: "wrapping-", min: 1, max: -1, class: cWrap, fixed: S64, opI: OpSubwI})
	add(primitive{name: "wrapping*", min: 1, max: -1, class: cWrap, fixed: S64, opI: OpMulwI})
	add(primitive{name: "wrapping-shift-left", min: 2, max: 2, class: cIntBin, fixed: S64, opI: OpShlwI})
	add(primitive{name: "logical-shift-right", min: 2, max: 2, class: cIntBin, fixed: S64, opI: OpShrlI})
	add(primitive{name: "min", min: 1, max: -1, class: cMinMax, opI: OpMinI, opF: OpMinF})
	add(primitive{name: "max", min: 1, max: -1, class: cMinMax, opI: OpMaxI, opF: OpMaxF})
	add(primitive{name: "fxmin", min: 1, max: -1, class: cMinMax, fixed: S64, opI: OpMinI})
	add(primitive{name: "fxmax", min: 1, max: -1, class: cMinMax, fixed: S64, opI: OpMaxI})
	add(primitive{name: "flmin", min: 1, max: -1, class: cMinMax, fixed: F64, opF: OpMinF})
	add(primitive{name: "flmax", min: 1, max: -1, class: cMinMax, fixed: F64, opF: OpMaxF})
	add(primitive{name: "abs", min: 1, max: 1, class: cAbs, opI: OpAbsI, opF: OpAbsF})
	add(primitive{name: "fxabs", min: 1, max: 1, class: cAbs, fixed: S64, opI: OpAbsI})
	add(primitive{name: "flabs", min: 1, max: 1, class: cAbs, fixed: F64, opF: OpAbsF})
	for n, op := range map[string]Opcode{"flsqrt": OpSqrtF, "flexp": OpExpF, "fllog": OpLogF, "flsin": OpSinF,
		"flcos": OpCosF, "fltan": OpTanF, "flasin": OpAsinF, "flacos": OpAcosF, "flfloor": OpFloorF,
		"flceiling": OpCeilF, "flround": OpRoundF, "fltruncate": OpTruncF} {
		add(primitive{name: n, min: 1, max: 1, class: cFloUn, fixed: F64, opF: op})
	}
	add(primitive{name: "flatan", min: 1, max: 2, class: cAtan, fixed: F64})
	add(primitive{name: "flexpt", min: 2, max: 2, class: cFloBin, fixed: F64, opF: OpExptF})
	add(primitive{name: "fldiv", min: 2, max: 2, class: cFloBin, fixed: F64, opF: OpFldivF})
	add(primitive{name: "flmod", min: 2, max: 2, class: cFloBin, fixed: F64, opF: OpFlmodF})
	add(primitive{name: "fldiv0", min: 2, max: 2, class: cFloBin, fixed: F64, opF: OpFldiv0F})
	add(primitive{name: "flmod0", min: 2, max: 2, class: cFloBin, fixed: F64, opF: OpFlmod0F})
	add(primitive{name: "flnan?", min: 1, max: 1, class: cFloPred, fixed: F64, opF: OpIsnanF})
	add(primitive{name: "flinfinite?", min: 1, max: 1, class: cFloPred, fixed: F64, opF: OpIsinfF})
	for _, n := range []string{"inexact", "exact->inexact", "fixnum->flonum"} {
		add(primitive{name: n, min: 1, max: 1, class: cInexact})
	}
	for _, n := range []string{"exact", "inexact->exact"} {
		add(primitive{name: n, min: 1, max: 1, class: cExact})
	}
	add(primitive{name: "not", min: 1, max: 1, class: cNot})
	add(primitive{name: "fl+*", min: 3, max: 3, class: cFma, fixed: F64, opF: OpFmaF})
	add(primitive{name: "bytevector-length", min: 1, max: 1, class: cBvLen})
	type access struct {
		name      string
		elem      ValueType
		size      int
		ld, st, x Opcode
	}
	for _, a := range []access{
		{"bytevector-u8", S64, 1, OpLdU8, OpStU8, 0},
		{"bytevector-s8", S64, 1, OpLdS8, OpStS8, 0},
		{"bytevector-u16-native", S64, 2, OpLdU16, OpStU16, 0},
		{"bytevector-s16-native", S64, 2, OpLdS16, OpStS16, 0},
		{"bytevector-u32-native", S64, 4, OpLdU32, OpStU32, OpLdxU32},
		{"bytevector-s32-native", S64, 4, OpLdS32, OpStS32, OpLdxS32},
		{"bytevector-u64-native", S64, 8, OpLdU64, OpStU64, 0},
		{"bytevector-s64-native", S64, 8, OpLdS64, OpStS64, 0},
		{"bytevector-ieee-single-native", F64, 4, OpLdF32, OpStF32, 0},
		{"bytevector-ieee-double-native", F64, 8, OpLdF64, OpStF64, OpLdxF64},
	} {
		add(primitive{name: a.name + "-ref", min: 2, max: 2, class: cLoad, elem: a.elem, size: a.size, opI: a.ld, opX: a.x})
		stx := Opcode(0)
		if a.x == OpLdxF64 {
			stx = OpStxF64
		}
		add(primitive{name: a.name + "-set!", min: 3, max: 3, class: cStore, elem: a.elem, size: a.size, opI: a.st, opX: stx, effect: true})
	}
	add(primitive{name: "bytevector-fill!", min: 2, max: 2, class: cBvFill, effect: true})
	add(primitive{name: "bytevector-copy!", min: 5, max: 5, class: cBvCopy, effect: true})
	add(primitive{name: "atomic-load", min: 2, max: 2, class: cAtomicLoad, effect: true})
	add(primitive{name: "atomic-store!", min: 3, max: 3, class: cAtomicStore, effect: true})
	add(primitive{name: "atomic-add!", min: 3, max: 3, class: cAtomicAdd, effect: true})
	add(primitive{name: "atomic-cas!", min: 4, max: 4, class: cAtomicCas, effect: true})
	add(primitive{name: "chime!", min: 1, max: 1, class: cChime, effect: true})
	add(primitive{name: "ring-init!", min: 1, max: 1, class: cRingInit, effect: true})
	add(primitive{name: "ring-count", min: 1, max: 1, class: cRingCount, effect: true})
	add(primitive{name: "ring-put!", min: 4, max: 4, class: cRingPut, effect: true})
	add(primitive{name: "ring-get!", min: 4, max: 4, class: cRingGet, effect: true})
}

// excluded names get a sentence saying what Offload offers instead.
var excluded = map[string]string{
	"lambda":                         "a lambda can only name a procedure: (define (f x) …), letrec or a named let; Offload has no closures as values",
	"call/cc":                        "Offload has no continuations; a trap stops the entry instead",
	"call-with-current-continuation": "Offload has no continuations; a trap stops the entry instead",
	"dynamic-wind":                   "Offload has no continuations, so no dynamic-wind",
	"apply":                          "apply is not supported: every call's arity is fixed at compile time",
	"eval":                           "eval is not supported: programs are compiled ahead of time",
	"guard":                          "Offload has no exceptions; traps stop the entry and return a status",
	"raise":                          "Offload has no exceptions; traps stop the entry and return a status",
	"error":                          "Offload has no exceptions; traps stop the entry and return a status",
	"assertion-violation":            "Offload has no exceptions; traps stop the entry and return a status",
	"define-syntax":                  "macros are not supported yet: the expander knows only Offload's fixed forms",
	"let-syntax":                     "macros are not supported yet: the expander knows only Offload's fixed forms",
	"letrec-syntax":                  "macros are not supported yet: the expander knows only Offload's fixed forms",
	"syntax-rules":                   "macros are not supported yet: the expander knows only Offload's fixed forms",
	"display":                        "Offload has no I/O: declare an import (define-import) and let the host print",
	"write":                          "Offload has no I/O: declare an import (define-import) and let the host print",
	"newline":                        "Offload has no I/O: declare an import (define-import) and let the host print",
	"cons":                           "pairs allocate and need a collector; use a bytevector the host provides",
	"car":                            "pairs allocate and need a collector; use a bytevector the host provides",
	"cdr":                            "pairs allocate and need a collector; use a bytevector the host provides",
	"list":                           "lists allocate and need a collector; use a bytevector the host provides",
	"vector":                         "vectors allocate and need a collector; use a bytevector the host provides",
	"make-vector":                    "vectors allocate and need a collector; use a bytevector the host provides",
	"vector-ref":                     "vectors allocate and need a collector; use a bytevector the host provides",
	"make-bytevector":                "Offload never allocates; take the bytevector as an argument (the host owns the memory)",
	"bytevector-copy":                "bytevector-copy allocates; use bytevector-copy! into a bytevector you were given",
	"string":                         "strings are not part of Offload",
	"make-string":                    "strings are not part of Offload",
	"values":                         "multiple values are not supported; return one value, or write results into a bytevector",
	"call-with-values":               "multiple values are not supported",
	"let-values":                     "multiple values are not supported",
	"delay":                          "promises allocate and need a collector",
	"quasiquote":                     "quasiquote builds lists at run time, which Offload cannot",
	"exact-integer?":                 "types are fixed at compile time, so type predicates are not provided",
	"flonum?":                        "types are fixed at compile time, so type predicates are not provided",
	"fixnum?":                        "types are fixed at compile time, so type predicates are not provided",
	"fldiv-and-mod":                  "it returns two values, which Offload does not have; call fldiv and flmod",
	"fldiv0-and-mod0":                "it returns two values, which Offload does not have; call fldiv0 and flmod0",
	"div":                            "div and mod (Euclidean) are not provided; use quotient, remainder or modulo",
	"mod":                            "div and mod (Euclidean) are not provided; use quotient, remainder or modulo",
	"sqrt":                           "use flsqrt on a flonum (generic sqrt may return an exact or complex result)",
	"exp":                            "use flexp on a flonum",
	"log":                            "use fllog on a flonum",
	"sin":                            "use flsin on a flonum",
	"cos":                            "use flcos on a flonum",
	"expt":                           "use flexpt on flonums (expt on integers may need a bignum)",
	"floor":                          "use flfloor on a flonum",
	"round":                          "use flround on a flonum",
}
