package queue

/*
#include "queue_impl.h"
*/
import "C"

// yunigo_queue_start_waiter runs a foreign queue's waiter on a goroutine.
// The waiter spends its life blocked in the foreign library's wait (C), so
// the goroutine holds an OS thread the Go scheduler accounts for; it rings
// its parent through C and never returns to Go until it is stopped. It gets
// the source's handle, not its memory: a source removed before the
// goroutine ran is never touched.
//
//export yunigo_queue_start_waiter
func yunigo_queue_start_waiter(source C.uintptr_t) {
	go C.foreign_waiter_main(source)
}
