#!r6rs
;; run: (mark! (zeros 16) 3)
;; run: (mark! (zeros 16) 16)
;; run: (nothing 5)
(library (t void-entries)
  (export mark! nothing)
  (import (offload))
  (define (touch b k) (bytevector-u8-set! b k 255))
  (define-entry (mark! (b bytevector) (k s64)) void
    (touch b k)
    (when (> k 1) (touch b (- k 1))))
  (define-entry (nothing (x s64)) void (+ x 1)))
