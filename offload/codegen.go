package offload

import (
	"math"
)

// Code generation: one Function per procedure. Registers are typed for the
// whole function (the verifier's rule), so each class (int, flonum,
// bytevector pair, chime) has its own free list; variables hold a register
// for their scope and temporaries are released as soon as they are read.

type contKind int

const (
	kRet    contKind = iota // return the value
	kReg                    // leave the value in dst
	kEffect                 // evaluate for effect only
)

type cont struct {
	kind contKind
	dst  int
	exit *label // after the value is produced, jump here (nil: fall through)
}

type label struct {
	pc   int // -1 until placed
	refs []int
}

type loopInfo struct {
	head *label
	regs []int
}

type gen struct {
	ps     *parser
	bc     *Bytecode
	consts map[uint64]int
	p      *proc
	fi     int
	regs   []RegType
	used   []bool
	regOf  map[*variable]int
	code   []Instruction
	pos    Pos
	lastDP Pos
	loops  map[*eLoop]*loopInfo
	start  *label
	result ValueType
	// constants read as operands live in registers loaded once, by a
	// prologue placed in front of the body when the function is done
	constRegs map[[2]uint64]int
	unpatched map[int]bool // jumps whose label is not placed yet
	prologue  []Instruction
	lenRegs   map[*variable]int             // (bytevector-length v) of a parameter, loaded by the prologue
	labelAt   int                           // where the last label was placed
	fast      *fastLoop                     // generating a guarded loop's fast copy (loops.go)
	inner     map[*eLoop]map[*variable]bool // boundWithin's answers
}

func regClass(t ValueType) RegType {
	switch t {
	case F64:
		return RegFlo
	case Bytevector:
		return RegBV
	case Chime:
		return RegChime
	}
	return RegInt
}

func (g *gen) fail(format string, args ...any) { g.ps.fail(g.pos, format, args...) }

func (g *gen) emit(op Opcode, a, b, c int) int {
	for _, x := range []int{a, b, c} {
		if x < 0 || x > math.MaxUint16 {
			g.fail("internal: operand %d out of range for %s", x, op)
		}
	}
	if len(g.code) >= 65535 {
		g.fail("the procedure %s is too large (more than 65535 instructions); split it", displayName(g.p))
	}
	if g.pos != g.lastDP && g.pos.Line > 0 {
		g.bc.Debug = append(g.bc.Debug, DebugRecord{uint32(g.fi), uint32(len(g.code)), uint32(g.pos.Line), uint32(g.pos.Col)})
		g.lastDP = g.pos
	}
	g.code = append(g.code, Instruction{op, uint16(a), uint16(b), uint16(c)})
	return len(g.code) - 1
}

func (g *gen) newLabel() *label { return &label{pc: -1} }

func (g *gen) place(l *label) {
	l.pc = len(g.code)
	g.labelAt = l.pc
	for _, r := range l.refs {
		g.patch(r, l.pc)
		delete(g.unpatched, r)
	}
}

func (g *gen) patch(at, pc int) {
	in := &g.code[at]
	if in.Op == OpJmp {
		in.A = uint16(pc)
	} else {
		in.C = uint16(pc)
	}
}

// loopBack jumps back to a loop head. When the head is a conditional
// branch, the test is repeated here instead (rotating the loop): one
// dispatch per iteration instead of two. A branch whose target is known
// (into the body) is repeated as it is; one whose target is not yet (the
// loop's exit, with the body after it) is repeated negated, into the body,
// and the loop leaves through the head.
func (g *gen) loopBack(head *label) {
	h := head.pc
	if h < len(g.code) {
		in := g.code[h]
		if info := opInfo[in.Op]; info.flags&flagBranch != 0 && in.Op != OpJmp {
			if !g.unpatched[h] {
				if !g.fuseCount(in) {
					g.emit(in.Op, int(in.A), int(in.B), int(in.C))
				}
				g.jump(OpJmp, 0, 0, &label{pc: h + 1})
				return
			}
			if neg, ok := negated(in); ok {
				neg.C = uint16(h + 1)
				if !g.fuseCount(neg) {
					g.emit(neg.Op, int(neg.A), int(neg.B), int(neg.C))
				}
				g.jump(OpJmp, 0, 0, head)
				return
			}
		}
	}
	g.jump(OpJmp, 0, 0, head)
}

