;; The demo's real-time DSP, shared by the C and Racket demos: a 440 Hz tone
;; with a 9 kHz whine, through a 2 kHz biquad low-pass, 256 samples (48 kHz)
;; a block.  Each block goes into a ring in the native heap and rings the
;; host's chime; a full ring counts an overrun instead of waiting.
;;   state: [0] block number (s64), [8] z1, [16] z2 (f64), [24] overruns (s64)
(library (demo dsp)
  (export block)
  (import (offload))
  (define-entry/rt (block (state bytevector) (frame bytevector) (ring bytevector) (ready chime)) s64
    (let ((n (bytevector-s64-native-ref state 0)))
      (do ((i 0 (+ i 1))) ((= i 256))
        (let* ((t (fl/ (fixnum->flonum (+ (* n 256) i)) 48000.0))
               (x (fl+ (flsin (fl* 2764.601535159018 t))            ; 2 pi 440
                       (fl* 0.3 (flsin (fl* 56548.66776461628 t))))) ; 2 pi 9000
               (z1 (bytevector-ieee-double-native-ref state 8))
               (z2 (bytevector-ieee-double-native-ref state 16))
               (y (fl+ (fl* 0.0144 x) z1)))
          (bytevector-ieee-double-native-set! state 8 (fl+ (fl- (fl* 0.0288 x) (fl* -1.6330 y)) z2))
          (bytevector-ieee-double-native-set! state 16 (fl- (fl* 0.0144 x) (fl* 0.6906 y)))
          (bytevector-ieee-double-native-set! frame (* i 8) y)))
      (bytevector-s64-native-set! state 0 (+ n 1))
      (if (ring-put! ring frame 0 2048)
          (chime! ready)
          (bytevector-s64-native-set! state 24 (+ 1 (bytevector-s64-native-ref state 24))))
      n)))
