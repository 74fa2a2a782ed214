package offload

import (
	"math"
	"math/bits"
)

// fold evaluates e at compile time when it is a constant expression: a
// literal, or a primitive whose arguments fold and whose result is exactly
// what the interpreter would compute. It returns nil otherwise — and also
// when the operation would trap, so the trap still happens at run time
// where Scheme would raise it. Transcendental functions are never folded:
// the interpreter calls libm, and Go's math package may differ from it in
// the last bit.
func fold(e expr) *eConst {
	n := e.base()
	switch n.folded {
	case foldConstant:
		return n.k
	case foldNot:
		return nil
	}
	k := foldUncached(e)
	// Remembered once e's type is known: until then a constant may not
	// look like one yet.
	if n.t != nil {
		if _, known := n.t.get(); known {
			n.folded, n.k = foldNot, k
			if k != nil {
				n.folded = foldConstant
			}
		}
	}
	return k
}

func foldUncached(e expr) *eConst {
	switch x := e.(type) {
	case *eConst:
		return x
	case *eIf:
		c := fold(x.c)
		if c == nil {
			return nil
		}
		if c.i != 0 {
			return fold(x.then)
		}
		if x.els == nil {
			return nil
		}
		return fold(x.els)
	case *ePrim:
		return foldPrim(x)
	}
	return nil
}

func foldPrim(x *ePrim) *eConst {
	p := x.prim
	if p.effect {
		return nil
	}
	ks := make([]*eConst, len(x.args))
	for i, a := range x.args {
		if ks[i] = fold(a); ks[i] == nil {
			return nil
		}
	}
	ty, ok := x.t.get()
	if !ok {
		return nil
	}
	argT, _ := ks[0].t.get()
	out := &eConst{node: node{p: x.p, t: knownT(ty)}}
	boolean := func(b bool) *eConst {
		if b {
			out.i = 1
		}
		return out
	}
	switch p.class {
	case cArith:
		if argT == F64 {
			v := ks[0].f
			if len(ks) == 1 && p.opF == OpSubF {
				v = -v
			}
			for _, k := range ks[1:] {
				switch p.opF {
				case OpAddF:
					v += k.f
				case OpSubF:
					v -= k.f
				case OpMulF:
					v *= k.f
				}
			}
			out.f = v
			return out
		}
		v := ks[0].i
		if len(ks) == 1 && p.opI == OpSubI {
			if v == math.MinInt64 {
				return nil
			}
			v = -v
		}
		for _, k := range ks[1:] {
			var r int64
			var overflow bool
			switch p.opI {
			case OpAddI:
				r = v + k.i
				overflow = (v >= 0) == (k.i >= 0) && (r >= 0) != (v >= 0)
			case OpSubI:
				r = v - k.i
				overflow = (v >= 0) != (k.i >= 0) && (r >= 0) != (v >= 0)
			case OpMulI:
				hi, lo := bits.Mul64(uint64(abs64(v)), uint64(abs64(k.i)))
				neg := (v < 0) != (k.i < 0)
				overflow = v == math.MinInt64 || k.i == math.MinInt64 || hi != 0 || lo > math.MaxInt64
				if v == 0 || k.i == 0 {
					overflow = false
				}
				r = int64(lo)
				if neg {
					r = -r
				}
			}
			if overflow {
				return nil
			}
			v = r
		}
		out.i = v
		return out
	case cDiv:
		v := ks[0].f
		if len(ks) == 1 {
			v = 1 / v
		}
		for _, k := range ks[1:] {
			v /= k.f
		}
		out.f = v
		return out
	case cCompare:
		for i := 0; i+1 < len(ks); i++ {
			var r bool
			a, b := ks[i], ks[i+1]
			name := p.name
			switch {
			case name == "=" || name == "fx=?" || name == "fl=?":
				r = a.i == b.i
				if argT == F64 {
					r = a.f == b.f
				}
			case name == "<" || name == "fx<?" || name == "fl<?":
				r = a.i < b.i
				if argT == F64 {
					r = a.f < b.f
				}
			case name == ">" || name == "fx>?" || name == "fl>?":
				r = a.i > b.i
				if argT == F64 {
					r = a.f > b.f
				}
			case name == "<=" || name == "fx<=?" || name == "fl<=?":
				r = a.i <= b.i
				if argT == F64 {
					r = a.f <= b.f
				}
			default:
				r = a.i >= b.i
				if argT == F64 {
					r = a.f >= b.f
				}
			}
			if !r {
				return boolean(false)
			}
		}
		return boolean(true)
	case cNot:
		return boolean(ks[0].i == 0)
	case cInexact:
		out.f = float64(ks[0].i)
		return out
	case cBitNary:
		v := ks[0].i
		for _, k := range ks[1:] {
			switch p.opI {
			case OpAndI:
				v &= k.i
			case OpIorI:
				v |= k.i
			case OpXorI:
				v ^= k.i
			}
		}
		out.i = v
		return out
	case cWrap:
		v := ks[0].i
		if len(ks) == 1 && p.opI == OpSubwI {
			v = -v
		}
		for _, k := range ks[1:] {
			switch p.opI {
			case OpAddwI:
				v += k.i
			case OpSubwI:
				v -= k.i
			case OpMulwI:
				v *= k.i
			}
		}
		out.i = v
		return out
	case cIntUn:
		if p.opI == OpNotI {
			out.i = ^ks[0].i
		} else if v := ks[0].i; v >= 0 {
			out.i = int64(bits.OnesCount64(uint64(v)))
		} else {
			out.i = -int64(bits.OnesCount64(^uint64(v))) - 1
		}
		return out
	case cFloUn:
		v := ks[0].f
		switch p.opF {
		case OpSqrtF:
			out.f = math.Sqrt(v)
		case OpFloorF:
			out.f = math.Floor(v)
		case OpCeilF:
			out.f = math.Ceil(v)
		case OpTruncF:
			out.f = math.Trunc(v)
		case OpRoundF:
			out.f = math.RoundToEven(v)
		default:
			return nil
		}
		return out
	}
	return nil
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
