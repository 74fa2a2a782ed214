;; Exits while an offload thread spins and a chime is pending.
(import (chezscheme) (yuni-offload))
(define p (offload-compile "(library (c) (export spin) (import (offload)) (define-entry (spin (n s64)) s64 (do ((i 0 (+ i 1))) ((= i n) i))))"))
(define t (offload-thread-start p 'spin (list (expt 2 62))))
(define q (make-queue))
(chime-ring! (make-chime q 1))
(exit 0)
