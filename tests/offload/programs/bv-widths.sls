#!r6rs
;; run: (mix (u8s 64) 0)
;; run: (mix (u8s 64) 7)
;; run: (mix (u8s 64) 57)
;; run: (mix (u8s 64) 56)
;; run: (u64 (u8s 16) 0)
;; run: (u64 (zeros 16) 3)
;; run: (words (u8s 64) 0)
;; run: (words (u8s 64) 15)
;; run: (words (u8s 64) 16)
;; run: (words (u8s 64) -1)
;; run: (words (u8s 64) 2305843009213693952)
;; run: (words (u8s 63) 15)
(library (t bv-widths)
  (export mix u64 words)
  (import (offload))
  (define-entry (mix (b bytevector) (k s64)) s64
    (+ (bytevector-u8-ref b k) (bytevector-s8-ref b k)
       (bytevector-u16-native-ref b k) (bytevector-s16-native-ref b k)
       (bytevector-u32-native-ref b k) (bytevector-s32-native-ref b k)
       (bytevector-s64-native-ref b k)))
  (define-entry (u64 (b bytevector) (k s64)) s64 (bytevector-u64-native-ref b k))
  ;; scaled 32-bit loads (ldx.u32, ldx.s32): the index times 4 is the offset,
  ;; and an index whose offset leaves 64 bits traps integer-overflow
  (define-entry (words (b bytevector) (i s64)) s64
    (- (bytevector-u32-native-ref b (* 4 i)) (bytevector-s32-native-ref b (* i 4)))))
