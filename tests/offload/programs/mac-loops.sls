#!r6rs
;; Multiply-accumulate loops, which the interpreter runs as one handler each
;; (offload_c/mac_loop.c) once it knows no iteration left can trap: every
;; result and every trap must be what the instructions compute, where they
;; compute it.
;; run: (dot (f64s 64) (f64s 64) 0 64)
;; run: (dot (f64s 64) (f64s 64) 10 64)
;; run: (dot (f64s 64) (f64s 64) 63 64)
;; run: (dot (f64s 64) (f64s 64) 64 64)
;; run: (dot (f64s 64) (f64s 63) 0 64)
;; run: (dot (f64s 64) (f64s 64) -1 64)
;; run: (dot (f64s 64) (f64s 64) 65 64)
;; run: (dot (f64s 64) (f64s 64) 9223372036854775806 9223372036854775807)
;; run: (dot-sub (f64s 64) (f64s 64) 64)
;; run: (dot-swapped (f64s 64) (f64s 40) 40)
;; run: (dot-swapped (f64s 64) (f64s 40) 41)
;; run: (conv (f64s 64) (f64s 16) 63 16)
;; run: (conv (f64s 64) (f64s 16) 15 16)
;; run: (conv (f64s 64) (f64s 16) 10 16)
;; run: (conv (f64s 64) (f64s 16) 70 16)
;; run: (conv (f64s 64) (f64s 16) -9223372036854775807 16)
;; run: (conv-up (f64s 64) (f64s 16) 3 16)
;; run: (conv-up (f64s 64) (f64s 16) 50 16)
;; run: (conv-up (f64s 64) (f64s 16) 9223372036854775800 16)
;; run: (mm-sub (f64s 16) (f64s 16) (zeros 128) 4)
;; run: (mm-sub (f64s 16) (f64s 15) (zeros 128) 4)
;; run: (mm-sub (f64s 16) (f64s 16) (zeros 100) 4)
(library (t mac-loops)
  (export dot dot-sub dot-swapped conv conv-up mm-sub)
  (import (offload))
  ;; from any k0: a negative one, or one past n, leaves the bytevectors
  (define-entry (dot (a bytevector) (b bytevector) (k0 s64) (n s64)) f64
    (let loop ((k k0) (acc 0.0))
      (if (= k n)
          acc
          (loop (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref a (* 8 k))
                                  (bytevector-ieee-double-native-ref b (* 8 k))))))))
  ;; subtracting the products
  (define-entry (dot-sub (a bytevector) (b bytevector) (n s64)) f64
    (do ((k 0 (+ k 1))
         (acc 1.5 (- acc (* (bytevector-ieee-double-native-ref a (* 8 k))
                            (bytevector-ieee-double-native-ref b (* 8 k))))))
        ((= k n) acc)))
  ;; the second load first in the product, and an index computed from the
  ;; counter with a constant
  (define-entry (dot-swapped (a bytevector) (b bytevector) (n s64)) f64
    (do ((k 0 (+ k 1))
         (acc 0.0 (let* ((y (bytevector-ieee-double-native-ref b (* 8 k)))
                         (x (bytevector-ieee-double-native-ref a (* 8 (+ k 24)))))
                    (+ acc (* x y)))))
        ((= k n) acc)))
  ;; an index computed from the counter: (- m k) runs backwards, below 0
  ;; when m < nt - 1, and overflows when m is near the most negative s64
  (define-entry (conv (in bytevector) (taps bytevector) (m s64) (nt s64)) f64
    (let tap ((k 0) (acc 0.0))
      (if (= k nt)
          acc
          (tap (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref taps (* k 8))
                                 (bytevector-ieee-double-native-ref in (* (- m k) 8))))))))
  ;; (+ m k): forwards, and overflowing when m is near the largest s64
  (define-entry (conv-up (in bytevector) (taps bytevector) (m s64) (nt s64)) f64
    (let tap ((k 0) (acc 0.0))
      (if (= k nt)
          acc
          (tap (+ k 1) (- acc (* (bytevector-ieee-double-native-ref taps (* k 8))
                                 (bytevector-ieee-double-native-ref in (* (+ m k) 8))))))))
  ;; indices stepped by 1 and by n (offload/reduce.go), stored results
  (define-entry (mm-sub (a bytevector) (b bytevector) (c bytevector) (n s64)) f64
    (do ((i 0 (+ i 1))) ((= i n) (bytevector-ieee-double-native-ref c 8))
      (do ((j 0 (+ j 1))) ((= j n))
        (let dot ((k 0) (acc 0.0))
          (if (= k n)
              (bytevector-ieee-double-native-set! c (* (+ (* i n) j) 8) acc)
              (dot (+ k 1) (- acc (* (bytevector-ieee-double-native-ref a (* (+ (* i n) k) 8))
                                     (bytevector-ieee-double-native-ref b (* (+ (* k n) j) 8)))))))))))
