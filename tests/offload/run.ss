;; Run an Offload program's `;; run:` lines in Chez Scheme, as R6RS, with
;; bindings/scheme providing (offload); print one line per run in the
;; format offload_c/runspec.go prints for the interpreter, so the two
;; outputs compare line by line.
;;   scheme --libdirs bindings/scheme --script tests/offload/run.ss FILE
(import (chezscheme))

(define file (cadr (command-line)))
(define lib-name (call-with-input-file file (lambda (p) (cadr (read p)))))
(load file)
(define env (environment '(rnrs) lib-name))

(define (fnv1a bv)
  (let loop ((i 0) (h #xcbf29ce484222325))
    (if (= i (bytevector-length bv))
        h
        (loop (+ i 1) (mod (* (logxor h (bytevector-u8-ref bv i)) #x100000001b3) (expt 2 64))))))

(define (hex16 n)
  (let ((s (number->string n 16)))
    (string-append (make-string (- 16 (string-length s)) #\0) s)))

;; (u8s N) (s32s N) (s64s N) (f64s N) (zeros N): bytevectors with fixed
;; patterns (the same in runspec.go)
(define (make-arg spec)
  (if (pair? spec)
      (let* ((n (cadr spec)))
        (case (car spec)
          ((zeros) (make-bytevector n 0))
          ((u8s) (let ((bv (make-bytevector n)))
                   (do ((i 0 (+ i 1))) ((= i n) bv) (bytevector-u8-set! bv i (mod (+ (* i 37) 11) 256)))))
          ((s32s) (let ((bv (make-bytevector (* 4 n))))
                    (do ((i 0 (+ i 1))) ((= i n) bv)
                      (bytevector-s32-native-set! bv (* 4 i) (- (mod (* i 7919) 2001) 1000)))))
          ((s64s) (let ((bv (make-bytevector (* 8 n))))
                    (do ((i 0 (+ i 1))) ((= i n) bv)
                      (bytevector-s64-native-set! bv (* 8 i) (- (* i i 1000003) 5)))))
          ((f64s) (let ((bv (make-bytevector (* 8 n))))
                    (do ((i 0 (+ i 1))) ((= i n) bv)
                      (bytevector-ieee-double-native-set! bv (* 8 i) (fl- (fl* (fixnum->flonum (mod i 17)) 0.1) 0.8)))))
          (else (error 'run "unknown argument spec" spec))))
      spec))

(define (show v)
  (cond ((eq? v 'void) "void")
        ((boolean? v) (if v "#t" "#f"))
        ((and (exact? v) (integer? v)) (number->string v))
        ((flonum? v)
         (if (nan? v)
             "f64:nan"
             (let ((bv (make-bytevector 8)))
               (bytevector-ieee-double-native-set! bv 0 v)
               (string-append "f64:" (hex16 (bytevector-u64-native-ref bv 0))))))
        (else (format "unexpected:~s" v))))

(define (run spec)
  (let* ((proc (eval (car spec) env))
         (args (map make-arg (cdr spec)))
         (result (guard (c ((and (who-condition? c) (eq? (condition-who c) 'offload))
                            (string-append "trap:" (condition-message c)))
                           ((message-condition? c) (string-append "error:" (condition-message c))))
                   (show (apply proc args)))))
    (display (car spec))
    (display " => ")
    (display result)
    (for-each (lambda (a) (when (bytevector? a) (display " bv:") (display (hex16 (fnv1a a))))) args)
    (newline)))

(call-with-input-file file
  (lambda (p)
    (let loop ()
      (let ((line (get-line p)))
        (unless (eof-object? line)
          (when (and (> (string-length line) 8) (string=? (substring line 0 8) ";; run: "))
            (run (read (open-string-input-port (substring line 8 (string-length line))))))
          (loop))))))
