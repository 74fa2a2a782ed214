#lang racket/base
;; Offload programs: compile from source, call entries as procedures, grant
;; imports as Racket procedures, run entries on native offload threads, and
;; share SPSC rings in native memory.
(require ffi/unsafe ffi/unsafe/atomic ffi/unsafe/vm racket/list
         "private/lib.rkt" "private/handle.rkt" "heap.rkt" "event.rkt")
(provide program? offload-compile program-close! program-entries program-imports
         offload-entry offload-grant! offload-set-budget! offload-last-trap
         (struct-out exn:fail:yuni:trap)
         offload-thread? offload-thread-start offload-thread-stop! offload-thread-close!
         offload-thread-statistics offload-thread-histogram offload-thread-running?
         thread-set-class!
         ring-init! ring-put! ring-get! ring-count)

(define lib-compile (yuni 'yuni_offload_compile_named))
(define lib-destroy (yuni 'yuni_offload_destroy))
(define lib-grant (yuni 'yuni_offload_grant))
(define lib-entry (yuni 'yuni_offload_entry))
(define lib-budget (yuni 'yuni_offload_set_budget))
(define lib-last-trap (yuni 'yuni_offload_last_trap))
(define lib-trap-name (yuni 'yuni_offload_trap_name))
(define lib-count (yuni 'yuni_offload_count))
(define lib-signature (yuni 'yuni_offload_signature_of))
(define lib-error-detail (yuni 'yuni_error_detail))
(define lib-thread-start (yuni 'yuni_offload_thread_start))
(define lib-thread-stop (yuni 'yuni_offload_thread_stop))
(define lib-thread-wait (yuni 'yuni_offload_thread_wait))
(define lib-thread-stats (yuni 'yuni_offload_thread_statistics))
(define lib-thread-histogram (yuni 'yuni_offload_thread_histogram))
(define lib-thread-destroy (yuni 'yuni_offload_thread_destroy))
(define lib-set-class (yuni 'yuni_thread_set_class))
(define lib-ring-init (yuni 'yuni_ring_init))
(define lib-ring-put (yuni 'yuni_ring_put))
(define lib-ring-get (yuni 'yuni_ring_get))
(define lib-ring-count (yuni 'yuni_ring_count))

(struct exn:fail:yuni:trap exn:fail:yuni (kind where) #:transparent)

(define REACHES-IMPORTS 8) ; YUNI_OFFLOAD_SIG_REACHES_IMPORTS
(define bv-s64-set! (vm-primitive 'bytevector-s64-native-set!))
(define bv-u64-set! (vm-primitive 'bytevector-u64-native-set!))
(define bv-f64-set! (vm-primitive 'bytevector-ieee-double-native-set!))
(define bv-s64-ref (vm-primitive 'bytevector-s64-native-ref))
(define bv-f64-ref (vm-primitive 'bytevector-ieee-double-native-ref))
(define bv-s32-ref (vm-primitive 'bytevector-s32-native-ref))
(define make-immobile-bytevector (vm-primitive 'make-immobile-bytevector))

(define value-types '#(void s64 f64 boolean bytevector chime))
;; name: string; result: symbol; params: list of symbols; flags
(struct signature (name result params nslots flags) #:transparent)

;; grants: callbacks kept alive; failure: an exception raised in an import.
;; A program's offload threads are its dependents (private/handle.rkt).
(struct program owned (entry-sigs import-sigs grants [failure #:mutable]))

(define (read-signatures h kind)
  (define n (check-status 'offload-compile (λ () (lib-count h kind))))
  (define out (zeroed 88))
  (begin0
    (for/list ([i (in-range n)])
      (check-status 'offload-compile (λ () (lib-signature h kind i out)))
      (define np (raw-ref 'integer-32 out 12))
      (signature (c-string->string (raw-ref 'uptr out 0))
                 (vector-ref value-types (raw-ref 'integer-32 out 8))
                 (for/list ([k (in-range np)]) (vector-ref value-types (raw-ref 'unsigned-8 out (+ 24 k))))
                 (raw-ref 'integer-32 out 16)
                 (raw-ref 'unsigned-32 out 20)))
    (raw-free out)))

;; Compile Offload source text.  A program that is not valid Offload raises
;; exn:fail:yuni with "name:line:col: what is wrong"; traps name the same
;; file.  #:name defaults to "source".
(define (offload-compile source #:name [name "source"])
  (unless (or (string? source) (bytes? source)) (raise-argument-error 'offload-compile "(or/c string? bytes?)" source))
  (unless (string? name) (raise-argument-error 'offload-compile "string?" name))
  (define bs (if (bytes? source) source (string->bytes/utf-8 source)))
  (define cell (zeroed 8))
  (define err (zeroed 1024))
  (define st
    (call-with-c-string name
      (λ (n) (call-with-c-string bs (λ (p) (lib-compile n p (bytes-length bs) cell err 1024))))))
  (define msg (c-string->string err))
  (raw-free err)
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (when (< st 0) (raise-yuni 'offload-compile st msg))
  (own! (program h destroy-program (read-signatures h 0) (read-signatures h 1) (make-hash) #f)))

(define (destroy-program h) (lib-destroy h))

(define (program-close! p)
  (define st (close-owned! p))
  (when (< st 0) (raise-yuni 'program-close! st)))

(define (describe sigs)
  (for/list ([s (in-list sigs)])
    (list (string->symbol (signature-name s)) (signature-params s) (signature-result s))))
(define (program-entries p) (describe (program-entry-sigs p)))
(define (program-imports p) (describe (program-import-sigs p)))

(define (find-signature who sigs name)
  (define n (if (symbol? name) (symbol->string name) name))
  (or (findf (λ (s) (string=? (signature-name s) n)) sigs)
      (raise-yuni who -5 (format "the program has no ~a" n))))

;; ---- values in and out of NCCC slots ----
(define S64-MIN (- (expt 2 63)))
(define S64-MAX (sub1 (expt 2 63)))

;; Store one argument; returns the next slot and a thunk to run after the
;; call (copying a Racket bytevector back), or #f.
(define (store-arg! who type v in slot)
  (case type
    [(s64)
     (unless (and (exact-integer? v) (<= S64-MIN v S64-MAX)) (raise-argument-error who "an s64 exact integer" v))
     (raw-set! 'integer-64 in (* 8 slot) v)
     (values (add1 slot) #f)]
    [(f64)
     (unless (real? v) (raise-argument-error who "real?" v))
     (raw-set! 'double in (* 8 slot) (real->double-flonum v))
     (values (add1 slot) #f)]
    [(boolean)
     (raw-set! 'unsigned-64 in (* 8 slot) (if v 1 0))
     (values (add1 slot) #f)]
    [(chime)
     (unless (chime? v) (raise-argument-error who "chime?" v))
     (raw-set! 'uptr in (* 8 slot) (chime-handle v))
     (values (add1 slot) #f)]
    [(bytevector)
     (cond
       [(native-bytes? v)
        (unless (native-bytes-live? v) (raise-yuni who -2 "the block was freed or its heap closed"))
        (raw-set! 'uptr in (* 8 slot) (native-bytes-address v))
        (raw-set! 'integer-64 in (* 8 (add1 slot)) (native-bytes-length v))
        (values (+ slot 2) #f)]
       [(bytes? v)
        ;; Racket bytes may move during a collection: the entry sees a
        ;; native copy, and what it wrote is copied back.
        (define n (bytes-length v))
        (define p (bytes->new-native v))
        (raw-set! 'uptr in (* 8 slot) p)
        (raw-set! 'integer-64 in (* 8 (add1 slot)) n)
        (values (+ slot 2)
                (λ () (unless (zero? n) (bytes-copy! v 0 (native->bytes p n))) (raw-free p)))]
       [else (raise-argument-error who "(or/c bytes? native-bytes?)" v)])]))

(define (load-result type out offset)
  (case type
    [(s64) (raw-ref 'integer-64 out offset)]
    [(f64) (raw-ref 'double out offset)]
    [(boolean) (not (zero? (raw-ref 'integer-32 out offset)))]
    [else (void)]))

(define (trap-info)
  (define t (zeroed 88))
  (lib-last-trap t)
  (begin0
    (hasheq 'kind (string->symbol (c-string->string (lib-trap-name (raw-ref 'integer-32 t 0))))
            'function (raw-ref 'integer-32 t 4) 'pc (raw-ref 'integer-32 t 8)
            'line (raw-ref 'integer-32 t 12) 'column (raw-ref 'integer-32 t 16)
            'entry (c-string->string (+ t 20)))
    (raw-free t)))
(define (offload-last-trap) (trap-info))

;; The entry `name` as a Racket procedure.  A trap raises exn:fail:yuni:trap
;; (kind: 'out-of-bounds, 'budget, …); an exception raised by a Racket
;; import during the call is re-raised here.
;;
;; Every call has its own slots (so nested calls through imports and Racket
;; threads sharing the procedure never interleave), and the call runs in
;; atomic mode, so the error detail read after a failure is this call's.
(define (offload-entry p name)
  (define h (live-handle 'offload-entry p))
  (define sig (find-signature 'offload-entry (program-entry-sigs p) name))
  (define cells (zeroed 16))
  (call-with-c-string (signature-name sig)
                      (λ (s) (check-status 'offload-entry (λ () (lib-entry h s cells (+ cells 8))))))
  (define dispatch (raw-ref 'uptr cells 0))
  (define ctx (raw-ref 'uptr cells 8))
  (raw-free cells)
  (define call (fast-procedure dispatch '(uptr uptr) 'void))
  (define params (signature-params sig))
  (define nparams (length params))
  (define result (signature-result sig))
  (define who (string->symbol (signature-name sig)))
  (define nslots (add1 (signature-nslots sig)))
  (define simple? (andmap (λ (t) (memq t '(s64 f64 boolean chime))) params))
  ;; the general path (bytevector arguments): native slots, copies undone after
  (define (store-all! in args)
    (let loop ([slot 1] [ts params] [vs args] [afters '()])
      (cond
        [(null? ts) afters]
        [else
         (define-values (next after) (store-arg! who (car ts) (car vs) in slot))
         (loop next (cdr ts) (cdr vs) (if after (cons after afters) afters))])))
  (define (finish st out)
    (cond
      [(program-failure p) => raise]
      [(zero? st) (load-result result out 8)]
      [else #f]))
  (define (fail st detail trap)
    (if trap
        (raise (exn:fail:yuni:trap (format "~a: trap ~a: ~a" who (hash-ref trap 'kind) detail)
                                   (current-continuation-marks) st (hash-ref trap 'kind) trap))
        (raise-yuni who st detail)))
  (define (run in out args)
    (raw-set! 'uptr in 0 ctx)
    (define afters (store-all! in args))
    (set-program-failure! p #f)
    (start-atomic)
    (call in out)
    (define st (raw-ref 'integer-32 out 0))
    (define detail (if (zero? st) "" (c-string->string (lib-error-detail))))
    (define trap (and (= st -16) (trap-info)))
    (end-atomic)
    (for ([a (in-list afters)]) (a))
    (define v (finish st out))
    (if (and (not (zero? st)) (not (program-failure p))) (fail st detail trap) v))
  (define (check-call args)
    (unless (= (length args) nparams)
      (raise-arguments-error who "wrong number of arguments" "expected" nparams "given" (length args)))
    (when (zero? (owned-handle p)) (raise-yuni who -2 "the program was closed")))
  (procedure-rename
   (cond
     [simple?
      ;; The hot path: the slots are Racket bytevectors passed as pointers.
      ;; An entry that cannot call back into Racket runs with no collection
      ;; possible, so ordinary bytevectors cannot move under it; one that
      ;; can reach an import gets immobile ones.
      (define call/bv (fast-procedure dispatch '(u8* u8*) 'void))
      (define in-bytes (* 8 nslots))
      (define make-slots
        (if (zero? (bitwise-and (signature-flags sig) REACHES-IMPORTS)) make-bytes make-immobile-bytevector))
      (λ args
        (check-call args)
        (define in (make-slots in-bytes))
        (define out (make-slots 16))
        (bv-u64-set! in 0 ctx)
        (let loop ([k 8] [ts params] [vs args])
          (unless (null? ts)
            (define v (car vs))
            (case (car ts)
              [(s64) (unless (and (exact-integer? v) (<= S64-MIN v S64-MAX))
                       (raise-argument-error who "an s64 exact integer" v))
                     (bv-s64-set! in k v)]
              [(f64) (unless (real? v) (raise-argument-error who "real?" v))
                     (bv-f64-set! in k (if (flonum? v) v (real->double-flonum v)))]
              [(boolean) (bv-u64-set! in k (if v 1 0))]
              [else (unless (chime? v) (raise-argument-error who "chime?" v))
                    (bv-u64-set! in k (chime-handle v))])
            (loop (+ k 8) (cdr ts) (cdr vs))))
        (set-program-failure! p #f)
        (start-atomic)
        (call/bv in out)
        (define st (bv-s32-ref out 0))
        (cond
          [(program-failure p) => (λ (e) (end-atomic) (raise e))]
          [(zero? st)
           (end-atomic)
           (case result
             [(s64) (bv-s64-ref out 8)]
             [(f64) (bv-f64-ref out 8)]
             [(boolean) (not (zero? (bv-s32-ref out 8)))]
             [else (void)])]
          [else
           (define detail (c-string->string (lib-error-detail)))
           (define trap (and (= st -16) (trap-info)))
           (end-atomic)
           (fail st detail trap)]))]
     [else
      (λ args
        (check-call args)
        (define in (raw-alloc (* 8 nslots)))
        (define out (zeroed 16))
        (dynamic-wind void (λ () (run in out args)) (λ () (raw-free in) (raw-free out))))])
   who))

;; Grant the import `name` to a Racket procedure.  It may be called from
;; the caller's thread (during an entry call) and from offload threads
;; (then it runs on Racket's thread while that thread waits).  If it
;; raises, the import returns 0 and the entry call re-raises.
(define (offload-grant! p name proc)
  (define h (live-handle 'offload-grant! p))
  (define sig (find-signature 'offload-grant! (program-import-sigs p) name))
  (define params (signature-params sig))
  (define result (signature-result sig))
  (define (callback in out)
    (with-handlers ([(λ (e) #t) (λ (e) (set-program-failure! p e) (raw-set! 'unsigned-64 out 0 0))])
      (define args
        (let loop ([ps params] [slot 0])
          (cond
            [(null? ps) '()]
            [else
             (case (car ps)
               [(s64) (cons (raw-ref 'integer-64 in (* 8 slot)) (loop (cdr ps) (add1 slot)))]
               [(f64) (cons (raw-ref 'double in (* 8 slot)) (loop (cdr ps) (add1 slot)))]
               [(boolean) (cons (not (zero? (raw-ref 'integer-32 in (* 8 slot)))) (loop (cdr ps) (add1 slot)))]
               [(bytevector) (cons (make-native-bytes (raw-ref 'uptr in (* 8 slot)) (raw-ref 'integer-64 in (* 8 (add1 slot))))
                                   (loop (cdr ps) (+ slot 2)))]
               [else (cons (raw-ref 'uptr in (* 8 slot)) (loop (cdr ps) (add1 slot)))])])))
      (define v (apply proc args))
      (case result
        [(s64) (raw-set! 'integer-64 out 0 v)]
        [(f64) (raw-set! 'double out 0 (real->double-flonum v))]
        [(boolean) (raw-set! 'unsigned-64 out 0 (if v 1 0))]
        [else (void)])))
  (define fptr (function-ptr callback (_fun #:async-apply (λ (thunk) (thunk)) _uintptr _uintptr -> _void)))
  (hash-set! (program-grants p) (signature-name sig) fptr)
  (call-with-c-string (signature-name sig)
                      (λ (s) (check-status 'offload-grant! (λ () (lib-grant h s (cast fptr _pointer _uintptr))))))
  (void))

(define (offload-set-budget! p steps)
  (check-status 'offload-set-budget! (λ () (lib-budget (live-handle 'offload-set-budget! p) steps)))
  (void))

;; ---- offload threads ----
;; result: the entry's result type, to read statistics' last-result as it.
(struct offload-thread owned (program heaps args-memory result))

(define classes #hasheq((normal . 0) (realtime-audio . 1) (interactive . 2) (background . 3)))
(define (class-code who c)
  (hash-ref classes c (λ () (raise-argument-error who "(or/c 'normal 'realtime-audio 'interactive 'background)" c))))

;; Start entry `name` on a native thread.  Bytevector arguments must be
;; native-bytes (they are used after this returns); their heap, or #:heap,
;; is kept alive and closing it or the program stops the thread first.
(define (offload-thread-start p name args
                              #:class [cls 'normal] #:priority [priority 0]
                              #:period-ms [period-ms 0] #:max-runs [max-runs 0]
                              #:signal [signo 0] #:done [done #f] #:heap [hp #f]
                              #:stack-registers [stack-regs 0])
  (define who 'offload-thread-start)
  (define h (live-handle who p))
  (define sig (find-signature who (program-entry-sigs p) name))
  (for ([t (in-list (signature-params sig))] [v (in-list args)])
    (when (and (eq? t 'bytevector) (not (native-bytes? v)))
      (raise-argument-error who "native-bytes? (a thread outlives Racket bytes' place)" v)))
  (unless (= (length args) (length (signature-params sig)))
    (raise-arguments-error who "wrong number of arguments" "expected" (length (signature-params sig)) "given" (length args)))
  ;; Every heap the arguments live in: the library pins one (opts.heap); the
  ;; thread is a dependent of all of them, so none is unmapped under it.
  (define heaps
    (remove-duplicates
     (append (if hp (list hp) '())
             (for/list ([v (in-list args)] #:when (and (native-bytes? v) (native-bytes-heap v))) (native-bytes-heap v)))
     eq?))
  (define heap (and (pair? heaps) (car heaps)))
  (define slots (raw-alloc (* 8 (max 1 (signature-nslots sig)))))
  (for/fold ([slot 0]) ([t (in-list (signature-params sig))] [v (in-list args)])
    (define-values (next after) (store-arg! who t v slots slot))
    next)
  (define opts (zeroed 72))
  (raw-set! 'unsigned-32 opts 0 72)
  (raw-set! 'unsigned-32 opts 4 (class-code who cls))
  (raw-set! 'integer-32 opts 8 priority)
  (raw-set! 'integer-32 opts 12 signo)
  (raw-set! 'integer-64 opts 16 (inexact->exact (round (* period-ms 1e6))))
  (raw-set! 'unsigned-64 opts 32 max-runs)
  (raw-set! 'uptr opts 40 slots)
  (raw-set! 'unsigned-32 opts 48 (signature-nslots sig))
  (raw-set! 'unsigned-32 opts 52 stack-regs)
  (raw-set! 'uptr opts 56 (if done (chime-handle done) 0))
  (raw-set! 'uptr opts 64 (if heap (live-handle who heap) 0))
  (define cell (zeroed 8))
  (define st
    (call-with-c-string (signature-name sig)
                        (λ (s) (start-atomic)
                          (define st (lib-thread-start h s opts cell))
                          (define detail (if (< st 0) (c-string->string (lib-error-detail)) ""))
                          (end-atomic)
                          (cons st detail))))
  (raw-free opts)
  (define th (raw-ref 'uptr cell 0))
  (raw-free cell)
  (when (< (car st) 0) (raw-free slots) (raise-yuni who (car st) (cdr st)))
  (own! (offload-thread th (λ (th) (let ([st (lib-thread-destroy th)]) (unless (= st EBUSY) (raw-free slots)) st))
                        p heaps slots (signature-result sig))
        #:depends-on (cons p heaps)))

(define (offload-thread-stop! t)
  (check-status 'offload-thread-stop! (λ () (lib-thread-stop (live-handle 'offload-thread-stop! t))))
  (void))
(define (offload-thread-running? t)
  (= -14 (lib-thread-wait (live-handle 'offload-thread-running? t) 0)))
(define (offload-thread-close! t)
  (define st (close-owned! t))
  (when (< st 0) (raise-yuni 'offload-thread-close! st)))

(define states #hasheq((1 . running) (2 . finished) (3 . trapped) (4 . stopped)))
(define policies #hasheq((0 . other) (1 . fifo) (5 . idle)))
(define (offload-thread-statistics t)
  (define s (zeroed 208))
  (check-status 'offload-thread-statistics (λ () (lib-thread-stats (live-handle 'offload-thread-statistics t) s)))
  (define (u64 o) (raw-ref 'unsigned-64 s o))
  (define (s64 o) (raw-ref 'integer-64 s o))
  (define (s32 o) (raw-ref 'integer-32 s o))
  (begin0
    (hasheq 'state (hash-ref states (s32 0) 'unknown) 'status (s32 4) 'memory-locked? (= 1 (s32 8))
            'runs (u64 16) 'misses (u64 24) 'signals (u64 32) 'page-faults (u64 40)
            'lateness-p50-ns (s64 48) 'lateness-p99-ns (s64 56) 'lateness-p999-ns (s64 64)
            'lateness-max-ns (s64 72) 'run-max-ns (s64 80)
            'last-result (as-result (offload-thread-result t) (s64 88))
            'policy (hash-ref policies (s32 100) 'other) 'priority (s32 104) 'nice (s32 108)
            'fallback? (odd? (raw-ref 'unsigned-32 s 112))
            'trap (string->symbol (c-string->string (lib-trap-name (s32 120)))))
    (raw-free s)))

;; The statistics' last result is the entry's result slot: an f64's bits,
;; a boolean's 0 or 1.
(define (as-result type bits)
  (case type
    [(f64) (floating-point-bytes->real (integer->integer-bytes bits 8 #t))]
    [(boolean) (not (zero? bits))]
    [else bits]))

(define (offload-thread-histogram t [n 20000])
  (define buf (zeroed (* 8 n)))
  (define got (lib-thread-histogram (live-handle 'offload-thread-histogram t) buf n))
  (begin0 (for/vector #:length (max got 0) ([i (in-range (max got 0))]) (raw-ref 'unsigned-64 buf (* 8 i)))
    (raw-free buf)))

;; Put a thread (Linux tid, 0 = this OS thread) in a class; returns the grant.
(define (thread-set-class! tid cls [priority 0])
  (define g (zeroed 24))
  (check-status 'thread-set-class! (λ () (lib-set-class tid (class-code 'thread-set-class! cls) priority g)))
  (begin0 (hasheq 'policy (hash-ref policies (raw-ref 'integer-32 g 4) 'other)
                  'priority (raw-ref 'integer-32 g 8) 'nice (raw-ref 'integer-32 g 12)
                  'fallback? (odd? (raw-ref 'unsigned-32 g 16)) 'error (raw-ref 'integer-32 g 20))
    (raw-free g)))

;; ---- rings over native-bytes ----
(define (ring-address who b)
  (unless (native-bytes? b) (raise-argument-error who "native-bytes?" b))
  (unless (native-bytes-live? b) (raise-yuni who -2 "the block was freed or its heap closed"))
  (native-bytes-address b))
(define (ring-init! b)
  (define c (lib-ring-init (ring-address 'ring-init! b) (native-bytes-length b)))
  (when (< c 0) (raise-yuni 'ring-init! c "not a ring's memory"))
  c)
;; All of bs or nothing: #t when it was written.
(define (ring-put! b bs)
  (define a (ring-address 'ring-put! b))
  (define p (bytes->new-native bs))
  (define n (lib-ring-put a p (bytes-length bs)))
  (raw-free p)
  (when (< n 0) (raise-yuni 'ring-put! n "not a ring"))
  (or (= n (bytes-length bs)) (zero? (bytes-length bs))))
;; Up to n bytes.
(define (ring-get! b n)
  (define a (ring-address 'ring-get! b))
  (define p (raw-alloc (max 1 n)))
  (define got (lib-ring-get a p n))
  (when (< got 0) (raw-free p) (raise-yuni 'ring-get! got "not a ring"))
  (begin0 (native->bytes p got)
    (raw-free p)))
(define (ring-count b)
  (define c (lib-ring-count (ring-address 'ring-count b)))
  (when (< c 0) (raise-yuni 'ring-count c "not a ring"))
  c)
