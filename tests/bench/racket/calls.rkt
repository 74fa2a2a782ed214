#lang racket/base
;; What a call costs from Racket CS through the binding, against the
;; baseline of the same C function through ffi/unsafe's `_fun`, in one run.
;;   racket tests/bench/racket/calls.rkt      (YUNI_LIBRARY names the .so)
;; Placement: one Racket place, unpinned; every call is on its OS thread.
(require ffi/unsafe "../../../bindings/racket/main.rkt")

(define N 5000000)
(define (ns-per-call thunk [n N])
  (for ([i (in-range 1000)]) (thunk)) ; warm
  (collect-garbage)
  (define t (current-inexact-monotonic-milliseconds))
  (for ([i (in-range n)]) (thunk))
  (/ (* 1e6 (- (current-inexact-monotonic-milliseconds) t)) n))
(define (show name v) (printf "~a: ~a\n" name (/ (round (* 100 v)) 100.0)))

(define q (make-queue))
(define c (make-chime q))
(define ring (chime-ringer c))
(define fun-ring (get-ffi-obj "yuni_chime_ring" (ffi-lib yuni-library-path) (_fun _uintptr -> _int32)))
(define h (chime-handle c))
(define fast (ns-per-call ring))
(define fun (ns-per-call (λ () (fun-ring h))))
(printf "protocol: ~a\nplacement: one place, unpinned\n" yuni-protocol)
(show "racket_chime_ring_ns" fast)
(show "racket_fun_chime_ring_ns" fun)
(show "binding_vs_fun_ratio" (/ fast fun))

(define p (offload-compile "(library (b) (export add) (import (offload)) (define-entry (add (a s64) (b s64)) s64 (+ a b)))"))
(define add (offload-entry p 'add))
(show "racket_offload_entry_call_ns" (ns-per-call (λ () (add 1 2)) 1000000))
(define vm (make-vm))
(define version (make-nccc-function 'v (cast (ffi-obj-ref "lib_yuni_offload_dispatch_ncccv0" (ffi-lib yuni-library-path)) _pointer _uintptr) '(s32) '(ptr)))
(show "racket_nccc_function_call_ns" (ns-per-call (λ () (version 99)) 1000000))
(show "racket_async_pool_call_us" (/ (ns-per-call (λ () (nccc-call/pool vm version 99)) 2000) 1000))
(vm-close! vm)
