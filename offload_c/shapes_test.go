package offloadc

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/yuni-offload/yuni-offload/offload"
)

// TestLoopShapes compiles and runs the loop shapes programs are written
// in: a named let or do guarded by when, unless, cond, if, or a test that
// leaves, placed in an entry, in a top-level procedure, in a procedure
// defined inside the entry, in a loop inside another loop, and inside a
// procedure that is itself a loop's body; with a store in the body or
// without one. Every shape must compile with and without inlining (no
// internal error, ever) and add up the same numbers.
func TestLoopShapes(t *testing.T) {
	// Each loop adds i (0 <= i < n) to the s64 at offset 0 of out.
	add := `(bytevector-s64-native-set! out 0 (+ (bytevector-s64-native-ref out 0) i))`
	loops := map[string]string{
		"when":    `(let loop ((i 0)) (when (< i n) BODY (loop (+ i 1))))`,
		"unless":  `(let loop ((i 0)) (unless (>= i n) BODY (loop (+ i 1))))`,
		"cond":    `(let loop ((i 0)) (cond ((< i n) BODY (loop (+ i 1)))))`,
		"if":      `(let loop ((i 0)) (if (< i n) (begin BODY (loop (+ i 1)))))`,
		"if-else": `(let loop ((i 0)) (if (>= i n) #t (begin BODY (loop (+ i 1)))))`,
		"do":      `(do ((i 0 (+ i 1))) ((= i n)) BODY)`,
		"when-2":  `(let loop ((i 0) (k 1)) (when (< i n) BODY (loop (+ i k) k)))`,
	}
	// Where the loop is; LOOP stands for it, and each place runs it `times`
	// times over the same n.
	places := []struct {
		name, src string
		times     int
	}{
		{"entry", `(define-entry (go (out bytevector) (n s64)) void LOOP)`, 1},
		{"procedure", `(define (walk! out n) LOOP) (define-entry (go (out bytevector) (n s64)) void (walk! out n))`, 1},
		{"procedure-twice", `(define (walk! out n) LOOP)
		  (define-entry (go (out bytevector) (n s64)) void (walk! out n) (walk! out n))`, 2},
		{"local", `(define-entry (go (out bytevector) (n s64)) void (define (walk!) LOOP) (walk!))`, 1},
		{"local-args", `(define-entry (go (out bytevector) (n s64)) void (define (walk! m) (let ((n m)) LOOP)) (walk! n) (walk! n))`, 2},
		{"letrec", `(define-entry (go (out bytevector) (n s64)) void (letrec ((walk! (lambda () LOOP))) (walk!)))`, 1},
		{"nested-when", `(define-entry (go (out bytevector) (n s64)) void
		  (let outer ((j 0)) (when (< j 3) LOOP (outer (+ j 1)))))`, 3},
		{"nested-do", `(define-entry (go (out bytevector) (n s64)) void (do ((j 0 (+ j 1))) ((= j 3)) LOOP))`, 3},
		{"nested-in-procedure", `(define (walk! out n) (do ((j 0 (+ j 1))) ((= j 2)) LOOP))
		  (define-entry (go (out bytevector) (n s64)) void (walk! out n))`, 2},
		{"nested-local", `(define-entry (go (out bytevector) (n s64)) void
		  (define (walk!) LOOP)
		  (let outer ((j 0)) (unless (= j 2) (walk!) (outer (+ j 1)))))`, 2},
		{"in-recursion", `(define (walk! out n d) (when (> d 0) LOOP (walk! out n (- d 1))))
		  (define-entry (go (out bytevector) (n s64)) void (walk! out n 3))`, 3},
		{"non-tail", `(define (walk! out n d) (if (= d 0) 0 (begin LOOP (+ 1 (walk! out n (- d 1))))))
		  (define-entry (go (out bytevector) (n s64)) void (walk! out n 2))`, 2},
	}
	defer func() { offload.Inlining = true }()
	buf := NewBuffer(8)
	defer buf.Free()
	for lname, loop := range loops {
		for _, body := range []string{add, `(bytevector-u8-ref out 0) ` + add} {
			for _, pl := range places {
				src := lib1(strings.ReplaceAll(pl.src, "LOOP", strings.ReplaceAll(loop, "BODY", body)))
				for _, inline := range []bool{true, false} {
					name := fmt.Sprintf("%s/%s/%d/inline=%v", lname, pl.name, len(body), inline)
					t.Run(name, func(t *testing.T) {
						offload.Inlining = inline
						bc, err := offload.Compile("shape.sls", []byte(src))
						if err != nil {
							t.Fatalf("%v\n%s", err, src)
						}
						p, err := Load(bc.Encode())
						if err != nil {
							t.Fatal(err)
						}
						defer p.Destroy()
						e, err := p.Entry("go")
						if err != nil {
							t.Fatal(err)
						}
						for _, n := range []int{0, 1, 7} {
							clear(buf.Bytes())
							ptr, l := buf.Slots()
							if _, err := e.Call(ptr, l, uint64(n)); err != nil {
								t.Fatalf("n=%d: %v", n, err)
							}
							want := int64(pl.times * n * (n - 1) / 2)
							if got := int64(binary.LittleEndian.Uint64(buf.Bytes())); got != want {
								t.Fatalf("n=%d: sum %d, want %d\n%s", n, got, want, src)
							}
						}
					})
				}
			}
		}
	}
}

func lib1(body string) string {
	return "#!r6rs\n(library (t) (export go) (import (offload))\n" + body + ")\n"
}
