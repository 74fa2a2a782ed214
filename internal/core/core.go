// Package core holds the internal C core every subsystem shares: the
// per-thread error detail, status texts and the checked-handle table. It has
// no Go API; importing it links its C into the library and into tests.
package core

/*
#cgo CFLAGS: -I${SRCDIR}/../../include -std=gnu11 -fvisibility=hidden -Wall -Wextra -Werror
*/
import "C"
