//go:build !yuni_static && linux && amd64

package offloadc

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/ebitengine/purego"

	"github.com/yuni-offload/yuni-offload/offload"
)

// TestFlonumBits runs every floating-point primitive over 10^5 inputs (the
// edges, then seeded random ones: any bit pattern, small values, every
// magnitude) and compares each result's bits with a reference: the
// system's libm (called through purego) for what the interpreter takes
// from the C library, with the interpreter's own rule where NaN goes in
// (interp.c, KEEP_NAN and fl_fma), IEEE arithmetic in Go for the rest. The native and
// the CGO-free interpreter both pass, so they agree with each other, and
// with Chez and Racket, which call the same libm.
func TestFlonumBits(t *testing.T) {
	if Libm != "system" {
		t.Fatalf("the interpreter's libm is %q, not the system's", Libm)
	}
	h, err := purego.Dlopen("libm.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		t.Skip("no libm.so.6 to compare with")
	}
	libm1 := func(name string) func(float64) float64 {
		var f func(float64) float64
		purego.RegisterLibFunc(&f, h, name)
		return f
	}
	libm2 := func(name string) func(float64, float64) float64 {
		var f func(float64, float64) float64
		purego.RegisterLibFunc(&f, h, name)
		return f
	}
	var fma func(float64, float64, float64) float64
	purego.RegisterLibFunc(&fma, h, "fma")
	keepNaN := func(f func(float64) float64) func(float64) float64 {
		return func(x float64) float64 {
			if x != x {
				return x
			}
			return f(x)
		}
	}
	quiet := func(x float64) float64 { return math.Float64frombits(math.Float64bits(x) | 0x0008000000000000) }
	floor, ceil := keepNaN(libm1("floor")), keepNaN(libm1("ceil"))
	div := func(x, y float64) float64 {
		if y > 0 {
			return floor(x / y)
		}
		return ceil(x / y)
	}
	mod := func(x, y float64) float64 { return x - float64(y*div(x, y)) }
	qnan := math.Float64frombits(0x7FF8000000000000)
	minmax := func(less bool) func(x, y float64) float64 {
		return func(x, y float64) float64 {
			switch {
			case x != x || y != y:
				return qnan
			case less == (x < y) && x != y:
				return x
			}
			return y
		}
	}
	unary := []struct {
		name string // the primitive
		ref  func(float64) float64
	}{
		{"flsqrt", libm1("sqrt")}, {"flexp", libm1("exp")}, {"fllog", libm1("log")}, {"flsin", libm1("sin")},
		{"flcos", libm1("cos")}, {"fltan", libm1("tan")}, {"flasin", libm1("asin")}, {"flacos", libm1("acos")},
		{"flatan", libm1("atan")}, {"flfloor", floor}, {"flceiling", ceil}, {"flround", keepNaN(libm1("nearbyint"))},
		{"fltruncate", keepNaN(libm1("trunc"))}, {"flabs", math.Abs}, {"fl-", func(x float64) float64 { return -x }},
		{"fl/", func(x float64) float64 { return 1 / x }},
		{"single", func(x float64) float64 { return float64(float32(x)) }}, // stored as a single and read back
	}
	binaryOps := []struct {
		name string
		ref  func(float64, float64) float64
	}{
		{"fl+", func(x, y float64) float64 { return x + y }}, {"fl-", func(x, y float64) float64 { return x - y }},
		{"fl*", func(x, y float64) float64 { return x * y }}, {"fl/", func(x, y float64) float64 { return x / y }},
		{"flexpt", libm2("pow")}, {"flatan", libm2("atan2")}, {"flmin", minmax(true)}, {"flmax", minmax(false)},
		{"fldiv", div}, {"flmod", mod},
		{"fldiv0", func(x, y float64) float64 {
			d, m := div(x, y), mod(x, y)
			switch {
			case m < math.Abs(y)*0.5:
				return d
			case y > 0:
				return d + 1
			}
			return d - 1
		}},
		{"flmod0", func(x, y float64) float64 {
			if m := mod(x, y); m < math.Abs(y)*0.5 {
				return m
			} else {
				return m - math.Abs(y)
			}
		}},
		{"fl+*", func(x, y float64) float64 {
			switch {
			case x != x:
				return quiet(x)
			case y != y:
				return quiet(y)
			}
			return fma(x, y, 0.375)
		}},
	}

	var src strings.Builder
	src.WriteString("#!r6rs\n(library (t bits) (export")
	for i := range unary {
		fmt.Fprintf(&src, " u%d", i)
	}
	for i := range binaryOps {
		fmt.Fprintf(&src, " b%d", i)
	}
	src.WriteString(") (import (offload))\n")
	loop := func(name, value string) {
		fmt.Fprintf(&src, `(define-entry (%s (x bytevector) (y bytevector) (out bytevector) (n s64)) void
  (do ((i 0 (+ i 1))) ((= i n))
    (let ((a (bytevector-ieee-double-native-ref x (* i 8))) (b (bytevector-ieee-double-native-ref y (* i 8))))
      (bytevector-ieee-double-native-set! out (* i 8) %s))))
`, name, value)
	}
	for i, u := range unary {
		switch u.name {
		case "single":
			loop(fmt.Sprintf("u%d", i), "(begin (bytevector-ieee-single-native-set! out (* i 8) a) (bytevector-ieee-single-native-ref out (* i 8)))")
		default:
			loop(fmt.Sprintf("u%d", i), fmt.Sprintf("(%s a)", u.name))
		}
	}
	for i, b := range binaryOps {
		if b.name == "fl+*" {
			loop(fmt.Sprintf("b%d", i), "(fl+* a b 0.375)")
		} else {
			loop(fmt.Sprintf("b%d", i), fmt.Sprintf("(%s a b)", b.name))
		}
	}
	src.WriteString(")\n")
	bc, err := offload.Compile("bits.sls", []byte(src.String()))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(bc.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer p.Destroy()

	const n = 100000
	xs, ys := flonumInputs(n, 1), flonumInputs(n, 2)
	x, y, out := NewBuffer(8*n), NewBuffer(8*n), NewBuffer(8*n)
	defer x.Free()
	defer y.Free()
	defer out.Free()
	le := binary.LittleEndian
	for i := 0; i < n; i++ {
		le.PutUint64(x.Bytes()[8*i:], math.Float64bits(xs[i]))
		le.PutUint64(y.Bytes()[8*i:], math.Float64bits(ys[i]))
	}
	run := func(entry string, want func(i int) float64) {
		e, err := p.Entry(entry)
		if err != nil {
			t.Fatal(err)
		}
		xp, xl := x.Slots()
		yp, yl := y.Slots()
		op, ol := out.Slots()
		if _, err := e.Call(xp, xl, yp, yl, op, ol, n); err != nil {
			t.Fatal(err)
		}
		bad := 0
		for i := 0; i < n; i++ {
			got, ref := le.Uint64(out.Bytes()[8*i:]), math.Float64bits(want(i))
			if got != ref {
				if bad++; bad <= 3 {
					t.Errorf("%s (%s interpreter): input %d (%016X, %016X): got %016X, libm/IEEE %016X",
						entry, Interpreter, i, math.Float64bits(xs[i]), math.Float64bits(ys[i]), got, ref)
				}
			}
		}
		if bad > 3 {
			t.Errorf("%s: %d of %d results differ", entry, bad, n)
		}
	}
	for i, u := range unary {
		run(fmt.Sprintf("u%d", i), func(k int) float64 { return u.ref(xs[k]) })
	}
	for i, b := range binaryOps {
		run(fmt.Sprintf("b%d", i), func(k int) float64 { return b.ref(xs[k], ys[k]) })
	}
}

// flonumInputs is n inputs: every edge case paired with every other (by
// seed), then random ones from the seed.
func flonumInputs(n int, seed int64) []float64 {
	edges := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1),
		math.Float64frombits(0x7FF8000000000000), math.Float64frombits(0xFFF8000000000000),
		math.Float64frombits(0x7FF0000000000001), math.Float64frombits(0x7FF8000000000123), // signaling, payload
		math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, math.Float64frombits(0x000FFFFFFFFFFFFF),
		0x1p-1022, math.MaxFloat64, -math.MaxFloat64, 1, -1, 0.5, -0.5, 2, -2, 2.5, -2.5, 3.5,
		0.49999999999999994, 4503599627370496.5, 0x1p52, 0x1p53, 0x1p63, -0x1p63, 1e300, -1e300, 1e-300,
		math.Pi, math.Pi / 2, math.Pi / 4, -math.Pi, 2 * math.Pi, 1e22, 0x1p1023, 709.782712893384, 710, -745.1,
		-708.4, 0.1, 1 - 0x1p-53, 1 + 0x1p-52, 0.05522330836388308, 7, -7, 0.75, 1e-8,
	}
	for _, e := range edges[:len(edges):len(edges)] {
		edges = append(edges, math.Nextafter(e, math.Inf(1)), math.Nextafter(e, math.Inf(-1)))
	}
	r := rand.New(rand.NewSource(seed))
	out := make([]float64, 0, n)
	for i := range edges {
		for j := range edges {
			if len(out) < n/2 {
				if seed == 1 {
					out = append(out, edges[i])
				} else {
					out = append(out, edges[j])
				}
			}
		}
	}
	for len(out) < n {
		switch len(out) % 4 {
		case 0:
			out = append(out, math.Float64frombits(r.Uint64()))
		case 1:
			out = append(out, r.Float64()*20-10)
		case 2:
			out = append(out, math.Copysign(math.Pow(10, r.Float64()*40-20), float64(r.Intn(2)*2-1)))
		default:
			out = append(out, float64(r.Intn(2001)-1000)*math.Pi/4*(1+float64(r.Intn(3)-1)*0x1p-52))
		}
	}
	return out
}
