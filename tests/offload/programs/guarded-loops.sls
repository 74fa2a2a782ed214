#!r6rs
;; Loops whose bounds checks are hoisted (guard.i/guard.bvK and a fast
;; copy): every way out of the fast copy must behave as the checked loop.
;; run: (scale (f64s 10) (zeros 80) 10 2.5)
;; run: (scale (f64s 10) (zeros 40) 10 2.5)
;; run: (scale (f64s 4) (zeros 80) 10 2.5)
;; run: (scale (f64s 4) (zeros 80) 0 2.5)
;; run: (sum-from (u8s 100) 0 100)
;; run: (sum-from (u8s 100) 10 100)
;; run: (sum-from (u8s 100) -1 100)
;; run: (sum-from (u8s 100) 50 101)
;; run: (sum-from (u8s 100) 100 50)
;; run: (sum-from (zeros 0) 0 0)
;; run: (find (u8s 300) 11)
;; run: (find (u8s 300) 159)
;; run: (find (u8s 300) 256)
;; run: (find (zeros 0) 0)
;; run: (ramp (zeros 64) 8)
;; run: (ramp (zeros 64) 9)
;; run: (ramp (zeros 64) -3)
;; run: (down (u8s 20) 19)
;; run: (down (u8s 20) 20)
;; run: (reps (u8s 64) 64 5)
;; run: (reps (u8s 64) 65 5)
;; run: (grow (u8s 64) 64)
;; run: (grow (u8s 64) 30)
;; run: (stride (f64s 16) 16)
;; run: (both (u8s 16) (f64s 16) 16)
;; run: (both (u8s 16) (f64s 8) 16)
;; run: (mac 1.0000000009313226 0.9999999990686774 -1.0)
;; run: (msb 1.0000000009313226 0.9999999990686774 1.0)
;; run: (poly 0.1 0.2 0.3 0.7)
;; run: (poly 1e308 10.0 -1e308 3.0)
;; run: (self 3.0 0.5)
;; run: (first16 (u8s 16))
;; run: (first16 (u8s 15))
(library (t guarded-loops)
  (export scale sum-from find ramp down reps grow stride both mac msb poly self first16)
  (import (offload))
  ;; = test, two f64 bytevectors, a store: a trap leaves the earlier stores
  (define-entry (scale (src bytevector) (dst bytevector) (n s64) (k f64)) s64
    (let loop ((i 0))
      (if (= i n)
          i
          (begin
            (bytevector-ieee-double-native-set! dst (* i 8) (* k (bytevector-ieee-double-native-ref src (* 8 i))))
            (loop (+ i 1))))))
  ;; < test, any start: a negative start fails the guard, the checked loop traps
  (define-entry (sum-from (b bytevector) (start s64) (n s64)) s64
    (let loop ((i start) (acc 0))
      (if (< i n) (loop (+ i 1) (+ acc (bytevector-u8-ref b i))) acc)))
  ;; >= test against the length, an early exit inside the arm
  (define-entry (find (b bytevector) (x s64)) s64
    (let loop ((i 0))
      (cond ((>= i (bytevector-length b)) -1)
            ((= (bytevector-u8-ref b i) x) i)
            (else (loop (+ i 1))))))
  ;; > test with the limit first
  (define-entry (ramp (b bytevector) (n s64)) s64
    (let loop ((i 0))
      (if (> n i)
          (begin (bytevector-ieee-double-native-set! b (* 8 i) (inexact i)) (loop (+ i 1)))
          (exact (bytevector-ieee-double-native-ref b (* 8 (- n 1)))))))
  ;; counting down is not a counted loop: stays checked
  (define-entry (down (b bytevector) (i0 s64)) s64
    (let loop ((i i0) (acc 0))
      (if (< i 0) acc (loop (- i 1) (+ (* acc 3) (bytevector-u8-ref b i))))))
  ;; an inner guarded loop run again by an outer one
  (define-entry (reps (b bytevector) (n s64) (r s64)) s64
    (let outer ((k 0) (total 0))
      (if (= k r)
          total
          (outer (+ k 1)
                 (let inner ((j 0) (acc total))
                   (if (= j n) acc (inner (+ j 1) (+ acc (bytevector-u8-ref b j)))))))))
  ;; an accumulator that overflows inside the fast copy
  (define-entry (grow (b bytevector) (n s64)) s64
    (let loop ((i 0) (acc 1))
      (if (= i n) acc (loop (+ i 1) (+ (* acc 3) (bytevector-u8-ref b i))))))
  ;; an access not at the counter stays checked next to one that is guarded
  (define-entry (stride (b bytevector) (n s64)) f64
    (let loop ((i 0) (acc 0.0))
      (if (= i n)
          acc
          (loop (+ i 1) (+ acc (* (bytevector-ieee-double-native-ref b (* 8 i))
                                  (bytevector-ieee-double-native-ref b (* 8 (- n i 1)))))))))
  ;; two bytevectors of different element sizes, one too short
  (define-entry (both (u bytevector) (d bytevector) (n s64)) f64
    (let loop ((i 0) (acc 0.0))
      (if (= i n)
          acc
          (loop (+ i 1) (- acc (* (inexact (bytevector-u8-ref u i)) (bytevector-ieee-double-native-ref d (* i 8))))))))
  ;; multiply-add rounds twice, as Scheme does (a fused one would not)
  (define-entry (mac (a f64) (b f64) (c f64)) f64 (+ c (* a b)))
  (define-entry (msb (a f64) (b f64) (c f64)) f64 (- c (* a b)))
  (define-entry (poly (x f64) (y f64) (z f64) (w f64)) f64
    (- (+ (* x y) (* y z) w (* z w)) (* x w) x (* w w)))
  (define-entry (self (a f64) (b f64)) f64
    (let loop ((i 0) (acc a))
      (if (= i 3) acc (loop (+ i 1) (+ acc (* acc b))))))
  ;; a constant limit
  (define-entry (first16 (b bytevector)) s64
    (do ((i 0 (+ i 1)) (acc 0 (+ (* acc 2) (bytevector-u8-ref b i)))) ((= i 16) acc))))
