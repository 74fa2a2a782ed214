#!r6rs
;; Integer multiply-add (madd.i: a = a + b*c, the multiply then the add,
;; each trapping on overflow) and operations computed straight into their
;; destination: sums of products in every position, both overflows, and
;; steps whose later operands read the register being computed (which must
;; not be written early).
;; run: (madd3 1 2 3)
;; run: (madd3 -5 7 -11)
;; run: (madd3 9223372036854775807 1 1)
;; run: (madd3 -9223372036854775808 -1 1)
;; run: (madd3 9223372036854775807 -1 1)
;; run: (madd3 0 4294967296 4294967296)
;; run: (madd3 0 -9223372036854775808 -1)
;; run: (madd3 0 -9223372036854775808 1)
;; run: (madd3 5 3037000499 3037000499)
;; run: (dot2 3 4 5 6)
;; run: (dot2 4294967296 2147483648 0 0)
;; run: (dot2 4294967296 2147483647 4294967296 2147483647)
;; run: (dot2 -4294967296 2147483648 -1 1)
;; run: (mixed 1 2 3 4 5)
;; run: (mixed 9223372036854775807 0 0 0 0)
;; run: (mixed 9223372036854775807 0 0 1 0)
;; run: (mixed 0 0 0 1 9223372036854775807)
;; run: (sum-squares 10)
;; run: (sum-squares 0)
;; run: (sum-squares 3000000)
;; run: (sum-squares 3100000)
;; run: (masked-squares 1000)
;; run: (masked-squares 100000)
;; run: (triple-plus 1 10)
;; run: (triple-plus 1 31)
;; run: (triple-plus 1 32)
;; run: (triple-plus 2500000000000000000 1)
;; run: (triple-plus -2500000000000000000 1)
;; run: (xor-self 7 20)
;; run: (xor-self -1 64)
;; run: (xor-self 4611686018427387904 1)
;; run: (swap-steps 10)
;; run: (swap-steps 0)
;; run: (max-of-sums 3 -4 10)
;; run: (max-of-sums -3 -4 -10)
;; run: (shifted-sum 3 4 5)
;; run: (shifted-sum 4611686018427387903 1 1)
;; run: (horner 2 1 2 3 4)
;; run: (horner -3 5 0 -7 1)
;; run: (horner 100000 1 1 1 1)
;; run: (poly-loop (s64s 8) 8 3)
;; run: (poly-loop (s64s 8) 8 -2)
;; run: (poly-loop (s64s 8) 8 3037000499)
;; run: (poly-loop (s64s 8) 9 3)
;; run: (fl-decay 10 0.5)
;; run: (fl-decay 0 0.5)
(library (t int-madd)
  (export madd3 dot2 mixed sum-squares masked-squares triple-plus xor-self swap-steps max-of-sums shifted-sum
          horner poly-loop fl-decay)
  (import (offload))
  (define-entry (madd3 (a s64) (b s64) (c s64)) s64 (+ a (* b c)))
  (define-entry (dot2 (a s64) (b s64) (c s64) (d s64)) s64 (+ (* a b) (* c d)))
  ;; plain terms and products interleaved, in the order written
  (define-entry (mixed (a s64) (b s64) (c s64) (d s64) (e s64)) s64 (+ a (* b c) d (* d e)))
  (define-entry (sum-squares (n s64)) s64
    (do ((i 0 (+ i 1)) (acc 0 (+ acc (* i i)))) ((= i n) acc)))
  (define-entry (masked-squares (n s64)) s64
    (do ((i 0 (+ i 1)) (acc 0 (bitwise-and (+ acc (* i i)) 268435455))) ((= i n) acc)))
  ;; the product's operand is the variable being computed: no early write
  (define-entry (triple-plus (x s64) (n s64)) s64
    (do ((i 0 (+ i 1)) (acc x (+ (* acc 3) acc))) ((= i n) acc)))
  ;; a later operand reads the destination: computed into a temporary
  (define-entry (xor-self (x s64) (n s64)) s64
    (do ((i 0 (+ i 1)) (acc x (bitwise-xor (+ acc i) (* acc 2)))) ((= i n) acc)))
  ;; each step reads the other variable: a cycle, through temporaries
  (define-entry (swap-steps (n s64)) s64
    (do ((i 0 (+ i 1))
         (a 1 (+ b (* a 2)))
         (b 2 (bitwise-xor (+ a 1) (* b 3))))
        ((= i n) (- a b))))
  (define-entry (max-of-sums (a s64) (b s64) (c s64)) s64
    (let ((x (max (+ a b) (* b c) (- c a)))) (+ x (* x 2))))
  (define-entry (shifted-sum (a s64) (b s64) (c s64)) s64
    (let ((s (arithmetic-shift (+ a b) 1))) (+ s c)))
  (define-entry (horner (x s64) (c3 s64) (c2 s64) (c1 s64) (c0 s64)) s64
    (+ c0 (* x (+ c1 (* x (+ c2 (* x c3)))))))
  ;; a polynomial over a bytevector of s64 coefficients, at x
  (define-entry (poly-loop (cs bytevector) (n s64) (x s64)) s64
    (let loop ((k 0) (acc 0))
      (if (= k n)
          acc
          (loop (+ k 1) (+ (bytevector-s64-native-ref cs (* 8 k)) (* acc x))))))
  (define-entry (fl-decay (n s64) (f f64)) f64
    (let loop ((i 0) (y 1.0))
      (if (= i n) y (loop (+ i 1) (fl+ (fl* y f) (fl* f 0.25)))))))
