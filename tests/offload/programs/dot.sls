#!r6rs
;; run: (dot (f64s 256) (f64s 256) 256)
;; run: (dot (f64s 256) (f64s 100) 256)
;; run: (fma-dot (f64s 256) (f64s 256) 256)
(library (t dot)
  (export dot fma-dot)
  (import (offload))
  (define-entry (dot (a bytevector) (b bytevector) (n s64)) f64
    (do ((i 0 (+ i 1))
         (acc 0.0 (+ acc (* (bytevector-ieee-double-native-ref a (* i 8))
                            (bytevector-ieee-double-native-ref b (* i 8))))))
        ((= i n) acc)))
  ;; fl+* fuses in Offload; (offload) in Scheme does not: only exactly
  ;; representable products here, so both agree
  (define-entry (fma-dot (a bytevector) (b bytevector) (n s64)) f64
    (do ((i 0 (+ i 1))
         (acc 0.0 (fl+* (inexact i) 2.0 acc)))
        ((= i n) acc))))
