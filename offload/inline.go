package offload

// Inlining. A call costs the interpreter a frame, an argument copy, a
// return and two indirect jumps, several times what the body of a
// small procedure costs; so a call to a small procedure becomes a let that
// binds the procedure's parameters to the arguments around a copy of its
// body. The copy is taken from the body as it was before any inlining, so
// a procedure is inlined into itself once at most and a recursion still
// recurses through calls: what the interpreter bounds (call depth, budget
// steps) stays bounded.
//
// What changes for a program is only what it costs: fewer calls nest (a
// recursion traps at a greater depth) and fewer steps are spent. The
// differential suite runs every program with and without it.

// inlineMaxNodes is the largest body copied into a caller; inlineMaxGrowth
// bounds what one procedure's body may grow by.
const (
	inlineMaxNodes  = 24
	inlineMaxGrowth = 240
)

// Inlining can be turned off (tests compare programs both ways).
var Inlining = true

func (ps *parser) inline() {
	if !Inlining {
		return
	}
	// Copies of the bodies as they are now: inlining below rewrites bodies
	// in place. An entry is left alone (its body's value may be discarded).
	// (A lifted procedure may read its enclosing one's variables, but the
	// parser refuses a set! of them, so a copy reads what a call passes.)
	bodies := map[*proc]expr{}
	for _, q := range ps.procs {
		if !q.entry && size(q.body) <= inlineMaxNodes {
			bodies[q] = copyExpr(q.body, q, map[*variable]*variable{}, map[*eLoop]*eLoop{})
		}
	}
	for _, p := range ps.procs {
		room := inlineMaxGrowth
		var visit func(e expr) expr
		visit = func(e expr) expr {
			if c, ok := e.(*eCall); ok {
				for i, a := range c.args {
					c.args[i] = visit(a)
				}
				body, ok := bodies[c.proc]
				n := size(body)
				if !ok || n > room {
					return c
				}
				room -= n
				// the copy reads what this call passes for the callee's
				// free variables (a call inside a copy passes the copy's)
				vars := map[*variable]*variable{}
				for i, v := range c.proc.free {
					vars[v] = c.free[i]
				}
				params := make([]*variable, len(c.proc.params))
				for i, v := range c.proc.params {
					params[i] = freshVariable(v, p, vars)
				}
				return &eLet{node: c.node, vars: params, inits: c.args, body: copyExpr(body, p, vars, map[*eLoop]*eLoop{})}
			}
			replaceChildren(e, visit)
			return e
		}
		p.body = visit(p.body)
	}
}

func size(e expr) int {
	n := 0
	walk(e, func(expr) { n++ })
	return n
}

func freshVariable(v *variable, owner *proc, vars map[*variable]*variable) *variable {
	c := *v
	c.owner = owner
	vars[v] = &c
	return &c
}

// copyExpr copies e for the procedure owner: the variables and loops it
// binds are new ones, the ones in vars stand for the ones they map.
func copyExpr(e expr, owner *proc, vars map[*variable]*variable, loops map[*eLoop]*eLoop) expr {
	if e == nil {
		return nil
	}
	cp := func(e expr) expr { return copyExpr(e, owner, vars, loops) }
	cps := func(es []expr) []expr {
		out := make([]expr, len(es))
		for i, x := range es {
			out[i] = cp(x)
		}
		return out
	}
	v := func(v *variable) *variable {
		if c, ok := vars[v]; ok {
			return c
		}
		return v
	}
	switch x := e.(type) {
	case *eConst:
		c := *x
		return &c
	case *eVar:
		return &eVar{node: x.node, v: v(x.v)}
	case *eSet:
		return &eSet{node: x.node, v: v(x.v), val: cp(x.val)}
	case *eIf:
		return &eIf{node: x.node, c: cp(x.c), then: cp(x.then), els: cp(x.els)}
	case *eSeq:
		return &eSeq{node: x.node, es: cps(x.es)}
	case *eLet:
		inits := cps(x.inits) // the inits are outside the let's scope
		fresh := make([]*variable, len(x.vars))
		for i, w := range x.vars {
			fresh[i] = freshVariable(w, owner, vars)
		}
		return &eLet{node: x.node, vars: fresh, inits: inits, body: cp(x.body)}
	case *eLoop:
		inits := cps(x.inits)
		l := &eLoop{node: x.node, name: x.name, vars: make([]*variable, len(x.vars)), inits: inits}
		for i, w := range x.vars {
			l.vars[i] = freshVariable(w, owner, vars)
		}
		loops[x] = l
		l.body = cp(x.body)
		return l
	case *eRecur:
		return &eRecur{node: x.node, loop: loops[x.loop], args: cps(x.args)}
	case *eCall:
		free := make([]*variable, len(x.free))
		for i, f := range x.free {
			free[i] = v(f)
		}
		return &eCall{node: x.node, proc: x.proc, args: cps(x.args), free: free}
	case *eImport:
		return &eImport{node: x.node, imp: x.imp, args: cps(x.args)}
	case *ePrim:
		return &ePrim{node: x.node, prim: x.prim, args: cps(x.args)}
	}
	panic("internal: copyExpr of an unknown node")
}

// replaceChildren sets each subexpression c of e to f(c).
func replaceChildren(e expr, f func(expr) expr) {
	each := func(es []expr) {
		for i, c := range es {
			es[i] = f(c)
		}
	}
	one := func(c *expr) {
		if *c != nil {
			*c = f(*c)
		}
	}
	switch x := e.(type) {
	case *eSet:
		one(&x.val)
	case *eIf:
		one(&x.c)
		one(&x.then)
		one(&x.els)
	case *eSeq:
		each(x.es)
	case *eLet:
		each(x.inits)
		one(&x.body)
	case *eLoop:
		each(x.inits)
		one(&x.body)
	case *eRecur:
		each(x.args)
	case *eCall:
		each(x.args)
	case *eImport:
		each(x.args)
	case *ePrim:
		each(x.args)
	}
}
