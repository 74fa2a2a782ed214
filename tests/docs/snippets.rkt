#lang racket/base
;; Every code block of the project's markdown runs as written, so a doc edit
;; that breaks a snippet fails CI (ctest docs.snippets).
;;
;;   racket snippets.rkt SOURCE-DIR BUILD-DIR MODULE-DIR FILE.md …
;;
;; A fenced block is run by its language:
;;   racket  a program: the body of a `#lang racket/base` module (or a whole
;;           module when it starts with #lang), with the binding's
;;           collection `yuni-offload` and the built library; it must exit 0.
;;   scheme  a Chez REPL session when its lines start with "> " (the inputs
;;           run in `scheme -q --libdirs bindings/chez`; what it prints must
;;           be the other lines), else an Offload program, which must
;;           compile (named after the doc, so errors point into it).
;;   c       a program, or statements (then they are main's body after the
;;           block's #include lines); compiled against include/nccc.h and
;;           the library, run in MODULE-DIR (the test modules); exit 0.
;;   sh      run by bash -eu in a scratch directory where `bindings`, `out`
;;           (the build) and the other top-level entries of the source are
;;           links, with PLTADDONDIR there too (a raco install stays in it).
;;   text    a listing, not code: not run.
;; A block right after a line `<!-- not run: REASON -->` is not run, and the
;; report says why; a block in any other language fails, so a new kind of
;; snippet must say how it is checked.
(require racket/file racket/list racket/path racket/port racket/string racket/system)

(define-values (source-dir build-dir module-dir docs)
  (let ([args (vector->list (current-command-line-arguments))])
    (values (path->complete-path (car args)) (path->complete-path (cadr args))
            (path->complete-path (caddr args)) (cdddr args))))
(define library (build-path build-dir "lib" "libyuni-offload.so"))

;; block: the doc, the fence's line, the language, the text, why not run
(struct block (doc line lang text skip))

(define (blocks-of doc)
  (define lines (file->lines (build-path source-dir doc)))
  (let loop ([ls lines] [n 1] [previous ""] [acc '()])
    (cond
      [(null? ls) (reverse acc)]
      [(regexp-match #px"^```\\s*(\\S*)" (car ls))
       => (λ (m)
            (define skip (cond [(regexp-match #px"^<!-- not run: (.+) -->$" previous) => cadr] [else #f]))
            (define-values (body rest k)
              (let take ([rs (cdr ls)] [k (add1 n)] [body '()])
                (cond
                  [(null? rs) (error 'snippets "~a:~a: a code block that never ends" doc n)]
                  [(regexp-match? #px"^```" (car rs)) (values (reverse body) (cdr rs) (add1 k))]
                  [else (take (cdr rs) (add1 k) (cons (car rs) body))])))
            (loop rest k "" (cons (block doc n (cadr m) (string-join body "\n" #:after-last "\n") skip) acc)))]
      [else (loop (cdr ls) (add1 n) (if (string=? (string-trim (car ls)) "") previous (car ls)) acc)])))

(define scratch (make-temporary-file "yuni-snippets-~a" 'directory))
(define collects (build-path scratch "collects"))
(make-directory* collects)
(make-file-or-directory-link (build-path source-dir "bindings" "racket") (build-path collects "yuni-offload"))

(define base-env
  (let ([e (environment-variables-copy (current-environment-variables))])
    (environment-variables-set! e #"YUNI_OFFLOAD_LIBRARY" (path->bytes library))
    (environment-variables-set! e #"YUNI_LIBRARY" (path->bytes library))
    e))

;; Run a command; returns (values ok? output).
(define (run! #:dir [dir scratch] #:env [env base-env] #:input [input ""] . command)
  (define out (open-output-string))
  (define ok?
    (parameterize ([current-directory dir]
                   [current-environment-variables env]
                   [current-output-port out]
                   [current-error-port out]
                   [current-input-port (open-input-string input)])
      (apply system* (map (λ (c) (if (path? c) c (format "~a" c))) command))))
  (values ok? (get-output-string out)))

(define (exe name) (or (find-executable-path name) (error 'snippets "~a is not installed" name)))

(define (run-racket b)
  (define file (build-path scratch (format "snippet-~a.rkt" (block-line b))))
  (with-output-to-file file #:exists 'replace
    (λ () (unless (regexp-match? #px"^#lang" (block-text b)) (display "#lang racket/base\n"))
          (display (block-text b))))
  (define env (environment-variables-copy base-env))
  (environment-variables-set! env #"PLTCOLLECTS" (bytes-append (path->bytes collects) #":"))
  (run! #:env env (exe "racket") file))

(define (run-scheme b)
  (define lines (filter (λ (l) (not (string=? (string-trim l) ""))) (string-split (block-text b) "\n")))
  (cond
    [(and (pair? lines) (string-prefix? (car lines) "> "))
     (define inputs (for/list ([l lines] #:when (string-prefix? l "> ")) (substring l 2)))
     (define expected (for/list ([l lines] #:unless (string-prefix? l "> ")) l))
     (define-values (ok? out)
       (run! #:input (string-join inputs "\n" #:after-last "\n")
             (exe "scheme") "-q" "--libdirs" (build-path source-dir "bindings" "chez")))
     (define got (filter (λ (l) (not (string=? (string-trim l) ""))) (string-split out "\n")))
     (if (and ok? (equal? got expected))
         (values #t "")
         (values #f (format "expected ~s\ngot ~a" expected out)))]
    [else
     (putenv "YUNI_OFFLOAD_LIBRARY" (path->string library))
     (define compile (dynamic-require (build-path source-dir "bindings" "racket" "main.rkt") 'offload-compile))
     (with-handlers ([exn:fail? (λ (e) (values #f (exn-message e)))])
       (compile (block-text b) #:name (format "~a:~a" (block-doc b) (block-line b)))
       (values #t ""))]))

(define (run-c b)
  (define text (block-text b))
  (define source
    (if (regexp-match? #px"\\bmain\\s*\\(" text)
        text
        (let-values ([(includes body) (partition (λ (l) (string-prefix? l "#include")) (string-split text "\n"))])
          (string-append "#include <stdio.h>\n" (string-join includes "\n") "\n"
                         "int main(void) {\n" (string-join body "\n") "\nreturn 0;\n}\n"))))
  (define c-file (build-path scratch (format "snippet-~a.c" (block-line b))))
  (define program (build-path scratch (format "snippet-~a" (block-line b))))
  (with-output-to-file c-file #:exists 'replace (λ () (display source)))
  (define-values (built? log)
    (run! (exe "cc") "-std=c11" "-Wall" "-Werror" "-Wno-unused-variable" "-o" program c-file
          (string-append "-I" (path->string (build-path source-dir "include")))
          (string-append "-L" (path->string (build-path build-dir "lib"))) "-lyuni-offload"
          (string-append "-Wl,-rpath," (path->string (build-path build-dir "lib")))))
  (if built? (run! #:dir module-dir program) (values #f (string-append source log))))

(define (run-sh b)
  (define dir (build-path scratch (format "sh-~a-~a" (path->string (file-name-from-path (block-doc b))) (block-line b))))
  (make-directory* dir)
  (for ([entry (directory-list source-dir)] #:unless (member (path->string entry) '("out")))
    (make-file-or-directory-link (build-path source-dir entry) (build-path dir entry)))
  (make-file-or-directory-link build-dir (build-path dir "out"))
  (define env (environment-variables-copy base-env))
  (environment-variables-set! env #"PLTADDONDIR" (path->bytes (build-path dir "addon")))
  (environment-variables-set! env #"YUNI_BUILD_DIR" (path->bytes build-dir))
  (run! #:dir dir #:env env (exe "bash") "-euc" (block-text b)))

(define failures 0)
(for* ([doc (in-list docs)] [b (in-list (blocks-of doc))])
  (define where (format "~a:~a ~a" (block-doc b) (block-line b) (if (string=? (block-lang b) "") "(no language)" (block-lang b))))
  (cond
    [(block-skip b) (printf "~a: not run (~a)\n" where (block-skip b))]
    [(string=? (block-lang b) "text") (printf "~a: a listing\n" where)]
    [else
     (define runner (hash-ref (hash "racket" run-racket "scheme" run-scheme "c" run-c "sh" run-sh) (block-lang b) #f))
     (define-values (ok? log)
       (if runner (runner b) (values #f "no way to check this language: mark it text, or <!-- not run: why -->")))
     (cond
       [ok? (printf "~a: ok\n" where)]
       [else (set! failures (add1 failures)) (printf "~a: FAIL\n~a\n" where log)])]))
(delete-directory/files scratch)
(cond
  [(zero? failures) (printf "docs snippets: OK\n")]
  [else (printf "docs snippets: ~a failed\n" failures) (exit 1)])
