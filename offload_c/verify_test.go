package offloadc

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/yuni-offload/yuni-offload/nccc"
	"github.com/yuni-offload/yuni-offload/offload"
)

const verifySrc = `#!r6rs
(library (v) (export f g)  (import (offload))
  (define (h b i) (bytevector-u8-ref b i))
  (define-entry (f (b bytevector) (i s64)) s64 (h b i))
  (define-entry (g (x f64)) f64 (* x 2.0)))`

// compileBC compiles without inlining: the cases below edit the calls.
func compileBC(t testing.TB, src string) *offload.Bytecode {
	t.Helper()
	offload.Inlining = false
	defer func() { offload.Inlining = true }()
	bc, err := offload.Compile("v.sls", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return bc
}

// Each malformed program is refused with a message, never run.
func TestVerifierRejects(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(bc *offload.Bytecode)
		want   string
	}{
		{"unknown opcode", func(bc *offload.Bytecode) { bc.Funcs[0].Code[0].Op = 999 }, "unknown opcode"},
		{"register out of range", func(bc *offload.Bytecode) { bc.Funcs[0].Code[0].A = 400 }, "register"},
		{"int register as bytevector", func(bc *offload.Bytecode) {
			for i, in := range bc.Funcs[0].Code {
				if in.Op == offload.OpLdU8 {
					bc.Funcs[0].Code[i].B = in.C
				}
			}
		}, "not a bytevector register pair"},
		{"jump outside", func(bc *offload.Bytecode) {
			f := &bc.Funcs[2]
			f.Code = append([]offload.Instruction{{Op: offload.OpJmp, A: 500}}, f.Code...)
		}, "jump target"},
		{"falls off the end", func(bc *offload.Bytecode) {
			f := &bc.Funcs[2]
			f.Code = append(f.Code, offload.Instruction{Op: offload.OpNop})
		}, "falls off the end"},
		{"call window types", func(bc *offload.Bytecode) {
			for i, in := range bc.Funcs[1].Code {
				if in.Op == offload.OpTailcall || in.Op == offload.OpCall {
					bc.Funcs[1].Code[i].B = 2 // the s64 register, not the bytevector pair
				}
			}
		}, "argument 0"},
		{"function index", func(bc *offload.Bytecode) {
			for i, in := range bc.Funcs[1].Code {
				if in.Op == offload.OpTailcall || in.Op == offload.OpCall {
					bc.Funcs[1].Code[i].A = 77
				}
			}
		}, "function 77 does not exist"},
		{"constant index", func(bc *offload.Bytecode) {
			bc.Funcs[2].Code = append([]offload.Instruction{{Op: offload.OpLoadkF, A: 0, B: 9}}, bc.Funcs[2].Code...)
		}, "constant 9 does not exist"},
		{"length without pointer", func(bc *offload.Bytecode) { bc.Funcs[2].RegTypes = append(bc.Funcs[2].RegTypes, offload.RegLen) }, "does not follow a bytevector"},
		{"pointer without length", func(bc *offload.Bytecode) { bc.Funcs[2].RegTypes = append(bc.Funcs[2].RegTypes, offload.RegBV) }, "not followed by its length"},
		{"return type", func(bc *offload.Bytecode) {
			f := &bc.Funcs[2]
			f.Code[len(f.Code)-1] = offload.Instruction{Op: offload.OpRetV}
		}, "returns nothing from a function that returns a value"},
		{"param type", func(bc *offload.Bytecode) { bc.Funcs[2].RegTypes[0] = offload.RegInt }, "parameter 0"},
		{"entry function", func(bc *offload.Bytecode) { bc.Entries[0].Func = 42 }, "does not exist"},
		{"duplicate entry", func(bc *offload.Bytecode) { bc.Entries[1].Name = bc.Entries[0].Name }, "defined twice"},
		{"unused operand", func(bc *offload.Bytecode) {
			f := &bc.Funcs[2]
			f.Code[len(f.Code)-1].C = 3
		}, "unused operand"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bc := compileBC(t, verifySrc)
			c.mutate(bc)
			_, err := Load(bc.Encode())
			if err == nil {
				t.Fatal("loaded")
			}
			if nccc.StatusOf(err) != nccc.ECompile || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v (%v), want YUNI_ECOMPILE containing %q", err, nccc.StatusOf(err), c.want)
			}
		})
	}
	// every truncation and a trailing byte
	blob := compileBC(t, verifySrc).Encode()
	for n := 0; n < len(blob); n++ {
		if p, err := Load(blob[:n]); err == nil {
			p.Destroy()
			t.Fatalf("a blob truncated to %d of %d bytes loaded", n, len(blob))
		}
	}
	if _, err := Load(append(blob, 0)); err == nil || !strings.Contains(err.Error(), "garbage") {
		t.Fatalf("trailing byte: %v", err)
	}
}

