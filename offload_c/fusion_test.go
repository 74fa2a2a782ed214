//go:build cgo

package offloadc

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/yuni-offload/yuni-offload/offload"
)

// runWhere runs one spec and returns its line: the result, and for a trap
// where it happened (function, pc, line).  The last trap is the calling
// thread's: callers stay locked to theirs.
func runWhere(t *testing.T, p *Program, bc *offload.Bytecode, spec string) string {
	t.Helper()
	line, err := RunSpec(p, bc, spec)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(line, "trap") {
		kind, fn, pc, ln, col, entry := LastTrap()
		line += fmt.Sprintf(" [%s kind %d in function %d at pc %d, %d:%d]", entry, kind, fn, pc, ln, col)
	}
	return line
}

// loopCounts are a program's counts of fused pairs and of loops run as one
// handler.
type loopCounts struct{ fused, mac, small int64 }

func (p *Program) loopCounts() loopCounts {
	return loopCounts{p.fusedCount(), p.macLoopCount(), p.smallLoopCount()}
}

// runAll runs every `;; run:` line of a program and returns one line per
// run (runWhere's) and the program's loopCounts.
func runAll(t *testing.T, file string) ([]string, loopCounts) {
	t.Helper()
	// the last trap is the calling thread's: stay on one
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p, bc, specs := loadProgramFile(t, file)
	defer p.Destroy()
	var lines []string
	for _, spec := range specs {
		lines = append(lines, spec+" => "+runWhere(t, p, bc, spec))
	}
	return lines, p.loopCounts()
}

// TestFusionChangesNothing runs every differential program and the
// benchmark kernels with fused handlers and without: results, stores and
// where each trap happened must be the same.  It fails if fusion never
// happens, so it cannot pass by testing the plain handlers twice.
func TestFusionChangesNothing(t *testing.T) {
	files, _ := filepath.Glob("../tests/offload/programs/*.sls")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	defer setFusion(true)
	var total loopCounts
	traps := 0
	for _, file := range files {
		setFusion(true)
		with, n := runAll(t, file)
		setFusion(false)
		without, none := runAll(t, file)
		if none != (loopCounts{}) {
			t.Fatalf("%s: %+v with fusion off", file, none)
		}
		total.fused += n.fused
		total.mac += n.mac
		total.small += n.small
		if strings.Join(with, "\n") != strings.Join(without, "\n") {
			t.Errorf("%s: fused and plain handlers differ\nfused:\n%s\nplain:\n%s", file,
				strings.Join(with, "\n"), strings.Join(without, "\n"))
		}
		for _, l := range with {
			if strings.Contains(l, "trap") {
				traps++
			}
		}
	}
	if total.fused < 100 || total.mac < 10 || total.small < 40 || traps < 20 {
		t.Fatalf("only %d fused pairs, %d multiply-accumulate loops, %d small loops and %d traps in the corpus: "+
			"the test would prove little", total.fused, total.mac, total.small, traps)
	}
	t.Logf("%d programs, %d fused pairs, %d multiply-accumulate loops, %d small loops, %d traps compared",
		len(files), total.fused, total.mac, total.small, traps)
}

