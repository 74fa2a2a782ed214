package offload

import (
	"fmt"
	"strings"
)

// The parser turns the library form into procedures of expression trees:
// it resolves names, expands derived forms, turns named lets whose name is
// only called in tail position into loops, and lifts every other local
// procedure to the top level.

type bindKind int

const (
	bVar bindKind = iota
	bProc
	bLoop
	bImport
	bConst
)

type binding struct {
	kind bindKind
	v    *variable
	proc *proc
	loop *loopMark
	imp  *importDef
	k    *eConst
}

type loopMark struct {
	loop    *eLoop
	nonTail bool // its name was used other than as a tail call: lift it
}

type env struct {
	names  map[string]binding
	parent *env
}

func (e *env) lookup(name string) (binding, bool) {
	for ; e != nil; e = e.parent {
		if b, ok := e.names[name]; ok {
			return b, true
		}
	}
	return binding{}, false
}

func (e *env) child() *env { return &env{names: map[string]binding{}, parent: e} }

// tailSet is the loops for which the current position is a tail position.
type tailSet []*eLoop

func (t tailSet) has(l *eLoop) bool {
	for _, x := range t {
		if x == l {
			return true
		}
	}
	return false
}

type parser struct {
	file    string
	procs   []*proc
	imports []*importDef
	top     *env
	cur     *proc
	sets    map[*variable]Pos // where each variable is assigned (first set!)
	calls   []callEdge
	consts  map[string]*datum // top-level constants not yet evaluated
	evaling map[string]bool
	defines []bodyDefines // checked once free variables are known
}

// bodyDefines is a body's value definitions, in order: each expression may
// use only the ones before it (R6RS's letrec* leaves a use of a later one
// an error, and Offload has no unassigned value to give it).
type bodyDefines struct {
	vars  []*variable
	inits []expr
}

type callEdge struct{ caller, callee *proc }

func (ps *parser) fail(p Pos, format string, args ...any) {
	panic(&Error{ps.file, p.Line, p.Col, fmt.Sprintf(format, args...)})
}

func (ps *parser) sym(d *datum, what string) string {
	if d.kind != dSymbol {
		ps.fail(d.pos, "%s must be a name, not %s", what, d)
	}
	return d.sym
}

func (ps *parser) list(d *datum, what string) []*datum {
	if d.kind != dList {
		ps.fail(d.pos, "%s must be a parenthesized list, not %s", what, d)
	}
	return d.items
}

var typeNames = map[string]ValueType{"s64": S64, "f64": F64, "boolean": Boolean, "bytevector": Bytevector, "chime": Chime, "void": Void}

func (ps *parser) typeName(d *datum, allowVoid, allowRef bool) ValueType {
	name := ps.sym(d, "a type")
	t, ok := typeNames[name]
	if !ok {
		ps.fail(d.pos, "unknown type %s (Offload types: s64 f64 boolean bytevector chime, and void for results)", name)
	}
	if t == Void && !allowVoid {
		ps.fail(d.pos, "void is only a result type")
	}
	if (t == Bytevector || t == Chime) && !allowRef {
		ps.fail(d.pos, "%s cannot be a result: results are s64, f64, boolean or void", name)
	}
	return t
}

// library reads the program's one library form.
func (ps *parser) library(forms []*datum) {
	if len(forms) == 0 {
		ps.fail(Pos{1, 1}, "empty file: an Offload program is one (library …) form")
	}
	if len(forms) > 1 {
		ps.fail(forms[1].pos, "an Offload program is one (library …) form; found more after it")
	}
	lib := forms[0]
	items := ps.list(lib, "the program")
	if len(items) < 4 || !items[0].isSym("library") {
		ps.fail(lib.pos, "an Offload program is (library (name …) (export …) (import (offload)) body …)")
	}
	ps.list(items[1], "the library name")
	exports := ps.list(items[2], "the export clause")
	if len(exports) == 0 || !exports[0].isSym("export") {
		ps.fail(items[2].pos, "expected (export name …)")
	}
	imports := ps.list(items[3], "the import clause")
	if len(imports) != 2 || !imports[0].isSym("import") || imports[1].kind != dList ||
		len(imports[1].items) != 1 || !imports[1].items[0].isSym("offload") {
		ps.fail(items[3].pos, "an Offload library imports exactly (offload): (import (offload))")
	}
	ps.top = &env{names: map[string]binding{}}
	ps.consts = map[string]*datum{}
	ps.evaling = map[string]bool{}
	body := items[4:]
	// First pass: every top-level name, so order does not matter.
	for _, form := range body {
		f := ps.list(form, "a top-level form")
		if len(f) == 0 {
			ps.fail(form.pos, "() is not a definition")
		}
		head := ps.sym(f[0], "a definition keyword")
		switch head {
		case "define-entry", "define-entry/rt":
			ps.entryHead(form, f, head == "define-entry/rt")
		case "define":
			ps.topDefine(form, f)
		case "define-import":
			ps.importDecl(form, f)
		default:
			if msg, ok := excluded[head]; ok {
				ps.fail(form.pos, "%s: %s", head, msg)
			}
			ps.fail(form.pos, "at the top level of an Offload library only define-entry, define-entry/rt, define and define-import are allowed, not (%s …)", head)
		}
	}
	for name := range ps.consts {
		ps.constant(name)
	}
	// exports: exactly the entries
	entries := map[string]*proc{}
	for _, p := range ps.procs {
		if p.entry {
			entries[p.name] = p
		}
	}
	seen := map[string]bool{}
	for _, x := range exports[1:] {
		name := ps.sym(x, "an exported name")
		if entries[name] == nil {
			ps.fail(x.pos, "%s is exported but is not an entry (only define-entry names can be exported)", name)
		}
		seen[name] = true
	}
	for _, p := range ps.procs {
		if p.entry && !seen[p.name] {
			ps.fail(p.pos, "entry %s is not in the export list", p.name)
		}
	}
	if len(entries) == 0 {
		ps.fail(lib.pos, "the library defines no entry (define-entry), so nothing could call it")
	}
	// Second pass: bodies.
	for _, p := range append([]*proc(nil), ps.procs...) {
		if !p.lifted {
			ps.procBody(p)
		}
	}
	ps.closeFree()
	for _, p := range ps.procs {
		walk(p.body, func(e expr) {
			if c, ok := e.(*eCall); ok {
				c.free = append([]*variable(nil), c.proc.free...)
			}
		})
	}
	for _, d := range ps.defines {
		ps.definedBeforeUse(d)
	}
	for _, p := range ps.procs {
		for _, v := range p.free {
			if v.mutated {
				ps.fail(ps.sets[v], "set! of %s, which the local procedure %s also uses: a lifted procedure gets a copy, so the change would be lost; pass the value as an argument instead", v.name, displayName(p))
			}
		}
	}
}

