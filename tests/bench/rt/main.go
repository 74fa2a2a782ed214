// Command rt measures how late a real-time Offload thread runs its period
// while the process around it collects garbage, against plain C threads
// (SCHED_FIFO: the limit; normal class) and a Go ticker in the same run.
//
//	bench_rt [-duration 60s] [-out DIR] [-chez chezscheme] [-lib libyuni-offload.so]
//
// Phase 1 (this process, duration*2/3): an Offload biquad over 64 samples
// every 1.333 ms (48 kHz, 64-sample buffers) on a realtime-audio offload
// thread, the two C threads and a Go ticker doing the same work, while Go
// goroutines allocate as fast as they can. Phase 2 (duration/3): a Chez
// Scheme host process runs the same offload thread while its own loop
// allocates heavily. Prints `name: value` lines, writes a text report and a
// latency histogram (PNG, with gnuplot) to -out.
package main

/*
#cgo CFLAGS: -I${SRCDIR}/../../../include -O2 -std=gnu11
#include <stdlib.h>
#include "baseline.h"
*/
import "C"

import (
	"bufio"
	_ "embed"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	_ "github.com/yuni-offload/yuni-offload/offload_c" // the compiler and interpreter
	_ "github.com/yuni-offload/yuni-offload/rt"        // offload threads
)

const periodNS = 1333333 // 64 samples at 48 kHz

// The Offload side of the benchmark: the same biquad as baseline.h (the
// Chez host phase runs this text too).
const dspSource = `(library (bench rt) (export block) (import (offload))
  (define-entry/rt (block (state bytevector) (out bytevector)) s64
    (let ((n (bytevector-u64-native-ref state 0)))
      (do ((i 0 (+ i 1))) ((= i 64))
        (let* ((x (fl- (fl* (fixnum->flonum (modulo (+ (* n 64) i) 97)) 0.01) 0.5))
               (z1 (bytevector-ieee-double-native-ref state 8))
               (z2 (bytevector-ieee-double-native-ref state 16))
               (y (fl+ (fl* 0.2 x) z1)))
          (bytevector-ieee-double-native-set! state 8 (fl+ (fl- (fl* 0.4 x) (fl* -0.3 y)) z2))
          (bytevector-ieee-double-native-set! state 16 (fl- (fl* 0.2 x) (fl* 0.1 y)))
          (bytevector-ieee-double-native-set! out (* i 8) y)))
      (bytevector-u64-native-set! state 0 (+ n 1))
      n)))`

//go:embed host.ss
var hostScript []byte

// lateness is one measured schedule: a 1 µs histogram plus counts.
type lateness struct {
	name    string
	hist    []uint64
	max     int64
	runs    uint64
	misses  uint64
	granted string
}

func (l *lateness) percentile(q float64) int64 {
	var total uint64
	for _, c := range l.hist {
		total += c
	}
	if total == 0 {
		return 0
	}
	want := uint64(math.Ceil(q * float64(total)))
	var seen uint64
	for i, c := range l.hist {
		seen += c
		if seen >= want {
			edge := int64(i+1) * 1000
			if i == len(l.hist)-1 || edge > l.max {
				return l.max
			}
			return edge
		}
	}
	return l.max
}

func (l *lateness) print(w *strings.Builder) {
	fmt.Fprintf(w, "%s_p50_us: %.1f\n", l.name, float64(l.percentile(0.5))/1e3)
	fmt.Fprintf(w, "%s_p99_us: %.1f\n", l.name, float64(l.percentile(0.99))/1e3)
	fmt.Fprintf(w, "%s_p999_us: %.1f\n", l.name, float64(l.percentile(0.999))/1e3)
	fmt.Fprintf(w, "%s_max_us: %.1f\n", l.name, float64(l.max)/1e3)
	fmt.Fprintf(w, "%s_runs: %d\n", l.name, l.runs)
	fmt.Fprintf(w, "%s_deadline_misses: %d\n", l.name, l.misses)
	if l.granted != "" {
		fmt.Fprintf(w, "%s_class: %s\n", l.name, l.granted)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench_rt: "+format+"\n", args...)
	os.Exit(1)
}

// allocate keeps Go's allocator and collector busy until stop closes;
// returns the bytes allocated.
func allocate(stop <-chan struct{}, workers int) func() uint64 {
	var total atomic.Uint64
	var wg sync.WaitGroup
	var sink atomic.Pointer[[]byte]
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				for i := 0; i < 64; i++ {
					b := make([]byte, 64<<10)
					b[0] = byte(i)
					sink.Store(&b)
				}
				total.Add(64 * 64 << 10)
			}
		}()
	}
	return func() uint64 { wg.Wait(); return total.Load() }
}