// TestLoopBudget: a budget that runs out inside a loop run as one handler
// (a multiply-accumulate loop, a small loop) traps where the instructions
// one by one would, for every budget around the loops' lengths; and on a
// thread that spends its budget in chunks, a loop longer than a chunk goes
// on across chunks.
func TestLoopBudget(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cases := []struct {
		file  string
		count func(p *Program) int64
		specs []string
		long  string // 200000 iterations: four chunks of OFF_CHECK_STEPS (65536)
	}{
		{"mac-loops.sls", (*Program).macLoopCount, []string{
			"(dot (f64s 64) (f64s 64) 0 64)",
			"(dot (f64s 64) (f64s 63) 0 64)",
			"(conv (f64s 64) (f64s 16) 63 16)",
			"(mm-sub (f64s 16) (f64s 16) (zeros 128) 4)",
		}, "(dot (f64s 200000) (f64s 200000) 0 200000)"},
		{"small-loops.sls", (*Program).smallLoopCount, []string{
			"(sum-to 0 64)",
			"(count-from 0 64)",
			"(count-below 0 64)",
			"(squares 3037000440 3037000600 -1)",
			"(fib-iter 91)",
			"(byte-sum (u8s 60) 0 64)",
			"(word-mix (s32s 200) 150 260)",
		}, "(squares 0 200000 268435455)"},
	}
	defer setFusion(true)
	for _, c := range cases {
		file := "../tests/offload/programs/" + c.file
		setFusion(false)
		plain, bc, _ := loadProgramFile(t, file)
		setFusion(true)
		fused, _, _ := loadProgramFile(t, file)
		if c.count(fused) < 5 {
			t.Fatalf("%s: %d loops run as one handler: the test would prove little", c.file, c.count(fused))
		}
		outcome := func(p *Program, budget uint64, spec string) string {
			t.Helper()
			if err := p.SetBudget(budget); err != nil {
				t.Fatal(err)
			}
			return runWhere(t, p, bc, spec)
		}
		compare := func(budget uint64, spec string) (trapped bool) {
			t.Helper()
			want, got := outcome(plain, budget, spec), outcome(fused, budget, spec)
			if got != want {
				t.Errorf("%s, budget %d, %s:\n  plain: %s\n  fused: %s", c.file, budget, spec, want, got)
			}
			return strings.Contains(got, "trap")
		}
		budgetTraps := 0
		for _, spec := range c.specs {
			for budget := uint64(0); budget <= 90; budget++ {
				if compare(budget, spec) && budget > 0 {
					budgetTraps++
				}
			}
		}
		if budgetTraps < 100 {
			t.Fatalf("%s: only %d runs out of budget", c.file, budgetTraps)
		}
		setChunked(true)
		for _, budget := range []uint64{0, 65535, 65536, 65537, 131072, 150000, 199999, 200000, 200001} {
			compare(budget, c.long)
		}
		setChunked(false)
		plain.Destroy()
		fused.Destroy()
	}
}

