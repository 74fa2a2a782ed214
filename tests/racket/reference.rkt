#lang racket/base
;; The package's Scribble reference builds, its examples run (an example
;; that raises fails the build), and it documents every export of
;; (require yuni-offload).
;;   racket reference.rkt BINDING-DIR WORK-DIR   (YUNI_LIBRARY set)
(require racket/file racket/list racket/set racket/string racket/system)

(define-values (binding-dir work-dir)
  (let ([args (current-command-line-arguments)])
    (values (path->complete-path (vector-ref args 0)) (path->complete-path (vector-ref args 1)))))
(define scrbl (build-path binding-dir "scribblings" "yuni-offload.scrbl"))
(delete-directory/files work-dir #:must-exist? #f)
(make-directory* (build-path work-dir "collects"))
(make-file-or-directory-link binding-dir (build-path work-dir "collects" "yuni-offload"))
(void (putenv "PLTCOLLECTS" (string-append (path->string (build-path work-dir "collects")) ":")))
(unless (getenv "YUNI_OFFLOAD_LIBRARY") (void (putenv "YUNI_OFFLOAD_LIBRARY" (getenv "YUNI_LIBRARY"))))

(define failures 0)
(define (fail! fmt . args) (set! failures (add1 failures)) (apply eprintf (string-append "FAIL: " fmt "\n") args))

;; build it (examples evaluated: the library loads here)
(define log (open-output-string))
(define built?
  (parameterize ([current-output-port log] [current-error-port log])
    (system* (find-executable-path "scribble") "--html" "--dest" (path->string (build-path work-dir "html"))
             (path->string scrbl))))
(unless (and built? (file-exists? (build-path work-dir "html" "yuni-offload.html")))
  (fail! "scribble failed:\n~a" (get-output-string log)))
(define html (file->string (build-path work-dir "html" "yuni-offload.html")))
(unless (regexp-match? #rx"Examples:" html) (fail! "no example was evaluated"))

;; every export is documented
(define text (file->string scrbl))
(define documented
  (for/list ([m (regexp-match* #px"@def(?:proc|thing)\\[\\(?([^ \\]\\)]+)" text #:match-select cadr)]) m))
(define structs (regexp-match* #px"@defstruct\\*\\[\\(?([^ \\]\\)]+)" text #:match-select cadr))
(define main (build-path binding-dir "main.rkt"))
(dynamic-require main #f)
(define-values (variables syntaxes) (module->exports main))
(define exports
  (for*/list ([phase+names (in-list (append variables syntaxes))] #:when (eqv? 0 (car phase+names))
              [name (in-list (cdr phase+names))])
    (symbol->string (car name))))
(define (covered? e)
  (or (member e documented)
      (for/or ([s (in-list structs)])
        (or (equal? e s) (equal? e (string-append s "?")) (equal? e (string-append "struct:" s))
            (string-prefix? e (string-append s "-"))))))
(for ([e (in-list (sort exports string<?))] #:unless (covered? e))
  (fail! "~a is exported but not documented in ~a" e scrbl))
(printf "reference: ~a exports, ~a documented forms\n" (length exports) (+ (length documented) (length structs)))
(cond
  [(zero? failures) (printf "racket reference: OK\n")]
  [else (exit 1)])