func TestCompileThroughABI(t *testing.T) {
	p, err := CompileSource([]byte(verifySrc))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Destroy()
	g, err := p.Entry("g")
	if err != nil {
		t.Fatal(err)
	}
	if r, err := g.Call(0x4008000000000000); err != nil || r != 0x4018000000000000 { // 3.0 -> 6.0
		t.Fatalf("g(3.0) = %x, %v", r, err)
	}
	if _, err := CompileSource([]byte("(library")); nccc.StatusOf(err) != nccc.ECompile || !strings.Contains(err.Error(), "source:1:") {
		t.Fatalf("bad source: %v", err)
	}
	if _, err := p.Entry("nope"); nccc.StatusOf(err) != nccc.ENoSym {
		t.Fatalf("missing entry: %v", err)
	}
	if err := p.Grant("nope", g.Dispatch); nccc.StatusOf(err) != nccc.ENoSym {
		t.Fatalf("missing import: %v", err)
	}
	if _, err := (Entry{}).Call(1); nccc.StatusOf(err) != nccc.EInval {
		t.Fatalf("zero Entry: %v", err)
	}
	// a destroyed program's entries are refused, not run
	p.Destroy()
	if _, err := g.Call(0); nccc.StatusOf(err) != nccc.EBadHandle {
		t.Fatalf("after destroy: %v", err)
	}
	if err := p.Destroy(); nccc.StatusOf(err) != nccc.EBadHandle {
		t.Fatalf("second destroy: %v", err)
	}
}

func TestTrapsAndBudget(t *testing.T) {
	p := mustCompile(t, `#!r6rs
(library (b) (export spin deep nul) (import (offload))
  (define-entry (spin (n s64)) s64 (let loop ((i 0)) (if (= i n) i (loop (+ i 1)))))
  (define (down n) (if (= n 0) 0 (+ 1 (down (- n 1)))))
  (define-entry (deep (n s64)) s64 (down n))
  (define-entry (nul (b bytevector)) s64 (bytevector-length b)))`)
	spin, _ := p.Entry("spin")
	if r, err := spin.Call(1000); err != nil || r != 1000 {
		t.Fatal(r, err)
	}
	p.SetBudget(500)
	_, err := spin.Call(1 << 40) // would run for minutes without a budget
	var trap *TrapError
	if !errors.As(err, &trap) || trap.Kind != TrapBudget {
		t.Fatalf("runaway loop: %v", err)
	}
	if r, err := spin.Call(400); err != nil || r != 400 {
		t.Fatalf("within budget: %d %v", r, err)
	}
	p.SetBudget(0)
	deep, _ := p.Entry("deep")
	if r, err := deep.Call(5000); err != nil || r != 5000 {
		t.Fatal(r, err)
	}
	if _, err := deep.Call(1 << 30); !errors.As(err, &trap) || trap.Kind != TrapCallDepth {
		t.Fatalf("deep recursion: %v", err)
	}
	// the entry is usable after a trap
	if r, err := deep.Call(10); err != nil || r != 10 {
		t.Fatal(r, err)
	}
	nul, _ := p.Entry("nul")
	if _, err := nul.Call(0, 5); nccc.StatusOf(err) != nccc.EInval {
		t.Fatalf("NULL pointer with a length: %v", err)
	}
	if r, err := nul.Call(0, 0); err != nil || r != 0 {
		t.Fatalf("empty bytevector: %v", err)
	}
	if _, err := nul.Call(8, 1<<63); nccc.StatusOf(err) != nccc.EInval {
		t.Fatalf("negative length: %v", err)
	}
}

// Random and mutated bytecode never crashes the verifier or interpreter,
// and what passes the verifier runs inside its buffers.
const guardedSrc = `#!r6rs
(library (v) (export both) (import (offload))
  (define-entry (both (u bytevector) (d bytevector) (n s64) (m s64)) f64
    (let loop ((i 0) (acc 0.0))
      (if (= i n)
          acc
          (loop (+ i 1) (+ acc (* (inexact (+ m (bytevector-u8-ref u i))) (bytevector-ieee-double-native-ref d (* i 8)))))))))`

