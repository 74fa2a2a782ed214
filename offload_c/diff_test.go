package offloadc

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/yuni-offload/yuni-offload/offload"
)

// TestDifferential runs every program under tests/offload/programs in Chez
// Scheme (as R6RS, through bindings/scheme) and in the interpreter, and
// compares the outputs line by line: results bit-exact, traps by name,
// bytevector arguments by checksum after the call.
func TestDifferential(t *testing.T) {
	files, _ := filepath.Glob("../tests/offload/programs/*.sls")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	scheme, err := exec.LookPath("scheme")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("Chez Scheme (scheme) is not installed; build/deps.sh installs it")
		}
		t.Skip("Chez Scheme not installed")
	}
	runs := 0
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			got, specs := interpreterLines(t, file)
			cmd := exec.Command(scheme, "--libdirs", "../bindings/scheme", "--script", "../tests/offload/run.ss", file)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("chez: %v\n%s", err, out)
			}
			compareLines(t, "chez", strings.Split(strings.TrimRight(string(out), "\n"), "\n"), got, specs)
			runs += len(got)
		})
	}
	t.Logf("%d programs, %d runs, %s interpreter", len(files), runs, Interpreter)
}

// interpreterLines runs a program's `;; run:` lines in the interpreter and
// returns one line per run, with the specs.
func interpreterLines(t *testing.T, file string) ([]string, []string) {
	t.Helper()
	p, bc, specs := loadProgramFile(t, file)
	defer p.Destroy()
	var got []string
	for _, spec := range specs {
		line, err := RunSpec(p, bc, spec)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, line)
	}
	return got, specs
}

// loadProgramFile compiles and loads a program file; it returns the
// program, its bytecode and its run specs.
func loadProgramFile(t *testing.T, file string) (*Program, *offload.Bytecode, []string) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	bc, err := offload.Compile(filepath.Base(file), src)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(bc.Encode())
	if err != nil {
		t.Fatal(err)
	}
	return p, bc, Specs(src)
}

func compareLines(t *testing.T, host string, want, got, specs []string) {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%s printed %d lines, the interpreter %d:\n%s:\n%s\ninterpreter:\n%s", host, len(want), len(got),
			host, strings.Join(want, "\n"), strings.Join(got, "\n"))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("run %d (%s):\n  %-12s %s\n  interpreter: %s", i+1, specs[i], host+":", want[i], got[i])
		}
	}
}

// TestDifferentialRacket runs the same programs in Racket, as R6RS through
// bindings/scheme (tests/offload/run-racket.rkt, one Racket process for
// all of them), and compares each with the interpreter.
func TestDifferentialRacket(t *testing.T) {
	files, _ := filepath.Glob("../tests/offload/programs/*.sls")
	racket, err := exec.LookPath("racket")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("racket is not installed; build/deps.sh installs it")
		}
		t.Skip("racket not installed")
	}
	out, err := exec.Command(racket, append([]string{"../tests/offload/run-racket.rkt"}, files...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("racket: %v\n%s", err, out)
	}
	sections := map[string][]string{}
	current := ""
	for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
		if name, ok := strings.CutPrefix(line, "== "); ok {
			current = name
			continue
		}
		sections[current] = append(sections[current], line)
	}
	runs := 0
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			got, specs := interpreterLines(t, file)
			compareLines(t, "racket", sections[file], got, specs)
			runs += len(got)
		})
	}
	t.Logf("%d programs, %d runs, %s interpreter", len(files), runs, Interpreter)
}