// goTicker runs the biquad in Go on a time.Ticker and measures it the same way.
func goTicker(stop <-chan struct{}) *lateness {
	l := &lateness{name: "go_ticker", hist: make([]uint64, C.YUNI_THREAD_HISTOGRAM_BUCKETS)}
	var z1, z2 float64
	var out [64]float64
	// The grid is read just before the ticker starts its own, so a tick is
	// never seen as early (it may be charged up to a microsecond more).
	release := time.Now().Add(periodNS)
	ticker := time.NewTicker(periodNS)
	defer ticker.Stop()
	for {
		select {
		case <-stop:
			return l
		case <-ticker.C:
			now := time.Now()
			late := now.Sub(release).Nanoseconds()
			if late < 0 {
				// A tick the channel kept for a slot already counted as
				// missed (the ticker drops or delays, never queues more
				// than one): not a release.
				continue
			}
			b := late / 1000
			if b >= int64(len(l.hist)) {
				b = int64(len(l.hist)) - 1
			}
			l.hist[b]++
			l.max = max(l.max, late)
			for i := 0; i < 64; i++ {
				x := float64((l.runs*64+uint64(i))%97)*0.01 - 0.5
				y := 0.2*x + z1
				z1 = 0.4*x - -0.3*y + z2
				z2 = 0.2*x - 0.1*y
				out[i] = y
			}
			l.runs++
			release = release.Add(periodNS)
			if done := time.Now(); done.After(release) {
				behind := done.Sub(release).Nanoseconds()/periodNS + 1
				l.misses += uint64(behind)
				release = release.Add(time.Duration(behind * periodNS))
			}
		}
	}
}

func fromBaseline(name string, b *C.struct_baseline) *lateness {
	l := &lateness{name: name, hist: make([]uint64, C.YUNI_THREAD_HISTOGRAM_BUCKETS), max: int64(b.max_ns),
		runs: uint64(b.runs), misses: uint64(b.misses)}
	for i := range l.hist {
		l.hist[i] = uint64(b.histogram[i])
	}
	if b.fifo != 0 {
		l.granted = "SCHED_FIFO/70"
		if b.granted_fifo == 0 {
			l.granted = "normal (SCHED_FIFO refused)"
		}
	}
	return l
}

func grantText(g C.yuni_class_grant) string {
	policy := map[C.int32_t]string{0: "SCHED_OTHER", 1: "SCHED_FIFO", 5: "SCHED_IDLE"}[g.policy]
	s := fmt.Sprintf("%s/%d nice %d", policy, g.priority, g.nice)
	if g.flags&C.YUNI_GRANT_FALLBACK != 0 {
		s += " (fallback)"
	}
	return s
}

// offloadThread compiles the DSP program and starts it on a realtime-audio thread.
func offloadThread() (*C.yuni_offload_thread, func()) {
	src := C.CString(dspSource)
	var prog *C.yuni_program
	var errText [512]C.char
	if st := C.yuni_offload_compile(src, C.size_t(len(dspSource)), &prog, &errText[0], 512); st != 0 {
		fail("compile: %s", C.GoString(&errText[0]))
	}
	C.free(unsafe.Pointer(src))
	var heap *C.yuni_heap
	if st := C.yuni_heap_create(1<<20, 0, &heap); st != 0 {
		fail("heap: %s", C.GoString(C.yuni_error_detail()))
	}
	state := C.yuni_heap_alloc(heap, 24, 16)
	out := C.yuni_heap_alloc(heap, 512, 16)
	C.memset(state, 0, 24)
	args := (*[4]C.nccv64)(C.malloc(4 * 8))
	*(*unsafe.Pointer)(unsafe.Pointer(&args[0])) = state
	*(*uint64)(unsafe.Pointer(&args[1])) = 24
	*(*unsafe.Pointer)(unsafe.Pointer(&args[2])) = out
	*(*uint64)(unsafe.Pointer(&args[3])) = 512
	var opts C.yuni_thread_opts
	opts.size = C.uint32_t(unsafe.Sizeof(opts))
	opts.thread_class = C.YUNI_CLASS_REALTIME_AUDIO
	opts.period_ns = periodNS
	opts.args = &args[0]
	opts.nargs = 4
	opts.heap = heap
	name := C.CString("block")
	defer C.free(unsafe.Pointer(name))
	var t *C.yuni_offload_thread
	if st := C.yuni_offload_thread_start(prog, name, &opts, &t); st != 0 {
		fail("thread: %s", C.GoString(C.yuni_error_detail()))
	}
	return t, func() {
		C.yuni_offload_thread_destroy(t)
		C.yuni_heap_destroy(heap)
		C.yuni_offload_destroy(prog)
		C.free(unsafe.Pointer(args))
	}
}

