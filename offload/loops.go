package offload

// Guarded loops: bounds checks hoisted out of innermost counted loops.
//
// A loop of the shape
//
//	(let loop ((i start) ...)
//	  (if (= i n) exit
//	      (... (bytevector-u8-ref bv i) ... (bytevector-ieee-double-native-ref fv (* i 8)) ...
//	           (loop (+ i 1) ...))))
//
// (or with (< i n), (> n i), (>= i n) as its test) where n and the
// bytevectors are not changed by the loop, gets a second, fast copy of its
// continuing arm in front of it:
//
//	guard.i    i, n, @head      0 <= i < n, else the ordinary loop
//	guard.bv1  bv, n, @head     n bytes fit bv, else the ordinary loop
//	guard.bv8  fv, n, @head     n doubles fit fv, else the ordinary loop
//	s: the arm, with unchecked accesses at i
//	loopne.i   i, n, @s
//	jmp        @head            i = n: the ordinary loop takes the exit
//	head: the ordinary loop, every access checked
//
// The fast copy runs only while every access at i is in bounds, and hands
// over to the ordinary loop before the first one that would not be, so
// traps happen where they would have. The verifier proves the shape again
// (offload_c/verify.c) before it accepts an unchecked access; this side
// only has to produce it.

// countedLoop is what the compiler knows about a loop it can guard.
type countedLoop struct {
	counter *variable
	ci      int  // the counter's index among the loop's variables
	limit   expr // a constant, an unchanged s64 variable or (bytevector-length bv)
	arm     expr // the branch of the test that continues the loop
	guards  []accessGuard
	// indices kept in registers (reduce.go), and the variables they read
	reductions []*reduction
	leaves     []*variable
}

// accessGuard is a bytevector the arm accesses at the counter, with its
// element size (1: u8 loads; 8: double loads and stores).
type accessGuard struct {
	bv   *variable
	size int
}

const maxGuards = 8 // as GUARDS_MAX in verify.c

// fastLoop is the state while the fast copy of a loop is generated.
type fastLoop struct {
	loop    *eLoop
	c       *countedLoop
	counter int // registers
	limit   int
	start   *label // s
	head    *label // the ordinary loop
	closed  bool   // the loopne is out: later code is outside the guarded body
}

// counted recognizes a loop it can guard; nil when it cannot.
func (g *gen) counted(x *eLoop) *countedLoop {
	test, ok := x.body.(*eIf)
	if !ok || test.els == nil {
		return nil
	}
	cmp, ok := test.c.(*ePrim)
	if !ok || cmp.prim.class != cCompare || len(cmp.args) != 2 || g.typeOf(cmp.args[0]) != S64 {
		return nil
	}
	counterOf := func(e expr) (int, bool) {
		if v, ok := e.(*eVar); ok && !v.v.mutated {
			for i, lv := range x.vars {
				if lv == v.v {
					return i, true
				}
			}
		}
		return 0, false
	}
	// which operand must be the counter, and which arm continues
	var ci int
	var limit, arm expr
	a, b := cmp.args[0], cmp.args[1]
	name := compareName(cmp.prim)
	if name == ">" || name == "<=" { // (> n i) is (< i n), (<= n i) is (>= i n)
		a, b, name = b, a, swapped[name]
	}
	switch name {
	case "=":
		if i, ok := counterOf(a); ok {
			ci, limit = i, b
		} else if i, ok := counterOf(b); ok {
			ci, limit = i, a
		} else {
			return nil
		}
		arm = test.els
	case "<", ">=": // (< i n): continue when true; (>= i n): exit when true
		i, ok := counterOf(a)
		if !ok {
			return nil
		}
		ci, limit, arm = i, b, test.then
		if name == ">=" {
			arm = test.els
		}
	default:
		return nil
	}
	c := &countedLoop{counter: x.vars[ci], ci: ci, limit: limit, arm: arm}
	if !g.unchanged(x, limit) {
		return nil
	}
	// the arm: one way back, (loop (+ i 1) ...), no other loop, no call
	recurs := 0
	fits := true
	walk(arm, func(e expr) {
		switch y := e.(type) {
		case *eRecur:
			if y.loop != x || !isIncrement(y.args[ci], c.counter) {
				fits = false
			}
			recurs++
		case *eLoop, *eCall, *eImport:
			fits = false
		case *ePrim:
			if gd, ok := g.guardable(y, x, c.counter); ok {
				for _, have := range c.guards {
					if have == gd {
						return
					}
				}
				c.guards = append(c.guards, gd)
			}
		}
	})
	if !fits || recurs != 1 || len(c.guards) > maxGuards {
		return nil
	}
	c.reductions = g.reductions(x, c)
	if len(c.guards) == 0 && len(c.reductions) == 0 {
		return nil // nothing to gain from a fast copy
	}
	return c
}

