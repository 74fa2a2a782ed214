;; Chez Scheme loads libyuni-offload.so with load-shared-object, walks its NCCC
;; module table the way yuni's loader does (ops 1, 2, 6), and calls functions
;; through the NCCC stubs it found — including the module loader itself.
(import (chezscheme))

(define failures 0)
(define passes 0)
(define-syntax check
  (syntax-rules ()
    [(_ what expr)
     (if expr
         (set! passes (+ passes 1))
         (begin (set! failures (+ failures 1))
                (fprintf (current-error-port) "FAIL: ~a\n" what)))]))

(load-shared-object (getenv "YUNI_LIBRARY"))

;; An NCCC function at an address, as a Scheme procedure of two addresses.
(define-syntax nccc-proc
  (syntax-rules ()
    [(_ addr) (let ([a addr]) (foreign-procedure a (uptr uptr) void))]))
(define dispatch (nccc-proc (foreign-entry "lib_yuni_offload_dispatch_ncccv0")))

(define (slots n) (let ([p (foreign-alloc (* 8 (max n 1)))])
                    (do ([i 0 (+ i 1)]) ((= i (max n 1)) p) (foreign-set! 'unsigned-64 p (* 8 i) 0))))
(define (s32 p i) (foreign-ref 'integer-32 p (* 8 i)))
(define (s32! p i v) (foreign-set! 'integer-32 p (* 8 i) v))
(define (u32 p i) (foreign-ref 'unsigned-32 p (* 8 i)))
(define (ptr p i) (foreign-ref 'uptr p (* 8 i)))
(define (ptr! p i v) (foreign-set! 'uptr p (* 8 i) v))
(define (f32 p i) (foreign-ref 'single-float p (* 8 i)))
(define (f32! p i v) (foreign-set! 'single-float p (* 8 i) v))
(define (f64 p i) (foreign-ref 'double-float p (* 8 i)))
(define (f64! p i v) (foreign-set! 'double-float p (* 8 i) v))
(define (cstr a)
  (and (not (= a 0))
       (let loop ([i 0] [acc '()])
         (let ([b (foreign-ref 'unsigned-8 a i)])
           (if (= b 0)
               (utf8->string (u8-list->bytevector (reverse acc)))
               (loop (+ i 1) (cons b acc)))))))
(define (->cstr s)
  (let* ([b (string->utf8 s)] [n (bytevector-length b)] [p (foreign-alloc (+ n 1))])
    (do ([i 0 (+ i 1)]) ((= i n)) (foreign-set! 'unsigned-8 p i (bytevector-u8-ref b i)))
    (foreign-set! 'unsigned-8 p n 0)
    p))

(define type-names '#("u32" "u64" "f32" "f64" "s32" "s64" "ptr" "uptr" "sptr" "u8" "u16" "s8" "s16"))

;; rows: (name fn argc retc types)
(define (walk dispatch)
  (let ([in (slots 2)] [out (slots 8)])
    (s32! in 0 1)
    (dispatch in out)
    (let* ([name (cstr (ptr out 0))]
           [count (s32 out 2)]
           [rows
            (let loop ([id 0] [acc '()])
              (if (= id count)
                  (reverse acc)
                  (begin
                    (s32! in 0 2)
                    (s32! in 1 id)
                    (dispatch in out)
                    (check (format "export_info ~a" id) (= 0 (s32 out 0)))
                    (let* ([ename (cstr (ptr out 2))] [fn (ptr out 5)]
                           [argc (s32 out 6)] [retc (s32 out 7)] [a (slots (+ 3 argc retc))])
                      (s32! in 0 6)
                      (dispatch in a)
                      (check (format "arg_info ~a" ename)
                             (and (= 0 (s32 a 0)) (= argc (s32 a 1)) (= retc (s32 a 2))))
                      (let ([types (map (lambda (k) (s32 a (+ 3 k))) (iota (+ argc retc)))])
                        (foreign-free a)
                        (loop (+ id 1) (cons (list ename fn argc retc types) acc)))))))])
      (s32! in 0 99)
      (s32! out 0 0)
      (dispatch in out)
      (check "unknown op answers -1" (= -1 (s32 out 0)))
      (foreign-free in)
      (foreign-free out)
      (values name rows))))

(define (row->string r)
  (let* ([argc (caddr r)]
         [ts (map (lambda (t) (vector-ref type-names t)) (list-ref r 4))]
         [join (lambda (l) (if (null? l) ""
                               (fold-left (lambda (a s) (string-append a " " s)) (car l) (cdr l))))])
    (format "~a (~a) -> (~a)" (car r) (join (list-head ts argc)) (join (list-tail ts argc)))))

(define (header-count path)
  (with-input-from-file path
    (lambda ()
      (let loop ([n 0])
        (let ([l (get-line (current-input-port))])
          (cond [(eof-object? l) n]
                [(and (>= (string-length l) 9) (string=? (substring l 0 9) "YUNI_API ")
                      (not (string-search "dispatch_ncccv0" l)))
                 (loop (+ n 1))]
                [else (loop n)]))))))
(define (string-search needle hay)
  (let ([n (string-length needle)] [h (string-length hay)])
    (let loop ([i 0])
      (cond [(> (+ i n) h) #f]
            [(string=? (substring hay i (+ i n)) needle) i]
            [else (loop (+ i 1))]))))

(define-values (name rows) (walk dispatch))
(check "library name" (equal? name "yuni_offload"))
(check "export count equals the header's YUNI_API count" (= (length rows) (header-count (getenv "YUNI_HEADER"))))
(define (stub n) (nccc-proc (cadr (assoc n rows))))
(define row-version (assoc "yuni_version" rows))
(check "yuni_version signature" (equal? (cddr row-version) '(0 1 (0))))

(define in (slots 8))
(define out (slots 8))
((stub "yuni_version") 0 out)
(check "yuni_version through NCCC" (= (u32 out 0) ((foreign-procedure "yuni_version" () unsigned-32))))
(s32! in 0 -4)
((stub "yuni_strerror") in out)
(check "yuni_strerror(-4) through NCCC" (equal? (cstr (ptr out 0)) "no such file"))

(define cpath (->cstr (string-append (getenv "YUNI_TEST_MODULE_DIR") "/libnccc_yunitest.so")))
(define handle-box (slots 1))
(ptr! in 0 cpath)
(ptr! in 1 handle-box)
((stub "yuni_module_open") in out)
(check "yuni_module_open through NCCC" (= 0 (s32 out 0)))
(define handle (ptr handle-box 0))
(define (lookup fname)
  (let ([fn-box (slots 1)] [cname (->cstr fname)])
    (ptr! in 0 handle)
    (ptr! in 1 cname)
    (ptr! in 2 fn-box)
    (ptr! in 3 0)
    ((stub "yuni_module_lookup") in out)
    (let ([st (s32 out 0)] [fn (ptr fn-box 0)])
      (foreign-free fn-box)
      (foreign-free cname)
      (and (= st 0) (nccc-proc fn)))))
(define mul (lookup "mul_f32"))
(define neg (lookup "neg_f64"))
(check "lookup found mul_f32 and neg_f64" (and mul neg #t))
(check "lookup of a missing name fails" (not (lookup "no_such_export")))
(f32! in 0 1.5)
(f32! in 1 2.25)
(mul in out)
(check "mul_f32 keeps f32" (= (f32 out 0) 3.375))
(f64! in 0 0.0)
(neg in out)
(check "neg_f64(0.0) is -0.0" (eqv? (f64 out 0) -0.0))
(f64! in 0 +nan.0)
(neg in out)
(check "neg_f64(NaN) is NaN" (nan? (f64 out 0)))
(ptr! in 0 handle)
((stub "yuni_module_close") in out)
(check "close" (= 0 (s32 out 0)))
((stub "yuni_module_close") in out)
(check "second close is YUNI_EBADHANDLE" (= -2 (s32 out 0)))
(foreign-free cpath)
(foreign-free handle-box)

(printf "chez: module ~a, ~a exports; e.g. ~a\n" name (length rows) (row->string row-version))
(printf "chez: ~a passed, ~a failed\n" passes failures)
(exit (if (= failures 0) 0 1))
