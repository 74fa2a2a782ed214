#!r6rs
;; run: (histogram (u8s 5000) (zeros 2048))
(library (t histogram)
  (export histogram)
  (import (offload))
  (define-entry (histogram (data bytevector) (counts bytevector)) s64
    (do ((i 0 (+ i 1))) ((= i (bytevector-length data)))
      (let ((slot (* 8 (bytevector-u8-ref data i))))
        (bytevector-s64-native-set! counts slot (+ 1 (bytevector-s64-native-ref counts slot)))))
    (let loop ((k 0) (best 0))
      (if (= k 256)
          best
          (loop (+ k 1) (max best (bytevector-s64-native-ref counts (* 8 k))))))))