// unchanged: e is a constant, or an s64 variable or the length of a
// bytevector variable that the loop x does not bind (nor anything inside
// it) and nothing assigns.
func (g *gen) unchanged(x *eLoop, e expr) bool {
	if fold(e) != nil {
		return true
	}
	if p, ok := e.(*ePrim); ok && p.prim.class == cBvLen {
		e = p.args[0]
	}
	v, ok := e.(*eVar)
	if !ok || v.v.mutated || g.boundWithin(x)[v.v] {
		return false
	}
	for _, lv := range x.vars {
		if lv == v.v {
			return false
		}
	}
	return true
}

// boundWithin is the set of variables bound inside loop x's body: they
// change from one iteration to the next, whatever else is true of them.
func (g *gen) boundWithin(x *eLoop) map[*variable]bool {
	if s, ok := g.inner[x]; ok {
		return s
	}
	s := map[*variable]bool{}
	walk(x.body, func(e expr) {
		switch y := e.(type) {
		case *eLet:
			for _, v := range y.vars {
				s[v] = true
			}
		case *eLoop:
			for _, v := range y.vars {
				s[v] = true
			}
		}
	})
	if g.inner == nil {
		g.inner = map[*eLoop]map[*variable]bool{}
	}
	g.inner[x] = s
	return s
}

// isIncrement: e is (+ v 1) or (+ 1 v).
func isIncrement(e expr, v *variable) bool {
	p, ok := e.(*ePrim)
	if !ok || p.prim.class != cArith || p.prim.opI != OpAddI || len(p.args) != 2 {
		return false
	}
	for i := 0; i < 2; i++ {
		if w, ok := p.args[i].(*eVar); ok && w.v == v {
			if k := fold(p.args[1-i]); k != nil && k.i == 1 {
				return true
			}
		}
	}
	return false
}

// guardable: x accesses an unchanged bytevector at the counter with an
// instruction that has an unchecked form.
func (g *gen) guardable(x *ePrim, loop *eLoop, counter *variable) (accessGuard, bool) {
	p := x.prim
	if p.class != cLoad && p.class != cStore {
		return accessGuard{}, false
	}
	bv, ok := x.args[0].(*eVar)
	if !ok || !g.unchanged(loop, bv) {
		return accessGuard{}, false
	}
	isCounter := func(e expr) bool {
		v, ok := e.(*eVar)
		return ok && v.v == counter
	}
	switch {
	case p.class == cLoad && p.opI == OpLdU8 && isCounter(x.args[1]):
		return accessGuard{bv.v, 1}, true
	case (p.opX == OpLdxF64 || p.opX == OpStxF64) && isCounter(g.scaledIndex(x.args[1], 8)):
		return accessGuard{bv.v, 8}, true
	}
	return accessGuard{}, false
}

// uncheckedOp is the unchecked instruction for x inside the guarded body
// being generated, or 0.
func (g *gen) uncheckedOp(x *ePrim) Opcode {
	f := g.fast
	if f == nil || f.closed {
		return 0
	}
	gd, ok := g.guardable(x, f.loop, f.c.counter)
	if !ok {
		return 0
	}
	for _, have := range f.c.guards {
		if have == gd {
			switch {
			case x.prim.opI == OpLdU8:
				return OpLduU8
			case x.prim.opX == OpLdxF64:
				return OpLdxuF64
			default:
				return OpStxuF64
			}
		}
	}
	return 0
}

// guardedCopy emits the guards and the fast copy of c's arm, in front of
// the ordinary loop at head. info holds the loop variables' registers.
func (g *gen) guardedCopy(x *eLoop, c *countedLoop, info *loopInfo, head *label, k cont) {
	counter := info.regs[c.ci]
	limit, temp := g.value(c.limit)
	if len(c.reductions) > 0 {
		g.reducePreheader(c, counter, limit, head)
	}
	g.jump(OpGuardI, counter, limit, head)
	for _, gd := range c.guards {
		op := OpGuardBv8
		if gd.size == 1 {
			op = OpGuardBv1
		}
		g.jump(op, g.varReg(gd.bv), limit, head)
	}
	f := &fastLoop{loop: x, c: c, counter: counter, limit: limit, start: g.newLabel(), head: head}
	g.place(f.start)
	g.fast = f
	g.compile(c.arm, k)
	g.fast = nil
	g.reduceRelease(c)
	if temp {
		g.release(limit)
	}
}

// fastRecur is the way back in the fast copy: the other variables are
// assigned, then loopne counts and jumps back while the counter is below
// the limit; at the limit the ordinary loop takes over (and exits).
func (g *gen) fastRecur(x *eRecur) {
	f := g.fast
	info := g.loops[x.loop]
	var vars []*variable
	var regs []int
	var args []expr
	for i, v := range x.loop.vars {
		if i != f.c.ci {
			vars = append(vars, v)
			regs = append(regs, info.regs[i])
			args = append(args, x.args[i])
		}
	}
	g.assign(vars, regs, args)
	g.reduceStep(f.c)
	g.jump(OpLoopneI, f.counter, f.limit, f.start)
	f.closed = true
	g.jump(OpJmp, 0, 0, f.head)
}
