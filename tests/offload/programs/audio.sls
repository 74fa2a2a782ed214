#!r6rs
;; run: (to-s16 (f64s 64) (zeros 128) 64 3.0)
;; run: (to-s16 (f64s 64) (zeros 128) 64 100000.0)
(library (t audio)
  (export to-s16)
  (import (offload))
  ;; gain, clamp and convert to 16-bit PCM (flround rounds ties to even)
  (define (clamp x lo hi) (flmax lo (flmin hi x)))
  (define-entry (to-s16 (in bytevector) (out bytevector) (n s64) (gain f64)) s64
    (do ((i 0 (+ i 1))
         (clipped 0 (+ clipped
                       (let* ((x (* gain 32767.0 (bytevector-ieee-double-native-ref in (* i 8))))
                              (y (clamp x -32768.0 32767.0)))
                         (bytevector-s16-native-set! out (* i 2) (exact (flround y)))
                         (if (= x y) 0 1)))))
        ((= i n) clipped))))
