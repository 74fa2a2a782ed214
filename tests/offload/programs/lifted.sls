#!r6rs
;; run: (scaled-sum 10 3)
;; run: (scaled-sum 0 3)
;; run: (count-down 5)
;; run: (tri 50 2)
(library (t lifted)
  (export scaled-sum count-down tri)
  (import (offload))
  (define-entry (scaled-sum (n s64) (k s64)) s64
    (define (term i) (* i k))
    (let loop ((i 0) (acc 0)) (if (= i n) acc (loop (+ i 1) (+ acc (term i))))))
  (define-entry (count-down (n s64)) s64
    (letrec ((down (lambda (i) (if (= i 0) 0 (+ i (down (- i 1)))))))
      (down n)))
  ;; a named let used as a non-tail recursion is lifted, with a free variable
  (define-entry (tri (n s64) (step s64)) s64
    (let rec ((i n)) (if (<= i 0) 0 (+ i (rec (- i step)))))))
