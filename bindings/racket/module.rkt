#lang racket/base
;; NCCC modules, opened the way yuni loads any of them: the library reads
;; lib_<name>_dispatch_ncccv0's table (ops 1, 2, 6) and each export becomes
;; an nccc-function with its signature.
(require "private/lib.rkt" "private/handle.rkt" "nccc.rkt")
(provide nccc-module? nccc-module-open nccc-module-close! nccc-module-name nccc-module-exports
         nccc-module-ref nccc-module-address)

(define lib-open (yuni 'yuni_module_open))
(define lib-close (yuni 'yuni_module_close))
(define lib-name (yuni 'yuni_module_name))
(define lib-count (yuni 'yuni_module_count))
(define lib-export (yuni 'yuni_module_export))

;; functions: name (symbol) -> nccc-function; wide: name -> address of an
;; export whose signature has more types than a yuni_signature holds (32).
(struct nccc-module owned (name functions wide))

(define ETOOBIG -9)

;; Open the module at `path` and describe every export.  An export the
;; library cannot describe (more than 32 types) does not hide the others: it
;; is left out of nccc-module-exports, nccc-module-ref names it in an
;; etoobig error, and nccc-module-address still gives its address for a
;; make-nccc-function with a signature the caller knows.
(define (nccc-module-open path)
  (define cell (zeroed 8))
  (call-with-c-string (if (path? path) (path->string path) path)
                      (λ (p) (check-status 'nccc-module-open (λ () (lib-open p cell)))))
  (define h (raw-ref 'uptr cell 0))
  (raw-free cell)
  (define n (lib-count h))
  (define name-cell (zeroed 8))
  (define fn-cell (zeroed 8))
  (define sig (zeroed 40)) ; yuni_signature: argc, retc, types[32]
  (define m (own! (nccc-module h lib-close (string->symbol (c-string->string (lib-name h))) (make-hasheq) (make-hasheq))))
  (for ([i (in-range n)])
    (define st (lib-export h i name-cell fn-cell sig))
    (cond
      [(= st ETOOBIG)
       (check-status 'nccc-module-open (λ () (lib-export h i name-cell fn-cell 0)))
       (hash-set! (nccc-module-wide m) (string->symbol (c-string->string (raw-ref 'uptr name-cell 0)))
                  (raw-ref 'uptr fn-cell 0))]
      [else
       (check-status 'nccc-module-open (λ () st))
       (define argc (raw-ref 'integer-32 sig 0))
       (define retc (raw-ref 'integer-32 sig 4))
       (define types (for/list ([k (in-range (+ argc retc))])
                       (vector-ref nccc-type-names (raw-ref 'unsigned-8 sig (+ 8 k)))))
       (define name (string->symbol (c-string->string (raw-ref 'uptr name-cell 0))))
       (hash-set! (nccc-module-functions m) name
                  (make-nccc-function name (raw-ref 'uptr fn-cell 0)
                                      (for/list ([t types] [k (in-range argc)]) t) (list-tail types argc) m))]))
  (for-each raw-free (list name-cell fn-cell sig))
  m)

(define (nccc-module-close! m)
  (define st (close-owned! m))
  (when (< st 0) (raise-yuni 'nccc-module-close! st)))

(define (nccc-module-exports m) (sort (hash-keys (nccc-module-functions m)) symbol<?))

;; The export `name`; calling it after the module is closed raises.
(define (nccc-module-ref m name)
  (live-handle 'nccc-module-ref m)
  (when (hash-ref (nccc-module-wide m) name #f)
    (raise-yuni 'nccc-module-ref ETOOBIG
                (format "~a's signature has more than 32 types; use nccc-module-address and make-nccc-function" name)))
  (define f (hash-ref (nccc-module-functions m) name
                      (λ () (raise-yuni 'nccc-module-ref -5 (format "~a exports no ~a" (nccc-module-name m) name)))))
  (make-nccc-function name (nccc-function-address f) (nccc-function-arg-types f) (nccc-function-result-types f) m))

;; The address of the export `name` (any export, described or not).
(define (nccc-module-address m name)
  (live-handle 'nccc-module-address m)
  (cond
    [(hash-ref (nccc-module-wide m) name #f) => values]
    [(hash-ref (nccc-module-functions m) name #f) => nccc-function-address]
    [else (raise-yuni 'nccc-module-address -5 (format "~a exports no ~a" (nccc-module-name m) name))]))
