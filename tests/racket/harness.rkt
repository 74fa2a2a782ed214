#lang racket/base
;; The Racket suites' checks: count, report failures on stderr, and exit
;; with the verdict.
(provide check finish)

(define failures 0)
(define passes 0)

(define (record what ok)
  (if ok
      (set! passes (add1 passes))
      (begin (set! failures (add1 failures))
             (eprintf "FAIL: ~a\n" what))))

(define-syntax-rule (check what expr) (record what expr))

;; Print the tally under `name` and exit 0 only if every check passed.
(define (finish name)
  (printf "~a: ~a checks passed, ~a failed\n" name passes failures)
  (exit (if (zero? failures) 0 1)))