func (ps *parser) define(name string, pos Pos, b binding) {
	if _, dup := ps.top.names[name]; dup {
		ps.fail(pos, "%s is defined twice at the top level", name)
	}
	if _, prim := primitives[name]; prim || isKeyword(name) {
		ps.fail(pos, "%s is a built-in name of Offload and cannot be redefined at the top level", name)
	}
	ps.top.names[name] = b
}

func (ps *parser) entryHead(form *datum, f []*datum, rt bool) {
	if len(f) < 4 {
		ps.fail(form.pos, "expected (%s (name (arg type) …) result-type body …)", f[0].sym)
	}
	sig := ps.list(f[1], "the entry's name and arguments")
	if len(sig) == 0 {
		ps.fail(f[1].pos, "the entry needs a name")
	}
	p := &proc{name: ps.sym(sig[0], "the entry's name"), pos: form.pos, entry: true, realtime: rt, src: f[3:]}
	for _, a := range sig[1:] {
		pair := ps.list(a, "an entry argument, (name type),")
		if len(pair) != 2 {
			ps.fail(a.pos, "an entry argument is (name type), e.g. (n s64)")
		}
		t := ps.typeName(pair[1], false, true)
		v := &variable{name: ps.sym(pair[0], "an argument"), pos: pair[0].pos, t: knownT(t), owner: p}
		p.params = append(p.params, v)
		p.declared = append(p.declared, t)
	}
	p.declRes = ps.typeName(f[2], true, false)
	p.result = knownT(p.declRes)
	ps.addProc(p)
	ps.define(p.name, p.pos, binding{kind: bProc, proc: p})
}

func (ps *parser) addProc(p *proc) {
	p.index = len(ps.procs)
	ps.procs = append(ps.procs, p)
}

func (ps *parser) topDefine(form *datum, f []*datum) {
	if len(f) < 3 {
		ps.fail(form.pos, "expected (define (name arg …) body …) or (define name constant)")
	}
	if f[1].kind == dList { // (define (name arg …) body …)
		sig := f[1].items
		if len(sig) == 0 {
			ps.fail(f[1].pos, "the procedure needs a name")
		}
		p := &proc{name: ps.sym(sig[0], "the procedure's name"), pos: form.pos, result: newT(), src: f[2:]}
		for _, a := range sig[1:] {
			p.params = append(p.params, &variable{name: ps.sym(a, "a parameter"), pos: a.pos, t: newT(), owner: p})
		}
		ps.addProc(p)
		ps.define(p.name, p.pos, binding{kind: bProc, proc: p})
		return
	}
	name := ps.sym(f[1], "the defined name")
	if len(f) != 3 {
		ps.fail(form.pos, "(define %s …) takes one expression", name)
	}
	if l := f[2]; l.kind == dList && len(l.items) >= 3 && l.items[0].isSym("lambda") {
		params := ps.list(l.items[1], "lambda's parameters")
		p := &proc{name: name, pos: form.pos, result: newT(), src: l.items[2:]}
		for _, a := range params {
			p.params = append(p.params, &variable{name: ps.sym(a, "a parameter"), pos: a.pos, t: newT(), owner: p})
		}
		ps.addProc(p)
		ps.define(name, p.pos, binding{kind: bProc, proc: p})
		return
	}
	ps.define(name, form.pos, binding{kind: bConst})
	ps.consts[name] = f[2]
}

