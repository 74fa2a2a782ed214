package offload

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/yuni-offload/yuni-offload/offload/internal/opgen"
)

func lib(body string) string {
	return "#!r6rs\n(library (t) (export f) (import (offload))\n" + body + ")\n"
}

// lastCode compiles lib(body) and returns the code of its last function
// (the entry, when body defines it last).
func lastCode(t *testing.T, body string) []Instruction {
	t.Helper()
	bc, err := Compile("t.sls", []byte(lib(body)))
	if err != nil {
		t.Fatal(err)
	}
	return bc.Funcs[len(bc.Funcs)-1].Code
}

// An unbalanced parenthesis is reported at the '(' that lacks its ')'.
func TestUnclosedPosition(t *testing.T) {
	cases := []struct {
		src       string
		line, col int
	}{
		{"(library (t) (export f)", 1, 1},
		{"(library (t) (export f) (import (offload))\n (define (g x) x\n (define-entry (f (n s64)) s64 (g n)))", 2, 2},
		{"(library (t) (export f) (import (offload))\n (define (g x) x)\n (define-entry (f (n s64)) s64 (g n))", 3, 2},
		{"(library (t) (export f) (import (offload))\n (define-entry (f (n s64)) s64 (let ((a 1)) a)", 2, 2},
		{"(library (t) (export f) (import (offload))\n (define-entry (f (n s64)) s64 (let ((a 1)) (g '(1 2 ", 2, 49},
	}
	for _, c := range cases {
		_, err := Compile("t.sls", []byte(c.src))
		var e *Error
		if !errors.As(err, &e) || !strings.Contains(e.Msg, "is never closed") || e.Line != c.line || e.Col != c.col {
			t.Errorf("%q: got %v, want \"never closed\" at %d:%d", c.src, err, c.line, c.col)
		}
	}
}

