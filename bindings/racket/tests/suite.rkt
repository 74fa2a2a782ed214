#lang racket/base
;; The Racket binding's suite: every public capability from Racket, with
;; Racket's collector running hard during chimes and async calls, errors as
;; exceptions, and custodian shutdown with live handles.
;;   YUNI_LIBRARY=… YUNI_TEST_MODULE_DIR=… racket suite.rkt
;; Run it with YUNI_OFFLOAD_CALLS=nccc too: every call then goes through the
;; library's NCCC module table instead of its C symbols.
(require ffi/unsafe racket/list racket/system racket/port racket/runtime-path "../main.rkt")

(define failures 0)
(define passes 0)
(define verbose? (member (getenv "VERBOSE") '("1")))
(define-syntax-rule (check what expr)
  (begin (when verbose? (eprintf "~a\n" what)) (check* what expr)))
(define-syntax-rule (check* what expr)
  (if (with-handlers ([(λ (e) #t) (λ (e) (eprintf "  raised: ~a\n" (if (exn? e) (exn-message e) e)) #f)]) expr)
      (set! passes (add1 passes))
      (begin (set! failures (add1 failures)) (eprintf "FAIL: ~a\n" what))))
;; The expression raises exn:fail:yuni with this status name.
(define-syntax-rule (check-raises what status expr)
  (check what (with-handlers ([exn:fail:yuni? (λ (e) (eq? (status-name (exn:fail:yuni-status e)) status))])
                expr
                #f)))

(define module-dir (getenv "YUNI_TEST_MODULE_DIR"))
(define-runtime-path here ".")
(define help (ffi-lib (build-path module-dir "libyuni_hosthelp.so")))
(define ringer-start (get-ffi-obj "hosthelp_ringer_start" help (_fun _uintptr _int _int -> _int)))
(define ring-seq (get-ffi-obj "hosthelp_ring_seq" help (_fun -> _uint32)))
(define block (make-nccc-function 'hosthelp_block (cast (ffi-obj-ref "hosthelp_block" help) _pointer _uintptr)
                                  '(s64 s64) '(s64)))

(printf "protocol: ~a\n" yuni-protocol)
(check "version: major.minor.patch, and as one comparable number"
       (and (regexp-match? #px"^[0-9]+\\.[0-9]+\\.[0-9]+$" (yuni-version))
            (equal? (yuni-version)
                    (let ([n (yuni-version-number)])
                      (format "~a.~a.~a" (quotient n 65536) (remainder (quotient n 256) 256) (remainder n 256))))))

;; A counter thread (Racket's scheduler must keep it going) and a GC storm.
(define counter 0)
(define counter-thread (thread (λ () (let loop () (set! counter (add1 counter)) (sleep 0.001) (loop)))))
(define storm? #f)
(define collections 0)
(define storm-thread
  (thread (λ () (let loop ()
                  (when storm? (collect-garbage 'minor) (make-vector 10000 0) (set! collections (add1 collections)))
                  (sleep 0.001)
                  (loop)))))

;; ---- errors as exceptions ----
(check-raises "make-heap refuses a tiny heap" 'einval (make-heap 1))
(check "the message carries the library's detail"
       (with-handlers ([exn:fail:yuni? (λ (e) (regexp-match? #rx"make-heap: invalid argument.*yuni_heap_create" (exn-message e)))])
         (make-heap 1) #f))
(check-raises "malformed Offload source" 'ecompile (offload-compile "(library (t) (export f) (import (offload)) (define-entry (f) s64 (+ 1 #t)))"))
(check "compile errors name a position"
       (with-handlers ([exn:fail:yuni? (λ (e) (regexp-match? #rx"source:1:[0-9]+:" (exn-message e)))])
         (offload-compile "(library (t) (export f) (import (offload)) (define-entry (f) s64 undefined-thing))") #f))

;; ---- heap ----
(define hp (make-heap (* 1024 1024) #:lock 'optional))
(define blk (heap-alloc hp 64))
(native-set! blk 'integer-64 8 -42)
(check "native memory round-trips" (= (native-ref blk 'integer-64 8) -42))
(check "out-of-range native access raises, never touches memory"
       (with-handlers ([exn:fail:contract? (λ (e) #t)]) (native-ref blk 'double 60) #f))
(check "heap statistics" (let ([s (heap-statistics hp)]) (and (= (hash-ref s 'allocs) 1) (>= (hash-ref s 'used-bytes) 64))))
(heap-free! blk)
(check-raises "a double free is an error" 'einval (heap-free! blk))
(check "a freed block refuses access"
       (with-handlers ([exn:fail:yuni? (λ (e) #t)]) (native-ref blk 'unsigned-8 0) #f))
(check "heap-check" (void? (heap-check hp)))
(check-raises "heap-alloc past the end" 'enomem (heap-alloc hp (* 64 1024 1024)))

;; ---- chimes as events, rung from a C pthread during a GC storm ----
(define q (make-queue))
(define c (make-chime q 7))
(chime-ring! c)
(check "a rung chime is ready" (eq? (sync/timeout 5 c) c))
(check "and then not until it rings again" (not (sync/timeout 0.05 c)))
(set! storm? #t)
(define RINGS 300)
(define before counter)
(check "a foreign pthread starts ringing" (zero? (ringer-start (chime-handle c) RINGS 1000)))
(define chime-events
  (let loop ([seen 0] [events 0])
    (cond
      [(= seen RINGS) events]
      [(sync/timeout 10 c) (loop (ring-seq) (add1 events))]
      [else -1])))
(set! storm? #f)
(check "every ring was followed by an event (none lost)" (> chime-events 0))
(check "Racket threads ran while chimes arrived" (> (- counter before) 0))
(check "the collector ran during the rings" (> collections 0))
(printf "racket_chime_rings: ~a\nracket_chime_events: ~a\nracket_collections: ~a\n" RINGS chime-events collections)

;; the fast ring path: one foreign call
(define ring (chime-ringer c))
(define N 1000000)
(define t0 (current-inexact-milliseconds))
(for ([i (in-range N)]) (ring))
(define fast-ns (/ (* 1e6 (- (current-inexact-milliseconds) t0)) N))
(define slow-ring (get-ffi-obj "yuni_chime_ring" (ffi-lib yuni-library-path) (_fun _uintptr -> _int32)))
(define h (chime-handle c))
(define t1 (current-inexact-milliseconds))
(for ([i (in-range N)]) (slow-ring h))
(define fun-ns (/ (* 1e6 (- (current-inexact-milliseconds) t1)) N))
(printf "racket_chime_ring_fast_ns: ~a\nracket_chime_ring_fun_ns: ~a\n" (/ (round (* 10 fast-ns)) 10.0) (/ (round (* 10 fun-ns)) 10.0))
(check "the pending ring is still one event" (eq? (sync/timeout 5 c) c))

;; timers, signals, channels
(define tm (queue-add-timer q 5 5))
(check "a periodic timer fires" (let ([n (sync/timeout 5 tm)]) (and n (>= n 1))))
(source-remove! tm)
(define sig (queue-add-signal q 10)) ; SIGUSR1
(define raise-signal (get-ffi-obj "raise" #f (_fun _int -> _int)))
(void (raise-signal 10))
(check "a signal arrives as an event, not as host code" (let ([n (sync/timeout 5 sig)]) (and n (>= n 1))))
(source-remove! sig)
(define ch (make-yuni-channel q))
(yuni-channel-send! ch #"hello")
(yuni-channel-send! ch (make-bytes 10000 65))
(check "a channel is an evt" (let ([n (sync/timeout 5 ch)]) (and n (>= n 1))))
(check "messages in order" (equal? (yuni-channel-receive ch) #"hello"))
(check "a message larger than the first buffer" (equal? (yuni-channel-receive ch) (make-bytes 10000 65)))
(check "then empty" (not (yuni-channel-receive ch)))
(yuni-channel-close! ch)
(check-raises "a closed channel refuses" 'ebadhandle (yuni-channel-send! ch #"x"))
(check "queue statistics" (equal? (hash-ref (queue-statistics q) 'culture) "epoll"))

;; ---- async NCCC calls on a VM's pool during a GC storm ----
(define vm (make-vm))
(set! storm? #t)
(define before-call counter)
(define t2 (current-inexact-milliseconds))
(define calls (for/list ([i (in-range 4)]) (nccc-call-async vm block 150 (* 10 i))))
(define submit-ms (- (current-inexact-milliseconds) t2))
(define results (map sync calls))
(define call-ms (- (current-inexact-milliseconds) t2))
(set! storm? #f)
(check "async calls return their results" (equal? results '(1 11 21 31)))
(check "Racket threads ran during the blocking calls" (> (- counter before-call) 0))
(check "nccc-call/pool" (= (nccc-call/pool vm block 1 41) 42))
(check "vm statistics count the calls" (= (hash-ref (vm-statistics vm) 'async-calls) 5))
(check "an argument that does not fit its type raises before the call"
       (with-handlers ([exn:fail:contract? (λ (e) #t)]) (nccc-call-async vm block 1.5 0) #f))
(printf "racket_async_submit_ms: ~a\nracket_async_4x150ms_ms: ~a\nracket_counter_ticks_during_calls: ~a\n" (round submit-ms) (round call-ms) (- counter before-call))

;; ---- Offload ----
;; the program both host suites use
(define-runtime-path suite-program "../../../tests/hosts/suite.sls")
(define src (call-with-input-file suite-program port->string))
(define prog (offload-compile src))
(check "entries describe themselves"
       (equal? (assq 'scale (program-entries prog)) '(scale (f64 s64) f64)))
(check "imports too" (equal? (program-imports prog) '((host-log (s64) s64))))
(define scale (offload-entry prog 'scale))
(check "an f64 entry" (= (scale 1.5 4) 6.0))
(define sum (offload-entry prog 'sum))
(check "Racket bytes as a bytevector" (= (sum (bytes 1 2 3 250)) 256))
(define nb (heap-alloc hp 16))
(native-fill! nb 2)
(check "native bytes as a bytevector" (= (sum nb) 32))
(define flip (offload-entry prog 'flip))
(define bs (bytes 0 0))
(check "booleans both ways" (eq? (flip #f bs) #t))
(check "what the entry wrote to Racket bytes is copied back" (= (bytes-ref bs 0) 255))
(define log-and-add (offload-entry prog 'log-and-add))
(check-raises "an entry whose import is not granted" 'estate (log-and-add 1))
(define logged '())
(offload-grant! prog 'host-log (λ (x) (set! logged (cons x logged)) (* x 10)))
(check "a Racket procedure as an import" (= (log-and-add 4) 41))
(check "the import saw its argument" (equal? logged '(4)))
(offload-grant! prog 'host-log (λ (x) (error 'host-log "refused ~a" x)))
(check "an exception in an import is re-raised by the entry call"
       (with-handlers ([exn:fail? (λ (e) (regexp-match? #rx"refused 5" (exn-message e)))]) (log-and-add 5) #f))
(define count-to (offload-entry prog 'count-to))
(offload-set-budget! prog 1000)
(check "a runaway loop traps budget"
       (with-handlers ([exn:fail:yuni:trap? (λ (e) (eq? (exn:fail:yuni:trap-kind e) 'budget))]) (count-to 1000000) #f))
(check "the trap is recorded" (eq? (hash-ref (offload-last-trap) 'kind) 'budget))
(offload-set-budget! prog 0)
(check "the program still runs after a trap" (= (count-to 100) 100))
(check "out-of-bounds is a trap, not a crash"
       (with-handlers ([exn:fail:yuni:trap? (λ (e) (eq? (exn:fail:yuni:trap-kind e) 'out-of-bounds))])
         ((offload-entry prog 'flip) #t #"") #f))
(let ([c (make-chime q)])
  (chime-close! c)
  (check "the error of a failing call carries that call's detail, not an earlier trap's"
         (with-handlers ([exn:fail:yuni? (λ (e) (and (eq? 'ebadhandle (status-name (exn:fail:yuni-status e)))
                                                     (not (regexp-match? #rx"trap|out-of-bounds" (exn-message e)))))])
           ((chime-ringer c)) (chime-ring! c) #f)))
(check "wrong argument types raise" (with-handlers ([exn:fail:contract? (λ (e) #t)]) (scale 'x 1) #f))
(check "wrong argument counts raise" (with-handlers ([exn:fail:contract? (λ (e) #t)]) (scale 1.0) #f))
(check-raises "no such entry" 'enosym (offload-entry prog 'nope))

;; a real-time offload thread fills a ring in the heap and chimes Racket
(define state (heap-alloc hp 8))
(native-set! state 'integer-64 0 0)
(define rb (heap-alloc hp (+ 192 4096)))
(check "ring-init!" (= (ring-init! rb) 4096))
(define dsp-chime (make-chime q 11))
(define done (make-chime q 12))
(define frames '())
(set! storm? #t)
(define frame (heap-alloc hp 8))
(define th (offload-thread-start prog 'dsp (list state frame rb dsp-chime)
                                 #:class 'realtime-audio #:period-ms 2 #:max-runs 50 #:done done))
(let loop ()
  (define r (sync/timeout 10 dsp-chime done))
  (let drain () (define f (ring-get! rb 8)) (unless (zero? (bytes-length f)) (set! frames (cons (integer-bytes->integer f #t #f) frames)) (drain)))
  (when (eq? r dsp-chime) (loop)))
(set! storm? #f)
(define st (offload-thread-statistics th))
(check "the thread finished its runs" (and (eq? (hash-ref st 'state) 'finished) (= (hash-ref st 'runs) 50)))
(check "every frame arrived in order" (equal? (reverse frames) (for/list ([n (in-range 1 51)]) (* n n))))
(check "no page faults after start" (= (hash-ref st 'page-faults) 0))
(check "a histogram sample per run" (= (for/sum ([c (in-vector (offload-thread-histogram th))]) c) 50))
(printf "racket_rt_runs: ~a\nracket_rt_misses: ~a\nracket_rt_p99_us: ~a\nracket_rt_policy: ~a\n"
        (hash-ref st 'runs) (hash-ref st 'misses) (/ (hash-ref st 'lateness-p99-ns) 1000.0) (hash-ref st 'policy))
(offload-thread-close! th)
(check-raises "a realtime-audio entry that reaches an import is refused" 'eperm
              (offload-thread-start prog 'log-and-add '(1) #:class 'realtime-audio))
(check "a thread's Racket-bytes argument is refused"
       (with-handlers ([exn:fail:contract? (λ (e) #t)]) (offload-thread-start prog 'sum (list #"abc")) #f))
;; stopping a runaway thread
(define started (make-chime q 13))
(define runaway (offload-thread-start prog 'count-after-chime (list started (expt 2 62))))
(check "the runaway started" (sync/timeout 10 started)) ; it is inside the loop now
(check "the runaway is running" (offload-thread-running? runaway))
(offload-thread-stop! runaway)
(define runaway-stats (offload-thread-statistics runaway))
(check "stop interrupts it" (and (eq? (hash-ref runaway-stats (quote state)) (quote stopped)) (eq? (hash-ref runaway-stats (quote trap)) (quote interrupted))))
(when verbose? (eprintf "~s\n" runaway-stats))
;; closing the heap under a running thread stops the thread first
(define forever (offload-thread-start prog 'sum (list nb) #:period-ms 1))
(heap-close! hp)
(check "heap-close! stopped the thread that used it" (with-handlers ([exn:fail:yuni? (λ (e) #t)]) (offload-thread-statistics forever) #f))
(check "thread-set-class! labels this OS thread" (memq (hash-ref (thread-set-class! 0 'normal) 'policy) '(other)))

;; ---- NCCC modules through the module protocol ----
(define m (nccc-module-open (build-path module-dir "libnccc_yunitest.so")))
(check "module name" (eq? (nccc-module-name m) 'yunitest))
(define inc-s8 (nccc-module-ref m 'inc_s8))
(check "a module function is a procedure" (= (inc-s8 -2) -1))
(check "values that do not fit are refused" (with-handlers ([exn:fail:contract? (λ (e) #t)]) (inc-s8 200) #f))
(check "f32 rounding" (= ((nccc-module-ref m 'mul_f32) 1.5 2.0) 3.0))
(check-raises "no such export" 'enosym (nccc-module-ref m 'nope))
(nccc-module-close! m)
(check-raises "a closed module refuses" 'ebadhandle (nccc-module-ref m 'inc_s8))
;; an export with more types than a signature holds hides nothing
(define wide (nccc-module-open (build-path module-dir "libnccc_wide.so")))
(check "the describable export is there" (equal? (nccc-module-exports wide) '(narrow)))
(check "and works" (= ((nccc-module-ref wide 'narrow) 21) 42))
(check-raises "the wide one is named in an etoobig error" 'etoobig (nccc-module-ref wide 'wide))
(check "its address, with a signature the caller knows"
       (= (apply (make-nccc-function 'wide (nccc-module-address wide 'wide) (for/list ([i 40]) 's64) '(s64))
                 (for/list ([i 40]) i))
          780))
(nccc-module-close! wide)
(define self (nccc-module-open yuni-library-path))
(check "the library is itself an NCCC module" (= ((nccc-module-ref self 'yuni_version)) 256))
(nccc-module-close! self)

;; ---- custodian shutdown with live handles ----
(define cust (make-custodian))
(define-values (c-heap c-queue c-chime c-prog c-thread c-vm c-call)
  (parameterize ([current-custodian cust])
    (define h (make-heap 65536))
    (define qq (make-queue))
    (define cc (make-chime qq 1))
    (define p (offload-compile src))
    (define b (heap-alloc h 64))
    (define t (offload-thread-start p 'sum (list b) #:period-ms 1))
    (define v (make-vm))
    (define call (nccc-call-async v block 100 1))
    (values h qq cc p t v call)))
(custodian-shutdown-all cust)
(check "custodian shutdown closed everything"
       (for/and ([f (list (λ () (heap-statistics c-heap)) (λ () (queue-statistics c-queue)) (λ () (chime-ring! c-chime))
                          (λ () (offload-entry c-prog 'sum)) (λ () (offload-thread-statistics c-thread))
                          (λ () (vm-statistics c-vm)))])
         (with-handlers ([exn:fail:yuni? (λ (e) (eq? (status-name (exn:fail:yuni-status e)) 'ebadhandle))]) (f) #f)))
(check "a process that exits with live handles exits cleanly"
       (let ([racket (find-system-path 'exec-file)])
         (parameterize ([current-output-port (open-output-nowhere)])
           (system* (find-executable-path racket) (build-path here "custodian-child.rkt")))))

;; ---- the smaller promises ----
(let ()
  (define p (offload-compile "(library (t) (export half yes oob) (import (offload))
                                (define-entry/rt (half (x f64)) f64 (fl/ x 2.0))
                                (define-entry/rt (yes (x s64)) boolean (> x 0))
                                (define-entry (oob (b bytevector)) s64
                                  (bytevector-u8-ref b 5)))"
                             #:name "small.sls"))
  (define qq (make-queue))
  (define (last-result name arg)
    (define done (make-chime qq))
    (define t (offload-thread-start p name (list arg) #:max-runs 1 #:done done))
    (sync done)
    (begin0 (hash-ref (offload-thread-statistics t) 'last-result) (offload-thread-close! t)))
  (check "an f64 entry's last-result is a flonum" (eqv? 6.0 (last-result 'half 12.0)))
  (check "a boolean entry's last-result is a boolean" (eq? #t (last-result 'yes 3)))
  (check "a trap names the file offload-compile was given"
         (with-handlers ([exn:fail:yuni:trap? (λ (e) (regexp-match? #rx"small.sls:5:" (exn-message e)))])
           ((offload-entry p 'oob) (bytes 1)) #f))
  (check "a compile error names it too"
         (with-handlers ([exn:fail:yuni? (λ (e) (regexp-match? #rx"bad.sls:1:" (exn-message e)))])
           (offload-compile "(library (t)" #:name "bad.sls") #f))
  (check "without a name it is source"
         (with-handlers ([exn:fail:yuni? (λ (e) (regexp-match? #rx"source:1:" (exn-message e)))])
           (offload-compile "(library (t)") #f))
  (define hp2 (make-heap 65536))
  (define b (heap-alloc hp2 16))
  (for ([v (list 0 1/2 -3 2.5)])
    (native-set! b 'double 0 v)
    (native-set! b 'float 8 v)
    (check (format "native-set! 'double and 'float take ~a" v)
           (and (= (native-ref b 'double 0) v) (= (native-ref b 'float 8) v))))
  (check "native-set! 'double refuses what is not a real"
         (with-handlers ([exn:fail? (λ (e) #t)]) (native-set! b 'double 0 'x) #f))
  (heap-close! hp2)
  (program-close! p)
  (queue-close! qq)
  (check-raises "a timer on a closed queue raises" 'ebadhandle (queue-add-timer qq 1))
  (check-raises "a signal on a closed queue raises" 'ebadhandle (queue-add-signal qq 10)))

(vm-close! vm)
(queue-close! q)
(check-raises "closed objects raise, never crash" 'ebadhandle (chime-ring! c))
(kill-thread counter-thread)
(kill-thread storm-thread)
(printf "racket binding (~a): ~a checks passed, ~a failed\n" yuni-protocol passes failures)
(exit (if (zero? failures) 0 1))