// constant evaluates a top-level constant (on first use, so order is free).
func (ps *parser) constant(name string) *eConst {
	if b := ps.top.names[name]; b.k != nil {
		return b.k
	}
	d := ps.consts[name]
	if ps.evaling[name] {
		ps.fail(d.pos, "the constant %s is defined in terms of itself", name)
	}
	ps.evaling[name] = true
	saved := ps.cur
	ps.cur = nil
	e := ps.expr(d, ps.top, nil)
	ps.cur = saved
	t := infer(ps, e, false)
	k := fold(e)
	if k == nil {
		ps.fail(d.pos, "the top-level definition of %s must be a constant expression (literals and arithmetic on them); write a procedure with (define (%s) …) for anything else", name, name)
	}
	if ty, _ := t.get(); ty != S64 && ty != F64 && ty != Boolean {
		ps.fail(d.pos, "the constant %s must be a number or a boolean", name)
	}
	b := ps.top.names[name]
	b.k = k
	ps.top.names[name] = b
	return k
}

func (ps *parser) importDecl(form *datum, f []*datum) {
	if len(f) < 3 || len(f) > 4 {
		ps.fail(form.pos, "expected (define-import (name type …) result-type [blocking])")
	}
	sig := ps.list(f[1], "the import's name and argument types")
	if len(sig) == 0 {
		ps.fail(f[1].pos, "the import needs a name")
	}
	im := &importDef{name: ps.sym(sig[0], "the import's name"), pos: form.pos, index: len(ps.imports)}
	for _, a := range sig[1:] {
		im.params = append(im.params, ps.typeName(a, false, true))
	}
	im.result = ps.typeName(f[2], true, false)
	if len(f) == 4 {
		if !f[3].isSym("blocking") {
			ps.fail(f[3].pos, "the only import option is blocking, not %s", f[3])
		}
		im.blocking = true
	}
	ps.imports = append(ps.imports, im)
	ps.define(im.name, im.pos, binding{kind: bImport, imp: im})
}

func (ps *parser) procBody(p *proc) {
	saved := ps.cur
	ps.cur = p
	e := ps.top.child()
	if p.lifted {
		e = p.bodyEnv
	}
	for _, v := range p.params {
		if _, dup := e.names[v.name]; dup {
			ps.fail(v.pos, "parameter %s appears twice", v.name)
		}
		e.names[v.name] = binding{kind: bVar, v: v}
	}
	p.body = ps.body(p.src, e, nil, p.pos)
	ps.cur = saved
}

func displayName(p *proc) string {
	if i := strings.LastIndexByte(p.name, '/'); i >= 0 && p.lifted {
		return p.name[i+1:]
	}
	return p.name
}

var keywords = map[string]bool{"quote": true, "if": true, "define": true, "set!": true, "let": true, "let*": true,
	"letrec": true, "letrec*": true, "begin": true, "cond": true, "case": true, "when": true, "unless": true,
	"and": true, "or": true, "do": true, "lambda": true, "else": true, "define-entry": true,
	"define-entry/rt": true, "define-import": true}

func isKeyword(name string) bool { return keywords[name] }

// body parses a lambda or let body: internal defines first, then
// expressions; the last is in tail position.
func (ps *parser) body(items []*datum, e *env, tail tailSet, pos Pos) expr {
	var procs []*datum
	var values []*datum
	i := 0
	for ; i < len(items); i++ {
		d := items[i]
		if d.kind != dList || len(d.items) == 0 || !d.items[0].isSym("define") {
			break
		}
		if _, shadowed := e.lookup("define"); shadowed {
			break
		}
		f := d.items
		if len(f) < 3 {
			ps.fail(d.pos, "expected (define (name arg …) body …) or (define name expression)")
		}
		if f[1].kind == dList || (len(f) == 3 && f[2].kind == dList && len(f[2].items) >= 3 && f[2].items[0].isSym("lambda")) {
			procs = append(procs, d)
		} else {
			if len(f) != 3 {
				ps.fail(d.pos, "(define name expression) takes one expression")
			}
			values = append(values, d)
		}
	}
	rest := items[i:]
	if len(rest) == 0 {
		ps.fail(pos, "this body has no expression after its definitions")
	}
	for _, d := range rest {
		if d.kind == dList && len(d.items) > 0 && d.items[0].isSym("define") {
			if _, shadowed := e.lookup("define"); !shadowed {
				ps.fail(d.pos, "define must come before the expressions of a body")
			}
		}
	}
	inner := e
	var lets []*eLet
	if len(values) > 0 || len(procs) > 0 {
		inner = e.child()
	}
	// value defines: variables now, initialized in order (letrec* semantics)
	var vars []*variable
	for _, d := range values {
		name := ps.sym(d.items[1], "the defined name")
		v := &variable{name: name, pos: d.items[1].pos, t: newT(), owner: ps.cur}
		if _, dup := inner.names[name]; dup {
			ps.fail(d.pos, "%s is defined twice in this body", name)
		}
		inner.names[name] = binding{kind: bVar, v: v}
		vars = append(vars, v)
	}
	if len(procs) > 0 {
		var names []string
		var defs [][]*datum // params, body…
		var poss []Pos
		for _, d := range procs {
			f := d.items
			if f[1].kind == dList {
				if len(f[1].items) == 0 {
					ps.fail(f[1].pos, "the procedure needs a name")
				}
				names = append(names, ps.sym(f[1].items[0], "the procedure's name"))
				defs = append(defs, append([]*datum{{kind: dList, pos: f[1].pos, items: f[1].items[1:]}}, f[2:]...))
			} else {
				names = append(names, ps.sym(f[1], "the procedure's name"))
				defs = append(defs, f[2].items[1:])
			}
			poss = append(poss, d.pos)
		}
		ps.localProcs(names, defs, poss, inner)
	}
	var inits []expr
	for j, d := range values {
		init := ps.expr(d.items[2], inner, nil)
		inits = append(inits, init)
		lets = append(lets, &eLet{node: node{p: d.pos}, vars: []*variable{vars[j]}, inits: []expr{init}})
	}
	if len(vars) > 0 {
		ps.defines = append(ps.defines, bodyDefines{vars, inits})
	}
	out := ps.sequence(rest, inner, tail)
	for j := len(lets) - 1; j >= 0; j-- {
		lets[j].body = out
		out = lets[j]
	}
	return out
}

