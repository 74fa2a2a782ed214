package offload

import (
	"strings"
	"testing"
)

// calls counts the call instructions of the function named name.
func calls(t *testing.T, src, name string) int {
	t.Helper()
	bc, err := Compile("t.sls", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range bc.Funcs {
		if f.Name != name {
			continue
		}
		n := 0
		for _, in := range f.Code {
			if in.Op == OpCall || in.Op == OpTailcall {
				n++
			}
		}
		return n
	}
	t.Fatalf("no function %s", name)
	return 0
}

// Which calls become copies of the callee's body, and which stay calls.
func TestInlining(t *testing.T) {
	big := `(define (big x) (+ x (* x 2) (* x 3) (* x 4) (* x 5) (* x 6) (* x 7) (* x 8) (* x 9)))`
	cases := []struct {
		name, src, fn string
		calls, plain  int // with inlining, without
	}{
		{"small helper", lib(`(define (sq x) (* x x)) (define-entry (f (a s64)) s64 (+ (sq a) (sq 3)))`), "f", 0, 2},
		// the copy in f calls f twice where f called itself: once, not more
		{"recursion once", lib(`(define (g n) (if (< n 2) n (+ (g (- n 1)) (g (- n 2)))))
		  (define-entry (f (n s64)) s64 (g n))`), "g", 4, 2},
		{"body too big", lib(big + `(define-entry (f (a s64)) s64 (big a))`), "f", 1, 1},
		{"entries stay", lib(`(define-entry (f (a s64)) s64 (+ a 1)) (define-entry (h (a s64)) s64 (f a))`) + "", "h", 1, 1},
		// a 17-node body: inlineMaxGrowth/17 copies fit in f
		{"growth bound", lib(`(define (k x) (+ x (* x 2) (* x 3) (* x 4) (* x 5) (* x 6)))
		  (define-entry (f (a s64)) s64 (+ ` + strings.Repeat("(k a) ", 20) + `))`), "f", 20 - inlineMaxGrowth/17, 20},
		// a lifted helper that reads the entry's variable is copied into it
		{"free variable", lib(`(define-entry (f (n s64) (k s64)) s64 (define (term i) (* i k)) (+ (term n) (term 1)))`), "f", 0, 2},
	}
	defer func() { Inlining = true }()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(c.src, "(export f)", "(export f h)", 1)
			if !strings.Contains(src, "define-entry (h") {
				src = strings.Replace(src, "(export f h)", "(export f)", 1)
			}
			Inlining = true
			if n := calls(t, src, c.fn); n != c.calls {
				t.Errorf("%s has %d calls with inlining, want %d", c.fn, n, c.calls)
			}
			Inlining = false
			if n := calls(t, src, c.fn); n != c.plain {
				t.Errorf("%s has %d calls without inlining, want %d", c.fn, n, c.plain)
			}
		})
	}
}