// Every rejected program names a position and says what is wrong.
func TestCompileErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"empty", "", "empty file"},
		{"two forms", lib(`(define-entry (f) s64 1)`) + "(foo)", "one (library"},
		{"unbalanced", "(library (t) (export f)", "this '(' is never closed: the file ends first"},
		{"unclosed define", lib(`(define-entry (f (n s64)) s64 (+ n 1)`), "this '(' is never closed: it takes in everything after it"},
		{"variadic", lib(`(define (g . xs) 1) (define-entry (f) s64 (g 1))`), "variadic procedures are not part of Offload"},
		{"variadic entry", lib(`(define-entry (f . xs) s64 1)`), "variadic procedures are not part of Offload"},
		{"misspelled prim", lib(`(define-entry (f (b bytevector)) s64 (bytevector-u8-reff b 0))`),
			"unknown procedure or form bytevector-u8-reff: did you mean bytevector-u8-ref?"},
		{"misspelled own", lib(`(define (scale x) x) (define-entry (f (n s64)) s64 (scael n))`), "did you mean scale?"},
		{"misspelled left out", lib(`(define-entry (f (n s64)) s64 (lenght n))`), "did you mean length? Offload leaves it out: lists"},
		{"strings", lib(`(define-entry (f (n s64)) s64 (string-length n))`),
			"string-length is Scheme that Offload leaves out: strings, characters and symbols are not part of Offload; work on the bytes in a bytevector"},
		{"endian accessor", lib(`(define-entry (f (b bytevector)) s64 (bytevector-u16-ref b 0 1))`),
			"bytevector-u16-ref is Scheme that Offload leaves out: Offload has the native-endian accessors only"},
		{"two values", lib(`(define-entry (f) f64 (fldiv-and-mod 1.0 2.0))`), "it returns two values"},
		{"nothing near", lib(`(define-entry (f (n s64)) s64 (zork n))`), "unknown procedure or form zork"},
		{"boolean operand", lib(`(define-entry (f (n s64)) s64 (+ n #t))`), "+ needs numbers, not boolean"},
		{"stray close", ")", "unexpected ')'"},
		{"bad import", "(library (t) (export f) (import (rnrs)) (define-entry (f) s64 1))", "imports exactly (offload)"},
		{"no entry", "(library (t) (export) (import (offload)) (define (g) 1))", "defines no entry"},
		{"export non-entry", "(library (t) (export f g) (import (offload)) (define-entry (f) s64 1) (define (g) 1))", "g is exported but is not an entry"},
		{"unexported entry", "(library (t) (export f) (import (offload)) (define-entry (f) s64 1) (define-entry (h) s64 1))", "entry h is not in the export list"},
		{"unbound", lib(`(define-entry (f) s64 x)`), "unbound variable x"},
		{"let twice", lib(`(define-entry (f) s64 (let ((a 1) (a 2)) a))`), "a is bound twice in this let"},
		{"named let twice", lib(`(define-entry (f) s64 (let lp ((a 1) (a 2)) a))`), "a is bound twice in this let"},
		{"do twice", lib(`(define-entry (f) s64 (do ((i 0 (+ i 1)) (i 0)) ((= i 3) i)))`), "i is bound twice in this do"},
		{"mixed types", lib(`(define-entry (f (a s64)) s64 (+ a 1.5))`), "+ needs numbers of one type"},
		{"bad result", lib(`(define-entry (f (a s64)) f64 a)`), "declared to return f64 but its body gives s64"},
		{"if test", lib(`(define-entry (f (a s64)) s64 (if a 1 2))`), "test of if must be a boolean"},
		{"branches", lib(`(define-entry (f (a s64)) s64 (if (= a 1) 1 2.0))`), "different types"},
		{"bigint", lib(`(define-entry (f) s64 99999999999999999999)`), "does not fit in 64 bits"},
		{"rational", lib(`(define-entry (f) s64 1/2)`), "rationals are not part of Offload"},
		{"string", lib(`(define-entry (f) s64 "x")`), "strings are not part of Offload"},
		{"cons", lib(`(define-entry (f) s64 (car (cons 1 2)))`), "pairs allocate"},
		{"lambda value", lib(`(define-entry (f) s64 (let ((g (lambda (x) x))) 1))`), "Offload has no closures"},
		{"proc value", lib(`(define (g) 1) (define-entry (f) s64 (let ((h g)) 1))`), "can only be called"},
		{"call/cc", lib(`(define-entry (f) s64 (call/cc (lambda (k) 1)))`), "no continuations"},
		{"display", lib(`(define-entry (f) void (display 1))`), "no I/O"},
		{"arity", lib(`(define (g a b) a) (define-entry (f) s64 (g 1))`), "g takes 2 arguments, given 1"},
		{"prim arity", lib(`(define-entry (f) s64 (quotient 1))`), "quotient takes 2 arguments, given 1"},
		{"set top", lib(`(define k 1) (define-entry (f) s64 (set! k 2) k)`), "top-level definitions are constants"},
		{"captured set", lib(`(define-entry (f (n s64)) s64 (let ((x 0)) (define (g) x) (set! x 1) (g)))`), "set! of x, which the local procedure g also uses"},
		{"not constant", lib(`(define k (fib 3)) (define (fib n) n) (define-entry (f) s64 k)`), "must be a constant expression"},
		{"unknown type", lib(`(define-entry (f (a int)) s64 a)`), "unknown type int"},
		{"void param", lib(`(define-entry (f (a void)) s64 1)`), "void is only a result type"},
		{"bv result", lib(`(define-entry (f (a bytevector)) bytevector a)`), "cannot be a result"},
		{"no value", lib(`(define-entry (f (b bytevector)) s64 (+ 1 (bytevector-u8-set! b 0 1)))`), "no value"},
		{"rt import", lib(`(define-import (log-it s64) void) (define (g x) (log-it x)) (define-entry/rt (f (a s64)) void (g a))`),
			"real-time entry f may call the host: f → g calls the import log-it"},
		{"redefine prim", lib(`(define (+ a b) a) (define-entry (f) s64 1)`), "built-in name"},
		{"define late", lib(`(define-entry (f) s64 1 (define x 2) x)`), "define must come before"},
		{"case datum", lib(`(define-entry (f (a s64)) s64 (case a ((x) 1) (else 2)))`), "case datums must be integers"},
		{"else not last", lib(`(define-entry (f (a s64)) s64 (cond (else 1) ((= a 1) 2)))`), "after else can never be reached"},
		{"dotted", lib(`(define-entry (f) s64 (quote (1 . 2)))`), "dotted pairs"},
		{"exact decimal", lib(`(define-entry (f) s64 #e1.5)`), "#e on a decimal"},
		{"use before define", lib(`(define-entry (f (n s64)) s64 (define a (+ b 1)) (define b n) a)`),
			"b is used before its definition at line 3:58"},
		{"use of itself", lib(`(define-entry (f (n s64)) s64 (define a (+ a 1)) a)`), "a is used before its own definition"},
		{"set before define", lib(`(define-entry (f (n s64)) s64 (define a (begin (set! b 2) 1)) (define b n) a)`),
			"b is used before its definition"},
		{"call before define", lib(`(define-entry (f (n s64)) s64 (define (g) b) (define a (g)) (define b n) a)`),
			"a calls g, which uses b before its definition"},
		{"call through before define", lib(`(define-entry (f (n s64)) s64 (define (g) (h)) (define (h) b) (define a (+ 1 (g))) (define b n) a)`),
			"a calls g, which uses b before its definition"},
		{"too deep", lib(`(define-entry (f (n s64)) s64 ` + strings.Repeat("(+ 1 ", 1200) + "n" + strings.Repeat(")", 1200) + ")"),
			"lists nest more than 1000 deep here"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Compile("t.sls", []byte(c.src))
			if err == nil {
				t.Fatalf("compiled; want an error containing %q", c.want)
			}
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 || e.Col < 1 || e.File != "t.sls" {
				t.Fatalf("error without a position: %v", err)
			}
			if !strings.Contains(e.Msg, c.want) {
				t.Fatalf("got %q, want it to contain %q", err, c.want)
			}
		})
	}
}

