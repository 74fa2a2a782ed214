#!r6rs
;; Calls to small procedures, which the compiler inlines (offload/inline.go):
;; parameters that are copies (set! inside does not reach the caller), both
;; value types and bytevectors, loops and lets copied twice into one caller,
;; void helpers for effect, recursion inlined into itself once, mutual
;; recursion, lifted helpers with free variables, and traps inside copies.
;; run: (sum-squares 10)
;; run: (sum-squares 0)
;; run: (square-sum 3037000499 0)
;; run: (square-sum 3037000500 0)
;; run: (square-sum 3037000499 3037000499)
;; run: (square-sum -3037000499 7)
;; run: (hyp 3.0 4.0)
;; run: (hyp -0.0 0.0)
;; run: (bumped 5)
;; run: (bumped 9223372036854775806)
;; run: (bumped 9223372036854775807)
;; run: (byte-pair (u8s 8) 3)
;; run: (byte-pair (u8s 8) 6)
;; run: (byte-pair (u8s 8) 7)
;; run: (byte-pair (u8s 8) -1)
;; run: (twice-counted (u8s 100) 7)
;; run: (twice-counted (u8s 100) 100)
;; run: (twice-counted (u8s 100) 101)
;; run: (fill-twice (zeros 16) 16)
;; run: (fill-twice (zeros 16) 17)
;; run: (tri-let 10)
;; run: (tri-let 0)
;; run: (fib 0)
;; run: (fib 1)
;; run: (fib 2)
;; run: (fib 20)
;; run: (fib -5)
;; run: (parity 0)
;; run: (parity 7)
;; run: (parity 1000)
;; run: (parity 1001)
;; run: (ratio 100 7)
;; run: (ratio 100 0)
;; run: (ratio -9223372036854775808 -1)
;; run: (scaled 10 3)
;; run: (scaled 4611686018427387904 2)
;; run: (mean3 1.5 2.5 -7.25)
;; run: (clamp-all 5 0 3)
;; run: (clamp-all -5 0 3)
;; run: (clamp-all 2 0 3)
(library (t inlining)
  (export sum-squares square-sum hyp bumped byte-pair twice-counted fill-twice tri-let fib parity ratio scaled mean3
          clamp-all)
  (import (offload))
  (define (sq x) (* x x))
  (define (fsq x) (fl* x x))
  (define-entry (sum-squares (n s64)) s64
    (let loop ((i 0) (acc 0)) (if (= i n) acc (loop (+ i 1) (+ acc (sq i))))))
  (define-entry (square-sum (a s64) (b s64)) s64 (+ (sq a) (sq b)))
  (define-entry (hyp (a f64) (b f64)) f64 (flsqrt (fl+ (fsq a) (fsq b))))
  ;; the parameter is a copy: the caller's a is unchanged
  (define (bump x) (set! x (+ x 1)) x)
  (define-entry (bumped (a s64)) s64 (let ((b (bump a))) (- b a)))
  ;; a bytevector parameter, and an out-of-bounds trap inside the copy
  (define (u8 bv i) (bytevector-u8-ref bv i))
  (define-entry (byte-pair (bv bytevector) (i s64)) s64 (+ (* 256 (u8 bv i)) (u8 bv (+ i 1))))
  ;; a loop in the helper, copied twice into one caller
  (define (count-odd bv n)
    (let loop ((i 0) (c 0)) (if (= i n) c (loop (+ i 1) (+ c (bitwise-and (bytevector-u8-ref bv i) 1))))))
  (define-entry (twice-counted (bv bytevector) (n s64)) s64
    (+ (count-odd bv n) (* 1000 (count-odd bv (- n 1)))))
  ;; a void helper, for effect
  (define (put! bv i v) (bytevector-u8-set! bv i v))
  (define-entry (fill-twice (bv bytevector) (n s64)) s64
    (do ((i 0 (+ i 1))) ((= i n)) (put! bv i i) (put! bv i (+ (bytevector-u8-ref bv i) 1)))
    (bytevector-u8-ref bv (- n 1)))
  ;; recursion: inlined into itself once, then calls
  (define (f n) (if (< n 2) n (+ (f (- n 1)) (f (- n 2)))))
  (define-entry (fib (n s64)) s64 (f n))
  ;; the copy of g inside g binds its own m, inside the scope of the first
  (define (g n) (let ((m (- n 1))) (if (< n 1) 0 (+ (g m) m))))
  (define-entry (tri-let (n s64)) s64 (+ (g n) 0))
  ;; mutual recursion, not in tail position
  (define (ev n) (if (= n 0) 1 (bitwise-and (od (- n 1)) 1)))
  (define (od n) (if (= n 0) 0 (bitwise-and (ev (- n 1)) 1)))
  (define-entry (parity (n s64)) s64 (+ (* 10 (ev n)) (od n)))
  ;; traps inside a copy
  (define (quot a b) (quotient a b))
  (define-entry (ratio (a s64) (b s64)) s64 (+ (quot a b) (quot a 3)))
  ;; lifted helpers that read the caller's variables
  (define-entry (scaled (n s64) (k s64)) s64
    (define (term i) (* i k))
    (+ (term n) (term 1)))
  (define-entry (mean3 (a f64) (b f64) (c f64)) f64
    (define (third x) (fl/ x 3.0))
    (fl+ (third a) (fl+ (third b) (third c))))
  (define-entry (clamp-all (x s64) (lo s64) (hi s64)) s64
    (define (clamp v) (cond ((< v lo) lo) ((> v hi) hi) (else v)))
    (+ (* 100 (clamp x)) (* 10 (clamp (- x 1))) (clamp (+ x 1)))))
