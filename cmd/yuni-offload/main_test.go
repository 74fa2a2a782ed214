package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// capture runs f with stdout going to a string.
func capture(t *testing.T, f func() error) (string, error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdout
	os.Stdout = w
	err = f()
	os.Stdout = old
	w.Close()
	out, _ := io.ReadAll(r)
	return string(out), err
}

// TestRunWithModule runs programs whose imports a real NCCC module serves,
// through --module: with cgo, and without (go.cgofree_test), where the
// module is opened and called through purego.
func TestRunWithModule(t *testing.T) {
	so := filepath.Join(t.TempDir(), "libnccc_yunitest.so")
	if b, err := exec.Command("cc", "-shared", "-fPIC", "-fvisibility=hidden", "-I../../include", "-o", so,
		"../../tests/c/modules/yunitest.c", "-lm").CombinedOutput(); err != nil {
		t.Fatalf("cc: %v\n%s", err, b)
	}
	mods := []string{so}
	cases := []struct {
		file    string
		args    []string
		modules []string
		want    string // the printed line, or a part of the error
	}{
		{"uses-yunitest.sls", []string{"negate", "2.5"}, mods, "negate => f64:C004000000000000"},
		{"uses-yunitest.sls", []string{"negate", "-0.0"}, mods, "negate => f64:0000000000000000"},
		{"uses-yunitest.sls", []string{"bump", "41"}, mods, "bump => 84"},
		{"uses-yunitest.sls", []string{"bump", "9223372036854775806"}, mods, "trap:integer-overflow"},
		{"uses-yunitest.sls", []string{"bump", "1"}, nil, "not granted"},
		{"wrong-signature.sls", []string{"negate", "1"}, mods, "its slot 0 is f64"},
		{"uses-yunitest.sls", []string{"bump", "1"}, []string{"testdata/no-such.so"}, "no-such.so"},
	}
	for _, c := range cases {
		out, err := capture(t, func() error { return run("run", "testdata/"+c.file, c.args, c.modules) })
		got := strings.TrimSpace(out)
		if err != nil {
			got += " error: " + err.Error()
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s %v with %v: got %q, want %q", c.file, c.args, c.modules, got, c.want)
		}
	}
}
