// Package rt runs Offload entries on native threads the library owns
// (thread.c) and maps thread classes onto the scheduler (class.c). It is
// all C: these threads never enter Go. Importing the package links it into
// the library and into tests.
package rt

/*
#cgo CFLAGS: -I${SRCDIR}/../include -I${SRCDIR}/../internal/core -std=gnu11 -fvisibility=hidden -Wall -Wextra -Werror
#cgo LDFLAGS: -lm
*/
import "C"

import (
	_ "github.com/yuni-offload/yuni-offload/offload_c" // the interpreter
	_ "github.com/yuni-offload/yuni-offload/queue"     // signals and chimes
)
