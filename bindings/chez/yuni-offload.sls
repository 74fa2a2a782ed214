;; (yuni-offload): the Chez Scheme binding of libyuni-offload.
;;
;; Every export is bound from the library's own NCCC module table (ops 1, 2
;; and 6 of lib_yuni_offload_dispatch_ncccv0), so there is no hand-written
;; signature to drift.  Two ways to call, chosen at load:
;;   direct (default)  foreign-procedure on the C symbol;
;;   nccc              the export's NCCC stub with an nccv64 array — the way
;;                     yuni's loader calls any NCCC module
;;                     (YUNI_OFFLOAD_CALLS=nccc).
;; Calls that can block (waits, own, threaded calls, compile, stop) are
;; __collect_safe: the calling thread is deactivated, so other Chez threads
;; run and collect meanwhile.  Their arguments are integers only (pointers
;; and handles are addresses), never movable Scheme objects.
;;
;; Handles are records closed explicitly, or by a guardian when they become
;; unreachable: yuni-collect! (installed in collect-request-handler) closes
;; them.  Errors are raised as conditions of type &yuni with the library's
;; status and message.
(library (yuni-offload)
  (export yuni-protocol yuni-library-path yuni-version yuni-version-number yuni-collect! yuni-finalized-count
          &yuni yuni-error? yuni-error-status yuni-status-name
          ;; heap
          make-heap heap? heap-close! heap-alloc heap-free! heap-statistics heap-check
          native-bytes? native-bytes-address native-bytes-length native-ref native-set!
          ;; queues and chimes
          make-queue queue? queue-close! queue-wait queue-fd
          make-chime chime? chime-ring! chime-close! chime-handle
          queue-add-timer source-remove!
          event-type event-tag event-value event-source
          ;; VM, threaded and async calls
          make-vm vm? vm-close! vm-statistics vm-own vm-disown vm-reown
          make-nccc-function nccc-function? nccc-call nccc-call-threaded nccc-call/pool
          ;; Offload
          offload-compile program? program-close! program-entries program-imports
          offload-entry offload-grant! offload-set-budget! offload-last-trap
          yuni-trap? yuni-trap-kind
          offload-thread-start offload-thread-stop! offload-thread-close! offload-thread-statistics
          offload-thread-histogram thread-set-class!
          ring-init! ring-put! ring-get! ring-count
          ;; NCCC modules
          nccc-module-open nccc-module-close! nccc-module-name nccc-module-ref nccc-module-exports
          nccc-module-address)
  (import (chezscheme))

  ;; ---- the library ----
  (define yuni-library-path
    (or (getenv "YUNI_OFFLOAD_LIBRARY") (getenv "YUNI_LIBRARY") "libyuni-offload.so.0"))
  (define loaded (load-shared-object yuni-library-path))
  (define yuni-protocol
    (if (equal? (getenv "YUNI_OFFLOAD_CALLS") "nccc") 'nccc 'direct))

  (define (zeroed n)
    (let ([p (foreign-alloc (max n 8))])
      (do ([i 0 (+ i 8)]) ((>= i (max n 8)) p) (foreign-set! 'unsigned-64 p i 0))))
  (define (c-string->string a)
    (if (= a 0)
        ""
        (let loop ([n 0]) (if (= 0 (foreign-ref 'unsigned-8 a n))
                              (let ([b (make-bytevector n)])
                                (do ([i 0 (+ i 1)]) ((= i n) (utf8->string b))
                                  (bytevector-u8-set! b i (foreign-ref 'unsigned-8 a i))))
                              (loop (+ n 1))))))
  (define (call-with-c-string s proc)
    (let* ([b (string->utf8 s)] [n (bytevector-length b)] [p (foreign-alloc (+ n 1))])
      (do ([i 0 (+ i 1)]) ((= i n)) (foreign-set! 'unsigned-8 p i (bytevector-u8-ref b i)))
      (foreign-set! 'unsigned-8 p n 0)
      (dynamic-wind void (lambda () (proc p)) (lambda () (foreign-free p)))))

  (define chez-types
    '#(unsigned-32 unsigned-64 float double integer-32 integer-64 uptr uptr iptr
       unsigned-8 unsigned-16 integer-8 integer-16))
  ;; Exports that can block: called __collect_safe.
  (define blocking
    '(yuni_queue_wait yuni_vm_own yuni_vm_yield yuni_nccc_call_threaded yuni_vm_call_bound
      yuni_thread_serve yuni_vm_destroy yuni_offload_compile yuni_offload_compile_named yuni_offload_thread_stop
      yuni_offload_thread_wait yuni_offload_thread_destroy yuni_nccc_call yuni_module_open
      yuni_module_open_as yuni_module_close yuni_queue_destroy))

  (define dispatch
    (let ([a (foreign-entry "lib_yuni_offload_dispatch_ncccv0")]) (foreign-procedure a (uptr uptr) void)))

  ;; name -> #(stub argc arg-types result-types)
  (define exports
    (let ([in (zeroed 16)] [out (zeroed (* 8 67))] [table (make-eq-hashtable)])
      (foreign-set! 'integer-32 in 0 1)
      (dispatch in out)
      (do ([id 0 (+ id 1)]) ((= id (foreign-ref 'integer-32 out 16)))
        (foreign-set! 'integer-32 in 0 2)
        (foreign-set! 'integer-32 in 8 id)
        (dispatch in out)
        (let ([name (string->symbol (c-string->string (foreign-ref 'uptr out 16)))]
              [stub (foreign-ref 'uptr out 40)]
              [argc (foreign-ref 'integer-32 out 48)]
              [retc (foreign-ref 'integer-32 out 56)])
          (foreign-set! 'integer-32 in 0 6)
          (dispatch in out)
          (let ([types (let loop ([k 0]) (if (= k (+ argc retc)) '()
                                             (cons (vector-ref chez-types (foreign-ref 'integer-32 out (* 8 (+ 3 k))))
                                                   (loop (+ k 1)))))])
            (hashtable-set! table name (vector stub argc (list-head types argc) (list-tail types argc))))
          (foreign-set! 'integer-32 in 0 1)
          (dispatch in out)))
      (foreign-free in)
      (foreign-free out)
      table))

  ;; An NCCC stub wrapped to take and return values like the C function.
  (define (stub-caller stub safe? arg-types result-types)
    (let ([call (if safe?
                    (foreign-procedure __collect_safe stub (uptr uptr) void)
                    (foreign-procedure stub (uptr uptr) void))])
      (lambda args
        (let ([in (zeroed (* 8 (length arg-types)))] [out (zeroed (* 8 (max 1 (length result-types))))])
          (let loop ([k 0] [as args] [ts arg-types])
            (unless (null? ts)
              (foreign-set! (car ts) in (* 8 k) (car as))
              (loop (+ k 1) (cdr as) (cdr ts))))
          (call in out)
          (let ([r (if (null? result-types) (void) (foreign-ref (car result-types) out 0))])
            (foreign-free in)
            (foreign-free out)
            r)))))

  (define procedures (make-eq-hashtable))
  (define (yuni name)
    (or (hashtable-ref procedures name #f)
        (let* ([e (or (hashtable-ref exports name #f)
                      (error 'yuni-offload "not an export of the library" name))]
               [safe? (and (memq name blocking) #t)]
               [args (vector-ref e 2)]
               [ret (if (null? (vector-ref e 3)) 'void (car (vector-ref e 3)))]
               [p (if (eq? yuni-protocol 'nccc)
                      (stub-caller (vector-ref e 0) safe? args (vector-ref e 3))
                      (let ([addr (foreign-entry (symbol->string name))])
                        (eval (if safe?
                                  `(foreign-procedure __collect_safe ,addr ,args ,ret)
                                  `(foreign-procedure ,addr ,args ,ret)))))])
          (hashtable-set! procedures name p)
          p)))

;; The loaded library's version: "major.minor.patch", and as one number
  ;; comparable with < (YUNI_VERSION_NUMBER: major << 16 | minor << 8 | patch).
  (define (yuni-version-number) ((yuni 'yuni_version)))
  (define (yuni-version)
    (let ([n (yuni-version-number)])
      (format "~a.~a.~a" (bitwise-arithmetic-shift-right n 16) (bitwise-and (bitwise-arithmetic-shift-right n 8) 255)
              (bitwise-and n 255))))

  ;; ---- errors ----
  (define-condition-type &yuni &error make-yuni-error yuni-error? (status yuni-error-status))
  (define-condition-type &yuni-trap &yuni make-yuni-trap yuni-trap? (kind yuni-trap-kind))
  (define status-names
    '#(ok einval ebadhandle enomem enoent enosym erange emodule eload etoobig estate einternal eperm
       ecorrupt ebusy ecompile etrap))
  (define (yuni-status-name st) (if (and (<= st 0) (>= st -16)) (vector-ref status-names (- st)) 'unknown))
  (define (raise-yuni who st . detail)
    (let ([text (if (null? detail) (c-string->string ((yuni 'yuni_error_detail))) (car detail))])
      (raise (condition (make-yuni-error st) (make-who-condition who)
                        (make-message-condition
                         (string-append (c-string->string ((yuni 'yuni_strerror) st))
                                        (if (string=? text "") "" (string-append ": " text))))))))
  (define (check who st) (if (< st 0) (raise-yuni who st) st))
  ;; For the calls that set no error detail (rings): their own text.
  (define (check/text who text st) (if (< st 0) (raise-yuni who st text) st))
  (define (out-handle who f . args)
    (let ([cell (zeroed 8)])
      (let ([st (apply f (append args (list cell)))])
        (let ([h (foreign-ref 'uptr cell 0)])
          (foreign-free cell)
          (check who st)
          h))))

  ;; ---- owned handles, closed once: explicitly or by the guardian ----
  ;; Order: an object owned with dependencies (an offload thread on its
  ;; program and heaps, a chime or timer on its queue) is their dependent,
  ;; and every close of them — explicit or the guardian's — closes it first;
  ;; the guardian hands objects back in no particular order, so this makes
  ;; the order.  A destroy the library refuses with YUNI_EBUSY changed
  ;; nothing: the handle is put back.  A refused explicit close raises; a
  ;; refused guardian close keeps the object in `refused`, retried after
  ;; every later close that succeeds.  The tables are shared by Chez
  ;; threads: `tables` guards them, never held across a library call.
  (define-record-type owned (fields (mutable handle) closer) (nongenerative yuni-owned))
  (define guardian (make-guardian))
  (define tables (make-mutex))
  (define dependents (make-weak-eq-hashtable)) ; object -> weak table of its dependents
  (define parents (make-weak-eq-hashtable))    ; object -> what it depends on
  (define refused (make-eq-hashtable))
  (define (own! o . depends-on)
    (with-mutex tables
      (let ([ps (filter (lambda (p) (and p (not (= 0 (owned-handle p))))) depends-on)])
        (unless (null? ps) (hashtable-set! parents o ps))
        (for-each (lambda (p)
                    (let ([ds (or (hashtable-ref dependents p #f)
                                  (let ([t (make-weak-eq-hashtable)]) (hashtable-set! dependents p t) t))])
                      (hashtable-set! ds o #t)))
                  ps)))
    (guardian o)
    o)
  (define (close-owned! o . why)
    (let ([h (with-interrupts-disabled
              (let ([h (owned-handle o)]) (owned-handle-set! o 0) h))])
      (if (= h 0)
          0
          (begin
            (vector-for-each (lambda (d) (close-owned! d 'dependent))
                             (with-mutex tables
                               (let ([ds (hashtable-ref dependents o #f)]) (if ds (hashtable-keys ds) '#()))))
            (let ([st ((owned-closer o) h)])
              (if (= st -14)
                  (begin (owned-handle-set! o h)
                         (unless (null? why) (with-mutex tables (hashtable-set! refused o #t))))
                  (begin
                    (with-mutex tables
                      (hashtable-delete! refused o)
                      (hashtable-delete! dependents o)
                      (for-each (lambda (p) (let ([ds (hashtable-ref dependents p #f)]) (when ds (hashtable-delete! ds o))))
                                (hashtable-ref parents o '()))
                      (hashtable-delete! parents o))
                    (retry-refused!)))
              st)))))
  (define (retry-refused!)
    (vector-for-each (lambda (o) (close-owned! o 'retry))
                     (with-mutex tables
                       (let ([os (hashtable-keys refused)]) (hashtable-clear! refused) os))))
  (define (live who o)
    (let ([h (owned-handle o)]) (if (= h 0) (raise-yuni who -2 "the object was closed") h)))
  ;; Close what became unreachable; returns how many.
  (define finalized 0)
  (define (yuni-finalized-count) finalized)
  (define (yuni-collect!)
    (let loop ([n 0])
      (let ([o (guardian)])
        (if o
            (begin (unless (= 0 (owned-handle o)) (set! finalized (+ finalized 1)))
                   (close-owned! o 'guardian)
                   (loop (+ n 1)))
            n))))
  (define installed-collect-handler
    (let ([previous (collect-request-handler)])
      (collect-request-handler (lambda () (previous) (yuni-collect!)))
      #t))

  ;; ---- heap ----
  ;; A heap's offload threads are its dependents: closing it closes them first.
  (define-record-type (heap make-heap-record heap?) (parent owned))
  (define-record-type native-bytes (fields heap address length))
  (define (make-heap bytes . lock)
    (let ([flags (if (and (pair? lock) (car lock)) 1 2)])
      (own! (make-heap* (out-handle 'make-heap (yuni 'yuni_heap_create) bytes flags)))))
  (define (make-heap* h) (make-heap-record h (yuni 'yuni_heap_destroy)))
  (define (heap-close! hp) (check 'heap-close! (close-owned! hp)) (void))
  (define (heap-alloc hp size)
    (let ([p ((yuni 'yuni_heap_alloc) (live 'heap-alloc hp) size 16)])
      (when (= p 0) (raise-yuni 'heap-alloc -3 (format "no free block of ~a bytes" size)))
      (make-native-bytes hp p size)))
  (define (heap-free! b)
    (check 'heap-free! ((yuni 'yuni_heap_free) (live 'heap-free! (native-bytes-heap b)) (native-bytes-address b)))
    (void))
  (define (heap-statistics hp)
    (let ([s (zeroed 80)])
      (check 'heap-statistics ((yuni 'yuni_heap_stats) (live 'heap-statistics hp) s))
      (let ([r (list (cons 'total-bytes (foreign-ref 'unsigned-64 s 0)) (cons 'free-bytes (foreign-ref 'unsigned-64 s 8))
                     (cons 'used-bytes (foreign-ref 'unsigned-64 s 24)) (cons 'high-water (foreign-ref 'unsigned-64 s 32))
                     (cons 'allocs (foreign-ref 'unsigned-64 s 40)) (cons 'frees (foreign-ref 'unsigned-64 s 48))
                     (cons 'misuses (foreign-ref 'unsigned-64 s 64)) (cons 'locked (foreign-ref 'unsigned-32 s 72)))])
        (foreign-free s)
        r)))
  (define (heap-check hp) (check 'heap-check ((yuni 'yuni_heap_check) (live 'heap-check hp))) (void))
  (define type-sizes '((unsigned-8 . 1) (integer-8 . 1) (unsigned-16 . 2) (integer-16 . 2) (unsigned-32 . 4)
                       (integer-32 . 4) (unsigned-64 . 8) (integer-64 . 8) (float . 4) (double . 8)))
  (define (checked who b type offset)
    (let ([size (cond [(assq type type-sizes) => cdr] [else (assertion-violation who "not a native type" type)])])
      (live who (native-bytes-heap b))
      (unless (and (fixnum? offset) (>= offset 0) (<= (+ offset size) (native-bytes-length b)))
        (assertion-violation who "offset outside the block" offset))
      (native-bytes-address b)))
  (define (native-ref b type offset) (foreign-ref type (checked 'native-ref b type offset) offset))
;; Any real is stored in 'double and 'float (exact 0 included).
  (define (native-set! b type offset v)
    (foreign-set! type (checked 'native-set! b type offset) offset
                  (if (and (memq type '(double float)) (real? v)) (inexact v) v)))

  ;; ---- queues, chimes, timers ----
  (define-record-type (queue make-queue-record queue?) (parent owned) (fields events))
  (define-record-type (chime make-chime-record chime?) (parent owned) (fields queue tag))
  (define-record-type source (parent owned))
  (define (make-queue)
    (let ([events (foreign-alloc (* 32 64))])
      (own! (make-queue-record (out-handle 'make-queue (yuni 'yuni_queue_create) 0)
                        (lambda (h) (let ([st ((yuni 'yuni_queue_destroy) h)]) (unless (= st -14) (foreign-free events)) st))
                        events))))
  (define (queue-close! q) (check 'queue-close! (close-owned! q)) (void))
  (define (queue-fd q) ((yuni 'yuni_queue_fd) (live 'queue-fd q)))
  (define (event-type e) (vector-ref e 0))
  (define (event-tag e) (vector-ref e 1))
  (define (event-value e) (vector-ref e 2))
  (define (event-source e) (vector-ref e 3))
  ;; Wait up to timeout-ms (< 0: forever) on this thread, deactivated, so the
  ;; collector and other threads go on; returns a list of events
  ;; #(type tag value source), type one of chime fd timer signal queue channel.
  (define event-types '#(none chime fd timer signal queue channel))
  (define (queue-wait q timeout-ms)
    (let* ([ev (queue-events q)]
           [n (check 'queue-wait ((yuni 'yuni_queue_wait) (live 'queue-wait q) ev 64
                                   (if (< timeout-ms 0) -1 (exact (round (* timeout-ms 1000000))))))])
      (let loop ([i (- n 1)] [acc '()])
        (if (< i 0)
            acc
            (loop (- i 1)
                  (cons (vector (vector-ref event-types (min 6 (foreign-ref 'unsigned-32 ev (* 32 i))))
                                (foreign-ref 'unsigned-64 ev (+ (* 32 i) 8))
                                (foreign-ref 'integer-64 ev (+ (* 32 i) 16))
                                (foreign-ref 'uptr ev (+ (* 32 i) 24)))
                        acc))))))
  (define (make-chime q tag)
    (own! (make-chime-record (out-handle 'make-chime (yuni 'yuni_chime_create) (live 'make-chime q) tag)
                      (yuni 'yuni_chime_destroy) q tag)
          q))
  (define (chime-handle c) (owned-handle c))
  ;; A ring sets no error detail (it is async-signal-safe): the message says
  ;; what a refused ring means instead of whatever an earlier call left.
  (define (chime-ring! c)
    (let ([st ((yuni 'yuni_chime_ring) (owned-handle c))])
      (unless (= st 0) (raise-yuni 'chime-ring! st "the chime was closed, or its queue"))))
  (define (chime-close! c) (close-owned! c) (void))
  (define (queue-add-timer q first-ms interval-ms tag)
    (own! (make-source (out-handle 'queue-add-timer (yuni 'yuni_queue_add_timer) (live 'queue-add-timer q)
                                   (exact (round (* first-ms 1000000))) (exact (round (* interval-ms 1000000))) tag)
                       (yuni 'yuni_source_remove))
          q))
  (define (source-remove! s) (close-owned! s) (void))

  ;; ---- NCCC functions ----
  (define nccc-type-names '#(u32 u64 f32 f64 s32 s64 ptr uptr sptr u8 u16 s8 s16))
  (define (chez-type t)
    (let loop ([i 0]) (cond [(= i 13) (assertion-violation 'nccc "unknown NCCC type" t)]
                            [(eq? (vector-ref nccc-type-names i) t) (vector-ref chez-types i)]
                            [else (loop (+ i 1))])))
  (define ranges
    '((u32 0 . 4294967295) (s32 -2147483648 . 2147483647) (u8 0 . 255) (s8 -128 . 127) (u16 0 . 65535)
      (s16 -32768 . 32767) (u64 0 . 18446744073709551615) (ptr 0 . 18446744073709551615)
      (uptr 0 . 18446744073709551615) (s64 -9223372036854775808 . 9223372036854775807)
      (sptr -9223372036854775808 . 9223372036854775807)))
  (define-record-type nccc-function (fields name address arg-types result-types))
  (define (marshal! who f args in)
    (unless (= (length args) (length (nccc-function-arg-types f)))
      (assertion-violation who "wrong number of arguments" (nccc-function-name f) args))
    (let loop ([k 0] [as args] [ts (nccc-function-arg-types f)])
      (unless (null? ts)
        (let ([t (car ts)] [a (car as)])
          (foreign-set! 'unsigned-64 in (* 8 k) 0)
          (if (memq t '(f32 f64))
              (begin (unless (real? a) (assertion-violation who "not a real number" a))
                     (foreign-set! (chez-type t) in (* 8 k) (inexact a)))
              (let ([r (cdr (assq t ranges))])
                (unless (and (integer? a) (exact? a) (<= (car r) a (cdr r)))
                  (assertion-violation who (format "not an exact integer that fits ~a" t) a))
                (foreign-set! (chez-type t) in (* 8 k) a)))
          (loop (+ k 1) (cdr as) (cdr ts))))))
  (define (unmarshal f out)
    (let loop ([k 0] [ts (nccc-function-result-types f)])
      (if (null? ts) '() (cons (foreign-ref (chez-type (car ts)) out (* 8 k)) (loop (+ k 1) (cdr ts))))))
  (define (with-slots f proc)
    (let ([in (zeroed (* 8 (length (nccc-function-arg-types f))))]
          [out (zeroed (* 8 (max 1 (length (nccc-function-result-types f)))))])
      (dynamic-wind void (lambda () (proc in out)) (lambda () (foreign-free in) (foreign-free out)))))
  ;; Call on this thread (not collect-safe: for short calls).
  (define (nccc-call f . args)
    (with-slots f (lambda (in out)
                    (marshal! 'nccc-call f args in)
                    ((foreign-procedure (nccc-function-address f) (uptr uptr) void) in out)
                    (apply values (unmarshal f out)))))

  ;; ---- VM ----
  (define-record-type (vm make-vm-record vm?) (parent owned))
  ;; (make-vm) for a Chez host: its threads own the VM in turn; no takeover
  ;; entry (pass heartbeat? #t and an NCCC entry address to get one).
  (define (make-vm . entry)
    (let ([cfg (zeroed 40)])
      (foreign-set! 'unsigned-32 cfg 0 40)
      (when (pair? entry) (foreign-set! 'uptr cfg 24 (car entry)))
      (let ([h (out-handle 'make-vm (yuni 'yuni_vm_create) cfg)])
        (foreign-free cfg)
        (own! (make-vm-record h (yuni 'yuni_vm_destroy))))))
  (define (vm-close! v) (check 'vm-close! (close-owned! v)) (void))
  (define (vm-own v) (check 'vm-own ((yuni 'yuni_vm_own) (live 'vm-own v))) (void))
  (define (vm-disown v)
    (let ([cell (zeroed 8)])
      (check 'vm-disown ((yuni 'yuni_vm_disown) (live 'vm-disown v) cell))
      (let ([t (foreign-ref 'unsigned-64 cell 0)]) (foreign-free cell) t)))
  ;; 'same or 'switched
  (define (vm-reown v token) (if (= 1 (check 'vm-reown ((yuni 'yuni_vm_reown) (live 'vm-reown v) token))) 'switched 'same))
  (define (vm-statistics v)
    (let ([s (zeroed 112)])
      (check 'vm-statistics ((yuni 'yuni_vm_stats) (live 'vm-statistics v) s))
      (let ([r (list (cons 'handoffs (foreign-ref 'unsigned-64 s 0)) (cons 'slow-owns (foreign-ref 'unsigned-64 s 8))
                     (cons 'takeovers (foreign-ref 'unsigned-64 s 16)) (cons 'switched (foreign-ref 'unsigned-64 s 32))
                     (cons 'async-calls (foreign-ref 'unsigned-64 s 72)) (cons 'threads (foreign-ref 'unsigned-32 s 80))
                     (cons 'waiters (foreign-ref 'unsigned-32 s 92))
                     (cons 'owner (foreign-ref 'unsigned-32 s 96)))])
        (foreign-free s)
        r)))
  ;; Disown, call, re-own (collect-safe): returns the results and 'same or
  ;; 'switched as the last value.
  (define (nccc-call-threaded v f . args)
    (with-slots f (lambda (in out)
                    (marshal! 'nccc-call-threaded f args in)
                    (let ([st (check 'nccc-call-threaded
                                     ((yuni 'yuni_nccc_call_threaded) (live 'nccc-call-threaded v) (nccc-function-address f) in out))])
                      (apply values (append (unmarshal f out) (list (if (= st 1) 'switched 'same))))))))
  ;; Run on the VM's pool and wait here, collect-safe, for its chime.
  (define (nccc-call/pool v f . args)
    (let* ([q (make-queue)] [done (make-chime q 1)])
      (dynamic-wind
        void
        (lambda ()
          (with-slots f (lambda (in out)
                          (marshal! 'nccc-call/pool f args in)
                          (check 'nccc-call/pool ((yuni 'yuni_nccc_call_async) (live 'nccc-call/pool v) (nccc-function-address f)
                                                  in out (chime-handle done)))
                          (let wait () (when (null? (queue-wait q -1)) (wait)))
                          (apply values (unmarshal f out)))))
        (lambda () (queue-close! q)))))

  ;; ---- Offload ----
  ;; A program's offload threads are its dependents.  grants: the locked
  ;; code objects of its imports, unlocked once it is destroyed.
  (define-record-type program (parent owned) (fields entries imports (mutable grants) (mutable failure)))
  (define value-types '#(void s64 f64 boolean bytevector chime))
  (define (signatures h kind)
    (let ([n (check 'offload-compile ((yuni 'yuni_offload_count) h kind))] [s (zeroed 88)])
      (let loop ([i (- n 1)] [acc '()])
        (if (< i 0)
            (begin (foreign-free s) acc)
            (begin
              (check 'offload-compile ((yuni 'yuni_offload_signature_of) h kind i s))
              (loop (- i 1)
                    (cons (list (string->symbol (c-string->string (foreign-ref 'uptr s 0)))
                                (let p ([k (- (foreign-ref 'integer-32 s 12) 1)] [ps '()])
                                  (if (< k 0) ps (p (- k 1) (cons (vector-ref value-types (foreign-ref 'unsigned-8 s (+ 24 k))) ps))))
                                (vector-ref value-types (foreign-ref 'integer-32 s 8))
                                (foreign-ref 'integer-32 s 16))
                          acc)))))))
;; (offload-compile source [name]): name (default "source") is the file
  ;; compile errors and trap details name.
  (define (offload-compile source . name)
    (let* ([b (string->utf8 source)] [err (zeroed 1024)] [cell (zeroed 8)]
           [st (call-with-c-string (if (pair? name) (car name) "source")
                 (lambda (n)
                   (call-with-c-string source
                     (lambda (p) ((yuni 'yuni_offload_compile_named) n p (bytevector-length b) cell err 1024)))))]
           [h (foreign-ref 'uptr cell 0)] [msg (c-string->string err)])
      (foreign-free err)
      (foreign-free cell)
      (when (< st 0) (raise-yuni 'offload-compile st msg))
      (letrec ([p (make-program h (lambda (h)
                                    (let ([st ((yuni 'yuni_offload_destroy) h)])
                                      (unless (= st -14) (for-each unlock-object (program-grants p)))
                                      st))
                                (signatures h 0) (signatures h 1) '() #f)])
        (own! p))))
  (define (program-close! p) (check 'program-close! (close-owned! p)) (void))
  (define (find-sig who sigs name)
    (or (assq name sigs) (raise-yuni who -5 (format "the program has no ~a" name))))

  ;; store one argument at `slot`; returns (next-slot . after-thunk-or-#f)
  (define (store! who type v in slot)
    (case type
      [(s64) (unless (and (integer? v) (exact? v) (<= (- (expt 2 63)) v (- (expt 2 63) 1))) (assertion-violation who "not an s64" v))
             (foreign-set! 'integer-64 in (* 8 slot) v) (cons (+ slot 1) #f)]
      [(f64) (unless (real? v) (assertion-violation who "not a real number" v))
             (foreign-set! 'double in (* 8 slot) (inexact v)) (cons (+ slot 1) #f)]
      [(boolean) (foreign-set! 'unsigned-64 in (* 8 slot) (if v 1 0)) (cons (+ slot 1) #f)]
      [(chime) (unless (chime? v) (assertion-violation who "not a chime" v))
               (foreign-set! 'uptr in (* 8 slot) (chime-handle v)) (cons (+ slot 1) #f)]
      [(bytevector)
       (cond
         [(native-bytes? v)
          (live who (native-bytes-heap v))
          (foreign-set! 'uptr in (* 8 slot) (native-bytes-address v))
          (foreign-set! 'integer-64 in (* 8 (+ slot 1)) (native-bytes-length v))
          (cons (+ slot 2) #f)]
         [(bytevector? v) ; may move in a collection: the entry sees a native copy, copied back after
          (let* ([n (bytevector-length v)] [p (foreign-alloc (max n 1))])
            (do ([i 0 (+ i 1)]) ((= i n)) (foreign-set! 'unsigned-8 p i (bytevector-u8-ref v i)))
            (foreign-set! 'uptr in (* 8 slot) p)
            (foreign-set! 'integer-64 in (* 8 (+ slot 1)) n)
            (cons (+ slot 2) (lambda ()
                               (do ([i 0 (+ i 1)]) ((= i n)) (bytevector-u8-set! v i (foreign-ref 'unsigned-8 p i)))
                               (foreign-free p))))]
         [else (assertion-violation who "not a bytevector or native-bytes" v)])]
      [else (assertion-violation who "unknown parameter type" type)]))

  (define (offload-last-trap)
    (let ([t (zeroed 88)])
      ((yuni 'yuni_offload_last_trap) t)
      (let ([r (list (cons 'kind (string->symbol (c-string->string ((yuni 'yuni_offload_trap_name) (foreign-ref 'integer-32 t 0)))))
                     (cons 'line (foreign-ref 'integer-32 t 12)) (cons 'column (foreign-ref 'integer-32 t 16))
                     (cons 'entry (c-string->string (+ t 20))))])
        (foreign-free t)
        r)))

  (define (offload-entry p name)
    (let* ([h (live 'offload-entry p)]
           [sig (find-sig 'offload-entry (program-entries p) name)]
           [cells (zeroed 16)]
           [st (call-with-c-string (symbol->string name) (lambda (s) ((yuni 'yuni_offload_entry) h s cells (+ cells 8))))]
           [dispatch (foreign-ref 'uptr cells 0)]
           [ctx (foreign-ref 'uptr cells 8)])
      (foreign-free cells)
      (check 'offload-entry st)
      (let ([call (foreign-procedure dispatch (uptr uptr) void)]
            [params (cadr sig)] [result (caddr sig)] [nslots (+ 1 (cadddr sig))])
        (lambda args
          (unless (= (length args) (length params)) (assertion-violation name "wrong number of arguments" args))
          (live name p)
          (let ([in (zeroed (* 8 nslots))] [out (zeroed 16)] [afters '()])
            (dynamic-wind
              void
              (lambda ()
                (foreign-set! 'uptr in 0 ctx)
                (let loop ([slot 1] [ts params] [vs args])
                  (unless (null? ts)
                    (let ([r (store! name (car ts) (car vs) in slot)])
                      (when (cdr r) (set! afters (cons (cdr r) afters)))
                      (loop (car r) (cdr ts) (cdr vs)))))
                (program-failure-set! p #f)
                (call in out)
                (for-each (lambda (a) (a)) afters)
                (set! afters '())
                (let ([st (foreign-ref 'integer-32 out 0)])
                  (cond
                    [(program-failure p) => raise]
                    [(= st 0) (case result
                                [(s64) (foreign-ref 'integer-64 out 8)]
                                [(f64) (foreign-ref 'double out 8)]
                                [(boolean) (not (= 0 (foreign-ref 'integer-32 out 8)))]
                                [else (void)])]
                    [(= st -16)
                     (let ([detail (c-string->string ((yuni 'yuni_error_detail)))] [kind (cdr (assq 'kind (offload-last-trap)))])
                       (raise (condition (make-yuni-trap st kind) (make-who-condition name)
                                         (make-message-condition (format "trap ~a: ~a" kind detail)))))]
                    [else (raise-yuni name st)])))
              (lambda () (for-each (lambda (a) (a)) afters) (foreign-free in) (foreign-free out))))))))

  ;; Grant an import to a Scheme procedure.  It runs on the thread that
  ;; called the entry; it must not be reached from an offload thread (Chez
  ;; can run Scheme only on its own threads), so offload-thread-start refuses
  ;; programs with Scheme imports.
  (define (offload-grant! p name proc)
    (let* ([h (live 'offload-grant! p)]
           [sig (find-sig 'offload-grant! (program-imports p) name)]
           [params (cadr sig)] [result (caddr sig)]
           [code (foreign-callable
                  (lambda (in out)
                    (guard (e [#t (program-failure-set! p e) (foreign-set! 'unsigned-64 out 0 0)])
                      (let ([args (let loop ([ts params] [slot 0])
                                    (if (null? ts) '()
                                        (case (car ts)
                                          [(s64) (cons (foreign-ref 'integer-64 in (* 8 slot)) (loop (cdr ts) (+ slot 1)))]
                                          [(f64) (cons (foreign-ref 'double in (* 8 slot)) (loop (cdr ts) (+ slot 1)))]
                                          [(boolean) (cons (not (= 0 (foreign-ref 'integer-32 in (* 8 slot)))) (loop (cdr ts) (+ slot 1)))]
                                          [(bytevector) (cons (make-native-bytes #f (foreign-ref 'uptr in (* 8 slot)) (foreign-ref 'integer-64 in (* 8 (+ slot 1))))
                                                              (loop (cdr ts) (+ slot 2)))]
                                          [else (cons (foreign-ref 'uptr in (* 8 slot)) (loop (cdr ts) (+ slot 1)))])))])
                        (let ([v (apply proc args)])
                          (case result
                            [(s64) (foreign-set! 'integer-64 out 0 v)]
                            [(f64) (foreign-set! 'double out 0 (inexact v))]
                            [(boolean) (foreign-set! 'unsigned-64 out 0 (if v 1 0))]
                            [else (void)])))))
                  (uptr uptr) void)])
      (lock-object code)
      (program-grants-set! p (cons code (program-grants p)))
      (call-with-c-string (symbol->string name)
                          (lambda (s) (check 'offload-grant! ((yuni 'yuni_offload_grant) h s (foreign-callable-entry-point code)))))
      (void)))
  (define (offload-set-budget! p steps) (check 'offload-set-budget! ((yuni 'yuni_offload_set_budget) (live 'offload-set-budget! p) steps)) (void))

  ;; ---- offload threads ----
  ;; result: the entry's result type, to read statistics' last-result as it.
  (define-record-type othread (parent owned) (fields slots result))
  (define classes '((normal . 0) (realtime-audio . 1) (interactive . 2) (background . 3)))
  (define (class-code who c) (cond [(assq c classes) => cdr] [else (assertion-violation who "unknown thread class" c)]))
  ;; options: an association list: (class . realtime-audio) (period-ms . 2)
  ;; (max-runs . 50) (done . chime) (signal . n) (priority . n)
  (define (offload-thread-start p name args . options)
    (let* ([who 'offload-thread-start]
           [opt (lambda (k d) (cond [(assq k options) => cdr] [else d]))]
           [h (live who p)]
           [sig (find-sig who (program-entries p) name)]
           [slots (zeroed (* 8 (max 1 (cadddr sig))))]
           ;; every heap the arguments live in: the library pins the first
           ;; (opts.heap); the thread is a dependent of all of them
           [heaps (let loop ([as args] [hs '()])
                    (cond [(null? as) (reverse hs)]
                          [(and (native-bytes? (car as)) (native-bytes-heap (car as))
                                (not (memq (native-bytes-heap (car as)) hs)))
                           (loop (cdr as) (cons (native-bytes-heap (car as)) hs))]
                          [else (loop (cdr as) hs)]))]
           [heap (and (pair? heaps) (car heaps))])
      (unless (null? (program-grants p))
        (foreign-free slots)
        (raise-yuni who -12 "a program with imports granted by Scheme cannot run on an offload thread"))
      (unless (= (length args) (length (cadr sig))) (foreign-free slots) (assertion-violation who "wrong number of arguments" args))
      (let loop ([slot 0] [ts (cadr sig)] [vs args])
        (unless (null? ts)
          (when (and (eq? (car ts) 'bytevector) (not (native-bytes? (car vs))))
            (foreign-free slots)
            (assertion-violation who "a thread's bytevector must be native-bytes" (car vs)))
          (loop (car (store! who (car ts) (car vs) slots slot)) (cdr ts) (cdr vs))))
      (let ([o (zeroed 72)])
        (foreign-set! 'unsigned-32 o 0 72)
        (foreign-set! 'unsigned-32 o 4 (class-code who (opt 'class 'normal)))
        (foreign-set! 'integer-32 o 8 (opt 'priority 0))
        (foreign-set! 'integer-32 o 12 (opt 'signal 0))
        (foreign-set! 'integer-64 o 16 (exact (round (* 1000000 (opt 'period-ms 0)))))
        (foreign-set! 'unsigned-64 o 32 (opt 'max-runs 0))
        (foreign-set! 'uptr o 40 slots)
        (foreign-set! 'unsigned-32 o 48 (cadddr sig))
        (foreign-set! 'uptr o 56 (let ([d (opt 'done #f)]) (if d (chime-handle d) 0)))
        (foreign-set! 'uptr o 64 (if heap (live who heap) 0))
        (let* ([cell (zeroed 8)]
               [st (call-with-c-string (symbol->string name) (lambda (s) ((yuni 'yuni_offload_thread_start) h s o cell)))]
               [th (foreign-ref 'uptr cell 0)])
          (foreign-free o)
          (foreign-free cell)
          (when (< st 0) (foreign-free slots) (raise-yuni who st))
          (apply own! (make-othread th (lambda (th) (let ([st ((yuni 'yuni_offload_thread_destroy) th)])
                                                      (unless (= st -14) (foreign-free slots))
                                                      st))
                                    slots (caddr sig))
                 p heaps)))))
  (define (offload-thread-stop! t) (check 'offload-thread-stop! ((yuni 'yuni_offload_thread_stop) (live 'offload-thread-stop! t))) (void))
  (define (offload-thread-close! t) (check 'offload-thread-close! (close-owned! t)) (void))
  (define (offload-thread-statistics t)
    (let ([s (zeroed 208)])
      (check 'offload-thread-statistics ((yuni 'yuni_offload_thread_statistics) (live 'offload-thread-statistics t) s))
      (let ([r (list (cons 'state (vector-ref '#(none running finished trapped stopped) (foreign-ref 'integer-32 s 0)))
                     (cons 'runs (foreign-ref 'unsigned-64 s 16)) (cons 'misses (foreign-ref 'unsigned-64 s 24))
                     (cons 'page-faults (foreign-ref 'unsigned-64 s 40))
                     (cons 'lateness-p50-ns (foreign-ref 'integer-64 s 48)) (cons 'lateness-p99-ns (foreign-ref 'integer-64 s 56))
                     (cons 'lateness-max-ns (foreign-ref 'integer-64 s 72)) (cons 'last-result (as-result (othread-result t) s))
                     (cons 'policy (foreign-ref 'integer-32 s 100))
                     (cons 'trap (string->symbol (c-string->string ((yuni 'yuni_offload_trap_name) (foreign-ref 'integer-32 s 120))))))])
        (foreign-free s)
        r)))
  ;; The statistics' last result is the entry's result slot: an f64's bits,
  ;; a boolean's 0 or 1.
  (define (as-result type s)
    (case type
      [(f64) (foreign-ref 'double s 88)]
      [(boolean) (not (= 0 (foreign-ref 'integer-64 s 88)))]
      [else (foreign-ref 'integer-64 s 88)]))
  (define (offload-thread-histogram t)
    (let* ([n 20000] [b (zeroed (* 8 n))] [got ((yuni 'yuni_offload_thread_histogram) (live 'offload-thread-histogram t) b n)]
           [v (make-vector (max got 0) 0)])
      (do ([i 0 (+ i 1)]) ((>= i got)) (vector-set! v i (foreign-ref 'unsigned-64 b (* 8 i))))
      (foreign-free b)
      v))
  (define (thread-set-class! tid cls)
    (let ([g (zeroed 24)])
      (check 'thread-set-class! ((yuni 'yuni_thread_set_class) tid (class-code 'thread-set-class! cls) 0 g))
      (let ([r (list (cons 'policy (foreign-ref 'integer-32 g 4)) (cons 'nice (foreign-ref 'integer-32 g 12))
                     (cons 'fallback (odd? (foreign-ref 'unsigned-32 g 16))))])
        (foreign-free g)
        r)))

  ;; ---- rings over native-bytes ----
  (define (ring-addr who b) (live who (native-bytes-heap b)) (native-bytes-address b))
  (define (ring-init! b) (check/text 'ring-init! "not a ring's memory" ((yuni 'yuni_ring_init) (ring-addr 'ring-init! b) (native-bytes-length b))))
  (define (ring-put! b bv)
    (let* ([n (bytevector-length bv)] [p (foreign-alloc (max n 1))])
      (do ([i 0 (+ i 1)]) ((= i n)) (foreign-set! 'unsigned-8 p i (bytevector-u8-ref bv i)))
      (let ([r ((yuni 'yuni_ring_put) (ring-addr 'ring-put! b) p n)])
        (foreign-free p)
        (check/text 'ring-put! "not a ring" r)
        (= r n))))
  (define (ring-get! b n)
    (let* ([p (foreign-alloc (max n 1))] [got ((yuni 'yuni_ring_get) (ring-addr 'ring-get! b) p n)])
      (when (< got 0) (foreign-free p) (raise-yuni 'ring-get! got "not a ring"))
      (let ([bv (make-bytevector got)])
        (do ([i 0 (+ i 1)]) ((= i got)) (bytevector-u8-set! bv i (foreign-ref 'unsigned-8 p i)))
        (foreign-free p)
        bv)))
  (define (ring-count b) (check/text 'ring-count "not a ring" ((yuni 'yuni_ring_count) (ring-addr 'ring-count b))))

  ;; ---- NCCC modules ----
  ;; functions: ((name . nccc-function) ...); wide: ((name . address) ...)
  ;; for exports whose signature has more than 32 types, which the library
  ;; cannot describe: they do not hide the others, nccc-module-ref names
  ;; them in an etoobig error and nccc-module-address gives their address.
  (define-record-type nccc-module (parent owned) (fields name functions wide))
  (define (nccc-module-open path)
    (let* ([h (call-with-c-string path (lambda (p) (out-handle 'nccc-module-open (yuni 'yuni_module_open) p)))]
           [n ((yuni 'yuni_module_count) h)]
           [name-cell (zeroed 8)] [fn-cell (zeroed 8)] [sig (zeroed 40)]
           [read-name (lambda () (string->symbol (c-string->string (foreign-ref 'uptr name-cell 0))))])
      (let loop ([i 0] [fns '()] [wide '()])
        (if (= i n)
            (begin
              (for-each foreign-free (list name-cell fn-cell sig))
              (own! (make-nccc-module h (yuni 'yuni_module_close)
                                      (string->symbol (c-string->string ((yuni 'yuni_module_name) h))) fns wide)))
            (let ([st ((yuni 'yuni_module_export) h i name-cell fn-cell sig)])
              (if (= st -9)
                  (begin
                    (check 'nccc-module-open ((yuni 'yuni_module_export) h i name-cell fn-cell 0))
                    (loop (+ i 1) fns (cons (cons (read-name) (foreign-ref 'uptr fn-cell 0)) wide)))
                  (begin
                    (check 'nccc-module-open st)
                    (let* ([argc (foreign-ref 'integer-32 sig 0)] [retc (foreign-ref 'integer-32 sig 4)]
                           [types (let t ([k 0]) (if (= k (+ argc retc)) '()
                                                     (cons (vector-ref nccc-type-names (foreign-ref 'unsigned-8 sig (+ 8 k))) (t (+ k 1)))))]
                           [name (read-name)])
                      (loop (+ i 1)
                            (cons (cons name (make-nccc-function name (foreign-ref 'uptr fn-cell 0)
                                                                 (list-head types argc) (list-tail types argc)))
                                  fns)
                            wide)))))))))
  (define (nccc-module-close! m) (check 'nccc-module-close! (close-owned! m)) (void))
  (define (nccc-module-exports m) (map car (nccc-module-functions m)))
  (define (nccc-module-ref m name)
    (live 'nccc-module-ref m)
    (cond [(assq name (nccc-module-functions m)) => cdr]
          [(assq name (nccc-module-wide m))
           (raise-yuni 'nccc-module-ref -9
                       (format "~a's signature has more than 32 types; use nccc-module-address and make-nccc-function" name))]
          [else (raise-yuni 'nccc-module-ref -5 (format "~a exports no ~a" (nccc-module-name m) name))]))
  ;; The address of the export `name` (any export, described or not).
  (define (nccc-module-address m name)
    (live 'nccc-module-address m)
    (cond [(assq name (nccc-module-functions m)) => (lambda (p) (nccc-function-address (cdr p)))]
          [(assq name (nccc-module-wide m)) => cdr]
          [else (raise-yuni 'nccc-module-address -5 (format "~a exports no ~a" (nccc-module-name m) name))])))
