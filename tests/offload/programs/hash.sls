#!r6rs
;; run: (fnv (u8s 1000))
;; run: (djb (u8s 1000))
(library (t hash)
  (export fnv djb)
  (import (offload))
  ;; 32-bit hashes with explicit masking (Offload integers never wrap)
  (define-entry (fnv (b bytevector)) s64
    (let loop ((i 0) (h 2166136261))
      (if (= i (bytevector-length b))
          h
          (loop (+ i 1) (bitwise-and (* (bitwise-xor h (bytevector-u8-ref b i)) 16777619) #xFFFFFFFF)))))
  (define-entry (djb (b bytevector)) s64
    (do ((i 0 (+ i 1))
         (h 5381 (bitwise-and (+ (* h 33) (bytevector-u8-ref b i)) #xFFFFFFFF)))
        ((= i (bytevector-length b)) h))))
