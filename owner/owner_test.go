//go:build cgo

package owner

import (
	"runtime"
	"sync"
	"testing"

	"github.com/yuni-offload/yuni-offload/nccc"
)

// Goroutines, each locked to its OS thread, share a counter guarded only by
// VM ownership. The race detector sees the Go side; the count proves the
// exclusion.
func TestOwnershipFromGoroutines(t *testing.T) {
	vm, err := NewVM()
	if err != nil {
		t.Fatal(err)
	}
	defer vm.Close()
	const workers, rounds = 8, 2000
	var counter int
	var wg sync.WaitGroup
	var mu sync.Mutex // only so the race detector knows ownership orders the accesses
	errs := make(chan error, workers)
	for g := 0; g < workers; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			for i := 0; i < rounds; i++ {
				if err := vm.Own(); err != nil {
					errs <- err
					return
				}
				mu.Lock()
				counter++
				mu.Unlock()
				if _, err := vm.Disown(); err != nil {
					errs <- err
					return
				}
			}
			vm.Detach()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if counter != workers*rounds {
		t.Fatalf("counter %d, want %d", counter, workers*rounds)
	}
	st, err := vm.Stats()
	if err != nil || st.Owner != 0 || st.Waiters != 0 {
		t.Fatalf("stats %+v, %v", st, err)
	}
}

func TestOwnershipErrors(t *testing.T) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	vm, err := NewVM()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vm.Disown(); nccc.StatusOf(err) != nccc.EState {
		t.Fatalf("disown without owning: %v", err)
	}
	if err := vm.Own(); err != nil {
		t.Fatal(err)
	}
	tok, err := vm.Disown()
	if err != nil {
		t.Fatal(err)
	}
	if switched, err := vm.Reown(tok); err != nil || switched {
		t.Fatalf("reown: %v %v", switched, err)
	}
	if _, err := vm.Disown(); err != nil {
		t.Fatal(err)
	}
	if err := vm.Close(); err != nil {
		t.Fatal(err)
	}
	if err := vm.Own(); nccc.StatusOf(err) != nccc.EBadHandle {
		t.Fatalf("own after close: %v", err)
	}
}