// negated is the integer branch taken exactly when in is not; flonum
// branches have none (with a NaN, neither a < b nor b <= a holds).
func negated(in Instruction) (Instruction, bool) {
	swapped := map[Opcode]Opcode{OpJltI: OpJleI, OpJleI: OpJltI}
	same := map[Opcode]Opcode{OpJeqI: OpJneI, OpJneI: OpJeqI, OpJt: OpJf, OpJf: OpJt, OpJeqkI: OpJnekI,
		OpJnekI: OpJeqkI, OpJltkI: OpJgekI, OpJgekI: OpJltkI, OpJlekI: OpJgtkI, OpJgtkI: OpJlekI}
	if op, ok := swapped[in.Op]; ok {
		return Instruction{op, in.B, in.A, in.C}, true
	}
	if op, ok := same[in.Op]; ok {
		return Instruction{op, in.A, in.B, in.C}, true
	}
	return in, false
}

// fuseCount turns the counter step `addk.i i, i, 1` just emitted and the
// loop's repeated head branch (i != n, or i < n) into one loopne.i/looplt.i.
// Nothing may jump to the branch's place (a label placed there).
func (g *gen) fuseCount(head Instruction) bool {
	n := len(g.code)
	if n == 0 || g.labelAt == n {
		return false
	}
	last := &g.code[n-1]
	if last.Op != OpAddkI || last.A != last.B || int16(last.C) != 1 {
		return false
	}
	i := last.A
	switch {
	case head.Op == OpJneI && head.A == i:
		*last = Instruction{OpLoopneI, i, head.B, head.C}
	case head.Op == OpJneI && head.B == i:
		*last = Instruction{OpLoopneI, i, head.A, head.C}
	case head.Op == OpJltI && head.A == i:
		*last = Instruction{OpLoopltI, i, head.B, head.C}
	default:
		return false
	}
	return true
}

// jump emits op with a jump target l.
func (g *gen) jump(op Opcode, a, b int, l *label) {
	var at int
	if op == OpJmp {
		at = g.emit(op, 0, 0, 0)
	} else {
		at = g.emit(op, a, b, 0)
	}
	if l.pc >= 0 {
		g.patch(at, l.pc)
	} else {
		l.refs = append(l.refs, at)
		if g.unpatched == nil {
			g.unpatched = map[int]bool{}
		}
		g.unpatched[at] = true
	}
}

// ---- registers ----

func (g *gen) alloc(t RegType) int {
	width := 1
	if t == RegBV {
		width = 2
	}
	for r := 0; r+width <= len(g.regs); r++ {
		if g.regs[r] == t && !g.used[r] && (width == 1 || !g.used[r+1]) {
			g.used[r] = true
			if width == 2 {
				g.used[r+1] = true
			}
			return r
		}
	}
	return g.grow(t)
}

func (g *gen) grow(t RegType) int {
	r := len(g.regs)
	if r+2 > 4096 {
		g.fail("the procedure %s needs more than 4096 registers; split it", displayName(g.p))
	}
	g.regs = append(g.regs, t)
	g.used = append(g.used, true)
	if t == RegBV {
		g.regs = append(g.regs, RegLen)
		g.used = append(g.used, true)
	}
	return r
}

func (g *gen) release(r int) {
	g.used[r] = false
	if g.regs[r] == RegBV {
		g.used[r+1] = false
	}
}

// window allocates consecutive registers for a call's arguments.
func (g *gen) window(types []ValueType) int {
	var want []RegType
	for _, t := range types {
		c := regClass(t)
		want = append(want, c)
		if c == RegBV {
			want = append(want, RegLen)
		}
	}
	if len(want) == 0 {
		return 0
	}
	for s := 0; s+len(want) <= len(g.regs); s++ {
		ok := true
		for i, t := range want {
			if g.regs[s+i] != t || g.used[s+i] {
				ok = false
				break
			}
		}
		if ok {
			for i := range want {
				g.used[s+i] = true
			}
			return s
		}
	}
	s := len(g.regs)
	for _, t := range want {
		if t == RegLen {
			continue
		}
		g.grow(t)
	}
	return s
}

