#lang racket/base
;; Racket CS waits on a yuni queue the way a Racket program would: a Racket
;; thread syncs on (unsafe-fd->evt (yuni_queue_fd q) 'read) while
;;   1. a C pthread Racket never saw rings a chime, and Racket runs
;;      (collect-garbage) in a loop;
;;   2. an async NCCC call blocks a pool thread for 200 ms.
;; Another Racket thread counts the whole time: Racket's own scheduler must
;; keep running (its counter advances) while the waits and the call go on.
(require "harness.rkt" ffi/unsafe ffi/unsafe/port racket/list)


(define lib (ffi-lib (getenv "YUNI_LIBRARY")))
(define help (ffi-lib (build-path (getenv "YUNI_TEST_MODULE_DIR") "libyuni_hosthelp.so")))
(define-syntax-rule (defc name lib type) (define name (get-ffi-obj (symbol->string 'name) lib type)))

(defc yuni_queue_create lib (_fun _uint32 (out : (_ptr o _pointer)) -> (st : _int32) -> (values st out)))
(defc yuni_queue_destroy lib (_fun _pointer -> _int32))
(defc yuni_queue_fd lib (_fun _pointer -> _int32))
(defc yuni_queue_wait lib (_fun _pointer _pointer _int32 _int64 -> _int32))
(defc yuni_chime_create lib (_fun _pointer _uint64 (out : (_ptr o _pointer)) -> (st : _int32) -> (values st out)))
(defc yuni_vm_create lib (_fun _pointer (out : (_ptr o _pointer)) -> (st : _int32) -> (values st out)))
(defc yuni_vm_destroy lib (_fun _pointer -> _int32))
(defc yuni_nccc_call_async lib (_fun _pointer _pointer _pointer _pointer _pointer -> _int32))
(defc hosthelp_ringer_start help (_fun _pointer _int _int -> _int))
(defc hosthelp_ring_seq help (_fun -> _uint32))
(define hosthelp_block (ffi-obj-ref "hosthelp_block" help)) ; the function's address

;; yuni_event: {u32 type, u32 flags, u64 tag, s64 value, uptr source} = 32 bytes.
(define EVENT-SIZE 32)
(define MAX-EVENTS 16)
(define events (malloc (* EVENT-SIZE MAX-EVENTS) 'raw))
(define (event-type i) (ptr-ref events _uint32 'abs (* EVENT-SIZE i)))
(define (event-tag i) (ptr-ref events _uint64 'abs (+ (* EVENT-SIZE i) 8)))
(define YUNI_EVENT_CHIME 1)

;; Take what the queue has without blocking: the list of (type . tag).
(define (drain q)
  (define n (yuni_queue_wait q events MAX-EVENTS 0))
  (check "yuni_queue_wait succeeds" (>= n 0))
  (for/list ([i (in-range (max n 0))]) (cons (event-type i) (event-tag i))))

;; ---- the counter and the GC storm ----
(define counter 0)
(define counter-thread
  (thread (λ () (let loop () (set! counter (add1 counter)) (sleep 0.001) (loop)))))
(define gc-cycles 0)
(define gc-on #f)
(define gc-thread
  (thread (λ () (let loop ()
                  (when gc-on (collect-garbage) (set! gc-cycles (add1 gc-cycles)))
                  (sleep 0.002)
                  (loop)))))

(define-values (st q) (yuni_queue_create 0))
(check "queue created" (= st 0))
(define fd (yuni_queue_fd q))
(check "queue fd" (>= fd 0))
(define (queue-evt) (unsafe-fd->evt fd 'read))

;; ---- 1. a C pthread rings while Racket collects garbage ----
(define RINGS 200)
(define-values (st2 chime) (yuni_chime_create q 7))
(check "chime created" (= st2 0))
(set! gc-on #t)
(define counter-before-rings counter)
(check "ringer started" (= 0 (hosthelp_ringer_start chime RINGS 2000)))
;; Each event is followed by a read of the ringer's sequence: the last ring
;; must be followed by an event that sees all RINGS (no lost wake-up).
(define-values (chime-events syncs timeouts)
  (let loop ([acked 0] [events 0] [syncs 0])
    (cond
      [(= acked RINGS) (values events syncs 0)]
      [(not (sync/timeout 10 (queue-evt))) (values events syncs 1)]
      [else
       (define got (drain q))
       (define chimes (count (λ (e) (and (= (car e) YUNI_EVENT_CHIME) (= (cdr e) 7))) got))
       (loop (if (> chimes 0) (hosthelp_ring_seq) acked) (+ events chimes) (add1 syncs))])))
(set! gc-on #f)
(define counter-during-rings (- counter counter-before-rings))
(check "no sync timed out waiting for a chime" (= timeouts 0))
(check "chime events arrived" (> chime-events 0))
(check "the counter thread ran while Racket waited on the queue fd" (> counter-during-rings 0))
(check "collect-garbage ran during the rings" (> gc-cycles 0))
(check "nothing left on the queue" (null? (drain q)))
(printf "racket_chime_rings: ~a\n" RINGS)
(printf "racket_chime_events: ~a\n" chime-events)
(printf "racket_fd_syncs: ~a\n" syncs)
(printf "racket_gc_cycles_during_rings: ~a\n" gc-cycles)
(printf "racket_counter_ticks_during_rings: ~a\n" counter-during-rings)

;; ---- 2. an async call blocks a pool thread for 200 ms ----
(define-values (st3 vm) (yuni_vm_create #f))
(check "vm created" (= st3 0))
(define-values (st4 done) (yuni_chime_create q 99))
(check "done chime created" (= st4 0))
(define in (malloc 16 'raw))
(define out (malloc 8 'raw))
(ptr-set! in _int64 0 200)
(ptr-set! in _int64 1 41)
(ptr-set! out _int64 0 0)
(define counter-before-call counter)
(define t0 (current-inexact-milliseconds))
(check "async call accepted" (= 0 (yuni_nccc_call_async vm hosthelp_block in out done)))
(define returned-at-once-ms (- (current-inexact-milliseconds) t0))
(define completion
  (let loop ()
    (cond
      [(not (sync/timeout 10 (queue-evt))) 'timeout]
      [(assoc YUNI_EVENT_CHIME (filter (λ (e) (= (cdr e) 99)) (drain q))) 'done]
      [else (loop)])))
(define call-ms (- (current-inexact-milliseconds) t0))
(define counter-during-call (- counter counter-before-call))
(check "the async call completed with its chime" (eq? completion 'done))
(check "the async call's result" (= (ptr-ref out _int64 0) 42))
(check "the counter thread ran during the blocking call" (> counter-during-call 0))
(printf "racket_async_call_ms: ~a\n" (round call-ms))
(printf "racket_async_submit_ms: ~a\n" (/ (round (* 1000 returned-at-once-ms)) 1000.0))
(printf "racket_counter_ticks_during_async_call: ~a\n" counter-during-call)

(check "vm destroyed" (= 0 (yuni_vm_destroy vm)))
(check "queue destroyed" (= 0 (yuni_queue_destroy q)))
(kill-thread counter-thread)
(kill-thread gc-thread)
(free in)
(free out)
(free events)
(finish "racket queue")
