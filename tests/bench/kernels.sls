;; The Offload benchmark kernels, run by bench_offload (against C, Lua and
;; Chez) and bench_cgofree (the CGO-free interpreter against the native one).
(library (bench) (export fib loop fir biquad matmul crc32) (import (offload))
 (define (f n) (if (< n 2) n (+ (f (- n 1)) (f (- n 2)))))
 (define-entry (fib (n s64)) s64 (f n))
 (define-entry (loop (n s64)) s64
   (do ((i 0 (+ i 1)) (acc 0 (bitwise-and (+ acc (* i i)) 268435455))) ((= i n) acc)))
 (define-entry (fir (in bytevector) (taps bytevector) (out bytevector) (n s64) (nt s64)) f64
   (do ((i (- nt 1) (+ i 1))) ((= i n) (bytevector-ieee-double-native-ref out (* 8 (- n 1))))
     (let tap ((k 0) (acc 0.0))
       (if (= k nt)
           (bytevector-ieee-double-native-set! out (* i 8) acc)
           (tap (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref taps (* k 8))
                                  (bytevector-ieee-double-native-ref in (* (- i k) 8)))))))))
 (define-entry (biquad (buf bytevector) (n s64) (b0 f64) (b1 f64) (b2 f64) (a1 f64) (a2 f64)) f64
   (let loop ((i 0) (x1 0.0) (x2 0.0) (y1 0.0) (y2 0.0))
     (if (= i n) y1
         (let* ((x (bytevector-ieee-double-native-ref buf (* i 8)))
                (y (- (+ (* b0 x) (* b1 x1) (* b2 x2)) (* a1 y1) (* a2 y2))))
           (bytevector-ieee-double-native-set! buf (* i 8) y)
           (loop (+ i 1) x x1 y y1)))))
 (define-entry (matmul (a bytevector) (b bytevector) (c bytevector) (n s64)) f64
   (do ((i 0 (+ i 1))) ((= i n) (bytevector-ieee-double-native-ref c 0))
     (do ((j 0 (+ j 1))) ((= j n))
       (let dot ((k 0) (acc 0.0))
         (if (= k n)
             (bytevector-ieee-double-native-set! c (* (+ (* i n) j) 8) acc)
             (dot (+ k 1) (+ acc (* (bytevector-ieee-double-native-ref a (* (+ (* i n) k) 8))
                                    (bytevector-ieee-double-native-ref b (* (+ (* k n) j) 8))))))))))
 (define-entry (crc32 (data bytevector) (table bytevector)) s64
   (let loop ((i 0) (c 4294967295))
     (if (= i (bytevector-length data))
         (bitwise-xor c 4294967295)
         (loop (+ i 1) (bitwise-xor (bytevector-u32-native-ref table (* 4 (bitwise-and (bitwise-xor c (bytevector-u8-ref data i)) 255)))
                                    (arithmetic-shift c -8)))))))