func (g *gen) releaseWindow(base int, types []ValueType) {
	r := base
	for _, t := range types {
		g.release(r)
		r += t.slots()
	}
}

func (g *gen) typeOf(e expr) ValueType { return e.base().t.resolved() }

// ---- constants ----

func (g *gen) constant(bits uint64) int {
	if k, ok := g.consts[bits]; ok {
		return k
	}
	if len(g.bc.Consts) >= 65536 {
		g.fail("the program has more than 65536 distinct constants")
	}
	k := len(g.bc.Consts)
	g.bc.Consts = append(g.bc.Consts, bits)
	g.consts[bits] = k
	return k
}

func (g *gen) loadConst(k *eConst, dst int) {
	if t, _ := k.t.get(); t == F64 {
		g.emit(OpLoadkF, dst, g.constant(math.Float64bits(k.f)), 0)
		return
	}
	if k.i >= math.MinInt16 && k.i <= math.MaxInt16 {
		g.emit(OpLoadi, dst, int(uint16(int16(k.i))), 0)
		return
	}
	g.emit(OpLoadkI, dst, g.constant(uint64(k.i)), 0)
}

// constReg is a register holding k for the whole function.
func (g *gen) constReg(k *eConst) int {
	t, _ := k.t.get()
	bits := uint64(k.i)
	if t == F64 {
		bits = math.Float64bits(k.f)
	}
	key := [2]uint64{uint64(regClass(t)), bits}
	if r, ok := g.constRegs[key]; ok {
		return r
	}
	r := g.grow(regClass(t))
	g.constRegs[key] = r
	saved := g.code
	g.code = nil
	savedPos := g.pos
	g.pos = Pos{} // no debug record for the prologue
	g.loadConst(k, r)
	g.prologue = append(g.prologue, g.code...)
	g.code = saved
	g.pos = savedPos
	return r
}

// paramLength gives a register holding (bytevector-length p) for the whole
// function, when p is a parameter nothing assigns: loop tests read it every
// iteration, and it cannot change.
func (g *gen) paramLength(e expr) (int, bool) {
	x, ok := e.(*ePrim)
	if !ok || x.prim.class != cBvLen {
		return 0, false
	}
	v, ok := x.args[0].(*eVar)
	if !ok || v.v.mutated {
		return 0, false
	}
	param := false
	for _, p := range append(append([]*variable(nil), g.p.params...), g.p.free...) {
		param = param || p == v.v
	}
	if !param {
		return 0, false
	}
	if r, ok := g.lenRegs[v.v]; ok {
		return r, true
	}
	r := g.grow(RegInt)
	if g.lenRegs == nil {
		g.lenRegs = map[*variable]int{}
	}
	g.lenRegs[v.v] = r
	g.prologue = append(g.prologue, Instruction{OpBvlen, uint16(r), uint16(g.varReg(v.v)), 0})
	return r, true
}

// finish puts the prologue in front of the body, moving every jump target
// and debug record by its length.
func (g *gen) finish(debugFrom int) {
	n := len(g.prologue)
	if n == 0 {
		return
	}
	if n+len(g.code) > 65535 {
		g.fail("the procedure %s is too large (more than 65535 instructions); split it", displayName(g.p))
	}
	for i := range g.code {
		in := &g.code[i]
		kinds := opInfo[in.Op].kinds
		for f, x := range []*uint16{&in.A, &in.B, &in.C} {
			if kinds[f] == kindJ {
				*x += uint16(n)
			}
		}
	}
	g.code = append(g.prologue, g.code...)
	for i := debugFrom; i < len(g.bc.Debug); i++ {
		g.bc.Debug[i].PC += uint32(n)
	}
}