// Positions point at the offending form.
func TestErrorPosition(t *testing.T) {
	src := "(library (t) (export f) (import (offload))\n  (define-entry (f (a s64)) s64\n    (+ a\n       2.5)))\n"
	_, err := Compile("p.sls", []byte(src))
	var e *Error
	if !errors.As(err, &e) || e.Line != 4 || e.Col != 8 {
		t.Fatalf("want p.sls:4:8, got %v", err)
	}
}

func TestEffects(t *testing.T) {
	src := lib(`(define-import (wait-for s64) s64 blocking)
(define-import (note s64) void)
(define (helper c x) (chime! c) (note x))
(define-entry (f (c chime) (x s64)) s64 (helper c x) (wait-for x))
(define-entry/rt (g (c chime)) void (chime! c))`)
	src = strings.Replace(src, "(export f)", "(export f g)", 1)
	bc, err := Compile("e.sls", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Effects{"f": EffectBlocks | EffectCallsHost | EffectRings, "g": EffectRings}
	for _, e := range bc.Entries {
		if e.Effects != want[e.Name] {
			t.Errorf("%s: effects %v, want %v", e.Name, e.Effects, want[e.Name])
		}
	}
}

// Encode and Decode are inverses, and every program disassembles.
func TestBytecodeRoundTrip(t *testing.T) {
	src := lib(`(define (sq x) (* x x)) (define-entry (f (b bytevector) (x f64)) f64 (+ (sq x) 1e300 (bytevector-ieee-double-native-ref b 0)))`)
	bc, err := Compile("r.sls", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	blob := bc.Encode()
	back, err := Decode(blob)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Encode(), blob) {
		t.Fatal("re-encoding differs")
	}
	var out bytes.Buffer
	Disassemble(&out, back)
	for _, want := range []string{"entry f", "function 0 sq", "mul.f", "loadk.f", "1e+300", "ld.f64"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("listing lacks %q:\n%s", want, out.String())
		}
	}
	for n := 0; n < len(blob); n++ {
		if _, err := Decode(blob[:n]); err == nil {
			t.Fatalf("a truncated blob (%d of %d bytes) decoded", n, len(blob))
		}
	}
}

