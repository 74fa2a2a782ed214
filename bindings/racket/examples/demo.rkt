#lang racket/base
;; The yuni-offload demo, the Racket way (the C host is demo/demo.c).
;;
;; - The same real-time Offload DSP (demo/dsp.sls) runs on a native offload
;;   thread in the realtime-audio class, filling a ring in a locked native
;;   heap and ringing a chime: here the chime is a Racket event.
;; - The host makes blocking NCCC calls (a "device" read that answers 40 ms
;;   after the request: the library's yuni_queue_wait, found through its NCCC
;;   module table).  A Racket place runs on one OS thread, so a heartbeat
;;   cannot hand it to another thread; instead each call runs on the VM's
;;   native pool (nccc-call-async) and the Racket threads — the consumer that
;;   drains the ring, the progress line — keep running while it blocks.
;;
;;   racket demo.rkt [--seconds N] [--check] [--dsp FILE]
(require racket/cmdline racket/math racket/runtime-path "../main.rkt") ; runs from the source tree, installed or not

(define-runtime-path default-dsp "../../../demo/dsp.sls")
(define seconds 8)
(define check? #f)
(define dsp-path default-dsp)
(command-line
 #:once-each
 ["--seconds" n "run for N seconds (default 8)" (set! seconds (string->number n))]
 ["--check" "exit 1 unless the summary is sane" (set! check? #t)]
 ["--dsp" file "the DSP program" (set! dsp-path file)])
(unless (and (real? seconds) (< 0 seconds 3600)) (raise-user-error 'demo "--seconds must be in (0, 3600)"))

(define BLOCK-BYTES 2048)
(define heap (make-heap (* 4 1024 1024)))
(define ring (heap-alloc heap (+ 192 65536) ))
(void (ring-init! ring))
(define state (heap-alloc heap 32))
(native-fill! state 0)
(define frame (heap-alloc heap BLOCK-BYTES))
(define q (make-queue))
(define ready (make-chime q 1))

(define dsp (offload-compile (call-with-input-file dsp-path (λ (in) (read-string 1000000 in)))))
(define dsp-thread
  (offload-thread-start dsp 'block (list state frame ring ready) #:class 'realtime-audio #:period-ms (/ 16.0 3)))

;; the device: a request arms a one-shot timer; a blocking read waits for it
(define self (nccc-module-open yuni-library-path))
(define queue-wait (nccc-module-ref self 'yuni_queue_wait))
(define device-q (make-queue))
(define vm (make-vm))
(define events (heap-alloc heap (* 32 4)))

;; ---- the consumer: a Racket thread that drains the ring on each chime ----
(define blocks 0)
(define chimes 0)
(define sum-squares 0.0)
(define peak 0.0)
(define (drain!)
  (let loop ()
    (when (>= (ring-count ring) BLOCK-BYTES)
      (define b (ring-get! ring BLOCK-BYTES))
      (for ([i (in-range 0 BLOCK-BYTES 8)])
        (define y (floating-point-bytes->real b #f i (+ i 8)))
        (set! sum-squares (+ sum-squares (* y y)))
        (set! peak (max peak (abs y))))
      (set! blocks (add1 blocks))
      (loop))))
(define consumer (thread (λ () (let loop () (sync ready) (set! chimes (add1 chimes)) (drain!) (loop)))))

;; ---- the progress line ----
(define start (current-inexact-milliseconds))
(define calls 0)
(define ticks-during-calls 0)
(define (progress)
  (define s (offload-thread-statistics dsp-thread))
  (printf "[~a s] blocks ~a  misses ~a  p99 ~a us  calls ~a  blocks taken during calls ~a\n"
          (real->decimal-string (/ (- (current-inexact-milliseconds) start) 1000.0) 1)
          blocks (hash-ref s 'misses) (quotient (hash-ref s 'lateness-p99-ns) 1000) calls ticks-during-calls))
(define reporter (thread (λ () (let loop () (sleep 0.5) (progress) (loop)))))

(printf "yuni-offload demo (Racket): ~a s; a real-time Offload DSP fills a ring, the host makes blocking calls\n" seconds)
;; ---- the host's main thread: blocking device reads, on the pool ----
(let loop ()
  (when (< (- (current-inexact-milliseconds) start) (* 1000 seconds))
    (define answer (queue-add-timer device-q 40))
    (define before blocks)
    (define st (sync (nccc-call-async vm queue-wait (queue-handle device-q) (native-bytes-address events) 4 400000000)))
    (when (< st 0) (error 'demo "device read failed: ~a" st))
    (source-remove! answer)
    (set! calls (add1 calls))
    (set! ticks-during-calls (+ ticks-during-calls (- blocks before)))
    (sleep 0.06)
    (loop)))
(kill-thread reporter)
(offload-thread-stop! dsp-thread)
(drain!)
(define s (offload-thread-statistics dsp-thread))
(define hs (heap-statistics heap))
(define produced (native-ref state 'integer-64 0))
(define overruns (native-ref state 'integer-64 24))
(define v (vm-statistics vm))
(define (us k) (quotient (hash-ref s k) 1000))
(printf "summary\n")
(printf "  dsp thread     realtime-audio (~a/~a~a), period 5.333 ms: ~a blocks, ~a deadline misses, ~a page faults\n"
        (case (hash-ref s 'policy) [(fifo) "SCHED_FIFO"] [(idle) "SCHED_IDLE"] [else "SCHED_OTHER"])
        (hash-ref s 'priority) (if (hash-ref s 'fallback?) ", fallback" "")
        (hash-ref s 'runs) (hash-ref s 'misses) (hash-ref s 'page-faults))
(printf "  lateness       p50 ~a us, p99 ~a us, p99.9 ~a us, max ~a us\n"
        (us 'lateness-p50-ns) (us 'lateness-p99-ns) (us 'lateness-p999-ns) (us 'lateness-max-ns))
(define samples (* blocks 256))
(printf "  ring           ~a of ~a blocks received (rms ~a, peak ~a), ~a overruns\n" blocks produced
        (real->decimal-string (if (> samples 0) (sqrt (/ sum-squares samples)) 0.0) 3) (real->decimal-string peak 3) overruns)
(printf "  chimes         ~a received as Racket events (rings coalesce)\n" chimes)
(printf "  blocking calls ~a device reads on the VM's pool (~a async calls); the consumer took ~a blocks while they blocked\n"
        calls (hash-ref v 'async-calls) ticks-during-calls)
(printf "  heap           ~a MiB~a, ~a bytes used (high water ~a), ~a allocs, ~a misuses\n"
        (real->decimal-string (/ (hash-ref hs 'total-bytes) 1048576.0) 1) (if (hash-ref hs 'locked?) " locked" " (not locked)")
        (hash-ref hs 'used-bytes) (hash-ref hs 'high-water) (hash-ref hs 'allocs) (hash-ref hs 'misuses))
(define sane
  (and (= blocks produced) (> produced 0) (= overruns 0) (= (hash-ref s 'misses) 0) (= (hash-ref s 'page-faults) 0)
       (> calls 0) (= (hash-ref v 'async-calls) calls) (> ticks-during-calls 0) (> chimes 0) (= (hash-ref hs 'misuses) 0)))
(printf "demo: ~a\n" (if sane "OK" "NOT SANE (see the summary)"))
(offload-thread-close! dsp-thread)
(vm-close! vm)
(exit (if (and check? (not sane)) 1 0))
