package offload

// infer assigns types (see types.go) and reports mismatches in Scheme
// terms. discard is true where the value is not used (all but the last
// expression of a body, the commands of do, a void entry's body), so an if
// there need not have branches of one type.
func infer(ps *parser, e expr, discard bool) *tvar {
	n := e.base()
	t := inferNode(ps, e, discard)
	if n.t == nil {
		n.t = t
	} else if !unify(n.t, t) {
		ps.fail(n.p, "internal: node type conflict")
	}
	return n.t
}

func voidT() *tvar { return knownT(Void) }

// valueOf infers e where its value is needed.
func valueOf(ps *parser, e expr) *tvar {
	t := infer(ps, e, false)
	if ty, ok := t.get(); ok && ty == Void {
		ps.fail(e.base().p, "this expression has no value, but a value is needed here")
	}
	return t
}

func (ps *parser) want(e expr, t *tvar, format string, args ...any) {
	if !unify(e.base().t, t) {
		args = append(args, typeName(e.base().t))
		ps.fail(e.base().p, format+", not %s", args...)
	}
}

func inferNode(ps *parser, e expr, discard bool) *tvar {
	switch x := e.(type) {
	case *eConst:
		return x.t
	case *eVar:
		return x.v.t
	case *eSet:
		valueOf(ps, x.val)
		if !unify(x.v.t, x.val.base().t) {
			ps.fail(x.p, "set! of %s, which holds %s, to a value of type %s", x.v.name, typeName(x.v.t), typeName(x.val.base().t))
		}
		return voidT()
	case *eIf:
		valueOf(ps, x.c)
		ps.want(x.c, knownT(Boolean), "the test of if must be a boolean (Offload does not treat numbers as true)")
		a := infer(ps, x.then, discard)
		if x.els == nil {
			return voidT()
		}
		b := infer(ps, x.els, discard)
		if discard {
			return voidT()
		}
		if ta, ok := a.get(); ok && ta == Void {
			if tb, ok := b.get(); !ok || tb != Void {
				return voidT()
			}
		}
		if tb, ok := b.get(); ok && tb == Void {
			return voidT()
		}
		if _, isRecur := x.then.(*eRecur); isRecur {
			return b
		}
		if _, isRecur := x.els.(*eRecur); isRecur {
			return a
		}
		if !unify(a, b) {
			ps.fail(x.p, "the two branches of if have different types: %s and %s", typeName(a), typeName(b))
		}
		return a
	case *eSeq:
		if len(x.es) == 0 {
			return voidT()
		}
		for _, s := range x.es[:len(x.es)-1] {
			infer(ps, s, true)
		}
		return infer(ps, x.es[len(x.es)-1], discard)
	case *eLet:
		for i, v := range x.vars {
			valueOf(ps, x.inits[i])
			if !unify(v.t, x.inits[i].base().t) {
				ps.fail(v.pos, "%s cannot be bound to a value of type %s", v.name, typeName(x.inits[i].base().t))
			}
		}
		return infer(ps, x.body, discard)
	case *eLoop:
		for i, v := range x.vars {
			valueOf(ps, x.inits[i])
			if !unify(v.t, x.inits[i].base().t) {
				ps.fail(x.inits[i].base().p, "the loop variable %s is %s here but %s elsewhere", v.name, typeName(x.inits[i].base().t), typeName(v.t))
			}
		}
		b := infer(ps, x.body, discard)
		if discard {
			return voidT()
		}
		return b
	case *eRecur:
		for i, a := range x.args {
			valueOf(ps, a)
			v := x.loop.vars[i]
			if !unify(v.t, a.base().t) {
				ps.fail(a.base().p, "argument %d of %s is %s, but the loop variable %s is %s", i+1, x.loop.name, typeName(a.base().t), v.name, typeName(v.t))
			}
		}
		return newT() // a jump: it has whatever type its context needs
	case *eCall:
		for i, a := range x.args {
			valueOf(ps, a)
			v := x.proc.params[i]
			if !unify(v.t, a.base().t) {
				ps.fail(a.base().p, "argument %d of %s is %s, but %s's parameter %s is %s", i+1, displayName(x.proc), typeName(a.base().t), displayName(x.proc), v.name, typeName(v.t))
			}
		}
		return x.proc.result
	case *eImport:
		for i, a := range x.args {
			valueOf(ps, a)
			ps.want(a, knownT(x.imp.params[i]), "argument %d of the import %s must be %s", i+1, x.imp.name, x.imp.params[i])
		}
		return knownT(x.imp.result)
	case *ePrim:
		return inferPrim(ps, x)
	}
	panic("infer: unknown node")
}

