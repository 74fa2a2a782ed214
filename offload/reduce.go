package offload

import (
	"math"
	"math/big"
	"sort"
)

// Strength reduction in the fast copy of a counted loop.
//
// An s64 index such as (+ (* i n) k) or (+ (* k n) j), where k is the
// loop's counter and i, j, n do not change in the loop, is linear in k:
// base + k*stride. The fast copy keeps its value in a register instead of
// recomputing it: computed once in front of the loop, then stepped by the
// stride next to the counter's own step. A loop-invariant product such as
// (* i n) is the case stride = 0: computed once.
//
// Moving arithmetic is only sound when it cannot trap, since an overflow
// must happen where it would have. So the fast copy is entered only when
// the values it depends on are small, checked by guards in front of it:
//
//	guard.i    v, 2^31, @head   for each invariant variable v the indices read,
//	guard.i    n, 2^31, @head   and the limit, when it is not a constant:
//	guard.i    k, n, @head      0 <= k < n, so 0 <= k <= n < 2^31 throughout
//	(compute each index and stride)
//	guard.i    k, n, @head      the guarded loop as before (loops.go)
//	...
//
// With every leaf known to lie in [0, 2^31), interval arithmetic bounds each
// subexpression of an index over the whole loop, the final step included;
// an index is reduced only when every bound fits in 64 bits, so neither the
// moved computation nor the stepping can overflow. Failing a guard goes on
// in the ordinary loop, which computes everything where the program says,
// traps included. The verifier needs to know none of this: the reduced
// registers are ordinary registers, and the accesses stay checked.

const smallLimit = 1 << 31 // guarded leaves lie in [0, smallLimit)

// reduction is one index the fast copy keeps in a register.
type reduction struct {
	e        *ePrim
	stride   linStride
	reg      int  // the register holding the index, while the fast copy is generated
	step     int  // a register holding the stride, or -1: addk.i by stride.coef
	ownsStep bool // step is a temporary computed in front of the loop
}

// linStride is a stride: coef * v, or coef when v is nil.
type linStride struct {
	coef int64
	v    *variable
}

// linForm is what linear finds out about an s64 expression.
type linForm struct {
	ok      bool // +, -, * over constants, small invariant variables and the counter, linear in the counter
	variant bool // mentions the counter
	stride  linStride
	lo, hi  *big.Int // bounds of its value over the loop
	muls    int      // multiplications of two non-constants in it (what reducing it saves per iteration)
	ops     int
	leaf    *variable // the invariant variable it is, if it is one
	konst   bool      // a constant
}

// reducer holds what finding reductions needs to know about one loop.
type reducer struct {
	g       *gen
	loop    *eLoop
	counter *variable
	ci      int
	nmax    int64 // the counter lies in [0, nmax]
	leaves  map[*variable]bool
	found   []*reduction
}

var (
	bigMin = big.NewInt(math.MinInt64)
	bigMax = big.NewInt(math.MaxInt64)
)

func fits64(x *big.Int) bool { return x.Cmp(bigMin) >= 0 && x.Cmp(bigMax) <= 0 }

// linear analyses e; a result with ok false cannot be reduced.
func (r *reducer) linear(e expr) linForm {
	bad := linForm{}
	if k := fold(e); k != nil {
		if t, _ := k.t.get(); t != S64 {
			return bad
		}
		v := big.NewInt(k.i)
		return linForm{ok: true, lo: v, hi: v, konst: true}
	}
	switch x := e.(type) {
	case *eVar:
		switch {
		case x.v.t.resolved() != S64:
			return bad
		case x.v == r.counter:
			return linForm{ok: true, variant: true, stride: linStride{coef: 1}, lo: big.NewInt(0), hi: big.NewInt(r.nmax)}
		case !r.g.unchanged(r.loop, x):
			return bad
		}
		return linForm{ok: true, leaf: x.v, lo: big.NewInt(0), hi: big.NewInt(smallLimit - 1)}
	case *ePrim:
		p := x.prim
		if p.class != cArith || r.g.typeOf(x) != S64 || len(x.args) == 0 {
			return bad
		}
		forms := make([]linForm, len(x.args))
		for i, a := range x.args {
			if forms[i] = r.linear(a); !forms[i].ok {
				return bad
			}
		}
		var out linForm
		switch p.opI {
		case OpAddI:
			out = forms[0]
			for _, f := range forms[1:] {
				out = addForms(out, f, 1)
			}
		case OpSubI:
			if len(forms) == 1 {
				out = addForms(linForm{ok: true, konst: true, lo: big.NewInt(0), hi: big.NewInt(0)}, forms[0], -1)
			} else {
				out = forms[0]
				for _, f := range forms[1:] {
					out = addForms(out, f, -1)
				}
			}
		case OpMulI:
			out = forms[0]
			for _, f := range forms[1:] {
				out = mulForms(out, f)
			}
		default:
			return bad
		}
		if !out.ok || !fits64(out.lo) || !fits64(out.hi) || !fitsStride(out.stride) {
			return bad
		}
		out.ops++
		return out
	}
	return bad
}

