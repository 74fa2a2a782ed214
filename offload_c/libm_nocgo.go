//go:build !cgo && linux && amd64 && !yuni_static

package offloadc

// The CGO-free interpreter's libm: the system's, through purego, so its
// flsin, flexpt, flfloor … give the native interpreter's bits (and Chez's
// and Racket's, which call the same libm). Without one to load, it keeps
// the translation's own (musl's code), and Libm says so.

import (
	"github.com/ebitengine/purego"
	"modernc.org/libc"

	"github.com/yuni-offload/yuni-offload/offload_c/internal/_transpiled"
)

// Libm names the C library functions the interpreter calls: "system" (the
// system's libm, as the native build) or "translated" (musl's, translated
// to Go, which differs from glibc's in the last bit of some results).
var Libm = "translated"

func init() {
	h, err := purego.Dlopen("libm.so.6", purego.RTLD_NOW|purego.RTLD_GLOBAL)
	if err != nil {
		return
	}
	unary := func(dst *func(*libc.TLS, float64) float64, name string) bool {
		var f func(float64) float64
		if _, err := purego.Dlsym(h, name); err != nil {
			return false
		}
		purego.RegisterLibFunc(&f, h, name)
		*dst = func(_ *libc.TLS, x float64) float64 { return f(x) }
		return true
	}
	binary := func(dst *func(*libc.TLS, float64, float64) float64, name string) bool {
		var f func(float64, float64) float64
		if _, err := purego.Dlsym(h, name); err != nil {
			return false
		}
		purego.RegisterLibFunc(&f, h, name)
		*dst = func(_ *libc.TLS, x, y float64) float64 { return f(x, y) }
		return true
	}
	ternary := func(dst *func(*libc.TLS, float64, float64, float64) float64, name string) bool {
		var f func(float64, float64, float64) float64
		if _, err := purego.Dlsym(h, name); err != nil {
			return false
		}
		purego.RegisterLibFunc(&f, h, name)
		*dst = func(_ *libc.TLS, x, y, z float64) float64 { return f(x, y, z) }
		return true
	}
	m := transpiled.Libm // all or nothing: a mix would be neither build's
	if unary(&m.Exp, "exp") && unary(&m.Log, "log") && unary(&m.Sin, "sin") && unary(&m.Cos, "cos") &&
		unary(&m.Tan, "tan") && unary(&m.Asin, "asin") && unary(&m.Acos, "acos") && unary(&m.Atan, "atan") &&
		unary(&m.Sqrt, "sqrt") && unary(&m.Floor, "floor") && unary(&m.Ceil, "ceil") &&
		unary(&m.Nearbyint, "nearbyint") && unary(&m.Trunc, "trunc") &&
		binary(&m.Atan2, "atan2") && binary(&m.Pow, "pow") && ternary(&m.Fma, "fma") {
		transpiled.Libm = m
		Libm = "system"
	}
}