func inferPrim(ps *parser, x *ePrim) *tvar {
	p := x.prim
	for _, a := range x.args {
		valueOf(ps, a)
	}
	all := func(t *tvar, what string) {
		for i, a := range x.args {
			if !unify(t, a.base().t) {
				if i > 0 && numericName(typeName(a.base().t)) && numericName(typeName(x.args[0].base().t)) {
					ps.fail(a.base().p, "%s needs %s of one type: argument %d is %s but argument 1 is %s (convert with inexact or exact)",
						p.name, what, i+1, typeName(a.base().t), typeName(x.args[0].base().t))
				}
				ps.fail(a.base().p, "%s needs %s, not %s", p.name, what, typeName(a.base().t))
			}
		}
	}
	numeric := func() *tvar {
		if p.fixed != 0 {
			return knownT(p.fixed)
		}
		return numericT()
	}
	args := func(types ...ValueType) {
		for i, a := range x.args {
			ps.want(a, knownT(types[i]), "argument %d of %s must be %s", i+1, p.name, types[i])
		}
	}
	switch p.class {
	case cArith, cMinMax, cAbs:
		t := numeric()
		all(t, "numbers")
		return t
	case cDiv, cFloUn, cFloBin, cAtan, cFma:
		all(knownT(F64), "flonums")
		return knownT(F64)
	case cCompare, cSign:
		all(numeric(), "numbers")
		return knownT(Boolean)
	case cParity:
		all(knownT(S64), "exact integers")
		return knownT(Boolean)
	case cIntBin, cIntUn, cBitNary, cWrap:
		all(knownT(S64), "exact integers (s64)")
		return knownT(S64)
	case cFloPred:
		all(knownT(F64), "a flonum")
		return knownT(Boolean)
	case cInexact:
		args(S64)
		return knownT(F64)
	case cExact:
		args(F64)
		return knownT(S64)
	case cNot:
		args(Boolean)
		return knownT(Boolean)
	case cLoad:
		args(Bytevector, S64)
		return knownT(p.elem)
	case cStore:
		args(Bytevector, S64, p.elem)
		return voidT()
	case cBvLen:
		args(Bytevector)
		return knownT(S64)
	case cBvFill:
		args(Bytevector, S64)
		return voidT()
	case cBvCopy:
		args(Bytevector, S64, Bytevector, S64, S64)
		return voidT()
	case cAtomicLoad:
		args(Bytevector, S64)
		return knownT(S64)
	case cAtomicStore:
		args(Bytevector, S64, S64)
		return voidT()
	case cAtomicAdd:
		args(Bytevector, S64, S64)
		return knownT(S64)
	case cAtomicCas:
		args(Bytevector, S64, S64, S64)
		return knownT(Boolean)
	case cChime:
		args(Chime)
		return voidT()
	case cRingInit, cRingCount:
		args(Bytevector)
		return knownT(S64)
	case cRingPut:
		args(Bytevector, Bytevector, S64, S64)
		return knownT(Boolean)
	case cRingGet:
		args(Bytevector, Bytevector, S64, S64)
		return knownT(S64)
	}
	panic("inferPrim: unknown class")
}

// numericName says whether a type, as typeName prints it, is a number
// (where inexact or exact converts between the two).
func numericName(t string) bool { return t == "s64" || t == "f64" }
