;; neg_f64 takes and returns an f64, not an s64.
(library (wrong-signature)
  (export negate)
  (import (offload))
  (define-import (neg_f64 s64) s64)
  (define-entry (negate (x s64)) s64 (neg_f64 x)))
