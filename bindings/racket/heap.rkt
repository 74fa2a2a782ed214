#lang racket/base
;; Native heaps (mlock'ed, TLSF) and blocks of native memory in them.
;; A block is a `native-bytes`: an address and a length, with bounds-checked
;; access, usable as a bytevector argument of an Offload entry and as a ring.
(require racket/contract/base "private/lib.rkt" "private/handle.rkt")
(provide heap? make-heap heap-close! heap-alloc heap-free! heap-statistics heap-check
         (struct-out native-bytes) native-bytes-live? make-native-bytes
         native-ref native-set! native-bytes->bytes bytes->native-bytes! native-fill!)

;; A heap's offload threads are its dependents (private/handle.rkt): every
;; close of the heap stops and destroys them first.
(struct heap owned ())
;; A block: `heap` is #f for memory the caller owns (make-native-bytes).
(struct native-bytes (heap address length [freed? #:mutable]))

(define (native-bytes-live? b)
  (and (not (native-bytes-freed? b))
       (or (not (native-bytes-heap b)) (not (zero? (owned-handle (native-bytes-heap b)))))))

(define lib-heap-create (yuni 'yuni_heap_create))
(define lib-heap-destroy (yuni 'yuni_heap_destroy))
(define lib-heap-alloc (yuni 'yuni_heap_alloc))
(define lib-heap-free (yuni 'yuni_heap_free))
(define lib-heap-stats (yuni 'yuni_heap_stats))
(define lib-heap-check (yuni 'yuni_heap_check))

(define flag-bits #hasheq((lock . 1) (lock-optional . 2) (poison . 4) (unsynchronized . 8)))

;; (make-heap bytes #:lock 'optional) — lock: #t (mlock or fail), 'optional, #f.
(define (make-heap bytes #:lock [lock 'optional] #:poison? [poison? #f])
  (unless (exact-positive-integer? bytes) (raise-argument-error 'make-heap "exact-positive-integer?" bytes))
  (define flags (+ (case lock [(#t) 1] [(optional) 2] [else 0]) (if poison? 4 0)))
  (define cell (zeroed 8))
  (check-status 'make-heap (λ () (lib-heap-create bytes flags cell)))
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (own! (heap h lib-heap-destroy)))

(define (heap-close! hp)
  (define st (close-owned! hp))
  (when (< st 0) (raise-yuni 'heap-close! st)))

(define (heap-alloc hp size [align 16])
  (define h (live-handle 'heap-alloc hp))
  (define p (lib-heap-alloc h size align))
  (when (zero? p) (raise-yuni 'heap-alloc -3 (format "no free block of ~a bytes" size)))
  (native-bytes hp p size #f))

(define (heap-free! b)
  (define hp (native-bytes-heap b))
  (unless hp (raise-argument-error 'heap-free! "a block from heap-alloc" b))
  (check-status 'heap-free! (λ () (lib-heap-free (live-handle 'heap-free! hp) (native-bytes-address b))))
  (set-native-bytes-freed?! b #t))

(define stat-fields
  '(total-bytes free-bytes largest-free used-bytes high-water allocs frees failures misuses))
(define (heap-statistics hp)
  (define out (zeroed 80))
  (check-status 'heap-statistics (λ () (lib-heap-stats (live-handle 'heap-statistics hp) out)))
  (define result
    (for/fold ([h (hasheq 'locked? (= 1 (raw-ref 'unsigned-32 out 72)))])
              ([f (in-list stat-fields)] [i (in-naturals)])
      (hash-set h f (raw-ref 'unsigned-64 out (* 8 i)))))
  (raw-free out)
  result)

(define (heap-check hp)
  (check-status 'heap-check (λ () (lib-heap-check (live-handle 'heap-check hp))))
  (void))

;; Memory the caller allocated (e.g. with malloc 'raw), described as a block.
(define (make-native-bytes address length) (native-bytes #f address length #f))

(define type-sizes
  #hasheq((unsigned-8 . 1) (integer-8 . 1) (unsigned-16 . 2) (integer-16 . 2) (unsigned-32 . 4)
          (integer-32 . 4) (unsigned-64 . 8) (integer-64 . 8) (float . 4) (double . 8)))
(define (checked who b type offset)
  (define size (hash-ref type-sizes type (λ () (raise-argument-error who "a native type symbol" type))))
  (unless (native-bytes-live? b) (raise-yuni who -2 "the block was freed or its heap closed"))
  (unless (and (exact-nonnegative-integer? offset) (<= (+ offset size) (native-bytes-length b)))
    (raise-range-error who "native-bytes" "offset " offset b 0 (- (native-bytes-length b) size)))
  (native-bytes-address b))
(define (native-ref b type offset) (raw-ref type (checked 'native-ref b type offset) offset))
;; Any real is stored in 'double and 'float (exact 0 included); integer
;; types take exact integers that fit.
(define (native-set! b type offset v)
  (define a (checked 'native-set! b type offset))
  (raw-set! type a offset
            (if (and (memq type '(double float)) (real? v) (not (flonum? v))) (real->double-flonum v) v)))

(define (native-bytes->bytes b [start 0] [end (native-bytes-length b)])
  (unless (<= 0 start end (native-bytes-length b)) (raise-range-error 'native-bytes->bytes "native-bytes" "end " end b start (native-bytes-length b)))
  (define a (checked 'native-bytes->bytes b 'unsigned-8 0))
  (native->bytes (+ a start) (- end start)))
(define (bytes->native-bytes! b bs [offset 0])
  (unless (<= (+ offset (bytes-length bs)) (native-bytes-length b))
    (raise-range-error 'bytes->native-bytes! "native-bytes" "offset " offset b 0 (- (native-bytes-length b) (bytes-length bs))))
  (define a (checked 'bytes->native-bytes! b 'unsigned-8 0))
  (bytes->native! (+ a offset) bs))
(define (native-fill! b v)
  (define a (checked 'native-fill! b 'unsigned-8 0))
  (unless (byte? v) (raise-argument-error 'native-fill! "byte?" v))
  (native-fill-bytes! a (native-bytes-length b) v))
