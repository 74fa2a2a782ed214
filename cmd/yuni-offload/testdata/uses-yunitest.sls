;; Imports served by tests/c/modules/yunitest.c (libnccc_yunitest.so).
(library (uses-yunitest)
  (export negate bump)
  (import (offload))
  (define-import (neg_f64 f64) f64)
  (define-import (inc-s64 s64) s64)
  (define-entry (negate (x f64)) f64 (neg_f64 x))
  (define-entry (bump (n s64)) s64 (+ (inc-s64 n) (inc-s64 n))))
