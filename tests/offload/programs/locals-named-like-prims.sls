#!r6rs
;; run: (f 3 4)
(library (t locals-named-like-prims)
  (export f)
  (import (offload))
  ;; local names shadow primitives of the same name
  (define-entry (f (min s64) (max s64)) s64
    (let ((abs (* min max)) (list 2))
      (+ abs list min))))
