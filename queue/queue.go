// Package queue holds event queues and chimes (queue.c, chime.c), sources
// (source.c) and channels (channel.c). The ring and wait paths are C: a ring
// comes from real-time threads and signal handlers the Go runtime never
// sees. Go runs the waiters of foreign queues (waiter.go) and wraps the C
// API for Go callers and tests.
package queue

/*
#cgo CFLAGS: -I${SRCDIR}/../include -I${SRCDIR}/../internal/core -std=gnu11 -fvisibility=hidden -Wall -Wextra -Werror
#include "nccc.h"
#include "queue_impl.h"

extern void yunigo_queue_start_waiter(uintptr_t);
static void install_waiter_starter(int on) { yuni__queue_set_waiter_starter(on ? yunigo_queue_start_waiter : 0); }
*/
import "C"

import (
	"unsafe"

	_ "github.com/yuni-offload/yuni-offload/internal/core" // links the C core
	"github.com/yuni-offload/yuni-offload/nccc"
	_ "github.com/yuni-offload/yuni-offload/offload_c" // channels allocate from native heaps
)

func init() { C.install_waiter_starter(1) }

// Event types; see include/nccc.h.
const (
	EventChime   = uint32(C.YUNI_EVENT_CHIME)
	EventFD      = uint32(C.YUNI_EVENT_FD)
	EventTimer   = uint32(C.YUNI_EVENT_TIMER)
	EventSignal  = uint32(C.YUNI_EVENT_SIGNAL)
	EventQueue   = uint32(C.YUNI_EVENT_QUEUE)
	EventChannel = uint32(C.YUNI_EVENT_CHANNEL)
)

// Event mirrors yuni_event.
type Event struct {
	Type, Flags uint32
	Tag         uint64
	Value       int64
	Source      uintptr
}

// Queue is an epoll queue.
type Queue struct{ q *C.yuni_queue }

// Chime wakes its queue from any thread.
type Chime struct{ c *C.yuni_chime }

// Channel carries messages to its queue.
type Channel struct{ ch *C.yuni_channel }

func status(st C.int32_t) error {
	if st >= 0 {
		return nil
	}
	return &nccc.Error{Status: nccc.Status(st), Detail: C.GoString(C.yuni_error_detail())}
}

// New creates an epoll queue.
func New() (*Queue, error) {
	var q *C.yuni_queue
	if err := status(C.yuni_queue_create(0, &q)); err != nil {
		return nil, err
	}
	return &Queue{q}, nil
}

// Close destroys the queue, its chimes, sources and channels.
func (q *Queue) Close() error { return status(C.yuni_queue_destroy(q.q)) }

// FD is the queue's pollable descriptor.
func (q *Queue) FD() (int, error) {
	fd := C.yuni_queue_fd(q.q)
	return int(fd), status(fd)
}

// Wait fills events, waiting up to timeoutNs (< 0 forever), and returns how
// many it filled.
func (q *Queue) Wait(events []Event, timeoutNs int64) (int, error) {
	if len(events) == 0 {
		return 0, &nccc.Error{Status: nccc.EInval, Detail: "no room for events"}
	}
	buf := make([]C.yuni_event, len(events))
	n := C.yuni_queue_wait(q.q, &buf[0], C.int32_t(len(buf)), C.int64_t(timeoutNs))
	if err := status(n); err != nil {
		return 0, err
	}
	for i := 0; i < int(n); i++ {
		events[i] = Event{uint32(buf[i]._type), uint32(buf[i].flags), uint64(buf[i].tag), int64(buf[i].value),
			uintptr(buf[i].source)}
	}
	return int(n), nil
}

// NewChime makes a chime on q.
func (q *Queue) NewChime(tag uint64) (*Chime, error) {
	var c *C.yuni_chime
	if err := status(C.yuni_chime_create(q.q, C.uint64_t(tag), &c)); err != nil {
		return nil, err
	}
	return &Chime{c}, nil
}

// Ring wakes the chime's queue.
func (c *Chime) Ring() error { return status(C.yuni_chime_ring(c.c)) }

// Close destroys the chime.
func (c *Chime) Close() error { return status(C.yuni_chime_destroy(c.c)) }

// Handle is the chime's handle as events report it in Source.
func (c *Chime) Handle() uintptr { return uintptr(unsafe.Pointer(c.c)) }

// AddTimer attaches a timer firing after firstNs, then every intervalNs.
func (q *Queue) AddTimer(firstNs, intervalNs int64, tag uint64) error {
	var s *C.yuni_source
	return status(C.yuni_queue_add_timer(q.q, C.int64_t(firstNs), C.int64_t(intervalNs), C.uint64_t(tag), &s))
}

// NewChannel makes a channel to q holding up to capacity bytes.
func (q *Queue) NewChannel(tag uint64, capacity int) (*Channel, error) {
	var ch *C.yuni_channel
	if err := status(C.yuni_channel_create(q.q, C.uint64_t(tag), C.size_t(capacity), &ch)); err != nil {
		return nil, err
	}
	return &Channel{ch}, nil
}

// Send copies msg into the channel.
func (c *Channel) Send(msg []byte) error {
	var p unsafe.Pointer
	if len(msg) > 0 {
		p = unsafe.Pointer(&msg[0])
	}
	return status(C.yuni_channel_send(c.ch, p, C.size_t(len(msg))))
}

// Receive copies the oldest message into buf: its length, or ok false when
// the channel is empty.
func (c *Channel) Receive(buf []byte) (n int, ok bool, err error) {
	var p unsafe.Pointer
	if len(buf) > 0 {
		p = unsafe.Pointer(&buf[0])
	}
	var length C.size_t
	st := C.yuni_channel_receive(c.ch, p, C.size_t(len(buf)), &length)
	return int(length), st == 1, status(st)
}
