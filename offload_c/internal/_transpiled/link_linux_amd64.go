package transpiled

// What the translation links against and modernc.org/libc does not
// provide. Everything else in this package is generated.

import (
	"math"
	"sync/atomic"
	"unsafe"

	"modernc.org/libc"
)

// The generic __atomic builtins on pointer-sized objects and the int64
// compare-exchange, which the translator leaves to the program. Go's
// atomics are sequentially consistent, as strong as any order the C asks.

func _atomic_loadUintptr(_ *libc.TLS, ptr, ret uintptr, _ int32) {
	*(*uintptr)(unsafe.Pointer(ret)) = atomic.LoadUintptr((*uintptr)(unsafe.Pointer(ptr)))
}

func _atomic_storeUintptr(_ *libc.TLS, ptr, val uintptr, _ int32) {
	atomic.StoreUintptr((*uintptr)(unsafe.Pointer(ptr)), *(*uintptr)(unsafe.Pointer(val)))
}

func _atomic_exchangeUintptr(_ *libc.TLS, ptr, val, ret uintptr, _ int32) {
	*(*uintptr)(unsafe.Pointer(ret)) = atomic.SwapUintptr((*uintptr)(unsafe.Pointer(ptr)), *(*uintptr)(unsafe.Pointer(val)))
}

// _atomic_compare_exchange_n: on failure the current value goes to
// *expected, as in C.
func _atomic_compare_exchange_n(_ *libc.TLS, ptr, expected uintptr, desired int64, _, _, _ int32) int32 {
	old := *(*int64)(unsafe.Pointer(expected))
	if atomic.CompareAndSwapInt64((*int64)(unsafe.Pointer(ptr)), old, desired) {
		return 1
	}
	*(*int64)(unsafe.Pointer(expected)) = atomic.LoadInt64((*int64)(unsafe.Pointer(ptr)))
	return 0
}

// yuni__rounded is interp.c's ROUNDED: a call Go does not inline, so a
// product is rounded before it is added (no fused multiply-add).
//
//go:noinline
func yuni__rounded(_ *libc.TLS, x float64) float64 { return x }

// Compiler is yuni_offload_compile's compiler, installed by offload_c
// (this package cannot import the compiler): the bytecode, or a message.
// name is the file every position names.
var Compiler func(name string, src []byte) (blob []byte, msg string)

// yunigo_offload_compile is program.c's weak compiler hook. The blob is
// malloc'ed here because the C frees it.
func yunigo_offload_compile(t *libc.TLS, name, src uintptr, n uint64, outLen, errBuf uintptr, errLen uint64) uintptr {
	if Compiler == nil {
		return 0
	}
	blob, msg := Compiler(libc.GoString(name), append([]byte(nil), unsafe.Slice((*byte)(unsafe.Pointer(src)), n)...))
	if blob == nil {
		if errLen > 0 {
			b := unsafe.Slice((*byte)(unsafe.Pointer(errBuf)), errLen)
			b[copy(b[:len(b)-1], msg)] = 0
		}
		return 0
	}
	p := libc.Xmalloc(t, uint64(len(blob)))
	if p == 0 {
		return 0
	}
	copy(unsafe.Slice((*byte)(unsafe.Pointer(p)), len(blob)), blob)
	*(*uint64)(unsafe.Pointer(outLen)) = uint64(len(blob))
	return p
}

// FuncAddr is a function's address as the translated C stores function
// pointers (the Go func value's data word).
func FuncAddr(f any) uintptr { return __ccgo_fp(f) }

// Types the Go side reads out of C memory.
type (
	Trap      = yuni_offload_trap
	HeapStats = yuni_heap_statistics
)

// Libm is the C library's functions the interpreter calls (offload_impl.h's
// LIBM). It starts as modernc's libc, the translation of musl; offload_c
// points it at the system's libm when the binary can load one, so the
// CGO-free interpreter gets the native one's bits (docs/cgofree.md).
var Libm = struct {
	Exp, Log, Sin, Cos, Tan, Asin, Acos, Atan func(*libc.TLS, float64) float64
	Sqrt, Floor, Ceil, Nearbyint, Trunc       func(*libc.TLS, float64) float64
	Atan2, Pow                                func(*libc.TLS, float64, float64) float64
	Fma                                       func(*libc.TLS, float64, float64, float64) float64
}{
	libc.Xexp, libc.Xlog, libc.Xsin, libc.Xcos, libc.Xtan, libc.Xasin, libc.Xacos, libc.Xatan,
	libc.Xsqrt, libc.Xfloor, libc.Xceil, roundToEven, libc.Xtrunc,
	libc.Xatan2, libc.Xpow, libc.Xfma,
}

// roundToEven is nearbyint in the default rounding mode, as the translator
// itself translates it.
func roundToEven(_ *libc.TLS, x float64) float64 { return math.RoundToEven(x) }

func yuni__libm_exp(t *libc.TLS, x float64) float64       { return Libm.Exp(t, x) }
func yuni__libm_log(t *libc.TLS, x float64) float64       { return Libm.Log(t, x) }
func yuni__libm_sin(t *libc.TLS, x float64) float64       { return Libm.Sin(t, x) }
func yuni__libm_cos(t *libc.TLS, x float64) float64       { return Libm.Cos(t, x) }
func yuni__libm_tan(t *libc.TLS, x float64) float64       { return Libm.Tan(t, x) }
func yuni__libm_asin(t *libc.TLS, x float64) float64      { return Libm.Asin(t, x) }
func yuni__libm_acos(t *libc.TLS, x float64) float64      { return Libm.Acos(t, x) }
func yuni__libm_atan(t *libc.TLS, x float64) float64      { return Libm.Atan(t, x) }
func yuni__libm_sqrt(t *libc.TLS, x float64) float64      { return Libm.Sqrt(t, x) }
func yuni__libm_floor(t *libc.TLS, x float64) float64     { return Libm.Floor(t, x) }
func yuni__libm_ceil(t *libc.TLS, x float64) float64      { return Libm.Ceil(t, x) }
func yuni__libm_nearbyint(t *libc.TLS, x float64) float64 { return Libm.Nearbyint(t, x) }
func yuni__libm_trunc(t *libc.TLS, x float64) float64     { return Libm.Trunc(t, x) }
func yuni__libm_atan2(t *libc.TLS, y, x float64) float64  { return Libm.Atan2(t, y, x) }
func yuni__libm_pow(t *libc.TLS, x, y float64) float64    { return Libm.Pow(t, x, y) }
func yuni__libm_fma(t *libc.TLS, x, y, z float64) float64 { return Libm.Fma(t, x, y, z) }