func (g *gen) move(t ValueType, dst, src int) {
	if dst == src {
		return
	}
	switch regClass(t) {
	case RegInt:
		g.emit(OpMovI, dst, src, 0)
	case RegFlo:
		g.emit(OpMovF, dst, src, 0)
	case RegBV:
		g.emit(OpMovB, dst, src, 0)
	case RegChime:
		g.emit(OpMovC, dst, src, 0)
	}
}

// ---- expressions ----

// value gives a register holding e: a variable's own register, or a
// temporary the caller must release.
func (g *gen) value(e expr) (int, bool) {
	if v, ok := e.(*eVar); ok {
		return g.varReg(v.v), false
	}
	if k := fold(e); k != nil {
		return g.constReg(k), false
	}
	if r, ok := g.paramLength(e); ok {
		return r, false
	}
	if r, ok := g.reduced(e); ok {
		return r, false
	}
	r := g.alloc(regClass(g.typeOf(e)))
	g.into(e, r)
	return r, true
}

// direct says whether value gives e a register of its own, with no code
// and no temporary.
func (g *gen) direct(e expr) bool {
	if _, ok := e.(*eVar); ok {
		return true
	}
	if fold(e) != nil {
		return true
	}
	if _, ok := g.paramLength(e); ok {
		return true
	}
	_, ok := g.reduced(e)
	return ok
}

// readsReg says whether evaluating e may read register r: a variable in r
// that e reads, sets, or passes to a lifted procedure. Variables without a
// register yet are bound inside e and get fresh ones.
func (g *gen) readsReg(e expr, r int) bool {
	in := func(v *variable) bool {
		vr, ok := g.regOf[v]
		return ok && (vr == r || (g.regs[vr] == RegBV && vr+1 == r))
	}
	found := false
	walk(e, func(x expr) {
		switch y := x.(type) {
		case *eVar:
			found = found || in(y.v)
		case *eSet:
			found = found || in(y.v)
		case *eCall:
			for _, f := range y.free {
				found = found || in(f)
			}
		}
	})
	return found
}

func (g *gen) varReg(v *variable) int {
	r, ok := g.regOf[v]
	if !ok {
		g.fail("internal: variable %s has no register in %s", v.name, g.p.name)
	}
	return r
}

func (g *gen) into(e expr, dst int) { g.compile(e, cont{kind: kReg, dst: dst}) }
func (g *gen) effect(e expr)        { g.compile(e, cont{kind: kEffect}) }

func (g *gen) done(k cont) {
	if k.exit != nil {
		g.jump(OpJmp, 0, 0, k.exit)
	}
}

func (g *gen) ret(r int, t ValueType) {
	switch {
	case g.result == Void:
		g.emit(OpRetV, 0, 0, 0)
	case t == F64:
		g.emit(OpRetF, r, 0, 0)
	default:
		g.emit(OpRetI, r, 0, 0)
	}
}

