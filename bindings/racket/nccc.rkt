#lang racket/base
;; NCCC functions: void f(const nccv64* in, nccv64* out) with a signature,
;; callable as Racket procedures, synchronously on this thread or on a
;; VM's pool (async.rkt).  Values are converted by the signature's types:
;; integers must fit, pointers are integers, floats are flonums.
(require "private/lib.rkt")
(provide (struct-out nccc-function) nccc-type-names make-nccc-function
         nccc-marshal-in! nccc-unmarshal-out)

(define nccc-type-names '#(u32 u64 f32 f64 s32 s64 ptr uptr sptr u8 u16 s8 s16))
(define chez-type-of
  #hasheq((u32 . unsigned-32) (u64 . unsigned-64) (f32 . float) (f64 . double) (s32 . integer-32)
          (s64 . integer-64) (ptr . uptr) (uptr . uptr) (sptr . iptr) (u8 . unsigned-8)
          (u16 . unsigned-16) (s8 . integer-8) (s16 . integer-16)))
(define ranges
  #hasheq((u32 . (0 . 4294967295)) (u64 . (0 . 18446744073709551615)) (s32 . (-2147483648 . 2147483647))
          (s64 . (-9223372036854775808 . 9223372036854775807)) (ptr . (0 . 18446744073709551615))
          (uptr . (0 . 18446744073709551615)) (sptr . (-9223372036854775808 . 9223372036854775807))
          (u8 . (0 . 255)) (u16 . (0 . 65535)) (s8 . (-128 . 127)) (s16 . (-32768 . 32767))))

;; Check and store `args` into the nccv64 array at address `in`.
(define (nccc-marshal-in! who types args in)
  (unless (= (length types) (length args))
    (raise-arguments-error who "wrong number of arguments" "expected" (length types) "given" (length args)))
  (for ([t (in-list types)] [a (in-list args)] [k (in-naturals)])
    (raw-set! 'unsigned-64 in (* 8 k) 0)
    (case t
      [(f32 f64)
       (unless (real? a) (raise-argument-error who "real?" a))
       (raw-set! (hash-ref chez-type-of t) in (* 8 k) (real->double-flonum a))]
      [else
       (define r (hash-ref ranges t))
       (unless (and (exact-integer? a) (<= (car r) a (cdr r)))
         (raise-argument-error who (format "an exact integer that fits ~a" t) a))
       (raw-set! (hash-ref chez-type-of t) in (* 8 k) a)])))

(define (nccc-unmarshal-out types out)
  (for/list ([t (in-list types)] [k (in-naturals)])
    (raw-ref (hash-ref chez-type-of t) out (* 8 k))))

(define (call-sync f . args)
  (define types (nccc-function-arg-types f))
  (define rtypes (nccc-function-result-types f))
  (define in (raw-alloc (* 8 (max 1 (length types)))))
  (define out (raw-alloc (* 8 (max 1 (length rtypes)))))
  (dynamic-wind
   void
   (λ ()
     (nccc-marshal-in! (nccc-function-name f) types args in)
     ((nccc-function-caller f) in out)
     (apply values (nccc-unmarshal-out rtypes out)))
   (λ () (raw-free in) (raw-free out))))

;; address: the function; name: a symbol for messages; keep: what must stay
;; alive while the function can be called (its module).
(struct nccc-function (name address arg-types result-types caller keep)
  #:property prop:procedure call-sync)

(define (make-nccc-function name address arg-types result-types [keep #f])
  (for ([t (in-list (append arg-types result-types))])
    (unless (hash-ref chez-type-of t #f)
      (raise-argument-error 'make-nccc-function (format "one of ~a" nccc-type-names) t)))
  (when (zero? address) (raise-argument-error 'make-nccc-function "a non-NULL address" address))
  (nccc-function name address arg-types result-types
                 (fast-procedure address '(uptr uptr) 'void) keep))
