package offloadc

import (
	"os"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"unsafe"

	"github.com/yuni-offload/yuni-offload/nccc"
)

func TestHeapFromGo(t *testing.T) {
	h, err := NewHeap(1<<20, HeapPoison)
	if err != nil {
		t.Fatal(err)
	}
	p, err := h.Alloc(1000, 64)
	if err != nil {
		t.Fatal(err)
	}
	if uintptr(p)%64 != 0 || h.UsableSize(p) < 1000 {
		t.Fatalf("block %p usable %d", p, h.UsableSize(p))
	}
	b := Bytes(p, 1000)
	for i := range b {
		b[i] = byte(i)
	}
	if err := h.Resize(p, 100); err != nil {
		t.Fatal(err)
	}
	if b[99] != 99 {
		t.Fatal("resize lost data")
	}
	if err := h.Free(p); err != nil {
		t.Fatal(err)
	}
	if err := h.Free(p); nccc.StatusOf(err) != nccc.EInval {
		t.Fatalf("double free: %v", err)
	}
	if _, err := h.Alloc(2<<20, 0); nccc.StatusOf(err) != nccc.ENoMem {
		t.Fatalf("oversized alloc: %v", err)
	}
	st, err := h.Stats()
	if err != nil || st.Failures != 1 || st.Misuses != 1 || st.Used != 0 || st.Free != st.Total {
		t.Fatalf("stats %+v, %v", st, err)
	}
	if err := h.Check(); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if err := h.Close(); nccc.StatusOf(err) != nccc.EBadHandle {
		t.Fatalf("second close: %v", err)
	}
	if _, err := h.Stats(); nccc.StatusOf(err) != nccc.EBadHandle {
		t.Fatalf("stats after close: %v", err)
	}
}

// Goroutines (on several OS threads) share one heap: the C lock keeps it
// consistent; the race detector watches the Go side.
func TestHeapSharedByGoroutines(t *testing.T) {
	h, err := NewHeap(8<<20, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var live []unsafe.Pointer
			for i := 0; i < 2000; i++ {
				if i%3 == 2 && len(live) > 0 {
					p := live[len(live)-1]
					live = live[:len(live)-1]
					if Bytes(p, 1)[0] != byte(g) {
						errs <- &nccc.Error{Status: nccc.ECorrupt, Detail: "block overwritten"}
						return
					}
					if err := h.Free(p); err != nil {
						errs <- err
						return
					}
					continue
				}
				p, err := h.Alloc(16+(i*37)%3000, 0)
				if err != nil {
					errs <- err
					return
				}
				Bytes(p, 1)[0] = byte(g)
				live = append(live, p)
			}
			for _, p := range live {
				h.Free(p)
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if err := h.Check(); err != nil {
		t.Fatal(err)
	}
}

// TestHeapFlagsMatchHeader: the CGO-free build spells the heap flags out
// (the translation keeps their macros as text); they must be nccc.h's.
func TestHeapFlagsMatchHeader(t *testing.T) {
	t.Logf("interpreter: %s", Interpreter)
	header, err := os.ReadFile("../include/nccc.h")
	if err != nil {
		t.Fatal(err)
	}
	for name, v := range map[string]uint32{"YUNI_HEAP_LOCK": HeapLock, "YUNI_HEAP_LOCK_OPTIONAL": HeapLockOptional,
		"YUNI_HEAP_POISON": HeapPoison, "YUNI_HEAP_UNSYNCHRONIZED": HeapUnsynchronized} {
		m := regexp.MustCompile(`#define ` + name + `\s+0x([0-9a-fA-F]+)u`).FindSubmatch(header)
		if m == nil {
			t.Fatalf("%s not found in nccc.h", name)
		}
		if want, _ := strconv.ParseUint(string(m[1]), 16, 32); uint32(want) != v {
			t.Errorf("%s: header %#x, Go %#x", name, want, v)
		}
	}
}
