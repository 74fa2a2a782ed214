;; After loading (yuni-offload), and after using every feature that asks for
;; no signal, Chez's `system` and `process` still work, and their children
;; start with the signals the host gave them (here SIGPIPE ignored, which a
;; child inherits across exec only if it is still SIG_IGN, not a handler).
;; The process's own dispositions (but Go's documented SIGSEGV, SIGBUS,
;; SIGFPE and SIGURG, and glibc's 32 and 33) and its thread's mask stay too.
;;   YUNI_LIBRARY=… YUNI_TEST_MODULE_DIR=… scheme --libdirs bindings/chez --script signals.ss
(import (chezscheme))

(define failures 0)
(define (check what ok?)
  (unless ok?
    (set! failures (+ failures 1))
    (fprintf (current-error-port) "FAIL: ~a\n" what)))

(define libc-signal (begin (load-shared-object "libc.so.6") (foreign-procedure "signal" (int uptr) uptr)))
(libc-signal 13 1) ; SIGPIPE: SIG_IGN, as many hosts have it

(define (read-all port)
  (let loop ([acc '()])
    (let ([c (read-char port)]) (if (eof-object? c) (list->string (reverse acc)) (loop (cons c acc))))))
;; the lines of `file` that start with one of `names`, as one string
(define (fields file names)
  (let ([text (call-with-input-file file read-all)])
    (let loop ([lines (let split ([s text] [acc '()] [cur '()])
                        (cond [(string=? s "") (reverse (if (null? cur) acc (cons (list->string (reverse cur)) acc)))]
                              [(char=? (string-ref s 0) #\newline)
                               (split (substring s 1 (string-length s)) (cons (list->string (reverse cur)) acc) '())]
                              [else (split (substring s 1 (string-length s)) acc (cons (string-ref s 0) cur))]))]
               [out ""])
      (if (null? lines)
          out
          (loop (cdr lines)
                (if (exists (lambda (n) (and (>= (string-length (car lines)) (string-length n))
                                             (string=? n (substring (car lines) 0 (string-length n)))))
                            names)
                    (string-append out (car lines) ";")
                    out))))))
;; SigCgt without the bits Go's runtime keeps (7 8 11 23) and glibc's 32, 33
(define keep-mask (fold-left + 0 (map (lambda (s) (expt 2 (- s 1))) '(7 8 11 23 32 33))))
(define (masked-caught)
  (let* ([text (fields "/proc/self/status" '("SigCgt:"))]
         [hex (list->string (filter (lambda (c) (or (char-numeric? c) (memv c '(#\a #\b #\c #\d #\e #\f))))
                                    (string->list (substring text 7 (string-length text)))))])
    (logand (string->number hex 16) (lognot keep-mask))))
(define (state)
  (list (fields "/proc/self/status" '("SigIgn:")) (masked-caught) (fields "/proc/thread-self/status" '("SigBlk:"))))
;; what a child started by `system` and by `process` begins with
(define (child-via-system)
  (let ([tmp (format "/tmp/yuni-signals-~a" (random 1000000000))])
    (let ([st (system (format "grep -E '^Sig(Ign|Blk):' /proc/self/status > ~a" tmp))])
      (let ([text (call-with-input-file tmp read-all)])
        (delete-file tmp)
        (and (= st 0) text)))))
(define (child-via-process)
  (let* ([p (process "grep -E '^Sig(Ign|Blk):' /proc/self/status")] [text (read-all (car p))])
    (close-port (car p))
    (close-port (cadr p))
    text))

(define before (state))
(define child-before (child-via-system))
(define process-child-before (child-via-process))

(define lib (environment '(chezscheme) '(yuni-offload)))
(define (lib-ref name) (eval name lib))
(check "loading keeps the dispositions and the mask" (equal? (state) before))
(check "a child of system after loading" (equal? (child-via-system) child-before))
(check "a child of process after loading" (equal? (child-via-process) process-child-before))

;; every feature that asks for no signal
(define module-dir (getenv "YUNI_TEST_MODULE_DIR"))
(load-shared-object (string-append module-dir "/libyuni_hosthelp.so"))
(define block ((lib-ref 'make-nccc-function) 'hosthelp_block (foreign-entry "hosthelp_block") '(s64 s64) '(s64)))
(define hp ((lib-ref 'make-heap) (* 1024 1024)))
(define q ((lib-ref 'make-queue)))
(define c ((lib-ref 'make-chime) q 1))
((lib-ref 'chime-ring!) c)
(check "a chime" (pair? ((lib-ref 'queue-wait) q 5000)))
(define tm ((lib-ref 'queue-add-timer) q 1 1 2))
(check "a timer" (pair? ((lib-ref 'queue-wait) q 5000)))
(define vm ((lib-ref 'make-vm)))
(check "a pool call" (= ((lib-ref 'nccc-call/pool) vm block 20 1) 2))
(define prog ((lib-ref 'offload-compile)
              "(library (t) (export twice tick) (import (offload)) (define-entry (twice (x s64)) s64 (* 2 x)) (define-entry/rt (tick (x s64)) s64 (+ x 1)))"))
(check "an Offload entry" (= (((lib-ref 'offload-entry) prog 'twice) 21) 42))
(define th ((lib-ref 'offload-thread-start) prog 'tick '(1) '(period-ms . 1) '(max-runs . 20)))
(define m ((lib-ref 'nccc-module-open) (string-append module-dir "/libnccc_yunitest.so")))
(check "a module function" (= ((lib-ref 'nccc-call) ((lib-ref 'nccc-module-ref) m 'inc_s8) 1) 2))
(check "every feature keeps the dispositions and the mask" (equal? (state) before))
(check "a child of system after every feature" (equal? (child-via-system) child-before))
(check "a child of process after every feature" (equal? (child-via-process) process-child-before))
((lib-ref 'offload-thread-close!) th)
((lib-ref 'nccc-module-close!) m)
((lib-ref 'vm-close!) vm)
((lib-ref 'program-close!) prog)
((lib-ref 'source-remove!) tm)
((lib-ref 'queue-close!) q)
((lib-ref 'heap-close!) hp)
(printf "chez signals: ~a\n" (if (= failures 0) "OK" (format "~a failed" failures)))
(exit (if (= failures 0) 0 1))
