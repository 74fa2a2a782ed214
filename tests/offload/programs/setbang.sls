#!r6rs
;; run: (accumulate 10)
;; run: (swap-test 3 4)
;; run: (when-unless 5)
;; run: (when-unless -5)
(library (t setbang)
  (export accumulate swap-test when-unless)
  (import (offload))
  (define-entry (accumulate (n s64)) s64
    (let ((acc 0) (i 0))
      (do () ((= i n))
        (set! acc (+ acc (* i i)))
        (set! i (+ i 1)))
      acc))
  (define-entry (swap-test (a s64) (b s64)) s64
    (let ((x a) (y b))
      (let ((t x)) (set! x y) (set! y t))
      (- (* 10 x) y)))
  (define-entry (when-unless (x s64)) s64
    (let ((r 0))
      (when (> x 0) (set! r (+ r 1)) (set! r (* r 10)))
      (unless (> x 0) (set! r -1))
      r)))
