package offload

import "math"

// prim emits a primitive application into dst (-1 for a void primitive).
// Operands are evaluated to registers first, so dst is written by the last
// instruction, or earlier only where nothing evaluated after that write
// reads dst (first, sumOfProducts): every read of dst's old value comes
// before its first write, which assign relies on.
func (g *gen) prim(x *ePrim, dst int) {
	p := x.prim
	var regs []int
	var temps []int
	operand := func(e expr) int {
		r, temp := g.value(e)
		if temp {
			temps = append(temps, r)
		}
		return r
	}
	defer func() {
		for _, r := range temps {
			g.release(r)
		}
	}()
	// first evaluates the first operand of an operation whose other
	// operands are rest: straight into dst when it would need a temporary
	// and no later operand reads dst, so (and (+ acc x) m) into acc's
	// register is add.i acc, acc, x; and.i acc, acc, m (no temporary, and
	// a sum of products accumulates in place). This writes dst before the
	// last instruction, which is safe for assign: nothing evaluated after
	// the write reads dst.
	first := func(e expr, rest []expr) int {
		if dst < 0 || g.direct(e) || g.regs[dst] != regClass(g.typeOf(e)) {
			return operand(e)
		}
		for _, r := range rest {
			if g.readsReg(r, dst) {
				return operand(e)
			}
		}
		g.into(e, dst)
		return dst
	}
	argT := S64
	if len(x.args) > 0 {
		argT = g.typeOf(x.args[0])
	}
	pick := func() Opcode {
		if argT == F64 {
			return p.opF
		}
		return p.opI
	}
	constOf := func(e expr) (int64, bool) {
		if k := fold(e); k != nil {
			if t, _ := k.t.get(); t == S64 {
				return k.i, true
			}
		}
		return 0, false
	}
	// chain folds an n-ary operation left to right into dst; a temporary
	// when dst is also a later operand.
	chain := func(op Opcode, regs []int) {
		out := dst
		for _, r := range regs[2:] {
			if r == dst {
				out = g.alloc(regClass(argT))
				temps = append(temps, out)
			}
		}
		g.emit(op, out, regs[0], regs[1])
		for _, r := range regs[2:] {
			g.emit(op, out, out, r)
		}
		g.move(argT, dst, out)
	}
	switch p.class {
	case cArith:
		op := pick()
		if len(x.args) == 2 && argT == S64 && (op == OpAddI || op == OpSubI) {
			// add-immediate: (+ i 1), (- i 1), (+ 1 i)
			if c, ok := constOf(x.args[1]); ok {
				if op == OpSubI {
					c = -c
				}
				if c >= math.MinInt16 && c <= math.MaxInt16 && c != math.MinInt64 {
					a := operand(x.args[0])
					g.emit(OpAddkI, dst, a, int(uint16(int16(c))))
					return
				}
			}
			if c, ok := constOf(x.args[0]); ok && op == OpAddI && c >= math.MinInt16 && c <= math.MaxInt16 {
				b := operand(x.args[1])
				g.emit(OpAddkI, dst, b, int(uint16(int16(c))))
				return
			}
		}
		if (argT == F64 && (op == OpAddF || op == OpSubF) || argT == S64 && op == OpAddI) &&
			g.sumOfProducts(x, op, dst, first, operand, &temps) {
			return
		}
		regs = append(regs, first(x.args[0], x.args[1:]))
		for _, a := range x.args[1:] {
			regs = append(regs, operand(a))
		}
		if len(regs) == 1 {
			switch op {
			case OpSubI:
				g.emit(OpNegI, dst, regs[0], 0)
			case OpSubF:
				g.emit(OpNegF, dst, regs[0], 0)
			default:
				g.move(argT, dst, regs[0])
			}
			return
		}
		chain(op, regs)
	case cDiv:
		for _, a := range x.args {
			regs = append(regs, operand(a))
		}
		if len(regs) == 1 {
			one := g.alloc(RegFlo)
			temps = append(temps, one)
			g.emit(OpLoadkF, one, g.constant(math.Float64bits(1)), 0)
			regs = []int{one, regs[0]}
		}
		chain(OpDivF, regs)
	case cWrap:
		if len(x.args) == 1 && p.opI == OpSubwI {
			// (wrapping- x) is 0 - x
			zero := g.alloc(RegInt)
			temps = append(temps, zero)
			x0 := operand(x.args[0])
			g.emit(OpLoadi, zero, 0, 0)
			g.emit(OpSubwI, dst, zero, x0)
			return
		}
		fallthrough
	case cBitNary, cMinMax:
		regs = append(regs, first(x.args[0], x.args[1:]))
		for _, a := range x.args[1:] {
			regs = append(regs, operand(a))
		}
		if len(regs) == 1 {
			g.move(argT, dst, regs[0])
			return
		}
		chain(pick(), regs)
	case cCompare:
		if len(x.args) == 2 {
			a, b := operand(x.args[0]), operand(x.args[1])
			name := compareName(p)
			float := argT == F64
			ops := map[string]Opcode{"<": OpLtI, "<=": OpLeI, "=": OpEqI}
			if float {
				ops = map[string]Opcode{"<": OpLtF, "<=": OpLeF, "=": OpEqF}
			}
			switch name {
			case ">":
				g.emit(ops["<"], dst, b, a)
			case ">=":
				g.emit(ops["<="], dst, b, a)
			default:
				g.emit(ops[name], dst, a, b)
			}
			return
		}
		g.boolInto(x, dst)
	case cSign:
		a := operand(x.args[0])
		zero := g.alloc(regClass(argT))
		temps = append(temps, zero)
		if argT == F64 {
			g.emit(OpLoadkF, zero, g.constant(0), 0)
		} else {
			g.emit(OpLoadi, zero, 0, 0)
		}
		lt, eq := OpLtI, OpEqI
		if argT == F64 {
			lt, eq = OpLtF, OpEqF
		}
		switch p.name {
		case "zero?", "fxzero?", "flzero?":
			g.emit(eq, dst, a, zero)
		case "positive?", "fxpositive?", "flpositive?":
			g.emit(lt, dst, zero, a)
		default:
			g.emit(lt, dst, a, zero)
		}
	case cParity:
		a := operand(x.args[0])
		one := g.alloc(RegInt)
		temps = append(temps, one)
		g.emit(OpLoadi, one, 1, 0)
		if p.name == "odd?" || p.name == "fxodd?" {
			g.emit(OpAndI, dst, a, one)
		} else {
			g.emit(OpAndI, one, a, one)
			g.emit(OpNotB, dst, one, 0)
		}
	case cIntBin, cFloBin:
		a := first(x.args[0], x.args[1:])
		b := operand(x.args[1])
		g.emit(pick(), dst, a, b)
	case cIntUn, cAbs, cFloUn, cFloPred:
		g.emit(pick(), dst, operand(x.args[0]), 0)
	case cAtan:
		if len(x.args) == 1 {
			g.emit(OpAtanF, dst, operand(x.args[0]), 0)
		} else {
			a, b := operand(x.args[0]), operand(x.args[1])
			g.emit(OpAtan2F, dst, a, b)
		}
	case cInexact:
		g.emit(OpItof, dst, operand(x.args[0]), 0)
	case cExact:
		g.emit(OpFtoi, dst, operand(x.args[0]), 0)
	case cNot:
		g.emit(OpNotB, dst, operand(x.args[0]), 0)
	case cFma:
		a, b, c := operand(x.args[0]), operand(x.args[1]), operand(x.args[2])
		out := dst
		if dst == a || dst == b {
			out = g.alloc(RegFlo)
			temps = append(temps, out)
		}
		g.move(F64, out, c)
		g.emit(OpFmaF, out, a, b)
		g.move(F64, dst, out)
	case cBvLen:
		g.emit(OpBvlen, dst, operand(x.args[0]), 0)
	case cLoad:
		bv := operand(x.args[0])
		if op := g.uncheckedOp(x); op != 0 {
			g.emit(op, dst, bv, g.fast.counter)
			return
		}
		if idx := g.scaledIndex(x.args[1], p.size); idx != nil && p.opX != 0 {
			g.emit(p.opX, dst, bv, operand(idx))
			return
		}
		g.emit(p.opI, dst, bv, operand(x.args[1]))
	case cStore:
		bv := operand(x.args[0])
		if op := g.uncheckedOp(x); op != 0 {
			g.emit(op, bv, g.fast.counter, operand(x.args[2]))
			return
		}
		if idx := g.scaledIndex(x.args[1], p.size); idx != nil && p.opX != 0 {
			i := operand(idx)
			g.emit(p.opX, bv, i, operand(x.args[2]))
			return
		}
		off := operand(x.args[1])
		g.emit(p.opI, bv, off, operand(x.args[2]))
	case cBvFill:
		bv := operand(x.args[0])
		g.emit(OpBvfill, bv, operand(x.args[1]), 0)
	case cBvCopy:
		// (bytevector-copy! src src-start dst dst-start k)
		src := operand(x.args[0])
		dstBV := operand(x.args[2])
		w := g.window([]ValueType{S64, S64, S64})
		g.fillWindow(w, []ValueType{S64, S64, S64}, []expr{x.args[1], x.args[3], x.args[4]})
		g.emit(OpBvcopy, dstBV, src, w)
		g.releaseWindow(w, []ValueType{S64, S64, S64})
	case cAtomicLoad:
		bv := operand(x.args[0])
		g.emit(OpAload, dst, bv, operand(x.args[1]))
	case cAtomicStore:
		bv := operand(x.args[0])
		off := operand(x.args[1])
		g.emit(OpAstore, bv, off, operand(x.args[2]))
	case cAtomicAdd:
		bv := operand(x.args[0])
		off := operand(x.args[1])
		v := operand(x.args[2])
		acc := g.alloc(RegInt)
		temps = append(temps, acc)
		g.move(S64, acc, v)
		g.emit(OpAadd, acc, bv, off)
		if dst >= 0 {
			g.move(S64, dst, acc)
		}
	case cAtomicCas:
		g.pairWindowOp(OpAcas, operand(x.args[0]), operand(x.args[1]), x.args[2], x.args[3], dst)
	case cChime:
		g.emit(OpChime, operand(x.args[0]), 0, 0)
	case cRingInit, cRingCount:
		op := OpRinginit
		if p.class == cRingCount {
			op = OpRingcount
		}
		bv := operand(x.args[0])
		if dst >= 0 {
			g.emit(op, dst, bv, 0)
		} else {
			t := g.alloc(RegInt)
			temps = append(temps, t)
			g.emit(op, t, bv, 0)
		}
	case cRingPut, cRingGet:
		// (ring-put! ring bv start count): the window holds start and
		// count and receives the result.
		op := OpRingput
		if p.class == cRingGet {
			op = OpRingget
		}
		g.pairWindowOp(op, operand(x.args[0]), operand(x.args[1]), x.args[2], x.args[3], dst)
	default:
		g.fail("internal: no code for %s", p.name)
	}
}

