#!r6rs
;; run: (lets 3)
;; run: (shadow 5)
;; run: (inner-defs 4)
(library (t let-forms)
  (export lets shadow inner-defs)
  (import (offload))
  (define-entry (lets (x s64)) s64
    (let* ((a (* x 2)) (b (+ a 1)) (c (* a b)))
      (let ((a b) (b a)) (+ (* 100 a) (* 10 b) c))))
  (define-entry (shadow (x s64)) s64
    (let ((x (* x x))) (let ((x (+ x 1))) x)))
  (define-entry (inner-defs (x s64)) s64
    (define y (* x 3))
    (define (twice z) (* 2 z))
    (+ y (twice y))))
