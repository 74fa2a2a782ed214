;; The Chez Scheme host of bench_rt: starts the same real-time Offload
;; biquad on an offload thread, then allocates heavily for the given number
;; of milliseconds so Chez's collector runs all the time, and prints the
;; thread's statistics and histogram for bench_rt to read.
;;   chezscheme --script host.ss LIBRARY MILLISECONDS SOURCE-FILE
(import (chezscheme))
(define args (command-line-arguments))
(define library (car args))
(define milliseconds (string->number (cadr args)))
(load-shared-object library)

(define source (call-with-input-file (caddr args) get-string-all)) ; bench_rt's DSP program

(define offload-compile (foreign-procedure "yuni_offload_compile" (string size_t uptr uptr size_t) int))
(define heap-create (foreign-procedure "yuni_heap_create" (size_t unsigned-32 uptr) int))
(define heap-alloc (foreign-procedure "yuni_heap_alloc" (uptr size_t size_t) uptr))
(define thread-start (foreign-procedure "yuni_offload_thread_start" (uptr string uptr uptr) int))
(define thread-statistics (foreign-procedure "yuni_offload_thread_statistics" (uptr uptr) int))
(define thread-histogram (foreign-procedure "yuni_offload_thread_histogram" (uptr uptr int) int))
(define thread-destroy (foreign-procedure "yuni_offload_thread_destroy" (uptr) int))
(define error-detail (foreign-procedure "yuni_error_detail" () string))

(define (check what status)
  (unless (= status 0) (error 'host.ss (format "~a: ~a" what (error-detail)))))
(define (zeroed n)
  (let ((p (foreign-alloc n)))
    (do ((i 0 (+ i 8))) ((>= i n) p) (foreign-set! 'unsigned-64 p i 0))))

(define cell (zeroed 8))
(define errbuf (zeroed 512))
(check "compile" (offload-compile source (string-length source) cell errbuf 512))
(define program (foreign-ref 'uptr cell 0))
(check "heap" (heap-create (* 1024 1024) 0 cell))
(define heap (foreign-ref 'uptr cell 0))
(define state (heap-alloc heap 24 16))
(define out (heap-alloc heap 512 16))
(do ((i 0 (+ i 8))) ((= i 24)) (foreign-set! 'unsigned-64 state i 0))
(define slots (zeroed 32))
(foreign-set! 'uptr slots 0 state)
(foreign-set! 'unsigned-64 slots 8 24)
(foreign-set! 'uptr slots 16 out)
(foreign-set! 'unsigned-64 slots 24 512)
;; yuni_thread_opts (72 bytes; offsets from nccc.h)
(define opts (zeroed 72))
(foreign-set! 'unsigned-32 opts 0 72)
(foreign-set! 'unsigned-32 opts 4 1)            ; YUNI_CLASS_REALTIME_AUDIO
(foreign-set! 'integer-64 opts 16 1333333)      ; period_ns
(foreign-set! 'uptr opts 40 slots)              ; args
(foreign-set! 'unsigned-32 opts 48 4)           ; nargs
(foreign-set! 'uptr opts 64 heap)               ; heap
(check "start" (thread-start program "block" opts cell))
(define thread (foreign-ref 'uptr cell 0))

;; The host's own work: allocate lists and vectors flat out.
(define start (real-time))
(define allocated-before (sstats-bytes (statistics)))
(define collections-before (collections))
(let loop ((keep '()) (k 0))
  (when (< (- (real-time) start) milliseconds)
    (let ((v (make-vector 256 k)) (l (iota 64)))
      (loop (if (< (length keep) 1000) (cons (cons v l) keep) '()) (+ k 1)))))
(define seconds (/ (- (real-time) start) 1000.0))

(define stats (zeroed 208))
(check "statistics" (thread-statistics thread stats))
(define hist (foreign-alloc (* 8 20000)))
(thread-histogram thread hist 20000)
(define policy (foreign-ref 'integer-32 stats 100))
(printf "alloc_mb_per_s: ~a\n" (exact (round (/ (- (sstats-bytes (statistics)) allocated-before) seconds 1e6))))
(printf "gc_collections: ~a\n" (- (collections) collections-before))
(printf "page_faults: ~a\n" (foreign-ref 'unsigned-64 stats 40))
(printf "runs: ~a\n" (foreign-ref 'unsigned-64 stats 16))
(printf "misses: ~a\n" (foreign-ref 'unsigned-64 stats 24))
(printf "max_ns: ~a\n" (foreign-ref 'integer-64 stats 72))
(printf "class: ~a/~a nice ~a\n" (case policy ((1) "SCHED_FIFO") ((5) "SCHED_IDLE") (else "SCHED_OTHER"))
        (foreign-ref 'integer-32 stats 104) (foreign-ref 'integer-32 stats 108))
(do ((i 0 (+ i 1))) ((= i 20000))
  (let ((c (foreign-ref 'unsigned-64 hist (* 8 i))))
    (unless (= c 0) (printf "hist ~a ~a\n" i c))))
(check "destroy" (thread-destroy thread))