// TestMacLoopExact: a multiply-accumulate loop run as one handler gives
// the bits the instructions give, over values of every magnitude and NaNs
// (any NaN: C leaves the payload of a sum of two to the compiler, plain
// handlers included), and leaves the registers the loop body writes as the
// instructions would.  Compiled code never reads those after the loop, so
// the bytecode is edited to return them.
func TestMacLoopExact(t *testing.T) {
	const src = `#!r6rs
(library (m) (export dot swapped conv conv-k conv-step) (import (offload))
  (define-entry (dot (a bytevector) (b bytevector) (n s64)) f64
    (do ((k 0 (+ k 1))
         (acc 0.0 (+ acc (* (bytevector-ieee-double-native-ref a (* 8 k))
                            (bytevector-ieee-double-native-ref b (* 8 k))))))
        ((= k n) acc)))
  (define-entry (swapped (a bytevector) (b bytevector) (n s64)) f64
    (do ((k 0 (+ k 1))
         (acc 0.0 (let* ((y (bytevector-ieee-double-native-ref b (* 8 k)))
                         (x (bytevector-ieee-double-native-ref a (* 8 k))))
                    (- acc (* x y)))))
        ((= k n) acc)))
  (define-entry (conv (in bytevector) (taps bytevector) (n s64)) f64
    (let tap ((k 0) (acc 0.0))
      (if (= k n)
          acc
          (tap (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref taps (* k 8))
                                 (bytevector-ieee-double-native-ref in (* (- (- n 1) k) 8))))))))
  (define-entry (conv-k (in bytevector) (taps bytevector) (n s64) (m s64)) s64
    (let tap ((k 0) (acc 0.0))
      (if (= k n)
          (if (< acc 0.0) k (+ k 1))
          (tap (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref taps (* k 8))
                                 (bytevector-ieee-double-native-ref in (* (- m k) 8))))))))
  (define-entry (conv-step (in bytevector) (taps bytevector) (n s64)) s64
    (let tap ((k 0) (acc 0.0))
      (if (= k n)
          (if (< acc 0.0) k (+ k 1))
          (tap (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref taps (* k 8))
                                 (bytevector-ieee-double-native-ref in (* (- (- n 1) k) 8)))))))))`
	const n = 100
	rng := rand.New(rand.NewSource(7))
	fill := func(nan uint64) *Buffer {
		b := NewBuffer(8 * n)
		for i := 0; i < n; i++ {
			v := math.Float64bits(rng.NormFloat64() * math.Pow(2, float64(rng.Intn(80)-40)))
			if nan != 0 && i%3 == 0 {
				v = nan | uint64(rng.Intn(1<<20)) // a quiet NaN with a payload
			}
			binary.LittleEndian.PutUint64(b.Bytes()[8*i:], v)
		}
		return b
	}
	bufs := [][2]*Buffer{{fill(0), fill(0)}, {fill(0x7FF8000000000000), fill(0xFFF8000000000000)}}
	defer func() {
		for _, p := range bufs {
			p[0].Free()
			p[1].Free()
		}
	}()
	// every way of editing: as compiled, each return reading the first
	// load's register, the second's, or an index the loop writes (derived
	// from the counter after the first load, or stepped after the madd)
	loadReg := func(f *offload.Function, nth int, ops ...offload.Opcode) (uint16, bool) {
		for _, in := range f.Code {
			for _, op := range ops {
				if in.Op == op {
					if nth == 0 {
						return in.A, true
					}
					nth--
				}
			}
		}
		return 0, false
	}
	index := func(f *offload.Function) (uint16, bool) {
		isInt := func(op offload.Opcode) bool {
			return op == offload.OpSubI || op == offload.OpAddI || op == offload.OpAddkI
		}
		for pc := 0; pc+4 < len(f.Code); pc++ {
			if f.Code[pc].Op == offload.OpLdxuF64 && isInt(f.Code[pc+1].Op) {
				return f.Code[pc+1].A, true
			}
			if f.Code[pc].Op == offload.OpMaddF && isInt(f.Code[pc+1].Op) {
				return f.Code[pc+1].A, true
			}
		}
		return 0, false
	}
	edits := []struct {
		name string
		reg  func(f *offload.Function) (uint16, bool)
		ret  offload.Opcode
	}{
		{"as compiled", nil, 0},
		{"first load", func(f *offload.Function) (uint16, bool) { return loadReg(f, 0, offload.OpLdxuF64, offload.OpLdxF64) }, offload.OpRetF},
		{"second load", func(f *offload.Function) (uint16, bool) { return loadReg(f, 1, offload.OpLdxuF64, offload.OpLdxF64) }, offload.OpRetF},
		{"index", index, offload.OpRetI},
	}
	defer setFusion(true)
	compared := 0
	for _, edit := range edits {
		for _, entry := range []string{"dot", "swapped", "conv", "conv-k", "conv-step"} {
			bc := compileBC(t, src)
			var fi int
			for _, e := range bc.Entries {
				if e.Name == entry {
					fi = int(e.Func)
				}
			}
			f := &bc.Funcs[fi]
			if edit.reg != nil {
				r, ok := edit.reg(f)
				if !ok {
					continue
				}
				edited := false
				for i := range f.Code {
					if f.Code[i].Op == edit.ret {
						f.Code[i].A = r
						edited = true
					}
				}
				if !edited {
					continue
				}
			}
			var results [2][]uint64
			for i, on := range []bool{false, true} {
				setFusion(on)
				p, err := Load(bc.Encode())
				if err != nil {
					t.Fatalf("%s, %s: %v", edit.name, entry, err)
				}
				if on && p.macLoopCount() == 0 {
					t.Fatalf("%s, %s: no loop runs as one handler", edit.name, entry)
				}
				e, _ := p.Entry(entry)
				for _, b := range bufs {
					pa, la := b[0].Slots()
					pb, lb := b[1].Slots()
					for _, m := range []uint64{0, 1, 2, n / 2, n} {
						if m == 0 && edit.reg != nil {
							continue // the registers are not written: their values are stale
						}
						r, err := e.Call(pa, la, pb, lb, m, n-1) // conv-k's m: the last element
						if err != nil {
							t.Fatalf("%s, %s: %v", edit.name, entry, err)
						}
						if edit.ret != offload.OpRetI && math.IsNaN(math.Float64frombits(r)) {
							r = 0x7FF8000000000000
						}
						results[i] = append(results[i], r)
					}
				}
				p.Destroy()
			}
			for i := range results[0] {
				if results[0][i] != results[1][i] {
					t.Errorf("%s, %s, run %d: plain %016X, one handler %016X", edit.name, entry, i,
						results[0][i], results[1][i])
				}
			}
			compared++
		}
	}
	if compared < 13 {
		t.Fatalf("only %d programs compared", compared)
	}
}