// localProcs lifts a group of mutually visible local procedures (letrec,
// internal defines, named lets that cannot be loops) and binds them in e.
func (ps *parser) localProcs(names []string, defs [][]*datum, poss []Pos, e *env) []*proc {
	var ps2 []*proc
	for i, name := range names {
		if len(defs[i]) < 2 {
			ps.fail(poss[i], "the procedure %s has no body", name)
		}
		params := ps.list(defs[i][0], "the parameter list")
		outer := "top"
		if ps.cur != nil {
			outer = ps.cur.name
		}
		p := &proc{name: fmt.Sprintf("%s/%s", outer, name), pos: poss[i], result: newT(), lifted: true,
			parent: ps.cur, src: defs[i][1:]}
		for _, a := range params {
			p.params = append(p.params, &variable{name: ps.sym(a, "a parameter"), pos: a.pos, t: newT(), owner: p})
		}
		if _, dup := e.names[name]; dup {
			ps.fail(poss[i], "%s is defined twice here", name)
		}
		e.names[name] = binding{kind: bProc, proc: p}
		ps.addProc(p)
		ps2 = append(ps2, p)
	}
	for _, p := range ps2 {
		p.bodyEnv = e.child()
		ps.procBody(p)
	}
	return ps2
}

// useVar notes that the current procedure reads or writes v; a variable of
// an enclosing procedure becomes a free variable of every lifted procedure
// between here and its owner.
func (ps *parser) useVar(v *variable) {
	for p := ps.cur; p != nil && p != v.owner; p = p.parent {
		addFree(p, v)
	}
}

func addFree(p *proc, v *variable) bool {
	if p.freeSet[v] {
		return false
	}
	if p.freeSet == nil {
		p.freeSet = map[*variable]bool{}
	}
	p.freeSet[v] = true
	p.free = append(p.free, v)
	return true
}

// closeFree: a caller of a lifted procedure must pass its free variables,
// so it needs them too (unless it owns them). A worklist of procedures
// whose free variables grew, each handing on only the ones it has not
// handed on yet: every (call, variable) pair is looked at once.
func (ps *parser) closeFree() {
	callers := map[*proc][]*proc{}
	for _, c := range ps.calls {
		callers[c.callee] = append(callers[c.callee], c.caller)
	}
	done := map[*proc]int{} // how many of q.free its callers have
	queue := append([]*proc(nil), ps.procs...)
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		fresh := q.free[done[q]:]
		done[q] = len(q.free)
		for _, v := range fresh {
			for _, caller := range callers[q] {
				for p := caller; p != nil && p != v.owner; p = p.parent {
					if addFree(p, v) {
						queue = append(queue, p)
					}
				}
			}
		}
	}
}

// definedBeforeUse refuses a body's definition whose expression uses
// itself or a later definition of the same body, directly or through a
// procedure it calls.
func (ps *parser) definedBeforeUse(d bodyDefines) {
	later := map[*variable]int{}
	for j, v := range d.vars {
		later[v] = j
	}
	for j, init := range d.inits {
		walk(init, func(e expr) {
			var used *variable
			var through *eCall
			switch x := e.(type) {
			case *eVar:
				used = x.v
			case *eSet:
				used = x.v
			case *eCall:
				for _, f := range x.free {
					if k, ok := later[f]; ok && k >= j {
						used, through = f, x
						break
					}
				}
			}
			k, ok := later[used]
			if !ok || k < j {
				return
			}
			what := "its own definition"
			if k > j {
				what = fmt.Sprintf("its definition at line %d:%d", used.pos.Line, used.pos.Col)
			}
			if through != nil {
				ps.fail(through.p, "%s calls %s, which uses %s before %s: in a body, a definition's expression may use only the definitions before it (move (define %s …) up, or make it a procedure)",
					d.vars[j].name, displayName(through.proc), used.name, what, used.name)
			}
			ps.fail(e.base().p, "%s is used before %s: in a body, a definition's expression may use only the definitions before it (move (define %s …) up)",
				used.name, what, used.name)
		})
	}
}

