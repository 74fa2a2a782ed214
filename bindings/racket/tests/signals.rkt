#lang racket/base
;; Racket collects SIGCHLD itself (it blocks it in its threads and waits for
;; it in one place): after requiring the package, and after using every
;; feature that asks for no signal, `system` and `subprocess-wait` must
;; still return, Racket's signal dispositions must be as before (but Go's
;; documented SIGSEGV, SIGBUS, SIGFPE and SIGURG), and so must its thread's
;; mask.  The package is required before the first subprocess, as a
;; program that requires it at the top does.
;;   YUNI_LIBRARY=… YUNI_TEST_MODULE_DIR=… racket signals.rkt
(require racket/system racket/port racket/runtime-path ffi/unsafe)

(define failures 0)
(define (check what ok?)
  (unless ok?
    (set! failures (add1 failures))
    (eprintf "FAIL: ~a\n" what)))

;; The thunk's value, or 'timeout after 20 s (a lost SIGCHLD hangs forever).
(define (within-20s thunk)
  (define ch (make-channel))
  (define t (thread (λ () (channel-put ch (thunk)))))
  (or (sync/timeout 20 ch) (begin (kill-thread t) 'timeout)))

;; This process's ignored and caught signals, and this OS thread's mask, as
;; /proc shows them, without the bits Go's runtime keeps and glibc's own 32
;; and 33 (nccc.h, "Signals").
(define go-keeps (for/sum ([s '(7 8 11 23 32 33)]) (arithmetic-shift 1 (sub1 s))))
(define (field file name)
  (define m (regexp-match (pregexp (format "~a:[[:space:]]*([0-9a-f]+)" name)) (call-with-input-file file port->string)))
  (bitwise-and (string->number (cadr m) 16) (bitwise-not go-keeps)))
(define (signal-state)
  (list (field "/proc/self/status" "SigIgn") (field "/proc/self/status" "SigCgt")
        (field "/proc/thread-self/status" "SigBlk")))

(define (processes-work when)
  (for ([i (in-range 10)])
    (check (format "~a: system returns (~a)" when i) (eq? #t (within-20s (λ () (system "true"))))))
  (for ([i (in-range 10)])
    (check (format "~a: subprocess-wait returns (~a)" when i)
           (eqv? 0 (within-20s
                    (λ ()
                      (define-values (p out in err) (subprocess #f #f #f (find-executable-path "true")))
                      (close-output-port in)
                      (subprocess-wait p)
                      (close-input-port out)
                      (close-input-port err)
                      (subprocess-status p)))))))

(define before (signal-state))
(define-runtime-path main "../main.rkt")
(define (lib name) (dynamic-require main name))
(void (lib 'yuni-version))
(check "requiring changes no disposition and no mask" (equal? (signal-state) before))
(processes-work "after requiring")
;; Racket installs its own SIGCHLD handler with its first subprocess.
(define after-first-subprocess (signal-state))

;; ---- every feature that asks for no signal ----
(define module-dir (getenv "YUNI_TEST_MODULE_DIR"))
(define help (ffi-lib (build-path module-dir "libyuni_hosthelp.so")))
(define block ((lib 'make-nccc-function) 'hosthelp_block (cast (ffi-obj-ref "hosthelp_block" help) _pointer _uintptr)
                                         '(s64 s64) '(s64)))
(define hp ((lib 'make-heap) (* 1024 1024)))
(define q ((lib 'make-queue)))
(define c ((lib 'make-chime) q))
((lib 'chime-ring!) c)
(check "a chime" (sync/timeout 10 c))
(define tm ((lib 'queue-add-timer) q 1 1))
(check "a timer" (sync/timeout 10 tm))
(define ch ((lib 'make-yuni-channel) q))
((lib 'yuni-channel-send!) ch #"x")
(check "a channel" (sync/timeout 10 ch))
(define vm ((lib 'make-vm)))
(check "a call on the pool" (equal? ((lib 'nccc-call/pool) vm block 20 1) 2))
(define prog ((lib 'offload-compile)
              "(library (t) (export twice tick) (import (offload))
                 (define-entry (twice (x s64)) s64 (* 2 x))
                 (define-entry/rt (tick (c chime)) s64 (chime! c) 0))"))
(check "an Offload entry" (= (((lib 'offload-entry) prog 'twice) 21) 42))
(define th ((lib 'offload-thread-start) prog 'tick (list c) #:period-ms 1 #:max-runs 20))
(check "an offload thread" (sync/timeout 10 c))
(define m ((lib 'nccc-module-open) (build-path module-dir "libnccc_yunitest.so")))
(check "an NCCC module" (= (((lib 'nccc-module-ref) m 'inc_s8) 1) 2))
(check "using every feature changes no disposition and no mask" (equal? (signal-state) after-first-subprocess))
(processes-work "after using every feature")
((lib 'offload-thread-close!) th)
((lib 'nccc-module-close!) m)
((lib 'vm-close!) vm)
((lib 'program-close!) prog)
((lib 'heap-close!) hp)
((lib 'queue-close!) q)
(processes-work "after closing everything")
(printf "racket signals: ~a\n" (if (zero? failures) "OK" (format "~a failed" failures)))
(exit (if (zero? failures) 0 1))
