#!r6rs
;; run: (biquad (f64s 4096) 4096 0.2 0.3 0.2 -0.5 0.25)
;; run: (biquad (f64s 10) 10 1.0 0.0 0.0 0.0 0.0)
(library (t biquad)
  (export biquad)
  (import (offload))
  ;; direct form I, in place; returns the last output
  (define-entry (biquad (buf bytevector) (n s64) (b0 f64) (b1 f64) (b2 f64) (a1 f64) (a2 f64)) f64
    (let loop ((i 0) (x1 0.0) (x2 0.0) (y1 0.0) (y2 0.0))
      (if (= i n)
          y1
          (let* ((x (bytevector-ieee-double-native-ref buf (* i 8)))
                 (y (- (+ (* b0 x) (* b1 x1) (* b2 x2)) (* a1 y1) (* a2 y2))))
            (bytevector-ieee-double-native-set! buf (* i 8) y)
            (loop (+ i 1) x x1 y y1))))))
