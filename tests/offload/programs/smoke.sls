#!r6rs
;; run: (add 2 3)
;; run: (add 9223372036854775807 1)
;; run: (scale! (f64s 8) 8 0.5)
(library (test smoke)
  (export add scale!)
  (import (offload))
  (define-entry (add (a s64) (b s64)) s64 (+ a b))
  (define-entry (scale! (buf bytevector) (n s64) (g f64)) void
    (do ((i 0 (+ i 1))) ((= i n))
      (bytevector-ieee-double-native-set! buf (* i 8) (* g (bytevector-ieee-double-native-ref buf (* i 8)))))))
