#!r6rs
;; run: (sum-u8 (u8s 1000))
;; run: (sum-s32 (s32s 1000) 1000)
;; run: (sum-s32 (s32s 10) 11)
;; run: (sum-s64 (s64s 100) 100)
;; run: (sum-f64 (f64s 1000) 1000)
(library (t bv-sum)
  (export sum-u8 sum-s32 sum-s64 sum-f64)
  (import (offload))
  (define-entry (sum-u8 (b bytevector)) s64
    (let loop ((i 0) (acc 0))
      (if (= i (bytevector-length b)) acc (loop (+ i 1) (+ acc (bytevector-u8-ref b i))))))
  (define-entry (sum-s32 (b bytevector) (n s64)) s64
    (let loop ((i 0) (acc 0))
      (if (= i n) acc (loop (+ i 1) (+ acc (bytevector-s32-native-ref b (* i 4)))))))
  (define-entry (sum-s64 (b bytevector) (n s64)) s64
    (do ((i 0 (+ i 1)) (acc 0 (+ acc (bytevector-s64-native-ref b (* 8 i))))) ((= i n) acc)))
  (define-entry (sum-f64 (b bytevector) (n s64)) f64
    (let loop ((i 0) (acc 0.0))
      (if (= i n) acc (loop (+ i 1) (+ acc (bytevector-ieee-double-native-ref b (* i 8))))))))