func (ps *parser) constExpr(d *datum) expr {
	switch d.kind {
	case dInt:
		return &eConst{node: node{p: d.pos, t: knownT(S64)}, i: d.i}
	case dFloat:
		return &eConst{node: node{p: d.pos, t: knownT(F64)}, f: d.f}
	case dBool:
		k := &eConst{node: node{p: d.pos, t: knownT(Boolean)}}
		if d.b {
			k.i = 1
		}
		return k
	case dBigInt:
		ps.fail(d.pos, "the integer %s does not fit in 64 bits (s64 is -9223372036854775808 … 9223372036854775807)", d.sym)
	case dRational:
		ps.fail(d.pos, "%s: rationals are not part of Offload; use a flonum such as 0.5", d.sym)
	case dString:
		ps.fail(d.pos, "strings are not part of Offload")
	case dChar:
		ps.fail(d.pos, "characters are not part of Offload")
	case dVector:
		ps.fail(d.pos, "vector and bytevector literals are not part of Offload: they would allocate; take a bytevector argument")
	case dSymbol:
		ps.fail(d.pos, "quoted symbols are not part of Offload")
	case dList:
		ps.fail(d.pos, "quoted lists are not part of Offload")
	}
	return nil
}

func (ps *parser) expr(d *datum, e *env, tail tailSet) expr {
	switch d.kind {
	case dSymbol:
		b, ok := e.lookup(d.sym)
		if !ok {
			if _, prim := primitives[d.sym]; prim {
				ps.fail(d.pos, "%s is a primitive and can only be called, not used as a value", d.sym)
			}
			if isKeyword(d.sym) {
				ps.fail(d.pos, "%s is syntax and cannot be used as a value", d.sym)
			}
			ps.fail(d.pos, "unbound variable %s", d.sym)
		}
		switch b.kind {
		case bVar:
			ps.useVar(b.v)
			return &eVar{node: node{p: d.pos, t: b.v.t}, v: b.v}
		case bConst:
			k := b.k
			if k == nil {
				k = ps.constant(d.sym)
			}
			c := *k
			c.p = d.pos
			return &c
		case bLoop:
			b.loop.nonTail = true
			return &eConst{node: node{p: d.pos, t: newT()}}
		default:
			ps.fail(d.pos, "%s is a procedure and can only be called: Offload has no procedures as values", d.sym)
		}
	case dList:
		return ps.form(d, e, tail)
	}
	return ps.constExpr(d)
}

// bindFresh makes the variable named by sym (what: "a let variable", …),
// parses its init in the enclosing env e, and binds it in inner, refusing a
// name bound twice in the same form (let, named let, do: their inits see
// the outer scope, their bodies the new one).
func (ps *parser) bindFresh(sym, init *datum, e, inner *env, what, form string) (*variable, expr) {
	name := ps.sym(sym, what)
	if _, dup := inner.names[name]; dup {
		ps.fail(sym.pos, "%s is bound twice in this %s", name, form)
	}
	v := &variable{name: name, pos: sym.pos, t: newT(), owner: ps.cur}
	x := ps.expr(init, e, nil)
	inner.names[name] = binding{kind: bVar, v: v}
	return v, x
}

func (ps *parser) exprs(ds []*datum, e *env) []expr {
	out := make([]expr, len(ds))
	for i, d := range ds {
		out[i] = ps.expr(d, e, nil)
	}
	return out
}

