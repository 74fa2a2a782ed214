package offloadc

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/yuni-offload/yuni-offload/offload"
)

// TestNaNBits pins the NaN bits Offload produces (docs/offload.md, Types):
// the +nan.0 literal is the canonical quiet NaN 0x7FF8000000000000; an
// invalid operation gives the machine's default NaN (x86-64:
// 0xFFF8000000000000); an operation on a NaN gives that NaN back, quiet;
// negation flips its sign bit.
// The same in the native and the CGO-free interpreter.
func TestNaNBits(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the default NaN is the machine's; these are x86-64's")
	}
	src := `#!r6rs
(library (t nan)
  (export lit neg sum div sub sq lg stored)
  (import (offload))
  (define (bits b x) (bytevector-ieee-double-native-set! b 0 x) (bytevector-s64-native-ref b 0))
  (define-entry (lit (b bytevector)) s64 (bits b +nan.0))
  (define-entry (neg (b bytevector)) s64 (bits b (- +nan.0)))
  (define-entry (sum (b bytevector) (x f64)) s64 (bits b (fl+ x +nan.0)))
  (define-entry (div (b bytevector) (x f64)) s64 (bits b (fl/ x x)))
  (define-entry (sub (b bytevector) (x f64)) s64 (bits b (fl- x x)))
  (define-entry (sq (b bytevector) (x f64)) s64 (bits b (flsqrt x)))
  (define-entry (lg (b bytevector) (x f64)) s64 (bits b (fllog x)))
  (define-entry (stored (b bytevector)) s64
    (bytevector-s64-native-set! b 0 9221120237041090561)
    (bits b (fl* 2.0 (bytevector-ieee-double-native-ref b 0)))))`
	bc, err := offload.Compile("nan.sls", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(bc.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer p.Destroy()
	const quiet, machine = 0x7FF8000000000000, -0x0008000000000000 // 0xFFF8000000000000 as s64
	for _, c := range []struct {
		spec string
		want int64
	}{
		{"(lit (zeros 8))", quiet},
		{"(neg (zeros 8))", machine}, // the sign bit flipped: 0xFFF8000000000000
		{"(sum (zeros 8) 1.0)", quiet},
		{"(div (zeros 8) 0.0)", machine},
		{"(sub (zeros 8) +inf.0)", machine},
		{"(sq (zeros 8) -1.0)", machine},
		{"(lg (zeros 8) -1.0)", machine},
		{"(stored (zeros 8))", quiet + 1}, // a payload survives
	} {
		got, err := RunSpec(p, bc, c.spec)
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("=> %d ", c.want)
		if !strings.Contains(got, want) {
			t.Errorf("%s: got %q, want %q (%s interpreter)", c.spec, got, want, Interpreter)
		}
	}
}
