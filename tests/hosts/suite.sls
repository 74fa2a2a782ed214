;; The Offload program both host suites (bindings/racket/tests/suite.rkt and
;; bindings/chez/tests/suite.ss) compile and call: one entry per kind of
;; value, a runaway loop, an import, and the real-time producer.
(library (suite)
  (export scale sum at flip count-to count-after-chime log-and-add dsp)
  (import (offload))
  (define-import (host-log s64) s64)
  (define-entry (scale (x f64) (k s64)) f64 (fl* x (fixnum->flonum k)))
  (define-entry (sum (bv bytevector)) s64
    (do ((i 0 (+ i 1)) (s 0 (+ s (bytevector-u8-ref bv i)))) ((= i (bytevector-length bv)) s)))
  (define-entry (at (bv bytevector) (i s64)) s64 (bytevector-u8-ref bv i))
  (define-entry (flip (b boolean) (bv bytevector)) boolean
    (bytevector-u8-set! bv 0 255) (not b))
  (define-entry (count-to (n s64)) s64 (do ((i 0 (+ i 1))) ((= i n) i)))
  ;; chimes once it is running, so a test can stop it mid-loop without guessing
  (define-entry (count-after-chime (c chime) (n s64)) s64 (chime! c) (do ((i 0 (+ i 1))) ((= i n) i)))
  (define-entry (log-and-add (x s64)) s64 (+ 1 (host-log x)))
  ;; block n puts n*n into the ring and chimes
  (define-entry/rt (dsp (state bytevector) (frame bytevector) (ring bytevector) (c chime)) s64
    (let ((n (+ 1 (bytevector-s64-native-ref state 0))))
      (bytevector-s64-native-set! state 0 n)
      (bytevector-s64-native-set! frame 0 (* n n))
      (ring-put! ring frame 0 8)
      (chime! c)
      n)))