// worth: keeping the value in a register saves an instruction per
// iteration. A loop-invariant value costs none; a stepped one costs one
// (the step), so it must take two, or a multiply of two non-constants, which
// the step replaces with an add.
func (f linForm) worth() bool {
	if !f.variant {
		return f.ops >= 1
	}
	return f.ops >= 2 || f.muls >= 1
}

func fitsStride(s linStride) bool { return s.coef != math.MinInt64 }

// addForms is a + sign*b.
func addForms(a, b linForm, sign int64) linForm {
	if !a.ok || !b.ok {
		return linForm{}
	}
	out := linForm{ok: true, variant: a.variant || b.variant, muls: a.muls + b.muls, ops: a.ops + b.ops}
	bs := linStride{coef: sign * b.stride.coef, v: b.stride.v}
	switch {
	case !b.variant:
		out.stride = a.stride
	case !a.variant:
		out.stride = bs
	case a.stride.v == bs.v:
		c := new(big.Int).Add(big.NewInt(a.stride.coef), big.NewInt(bs.coef))
		if !fits64(c) {
			return linForm{}
		}
		out.stride = linStride{coef: c.Int64(), v: a.stride.v}
	default:
		return linForm{} // strides in two variables: not kept
	}
	if sign > 0 {
		out.lo = new(big.Int).Add(a.lo, b.lo)
		out.hi = new(big.Int).Add(a.hi, b.hi)
	} else {
		out.lo = new(big.Int).Sub(a.lo, b.hi)
		out.hi = new(big.Int).Sub(a.hi, b.lo)
	}
	return out
}

// mulForms is a*b: linear while at most one side mentions the counter and
// the other is a constant or a single variable.
func mulForms(a, b linForm) linForm {
	if !a.ok || !b.ok {
		return linForm{}
	}
	if b.variant {
		a, b = b, a
	}
	out := linForm{ok: true, variant: a.variant, muls: a.muls + b.muls, ops: a.ops + b.ops}
	if b.variant {
		return linForm{} // quadratic in the counter
	}
	if !a.konst && !b.konst {
		out.muls++
	}
	if a.variant {
		switch {
		case b.konst:
			c := new(big.Int).Mul(big.NewInt(a.stride.coef), b.lo)
			if !fits64(c) {
				return linForm{}
			}
			out.stride = linStride{coef: c.Int64(), v: a.stride.v}
		case b.leaf != nil && a.stride.v == nil:
			out.stride = linStride{coef: a.stride.coef, v: b.leaf}
		default:
			return linForm{}
		}
	}
	corners := []*big.Int{
		new(big.Int).Mul(a.lo, b.lo), new(big.Int).Mul(a.lo, b.hi),
		new(big.Int).Mul(a.hi, b.lo), new(big.Int).Mul(a.hi, b.hi),
	}
	out.lo, out.hi = corners[0], corners[0]
	for _, c := range corners[1:] {
		if c.Cmp(out.lo) < 0 {
			out.lo = c
		}
		if c.Cmp(out.hi) > 0 {
			out.hi = c
		}
	}
	return out
}

// collectLeaves records the invariant variables e reads.
func (r *reducer) collectLeaves(e expr) {
	walk(e, func(x expr) {
		if v, ok := x.(*eVar); ok && v.v != r.counter {
			r.leaves[v.v] = true
		}
	})
}

// visit looks for reducible indices in e, top down: an index is taken
// whole, and the index of a scaled access without its scale (the scaled
// instruction multiplies).
func (r *reducer) visit(e expr) {
	if e == nil {
		return
	}
	switch x := e.(type) {
	case *eRecur:
		for i, a := range x.args {
			if i != r.ci { // the counter's step is loopne's
				r.visit(a)
			}
		}
		return
	case *ePrim:
		if (x.prim.class == cLoad || x.prim.class == cStore) && x.prim.opX != 0 {
			if idx := r.g.scaledIndex(x.args[1], x.prim.size); idx != nil {
				for i, a := range x.args {
					if i == 1 {
						r.consider(idx)
					} else {
						r.visit(a)
					}
				}
				return
			}
		}
		r.consider(x) // which goes on into x's operands when it does not take x
		return
	}
	for _, c := range children(e) {
		r.visit(c)
	}
}

