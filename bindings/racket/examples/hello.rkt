#lang racket/base
;; The README's tour: a native heap, a chime as an event, an Offload entry,
;; a real-time offload thread filling a ring, and a blocking call on a pool.
(require yuni-offload)

(define heap (make-heap (* 1024 1024)))            ; mlock'ed when allowed
(define q (make-queue))
(define tick (make-chime q))

;; An Offload program: compiled by the library, verified, run natively.
(define prog
  (offload-compile
   "(library (hello) (export rms fill)
      (import (offload))
      (define-entry (rms (bv bytevector)) f64
        (let loop ((i 0) (s 0.0))
          (if (= i (bytevector-length bv))
              (flsqrt (fl/ s (fixnum->flonum (bytevector-length bv))))
              (let ((x (fixnum->flonum (bytevector-u8-ref bv i)))) (loop (+ i 1) (fl+ s (fl* x x)))))))
      (define-entry/rt (fill (state bytevector) (out bytevector) (ring bytevector) (c chime)) s64
        (let ((n (+ 1 (bytevector-s64-native-ref state 0))))
          (bytevector-s64-native-set! state 0 n)
          (bytevector-s64-native-set! out 0 n)
          (ring-put! ring out 0 8)
          (chime! c)
          n)))"))
(printf "rms: ~a\n" ((offload-entry prog 'rms) (bytes 3 4 3 4)))

;; The real-time entry on a native thread, every 5 ms, 10 times.
(define state (heap-alloc heap 8))
(native-set! state 'integer-64 0 0)
(define ring (heap-alloc heap (+ 192 1024)))
(void (ring-init! ring))
(define t (offload-thread-start prog 'fill (list state (heap-alloc heap 8) ring tick)
                                #:class 'realtime-audio #:period-ms 5 #:max-runs 10))
(let loop ([got 0])
  (when (< got 10)
    (sync tick)                                    ; other Racket threads run meanwhile
    (let drain ([got got])
      (define frame (ring-get! ring 8))
      (if (zero? (bytes-length frame)) (loop got) (drain (add1 got))))))
(printf "thread: ~a runs, ~a misses\n"
        (hash-ref (offload-thread-statistics t) 'runs) (hash-ref (offload-thread-statistics t) 'misses))
(offload-thread-close! t)
(heap-close! heap)
(queue-close! q)
