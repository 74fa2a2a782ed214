// Command compile measures how the Offload compiler's time grows with the
// program: each shape is compiled at 1, 4 and 16 times a base size, best
// of -reps runs, and the ratio of the 16x time to the 1x time is printed
// (16 for a compiler linear in the program; 256 for a quadratic one).
// build/bench.sh runs it.
//
//	<shape>_ms_1x, <shape>_ms_16x, <shape>_time_ratio_16x
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/yuni-offload/yuni-offload/offload"
)

var reps = flag.Int("reps", 3, "runs per size (the best counts)")

func lib(body string) string {
	return "(library (t) (export f) (import (offload))\n" + body + ")\n"
}

// The shapes that used to cost the square of their size, and two plain
// ones; n is the size in nodes, roughly.
var shapes = []struct {
	name string
	src  func(n int) string
}{
	{"nested", func(n int) string { // n/800 expressions 800 deep
		var b strings.Builder
		b.WriteString("(define-entry (f (x s64)) s64 (let ((a 0)) ")
		for i := 0; i < n/800; i++ {
			b.WriteString("(set! a " + strings.Repeat("(+ 1 ", 800) + "x" + strings.Repeat(")", 800) + ") ")
		}
		b.WriteString("a))")
		return lib(b.String())
	}},
	{"let_star", func(n int) string { // one let* of n/16 bindings (a register each)
		var b strings.Builder
		b.WriteString("(define-entry (f (x s64)) s64 (let* ((v0 1) (v1 2) ")
		for i := 0; i < n/16; i++ {
			fmt.Fprintf(&b, "(v (+ v%d x)) ", i%2)
		}
		b.WriteString(") v))")
		return lib(b.String())
	}},
	{"call_chain", func(n int) string { // n/8 procedures, each calling the next
		var b strings.Builder
		b.WriteString("(define-import (imp s64) s64)")
		for i := 0; i < n/8; i++ {
			fmt.Fprintf(&b, "(define (p%d x) (+ 1 (p%d (- x 1))))", i, i+1)
		}
		fmt.Fprintf(&b, "(define (p%d x) (imp x)) (define-entry (f (x s64)) s64 (p0 x))", n/8)
		return lib(b.String())
	}},
	{"statements", func(n int) string { // n/6 stores in a row
		var b strings.Builder
		b.WriteString("(define-entry (f (b bytevector)) void ")
		for i := 0; i < n/6; i++ {
			fmt.Fprintf(&b, "(bytevector-u8-set! b %d (bytevector-u8-ref b %d)) ", i%64, (i+1)%64)
		}
		b.WriteString(")")
		return lib(b.String())
	}},
	{"loops", func(n int) string { // n/40 procedures with a loop each
		var b strings.Builder
		for i := 0; i < n/40; i++ {
			fmt.Fprintf(&b, "(define (g%d v k) (do ((i 0 (+ i 1)) (acc 0 (+ acc (bytevector-u8-ref v i)))) ((= i k) acc)))", i)
		}
		b.WriteString("(define-entry (f (v bytevector)) s64 (let ((a 0))")
		for i := 0; i < n/40; i++ {
			fmt.Fprintf(&b, " (set! a (+ a (g%d v 4)))", i)
		}
		b.WriteString(" a))")
		return lib(b.String())
	}},
}

func best(src string) time.Duration {
	d := time.Duration(1 << 62)
	for r := 0; r < *reps; r++ {
		t := time.Now()
		if _, err := offload.Compile("bench.sls", []byte(src)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if e := time.Since(t); e < d {
			d = e
		}
	}
	return d
}

func main() {
	flag.Parse()
	const base = 4000
	for _, s := range shapes {
		t1, t16 := best(s.src(base)), best(s.src(16*base))
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		fmt.Printf("%s_ms_1x: %.1f\n%s_ms_16x: %.1f\n%s_time_ratio_16x: %.1f\n", s.name, ms(t1), s.name, ms(t16), s.name,
			float64(t16)/float64(t1))
	}
}
