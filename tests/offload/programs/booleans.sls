#!r6rs
;; run: (logic #t #f)
;; run: (logic #t #t)
;; run: (logic #f #f)
;; run: (between 5 1 10)
;; run: (between 50 1 10)
(library (t booleans)
  (export logic between)
  (import (offload))
  (define-entry (logic (a boolean) (b boolean)) s64
    (+ (if (and a b) 1 0) (if (or a b) 2 0) (if (not a) 4 0) (if (and (or a b) (not (and a b))) 8 0)))
  (define-entry (between (x s64) (lo s64) (hi s64)) boolean (and (<= lo x) (<= x hi))))
