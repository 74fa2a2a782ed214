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
			defer p.Destroy()
			var got []string
			for _, spec := range Specs(src) {
				line, err := RunSpec(p, bc, spec)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, line)
			}
			cmd := exec.Command(scheme, "--libdirs", "../bindings/scheme", "--script", "../tests/offload/run.ss", file)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("chez: %v\n%s", err, out)
			}
			want := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
			if len(want) != len(got) {
				t.Fatalf("chez printed %d lines, the interpreter %d:\nchez:\n%s\ninterpreter:\n%s", len(want), len(got), out, strings.Join(got, "\n"))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("run %d (%s):\n  chez:        %s\n  interpreter: %s", i+1, Specs(src)[i], want[i], got[i])
				}
			}
			runs += len(got)
		})
	}
	t.Logf("%d programs, %d runs", len(files), runs)
}