// A guarded loop's unchecked accesses are accepted only where the
// verifier can prove them in bounds: each way of breaking the shape is
// refused with a message.
func TestVerifierGuardedLoops(t *testing.T) {
	find := func(code []offload.Instruction, op offload.Opcode, nth int) int {
		for pc, in := range code {
			if in.Op == op {
				if nth == 0 {
					return pc
				}
				nth--
			}
		}
		t.Fatalf("no %s", op)
		return -1
	}
	cases := []struct {
		name   string
		mutate func(code []offload.Instruction) []offload.Instruction
		want   string
	}{
		{"as compiled", func(code []offload.Instruction) []offload.Instruction { return code }, ""},
		{"unchecked outside the body", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpLdU8, 0)].Op = offload.OpLduU8
			return code
		}, "outside the body of a guarded loop"},
		{"writes the counter", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpLduU8, 0)].A = code[find(code, offload.OpGuardI, 0)].A
			return code
		}, "writes the counter or limit"},
		{"writes the limit", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpAddI, 0)].A = code[find(code, offload.OpGuardI, 0)].B
			return code
		}, "writes the counter or limit"},
		{"overwrites a guarded bytevector", func(code []offload.Instruction) []offload.Instruction {
			bv := code[find(code, offload.OpGuardBv1, 0)].A
			code[find(code, offload.OpItof, 0)] = offload.Instruction{Op: offload.OpMovB, A: bv, B: code[find(code, offload.OpGuardBv8, 0)].A}
			return code
		}, "writes bytevector register"},
		{"jumps into the body", func(code []offload.Instruction) []offload.Instruction {
			code[len(code)-1].A = uint16(find(code, offload.OpLduU8, 0) + 1)
			return code
		}, "from outside its body"},
		{"jumps between the guards", func(code []offload.Instruction) []offload.Instruction {
			code[len(code)-1].A = uint16(find(code, offload.OpGuardBv8, 0))
			return code
		}, "from outside its body"},
		{"indexed by another register", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpLdxuF64, 0)].C = code[find(code, offload.OpGuardI, 0)].B
			return code
		}, "not by the counter"},
		{"bytevector guarded for another size", func(code []offload.Instruction) []offload.Instruction {
			at := find(code, offload.OpLdxuF64, 0)
			code[at].B = code[find(code, offload.OpLduU8, 0)].B
			return code
		}, "does not guard"},
		{"guard for another limit", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpGuardBv8, 0)].B = code[find(code, offload.OpAddI, 0)].B
			return code
		}, "outside the body of a guarded loop"}, // the guards end before it: no body starts there
		{"no way back", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpLoopneI, 0)].Op = offload.OpJneI
			return code
		}, "outside the body of a guarded loop"},
		{"way back to elsewhere", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpLoopneI, 0)].C--
			return code
		}, "outside the body of a guarded loop"},
		{"way back counts another register", func(code []offload.Instruction) []offload.Instruction {
			code[find(code, offload.OpLoopneI, 0)].A = code[find(code, offload.OpAddI, 0)].B
			return code
		}, "outside the body of a guarded loop"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bc := compileBC(t, guardedSrc)
			f := &bc.Funcs[0]
			f.Code = c.mutate(f.Code)
			p, err := Load(bc.Encode())
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				p.Destroy()
				return
			}
			if err == nil {
				p.Destroy()
				t.Fatal("loaded")
			}
			if nccc.StatusOf(err) != nccc.ECompile || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want YUNI_ECOMPILE containing %q", err, c.want)
			}
		})
	}
}

func FuzzLoadRun(f *testing.F) {
	files, _ := os.ReadDir("../tests/offload/programs")
	for i, fi := range files {
		if i%4 != 0 {
			continue
		}
		if src, err := os.ReadFile("../tests/offload/programs/" + fi.Name()); err == nil {
			if bc, err := offload.Compile(fi.Name(), src); err == nil {
				f.Add(bc.Encode())
			}
		}
	}
	f.Add(compileBC(f, verifySrc).Encode())
	f.Add(compileBC(f, guardedSrc).Encode())
	buf := NewBuffer(64)
	f.Fuzz(func(t *testing.T, blob []byte) {
		p, err := Load(blob)
		if err != nil {
			return
		}
		defer p.Destroy()
		p.SetBudget(10000)
		bc, err := offload.Decode(blob)
		if err != nil {
			t.Fatalf("the C loader accepted what Decode refuses: %v", err)
		}
		callEntries(p, bc, buf)
	})
}

// callEntries calls each entry of p that can be had (imports granted) with
// 3 for every number and buf for every bytevector.
func callEntries(p *Program, bc *offload.Bytecode, buf *Buffer) {
	for _, e := range bc.Entries {
		entry, err := p.Entry(e.Name)
		if err != nil {
			continue
		}
		var args []uint64
		for _, t := range bc.Funcs[e.Func].Sig.Params {
			if t == offload.Bytevector {
				ptr, n := buf.Slots()
				args = append(args, ptr, n)
			} else {
				args = append(args, 3)
			}
		}
		entry.Call(args...)
	}
}
