//go:build cgo

package queue

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/yuni-offload/yuni-offload/nccc"
)

// Goroutines ring their chimes while one goroutine waits: every goroutine's
// last ring is followed by an event carrying its tag.
func TestRingFromGoroutines(t *testing.T) {
	q, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	const ringers, rings = 8, 5000
	chimes := make([]*Chime, ringers)
	for i := range chimes {
		if chimes[i], err = q.NewChime(uint64(i)); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for i := range chimes {
		wg.Add(1)
		go func(c *Chime) {
			defer wg.Done()
			for r := 0; r < rings; r++ {
				if err := c.Ring(); err != nil {
					t.Error(err)
					return
				}
			}
		}(chimes[i])
	}
	wg.Wait()
	seen := map[uint64]bool{}
	events := make([]Event, 16)
	for len(seen) < ringers {
		n, err := q.Wait(events, 10e9)
		if err != nil || n == 0 {
			t.Fatalf("wait: %d, %v (seen %d of %d)", n, err, len(seen), ringers)
		}
		for _, e := range events[:n] {
			if e.Type != EventChime {
				t.Fatalf("event type %d", e.Type)
			}
			seen[e.Tag] = true
		}
	}
	if n, _ := q.Wait(events, 0); n != 0 {
		t.Fatalf("%d events after all were reported", n)
	}
}

func TestChannelBetweenGoroutines(t *testing.T) {
	q, err := New()
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	ch, err := q.NewChannel(3, 1<<16)
	if err != nil {
		t.Fatal(err)
	}
	const senders, each = 4, 500
	var wg sync.WaitGroup
	for s := 0; s < senders; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				msg := []byte(fmt.Sprintf("%d:%d", s, i))
				for {
					err := ch.Send(msg)
					var e *nccc.Error
					if err == nil {
						break
					}
					if !errors.As(err, &e) || e.Status != nccc.EBusy {
						t.Error(err)
						return
					}
				}
			}
		}(s)
	}
	next := make([]int, senders) // per sender, messages arrive in order
	buf := make([]byte, 64)
	events := make([]Event, 4)
	for got := 0; got < senders*each; {
		n, ok, err := ch.Receive(buf)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			if k, err := q.Wait(events, 10e9); err != nil || k == 0 {
				t.Fatalf("wait: %d, %v after %d messages", k, err, got)
			}
			continue
		}
		var s, i int
		if _, err := fmt.Sscanf(string(buf[:n]), "%d:%d", &s, &i); err != nil || i != next[s] {
			t.Fatalf("message %q out of order (want %d:%d)", buf[:n], s, next[s])
		}
		next[s]++
		got++
	}
	wg.Wait()
	if _, ok, _ := ch.Receive(buf); ok {
		t.Fatal("a message too many")
	}
	if err := ch.Send(bytes.Repeat([]byte{1}, 1<<17)); err == nil {
		t.Fatal("a message larger than the channel was accepted")
	}
}

func TestTimerAndBadHandles(t *testing.T) {
	q, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := q.AddTimer(1e6, 0, 77); err != nil {
		t.Fatal(err)
	}
	events := make([]Event, 1)
	if n, err := q.Wait(events, 10e9); err != nil || n != 1 || events[0].Type != EventTimer || events[0].Tag != 77 {
		t.Fatalf("timer: %d %v %+v", n, err, events[0])
	}
	c, _ := q.NewChime(1)
	if err := q.Close(); err != nil {
		t.Fatal(err)
	}
	var e *nccc.Error
	if err := c.Ring(); !errors.As(err, &e) || e.Status != nccc.EBadHandle {
		t.Fatalf("ring after close: %v", err)
	}
	if _, err := q.Wait(events, 0); !errors.As(err, &e) || e.Status != nccc.EBadHandle {
		t.Fatalf("wait after close: %v", err)
	}
}
