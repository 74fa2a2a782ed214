#lang racket/base
;; A yuni_vm for a Racket place, and NCCC calls on its native pool.
;;
;; A Racket place runs on one OS thread, so a blocking foreign call stops
;; every Racket thread in it (the FFI's #:blocking? only lets other places
;; collect).  nccc-call-async runs the call on a pool thread of the VM and
;; completes through a chime: the calling Racket thread syncs on an evt and
;; the others keep running.  The VM's heartbeat takeover is for hosts that
;; can run on any OS thread; a Racket place cannot, so the VM is made
;; without a takeover entry.
(require "private/lib.rkt" "private/handle.rkt" "event.rkt" "nccc.rkt")
(provide vm? make-vm vm-close! vm-statistics nccc-call-async nccc-call/pool)

(define lib-vm-create (yuni 'yuni_vm_create))
(define lib-vm-destroy (yuni 'yuni_vm_destroy))
(define lib-vm-stats (yuni 'yuni_vm_stats))
(define lib-call-async (yuni 'yuni_nccc_call_async))

;; queue: completions arrive here; calls: the outstanding ones (kept alive).
(struct vm owned (queue calls))

(define (make-vm #:pool-max [pool-max 0] #:pool-min [pool-min 0])
  (define cfg (zeroed 40))
  (raw-set! 'unsigned-32 cfg 0 40)
  (raw-set! 'unsigned-32 cfg 4 2) ; YUNI_VM_NO_HEARTBEAT: no takeover without an entry
  (raw-set! 'unsigned-32 cfg 12 pool-max)
  (raw-set! 'unsigned-32 cfg 16 pool-min)
  (define cell (zeroed 8))
  (dynamic-wind void
                (λ () (check-status 'make-vm (λ () (lib-vm-create cfg cell))))
                (λ () (raw-free cfg)))
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (define q (make-queue))
  (define calls (make-hasheq))
  ;; The VM is its queue's dependent: whichever closes first, the VM goes
  ;; (waiting for its calls) before the queue their completions ring.
  (own! (vm h (λ (h) (destroy-vm h q calls)) q calls) #:depends-on (list q)))

;; Destroy waits for the calls the pool accepted; their memory goes after.
(define (destroy-vm h q calls)
  (define st (lib-vm-destroy h))
  (unless (= st EBUSY)
    (for ([free! (in-list (hash-values calls))]) (free!))
    (hash-clear! calls)
    (queue-close! q))
  st)

(define (vm-close! v)
  (define st (close-owned! v))
  (when (< st 0) (raise-yuni 'vm-close! st)))

(define stat-fields
  '(handoffs slow-owns takeovers yields switched heartbeat-ticks heartbeat-wakeups bound-calls
    thread-exit-recoveries async-calls))
(define (vm-statistics v)
  (define out (zeroed 112))
  (check-status 'vm-statistics (λ () (lib-vm-stats (live-handle 'vm-statistics v) out)))
  (begin0
    (for/fold ([h (hasheq 'threads (raw-ref 'unsigned-32 out 80) 'pool-threads (raw-ref 'unsigned-32 out 84)
                          'pool-idle (raw-ref 'unsigned-32 out 88) 'waiters (raw-ref 'unsigned-32 out 92))])
              ([f (in-list stat-fields)] [i (in-naturals)])
      (hash-set h f (raw-ref 'unsigned-64 out (* 8 i))))
    (raw-free out)))

;; Run f on the VM's pool; the evt's sync result is f's results (as
;; values).  The arguments are checked and copied before the call starts.
(define (nccc-call-async v f . args)
  (define h (live-handle 'nccc-call-async v))
  (unless (nccc-function? f) (raise-argument-error 'nccc-call-async "nccc-function?" f))
  (define types (nccc-function-arg-types f))
  (define rtypes (nccc-function-result-types f))
  (define in (raw-alloc (* 8 (max 1 (length types)))))
  (define out (raw-alloc (* 8 (max 1 (length rtypes)))))
  (with-handlers ([(λ (e) #t) (λ (e) (raw-free in) (raw-free out) (raise e))])
    (nccc-marshal-in! 'nccc-call-async types args in))
  (define done (make-chime (vm-queue v)))
  (define finished (make-semaphore 0))
  (define results #f)
  (define key (gensym))
  (define (free!) (raw-free in) (raw-free out))
  (define w (queue-watch! (vm-queue v) (chime-handle done)
                          (λ ()
                            (unless results
                              (set! results (nccc-unmarshal-out rtypes out))
                              (hash-remove! (vm-calls v) key)
                              (free!)
                              (chime-close! done)
                              (semaphore-post finished)))))
  (hash-set! (vm-calls v) key free!)
  (define st (lib-call-async h (nccc-function-address f) in out (chime-handle done)))
  (when (< st 0)
    (hash-remove! (vm-calls v) key)
    (free!)
    (chime-close! done)
    (raise-yuni 'nccc-call-async st))
  (wrap-evt (semaphore-peek-evt finished) (λ (_) (apply values results))))

;; The same, waiting here: only this Racket thread waits.
(define (nccc-call/pool v f . args) (sync (apply nccc-call-async v f args)))
