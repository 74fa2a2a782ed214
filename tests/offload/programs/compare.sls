#!r6rs
;; run: (chain 1 2 3)
;; run: (chain 1 3 2)
;; run: (chain 2 2 2)
;; run: (classify -5)
;; run: (classify 0)
;; run: (classify 17)
;; run: (fchain 1.0 2.0 3.0)
;; run: (fchain 1.0 +nan.0 3.0)
;; run: (fcmp +nan.0 1.0)
;; run: (fcmp 1.0 1.0)
;; run: (fcmp -0.0 0.0)
(library (t compare)
  (export chain classify fchain fcmp)
  (import (offload))
  (define-entry (chain (a s64) (b s64) (c s64)) s64
    (+ (if (< a b c) 1 0) (if (<= a b c) 10 0) (if (= a b c) 100 0) (if (> c b a) 1000 0) (if (>= c b a) 10000 0)))
  (define-entry (classify (x s64)) s64
    (cond ((negative? x) -1) ((zero? x) 0) ((and (positive? x) (odd? x)) 1) ((even? x) 2) (else 3)))
  (define-entry (fchain (a f64) (b f64) (c f64)) boolean (or (< a b c) (> a b c)))
  (define-entry (fcmp (a f64) (b f64)) s64
    (+ (if (< a b) 1 0) (if (<= a b) 2 0) (if (= a b) 4 0) (if (> a b) 8 0) (if (>= a b) 16 0)
       (if (not (< a b)) 32 0) (if (not (= a b)) 64 0) (if (flzero? a) 128 0) (if (flnan? a) 256 0))))
