#!r6rs
;; (offload): the Offload language as an R6RS library, so an Offload
;; program runs unchanged in Chez Scheme or Racket.  Where Offload traps,
;; these definitions raise an &assertion whose message is the trap's name
;; ("integer-overflow", "out-of-bounds", …) and whose who is offload: that is
;; how the differential suite compares traps.  Integer arithmetic is checked
;; step by step against the 64-bit range, as the interpreter does, and never
;; uses Scheme's fixnum operations (Chez's fixnums are 61 bits).
(library (offload)
  (export
   ;; syntax and forms, as (rnrs) has them
   define lambda if let let* letrec letrec* begin cond case when unless and or not do set! quote else
   define-entry define-entry/rt define-import offload-grant!
   ;; integers
   + - * quotient remainder modulo abs min max = < > <= >= zero? positive? negative? odd? even?
   fx+ fx- fx* fxquotient fxremainder fxmodulo fxabs fxmin fxmax fx=? fx<? fx>? fx<=? fx>=?
   fxzero? fxpositive? fxnegative? fxodd? fxeven? fxand fxior fxxor fxnot fxarithmetic-shift fxbit-count
   bitwise-and bitwise-ior bitwise-xor bitwise-not arithmetic-shift bitwise-arithmetic-shift bitwise-bit-count
   wrapping+ wrapping- wrapping* wrapping-shift-left logical-shift-right
   ;; flonums
   / fl+ fl- fl* fl/ flabs flmin flmax flsqrt flexp fllog flsin flcos fltan flasin flacos flatan
   flfloor flceiling flround fltruncate flexpt fl=? fl<? fl>? fl<=? fl>=? flzero? flpositive? flnegative?
   flnan? flinfinite? fl+* fldiv flmod fldiv0 flmod0
   inexact exact exact->inexact inexact->exact fixnum->flonum
   ;; bytevectors
   bytevector-length bytevector-u8-ref bytevector-u8-set! bytevector-s8-ref bytevector-s8-set!
   bytevector-u16-native-ref bytevector-u16-native-set! bytevector-s16-native-ref bytevector-s16-native-set!
   bytevector-u32-native-ref bytevector-u32-native-set! bytevector-s32-native-ref bytevector-s32-native-set!
   bytevector-u64-native-ref bytevector-u64-native-set! bytevector-s64-native-ref bytevector-s64-native-set!
   bytevector-ieee-single-native-ref bytevector-ieee-single-native-set!
   bytevector-ieee-double-native-ref bytevector-ieee-double-native-set!
   bytevector-fill! bytevector-copy!
   atomic-load atomic-store! atomic-add! atomic-cas! chime!
   ring-init! ring-count ring-put! ring-get!)
  (import (except (rnrs) * + - / abs fldiv flmod fldiv0 flmod0 bitwise-arithmetic-shift bytevector-copy! bytevector-fill! bytevector-ieee-double-native-ref bytevector-ieee-double-native-set! bytevector-ieee-single-native-ref bytevector-ieee-single-native-set! bytevector-s16-native-ref bytevector-s16-native-set! bytevector-s32-native-ref bytevector-s32-native-set! bytevector-s64-native-ref bytevector-s64-native-set! bytevector-s8-ref bytevector-s8-set! bytevector-u16-native-ref bytevector-u16-native-set! bytevector-u32-native-ref bytevector-u32-native-set! bytevector-u64-native-ref bytevector-u64-native-set! bytevector-u8-ref bytevector-u8-set! exact flmax flmin fx* fx+ fx- fx<=? fx<? fx=? fx>=? fx>? fxand fxarithmetic-shift fxbit-count fxeven? fxior fxmax fxmin fxnegative? fxnot fxodd? fxpositive? fxxor fxzero?)
          (prefix (rnrs) r:)
          (prefix (only (rnrs r5rs) quotient remainder modulo exact->inexact) r:)
          (only (rnrs r5rs) exact->inexact))

  (define (trap name) (assertion-violation 'offload name))

  (define s64-min -9223372036854775808)
  (define s64-max 9223372036854775807)
  (define (s64 x)
    (if (and (exact? x) (not (and (<= s64-min x) (<= x s64-max))))
        (trap "integer-overflow")
        x))

  ;; ---- entries and imports ----
  (define-syntax define-entry
    (syntax-rules (void)
      ((_ (name (arg type) ...) void body ...) (define (name arg ...) (let () body ...) 'void))
      ((_ (name (arg type) ...) result body ...) (define (name arg ...) body ...))))
  (define-syntax define-entry/rt
    (syntax-rules ()
      ((_ . rest) (define-entry . rest))))
  (define grants '())
  ;; (offload-grant! 'name procedure): what a host grants to an import.
  (define (offload-grant! name proc) (set! grants (cons (cons name proc) grants)))
  (define-syntax define-import
    (syntax-rules ()
      ((_ (name type ...) result option ...)
       (define (name . args)
         (let ((g (assq 'name grants)))
           (if g (apply (cdr g) args) (assertion-violation 'name "import not granted")))))))

  ;; ---- checked integer arithmetic ----
  (define (fold2 op x xs) (if (null? xs) x (fold2 op (op x (car xs)) (cdr xs))))
  (define (+ x . xs) (fold2 (lambda (a b) (s64 (r:+ a b))) x xs))
  (define (* x . xs) (fold2 (lambda (a b) (s64 (r:* a b))) x xs))
  (define (- x . xs) (if (null? xs) (s64 (r:- x)) (fold2 (lambda (a b) (s64 (r:- a b))) x xs)))
  (define (divide op)
    (lambda (a b)
      (if (eqv? b 0) (trap "division-by-zero") (s64 (op a b)))))
  (define quotient (divide r:quotient))
  (define remainder (divide r:remainder))
  (define modulo (divide r:modulo))
  (define (abs x) (s64 (r:abs x)))
  (define (arithmetic-shift x n)
    (cond ((< n 0) (bitwise-arithmetic-shift-right x (if (< n -64) 64 (r:- n))))
          ((= x 0) 0)
          ((> n 63) (trap "integer-overflow"))
          (else (s64 (bitwise-arithmetic-shift-left x n)))))
  (define bitwise-arithmetic-shift arithmetic-shift)

  ;; ---- wrapping arithmetic: exact, then reduced modulo 2^64 into the s64
  ;; range, as the interpreter's single instructions compute it ----
  ;; (Racket CS 8.7 miscomputes an arithmetic shift of a bitwise-and's
  ;; result, so the unsigned value is made with mod.)
  (define (wrap x)
    (let ((m (r:mod x two64)))
      (if (> m s64-max) (r:- m two64) m)))
  (define (wrapping+ x . xs) (fold2 (lambda (a b) (wrap (r:+ a b))) x xs))
  (define (wrapping* x . xs) (fold2 (lambda (a b) (wrap (r:* a b))) x xs))
  (define (wrapping- x . xs) (if (null? xs) (wrap (r:- x)) (fold2 (lambda (a b) (wrap (r:- a b))) x xs)))
  ;; floor(u * 2^n) mod 2^64 of x's unsigned value u; 0 once |n| >= 64
  (define (wrapping-shift-left x n)
    (if (or (>= n 64) (<= n -64))
        0
        (wrap (r:bitwise-arithmetic-shift (r:mod x two64) n))))
  (define (logical-shift-right x n) (wrapping-shift-left x (r:- n)))
  (define fx+ +) (define fx- -) (define fx* *)
  (define fxquotient quotient) (define fxremainder remainder) (define fxmodulo modulo)
  (define fxabs abs) (define fxmin min) (define fxmax max)
  (define fx=? =) (define fx<? <) (define fx>? >) (define fx<=? <=) (define fx>=? >=)
  (define fxzero? zero?) (define fxpositive? positive?) (define fxnegative? negative?)
  (define fxodd? odd?) (define fxeven? even?)
  (define fxand bitwise-and) (define fxior bitwise-ior) (define fxxor bitwise-xor) (define fxnot bitwise-not)
  (define fxarithmetic-shift arithmetic-shift)
  (define fxbit-count bitwise-bit-count)

  ;; ---- flonums ----
  (define (/ x . xs) (if (null? xs) (fl/ 1.0 x) (fold2 fl/ x xs)))
  ;; NaN in either argument gives NaN, as the interpreter does
  (define (flmin x . xs)
    (fold2 (lambda (a b) (cond ((or (flnan? a) (flnan? b)) +nan.0) ((fl<? a b) a) (else b))) x xs))
  (define (flmax x . xs)
    (fold2 (lambda (a b) (cond ((or (flnan? a) (flnan? b)) +nan.0) ((fl>? a b) a) (else b))) x xs))
  (define (fl+* a b c) (fl+ (fl* a b) c))
  ;; fldiv and friends by the formula the interpreter uses (opcodes.def), so
  ;; every host rounds them alike
  (define (fldiv x y) (if (fl>? y 0.0) (flfloor (fl/ x y)) (flceiling (fl/ x y))))
  (define (flmod x y) (fl- x (fl* y (fldiv x y))))
  (define (fldiv0 x y)
    (let ((d (fldiv x y)))
      (cond ((fl<? (fl- x (fl* y d)) (fl* (flabs y) 0.5)) d)
            ((fl>? y 0.0) (fl+ d 1.0))
            (else (fl- d 1.0)))))
  (define (flmod0 x y)
    (let ((m (flmod x y)))
      (if (fl<? m (fl* (flabs y) 0.5)) m (fl- m (flabs y)))))
  (define (exact x)
    (cond ((or (flnan? x) (flinfinite? x) (not (fl=? x (fltruncate x)))) (trap "not-integral"))
          (else (s64 (r:exact x)))))
  (define inexact->exact exact)

  ;; ---- bytevectors: bounds-checked, native order, any alignment ----
  (define (check bv k size)
    (unless (and (<= 0 k) (<= (r:+ k size) (bytevector-length bv)))
      (trap "out-of-bounds")))
  (define (in-range v lo hi) (unless (and (<= lo v) (<= v hi)) (trap "integer-overflow")))
  (define-syntax accessors
    (syntax-rules ()
      ((_ ref set size lo hi getter setter)
       (begin
         (define (ref bv k) (check bv k size) (getter bv k))
         (define (set bv k v) (check bv k size) (in-range v lo hi) (setter bv k v))))))
  (define native (native-endianness))
  (accessors bytevector-u8-ref bytevector-u8-set! 1 0 255
             (lambda (bv k) (r:bytevector-u8-ref bv k)) (lambda (bv k v) (r:bytevector-u8-set! bv k v)))
  (accessors bytevector-s8-ref bytevector-s8-set! 1 -128 127
             (lambda (bv k) (r:bytevector-s8-ref bv k)) (lambda (bv k v) (r:bytevector-s8-set! bv k v)))
  (accessors bytevector-u16-native-ref bytevector-u16-native-set! 2 0 65535
             (lambda (bv k) (bytevector-u16-ref bv k native)) (lambda (bv k v) (bytevector-u16-set! bv k v native)))
  (accessors bytevector-s16-native-ref bytevector-s16-native-set! 2 -32768 32767
             (lambda (bv k) (bytevector-s16-ref bv k native)) (lambda (bv k v) (bytevector-s16-set! bv k v native)))
  (accessors bytevector-u32-native-ref bytevector-u32-native-set! 4 0 4294967295
             (lambda (bv k) (bytevector-u32-ref bv k native)) (lambda (bv k v) (bytevector-u32-set! bv k v native)))
  (accessors bytevector-s32-native-ref bytevector-s32-native-set! 4 -2147483648 2147483647
             (lambda (bv k) (bytevector-s32-ref bv k native)) (lambda (bv k v) (bytevector-s32-set! bv k v native)))
  (accessors bytevector-u64-native-ref bytevector-u64-native-set! 8 0 s64-max
             (lambda (bv k) (s64 (bytevector-u64-ref bv k native))) (lambda (bv k v) (bytevector-u64-set! bv k v native)))
  (accessors bytevector-s64-native-ref bytevector-s64-native-set! 8 s64-min s64-max
             (lambda (bv k) (bytevector-s64-ref bv k native)) (lambda (bv k v) (bytevector-s64-set! bv k v native)))
  (define (bytevector-ieee-single-native-ref bv k) (check bv k 4) (bytevector-ieee-single-ref bv k native))
  (define (bytevector-ieee-single-native-set! bv k v) (check bv k 4) (bytevector-ieee-single-set! bv k v native))
  (define (bytevector-ieee-double-native-ref bv k) (check bv k 8) (bytevector-ieee-double-ref bv k native))
  (define (bytevector-ieee-double-native-set! bv k v) (check bv k 8) (bytevector-ieee-double-set! bv k v native))
  (define (bytevector-fill! bv v) (in-range v -128 255) (r:bytevector-fill! bv v))
  (define (bytevector-copy! src from dst to n)
    (when (< n 0) (trap "out-of-bounds"))
    (check src from n)
    (check dst to n)
    (r:bytevector-copy! src from dst to n))

  ;; ---- atomics (a Scheme program runs on one thread here) ----
  (define (slot bv k)
    (check bv k 8)
    (unless (= 0 (r:modulo k 8)) (trap "misaligned")))
  (define (atomic-load bv k) (slot bv k) (bytevector-s64-ref bv k native))
  (define (atomic-store! bv k v) (slot bv k) (bytevector-s64-set! bv k v native))
  (define (atomic-add! bv k v)
    (slot bv k)
    (let* ((old (bytevector-s64-ref bv k native)) (new (s64 (r:+ old v))))
      (bytevector-s64-set! bv k new native)
      old))
  (define (atomic-cas! bv k expected new)
    (slot bv k)
    (if (= (bytevector-s64-ref bv k native) expected)
        (begin (bytevector-s64-set! bv k new native) #t)
        #f))

  ;; A chime in Scheme is a procedure of no arguments.
  (define (chime! c) (c))

  ;; ---- SPSC rings, with the layout nccc.h gives (YUNI_RING_HEADER) ----
  (define ring-header 192)
  (define two64 18446744073709551616)
  (define (ring-capacity ring)
    (let ((len (bytevector-length ring)))
      (when (< len ring-header) (trap "out-of-bounds"))
      (let ((cap (bytevector-u64-ref ring 128 native)))
        (when (or (= cap 0) (not (= 0 (bitwise-and cap (r:- cap 1)))) (> cap (r:- len ring-header)))
          (trap "out-of-bounds"))
        cap)))
  (define (ring-used ring cap)
    (let ((used (r:mod (r:- (bytevector-u64-ref ring 0 native) (bytevector-u64-ref ring 64 native)) two64)))
      (when (> used cap) (trap "out-of-bounds"))
      used))
  (define (ring-init! bv)
    (let ((room (r:- (bytevector-length bv) ring-header)))
      (when (<= room 0) (trap "out-of-bounds"))
      (let loop ((cap 1))
        (if (and (<= (r:* 2 cap) room) (< cap (expt 2 62)))
            (loop (r:* 2 cap))
            (begin
              (bytevector-u64-set! bv 0 0 native)
              (bytevector-u64-set! bv 64 0 native)
              (bytevector-u64-set! bv 128 cap native)
              cap)))))
  (define (ring-count ring) (ring-used ring (ring-capacity ring)))
  ;; Copy n bytes between the ring's data (from counter `at` on) and bv.
  (define (ring-copy! ring cap at bv start n into-ring?)
    (do ((i 0 (r:+ i 1))) ((= i n))
      (let ((k (r:+ ring-header (r:mod (r:+ at i) cap))))
        (if into-ring?
            (r:bytevector-u8-set! ring k (r:bytevector-u8-ref bv (r:+ start i)))
            (r:bytevector-u8-set! bv (r:+ start i) (r:bytevector-u8-ref ring k))))))
  (define (ring-put! ring bv start n)
    (when (< n 0) (trap "out-of-bounds"))
    (check bv start n)
    (let* ((cap (ring-capacity ring)) (used (ring-used ring cap)) (w (bytevector-u64-ref ring 0 native)))
      (cond ((> n (r:- cap used)) #f)
            (else (ring-copy! ring cap w bv start n #t)
                  (bytevector-u64-set! ring 0 (r:mod (r:+ w n) two64) native)
                  #t))))
  (define (ring-get! ring bv start n)
    (when (< n 0) (trap "out-of-bounds"))
    (check bv start n)
    (let* ((cap (ring-capacity ring)) (used (ring-used ring cap)) (r (bytevector-u64-ref ring 64 native))
           (n (r:min n used)))
      (ring-copy! ring cap r bv start n #f)
      (bytevector-u64-set! ring 64 (r:mod (r:+ r n) two64) native)
      n)))
