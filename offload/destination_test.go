package offload

import (
	"strings"
	"testing"
)

// An operation's first operand is computed straight into the operation's
// destination when no later operand reads it, and integer sums of products
// use madd.i: the step of a masked sum of squares is two instructions with
// no temporary. Where a later operand reads the destination, the first
// operand goes to a temporary. Whether the values are right is the
// differential suite's job (int-madd.sls); this checks the code's shape.
func TestIntoDestination(t *testing.T) {
	cases := []struct {
		name, body string
		want       string // the mnemonics from the entry's last loop head to its loopne.i, or of the whole entry
	}{
		{"masked squares", `(define-entry (f (n s64)) s64
			(do ((i 0 (+ i 1)) (acc 0 (bitwise-and (+ acc (* i i)) 255))) ((= i n) acc)))`,
			"madd.i and.i loopne.i"},
		{"sum of squares", `(define-entry (f (n s64)) s64
			(do ((i 0 (+ i 1)) (acc 0 (+ acc (* i i)))) ((= i n) acc)))`,
			"madd.i loopne.i"},
		{"later operand reads it", `(define-entry (f (x s64) (n s64)) s64
			(do ((i 0 (+ i 1)) (acc x (bitwise-xor (+ acc i) (* acc 2)))) ((= i n) acc)))`,
			"add.i mul.i xor.i loopne.i"},
		{"product first", `(define-entry (f (x s64) (n s64)) s64
			(do ((i 0 (+ i 1)) (acc x (+ (* acc 3) i))) ((= i n) acc)))`,
			"mul.i add.i loopne.i"},
		{"flonum step", `(define-entry (f (n s64) (c f64)) f64
			(do ((i 0 (+ i 1)) (y 1.0 (fl* (fl+ y c) c))) ((= i n) y)))`,
			"add.f mul.f loopne.i"},
		{"entry", `(define-entry (f (a s64) (b s64) (c s64) (d s64)) s64 (+ (* a b) (* c d)))`,
			"mul.i madd.i ret.i"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code := lastCode(t, c.body)
			from, to := 0, len(code)
			for pc, ins := range code {
				if ins.Op == OpLoopneI {
					from, to = int(ins.C), pc+1
				}
			}
			var got []string
			for _, ins := range code[from:to] {
				got = append(got, opInfo[ins.Op].mnemonic)
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("got %q, want %q", strings.Join(got, " "), c.want)
			}
		})
	}
}
