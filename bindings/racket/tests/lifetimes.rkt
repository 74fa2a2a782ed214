#lang racket/base
;; Custodians and finalizers free what the binding holds, in the right order.
;;
;; Many rounds of (1 MiB locked heap + a periodic offload thread using it)
;; under a custodian that is then shut down, and more rounds whose objects
;; are only dropped (finalizers): VmLck and VmRSS from /proc/self/status
;; must come back to what they were.  A leak of one round is 1 MiB locked
;; (the heap) plus the thread's locked stacks, so the bounds below are a
;; small fraction of what even a few lost rounds would show.
;;
;; Then a close the library refuses (YUNI_EBUSY: a program closed from
;; inside its own entry) keeps the object: an explicit close raises and the
;; program still runs; a custodian's close is retried after a later close.
;;   YUNI_LIBRARY=out/lib/libyuni-offload.so racket lifetimes.rkt
(require racket/string "../main.rkt")

(define failures 0)
(define (check what ok?)
  (unless ok?
    (set! failures (add1 failures))
    (eprintf "FAIL: ~a\n" what)))

(define (status-kb field)
  (call-with-input-file "/proc/self/status"
    (λ (in)
      (for/first ([line (in-lines in)] #:when (string-prefix? line (string-append field ":")))
        (string->number (car (regexp-match #rx"[0-9]+" line)))))))

(define prog
  (offload-compile
   "(library (life) (export tick)
      (import (offload))
      (define-entry/rt (tick (state bytevector)) s64
        (let ((n (+ 1 (bytevector-s64-native-ref state 0))))
          (bytevector-s64-native-set! state 0 n)
          n)))"))

;; One round: a heap and a thread using it.  `finish?`: let the thread end
;; before its owner goes (a finished thread still holds its heap).
(define (round! finish?)
  (define hp (make-heap (* 1024 1024) #:lock 'optional))
  (define q (make-queue))
  (define done (make-chime q))
  (define state (heap-alloc hp 8))
  (native-set! state 'integer-64 0 0)
  (define t (offload-thread-start prog 'tick (list state) #:period-ms 1 #:max-runs (if finish? 2 1000000)
                                  #:done done))
  (when finish? (sync done))
  (values hp t))

(define (settle!)
  (for ([_ (in-range 3)]) (collect-garbage) (sync/timeout 0.01 never-evt)))

;; a warm-up round: code loaded, pools made, before the baseline
(let ([c (make-custodian)])
  (parameterize ([current-custodian c])
    (define-values (hp t) (round! #t))
    (check "a 1 MiB heap can be locked here" (hash-ref (heap-statistics hp) 'locked?)))
  (custodian-shutdown-all c))
(settle!)
(define lck0 (status-kb "VmLck"))
(define rss0 (status-kb "VmRSS"))

(define ROUNDS 200)
(for ([i (in-range ROUNDS)])
  (define c (make-custodian))
  (parameterize ([current-custodian c]) (round! (even? i)))
  (custodian-shutdown-all c))
(settle!)
(define lck1 (status-kb "VmLck"))
(define rss1 (status-kb "VmRSS"))
(printf "custodian rounds: ~a; VmLck ~a -> ~a kB; VmRSS ~a -> ~a kB\n" ROUNDS lck0 lck1 rss0 rss1)
(check "custodian shutdown frees locked memory" (< (- lck1 lck0) 2048))
(check "custodian shutdown frees memory" (< (- rss1 rss0) (* 64 1024)))

;; Finalizers: the objects are dropped, never closed.
(define FINALIZED 50)
(for ([i (in-range FINALIZED)])
  (round! (even? i))
  (when (zero? (modulo i 5)) (settle!)))
(let loop ([tries 0])
  (settle!)
  (when (and (< tries 50) (> (- (status-kb "VmLck") lck0) 2048)) (loop (add1 tries))))
(define lck2 (status-kb "VmLck"))
(define rss2 (status-kb "VmRSS"))
(printf "finalizer rounds: ~a; VmLck ~a -> ~a kB; VmRSS ~a -> ~a kB\n" FINALIZED lck0 lck2 rss0 rss2)
(check "finalizers free locked memory" (< (- lck2 lck0) 2048))
(check "finalizers free memory" (< (- rss2 rss0) (* 64 1024)))

;; ---- a refused close keeps the object ----
(define (ebusy? e) (and (exn:fail:yuni? e) (eq? 'ebusy (status-name (exn:fail:yuni-status e)))))
(define closer-src
  "(library (closer) (export run)
     (import (offload))
     (define-import (close-me) s64)
     (define-entry (run) s64 (+ 1 (close-me))))")

;; an explicit close from inside the program's own entry: raised, kept
(define p1 (offload-compile closer-src))
(offload-grant! p1 'close-me (λ () (program-close! p1) 0))
(define run1 (offload-entry p1 'run))
(check "an explicit close the library refuses raises ebusy"
       (with-handlers ([ebusy? (λ (e) #t)]) (run1) #f))
(offload-grant! p1 'close-me (λ () 41))
(check "the refused program still runs" (= 42 (run1)))
(program-close! p1)
(check "and closes later" (with-handlers ([exn:fail:yuni? (λ (e) #t)]) (run1) #f))

;; a custodian's close, refused: kept, then retried after a later close
(define c2 (make-custodian))
(define p2 (parameterize ([current-custodian c2]) (offload-compile closer-src)))
(offload-grant! p2 'close-me (λ () (custodian-shutdown-all c2) 0))
(define run2 (offload-entry p2 'run))
(check "an entry whose custodian is shut down inside it returns" (= 1 (run2)))
(offload-grant! p2 'close-me (λ () 1))
(check "the program its custodian could not close is kept" (= 2 (run2)))
(queue-close! (make-queue)) ; any later close retries the refused one
(check "and is closed once a later close succeeds" (with-handlers ([exn:fail:yuni? (λ (e) #t)]) (run2) #f))

;; ---- dependents first, whatever closes first ----
(let ()
  (define c (make-custodian))
  (define-values (hp t) (parameterize ([current-custodian c]) (round! #f)))
  (heap-close! hp)
  (check "closing a heap closes its thread first"
         (with-handlers ([exn:fail:yuni? (λ (e) #t)]) (offload-thread-statistics t) #f))
  (custodian-shutdown-all c))
(let ()
  (define hp2 (make-heap 65536))
  (define hp3 (make-heap 65536))
  (define a (heap-alloc hp2 8))
  (define b (heap-alloc hp3 8))
  (define p (offload-compile "(library (two) (export f) (import (offload))
                                (define-entry/rt (f (a bytevector) (b bytevector)) s64
                                  (bytevector-s64-native-set! b 0 (bytevector-s64-native-ref a 0)) 0))"))
  (define t (offload-thread-start p 'f (list a b) #:period-ms 1))
  (heap-close! hp3)
  (check "a thread is a dependent of every heap its arguments live in"
         (with-handlers ([exn:fail:yuni? (λ (e) #t)]) (offload-thread-statistics t) #f))
  (heap-close! hp2)
  (program-close! p))

(cond
  [(zero? failures) (printf "racket lifetimes: OK\n")]
  [else (eprintf "racket lifetimes: ~a failures\n" failures) (exit 1)])
