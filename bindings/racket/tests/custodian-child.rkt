#lang racket/base
;; Exits while an offload thread runs, a chime is pending, and an async call
;; is out: the custodian's at-exit shutdown must close it all cleanly.
(require ffi/unsafe "../main.rkt")
(define hp (make-heap 65536))
(define p (offload-compile "(library (c) (export spin) (import (offload)) (define-entry (spin (n s64)) s64 (do ((i 0 (+ i 1))) ((= i n) i))))"))
(define t (offload-thread-start p 'spin (list (expt 2 62))))
(define q (make-queue))
(chime-ring! (make-chime q))
(define v (make-vm))
(define help (ffi-lib (build-path (getenv "YUNI_TEST_MODULE_DIR") "libyuni_hosthelp.so")))
(nccc-call-async v (make-nccc-function 'block (cast (ffi-obj-ref "hosthelp_block" help) _pointer _uintptr) '(s64 s64) '(s64)) 50 1)
(exit 0)
