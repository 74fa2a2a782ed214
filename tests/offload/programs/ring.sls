#!r6rs
;; SPSC rings over bytevectors: wrap-around, all-or-nothing puts, partial
;; gets, and the traps for a ring that is too small or damaged.
;; run: (roundtrip (zeros 256) (zeros 64) (zeros 64) 9)
;; run: (roundtrip (zeros 300) (zeros 64) (zeros 64) 3)
;; run: (overfill (zeros 256))
;; run: (tiny (zeros 192))
;; run: (damaged (zeros 256) 3)
;; run: (damaged (zeros 256) 128)
;; run: (damaged (zeros 256) 32)
;; run: (negative (zeros 256))
(library (t ring)
  (export roundtrip overfill tiny damaged negative)
  (import (offload))
  (define-entry (roundtrip (ring bytevector) (src bytevector) (dst bytevector) (rounds s64)) s64
    (let ((cap (ring-init! ring)))
      (do ((i 0 (+ i 1))) ((= i 64)) (bytevector-u8-set! src i (bitwise-and (* i 7) 255)))
      (let loop ((k 0) (sum cap))
        (if (= k rounds)
            sum
            (let* ((put (ring-put! ring src k 40))
                   (got (ring-get! ring dst 0 (+ 20 k))))
              (loop (+ k 1)
                    (+ (* sum 3) (if put 1 0) got (bytevector-u8-ref dst 3) (ring-count ring))))))))
  (define-entry (overfill (ring bytevector)) s64
    (ring-init! ring)
    (let* ((a (ring-put! ring ring 0 30))
           (b (ring-put! ring ring 8 30))
           (c (ring-put! ring ring 16 30))
           (d (ring-put! ring ring 0 0)))
      (+ (if a 1 0) (if b 10 0) (if c 100 0) (if d 1000 0) (* 10000 (ring-count ring)))))
  (define-entry (tiny (ring bytevector)) s64 (ring-init! ring))
  (define-entry (damaged (ring bytevector) (cap s64)) s64
    (ring-init! ring)
    (bytevector-u64-native-set! ring 128 cap)
    (ring-count ring))
  (define-entry (negative (ring bytevector)) s64
    (ring-init! ring)
    (ring-get! ring ring 0 -1)))
