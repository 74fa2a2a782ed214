#lang racket/base
;; Run an Offload program's `;; run:` lines in Racket, as R6RS, with
;; bindings/scheme providing (offload); print one line per run in the same
;; format as run.ss (Chez) and offload_c/runspec.go (the interpreter).
;;   racket tests/offload/run-racket.rkt FILE...
;; With several files, each one's lines follow a line "== FILE".
;; Racket finds an R6RS library (a b) as collection a, file b.sls, so the
;; program and (offload) are copied into a scratch collection tree first.
(require racket/file racket/list racket/path racket/string racket/flonum racket/runtime-path
         (only-in rnrs/conditions-6 who-condition? condition-who message-condition? condition-message))

(define-runtime-path offload-source "../../bindings/scheme/offload.sls")
(define files (vector->list (current-command-line-arguments)))
(define tree (make-temporary-file "offload-racket-~a" 'directory))
(define (install! name source)
  (define target (apply build-path tree (append (map symbol->string (drop-right name 1))
                                                (list (string-append (symbol->string (last name)) ".sls")))))
  (make-directory* (path-only target))
  (copy-file source target #t))
(define (library-name file) (call-with-input-file file (λ (p) (read-language p (λ () #f)) (cadr (read p)))))
(define (module-path-of name) `(lib ,(string-append (string-join (map symbol->string name) "/") ".sls")))

(define (fnv1a bv)
  (for/fold ([h #xcbf29ce484222325]) ([b (in-bytes bv)])
    (modulo (* (bitwise-xor h b) #x100000001b3) (expt 2 64))))
(define (hex16 n)
  (define s (string-upcase (number->string n 16))) ; as Chez prints hex
  (string-append (make-string (- 16 (string-length s)) #\0) s))

;; (u8s N) (s32s N) (s64s N) (f64s N) (zeros N), as in run.ss and runspec.go
(define (make-arg spec)
  (cond
    [(pair? spec)
     (define n (cadr spec))
     (case (car spec)
       [(zeros) (make-bytes n 0)]
       [(u8s) (let ([bv (make-bytes n)]) (for ([i n]) (bytes-set! bv i (modulo (+ (* i 37) 11) 256))) bv)]
       [(s32s) (let ([bv (make-bytes (* 4 n))])
                 (for ([i n]) (integer->integer-bytes (- (modulo (* i 7919) 2001) 1000) 4 #t (system-big-endian?) bv (* 4 i)))
                 bv)]
       [(s64s) (let ([bv (make-bytes (* 8 n))])
                 (for ([i n]) (integer->integer-bytes (- (* i i 1000003) 5) 8 #t (system-big-endian?) bv (* 8 i)))
                 bv)]
       [(f64s) (let ([bv (make-bytes (* 8 n))])
                 (for ([i n]) (real->floating-point-bytes (fl- (fl* (->fl (modulo i 17)) 0.1) 0.8) 8 (system-big-endian?) bv (* 8 i)))
                 bv)]
       [else (error 'run "unknown argument spec ~s" spec)])]
    [else spec]))

(define (show v)
  (cond
    [(eq? v 'void) "void"] ; what (offload) returns from a void entry
    [(boolean? v) (if v "#t" "#f")]
    [(exact-integer? v) (number->string v)]
    [(flonum? v)
     (if (not (= v v))
         "f64:nan"
         (string-append "f64:" (hex16 (integer-bytes->integer (real->floating-point-bytes v 8 #f) #f #f))))]
    [else (format "unexpected:~s" v)]))

(define (run module-path spec)
  (define proc (dynamic-require module-path (car spec)))
  (define args (map make-arg (cdr spec)))
  (define result
    (with-handlers ([(λ (c) (and (who-condition? c) (eq? (condition-who c) 'offload)))
                     (λ (c) (string-append "trap:" (condition-message c)))]
                    [message-condition? (λ (c) (string-append "error:" (condition-message c)))])
      (show (apply proc args))))
  (printf "~a => ~a" (car spec) result)
  (for ([a args] #:when (bytes? a)) (printf " bv:~a" (hex16 (fnv1a a))))
  (newline))

(install! '(offload main) offload-source)
(parameterize ([current-library-collection-paths (cons tree (current-library-collection-paths))]
               [use-compiled-file-paths '()])
  (for ([file (in-list files)])
    (define name (library-name file))
    (install! name file)
    (when (> (length files) 1) (printf "== ~a\n" file))
    (for ([line (in-lines (open-input-file file))])
      (when (string-prefix? line ";; run: ")
        (run (module-path-of name) (read (open-input-string (substring line 8))))))))
(delete-directory/files tree)
