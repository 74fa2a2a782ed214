#!r6rs
;; run: (isort (s32s 200) 200)
;; run: (isort (s32s 1) 1)
(library (t sort)
  (export isort)
  (import (offload))
  (define (ref b i) (bytevector-s32-native-ref b (* i 4)))
  (define (set b i v) (bytevector-s32-native-set! b (* i 4) v))
  ;; insertion sort; returns a checksum of the order
  (define-entry (isort (b bytevector) (n s64)) s64
    (do ((i 1 (+ i 1))) ((>= i n))
      (let ((x (ref b i)))
        (let loop ((j (- i 1)))
          (if (and (>= j 0) (> (ref b j) x))
              (begin (set b (+ j 1) (ref b j)) (loop (- j 1)))
              (set b (+ j 1) x)))))
    (do ((i 0 (+ i 1)) (acc 0 (+ (* acc 31) (ref b i)))) ((= i (min n 20)) acc))))
