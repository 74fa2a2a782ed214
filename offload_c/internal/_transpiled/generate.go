// Package transpiled is offload_c's verifier, interpreter and native heap
// translated from C to Go by modernc.org's ccgo, for builds without cgo.
// The Go files named *_linux_amd64.go are generated (go generate, from the
// same C sources the cgo build compiles) and never edited by hand; CI
// regenerates them and fails on any difference.
//
// The C sources see YUNI_TRANSPILED defined: the interpreter dispatches
// through a switch (Go has no labels as values), multiply-add rounds its
// product with a conversion instead of an empty asm, and the C-stack guard
// for nested invocations is off (Go stacks grow).  `volatile` is defined
// away: the translator does not take it in a function's result type
// (nccc.h's yuni_vm_yield_flag), and the one volatile store in these
// sources, heap.c's pre-fault loop, is kept by Go anyway.
package transpiled

//go:generate go tool ccgo --package-name transpiled --prefix-external=X -ignore-link-errors -o offload_linux_amd64.go -DYUNI_TRANSPILED -Dvolatile= -I ../../../include -I ../../../internal/core -I ../.. ../../load.c ../../verify.c ../../interp.c ../../program.c ../../heap.c ../../ring.c ../../../internal/core/errors.c ../../../internal/core/handles.c
