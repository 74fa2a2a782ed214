#lang racket/base
;; Event queues and chimes as Racket events.
;;
;; A queue's epoll fd joins Racket's scheduler through unsafe-fd->evt; a
;; pump thread (started with the queue, under its custodian) drains the
;; queue without blocking and posts each source's semaphore.  So a chime is
;; an evt: (sync c) returns c once it has rung since the last sync — rings
;; coalesce, as in the library, and a ring is never lost.  Timers, signals
;; and channels are evts the same way; their sync result is a count.
(require ffi/unsafe/port ffi/unsafe/atomic racket/list
         "private/lib.rkt" "private/handle.rkt")
(provide queue? make-queue queue-close! queue-statistics
         queue-handle chime? make-chime chime-ring! chime-close! chime-handle chime-ringer
         source? queue-add-timer queue-add-signal source-remove!
         yuni-channel? make-yuni-channel yuni-channel-send! yuni-channel-receive yuni-channel-close!
         queue-watch! queue-unwatch!)

(define lib-queue-create (yuni 'yuni_queue_create))
(define lib-queue-destroy (yuni 'yuni_queue_destroy))
(define lib-queue-fd (yuni 'yuni_queue_fd))
(define lib-queue-wait (yuni 'yuni_queue_wait))
(define lib-queue-stats (yuni 'yuni_queue_stats))
(define lib-chime-create (yuni 'yuni_chime_create))
(define lib-chime-destroy (yuni 'yuni_chime_destroy))
(define lib-chime-ring (yuni 'yuni_chime_ring))
(define lib-add-timer (yuni 'yuni_queue_add_timer))
(define lib-add-signal (yuni 'yuni_queue_add_signal))
(define lib-source-remove (yuni 'yuni_source_remove))
(define lib-channel-create (yuni 'yuni_channel_create))
(define lib-channel-destroy (yuni 'yuni_channel_destroy))
(define lib-channel-send (yuni 'yuni_channel_send))
(define lib-yuni-channel-receive (yuni 'yuni_channel_receive))

;; watchers: library handle of the event's source -> watcher
(struct queue owned (fd events watchers [pump #:mutable]))

;; Something a queue event wakes: a semaphore posted at most once until
;; taken, and the value events add up (timer expirations, deliveries).
(struct watcher (sema [value #:mutable] on-event))

(define (deliver! w value)
  (start-atomic)
  (set-watcher-value! w (+ (watcher-value w) value))
  (semaphore-try-wait? (watcher-sema w))
  (semaphore-post (watcher-sema w))
  (end-atomic)
  (when (watcher-on-event w) ((watcher-on-event w))))

;; Take what the watcher has collected: called after its semaphore was taken.
(define (take! w)
  (start-atomic)
  (define v (watcher-value w))
  (set-watcher-value! w 0)
  (semaphore-try-wait? (watcher-sema w)) ; a post that raced in is part of v
  (end-atomic)
  v)

(define MAX-EVENTS 64)

(define (make-queue)
  (define cell (zeroed 8))
  (check-status 'make-queue (λ () (lib-queue-create 0 cell)))
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (define events (raw-alloc (* 32 MAX-EVENTS)))
  (define fd (lib-queue-fd h))
  (define watchers (make-hash))
  (define q (own! (queue h (λ (h) (destroy-queue fd events h)) fd events watchers #f)))
  (set-queue-pump! q (thread (λ () (pump q))))
  q)

(define (destroy-queue fd events h)
  (unsafe-fd->evt fd 'remove) ; before the fd is closed by the library
  (define st (lib-queue-destroy h))
  (unless (= st EBUSY) (raw-free events))
  st)

(define (pump q)
  (define evt (unsafe-fd->evt (queue-fd q) 'read))
  (let loop ()
    (sync evt)
    (define h (owned-handle q))
    (unless (zero? h)
      (define n (lib-queue-wait h (queue-events q) MAX-EVENTS 0))
      (when (> n 0)
        (for ([i (in-range n)])
          (define base (* 32 i))
          (define source (raw-ref 'uptr (queue-events q) (+ base 24)))
          (define value (raw-ref 'integer-64 (queue-events q) (+ base 16)))
          (define w (hash-ref (queue-watchers q) source #f))
          (when w (deliver! w (max value 1)))))
      (loop))))

(define (queue-close! q)
  (when (queue-pump q) (kill-thread (queue-pump q)))
  (define st (close-owned! q))
  (when (< st 0) (raise-yuni 'queue-close! st)))

;; For bindings built on queues (async calls): wake `proc` when the library
;; source `handle` has an event.
(define (queue-watch! q handle on-event)
  (define w (watcher (make-semaphore 0) 0 on-event))
  (hash-set! (queue-watchers q) handle w)
  w)
(define (queue-unwatch! q handle) (hash-remove! (queue-watchers q) handle))

(define (queue-statistics q)
  (define out (zeroed 80))
  (check-status 'queue-statistics (λ () (lib-queue-stats (live-handle 'queue-statistics q) out)))
  (begin0
    (hasheq 'culture (c-string->string out)
            'chimes (raw-ref 'unsigned-32 out 40) 'sources (raw-ref 'unsigned-32 out 44)
            'waits (raw-ref 'unsigned-64 out 48) 'events (raw-ref 'unsigned-64 out 56)
            'kernel-wakes (raw-ref 'unsigned-64 out 64) 'empty-wakes (raw-ref 'unsigned-64 out 72))
    (raw-free out)))

;; ---- chimes ----
(struct chime owned (queue watcher tag)
  #:property prop:evt (λ (c) (wrap-evt (watcher-sema (chime-watcher c)) (λ (_) (take! (chime-watcher c)) c))))

(define (chime-handle c) (owned-handle c))

(define (make-chime q [tag 0])
  (define cell (zeroed 8))
  (check-status 'make-chime (λ () (lib-chime-create (live-handle 'make-chime q) tag cell)))
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (define w (queue-watch! q h #f))
  (own! (chime h (λ (h) (queue-unwatch! q h) (lib-chime-destroy h)) q w tag) #:depends-on (list q)))

;; A ring sets no error detail (it is async-signal-safe): the message says
;; what a refused ring means instead of whatever an earlier call left.
(define (chime-ring! c)
  (define st (lib-chime-ring (owned-handle c)))
  (unless (zero? st) (raise-yuni 'chime-ring! st "the chime was closed, or its queue")))

;; A procedure that rings the chime with no checks beyond the library's own:
;; a single foreign call (a few ns), for hot loops.  Returns the status.
(define (chime-ringer c)
  (define h (owned-handle c))
  (λ () (lib-chime-ring h)))

(define (chime-close! c)
  (define st (close-owned! c))
  (when (and (< st 0) (not (= st -2))) (raise-yuni 'chime-close! st)))

;; ---- timers and signals ----
(struct source owned (queue watcher)
  #:property prop:evt (λ (s) (wrap-evt (watcher-sema (source-watcher s)) (λ (_) (take! (source-watcher s))))))

(define (attach who q add)
  (define cell (zeroed 8))
  (check-status who (λ () (add (live-handle who q) cell)))
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (define w (queue-watch! q h #f))
  (own! (source h (λ (h) (queue-unwatch! q h) (lib-source-remove h)) q w) #:depends-on (list q)))

;; A timer: first after `first-ms`, then every `interval-ms` (0: once).
;; (sync timer) returns the expirations since the last sync.
(define (queue-add-timer q first-ms [interval-ms 0])
  (attach 'queue-add-timer q
          (λ (h cell) (lib-add-timer h (exact-round* (* first-ms 1e6)) (exact-round* (* interval-ms 1e6)) 0 cell))))
(define (exact-round* x) (inexact->exact (round x)))

;; A signal: (sync s) returns the deliveries since the last sync.
(define (queue-add-signal q signo)
  (attach 'queue-add-signal q (λ (h cell) (lib-add-signal h signo 0 cell))))

(define (source-remove! s)
  (define st (close-owned! s))
  (when (and (< st 0) (not (= st -2))) (raise-yuni 'source-remove! st)))

;; ---- channels ----
;; (sync ch) returns the messages waiting; yuni-channel-receive takes one.
(struct yuni-channel owned (queue watcher)
  #:property prop:evt (λ (s) (wrap-evt (watcher-sema (yuni-channel-watcher s)) (λ (_) (take! (yuni-channel-watcher s))))))

(define (make-yuni-channel q [capacity 65536])
  (define cell (zeroed 8))
  (check-status 'make-yuni-channel (λ () (lib-channel-create (live-handle 'make-yuni-channel q) 0 capacity cell)))
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (define w (queue-watch! q h #f))
  (own! (yuni-channel h (λ (h) (queue-unwatch! q h) (lib-channel-destroy h)) q w) #:depends-on (list q)))

(define (yuni-channel-send! ch bs)
  (define p (bytes->new-native bs))
  (dynamic-wind void
                (λ () (check-status 'yuni-channel-send! (λ () (lib-channel-send (live-handle 'yuni-channel-send! ch) p (bytes-length bs)))))
                (λ () (raw-free p)))
  (void))

;; The next message as bytes, or #f when none is waiting.
(define (yuni-channel-receive ch [capacity 4096])
  (define buf (raw-alloc capacity))
  (define len (zeroed 8))
  (define st (lib-yuni-channel-receive (live-handle 'yuni-channel-receive ch) buf capacity len))
  (define needed (raw-ref 'unsigned-64 len 0))
  (define result
    (cond
      [(= st 1) (native->bytes buf needed)]
      [(= st 0) #f]
      [else st]))
  (raw-free buf)
  (raw-free len)
  (cond
    [(eqv? result -9) (yuni-channel-receive ch needed)] ; too big for the buffer: it stays, read it again
    [(and (exact-integer? result) (< result 0)) (raise-yuni 'yuni-channel-receive result)]
    [else result]))

(define (yuni-channel-close! ch)
  (define st (close-owned! ch))
  (when (and (< st 0) (not (= st -2))) (raise-yuni 'yuni-channel-close! st)))

;; The library's handle, to pass a queue to an NCCC function (a ptr slot).
(define (queue-handle q) (live-handle 'queue-handle q))
