#lang racket/base
;; Loading libyuni-offload and turning its exports into Racket procedures.
;;
;; Nothing here is written by hand per function: the library's own NCCC
;; module table (lib_yuni_offload_dispatch_ncccv0, ops 1, 2 and 6) gives
;; every export's name and types, and each export becomes a Chez
;; `foreign-procedure` (through ffi/unsafe/vm), which costs a few ns per
;; call instead of `_fun`'s tens.  Pointers and handles travel as integers.
;;
;; Two ways to call, chosen when the library loads:
;;   direct (default)  the C function found by name in the shared object;
;;   nccc              the export's NCCC stub from the module table, with
;;                     arguments in an nccv64 array — the way yuni's loader
;;                     calls any NCCC module.  YUNI_OFFLOAD_CALLS=nccc
;;                     selects it; the test suites run both.
(require ffi/unsafe ffi/unsafe/vm ffi/unsafe/atomic racket/string)
(provide yuni yuni-protocol yuni-library-path yuni-exports
         (struct-out exn:fail:yuni) raise-yuni check-status status-name
         c-string->string call-with-c-string native->bytes bytes->native! bytes->new-native native-fill-bytes!
         raw-alloc raw-free raw-ref raw-set! zeroed
         foreign-address fast-procedure)

(define yuni-library-path
  (or (getenv "YUNI_OFFLOAD_LIBRARY") (getenv "YUNI_LIBRARY") "libyuni-offload.so.0"))