func (g *gen) compile(e expr, k cont) {
	saved := g.pos
	g.pos = e.base().p
	defer func() { g.pos = saved }()
	switch x := e.(type) {
	case *eIf:
		g.compileIf(x, k)
		return
	case *eSeq:
		if len(x.es) == 0 {
			if k.kind == kRet {
				g.ret(0, Void)
			} else {
				g.done(k)
			}
			return
		}
		for _, s := range x.es[:len(x.es)-1] {
			g.effect(s)
		}
		g.compile(x.es[len(x.es)-1], k)
		return
	case *eLet:
		var regs []int
		for i, v := range x.vars {
			r := g.alloc(regClass(v.t.resolved()))
			g.into(x.inits[i], r)
			regs = append(regs, r)
		}
		for i, v := range x.vars {
			g.regOf[v] = regs[i]
		}
		g.compile(x.body, k)
		for _, r := range regs {
			g.release(r)
		}
		return
	case *eLoop:
		g.compileLoop(x, k)
		return
	case *eRecur:
		if g.fast != nil && x.loop == g.fast.loop && !g.fast.closed {
			g.fastRecur(x)
			return
		}
		info := g.loops[x.loop]
		g.assign(x.loop.vars, info.regs, x.args)
		g.loopBack(info.head)
		return
	case *eCall:
		if k.kind == kRet && (g.result != Void || x.proc.result.resolved() == Void) {
			g.tailCall(x)
			return
		}
	}
	// a value-producing expression
	t := g.typeOf(e)
	switch k.kind {
	case kRet:
		if g.result == Void || t == Void {
			g.effect(e)
			g.ret(0, Void)
			return
		}
		r, temp := g.value(e)
		g.ret(r, t)
		if temp {
			g.release(r)
		}
	case kReg:
		if t == Void {
			g.fail("this expression has no value, but one is needed here")
		}
		g.produce(e, k.dst)
		g.done(k)
	case kEffect:
		switch x := e.(type) {
		case *eConst, *eVar:
		case *eSet:
			g.into(x.val, g.varReg(x.v))
		case *ePrim:
			if t == Void {
				g.prim(x, -1)
			} else if x.prim.effect || hasCall(x) {
				r := g.alloc(regClass(t))
				g.prim(x, r)
				g.release(r)
			}
		default:
			if t == Void {
				g.produce(e, -1)
			} else {
				r := g.alloc(regClass(t))
				g.produce(e, r)
				g.release(r)
			}
		}
		g.done(k)
	}
}

// hasCall: evaluating e may call a procedure or import (so it cannot be
// dropped even when its value is unused: it may have effects or trap).
func hasCall(e expr) bool {
	found := false
	walk(e, func(x expr) {
		switch y := x.(type) {
		case *eCall, *eImport, *eSet:
			found = true
		case *ePrim:
			if y.prim.effect {
				found = true
			}
		}
	})
	return found
}

func walk(e expr, f func(expr)) {
	if e == nil {
		return
	}
	f(e)
	for _, c := range children(e) {
		walk(c, f)
	}
}

// children are e's subexpressions in evaluation order (nil ones left out).
func children(e expr) []expr {
	var out []expr
	add := func(es ...expr) {
		for _, c := range es {
			if c != nil {
				out = append(out, c)
			}
		}
	}
	switch x := e.(type) {
	case *eSet:
		add(x.val)
	case *eIf:
		add(x.c, x.then, x.els)
	case *eSeq:
		add(x.es...)
	case *eLet:
		add(x.inits...)
		add(x.body)
	case *eLoop:
		add(x.inits...)
		add(x.body)
	case *eRecur:
		add(x.args...)
	case *eCall:
		add(x.args...)
	case *eImport:
		add(x.args...)
	case *ePrim:
		add(x.args...)
	}
	return out
}

// reads: evaluating e may read v (a lifted callee reads its free variables).
func reads(e expr, v *variable) bool {
	found := false
	walk(e, func(x expr) {
		switch y := x.(type) {
		case *eVar:
			if y.v == v {
				found = true
			}
		case *eSet:
			if y.v == v {
				found = true
			}
		case *eCall:
			for _, f := range y.free {
				if f == v {
					found = true
				}
			}
		}
	})
	return found
}

// produce computes a value-producing expression into dst (-1: void).
func (g *gen) produce(e expr, dst int) {
	switch x := e.(type) {
	case *eConst:
		g.loadConst(x, dst)
	case *eVar:
		g.move(x.v.t.resolved(), dst, g.varReg(x.v))
	case *ePrim:
		if k := fold(x); k != nil && dst >= 0 {
			g.loadConst(k, dst)
			return
		}
		if r, ok := g.reduced(x); ok {
			g.move(S64, dst, r)
			return
		}
		g.prim(x, dst)
	case *eCall:
		g.call(x, dst)
	case *eImport:
		g.callImport(x, dst)
	case *eSet:
		g.into(x.val, g.varReg(x.v))
	case *eIf, *eSeq, *eLet, *eLoop:
		if dst < 0 {
			g.compile(e, cont{kind: kEffect})
		} else {
			g.compile(e, cont{kind: kReg, dst: dst})
		}
	default:
		g.fail("internal: cannot produce %T", e)
	}
}

