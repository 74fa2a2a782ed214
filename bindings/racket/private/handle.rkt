#lang racket/base
;; Library handles owned by Racket objects: freed by an explicit close, by
;; the custodian that was current when they were made (shutdown), or by a
;; finalizer when the object becomes unreachable — exactly once.
;;
;; Order: an object made with #:depends-on (an offload thread on its program
;; and heaps, a chime on its queue) is a dependent of each of those, and a
;; close — explicit, custodian or finalizer — closes the dependents first,
;; so the library never sees a heap destroyed under a thread that holds it.
;; Custodians and finalizers run in no particular order; this makes the
;; order theirs too.
;;
;; Refusal: a destroy the library refuses with YUNI_EBUSY changed nothing,
;; so the handle is put back (the object stays usable and closable).  A
;; refused explicit close raises; a refused custodian or finalizer close
;; keeps the object in `refused` and is retried after every later close
;; that succeeds (the close of whatever held it is what usually frees it).
(require ffi/unsafe ffi/unsafe/custodian ffi/unsafe/atomic "lib.rkt")
(provide (struct-out owned) own! close-owned! live-handle EBUSY)

(define EBUSY -14)

;; handle: the library's handle (an integer), 0 once closed (or closing).
;; closer: (handle -> status), the library's destroy; it must free nothing
;; of its own when the status is EBUSY.
;; dependents: a weak table of the objects that must close first; parents:
;; the objects this one is a dependent of.
(struct owned ([handle #:mutable] closer
               [registration #:auto #:mutable] [dependents #:auto #:mutable] [parents #:auto #:mutable])
  #:auto-value #f)

;; Objects whose custodian or finalizer close was refused, to retry.
(define refused (make-hasheq))

;; Register `obj` (an owned) with the current custodian and a finalizer, and
;; as a dependent of each live object in `depends-on`.
(define (own! obj #:depends-on [depends-on '()])
  (define parents (filter (λ (p) (and p (not (zero? (owned-handle p))))) depends-on))
  (set-owned-parents! obj parents)
  (for ([p (in-list parents)])
    (unless (owned-dependents p) (set-owned-dependents! p (make-weak-hasheq)))
    (hash-set! (owned-dependents p) obj #t))
  (set-owned-registration!
   obj (register-custodian-shutdown obj (λ (o) (close-owned! o 'custodian)) #:at-exit? #t #:weak? #t))
  (register-finalizer obj (λ (o) (close-owned! o 'finalizer)))
  obj)

(define (filter keep? xs) (for/list ([x (in-list xs)] #:when (keep? x)) x))

;; Close once; later closes are no-ops.  Returns the library's status (or 0).
(define (close-owned! obj [why 'close])
  (start-atomic)
  (define h (owned-handle obj))
  (set-owned-handle! obj 0)
  (end-atomic)
  (cond
    [(zero? h) 0]
    [else
     (define deps (owned-dependents obj))
     (when deps
       (for ([d (in-list (hash-keys deps))]) (close-owned! d why)))
     (define st ((owned-closer obj) h))
     (cond
       [(= st EBUSY)
        (set-owned-handle! obj h)
        (unless (eq? why 'close) (hash-set! refused obj #t))]
       [else
        (hash-remove! refused obj)
        (for ([p (in-list (or (owned-parents obj) '()))])
          (define pd (owned-dependents p))
          (when pd (hash-remove! pd obj)))
        (define reg (owned-registration obj))
        (when (and reg (eq? why 'close)) (unregister-custodian-shutdown obj reg))
        (retry-refused!)])
     st]))

(define retrying? #f)
(define (retry-refused!)
  (unless (or retrying? (zero? (hash-count refused)))
    (set! retrying? #t)
    (for ([o (in-list (hash-keys refused))])
      (hash-remove! refused o)
      (close-owned! o 'retry))
    (set! retrying? #f)))

;; The handle, or an exception naming `who` when the object was closed.
(define (live-handle who obj)
  (define h (owned-handle obj))
  (if (zero? h) (raise-yuni who -2 "the object was closed") h))
