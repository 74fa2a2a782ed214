//go:build cgo

package offloadc

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// runAll runs every `;; run:` line of a program and returns one line per
// run: the result, and for a trap where it happened (function, pc, line).
func runAll(t *testing.T, file string) ([]string, int64) {
	t.Helper()
	// the last trap is the calling thread's: stay on one
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	p, bc, specs := loadProgramFile(t, file)
	defer p.Destroy()
	var lines []string
	for _, spec := range specs {
		line, err := RunSpec(p, bc, spec)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(line, "trap") {
			kind, fn, pc, ln, col, entry := LastTrap()
			line += fmt.Sprintf(" [%s kind %d in function %d at pc %d, %d:%d]", entry, kind, fn, pc, ln, col)
		}
		lines = append(lines, spec+" => "+line)
	}
	return lines, p.fusedCount()
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
	var fused int64
	traps := 0
	for _, file := range files {
		setFusion(true)
		with, n := runAll(t, file)
		setFusion(false)
		without, none := runAll(t, file)
		if none != 0 {
			t.Fatalf("%s: %d pairs fused with fusion off", file, none)
		}
		fused += n
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
	if fused < 100 || traps < 20 {
		t.Fatalf("only %d fused pairs and %d traps in the corpus: the test would prove little", fused, traps)
	}
	t.Logf("%d programs, %d fused pairs, %d traps compared", len(files), fused, traps)
}
