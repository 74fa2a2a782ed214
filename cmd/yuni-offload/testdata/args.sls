#!r6rs
;; Entries for TestRunOptions: every bytevector argument form, and a loop
;; that never ends unless a budget stops it.
(library (args)
  (export sum-u8 spin count-to)
  (import (offload))

  ;; The sum of a bytevector's bytes.
  (define-entry (sum-u8 (bv bytevector)) s64
    (do ((i 0 (+ i 1)) (acc 0 (+ acc (bytevector-u8-ref bv i)))) ((= i (bytevector-length bv)) acc)))

  ;; Runs until a budget stops it.
  (define-entry (spin (n s64)) s64
    (let loop ((i n)) (loop (+ (bitwise-and i 1023) 1))))

  ;; n backward jumps, then returns n.
  (define-entry (count-to (n s64)) s64
    (let loop ((i 0)) (if (= i n) i (loop (+ i 1))))))
