//go:build yuni_static

package nccc

// A static build (-tags yuni_static) has no dynamic loader: opening a
// module reports ELoad, and native code is never called.

// Modules reports whether this build can open NCCC modules.
const Modules = false

func errStatic() error {
	return errorf(ELoad, "this build is static (-tags yuni_static) and cannot load NCCC modules")
}

func dlopen(string) (uintptr, error)         { return 0, errStatic() }
func dlsym(uintptr, string) (uintptr, error) { return 0, errStatic() }
func dlclose(uintptr) error                  { return errStatic() }

// CallAddr is never reached in a static build: nothing can hand it native
// code. It panics rather than jump to an address it cannot vouch for.
func CallAddr(fn, in, out uintptr) { panic("nccc: native call in a static build") }