// opcodes_gen.go is what the generator makes of offload_c/opcodes.def.
func TestOpcodesGenerated(t *testing.T) {
	def, err := os.ReadFile("../offload_c/opcodes.def")
	if err != nil {
		t.Fatal(err)
	}
	want, err := opgen.Generate(def)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile("opcodes_gen.go")
	if !bytes.Equal(got, want) {
		t.Fatal("opcodes_gen.go is stale: run go generate ./offload")
	}
}

// The reader and compiler never panic, every error has a position, and
// none is internal.
func FuzzCompile(f *testing.F) {
	seeds, _ := os.ReadDir("../tests/offload/programs")
	for _, s := range seeds {
		if data, err := os.ReadFile("../tests/offload/programs/" + s.Name()); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(lib(`(define-entry (f (a s64)) s64 (let loop ((i a)) (if (< i 0) i (loop (- i 1)))))`)))
	f.Fuzz(func(t *testing.T, src []byte) {
		bc, err := Compile("fuzz.sls", src)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 || e.Col < 1 {
				t.Fatalf("error without a position: %v", err)
			}
			if strings.Contains(e.Msg, "internal:") {
				t.Fatalf("no source may give an internal error: %v", err)
			}
			return
		}
		if _, err := Decode(bc.Encode()); err != nil {
			t.Fatalf("own bytecode does not decode: %v", err)
		}
	})
}

// Compiling costs memory (and allocations, a proxy for time that a busy
// machine does not blur) in proportion to the program: shapes that used
// to cost the square of their size (deep nesting, long let*, call chains,
// many procedures) are compiled at n and 4n, and 4n may cost at most 5
// times n.
func TestCompileScalesLinearly(t *testing.T) {
	nested := func(n int) string { // n/800 expressions, each 800 deep
		var b strings.Builder
		b.WriteString("(define-entry (f (x s64)) s64 (let ((a 0)) ")
		for i := 0; i < n/800; i++ {
			b.WriteString("(set! a " + strings.Repeat("(+ 1 ", 800) + "x" + strings.Repeat(")", 800) + ") ")
		}
		b.WriteString("a))")
		return b.String()
	}
	shapes := map[string]func(n int) string{
		"nested": nested,
		"let*": func(n int) string {
			var b strings.Builder
			b.WriteString("(define-entry (f (x s64)) s64 (let* (")
			for i := 0; i < n/2; i++ { // a register each
				fmt.Fprintf(&b, "(v (+ v%d x)) ", i%2)
			}
			b.WriteString(") v))")
			return strings.Replace(b.String(), "(let* (", "(let* ((v0 1) (v1 2) ", 1)
		},
		"chain": func(n int) string {
			var b strings.Builder
			b.WriteString("(define-import (imp s64) s64)")
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, "(define (p%d x) (+ 1 (p%d (- x 1))))", i, i+1)
			}
			fmt.Fprintf(&b, "(define (p%d x) (imp x)) (define-entry (f (x s64)) s64 (p0 x))", n)
			return b.String()
		},
		"sequence": func(n int) string {
			var b strings.Builder
			b.WriteString("(define-entry (f (b bytevector)) void ")
			for i := 0; i < n; i++ {
				fmt.Fprintf(&b, "(bytevector-u8-set! b %d (bytevector-u8-ref b %d)) ", i%64, (i+1)%64)
			}
			b.WriteString(")")
			return b.String()
		},
	}
	cost := func(src string) (allocs, bytes uint64) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		if _, err := Compile("big.sls", []byte(lib(src))); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.Mallocs - before.Mallocs, after.TotalAlloc - before.TotalAlloc
	}
	for name, shape := range shapes {
		a1, b1 := cost(shape(1600))
		a4, b4 := cost(shape(6400))
		t.Logf("%s: %d -> %d allocations, %d -> %d bytes", name, a1, a4, b1, b4)
		if a4 > 5*a1 || b4 > 5*b1 {
			t.Errorf("%s: 4 times the program cost %.1f times the allocations and %.1f times the memory",
				name, float64(a4)/float64(a1), float64(b4)/float64(b1))
		}
	}
}