func (g *gen) compileIf(x *eIf, k cont) {
	if c := fold(x.c); c != nil {
		if c.i != 0 {
			g.compile(x.then, k)
		} else if x.els != nil {
			g.compile(x.els, k)
		} else if k.kind == kRet {
			g.ret(0, Void)
		} else {
			g.done(k)
		}
		return
	}
	elseL := g.newLabel()
	g.branch(x.c, elseL, false)
	end := k.exit
	own := false
	if end == nil && k.kind != kRet {
		end = g.newLabel()
		own = true
	}
	kt := k
	kt.exit = end
	if k.kind == kReg && g.typeOf(x.then) == Void {
		kt.kind = kEffect
	}
	g.compile(x.then, kt)
	g.place(elseL)
	if x.els != nil {
		ke := k // its exit is end, or nil where end is placed right after
		if k.kind == kReg && g.typeOf(x.els) == Void {
			ke.kind = kEffect
		}
		g.compile(x.els, ke)
	} else if k.kind == kRet {
		g.ret(0, Void)
	} else {
		g.done(k)
	}
	if own {
		g.place(end)
	}
}

func (g *gen) compileLoop(x *eLoop, k cont) {
	info := &loopInfo{head: g.newLabel()}
	for i, v := range x.vars {
		r := g.alloc(regClass(v.t.resolved()))
		g.into(x.inits[i], r)
		info.regs = append(info.regs, r)
	}
	for i, v := range x.vars {
		g.regOf[v] = info.regs[i]
	}
	g.loops[x] = info
	if g.fast == nil {
		if c := g.counted(x); c != nil {
			g.guardedCopy(x, c, info, info.head, k)
		}
	}
	g.place(info.head)
	own := false
	kb := k
	if k.kind != kRet && k.exit == nil {
		kb.exit = g.newLabel()
		own = true
	}
	g.compile(x.body, kb)
	if own {
		g.place(kb.exit)
	}
	for _, r := range info.regs {
		g.release(r)
	}
}

// assign is a parallel assignment of args to the variables in regs (a loop
// jump or a self tail call). An argument goes straight into its register
// when no later argument reads that variable and it reads no variable
// already overwritten; the others go through temporaries.
func (g *gen) assign(vars []*variable, regs []int, args []expr) {
	// Pick, while possible, an argument whose variable no other pending
	// argument reads: it can be computed straight into its register (into
	// writes the destination only after every read of its old value). What
	// remains is a cycle; those go through temporaries.
	pending := map[int]bool{}
	for i, a := range args {
		if v, ok := a.(*eVar); ok && v.v == vars[i] {
			continue // unchanged
		}
		pending[i] = true
	}
	// A counter's step (+ i 1) goes last, after the other steps and any
	// cycle among them, so that the loop's back edge can fuse it with the
	// head's test into one loopne.i. (It reads only its own variable, so
	// nothing left waits for it then.)
	g.assignFree(vars, regs, args, pending, false)
	type move struct{ tmp, dst int }
	var moves []move
	for i := range args {
		if !pending[i] || isIncrement(args[i], vars[i]) {
			continue
		}
		t := g.alloc(regClass(vars[i].t.resolved()))
		g.into(args[i], t)
		moves = append(moves, move{t, regs[i]})
		delete(pending, i)
	}
	for _, m := range moves {
		g.move(g.regsType(m.dst), m.dst, m.tmp)
		g.release(m.tmp)
	}
	g.assignFree(vars, regs, args, pending, true)
}

// assignFree computes straight into its register each pending argument
// whose variable no other pending argument reads, while there is one:
// only counters' steps if increments, only the other steps if not.
func (g *gen) assignFree(vars []*variable, regs []int, args []expr, pending map[int]bool, increments bool) {
	for progress := true; progress; {
		progress = false
		for i := range args {
			if !pending[i] || isIncrement(args[i], vars[i]) != increments {
				continue
			}
			free := true
			for j := range args {
				if j != i && pending[j] && reads(args[j], vars[i]) {
					free = false
					break
				}
			}
			if free {
				g.into(args[i], regs[i])
				delete(pending, i)
				progress = true
			}
		}
	}
}