func (ps *parser) form(d *datum, e *env, tail tailSet) expr {
	items := d.items
	if len(items) == 0 {
		ps.fail(d.pos, "() is not an expression: Offload has no lists")
	}
	head := items[0]
	if head.kind != dSymbol {
		ps.fail(head.pos, "only a name can be called; %s is not one", head)
	}
	if b, ok := e.lookup(head.sym); ok {
		switch b.kind {
		case bProc:
			args := ps.exprs(items[1:], e)
			if len(args) != len(b.proc.params) {
				ps.fail(d.pos, "%s takes %d arguments, given %d", displayName(b.proc), len(b.proc.params), len(args))
			}
			if ps.cur != nil {
				ps.cur.calls = append(ps.cur.calls, b.proc)
				ps.calls = append(ps.calls, callEdge{ps.cur, b.proc})
			}
			return &eCall{node: node{p: d.pos, t: newT()}, proc: b.proc, args: args}
		case bImport:
			args := ps.exprs(items[1:], e)
			if len(args) != len(b.imp.params) {
				ps.fail(d.pos, "the import %s takes %d arguments, given %d", b.imp.name, len(b.imp.params), len(args))
			}
			if ps.cur != nil {
				ps.cur.imports = append(ps.cur.imports, b.imp)
			}
			return &eImport{node: node{p: d.pos, t: newT()}, imp: b.imp, args: args}
		case bLoop:
			args := ps.exprs(items[1:], e)
			l := b.loop.loop
			if !tail.has(l) {
				b.loop.nonTail = true
			}
			if len(args) != len(l.vars) {
				ps.fail(d.pos, "%s takes %d arguments, given %d", l.name, len(l.vars), len(args))
			}
			return &eRecur{node: node{p: d.pos, t: newT()}, loop: l, args: args}
		case bVar, bConst:
			ps.fail(head.pos, "%s is a variable, not a procedure: Offload has no procedures as values", head.sym)
		}
	}
	n := node{p: d.pos}
	switch head.sym {
	case "quote":
		if len(items) != 2 {
			ps.fail(d.pos, "quote takes one datum")
		}
		return ps.constExpr(items[1])
	case "if":
		if len(items) != 3 && len(items) != 4 {
			ps.fail(d.pos, "if takes a test, a consequent and an optional alternative")
		}
		x := &eIf{node: n, c: ps.expr(items[1], e, nil), then: ps.expr(items[2], e, tail)}
		if len(items) == 4 {
			x.els = ps.expr(items[3], e, tail)
		}
		return x
	case "begin":
		if len(items) == 1 {
			ps.fail(d.pos, "(begin) needs at least one expression")
		}
		return ps.sequence(items[1:], e, tail)
	case "set!":
		if len(items) != 3 {
			ps.fail(d.pos, "set! takes a variable and an expression")
		}
		name := ps.sym(items[1], "set!'s target")
		b, ok := e.lookup(name)
		if !ok {
			ps.fail(items[1].pos, "set! of the unbound variable %s", name)
		}
		if b.kind != bVar {
			if b.kind == bConst && e == ps.top {
				ps.fail(items[1].pos, "set! of the top-level %s: top-level definitions are constants (entries may run concurrently)", name)
			}
			ps.fail(items[1].pos, "set! of %s, which is not a local variable: top-level definitions are constants", name)
		}
		b.v.mutated = true
		if ps.sets == nil {
			ps.sets = map[*variable]Pos{}
		}
		if _, ok := ps.sets[b.v]; !ok {
			ps.sets[b.v] = d.pos
		}
		ps.useVar(b.v)
		n.t = knownT(Void)
		return &eSet{node: n, v: b.v, val: ps.expr(items[2], e, nil)}
	case "let":
		if len(items) >= 2 && items[1].kind == dSymbol {
			return ps.namedLet(d, e, tail)
		}
		bs := ps.bindings(d, items)
		inner := e.child()
		x := &eLet{node: n}
		for _, b := range bs {
			v, init := ps.bindFresh(b[0], b[1], e, inner, "a let variable", "let")
			x.vars = append(x.vars, v)
			x.inits = append(x.inits, init)
		}
		x.body = ps.body(items[2:], inner, tail, d.pos)
		return x
	case "let*":
		bs := ps.bindings(d, items)
		var lets []*eLet
		// one scope for all the bindings, each added once its init is
		// parsed: a later init sees the earlier ones (a name bound again
		// shadows the first from there on), and lookups stay one step
		// however many bindings there are
		cur := e.child()
		for _, b := range bs {
			name := ps.sym(b[0], "a let* variable")
			v := &variable{name: name, pos: b[0].pos, t: newT(), owner: ps.cur}
			init := ps.expr(b[1], cur, nil)
			cur.names[name] = binding{kind: bVar, v: v}
			lets = append(lets, &eLet{node: node{p: b[0].pos}, vars: []*variable{v}, inits: []expr{init}})
		}
		out := ps.body(items[2:], cur.child(), tail, d.pos)
		for i := len(lets) - 1; i >= 0; i-- {
			lets[i].body = out
			out = lets[i]
		}
		return out
	case "letrec", "letrec*":
		bs := ps.bindings(d, items)
		var names []string
		var defs [][]*datum
		var poss []Pos
		for _, b := range bs {
			l := b[1]
			if l.kind != dList || len(l.items) < 3 || !l.items[0].isSym("lambda") {
				ps.fail(b[1].pos, "%s binds only procedures in Offload: (name (lambda (arg …) body …))", head.sym)
			}
			names = append(names, ps.sym(b[0], "a letrec variable"))
			defs = append(defs, l.items[1:])
			poss = append(poss, b[0].pos)
		}
		inner := e.child()
		ps.localProcs(names, defs, poss, inner)
		return ps.body(items[2:], inner, tail, d.pos)
	case "cond":
		if len(items) == 1 {
			ps.fail(d.pos, "cond needs at least one clause")
		}
		return ps.cond(d, items[1:], e, tail)
	case "case":
		return ps.caseForm(d, e, tail)
	case "when", "unless":
		if len(items) < 3 {
			ps.fail(d.pos, "%s takes a test and at least one expression", head.sym)
		}
		test := ps.expr(items[1], e, nil)
		if head.sym == "unless" {
			test = &ePrim{node: node{p: items[1].pos, t: newT()}, prim: primitives["not"], args: []expr{test}}
		}
		// (if test (begin body …)): the last expression is in tail position
		return &eIf{node: n, c: test, then: ps.sequence(items[2:], e, tail)}
	case "and", "or":
		if len(items) == 1 {
			return &eConst{node: node{p: d.pos, t: knownT(Boolean)}, i: map[bool]int64{true: 1, false: 0}[head.sym == "and"]}
		}
		args := make([]expr, len(items)-1)
		for i, it := range items[1:] {
			t := tailSet(nil)
			if i == len(items)-2 {
				t = tail
			}
			args[i] = ps.expr(it, e, t)
		}
		out := args[len(args)-1]
		for i := len(args) - 2; i >= 0; i-- {
			if head.sym == "and" {
				out = &eIf{node: node{p: d.pos}, c: args[i], then: out, els: &eConst{node: node{p: d.pos, t: knownT(Boolean)}}}
			} else {
				out = &eIf{node: node{p: d.pos}, c: args[i], then: &eConst{node: node{p: d.pos, t: knownT(Boolean)}, i: 1}, els: out}
			}
		}
		return out
	case "do":
		return ps.doForm(d, e, tail)
	case "define":
		ps.fail(d.pos, "define is only allowed at the top level or at the start of a body")
	case "else", "=>":
		ps.fail(d.pos, "%s is only allowed inside cond or case", head.sym)
	}
	if p, ok := primitives[head.sym]; ok {
		args := ps.exprs(items[1:], e)
		if len(args) < p.min || (p.max >= 0 && len(args) > p.max) {
			want := fmt.Sprint(p.min)
			switch {
			case p.max < 0:
				want = fmt.Sprintf("at least %d", p.min)
			case p.max != p.min:
				want = fmt.Sprintf("%d to %d", p.min, p.max)
			}
			ps.fail(d.pos, "%s takes %s arguments, given %d", p.name, want, len(args))
		}
		if p.class == cChime && ps.cur != nil {
			ps.cur.rings = true
		}
		return &ePrim{node: node{p: d.pos, t: newT()}, prim: p, args: args}
	}
	var known []string
	for n := range ps.top.names {
		known = append(known, n)
	}
	for s := e; s != nil; s = s.parent {
		for n := range s.names {
			known = append(known, n)
		}
	}
	ps.fail(head.pos, "%s", unknownName(head.sym, known))
	return nil
}

