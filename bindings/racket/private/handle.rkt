#lang racket/base
;; Library handles owned by Racket objects: freed by an explicit close, by
;; the custodian that was current when they were made (shutdown), or by a
;; finalizer when the object becomes unreachable — exactly once.
(require ffi/unsafe ffi/unsafe/custodian ffi/unsafe/atomic "lib.rkt")
(provide (struct-out owned) own! close-owned! live-handle)

;; handle: the library's handle (an integer), 0 once closed.
;; closer: (handle -> status), the library's destroy.
(struct owned ([handle #:mutable] closer [registration #:auto #:mutable]) #:auto-value #f)

;; Register `obj` (an owned) with the current custodian and a finalizer.
(define (own! obj)
  (set-owned-registration!
   obj (register-custodian-shutdown obj (λ (o) (close-owned! o 'custodian)) #:at-exit? #t #:weak? #t))
  (register-finalizer obj (λ (o) (close-owned! o 'finalizer)))
  obj)

;; Close once; later closes are no-ops.  Returns the library's status (or 0).
(define (close-owned! obj [why 'close])
  (start-atomic)
  (define h (owned-handle obj))
  (set-owned-handle! obj 0)
  (end-atomic)
  (cond
    [(zero? h) 0]
    [else
     (define reg (owned-registration obj))
     (when (and reg (eq? why 'close)) (unregister-custodian-shutdown obj reg))
     ((owned-closer obj) h)]))

;; The handle, or an exception naming `who` when the object was closed.
(define (live-handle who obj)
  (define h (owned-handle obj))
  (if (zero? h) (raise-yuni who -2 "the object was closed") h))
