#!r6rs
;; run: (fill (zeros 100) 7)
;; run: (fill (zeros 100) -3)
;; run: (fill (zeros 100) 256)
;; run: (copy (u8s 64) (zeros 64) 10 20 30)
;; run: (copy (u8s 64) (zeros 64) 40 20 30)
;; run: (copy (u8s 64) (zeros 64) 0 0 -1)
;; run: (overlap (u8s 64))
(library (t fill-copy)
  (export fill copy overlap)
  (import (offload))
  (define-entry (fill (b bytevector) (v s64)) s64 (bytevector-fill! b v) (bytevector-u8-ref b 99))
  (define-entry (copy (src bytevector) (dst bytevector) (from s64) (to s64) (n s64)) s64
    (bytevector-copy! src from dst to n)
    (bytevector-u8-ref dst 25))
  (define-entry (overlap (b bytevector)) s64
    (bytevector-copy! b 0 b 3 50)
    (bytevector-u8-ref b 10)))
