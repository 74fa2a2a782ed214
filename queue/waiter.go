package queue

/*
#include "queue_impl.h"
*/
import "C"

import "unsafe"

// yunigo_queue_start_waiter runs a foreign queue's waiter on a goroutine.
// The waiter spends its life blocked in the foreign library's wait (C), so
// the goroutine holds an OS thread the Go scheduler accounts for; it rings
// its parent through C and never returns to Go until it is stopped.
//
//export yunigo_queue_start_waiter
func yunigo_queue_start_waiter(source unsafe.Pointer) {
	go C.foreign_waiter_main((*C.struct_source)(source))
}
