package offloadc

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/yuni-offload/yuni-offload/offload"
)

const gainSrc = `#!r6rs
(library (dsp gain)
  (export gain! sum-s32 fib)
  (import (offload))
  (define-entry (gain! (buf bytevector) (n s64) (g f64)) void
    (do ((i 0 (+ i 1))) ((= i n))
      (let ((at (* i 8)))
        (bytevector-ieee-double-native-set!
          buf at (* g (bytevector-ieee-double-native-ref buf at))))))
  (define (fib1 n) (if (< n 2) n (+ (fib1 (- n 1)) (fib1 (- n 2)))))
  (define-entry (fib (n s64)) s64 (fib1 n))
  (define-entry (sum-s32 (buf bytevector) (n s64)) s64
    (let loop ((i 0) (acc 0))
      (if (= i n)
          acc
          (loop (+ i 1) (+ acc (bytevector-s32-native-ref buf (* i 4))))))))
`

func mustCompile(t *testing.T, src string) *Program {
	t.Helper()
	bc, err := offload.Compile("test.sls", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(bc.Encode())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Destroy() })
	return p
}

func TestRunGain(t *testing.T) {
	p := mustCompile(t, gainSrc)
	fib, err := p.Entry("fib")
	if err != nil {
		t.Fatal(err)
	}
	if r, err := fib.Call(20); err != nil || r != 6765 {
		t.Fatalf("fib(20) = %d, %v", r, err)
	}
	buf := NewBuffer(64)
	defer buf.Free()
	b := buf.Bytes()
	for i := 0; i < 8; i++ {
		binary.LittleEndian.PutUint64(b[i*8:], math.Float64bits(float64(i)))
	}
	gain, _ := p.Entry("gain!")
	ptr, n := buf.Slots()
	if _, err := gain.Call(ptr, n, 8, math.Float64bits(0.5)); err != nil {
		t.Fatal(err)
	}
	if got := math.Float64frombits(binary.LittleEndian.Uint64(b[56:])); got != 3.5 {
		t.Fatalf("gain: %v", got)
	}
	// out of bounds: 9 doubles in 64 bytes
	_, err = gain.Call(ptr, n, 9, math.Float64bits(0.5))
	if te, ok := err.(*TrapError); !ok || te.Kind != TrapOutOfBounds {
		t.Fatalf("want out-of-bounds trap, got %v", err)
	}
	t.Log(err)
	sum, _ := p.Entry("sum-s32")
	for i := 0; i < 16; i++ {
		binary.LittleEndian.PutUint32(b[i*4:], uint32(int32(i-5)))
	}
	if r, err := sum.Call(ptr, n, 16); err != nil || int64(r) != 40 {
		t.Fatalf("sum = %d, %v", int64(r), err)
	}
}
