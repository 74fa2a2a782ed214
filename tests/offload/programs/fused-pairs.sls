#!r6rs
;; Shapes the native interpreter runs as fused pairs (the first instruction's
;; result handed to the second in a machine register; interp.c): each must
;; behave as the two instructions do one after the other, with a trap in
;; either half reported where it happens.
;; run: (sq-sum 0 100 0)
;; run: (sq-sum 3037000490 3037000510 0)
;; run: (sq-sum 1 10 9223372036854775700)
;; run: (sq1 41)
;; run: (sq1 3037000499)
;; run: (sq1 9223372036854775807)
;; run: (crc (u8s 1000) (u8s 1024))
;; run: (crc (u8s 1000) (u8s 1000))
;; run: (window (f64s 64) 0 8)
;; run: (window (f64s 64) 56 8)
;; run: (window (f64s 64) 57 8)
;; run: (window (f64s 64) -1 8)
;; run: (axpy (f64s 32) (zeros 256) 32 0.5)
;; run: (axpy (f64s 32) (zeros 200) 32 0.5)
;; run: (shifts 3 10)
;; run: (shifts 3 61)
;; run: (shifts -5 70)
;; run: (until-masked 5 3)
;; run: (until-masked 0 0)
;; run: (horner 0.5 1.0 -2.0 3.0 -4.0)
;; run: (horner 1e300 1e300 1.0 1.0 1.0)
(library (t fused-pairs)
  (export sq-sum sq1 crc window axpy shifts until-masked horner)
  (import (offload))
  ;; mul feeds add: an overflow in the product (first half) or the sum (second)
  (define-entry (sq-sum (start s64) (n s64) (a0 s64)) s64
    (do ((i start (+ i 1)) (acc a0 (+ acc (* i i)))) ((= i n) acc)))
  ;; add feeds mul through both of its operands
  (define-entry (sq1 (x s64)) s64
    (let ((t (+ x 1))) (* t t)))
  ;; xor feeds and, and feeds a scaled load, the load feeds xor
  (define-entry (crc (data bytevector) (table bytevector)) s64
    (let loop ((i 0) (c 4294967295))
      (if (= i (bytevector-length data))
          (bitwise-xor c 4294967295)
          (loop (+ i 1)
                (bitwise-xor (bytevector-u32-native-ref table (* 4 (bitwise-and (bitwise-xor c (bytevector-u8-ref data i)) 255)))
                             (arithmetic-shift c -8))))))
  ;; add feeds a checked double load, which feeds a multiply-add
  (define-entry (window (b bytevector) (at s64) (n s64)) f64
    (let loop ((k 0) (acc 0.0))
      (if (= k n)
          acc
          (loop (+ k 1) (+ acc (* 0.5 (bytevector-ieee-double-native-ref b (* 8 (+ at k)))))))))
  ;; a product feeds a store at an index that runs off the end
  (define-entry (axpy (x bytevector) (y bytevector) (n s64) (a f64)) f64
    (do ((i 0 (+ i 1))) ((= i n) (bytevector-ieee-double-native-ref y 0))
      (bytevector-ieee-double-native-set! y (* 8 (* i 2)) (* a (bytevector-ieee-double-native-ref x (* 8 i))))))
  ;; add feeds a shift that overflows
  (define-entry (shifts (x s64) (n s64)) s64
    (do ((k 0 (+ k 1)) (acc 0 (+ acc (arithmetic-shift (+ x k) (- n k))))) ((= k 3) acc)))
  ;; and feeds a compare-and-branch
  (define-entry (until-masked (x s64) (target s64)) s64
    (let loop ((i 0))
      (if (= (bitwise-and (+ x i) 7) target) i (loop (+ i 1)))))
  ;; products feed sums feed products: the chain a polynomial makes
  (define-entry (horner (x f64) (c0 f64) (c1 f64) (c2 f64) (c3 f64)) f64
    (+ c0 (* x (+ c1 (* x (+ c2 (* x c3))))))))
