//go:build !cgo && linux && amd64 && yuni_static

package offloadc

// Libm names the C library functions the interpreter calls: a static
// binary cannot load the system's, so it has the translation's own
// (musl's, translated to Go), which differs from glibc's in the last bit of
// some results (docs/cgofree.md).
const Libm = "translated"
