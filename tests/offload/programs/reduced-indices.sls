#!r6rs
;; Indices linear in a loop's counter, such as (+ (* i n) k), which the fast
;; copy of a counted loop keeps in registers and steps (offload/reduce.go),
;; entered only when the values they read are small: every result, every
;; store and every trap must be what the program computes where it says.
;; run: (row-dot (f64s 64) 3 8 0)
;; run: (row-dot (f64s 64) 7 8 0)
;; run: (row-dot (f64s 64) 8 8 0)
;; run: (row-dot (f64s 64) -1 8 0)
;; run: (row-dot (f64s 64) 3 8 -2)
;; run: (row-dot (f64s 64) 3 8 9)
;; run: (row-dot (f64s 64) 4611686018427387904 8 0)
;; run: (row-dot (f64s 64) 0 3037000500 3036999999)
;; run: (col-sum (f64s 64) 2 8)
;; run: (col-sum (f64s 64) 8 8)
;; run: (col-sum (f64s 64) 0 0)
;; run: (col-rev (f64s 64) 3 8)
;; run: (col-rev (f64s 64) 9 8)
;; run: (spread (zeros 100) 10 3)
;; run: (spread (zeros 100) 10 4)
;; run: (spread (zeros 100) 10 -1)
;; run: (spread (zeros 100) 3 1537228672809129301)
;; run: (spread10 (zeros 100) 3)
;; run: (spread10 (zeros 100) 4)
;; run: (spread10 (zeros 100) 1537228672809129301)
;; run: (first-only (f64s 8) 3 4611686018427387904)
;; run: (first-only (f64s 8) 3 5)
;; run: (big-stride (u8s 200000) 5 5)
;; run: (big-stride (u8s 200000) 5 6)
;; run: (big-stride (u8s 200000) 2147483648 1)
;; run: (odd-rows (f64s 64) 8 8)
;; run: (odd-rows (f64s 64) 9 8)
;; run: (odd-rows (f64s 64) 10 8)
;; run: (mm (f64s 16) (f64s 16) (zeros 128) 4)
;; run: (mm (f64s 16) (f64s 16) (zeros 128) 5)
;; run: (mm (f64s 25) (f64s 16) (zeros 200) 5)
;; run: (alternate (u8s 10) (zeros 10) 10)
;; run: (alternate (u8s 10) (zeros 5) 10)
(library (t reduced-indices)
  (export row-dot col-sum col-rev spread spread10 big-stride first-only odd-rows mm alternate)
  (import (offload))
  ;; (+ (* i n) k): an invariant product and a step of 1
  (define-entry (row-dot (a bytevector) (i s64) (n s64) (k0 s64)) f64
    (let loop ((k k0) (acc 0.0))
      (if (= k n)
          acc
          (loop (+ k 1) (+ acc (bytevector-ieee-double-native-ref a (* 8 (+ (* i n) k))))))))
  ;; (+ (* k n) j): a step of n
  (define-entry (col-sum (a bytevector) (j s64) (n s64)) f64
    (do ((k 0 (+ k 1))
         (acc 0.0 (+ acc (bytevector-ieee-double-native-ref a (* 8 (+ (* k n) j))))))
        ((= k n) acc)))
  ;; a step of -n, computed in front of the loop
  (define-entry (col-rev (a bytevector) (j s64) (n s64)) f64
    (let loop ((k 0) (acc 0.0))
      (if (= k n)
          acc
          (loop (+ k 1) (- (* acc 0.5) (bytevector-ieee-double-native-ref a (* 8 (+ (* (- n k 1) n) j))))))))
  ;; k*m*3 may not fit 64 bits for k and m below 2^31: not kept, the loop
  ;; runs as written
  (define-entry (spread (out bytevector) (n s64) (m s64)) s64
    (let loop ((k 0) (last 0))
      (if (= k n)
          last
          (begin
            (bytevector-u8-set! out (* k m 3) k)
            (loop (+ k 1) (* k m 3))))))
  ;; with a constant limit it fits: a step of 3m, computed in front of the
  ;; loop; the index is also the value carried to the next iteration
  (define-entry (spread10 (out bytevector) (m s64)) s64
    (let loop ((k 0) (last 0))
      (if (= k 10)
          last
          (begin
            (bytevector-u8-set! out (* k m 3) k)
            (loop (+ k 1) (* k m 3))))))
  ;; the index is computed on the first iteration only, and stepping it
  ;; would overflow on the third: a large w must not enter the fast copy
  (define-entry (first-only (a bytevector) (n s64) (w s64)) f64
    (let loop ((k 0) (acc 0.0))
      (if (= k n)
          acc
          (loop (+ k 1) (if (= k 0) (+ acc (bytevector-ieee-double-native-ref a (* 8 (* k w)))) acc)))))
  ;; a constant step too wide for an immediate
  (define-entry (big-stride (b bytevector) (base s64) (n s64)) s64
    (let loop ((k 0) (acc 0))
      (if (= k n)
          acc
          (loop (+ k 1) (+ acc (bytevector-u8-ref b (+ base (* k 40000))))))))
  ;; an index computed on some iterations only
  (define-entry (odd-rows (a bytevector) (n s64) (w s64)) f64
    (let loop ((k 0) (acc 0.0))
      (if (= k n)
          acc
          (loop (+ k 1)
                (if (odd? k) (+ acc (bytevector-ieee-double-native-ref a (* 8 (* k w)))) acc)))))
  (define-entry (mm (a bytevector) (b bytevector) (c bytevector) (n s64)) f64
    (do ((i 0 (+ i 1))) ((= i n) (bytevector-ieee-double-native-ref c 0))
      (do ((j 0 (+ j 1))) ((= j n))
        (let dot ((k 0) (acc 0.0))
          (if (= k n)
              (bytevector-ieee-double-native-set! c (* (+ (* i n) j) 8) acc)
              (dot (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref a (* (+ (* i n) k) 8))
                                     (bytevector-ieee-double-native-ref b (* (+ (* k n) j) 8))))))))))
  ;; a bytevector bound inside the loop is not an invariant one
  (define-entry (alternate (a bytevector) (b bytevector) (n s64)) s64
    (let loop ((i 0) (acc 0))
      (if (= i n)
          acc
          (let ((bv (if (even? i) a b)))
            (loop (+ i 1) (+ acc (bytevector-u8-ref bv i))))))))
