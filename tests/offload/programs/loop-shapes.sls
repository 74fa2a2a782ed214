#!r6rs
;; Loops as programs are written: guarded by when, unless or cond, inside
;; procedures, inside other loops, with stores in the body.
;; run: (walk-when (zeros 8) 10)
;; run: (walk-unless (zeros 8) 10)
;; run: (walk-cond (zeros 8) 10)
;; run: (nested (zeros 64) 8)
;; run: (nested (zeros 64) 9)
;; run: (local (zeros 16) 5)
;; run: (in-loop-body (zeros 8) 4)
;; run: (count-down 100)
(library (t loop-shapes)
  (export walk-when walk-unless walk-cond nested local in-loop-body count-down)
  (import (offload))
  (define (bump! out i) (bytevector-s64-native-set! out 0 (+ (bytevector-s64-native-ref out 0) i)))
  (define (walk1! out n) (let loop ((i 0)) (when (< i n) (bump! out i) (loop (+ i 1)))))
  (define (walk2! out n) (let loop ((i 0)) (unless (>= i n) (bump! out i) (loop (+ i 1)))))
  (define (walk3! out n) (let loop ((i 0)) (cond ((< i n) (bump! out i) (loop (+ i 1))))))
  (define-entry (walk-when (out bytevector) (n s64)) void (walk1! out n) (walk1! out n))
  (define-entry (walk-unless (out bytevector) (n s64)) void (walk2! out n))
  (define-entry (walk-cond (out bytevector) (n s64)) s64 (walk3! out n) (bytevector-s64-native-ref out 0))
  ;; a row of bytes per outer step: out[8 j + i] = j + i, then the last
  ;; store traps out-of-bounds when n is 9
  (define-entry (nested (out bytevector) (n s64)) void
    (let rows ((j 0))
      (when (< j n)
        (let cols ((i 0))
          (when (< i 8)
            (bytevector-u8-set! out (+ (* 8 j) i) (+ j i))
            (cols (+ i 1))))
        (rows (+ j 1)))))
  (define-entry (local (out bytevector) (n s64)) s64
    (define (fill! k)
      (do ((i 0 (+ i 1))) ((= i k))
        (bytevector-u8-set! out i (* i k))))
    (fill! n)
    (fill! (- n 2))
    (bytevector-u8-ref out 4))
  ;; a loop inside the body of a loop that is a procedure
  (define-entry (in-loop-body (out bytevector) (n s64)) s64
    (let outer ((j 0) (total 0))
      (if (= j n)
          total
          (begin
            (walk1! out j)
            (outer (+ j 1) (+ total (bytevector-s64-native-ref out 0)))))))
  (define-entry (count-down (n s64)) s64
    (let loop ((i n) (acc 0))
      (unless (<= i 0) (set! acc (+ acc i)))
      (if (<= i 0) acc (loop (- i 1) acc)))))