func (g *gen) regsType(r int) ValueType {
	switch g.regs[r] {
	case RegFlo:
		return F64
	case RegBV:
		return Bytevector
	case RegChime:
		return Chime
	}
	return S64
}

func callTypes(p *proc) []ValueType {
	var ts []ValueType
	for _, v := range p.params {
		ts = append(ts, v.t.resolved())
	}
	for _, v := range p.free {
		ts = append(ts, v.t.resolved())
	}
	return ts
}

func (g *gen) callArgs(x *eCall) []expr {
	args := append([]expr(nil), x.args...)
	for _, v := range x.free {
		args = append(args, &eVar{node: node{p: x.p, t: v.t}, v: v})
	}
	return args
}

func (g *gen) fillWindow(base int, types []ValueType, args []expr) {
	r := base
	for i, a := range args {
		g.into(a, r)
		r += types[i].slots()
	}
}

// resultReg is where a call's result goes: dst, a temporary (returned
// too, for the caller to release) when the value is unused, or 0 for void.
func (g *gen) resultReg(res ValueType, dst int) (c, temp int) {
	if res == Void {
		return 0, -1
	}
	if dst >= 0 {
		return dst, -1
	}
	temp = g.alloc(regClass(res))
	return temp, temp
}

func (g *gen) call(x *eCall, dst int) {
	types := callTypes(x.proc)
	w := g.window(types)
	g.fillWindow(w, types, g.callArgs(x))
	c, temp := g.resultReg(x.proc.result.resolved(), dst)
	g.emit(OpCall, x.proc.index, w, c)
	g.releaseWindow(w, types)
	if temp >= 0 {
		g.release(temp)
	}
}

func (g *gen) tailCall(x *eCall) {
	if x.proc == g.p {
		var regs []int
		vars := append(append([]*variable(nil), g.p.params...), g.p.free...)
		for _, v := range vars {
			regs = append(regs, g.regOf[v])
		}
		g.assign(vars, regs, g.callArgs(x))
		g.jump(OpJmp, 0, 0, g.start)
		return
	}
	types := callTypes(x.proc)
	w := g.window(types)
	g.fillWindow(w, types, g.callArgs(x))
	g.emit(OpTailcall, x.proc.index, w, 0)
	g.releaseWindow(w, types)
}

func (g *gen) callImport(x *eImport, dst int) {
	w := g.window(x.imp.params)
	g.fillWindow(w, x.imp.params, x.args)
	c, temp := g.resultReg(x.imp.result, dst)
	g.emit(OpCalli, x.imp.index, w, c)
	g.releaseWindow(w, x.imp.params)
	if temp >= 0 {
		g.release(temp)
	}
}

// ---- branches ----

var intBranch = map[string][2]struct {
	op   Opcode
	swap bool
}{
	// [when false, when true]
	"<":  {{OpJleI, true}, {OpJltI, false}},
	">":  {{OpJleI, false}, {OpJltI, true}},
	"<=": {{OpJltI, true}, {OpJleI, false}},
	">=": {{OpJltI, false}, {OpJleI, true}},
	"=":  {{OpJneI, false}, {OpJeqI, false}},
}

var floBranchFalse = map[string]struct {
	op   Opcode
	swap bool
}{
	"<": {OpJnltF, false}, ">": {OpJnltF, true}, "<=": {OpJnleF, false}, ">=": {OpJnleF, true}, "=": {OpJneqF, false},
}

func compareName(p *primitive) string {
	switch p.name {
	case "fx<?", "fl<?":
		return "<"
	case "fx>?", "fl>?":
		return ">"
	case "fx<=?", "fl<=?":
		return "<="
	case "fx>=?", "fl>=?":
		return ">="
	case "fx=?", "fl=?":
		return "="
	}
	return p.name
}

