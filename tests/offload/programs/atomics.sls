#!r6rs
;; run: (counter (zeros 64) 10)
;; run: (counter (zeros 64) 0)
;; run: (cas (zeros 16) 0 5)
;; run: (cas (zeros 16) 1 5)
;; run: (misaligned (zeros 16))
;; run: (overflow (zeros 16))
(library (t atomics)
  (export counter cas misaligned overflow)
  (import (offload))
  (define-entry (counter (b bytevector) (n s64)) s64
    (atomic-store! b 8 100)
    (do ((i 0 (+ i 1))) ((= i n)) (atomic-add! b 8 i))
    (+ (atomic-load b 8) (* 1000 (atomic-add! b 16 7))))
  (define-entry (cas (b bytevector) (expected s64) (new s64)) s64
    (if (atomic-cas! b 0 expected new) (+ 1000 (atomic-load b 0)) (atomic-load b 0)))
  (define-entry (misaligned (b bytevector)) s64 (atomic-load b 4))
  (define-entry (overflow (b bytevector)) s64
    (atomic-store! b 0 9223372036854775807)
    (atomic-add! b 0 1)))
