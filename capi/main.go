// Command capi is built with -buildmode=c-shared into libyuni-offload.so.
// The public functions are C: api.c, the generated nccc_table.c and the C
// data plane of the packages imported below. This package holds only the
// glue that must be Go: module loading, which uses the nccc package. Nothing here is on a latency-critical path.
package main

/*
#cgo CFLAGS: -I${SRCDIR}/../include -I${SRCDIR}/../internal/core -std=gnu11 -fvisibility=hidden -Wall -Wextra -Werror
*/
import "C"

import (
	_ "github.com/yuni-offload/yuni-offload/offload_c" // native heap
	_ "github.com/yuni-offload/yuni-offload/owner"     // VM ownership
	_ "github.com/yuni-offload/yuni-offload/rt"        // offload threads, thread classes
)

func main() {}
