package offloadc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuni-offload/yuni-offload/offload"
)

// TestInliningChangesNothing runs every program of the differential suite
// compiled with and without inlining: results, traps and bytevectors after
// the call must be the same (the suite itself checks the inlined build
// against Chez and Racket). Enough programs must change with inlining,
// and trap, for the comparison to prove something.
func TestInliningChangesNothing(t *testing.T) {
	files, _ := filepath.Glob("../tests/offload/programs/*.sls")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	defer func() { offload.Inlining = true }()
	code := func(file string) string {
		_, bc, _ := loadProgramFile(t, file)
		return string(bc.Encode())
	}
	changed, traps := 0, 0
	for _, file := range files {
		offload.Inlining = true
		with, specs := interpreterLines(t, file)
		inlined := code(file)
		offload.Inlining = false
		without, _ := interpreterLines(t, file)
		if code(file) != inlined {
			changed++
			for _, l := range with {
				if strings.Contains(l, "trap") {
					traps++
				}
			}
		}
		compareLines(t, "without inlining", without, with, specs)
	}
	if changed < 10 || traps < 12 {
		t.Fatalf("only %d programs changed by inlining, with %d traps: the test would prove little", changed, traps)
	}
	t.Logf("%d programs, %d changed by inlining, with %d traps", len(files), changed, traps)
}

// FuzzCompileRun: whatever source the compiler accepts, inlined or not,
// the verifier accepts too, and it runs (within a budget) to a result or
// a trap, never a crash. (Results are not compared: with inlining a budget
// runs out later, and the entries share one buffer.)
func FuzzCompileRun(f *testing.F) {
	files, _ := filepath.Glob("../tests/offload/programs/*.sls")
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	defer func() { offload.Inlining = true }()
	buf := NewBuffer(64)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, inline := range []bool{true, false} {
			offload.Inlining = inline
			bc, err := offload.Compile("fuzz.sls", src)
			if err != nil {
				if strings.Contains(err.Error(), "internal:") {
					t.Fatalf("no source may give an internal error (inlining %v): %v", inline, err)
				}
				return
			}
			p, err := Load(bc.Encode())
			if err != nil {
				t.Fatalf("the verifier refuses the compiler's output (inlining %v): %v", inline, err)
			}
			p.SetBudget(5000)
			callEntries(p, bc, buf)
			p.Destroy()
		}
	})
}
