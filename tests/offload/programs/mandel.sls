#!r6rs
;; run: (mandel 32 50)
(library (t mandel)
  (export mandel)
  (import (offload))
  (define (iterations cr ci limit)
    (let loop ((zr 0.0) (zi 0.0) (k 0))
      (if (or (= k limit) (> (+ (* zr zr) (* zi zi)) 4.0))
          k
          (loop (+ (- (* zr zr) (* zi zi)) cr) (+ (* 2.0 zr zi) ci) (+ k 1)))))
  (define-entry (mandel (size s64) (limit s64)) s64
    (let ((scale (/ 3.0 (inexact size))))
      (do ((y 0 (+ y 1))
           (total 0 (+ total
                       (do ((x 0 (+ x 1))
                            (row 0 (+ row (iterations (- (* (inexact x) scale) 2.0) (- (* (inexact y) scale) 1.5) limit))))
                           ((= x size) row)))))
          ((= y size) total)))))
