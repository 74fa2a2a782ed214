#lang racket/base
;; (require yuni-offload): the whole binding.  See README.md.
(require "private/lib.rkt" "heap.rkt" "event.rkt" "nccc.rkt" "vm.rkt" "offload.rkt" "module.rkt")
(provide (all-from-out "heap.rkt" "event.rkt" "vm.rkt" "offload.rkt" "module.rkt")
         (struct-out exn:fail:yuni) status-name
         nccc-function? make-nccc-function nccc-function-name
         yuni-library-path yuni-protocol yuni-version)
(define (yuni-version) ((yuni 'yuni_version)))
