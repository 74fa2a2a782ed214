#lang racket/base
;; (require yuni-offload): the whole binding.  See README.md.
(require "private/lib.rkt" "heap.rkt" "event.rkt" "nccc.rkt" "vm.rkt" "offload.rkt" "module.rkt")
(provide (except-out (all-from-out "heap.rkt" "event.rkt" "vm.rkt" "offload.rkt" "module.rkt")
                     ;; the binding's own plumbing
                     queue-watch! queue-unwatch! set-native-bytes-freed?!)
         (struct-out exn:fail:yuni) status-name
         nccc-function? make-nccc-function nccc-function-name
         yuni-library-path yuni-protocol yuni-version yuni-version-number)
;; The loaded library's version: "major.minor.patch", and as one number
;; comparable with < (YUNI_VERSION_NUMBER: major << 16 | minor << 8 | patch).
(define (yuni-version-number) ((yuni 'yuni_version)))
(define (yuni-version)
  (define n (yuni-version-number))
  (format "~a.~a.~a" (arithmetic-shift n -16) (bitwise-and (arithmetic-shift n -8) 255) (bitwise-and n 255)))
