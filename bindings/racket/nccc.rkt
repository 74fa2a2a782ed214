#lang racket/base
;; NCCC functions: void f(const nccv64* in, nccv64* out) with a signature,
;; callable as Racket procedures, synchronously on this thread or on a
;; VM's pool (async.rkt).  Values are converted by the signature's types:
;; integers must fit, pointers are integers, floats are flonums.
(require ffi/unsafe/vm "private/lib.rkt")
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

;; A synchronous call: the slots are immobile bytevectors (the function may
;; call back into Racket, and a collection must not move them), written
;; with Chez's bytevector primitives.
(define make-immobile-bytevector (vm-primitive 'make-immobile-bytevector))
(define-values (bv-setters bv-getters)
  (let ([prim vm-primitive])
    (values
     (hasheq 'u32 (prim 'bytevector-u32-native-set!) 'u64 (prim 'bytevector-u64-native-set!)
             'f32 (prim 'bytevector-ieee-single-native-set!) 'f64 (prim 'bytevector-ieee-double-native-set!)
             's32 (prim 'bytevector-s32-native-set!) 's64 (prim 'bytevector-s64-native-set!)
             'ptr (prim 'bytevector-u64-native-set!) 'uptr (prim 'bytevector-u64-native-set!)
             'sptr (prim 'bytevector-s64-native-set!) 'u8 (prim 'bytevector-u8-set!)
             'u16 (prim 'bytevector-u16-native-set!) 's8 (prim 'bytevector-s8-set!)
             's16 (prim 'bytevector-s16-native-set!))
     (hasheq 'u32 (prim 'bytevector-u32-native-ref) 'u64 (prim 'bytevector-u64-native-ref)
             'f32 (prim 'bytevector-ieee-single-native-ref) 'f64 (prim 'bytevector-ieee-double-native-ref)
             's32 (prim 'bytevector-s32-native-ref) 's64 (prim 'bytevector-s64-native-ref)
             'ptr (prim 'bytevector-u64-native-ref) 'uptr (prim 'bytevector-u64-native-ref)
             'sptr (prim 'bytevector-s64-native-ref) 'u8 (prim 'bytevector-u8-ref)
             'u16 (prim 'bytevector-u16-native-ref) 's8 (prim 'bytevector-s8-ref)
             's16 (prim 'bytevector-s16-native-ref)))))

(define (call-sync f . args)
  (define who (nccc-function-name f))
  (define types (nccc-function-arg-types f))
  (define rtypes (nccc-function-result-types f))
  (unless (= (length types) (length args))
    (raise-arguments-error who "wrong number of arguments" "expected" (length types) "given" (length args)))
  (define in (make-immobile-bytevector (* 8 (max 1 (length types)))))
  (define out (make-immobile-bytevector (* 8 (max 1 (length rtypes)))))
  (for ([t (in-list types)] [a (in-list args)] [k (in-naturals)])
    (case t
      [(f32 f64)
       (unless (real? a) (raise-argument-error who "real?" a))
       ((hash-ref bv-setters t) in (* 8 k) (real->double-flonum a))]
      [else
       (define r (hash-ref ranges t))
       (unless (and (exact-integer? a) (<= (car r) a (cdr r)))
         (raise-argument-error who (format "an exact integer that fits ~a" t) a))
       ((hash-ref bv-setters t) in (* 8 k) a)]))
  ((nccc-function-bv-caller f) in out)
  (apply values (for/list ([t (in-list rtypes)] [k (in-naturals)]) ((hash-ref bv-getters t) out (* 8 k)))))

;; address: the function; name: a symbol for messages; keep: what must stay
;; alive while the function can be called (its module).
(struct nccc-function (name address arg-types result-types caller bv-caller keep)
  #:property prop:procedure call-sync)

(define (make-nccc-function name address arg-types result-types [keep #f])
  (for ([t (in-list (append arg-types result-types))])
    (unless (hash-ref chez-type-of t #f)
      (raise-argument-error 'make-nccc-function (format "one of ~a" nccc-type-names) t)))
  (when (zero? address) (raise-argument-error 'make-nccc-function "a non-NULL address" address))
  (nccc-function name address arg-types result-types
                 (fast-procedure address '(uptr uptr) 'void) (fast-procedure address '(u8* u8*) 'void) keep))
