#!r6rs
;; run: (fir (f64s 1024) (f64s 16) (zeros 8192) 1024 16)
;; run: (fir (f64s 64) (f64s 16) (zeros 8) 64 16)
(library (t fir)
  (export fir)
  (import (offload))
  ;; out[i] = sum_k taps[k] * in[i-k], zero before the start
  (define-entry (fir (in bytevector) (taps bytevector) (out bytevector) (n s64) (ntaps s64)) f64
    (let outer ((i 0) (total 0.0))
      (if (= i n)
          total
          (let inner ((k 0) (acc 0.0))
            (if (or (= k ntaps) (> k i))
                (begin (bytevector-ieee-double-native-set! out (* i 8) acc)
                       (outer (+ i 1) (+ total acc)))
                (inner (+ k 1)
                       (+ acc (* (bytevector-ieee-double-native-ref taps (* k 8))
                                 (bytevector-ieee-double-native-ref in (* (- i k) 8)))))))))))
