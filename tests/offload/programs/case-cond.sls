#!r6rs
;; run: (kind 1)
;; run: (kind 4)
;; run: (kind 7)
;; run: (kind 100)
;; run: (grade 95)
;; run: (grade 85)
;; run: (grade 12)
(library (t case-cond)
  (export kind grade)
  (import (offload))
  (define-entry (kind (x s64)) s64
    (case x ((1 2 3) 10) ((4 5) 20) ((6 7 8 9) 30) (else -1)))
  (define-entry (grade (score s64)) s64
    (cond ((>= score 90) 4) ((>= score 80) 3) ((>= score 70) 2) (else 0))))
