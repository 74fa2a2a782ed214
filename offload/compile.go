package offload

import (
	"fmt"
	"strings"
)

// Compile compiles the Offload library in src (file names it in errors and
// debug info). Errors are *Error, with a position and a sentence.
func Compile(file string, src []byte) (bc *Bytecode, err error) {
	ps := &parser{file: file}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			bc, err = nil, e
		}
	}()
	forms, err := read(file, src)
	if err != nil {
		return nil, err
	}
	ps.library(forms)
	// a call names its procedure or import in 16 bits
	if len(ps.procs) > 65535 {
		ps.fail(ps.procs[65535].pos, "the program has more than 65535 procedures (local procedures and named lets that are not loops count); split it")
	}
	if len(ps.imports) > 65535 {
		ps.fail(ps.imports[65535].pos, "the program has more than 65535 imports")
	}
	for _, p := range ps.procs {
		voidEntry := p.entry && p.declRes == Void
		t := infer(ps, p.body, voidEntry)
		if voidEntry {
			continue
		}
		if !unify(p.result, t) {
			if p.entry {
				ps.fail(p.body.base().p, "the entry %s is declared to return %s but its body gives %s", p.name, p.declRes, typeName(t))
			}
			ps.fail(p.body.base().p, "%s returns %s here but %s elsewhere", displayName(p), typeName(t), typeName(p.result))
		}
	}
	ps.effects()
	ps.inline()
	return ps.generate(), nil
}

// effects computes each procedure's effects over the call graph and
// refuses a real-time entry that may block or call the host.
func (ps *parser) effects() {
	for _, p := range ps.procs {
		for _, im := range p.imports {
			p.effects |= EffectCallsHost
			if im.blocking {
				p.effects |= EffectBlocks
			}
		}
		if p.rings {
			p.effects |= EffectRings
		}
	}
	// a worklist from the procedures with effects to their callers: each
	// procedure is handed on at most once per effect it gains
	callers := map[*proc][]*proc{}
	var queue []*proc
	for _, p := range ps.procs {
		for _, q := range p.calls {
			callers[q] = append(callers[q], p)
		}
		if p.effects != 0 {
			queue = append(queue, p)
		}
	}
	for len(queue) > 0 {
		q := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, p := range callers[q] {
			if p.effects|q.effects != p.effects {
				p.effects |= q.effects
				queue = append(queue, p)
			}
		}
	}
	for _, p := range ps.procs {
		if p.realtime && p.effects&(EffectBlocks|EffectCallsHost) != 0 {
			chain, im := ps.chainToImport(p)
			ps.fail(p.pos, "the real-time entry %s may call the host: %s calls the import %s, and a real-time entry may neither block nor call host code (use define-entry, or ring a chime and let the host act)", p.name, chain, im.name)
		}
	}
}

// chainToImport finds a shortest call chain from p to a procedure that
// calls an import.
func (ps *parser) chainToImport(p *proc) (string, *importDef) {
	prev := map[*proc]*proc{p: nil}
	queue := []*proc{p}
	for len(queue) > 0 {
		q := queue[0]
		queue = queue[1:]
		if len(q.imports) > 0 {
			var names []string
			for x := q; x != nil; x = prev[x] {
				names = append([]string{displayName(x)}, names...)
			}
			return strings.Join(names, " → "), q.imports[0]
		}
		for _, c := range q.calls {
			if _, seen := prev[c]; !seen {
				prev[c] = q
				queue = append(queue, c)
			}
		}
	}
	return p.name, &importDef{name: "?"}
}

func (ps *parser) generate() *Bytecode {
	bc := &Bytecode{File: ps.file}
	for _, im := range ps.imports {
		bc.Imports = append(bc.Imports, Import{Name: im.name, Blocking: im.blocking, Sig: Signature{Result: im.result, Params: im.params}})
	}
	consts := map[uint64]int{}
	for i, p := range ps.procs {
		g := &gen{ps: ps, bc: bc, consts: consts, p: p, fi: i, regOf: map[*variable]int{}, loops: map[*eLoop]*loopInfo{},
			constRegs: map[[2]uint64]int{}}
		debugFrom := len(bc.Debug)
		g.pos = p.pos
		sig := Signature{Result: p.result.resolved(), Params: callTypes(p)}
		if len(sig.Params) > 64 {
			ps.fail(p.pos, "%s has %d parameters (with the variables it uses from outside); the limit is 64", displayName(p), len(sig.Params))
		}
		g.result = sig.Result
		for _, v := range append(append([]*variable(nil), p.params...), p.free...) {
			g.regOf[v] = g.grow(regClass(v.t.resolved()))
		}
		g.start = g.newLabel()
		g.place(g.start)
		g.compile(p.body, cont{kind: kRet})
		g.finish(debugFrom)
		bc.Funcs = append(bc.Funcs, Function{Name: p.name, Sig: sig, RegTypes: g.regs, Code: g.code})
		if p.entry {
			bc.Entries = append(bc.Entries, Entry{Name: p.name, Func: uint32(i), Realtime: p.realtime, Effects: p.effects})
		}
	}
	return bc
}

// Check compiles src and describes each entry: its signature and effects.
func Check(file string, src []byte) (string, error) {
	bc, err := Compile(file, src)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, e := range bc.Entries {
		kind := "entry"
		if e.Realtime {
			kind = "entry/rt"
		}
		fmt.Fprintf(&b, "%s %s %s; effects: %s\n", kind, e.Name, sigString(bc.Funcs[e.Func].Sig), e.Effects)
	}
	return b.String(), nil
}