;; A bare soname is searched the dynamic loader's way (LD_LIBRARY_PATH,
;; ld.so.cache); a path is loaded as given.
(define the-lib
  (if (regexp-match? #rx"/" yuni-library-path)
      (ffi-lib yuni-library-path)
      (ffi-lib "libyuni-offload" '("0" #f))))

(define yuni-protocol
  (if (equal? (getenv "YUNI_OFFLOAD_CALLS") "nccc") 'nccc 'direct))

;; ---- raw memory through Chez, on integers ----
(define raw-alloc (vm-eval '(lambda (n) (foreign-alloc n))))
(define raw-free (vm-eval '(lambda (p) (foreign-free p))))
(define raw-ref (vm-eval '(lambda (type p offset) (foreign-ref type p offset))))
(define raw-set! (vm-eval '(lambda (type p offset v) (foreign-set! type p offset v))))
(define (zeroed n)
  (define p (raw-alloc (max n 8)))
  (for ([i (in-range 0 (max n 8) 8)]) (raw-set! 'unsigned-64 p i 0))
  p)

(define (foreign-address name)
  (cast (ffi-obj-ref name the-lib) _pointer _uintptr))

;; A Chez foreign-procedure for the C function at `address`.
(define (fast-procedure address arg-types result-type)
  (vm-eval `(foreign-procedure ,address ,arg-types ,result-type)))

(define (libc name) (cast (ffi-obj-ref name #f) _pointer _uintptr))
(define strlen (fast-procedure (libc "strlen") '(uptr) 'size_t))
;; Copies between Racket bytes and native memory, one memcpy each (a bytes
;; object cannot move during a foreign call that does not call back).
(define memcpy-to-bytes (fast-procedure (libc "memcpy") '(u8* uptr size_t) 'void))
(define memcpy-to-native (fast-procedure (libc "memcpy") '(uptr u8* size_t) 'void))
(define memset (fast-procedure (libc "memset") '(uptr int size_t) 'void))
(define (native->bytes address n)
  (define b (make-bytes n))
  (unless (zero? n) (memcpy-to-bytes b address n))
  b)
(define (bytes->native! address bs)
  (unless (zero? (bytes-length bs)) (memcpy-to-native address bs (bytes-length bs))))
;; A native copy of bs (at least one byte, so never a NULL allocation);
;; free it with raw-free.
(define (bytes->new-native bs)
  (define p (raw-alloc (max 1 (bytes-length bs))))
  (bytes->native! p bs)
  p)
(define (native-fill-bytes! address n byte) (memset address byte n))

(define (c-string->string address)
  (if (zero? address)
      ""
      (bytes->string/utf-8 (native->bytes address (strlen address)) #\?)))
(define (call-with-c-string s proc)
  (define p (bytes->new-native (bytes-append (if (bytes? s) s (string->bytes/utf-8 s)) #"\0")))
  (dynamic-wind void (λ () (proc p)) (λ () (raw-free p))))

;; ---- the module table ----
(define chez-types
  '#(unsigned-32 unsigned-64 float double integer-32 integer-64 uptr uptr iptr
     unsigned-8 unsigned-16 integer-8 integer-16))

(define dispatch
  (fast-procedure (foreign-address "lib_yuni_offload_dispatch_ncccv0") '(uptr uptr) 'void))

;; name -> (vector stub argc retc arg-types result-types)
(define yuni-exports
  (let ([in (zeroed 16)] [out (zeroed (* 8 (+ 3 64)))])
    (raw-set! 'integer-32 in 0 1)
    (dispatch in out)
    (define count (raw-ref 'integer-32 out 16))
    (define table
      (for/hash ([id (in-range count)])
        (raw-set! 'integer-32 in 0 2)
        (raw-set! 'integer-32 in 8 id)
        (dispatch in out)
        (unless (zero? (raw-ref 'integer-32 out 0))
          (error 'yuni-offload "the module table refused export ~a" id))
        (define name (c-string->string (raw-ref 'uptr out 16)))
        (define stub (raw-ref 'uptr out 40))
        (define argc (raw-ref 'integer-32 out 48))
        (define retc (raw-ref 'integer-32 out 56))
        (raw-set! 'integer-32 in 0 6)
        (dispatch in out)
        (define types (for/list ([k (in-range (+ argc retc))]) (raw-ref 'integer-32 out (* 8 (+ 3 k)))))
        (values (string->symbol name)
                (vector stub argc retc
                        (for/list ([t (in-list types)] [k (in-range argc)]) (vector-ref chez-types t))
                        (for/list ([t (list-tail types argc)]) (vector-ref chez-types t))))))
    (raw-free in)
    (raw-free out)
    table))

;; An NCCC stub wrapped so it takes and returns values like the C function:
;; arguments go into a per-call nccv64 array with interrupts disabled, so
;; Racket threads sharing the arrays cannot interleave.
(define make-stub-caller
  (vm-eval
   '(lambda (stub arg-types result-types)
      (let ([call (foreign-procedure stub (uptr uptr) void)]
            [in (foreign-alloc (* 8 (max 1 (length arg-types))))]
            [out (foreign-alloc (* 8 (max 1 (length result-types))))])
        (lambda args
          (with-interrupts-disabled
           (let loop ([k 0] [as args] [ts arg-types])
             (unless (null? ts)
               (foreign-set! 'unsigned-64 in (* 8 k) 0)
               (foreign-set! (car ts) in (* 8 k) (car as))
               (loop (+ k 1) (cdr as) (cdr ts))))
           (call in out)
           (if (null? result-types)
               (void)
               (foreign-ref (car result-types) out 0))))))))

(define procedures (make-hasheq))
;; The export `name` as a procedure (made once, then cached).
(define (yuni name)
  (or (hash-ref procedures name #f)
      (let* ([e (or (hash-ref yuni-exports name #f)
                    (error 'yuni-offload "~a is not an export of ~a" name yuni-library-path))]
             [args (vector-ref e 3)]
             [results (vector-ref e 4)]
             [p (if (eq? yuni-protocol 'nccc)
                    (make-stub-caller (vector-ref e 0) args results)
                    (fast-procedure (foreign-address (symbol->string name)) args
                                    (if (null? results) 'void (car results))))])
        (hash-set! procedures name p)
        p)))

;; ---- errors ----
(struct exn:fail:yuni exn:fail (status) #:transparent)

(define strerror (yuni 'yuni_strerror))
(define error-detail (yuni 'yuni_error_detail))
(define status-names
  #hash((-1 . einval) (-2 . ebadhandle) (-3 . enomem) (-4 . enoent) (-5 . enosym) (-6 . erange)
        (-7 . emodule) (-8 . eload) (-9 . etoobig) (-10 . estate) (-11 . einternal) (-12 . eperm)
        (-13 . ecorrupt) (-14 . ebusy) (-15 . ecompile) (-16 . etrap)))
(define (status-name st) (hash-ref status-names st 'unknown))

;; Raise the library's error for `status`, with the calling OS thread's
;; detail text (read before any other call can replace it).
(define (raise-yuni who status [detail (c-string->string (error-detail))])
  (raise (exn:fail:yuni
          (format "~a: ~a~a" who (c-string->string (strerror status))
                  (if (string=? detail "") "" (string-append ": " detail)))
          (current-continuation-marks)
          status)))

;; Call thunk (which returns a status); raise unless it is >= 0.  Atomic, so
;; no other Racket thread's failing call can replace the detail text first.
(define (check-status who thunk)
  (start-atomic)
  (define st (with-handlers ([(λ (e) #t) (λ (e) (end-atomic) (raise e))]) (thunk)))
  (cond
    [(and (exact-integer? st) (< st 0))
     (define detail (c-string->string (error-detail)))
     (end-atomic)
     (raise-yuni who st detail)]
    [else (end-atomic) st]))
