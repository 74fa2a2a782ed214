#!r6rs
;; Small loops: counted loops of a few integer instructions, which the
;; interpreter runs as one handler each (offload_c/small_loop.c) with the
;; values passed round the loop in machine registers.  Operands read what
;; the previous instruction wrote, the one before, or older values from the
;; frame; every trap (an overflow in the body or on the counter, a load out
;; of bounds) must happen where the instructions one by one would have it.
;; run: (sum-to 0 100)
;; run: (sum-to 5 6)
;; run: (sum-to 4611686018427387904 4611686018427387910)
;; run: (count-from 0 1000)
;; run: (count-from 9223372036854775800 9223372036854775807)
;; run: (count-from 9223372036854775800 0)
;; run: (count-below 0 1000)
;; run: (count-below 10 3)
;; run: (count-below 9223372036854775806 -1)
;; run: (squares 0 1000 268435455)
;; run: (squares 0 100000 -1)
;; run: (squares 3037000490 3037000600 -1)
;; run: (squares -3037000600 -3037000490 -1)
;; run: (fib-iter 0)
;; run: (fib-iter 1)
;; run: (fib-iter 90)
;; run: (fib-iter 91)
;; run: (fib-iter 92)
;; run: (shrinking 0 10)
;; run: (shrinking 3 101)
;; run: (shrinking 9223372036854775790 9223372036854775800)
;; run: (shrinking 9223372036854775790 9223372036854775801)
;; run: (xorshift 123456789 1000)
;; run: (xorshift 1 100)
;; run: (xorshift 0 50)
;; run: (xorshift 88172645463325252 1000)
;; run: (shifted 1 62)
;; run: (shifted 1 63)
;; run: (shifted -1 63)
;; run: (shifted 3 62)
;; run: (lcg 12345 1000)
;; run: (lcg -7 64)
;; run: (byte-sum (u8s 1000) 0 1000)
;; run: (byte-sum (u8s 1000) 0 1001)
;; run: (byte-sum (u8s 1000) 999 1000)
;; run: (byte-sum (u8s 1000) -1 10)
;; run: (byte-sum (zeros 0) 0 1)
;; run: (word-mix (s32s 256) 0 256)
;; run: (word-mix (s32s 256) 200 300)
;; run: (word-mix (s32s 256) -3 5)
;; run: (word-mix (s32s 200) 150 260)
;; run: (word-mix (s32s 256) 9223372036854775800 9223372036854775807)
;; run: (table-walk (u8s 1000) (s32s 256) 1000)
;; run: (table-walk (u8s 1000) (s32s 255) 1000)
;; run: (table-walk (u8s 1000) (s32s 256) 0)
;; run: (three-back 0 10)
;; run: (three-back 5 40)
;; run: (three-back 5 100)
(library (t small-loops)
  (export sum-to count-from count-below squares fib-iter shrinking xorshift shifted lcg byte-sum word-mix
          table-walk three-back)
  (import (offload))
  ;; one instruction reading itself (the previous iteration's value)
  (define-entry (sum-to (k s64) (n s64)) s64
    (do ((i k (+ i 1)) (acc 0 (+ acc i))) ((= i n) acc)))
  ;; no body at all: only the counter, which overflows when n is behind k
  (define-entry (count-from (k s64) (n s64)) s64
    (do ((i k (+ i 1))) ((= i n) i)))
  ;; the (< i n) form: the loop ends when the counter reaches n or passes it
  (define-entry (count-below (k s64) (n s64)) s64
    (let loop ((i k) (acc 0))
      (if (< i n) (loop (+ i 1) (+ acc 2)) acc)))
  ;; a multiply-add then a mask; from 3037000490 the square overflows
  (define-entry (squares (k s64) (n s64) (mask s64)) s64
    (do ((i k (+ i 1)) (acc 0 (bitwise-and (+ acc (* i i)) mask))) ((= i n) acc)))
  ;; two values that swap round the loop; fib(93) overflows
  (define-entry (fib-iter (n s64)) s64
    (do ((i 0 (+ i 1)) (a 0 b) (b 1 (+ a b))) ((= i n) a)))
  ;; the limit itself moves: the loop ends where i meets the shrinking n,
  ;; or never, and the counter overflows
  (define-entry (shrinking (k s64) (n s64)) s64
    (do ((i k (+ i 1)) (m n (- m 1))) ((= i m) (+ (* i 1000) m))))
  ;; shifts both ways (a left shift that loses bits traps)
  (define-entry (xorshift (seed s64) (n s64)) s64
    (do ((i 0 (+ i 1))
         (x seed (let* ((x (bitwise-xor x (arithmetic-shift x 13)))
                        (x (bitwise-xor x (arithmetic-shift x -7))))
                   (bitwise-and x 281474976710655))))
        ((= i n) x)))
  (define-entry (shifted (x s64) (n s64)) s64
    (do ((i 0 (+ i 1)) (v x (arithmetic-shift v 1))) ((= i n) v)))
  ;; a multiply, an add of a constant, a mask
  (define-entry (lcg (seed s64) (n s64)) s64
    (do ((i 0 (+ i 1)) (x seed (bitwise-and (+ (* x 1103515245) 12345) 2147483647))) ((= i n) x)))
  ;; loads: out of bounds at the iteration that reaches the end
  (define-entry (byte-sum (bv bytevector) (k s64) (n s64)) s64
    (do ((i k (+ i 1)) (acc 0 (+ acc (bytevector-u8-ref bv i)))) ((= i n) acc)))
  (define-entry (word-mix (bv bytevector) (k s64) (n s64)) s64
    (do ((i k (+ i 1)) (acc 7 (bitwise-xor (* (bitwise-and acc 4294967295) 31) (bytevector-u32-native-ref bv (* 4 (bitwise-and i 255))))))
        ((= i n) (bitwise-and acc 4294967295))))
  ;; crc32's shape: a load indexed by a value of the loop, read back
  (define-entry (table-walk (data bytevector) (table bytevector) (n s64)) s64
    (do ((i 0 (+ i 1))
         (c 4294967295 (bitwise-xor (bytevector-u32-native-ref table (* 4 (bitwise-and (bitwise-xor c (bytevector-u8-ref data i)) 255)))
                                    (arithmetic-shift c -8))))
        ((= i n) c)))
  ;; values read three and more instructions after they were written
  (define-entry (three-back (a0 s64) (n s64)) s64
    (do ((i 0 (+ i 1)) (a a0 (+ a c)) (b 1 (+ b a)) (c 2 (+ c b))) ((= i n) (bitwise-and (+ a b c) 1152921504606846975)))))
