#!r6rs
;; run: (prefix! (f64s 300) 300)
;; run: (prefix! (f64s 300) 301)
(library (t prefix-sum)
  (export prefix!)
  (import (offload))
  (define-entry (prefix! (b bytevector) (n s64)) f64
    (let loop ((i 0) (acc 0.0))
      (if (= i n)
          acc
          (let ((v (+ acc (bytevector-ieee-double-native-ref b (* 8 i)))))
            (bytevector-ieee-double-native-set! b (* 8 i) v)
            (loop (+ i 1) v))))))
