#lang info
(define collection "yuni-offload")
(define pkg-desc "Racket bindings for libyuni-offload: NCCC calls, async calls on a native pool, chimes as events, native heaps, Offload programs on real-time threads")
(define version "0.1")
(define deps '("base"))
(define build-deps '("scribble-lib" "racket-doc"))
(define scribblings '(("scribblings/yuni-offload.scrbl" ())))
(define test-omit-paths '("tests/custodian-child.rkt"))