// product recognizes a (* y z) of type t (s64 or f64) that does not fold
// to a constant.
func (g *gen) product(e expr, t ValueType) (y, z expr, ok bool) {
	p, isPrim := e.(*ePrim)
	if !isPrim || p.prim.class != cArith || len(p.args) != 2 || g.typeOf(p) != t || fold(p) != nil ||
		(t == F64 && p.prim.opF != OpMulF) || (t == S64 && p.prim.opI != OpMulI) {
		return nil, nil, false
	}
	return p.args[0], p.args[1], true
}

// sumOfProducts emits a flonum (+ t0 t1 ...) or (- t0 t1 ...), or an
// integer (+ t0 t1 ...), where some t1... are products as
// madd.f/msub.f/madd.i (a = a +- b*c; flonums rounded, integers trapping,
// as the two operations are), with the same operand order and evaluation
// order as the plain chain. False when no term after the first is a
// product. t0 goes through first (prim), the others through operand.
func (g *gen) sumOfProducts(x *ePrim, op Opcode, dst int, first func(expr, []expr) int, operand func(expr) int, temps *[]int) bool {
	if len(x.args) < 2 {
		return false
	}
	vt := g.typeOf(x)
	any := false
	for _, a := range x.args[1:] {
		if _, _, ok := g.product(a, vt); ok {
			any = true
		}
	}
	if !any {
		return false
	}
	type term struct {
		prod    bool
		r, y, z int
	}
	terms := make([]term, len(x.args))
	for i, a := range x.args {
		if y, z, ok := g.product(a, vt); ok {
			terms[i] = term{prod: true, y: operand(y)}
			terms[i].z = operand(z)
		} else if i == 0 {
			terms[i] = term{r: first(a, x.args[1:])}
		} else {
			terms[i] = term{r: operand(a)}
		}
	}
	fused, mul := OpMaddF, OpMulF
	switch {
	case op == OpSubF:
		fused = OpMsubF
	case vt == S64:
		fused, mul = OpMaddI, OpMulI
	}
	// The first instruction is mul.f out, y0, z0 | op out, r0, r1 | out = r0
	// (a move, none when out is already r0); it consumes terms[:next].
	// Terms read after out is first written must not read it.
	next := 1
	if !terms[0].prod && !terms[1].prod {
		next = 2
	}
	after := terms[next:]
	if !terms[0].prod && terms[1].prod && dst == terms[0].r {
		after = terms[2:] // no move: the first write is term 1's madd, which reads before it writes
	}
	out := dst
	for _, t := range after {
		if (!t.prod && t.r == out) || (t.prod && (t.y == out || t.z == out)) {
			out = g.alloc(regClass(vt))
			*temps = append(*temps, out)
			break
		}
	}
	switch {
	case terms[0].prod:
		g.emit(mul, out, terms[0].y, terms[0].z)
	case !terms[1].prod:
		g.emit(op, out, terms[0].r, terms[1].r)
	default:
		g.move(vt, out, terms[0].r)
	}
	for _, t := range terms[next:] {
		if t.prod {
			g.emit(fused, out, t.y, t.z)
		} else {
			g.emit(op, out, out, t.r)
		}
	}
	g.move(vt, dst, out)
	return true
}