// branch jumps to l when e evaluates to `when`, and falls through otherwise.
func (g *gen) branch(e expr, l *label, when bool) {
	saved := g.pos
	g.pos = e.base().p
	defer func() { g.pos = saved }()
	if k := fold(e); k != nil {
		if (k.i != 0) == when {
			g.jump(OpJmp, 0, 0, l)
		}
		return
	}
	switch x := e.(type) {
	case *ePrim:
		if x.prim.class == cNot {
			g.branch(x.args[0], l, !when)
			return
		}
		if x.prim.class == cCompare {
			if g.immBranch(x, l, when) {
				return
			}
			var regs []int
			for _, a := range x.args {
				r, temp := g.value(a)
				regs = append(regs, r)
				if temp {
					defer g.release(r)
				}
			}
			name := compareName(x.prim)
			float := g.typeOf(x.args[0]) == F64
			if len(regs) == 2 {
				g.cmpBranch(name, float, regs[0], regs[1], l, when)
				return
			}
			if !when { // any pair false jumps
				for i := 0; i+1 < len(regs); i++ {
					g.cmpBranch(name, float, regs[i], regs[i+1], l, false)
				}
				return
			}
			skip := g.newLabel()
			for i := 0; i+1 < len(regs); i++ {
				g.cmpBranch(name, float, regs[i], regs[i+1], skip, false)
			}
			g.jump(OpJmp, 0, 0, l)
			g.place(skip)
			return
		}
	case *eIf:
		if x.els != nil {
			elseL := g.newLabel()
			end := g.newLabel()
			g.branch(x.c, elseL, false)
			g.branch(x.then, l, when)
			g.jump(OpJmp, 0, 0, end)
			g.place(elseL)
			g.branch(x.els, l, when)
			g.place(end)
			return
		}
	}
	r, temp := g.value(e)
	if when {
		g.jump(OpJt, r, 0, l)
	} else {
		g.jump(OpJf, r, 0, l)
	}
	if temp {
		g.release(r)
	}
}

// immBranches: [when false, when true] for (x name k), k an immediate.
var immBranches = map[string][2]Opcode{
	"<":  {OpJgekI, OpJltkI},
	"<=": {OpJgtkI, OpJlekI},
	">":  {OpJlekI, OpJgtkI},
	">=": {OpJltkI, OpJgekI},
	"=":  {OpJnekI, OpJeqkI},
}

var swapped = map[string]string{"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "="}

// immBranch compares an s64 with a constant that fits 16 bits without
// loading the constant: (< n 2) is one jgek.i.
func (g *gen) immBranch(x *ePrim, l *label, when bool) bool {
	if len(x.args) != 2 || g.typeOf(x.args[0]) != S64 {
		return false
	}
	imm := func(e expr) (int, bool) {
		if k := fold(e); k != nil && k.i >= math.MinInt16 && k.i <= math.MaxInt16 {
			return int(uint16(int16(k.i))), true
		}
		return 0, false
	}
	name := compareName(x.prim)
	operand, k := x.args[0], 0
	if c, ok := imm(x.args[1]); ok {
		k = c
	} else if c, ok := imm(x.args[0]); ok {
		operand, k, name = x.args[1], c, swapped[name]
	} else {
		return false
	}
	ops, ok := immBranches[name]
	if !ok {
		return false
	}
	op := ops[0]
	if when {
		op = ops[1]
	}
	r, temp := g.value(operand)
	g.jump(op, r, k, l)
	if temp {
		g.release(r)
	}
	return true
}

// cmpBranch jumps to l when (name a b) is `when`.
func (g *gen) cmpBranch(name string, float bool, a, b int, l *label, when bool) {
	if float {
		if !when {
			br := floBranchFalse[name]
			if br.swap {
				a, b = b, a
			}
			g.jump(br.op, a, b, l)
			return
		}
		skip := g.newLabel()
		g.cmpBranch(name, true, a, b, skip, false)
		g.jump(OpJmp, 0, 0, l)
		g.place(skip)
		return
	}
	idx := 0
	if when {
		idx = 1
	}
	br := intBranch[name][idx]
	if br.swap {
		a, b = b, a
	}
	g.jump(br.op, a, b, l)
}
