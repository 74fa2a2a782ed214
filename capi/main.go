// Command capi is built with -buildmode=c-shared into libyuni-offload.so.
// The public functions are C (api.c and the generated nccc_table.c); this
// package holds only the glue that must be Go: module loading, which uses
// the nccc package. Nothing here is on a latency-critical path.
package main

/*
#cgo CFLAGS: -I${SRCDIR}/../include -std=gnu11 -Wall -Wextra -Werror
*/
import "C"

func main() {}
