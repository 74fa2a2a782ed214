//go:build !yuni_static

package nccc

// Native code through purego: no cgo, but the binary links the system's
// dynamic loader. Build with -tags yuni_static for a static binary that
// cannot open modules (dl_static.go).

import "github.com/ebitengine/purego"

// Modules reports whether this build can open NCCC modules.
const Modules = true

func dlopen(path string) (uintptr, error) {
	return purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
}
func dlsym(h uintptr, name string) (uintptr, error) { return purego.Dlsym(h, name) }
func dlclose(h uintptr) error                       { return purego.Dlclose(h) }

// CallAddr calls the native NCCC function fn with slot arrays at in and
// out, which must stay where they are for the call (C memory, or Go memory
// kept alive by the caller).
func CallAddr(fn, in, out uintptr) { purego.SyscallN(fn, in, out) }
