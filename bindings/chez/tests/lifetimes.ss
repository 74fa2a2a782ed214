;; The guardian frees what the binding holds, in the right order.
;;
;; Many rounds of (1 MiB locked heap + a periodic offload thread using it)
;; whose objects are only dropped: the guardian hands them back in no
;; particular order, and VmLck and VmRSS from /proc/self/status must come
;; back to what they were (one lost round is 1 MiB locked plus the thread's
;; locked stacks).  Explicit closes in the wrong order (the heap first) and
;; a close the library refuses (YUNI_EBUSY: a program closed from inside its
;; own entry, which raises and keeps the program) complete the picture.
;;   YUNI_LIBRARY=… scheme --libdirs bindings/chez --script lifetimes.ss
(import (chezscheme) (yuni-offload))

(define failures 0)
(define (check what ok?)
  (unless ok? (set! failures (+ failures 1)) (fprintf (current-error-port) "FAIL: ~a\n" what)))

(define (status-kb field)
  (let ([in (open-input-file "/proc/self/status")] [prefix (string-append field ":")])
    (let loop ()
      (let ([line (get-line in)])
        (cond
          [(eof-object? line) (close-port in) #f]
          [(and (>= (string-length line) (string-length prefix))
                (string=? prefix (substring line 0 (string-length prefix))))
           (close-port in)
           (let ([digits (list->string (filter char-numeric? (string->list line)))])
             (string->number digits))]
          [else (loop)])))))

(define prog
  (offload-compile
   "(library (life) (export tick)
      (import (offload))
      (define-entry/rt (tick (state bytevector)) s64
        (let ((n (+ 1 (bytevector-s64-native-ref state 0))))
          (bytevector-s64-native-set! state 0 n)
          n)))"))

;; One round, dropped: a heap and a thread using it; `finish?` lets the
;; thread end first (a finished thread still holds its heap).
(define (round! finish?)
  (let* ([hp (make-heap (* 1024 1024))] [q (make-queue)] [done (make-chime q 1)] [state (heap-alloc hp 8)])
    (native-set! state 'integer-64 0 0)
    (let ([t (offload-thread-start prog 'tick (list state) '(period-ms . 1)
                                   (cons 'max-runs (if finish? 2 1000000)) (cons 'done done))])
      (when finish? (queue-wait q 10000))
      (list hp t))))

(define (settle!)
  (do ([i 0 (+ i 1)]) ((= i 3)) (collect (collect-maximum-generation)) (yuni-collect!)))

(let ([r (round! #t)])
  (check "a 1 MiB heap can be locked here" (= 1 (cdr (assq 'locked (heap-statistics (car r))))))
  (offload-thread-close! (cadr r))
  (heap-close! (car r)))
(settle!)
(define lck0 (status-kb "VmLck"))
(define rss0 (status-kb "VmRSS"))

(define ROUNDS 100)
(do ([i 0 (+ i 1)]) ((= i ROUNDS))
  (round! (even? i))
  (when (= 0 (modulo i 4)) (settle!)))
(let loop ([tries 0])
  (settle!)
  (when (and (< tries 20) (> (- (status-kb "VmLck") lck0) 2048)) (loop (+ tries 1))))
(define lck1 (status-kb "VmLck"))
(define rss1 (status-kb "VmRSS"))
(printf "guardian rounds: ~a; VmLck ~a -> ~a kB; VmRSS ~a -> ~a kB\n" ROUNDS lck0 lck1 rss0 rss1)
(check "the guardian frees locked memory" (< (- lck1 lck0) 2048))
(check "the guardian frees memory" (< (- rss1 rss0) (* 64 1024)))

;; explicit closes, the heap first: its thread goes before it
(let* ([r (round! #f)] [hp (car r)] [t (cadr r)])
  (heap-close! hp)
  (check "closing a heap closes its thread first"
         (guard (e [(yuni-error? e) (eq? 'ebadhandle (yuni-status-name (yuni-error-status e)))])
           (offload-thread-statistics t) #f)))
(settle!)
(check "no memory left locked by it" (< (- (status-kb "VmLck") lck0) 2048))

;; a refused close keeps the program
(define p1 (offload-compile "(library (closer) (export run) (import (offload))
                               (define-import (close-me) s64)
                               (define-entry (run) s64 (+ 1 (close-me))))"))
(define run1 (offload-entry p1 'run))
(offload-grant! p1 'close-me (lambda () (program-close! p1) 0))
(check "a close the library refuses raises ebusy"
       (guard (e [(yuni-error? e) (eq? 'ebusy (yuni-status-name (yuni-error-status e)))]) (run1) #f))
(offload-grant! p1 'close-me (lambda () 41))
(check "the refused program still runs" (= 42 (run1)))
(program-close! p1)
(check "and closes later" (guard (e [(yuni-error? e) #t]) (run1) #f))

(if (= failures 0)
    (printf "chez lifetimes: OK\n")
    (begin (printf "chez lifetimes: ~a failures\n" failures) (exit 1)))
