;; The Chez binding's suite: every public capability from Chez Scheme, with
;; the collector running in another thread during chimes and calls, the VM
;; model across Chez threads, and errors as conditions.
;;   YUNI_LIBRARY=… YUNI_TEST_MODULE_DIR=… scheme --libdirs bindings/chez --script suite.ss
;; YUNI_OFFLOAD_CALLS=nccc runs every call through the library's NCCC stubs.
(import (chezscheme) (yuni-offload))

(define failures 0)
(define (string-search needle s)
  (let ([n (string-length needle)] [m (string-length s)])
    (let loop ([i 0]) (cond [(> (+ i n) m) #f] [(string=? needle (substring s i (+ i n))) i] [else (loop (+ i 1))]))))
(define passes 0)
(define-syntax check
  (syntax-rules ()
    [(_ what expr)
     (if (guard (e [#t (fprintf (current-error-port) "  raised: ~a\n"
                                (if (message-condition? e) (condition-message e) e))
                       #f])
           expr)
         (set! passes (+ passes 1))
         (begin (set! failures (+ failures 1)) (fprintf (current-error-port) "FAIL: ~a\n" what)))]))
(define-syntax check-raises
  (syntax-rules ()
    [(_ what status expr)
     (check what (guard (e [(yuni-error? e) (eq? (yuni-status-name (yuni-error-status e)) status)]) expr #f))]))

(define module-dir (getenv "YUNI_TEST_MODULE_DIR"))
(load-shared-object (string-append module-dir "/libyuni_hosthelp.so"))
(define ringer-start (foreign-procedure "hosthelp_ringer_start" (uptr int int) int))
(define ring-seq (foreign-procedure "hosthelp_ring_seq" () unsigned-32))
(define block (make-nccc-function 'hosthelp_block (foreign-entry "hosthelp_block") '(s64 s64) '(s64)))

(printf "protocol: ~a\n" yuni-protocol)
(check "version: major.minor.patch, and as one comparable number"
       (let ([n (yuni-version-number)])
         (equal? (yuni-version) (format "~a.~a.~a" (quotient n 65536) (remainder (quotient n 256) 256) (remainder n 256)))))

;; a collector storm on another Chez thread
(define storm? #t)
(define storm-ended #f)
(define storm-mutex (make-mutex))
(define storm-cv (make-condition))
(define storm-thread
  (fork-thread (lambda ()
                 (let loop ()
                   (if storm?
                       (begin (make-vector 100000 0) ; collections are requested by allocation
                              (loop))
                       (with-mutex storm-mutex (set! storm-ended #t) (condition-broadcast storm-cv)))))))
(define (stop-storm!)
  (set! storm? #f)
  (with-mutex storm-mutex (let wait () (unless storm-ended (condition-wait storm-cv storm-mutex) (wait)))))
(define collections-before (collections))

;; ---- errors ----
(check-raises "a tiny heap" 'einval (make-heap 1))
(check "the condition carries the library's message"
       (guard (e [(yuni-error? e) (and (who-condition? e) (eq? (condition-who e) 'make-heap)
                                       (string? (condition-message e)))])
         (make-heap 1) #f))
(check-raises "malformed Offload source" 'ecompile (offload-compile "(library (t) (export f) (import (offload)) (define-entry (f) s64 nope))"))

;; ---- heap ----
(define hp (make-heap (* 1024 1024)))
(define blk (heap-alloc hp 64))
(native-set! blk 'double 8 2.5)
(check "native memory" (= (native-ref blk 'double 8) 2.5))
(check "out-of-range access is refused" (guard (e [(assertion-violation? e) #t]) (native-ref blk 'double 60) #f))
(heap-free! blk)
(check-raises "a double free" 'einval (heap-free! blk))
(check "heap statistics" (= 1 (cdr (assq 'frees (heap-statistics hp)))))
(check-raises "an allocation past the end" 'enomem (heap-alloc hp (* 64 1024 1024)))
(check "heap-check" (eq? (void) (heap-check hp)))
(check "thread-set-class! labels this thread" (= 0 (cdr (assq 'policy (thread-set-class! 0 'normal)))))
(check "a bad class is refused" (guard (e [(assertion-violation? e) #t]) (thread-set-class! 0 'turbo) #f))

;; ---- chimes from a foreign pthread while another thread collects ----
(define q (make-queue))
(define c (make-chime q 7))
(define RINGS 300)
(check "ringer" (= 0 (ringer-start (chime-handle c) RINGS 1000)))
(define events
  (let loop ([seen 0] [n 0])
    (if (= seen RINGS)
        n
        (let ([evs (queue-wait q 10000)])
          (if (null? evs) -1 (loop (ring-seq) (+ n (length evs))))))))
(check "every ring was followed by an event" (> events 0))
(check "the event names the chime" (begin (chime-ring! c) (let ([e (car (queue-wait q 1000))]) (and (eq? (event-type e) 'chime) (= (event-tag e) 7)))))
(printf "chez_chime_rings: ~a\nchez_chime_events: ~a\n" RINGS events)
(define tm (queue-add-timer q 5 5 99))
(check "a timer" (let ([e (car (queue-wait q 5000))]) (and (eq? (event-type e) 'timer) (= (event-tag e) 99))))
(source-remove! tm)

;; ---- a VM shared by Chez threads: threaded calls and pool calls ----
(define vm (make-vm))
(vm-own vm)
(define other-ran #f)
(define other
  (fork-thread (lambda ()
                 (vm-own vm)            ; waits (collect-safe) until the caller disowns
                 (set! other-ran #t)
                 (vm-disown vm))))
;; wait until the other thread is queued for the VM, so the test does not
;; depend on timing
(let wait () (when (= 0 (cdr (assq 'waiters (vm-statistics vm)))) (sleep (make-time 'time-duration 1000000 0)) (wait)))
(define-values (result how) (nccc-call-threaded vm block 150 41))
(check "a threaded call returns its result" (= result 42))
(check "another Chez thread ran the VM meanwhile, and reown says so" (and other-ran (eq? how 'switched)))
(vm-disown vm)
(define t0 (real-time))
(check "a pool call" (= (nccc-call/pool vm block 100 1) 2))
(check "vm statistics" (>= (cdr (assq 'async-calls (vm-statistics vm))) 1))

;; ---- Offload ----
;; the program both host suites use
(define src (call-with-input-file (string-append (path-parent (car (command-line))) "/../../../tests/hosts/suite.sls")
              get-string-all))
(define prog (offload-compile src))
(check "entries describe themselves" (equal? (assq 'scale (program-entries prog)) '(scale (f64 s64) f64 2)))
(check "an f64 entry" (= ((offload-entry prog 'scale) 1.5 4) 6.0))
(check "a Scheme bytevector" (= ((offload-entry prog 'sum) (bytevector 1 2 3 250)) 256))
(define spin (offload-entry prog 'count-to))
(offload-set-budget! prog 1000)
(check "a runaway loop traps budget" (guard (e [(yuni-trap? e) (eq? (yuni-trap-kind e) 'budget)]) (spin 1000000) #f))
(offload-set-budget! prog 0)
(check "out-of-bounds is a trap" (guard (e [(yuni-trap? e) (eq? (yuni-trap-kind e) 'out-of-bounds)])
                                   ((offload-entry prog 'at) (bytevector 1 2) 5) #f))
(let ([c (make-chime q 99)])
  (chime-close! c)
  (check "the error of a failing call carries that call's detail, not an earlier trap's"
         (guard (e [(yuni-error? e) (let ([m (condition-message e)])
                                      (and (eq? 'ebadhandle (yuni-status-name (yuni-error-status e)))
                                           (not (string-search "trap" m)) (not (string-search "out-of-bounds" m))))])
           (chime-ring! c) #f)))

;; a real-time offload thread fills a ring and chimes
(define state (heap-alloc hp 8))
(native-set! state 'integer-64 0 0)
(define frame (heap-alloc hp 8))
(define rb (heap-alloc hp (+ 192 4096)))
(check "ring-init!" (= (ring-init! rb) 4096))
(define dsp-chime (make-chime q 11))
(define done (make-chime q 12))
(define th (offload-thread-start prog 'dsp (list state frame rb dsp-chime)
                                 '(class . realtime-audio) '(period-ms . 2) '(max-runs . 50) (cons 'done done)))
(define frames
  (let loop ([acc '()])
    (let* ([evs (queue-wait q 10000)]
           [acc (let drain ([acc acc])
                  (let ([f (ring-get! rb 8)])
                    (if (= 0 (bytevector-length f)) acc (drain (cons (bytevector-s64-native-ref f 0) acc)))))])
      (if (or (null? evs) (memv 12 (map event-tag evs))) (reverse acc) (loop acc)))))
(define st (offload-thread-statistics th))
(check "50 runs" (= 50 (cdr (assq 'runs st))))
(check "every frame in order" (equal? frames (let l ([n 50] [acc '()]) (if (= n 0) acc (l (- n 1) (cons (* n n) acc))))))
(check "no page faults" (= 0 (cdr (assq 'page-faults st))))
(check "a histogram sample per run" (= 50 (apply + (vector->list (offload-thread-histogram th)))))
(printf "chez_rt_runs: ~a\nchez_rt_misses: ~a\nchez_rt_p99_us: ~a\n" (cdr (assq 'runs st)) (cdr (assq 'misses st))
        (/ (cdr (assq 'lateness-p99-ns st)) 1000.0))
(offload-thread-close! th)
(define started (make-chime q 13))
(define runaway (offload-thread-start prog 'count-after-chime (list started (expt 2 62))))
(let wait () (unless (memv 13 (map event-tag (queue-wait q 10000))) (wait))) ; it is inside the loop now
(offload-thread-stop! runaway)
(check "stop interrupts a runaway" (eq? 'interrupted (cdr (assq 'trap (offload-thread-statistics runaway)))))
(offload-thread-close! runaway)

;; imports granted to Scheme
(define log-and-add (offload-entry prog 'log-and-add))
(check-raises "an ungranted import" 'estate (log-and-add 1))
(offload-grant! prog 'host-log (lambda (x) (* x 10)))
(check "a Scheme procedure as an import" (= (log-and-add 4) 41))
(offload-grant! prog 'host-log (lambda (x) (error 'host-log "refused")))
(check "an exception in an import is re-raised" (guard (e [(error? e) (equal? (condition-message e) "refused")]) (log-and-add 5) #f))
(check-raises "a program with Scheme imports cannot go to an offload thread" 'eperm
              (offload-thread-start prog 'count-to '(1)))
(program-close! prog)
(check-raises "a closed program" 'ebadhandle (offload-entry prog 'scale))

;; ---- NCCC modules ----
(define mod (nccc-module-open (string-append module-dir "/libnccc_yunitest.so")))
(check "module name" (eq? (nccc-module-name mod) 'yunitest))
(check "a module function" (= (nccc-call (nccc-module-ref mod 'inc_s8) -2) -1))
(check "out of range is refused" (guard (e [(assertion-violation? e) #t]) (nccc-call (nccc-module-ref mod 'inc_s8) 200) #f))
(nccc-module-close! mod)
(check-raises "a closed module" 'ebadhandle (nccc-module-ref mod 'inc_s8))
;; an export with more types than a signature holds hides nothing
(define wide (nccc-module-open (string-append module-dir "/libnccc_wide.so")))
(check "the describable export is there" (equal? (nccc-module-exports wide) '(narrow)))
(check "and works" (= (nccc-call (nccc-module-ref wide 'narrow) 21) 42))
(check-raises "the wide one is named in an etoobig error" 'etoobig (nccc-module-ref wide 'wide))
(check "its address, with a signature the caller knows"
       (= (apply nccc-call (make-nccc-function 'wide (nccc-module-address wide 'wide) (make-list 40 's64) '(s64))
                 (iota 40))
          780))
(nccc-module-close! wide)

;; ---- the guardian closes what became unreachable ----
(printf "chez_collections: ~a\n" (- (collections) collections-before))
(check "the collector ran throughout" (> (- (collections) collections-before) 10))
(stop-storm!)
(define finalized-before (yuni-finalized-count))
(let loop ([i 0]) (when (< i 20) (make-heap 65536) (make-queue) (loop (+ i 1))))
;; allocate until the collector has run a few times (collections it requests
;; run yuni-collect! through collect-request-handler)
(let ([start (collections)])
  (let churn () (when (< (collections) (+ start 3)) (make-vector 100000 0) (churn))))
(yuni-collect!)
(check "unreachable heaps and queues were closed" (>= (- (yuni-finalized-count) finalized-before) 40))

;; ---- exit with live handles ----
(check "a process that exits with a running thread exits cleanly"
       (= 0 (system (format "~a --libdirs ~a --script ~a/child.ss > /dev/null"
                            (or (getenv "CHEZ") "scheme") (car (map car (library-directories))) (path-parent (car (command-line)))))))

;; ---- the smaller promises ----
(let* ([p (offload-compile "(library (t) (export half yes oob) (import (offload))
                              (define-entry/rt (half (x f64)) f64 (fl/ x 2.0))
                              (define-entry/rt (yes (x s64)) boolean (> x 0))
                              (define-entry (oob (b bytevector)) s64
                                (bytevector-u8-ref b 5)))"
                           "small.sls")]
       [qq (make-queue)]
       [last-result (lambda (name arg)
                      (let* ([done (make-chime qq 5)]
                             [t (offload-thread-start p name (list arg) '(max-runs . 1) (cons 'done done))])
                        (queue-wait qq 10000)
                        (let ([r (cdr (assq 'last-result (offload-thread-statistics t)))])
                          (offload-thread-close! t)
                          r)))])
  (check "an f64 entry's last-result is a flonum" (eqv? 6.0 (last-result 'half 12.0)))
  (check "a boolean entry's last-result is a boolean" (eq? #t (last-result 'yes 3)))
  (check "a trap names the file offload-compile was given"
         (guard (e [(yuni-trap? e) (and (string-search "small.sls:5:" (condition-message e)) #t)])
           ((offload-entry p 'oob) (bytevector 1)) #f))
  (check "a compile error names it too"
         (guard (e [(yuni-error? e) (and (string-search "bad.sls:1:" (condition-message e)) #t)])
           (offload-compile "(library (t)" "bad.sls") #f))
  (let* ([hp2 (make-heap 65536)] [b (heap-alloc hp2 16)])
    (for-each (lambda (v)
                (native-set! b 'double 0 v)
                (native-set! b 'float 8 v)
                (check (format "native-set! 'double and 'float take ~a" v)
                       (and (= (native-ref b 'double 0) v) (= (native-ref b 'float 8) v))))
              (list 0 1/2 -3 2.5))
    (heap-close! hp2))
  (program-close! p)
  (queue-close! qq)
  (check-raises "a timer on a closed queue raises" 'ebadhandle (queue-add-timer qq 1 0 1)))

(vm-close! vm)
(queue-close! q)
(heap-close! hp)
(check-raises "a closed queue" 'ebadhandle (queue-wait q 0))
(printf "chez binding (~a): ~a checks passed, ~a failed\n" yuni-protocol passes failures)
(exit (if (= failures 0) 0 1))