// scaledIndex recognizes an offset (* i size) or (* size i) and returns i,
// for the scaled load and store instructions.
func (g *gen) scaledIndex(e expr, size int) expr {
	x, ok := e.(*ePrim)
	if !ok || x.prim.class != cArith || x.prim.opI != OpMulI || len(x.args) != 2 || g.typeOf(x) != S64 {
		return nil
	}
	for i := 0; i < 2; i++ {
		if k := fold(x.args[i]); k != nil && k.i == int64(size) {
			return x.args[1-i]
		}
	}
	return nil
}

// boolInto materializes a condition as 0 or 1.
// pairWindowOp emits op for the instructions whose a operand is a window of
// two s64 slots (x, y) that also receives the s64 result (atomic-cas!,
// ring-put!, ring-get!); b and c are registers.  dst < 0 drops the result.
func (g *gen) pairWindowOp(op Opcode, b, c int, x, y expr, dst int) {
	pair := []ValueType{S64, S64}
	w := g.window(pair)
	g.fillWindow(w, pair, []expr{x, y})
	g.emit(op, w, b, c)
	if dst >= 0 {
		g.move(S64, dst, w)
	}
	g.releaseWindow(w, pair)
}

func (g *gen) boolInto(e expr, dst int) {
	f := g.newLabel()
	end := g.newLabel()
	g.branch(e, f, false)
	g.emit(OpLoadi, dst, 1, 0)
	g.jump(OpJmp, 0, 0, end)
	g.place(f)
	g.emit(OpLoadi, dst, 0, 0)
	g.place(end)
}