// consider takes e as a reduction when that saves work (worth), and
// otherwise looks inside.
func (r *reducer) consider(e expr) {
	x, ok := e.(*ePrim)
	if !ok {
		r.visit(e)
		return
	}
	if fold(x) != nil {
		return
	}
	f := r.linear(x)
	if !f.ok || !f.worth() || len(r.found) == maxReductions {
		for _, a := range x.args {
			r.visit(a)
		}
		return
	}
	r.found = append(r.found, &reduction{e: x, stride: f.stride, step: -1})
	r.collectLeaves(x)
}

// reductions finds the indices of c's arm worth keeping in registers.
func (g *gen) reductions(x *eLoop, c *countedLoop) []*reduction {
	nmax := int64(smallLimit - 1)
	if k := fold(c.limit); k != nil {
		if k.i < 0 {
			return nil // the fast copy never runs
		}
		nmax = k.i
	}
	r := &reducer{g: g, loop: x, counter: c.counter, ci: c.ci, nmax: nmax, leaves: map[*variable]bool{}}
	r.visit(c.arm)
	if len(r.found) > 0 {
		for v := range r.leaves {
			c.leaves = append(c.leaves, v)
		}
		// the guards come out in a fixed order: the same program, the same code
		sort.Slice(c.leaves, func(i, j int) bool {
			a, b := c.leaves[i], c.leaves[j]
			if a.pos != b.pos {
				return a.pos.Line < b.pos.Line || (a.pos.Line == b.pos.Line && a.pos.Col < b.pos.Col)
			}
			return a.name < b.name
		})
	}
	return r.found
}

// maxReductions bounds the registers and guards one loop spends on them.
const maxReductions = 8

// reducePreheader emits the range guards and computes each reduction's
// index and stride, in front of the fast copy (see the top of this file).
func (g *gen) reducePreheader(c *countedLoop, counter, limit int, head *label) {
	small := g.constReg(&eConst{node: node{t: knownT(S64)}, i: smallLimit})
	for _, v := range c.leaves {
		g.jump(OpGuardI, g.varReg(v), small, head)
	}
	if v, ok := c.limit.(*eVar); fold(c.limit) == nil && !(ok && contains(c.leaves, v.v)) {
		g.jump(OpGuardI, limit, small, head)
	}
	g.jump(OpGuardI, counter, limit, head)
	for _, rd := range c.reductions {
		rd.reg = g.alloc(RegInt)
		g.into(rd.e, rd.reg)
		s := rd.stride
		switch {
		case s.v == nil && s.coef >= math.MinInt16 && s.coef <= math.MaxInt16:
			rd.step = -1
		case s.v == nil:
			rd.step = g.constReg(&eConst{node: node{t: knownT(S64)}, i: s.coef})
		case s.coef == 1:
			rd.step = g.varReg(s.v)
		default:
			rd.step, rd.ownsStep = g.alloc(RegInt), true
			g.emit(OpMulI, rd.step, g.varReg(s.v), g.constReg(&eConst{node: node{t: knownT(S64)}, i: s.coef}))
		}
	}
}

// reduceStep steps each reduced index with the counter (fastRecur).
func (g *gen) reduceStep(c *countedLoop) {
	for _, rd := range c.reductions {
		switch {
		case rd.step >= 0:
			g.emit(OpAddI, rd.reg, rd.reg, rd.step)
		case rd.stride.coef != 0:
			g.emit(OpAddkI, rd.reg, rd.reg, int(uint16(int16(rd.stride.coef))))
		}
	}
}

// reduceRelease frees the reductions' registers after the fast copy.
func (g *gen) reduceRelease(c *countedLoop) {
	for _, rd := range c.reductions {
		g.release(rd.reg)
		if rd.ownsStep {
			g.release(rd.step)
		}
	}
}

// reduced is the register holding e in the fast copy being generated, if e
// is one of its reductions.
func (g *gen) reduced(e expr) (int, bool) {
	f := g.fast
	if f == nil || f.closed {
		return 0, false
	}
	for _, rd := range f.c.reductions {
		if rd.e == e {
			return rd.reg, true
		}
	}
	return 0, false
}

func contains(vs []*variable, v *variable) bool {
	for _, w := range vs {
		if w == v {
			return true
		}
	}
	return false
}