func fromOffload(name string, t *C.yuni_offload_thread) (*lateness, C.yuni_offload_thread_stats) {
	var s C.yuni_offload_thread_stats
	C.yuni_offload_thread_statistics(t, &s)
	l := &lateness{name: name, hist: make([]uint64, C.YUNI_THREAD_HISTOGRAM_BUCKETS),
		max: int64(s.lateness_max_ns), runs: uint64(s.runs), misses: uint64(s.misses), granted: grantText(s.grant)}
	C.yuni_offload_thread_histogram(t, (*C.uint64_t)(unsafe.Pointer(&l.hist[0])), C.int32_t(len(l.hist)))
	return l, s
}

// chezPhase runs tests/bench/rt/host.ss and reads its histogram and lines.
func chezPhase(chez, lib, script string, d time.Duration, report *strings.Builder) *lateness {
	source := filepath.Join(filepath.Dir(script), "rt-dsp.sls")
	if err := os.WriteFile(source, []byte(dspSource), 0o644); err != nil {
		fail("%v", err)
	}
	cmd := exec.Command(chez, "--script", script, lib, strconv.FormatInt(d.Milliseconds(), 10), source)
	cmd.Stderr = os.Stderr
	outPipe, err := cmd.StdoutPipe()
	if err != nil {
		fail("chez: %v", err)
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(report, "chez_skipped: %v\n", err)
		return nil
	}
	l := &lateness{name: "chez_offload_rt", hist: make([]uint64, C.YUNI_THREAD_HISTOGRAM_BUCKETS)}
	sc := bufio.NewScanner(outPipe)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "hist "); ok {
			var b int
			var c uint64
			fmt.Sscan(rest, &b, &c)
			if b >= 0 && b < len(l.hist) {
				l.hist[b] = c
			}
			continue
		}
		k, v, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		n, _ := strconv.ParseInt(v, 10, 64)
		switch k {
		case "runs":
			l.runs = uint64(n)
		case "misses":
			l.misses = uint64(n)
		case "max_ns":
			l.max = n
		case "class":
			l.granted = v
		default:
			fmt.Fprintf(report, "chez_%s: %s\n", k, v)
		}
	}
	if err := cmd.Wait(); err != nil {
		fail("chez host: %v", err)
	}
	return l
}

func plot(dir string, all []*lateness) string {
	data := filepath.Join(dir, "rt-lateness.dat")
	png := filepath.Join(dir, "rt-lateness.png")
	var b strings.Builder
	for _, l := range all {
		fmt.Fprintf(&b, "# %s\n", l.name)
		for i, c := range l.hist {
			if c > 0 {
				fmt.Fprintf(&b, "%d %d\n", i, c)
			}
		}
		b.WriteString("\n\n")
	}
	if err := os.WriteFile(data, []byte(b.String()), 0o644); err != nil {
		fail("%v", err)
	}
	var script strings.Builder
	fmt.Fprintf(&script, "set terminal png size 1200,700 noenhanced\nset output '%s'\n", png)
	script.WriteString("set title 'Wake-up lateness, 64-sample biquad every 1.333 ms'\n")
	script.WriteString("set xlabel 'lateness (us, 1 us buckets)'\nset ylabel 'releases'\nset logscale xy\n")
	script.WriteString("plot ")
	for i, l := range all {
		if i > 0 {
			script.WriteString(", ")
		}
		fmt.Fprintf(&script, "'%s' index %d using ($1+1):2 with steps title '%s'", data, i, l.name)
	}
	script.WriteString("\n")
	cmd := exec.Command("gnuplot")
	cmd.Stdin = strings.NewReader(script.String())
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Sprintf("not drawn (gnuplot: %v %s)", err, strings.TrimSpace(string(out)))
	}
	return png
}

