#!r6rs
;; run: (sum-to 100)
;; run: (sum-to 1000000)
;; run: (sum-squares 1000)
;; run: (collatz 27)
;; run: (nested 30)
(library (t loops)
  (export sum-to sum-squares collatz nested)
  (import (offload))
  (define-entry (sum-to (n s64)) s64
    (let loop ((i 0) (acc 0)) (if (> i n) acc (loop (+ i 1) (+ acc i)))))
  (define-entry (sum-squares (n s64)) s64
    (do ((i 0 (+ i 1)) (acc 0 (+ acc (* i i)))) ((= i n) acc)))
  (define-entry (collatz (n s64)) s64
    (let loop ((n n) (steps 0))
      (cond ((= n 1) steps)
            ((even? n) (loop (quotient n 2) (+ steps 1)))
            (else (loop (+ (* 3 n) 1) (+ steps 1))))))
  (define-entry (nested (n s64)) s64
    (let outer ((i 0) (acc 0))
      (if (= i n)
          acc
          (outer (+ i 1)
                 (let inner ((j 0) (acc acc))
                   (if (= j i) acc (inner (+ j 1) (+ acc (* i j))))))))))
