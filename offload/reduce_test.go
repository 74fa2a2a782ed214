package offload

import "testing"

// The fast copy of a counted loop keeps linear indices in registers: its
// body (from the guard.i in front of it to its loopne.i) has no multiply
// left, and as many steps as the indices it keeps. Whether the values stay
// right is the differential suite's job (reduced-indices.sls); this checks
// that the reduction happens, and that it stays out where it cannot pay or
// cannot be proved.
func TestReductions(t *testing.T) {
	cases := []struct {
		name, body string
		muls       int // multiplies left in the fast body; -1: no fast copy
	}{
		{"matmul", `(define-entry (f (a bytevector) (b bytevector) (i s64) (j s64) (n s64)) f64
			(let dot ((k 0) (acc 0.0)) (if (= k n) acc
				(dot (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref a (* (+ (* i n) k) 8))
				                       (bytevector-ieee-double-native-ref b (* (+ (* k n) j) 8))))))))`, 0},
		{"invariant product", `(define-entry (f (a bytevector) (i s64) (n s64)) s64
			(let loop ((k 0) (acc 0)) (if (= k n) acc (loop (+ k 1) (+ acc (* i n) k)))))`, 0},
		{"constant stride", `(define-entry (f (a bytevector) (base s64) (n s64)) s64
			(let loop ((k 0) (acc 0)) (if (= k n) acc (loop (+ k 1) (+ acc (bytevector-u8-ref a (+ base (* k 40000))))))))`, 0},
		{"quadratic", `(define-entry (f (a bytevector) (n s64)) s64
			(let loop ((k 0) (acc 0)) (if (= k n) acc (loop (+ k 1) (+ acc (bytevector-u8-ref a (* k k)))))))`, -1},
		{"too wide to prove", `(define-entry (f (a bytevector) (m s64) (n s64)) s64
			(let loop ((k 0) (acc 0)) (if (= k n) acc (loop (+ k 1) (+ acc (bytevector-u8-ref a (* k m 3)))))))`, -1},
		{"nothing to save", `(define-entry (f (a bytevector) (i s64) (n s64)) f64
			(let loop ((k 0) (acc 0.0)) (if (= k n) acc
				(loop (+ k 1) (+ acc (bytevector-ieee-double-native-ref a (* 8 (- i k))))))))`, -1},
		{"bound inside", `(define-entry (f (a bytevector) (n s64)) s64
			(let loop ((k 0) (acc 0)) (if (= k n) acc (let ((w (+ k 1))) (loop (+ k 1) (+ acc (bytevector-u8-ref a (* k w))))))))`, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code := lastCode(t, c.body)
			muls := -1
			for pc, ins := range code {
				if ins.Op != OpLoopneI {
					continue
				}
				start := int(ins.C)
				if start == 0 || code[start-1].Op != OpGuardI {
					continue // the ordinary loop
				}
				muls = 0
				for _, in := range code[start:pc] {
					if in.Op == OpMulI {
						muls++
					}
				}
			}
			if muls != c.muls {
				t.Errorf("multiplies in the fast body: %d, want %d", muls, c.muls)
			}
		})
	}
}