// sequence parses expressions in order, the last in tail position: one
// expression, or a begin of several.
func (ps *parser) sequence(items []*datum, e *env, tail tailSet) expr {
	var es []expr
	for i, it := range items {
		t := tailSet(nil)
		if i == len(items)-1 {
			t = tail
		}
		es = append(es, ps.expr(it, e, t))
	}
	if len(es) == 1 {
		return es[0]
	}
	return &eSeq{node: node{p: items[0].pos}, es: es}
}

func (ps *parser) bindings(d *datum, items []*datum) [][2]*datum {
	if len(items) < 3 {
		ps.fail(d.pos, "%s needs bindings and a body", items[0].sym)
	}
	var out [][2]*datum
	for _, b := range ps.list(items[1], "the bindings") {
		pair := ps.list(b, "a binding, (name expression),")
		if len(pair) != 2 {
			ps.fail(b.pos, "a binding is (name expression)")
		}
		out = append(out, [2]*datum{pair[0], pair[1]})
	}
	return out
}

// namedLet makes a loop when the name is only called in tail position, and
// a lifted procedure otherwise.
func (ps *parser) namedLet(d *datum, e *env, tail tailSet) expr {
	items := d.items
	name := items[1].sym
	if len(items) < 4 {
		ps.fail(d.pos, "a named let is (let name ((var init) …) body …)")
	}
	bs := ps.bindings(d, append([]*datum{items[0]}, items[2:]...))
	// Try a loop; a second parse (as a procedure) if the name escapes.
	// Parsing has no side effects a retry could double except call edges,
	// which are idempotent for effects and free-variable closure.
	savedCalls := len(ps.calls)
	savedProcs := len(ps.procs)
	var savedImports, savedCallsOfCur int
	if ps.cur != nil {
		savedImports, savedCallsOfCur = len(ps.cur.imports), len(ps.cur.calls)
	}
	l := &eLoop{node: node{p: d.pos, t: newT()}, name: name}
	mark := &loopMark{loop: l}
	inner := e.child()
	for _, b := range bs {
		v, init := ps.bindFresh(b[0], b[1], e, inner, "a loop variable", "let")
		l.vars = append(l.vars, v)
		l.inits = append(l.inits, init)
	}
	self := inner.child()
	self.names[name] = binding{kind: bLoop, loop: mark}
	l.body = ps.body(items[3:], self, append(append(tailSet(nil), tail...), l), d.pos)
	if !mark.nonTail {
		return l
	}
	ps.calls = ps.calls[:savedCalls]
	ps.procs = ps.procs[:savedProcs]
	if ps.cur != nil {
		ps.cur.imports, ps.cur.calls = ps.cur.imports[:savedImports], ps.cur.calls[:savedCallsOfCur]
	}
	var params []*datum
	var inits []*datum
	for _, b := range bs {
		params = append(params, b[0])
		inits = append(inits, b[1])
	}
	def := append([]*datum{{kind: dList, pos: items[2].pos, items: params}}, items[3:]...)
	procEnv := e.child()
	procs := ps.localProcs([]string{name}, [][]*datum{def}, []Pos{d.pos}, procEnv)
	args := ps.exprs(inits, e)
	if ps.cur != nil {
		ps.cur.calls = append(ps.cur.calls, procs[0])
		ps.calls = append(ps.calls, callEdge{ps.cur, procs[0]})
	}
	return &eCall{node: node{p: d.pos, t: newT()}, proc: procs[0], args: args}
}

