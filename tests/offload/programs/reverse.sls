#!r6rs
;; run: (reverse! (u8s 101))
;; run: (reverse! (u8s 0))
(library (t reverse)
  (export reverse!)
  (import (offload))
  (define-entry (reverse! (b bytevector)) s64
    (let loop ((i 0) (j (- (bytevector-length b) 1)))
      (when (< i j)
        (let ((t (bytevector-u8-ref b i)))
          (bytevector-u8-set! b i (bytevector-u8-ref b j))
          (bytevector-u8-set! b j t))
        (loop (+ i 1) (- j 1))))
    (if (> (bytevector-length b) 0) (bytevector-u8-ref b 0) -1)))