// stealMS is the time the hypervisor ran something else on this machine's
// vCPUs (the steal column of /proc/stat), in ms; -1 when unknown.  Stalls
// that hit the SCHED_FIFO baseline as hard as the offload thread are steal.
func stealMS() int64 {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return -1
	}
	line, _, _ := strings.Cut(string(data), "\n")
	fields := strings.Fields(line)
	if len(fields) < 9 || fields[0] != "cpu" {
		return -1
	}
	ticks, err := strconv.ParseInt(fields[8], 10, 64)
	if err != nil {
		return -1
	}
	return ticks * 10 // USER_HZ is 100 on Linux
}

func main() {
	duration := flag.Duration("duration", 60*time.Second, "total run time (phase 1 gets 2/3, the Chez phase 1/3)")
	outDir := flag.String("out", ".", "directory for rt-report.txt and rt-lateness.png")
	chez := flag.String("chez", "chezscheme", "Chez Scheme executable for the host phase (\"\" skips it)")
	lib := flag.String("lib", "", "libyuni-offload.so for the Chez phase (default: next to this program's build)")
	flag.Parse()
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		fail("%v", err)
	}
	var report strings.Builder
	fmt.Fprintf(&report, "cpus: %d\nplacement: unpinned (the scheduler places every thread)\n", runtime.NumCPU())
	fmt.Fprintf(&report, "period_us: %.3f\n", float64(periodNS)/1e3)

	phase1 := *duration * 2 / 3
	stop := make(chan struct{})
	allocated := allocate(stop, 2)
	t, cleanup := offloadThread()
	fifo := C.baseline_start(1, periodNS)
	normal := C.baseline_start(0, periodNS)
	tickerDone := make(chan *lateness)
	go func() { tickerDone <- goTicker(stop) }()
	start := time.Now()
	stealBefore := stealMS()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for time.Since(start) < phase1 {
		time.Sleep(time.Second)
		r, _ := fromOffload("offload_rt", t)
		fmt.Fprintf(os.Stderr, "\r[%3.0f s] offload runs %d, misses %d, max %.0f us   ",
			time.Since(start).Seconds(), r.runs, r.misses, float64(r.max)/1e3)
	}
	fmt.Fprintln(os.Stderr)
	close(stop)
	bytes := allocated()
	elapsed := time.Since(start).Seconds()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	C.baseline_stop(fifo)
	C.baseline_stop(normal)
	rt, stats := fromOffload("offload_rt", t)
	cleanup()
	all := []*lateness{rt, fromBaseline("fifo_c", fifo), fromBaseline("normal_c", normal), <-tickerDone}
	fmt.Fprintf(&report, "go_alloc_mb_per_s: %.0f\n", float64(bytes)/elapsed/1e6)
	fmt.Fprintf(&report, "go_gc_cycles: %d\n", after.NumGC-before.NumGC)
	if stealBefore >= 0 {
		fmt.Fprintf(&report, "machine_steal_ms: %d\n", stealMS()-stealBefore)
	}
	fmt.Fprintf(&report, "offload_rt_page_faults: %d\n", stats.page_faults)
	fmt.Fprintf(&report, "offload_rt_memory_locked: %d\n", stats.memory_locked)
	for _, l := range all {
		l.print(&report)
	}
	if p := all[1].percentile(0.99); p > 0 {
		fmt.Fprintf(&report, "rt_vs_fifo_c_p99_ratio: %.2f\n", float64(rt.percentile(0.99))/float64(p))
	}
	fmt.Fprintf(&report, "rt_deadline_misses: %d\n", rt.misses)

	if *chez != "" {
		libPath := *lib
		if libPath == "" {
			exe, _ := os.Executable()
			libPath = filepath.Join(filepath.Dir(exe), "..", "..", "lib", "libyuni-offload.so")
		}
		script := filepath.Join(*outDir, "rt-host.ss")
		if err := os.WriteFile(script, hostScript, 0o644); err != nil {
			fail("%v", err)
		}
		if l := chezPhase(*chez, libPath, script, *duration/3, &report); l != nil {
			l.print(&report)
			all = append(all, l)
		}
	}
	fmt.Fprintf(&report, "histogram: %s\n", plot(*outDir, all))
	path := filepath.Join(*outDir, "rt-report.txt")
	if err := os.WriteFile(path, []byte(report.String()), 0o644); err != nil {
		fail("%v", err)
	}
	fmt.Print(report.String())
	fmt.Printf("report: %s\n", path)
}
