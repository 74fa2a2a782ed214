package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
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
		out, err := capture(t, func() error {
			return run("run", "testdata/"+c.file, c.args, options{modules: c.modules, budget: defaultBudget})
		})
		got := strings.TrimSpace(out)
		if err != nil {
			got += " error: " + err.Error()
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("%s %v with %v: got %q, want %q", c.file, c.args, c.modules, got, c.want)
		}
	}
}

// TestRunOptions runs the CLI's run with its options and every bytevector
// argument form, as a user types them.
func TestRunOptions(t *testing.T) {
	file := filepath.Join(t.TempDir(), "data.bin")
	if err := os.WriteFile(file, []byte{10, 20, 30, 255}, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string // after "run"
		want string   // the printed line, or a part of the error
	}{
		{[]string{"testdata/args.sls", "sum-u8", "(hex 0102ff)"}, "sum-u8 => 258 bv:"},
		{[]string{"testdata/args.sls", "sum-u8", "(hex", "0102FF)"}, "sum-u8 => 258 bv:"},
		{[]string{"testdata/args.sls", "sum-u8", "(hex 0g)"}, "two hex digits a byte"},
		{[]string{"testdata/args.sls", "sum-u8", "#vu8(1 2 3)"}, "sum-u8 => 6 bv:"},
		{[]string{"testdata/args.sls", "sum-u8", "#vu8()"}, "sum-u8 => 0 bv:CBF29CE484222325"},
		{[]string{"testdata/args.sls", "sum-u8", "#vu8(256)"}, "is not a byte"},
		{[]string{"testdata/args.sls", "sum-u8", "#vu8(1"}, "no closing parenthesis"},
		{[]string{"testdata/args.sls", "sum-u8", "@" + file}, "sum-u8 => 315 bv:"},
		{[]string{"testdata/args.sls", "sum-u8", "@testdata/no-such-file"}, "no such file"},
		{[]string{"testdata/args.sls", "sum-u8", "@testdata"}, "not a regular file"},
		{[]string{"testdata/args.sls", "sum-u8", "(u8s 3)"}, "sum-u8 => 144 bv:"},
		{[]string{"testdata/args.sls", "sum-u8", "(u9s 3)"}, "unknown bytevector pattern"},
		{[]string{"testdata/args.sls", "sum-u8", "(zeros -1)"}, "the size is 0 to"},
		{[]string{"testdata/args.sls", "sum-u8", "3"}, "a bytevector argument is"},
		{[]string{"--budget", "1000", "testdata/args.sls", "spin", "5"}, "spin => trap:budget"},
		{[]string{"--budget", "10", "testdata/args.sls", "count-to", "1000"}, "count-to => trap:budget"},
		{[]string{"--budget", "0", "testdata/args.sls", "count-to", "1000000"}, "count-to => 1000000"},
		{[]string{"testdata/args.sls", "count-to", "1000000"}, "count-to => 1000000"},
		{[]string{"--budget", "many", "testdata/args.sls", "count-to", "1"}, "--budget takes a number"},
		{[]string{"--budgets", "1", "testdata/args.sls", "count-to", "1"}, "unknown option --budgets"},
	}
	for _, c := range cases {
		out, err := capture(t, func() error {
			opts, rest, err := parseRunOptions(c.args)
			if err != nil {
				return err
			}
			return run("run", rest[0], rest[1:], opts)
		})
		got := strings.TrimSpace(out)
		if err != nil {
			got += " error: " + err.Error()
		}
		if !strings.Contains(got, c.want) {
			t.Errorf("run %v: got %q, want %q", c.args, got, c.want)
		}
	}
	// --help states the default it applies
	if !strings.Contains(usageText, "the default is "+strconv.Itoa(defaultBudget)) {
		t.Errorf("the usage does not state the default budget %d", defaultBudget)
	}
}