func (ps *parser) cond(d *datum, clauses []*datum, e *env, tail tailSet) expr {
	if len(clauses) == 0 {
		return nil
	}
	c := ps.list(clauses[0], "a cond clause")
	if len(c) == 0 {
		ps.fail(clauses[0].pos, "a cond clause needs a test")
	}
	seq := func(items []*datum) expr { return ps.sequence(items, e, tail) }
	if c[0].isSym("else") {
		if len(clauses) > 1 {
			ps.fail(clauses[1].pos, "a cond clause after else can never be reached")
		}
		if len(c) == 1 {
			ps.fail(c[0].pos, "else needs at least one expression")
		}
		return seq(c[1:])
	}
	if len(c) > 1 && c[1].isSym("=>") {
		ps.fail(c[1].pos, "cond's => passes a procedure as a value, which Offload cannot; bind the test with let")
	}
	if len(c) == 1 {
		ps.fail(c[0].pos, "a cond clause with only a test returns the test's value; write it with or, or add an expression")
	}
	x := &eIf{node: node{p: clauses[0].pos}, c: ps.expr(c[0], e, nil), then: seq(c[1:])}
	if rest := ps.cond(d, clauses[1:], e, tail); rest != nil {
		x.els = rest
	}
	return x
}

func (ps *parser) caseForm(d *datum, e *env, tail tailSet) expr {
	items := d.items
	if len(items) < 3 {
		ps.fail(d.pos, "case takes a key and clauses")
	}
	key := ps.expr(items[1], e, nil)
	v := &variable{name: "case-key", pos: d.pos, t: knownT(S64), owner: ps.cur}
	inner := e.child()
	var build func(i int) expr
	build = func(i int) expr {
		if i == len(items) {
			return nil
		}
		c := ps.list(items[i], "a case clause")
		if len(c) < 2 {
			ps.fail(items[i].pos, "a case clause is ((datum …) expression …)")
		}
		bodyE := ps.sequence(c[1:], inner, tail)
		if c[0].isSym("else") {
			if i != len(items)-1 {
				ps.fail(items[i+1].pos, "a case clause after else can never be reached")
			}
			return bodyE
		}
		var test expr
		for _, dd := range ps.list(c[0], "a case clause's datums") {
			if dd.kind != dInt {
				ps.fail(dd.pos, "case datums must be integers in Offload, not %s", dd)
			}
			cmp := &ePrim{node: node{p: dd.pos, t: newT()}, prim: primitives["="], args: []expr{
				&eVar{node: node{p: dd.pos, t: v.t}, v: v}, &eConst{node: node{p: dd.pos, t: knownT(S64)}, i: dd.i}}}
			if test == nil {
				test = cmp
			} else {
				test = &eIf{node: node{p: dd.pos}, c: test, then: &eConst{node: node{p: dd.pos, t: knownT(Boolean)}, i: 1}, els: cmp}
			}
		}
		if test == nil {
			return build(i + 1)
		}
		return &eIf{node: node{p: items[i].pos}, c: test, then: bodyE, els: build(i + 1)}
	}
	out := build(2)
	if out == nil {
		out = &eSeq{node: node{p: d.pos}}
	}
	return &eLet{node: node{p: d.pos}, vars: []*variable{v}, inits: []expr{key}, body: out}
}

// doForm: (do ((var init step) …) (test result …) command …) is a loop.
func (ps *parser) doForm(d *datum, e *env, tail tailSet) expr {
	items := d.items
	if len(items) < 3 {
		ps.fail(d.pos, "do is (do ((var init step) …) (test result …) command …)")
	}
	l := &eLoop{node: node{p: d.pos, t: newT()}, name: "do"}
	inner := e.child()
	specs := ps.list(items[1], "do's variables")
	var steps []*datum
	for _, s := range specs {
		f := ps.list(s, "a do variable, (var init step),")
		if len(f) != 2 && len(f) != 3 {
			ps.fail(s.pos, "a do variable is (var init) or (var init step)")
		}
		v, init := ps.bindFresh(f[0], f[1], e, inner, "a do variable", "do")
		l.vars = append(l.vars, v)
		l.inits = append(l.inits, init)
		if len(f) == 3 {
			steps = append(steps, f[2])
		} else {
			steps = append(steps, f[0])
		}
	}
	test := ps.list(items[2], "do's test clause")
	if len(test) == 0 {
		ps.fail(items[2].pos, "do's test clause needs a test")
	}
	loopTail := append(append(tailSet(nil), tail...), l)
	var result expr
	if len(test) == 1 {
		result = &eSeq{node: node{p: items[2].pos}}
	} else {
		result = ps.sequence(test[1:], inner, loopTail)
	}
	var cmds []expr
	for _, c := range items[3:] {
		cmds = append(cmds, ps.expr(c, inner, nil))
	}
	recur := &eRecur{node: node{p: d.pos, t: newT()}, loop: l, args: ps.exprs(steps, inner)}
	cmds = append(cmds, recur)
	var again expr = recur
	if len(cmds) > 1 {
		again = &eSeq{node: node{p: d.pos}, es: cmds}
	}
	l.body = &eIf{node: node{p: items[2].pos}, c: ps.expr(test[0], inner, nil), then: result, els: again}
	return l
}
