// Command cgofree measures the CGO-free Offload interpreter (the C
// translated to Go, offload_c/internal/_transpiled) against the native one
// (libyuni-offload.so, loaded through purego) on the kernels of
// tests/bench/kernels.sls, in one process: same inputs, same goroutine
// locked to one OS thread, best of -reps runs each. Built with
// CGO_ENABLED=0; build/bench.sh runs it.
//
//	<kernel>_native_ms, <kernel>_cgofree_ms, <kernel>_cgofree_vs_native
//	cgofree_vs_native_geomean
//
// The results of the two must agree bit for bit; a mismatch is printed and
// the exit status is 1.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"time"
	"unsafe"

	"github.com/ebitengine/purego"

	offloadc "github.com/yuni-offload/yuni-offload/offload_c"
)

var (
	kernels = flag.String("kernels", "tests/bench/kernels.sls", "the kernels' source")
	libPath = flag.String("lib", "out/lib/libyuni-offload.so", "the native library")
	reps    = flag.Int("reps", 3, "runs per kernel and interpreter (the best counts)")
)

// The inputs of tests/bench/offload.c.
const (
	firN, firTaps = 100000, 64
	biqN          = 1000000
	mmN, mmReps   = 64, 10
	crcN          = 16 << 20
	loopN         = 20000000
)

// native is libyuni-offload.so's C ABI, called through purego.
type native struct {
	compile, entry, detail uintptr
	scratch                *offloadc.Buffer // C memory for out-parameters and slots
}

func openNative(path string) (*native, error) {
	h, err := purego.Dlopen(path, purego.RTLD_NOW|purego.RTLD_LOCAL)
	if err != nil {
		return nil, err
	}
	n := &native{scratch: offloadc.NewBuffer(4096)}
	for _, s := range []struct {
		name string
		addr *uintptr
	}{{"yuni_offload_compile", &n.compile}, {"yuni_offload_entry", &n.entry}, {"yuni_error_detail", &n.detail}} {
		if *s.addr, err = purego.Dlsym(h, s.name); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// words views the scratch buffer as slots.
func (n *native) words() []uint64 {
	return unsafe.Slice((*uint64)(unsafe.Pointer(&n.scratch.Bytes()[0])), 512)
}

func (n *native) base() uintptr { return uintptr(unsafe.Pointer(&n.scratch.Bytes()[0])) }

func (n *native) cstring(p uintptr) string {
	var b []byte
	for ; ; p++ {
		c := *(*byte)(unsafe.Add(unsafe.Pointer(nil), p))
		if c == 0 {
			return string(b)
		}
		b = append(b, c)
	}
}

// load compiles src and returns each entry as a function of its slots.
func (n *native) load(src []byte, names []string) ([]func(args ...uint64) (uint64, error), error) {
	text := offloadc.NewBuffer(len(src) + 1)
	copy(text.Bytes(), src)
	base := n.base() // [0] program, [1] dispatch, [2] ctx, 64.. error text
	tp, _ := text.Slots()
	if rc, _, _ := purego.SyscallN(n.compile, uintptr(tp), uintptr(len(src)), base, base+512, 1024); int32(rc) != 0 {
		return nil, fmt.Errorf("native compile: %s", n.cstring(base+512))
	}
	prog := uintptr(n.words()[0])
	var calls []func(args ...uint64) (uint64, error)
	for _, name := range names {
		cname := offloadc.NewBuffer(len(name) + 1)
		copy(cname.Bytes(), name)
		np, _ := cname.Slots()
		if rc, _, _ := purego.SyscallN(n.entry, prog, uintptr(np), base+8, base+16); int32(rc) != 0 {
			return nil, fmt.Errorf("native entry %s: %d", name, int32(rc))
		}
		fn, ctx := uintptr(n.words()[1]), n.words()[2]
		calls = append(calls, func(args ...uint64) (uint64, error) {
			w := n.words()
			in := w[32:]
			in[0] = ctx
			copy(in[1:], args)
			out := w[64:66]
			purego.SyscallN(fn, base+32*8, base+64*8)
			if int32(uint32(out[0])) != 0 {
				detail, _, _ := purego.SyscallN(n.detail)
				return 0, fmt.Errorf("native %s: %s", name, n.cstring(detail))
			}
			return out[1], nil
		})
	}
	return calls, nil
}

func f64s(n int, f func(i int) float64) *offloadc.Buffer {
	b := offloadc.NewBuffer(8 * n)
	v := unsafe.Slice((*float64)(unsafe.Pointer(&b.Bytes()[0])), n)
	for i := range v {
		v[i] = f(i)
	}
	return b
}

func slots(b *offloadc.Buffer) []uint64 { p, n := b.Slots(); return []uint64{p, n} }

type kernel struct {
	name, entry string
	args        []uint64
	before      func() // restores inputs a run overwrites
	calls       int    // calls per timed run
}

func main() {
	flag.Parse()
	runtime.LockOSThread()
	src, err := os.ReadFile(*kernels)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench_cgofree:", err)
		os.Exit(1)
	}
	nat, err := openNative(*libPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench_cgofree:", err)
		os.Exit(1)
	}

	firIn := f64s(firN, func(i int) float64 { return float64(i%17)*0.1 - 0.8 })
	taps := f64s(firTaps, func(k int) float64 { return float64(k%5)*0.01 + 0.001 })
	firOut := f64s(firN, func(int) float64 { return 0 })
	biq := f64s(biqN, func(int) float64 { return 0 })
	fillBiquad := func() {
		v := unsafe.Slice((*float64)(unsafe.Pointer(&biq.Bytes()[0])), biqN)
		for i := range v {
			v[i] = float64(i%17)*0.1 - 0.8
		}
	}
	mmA := f64s(mmN*mmN, func(i int) float64 { return float64(i%7) * 0.5 })
	mmB := f64s(mmN*mmN, func(i int) float64 { return float64(i%11) * 0.25 })
	mmC := f64s(mmN*mmN, func(int) float64 { return 0 })
	crc := offloadc.NewBuffer(crcN)
	for i, b := 0, crc.Bytes(); i < crcN; i++ {
		b[i] = byte(i*37 + 11)
	}
	table := offloadc.NewBuffer(1024)
	tv := unsafe.Slice((*uint32)(unsafe.Pointer(&table.Bytes()[0])), 256)
	for n := range tv {
		c := uint32(n)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = 0xEDB88320 ^ c>>1
			} else {
				c >>= 1
			}
		}
		tv[n] = c
	}
	cat := func(parts ...[]uint64) (r []uint64) {
		for _, p := range parts {
			r = append(r, p...)
		}
		return r
	}
	fl := math.Float64bits
	ks := []kernel{
		{"fib30", "fib", []uint64{30}, nil, 1},
		{"intloop", "loop", []uint64{loopN}, nil, 1},
		{"fir64", "fir", cat(slots(firIn), slots(taps), slots(firOut), []uint64{firN, firTaps}), nil, 1},
		{"biquad", "biquad", cat(slots(biq), []uint64{biqN, fl(0.2), fl(0.3), fl(0.2), fl(-0.5), fl(0.25)}), fillBiquad, 1},
		{"matmul64", "matmul", cat(slots(mmA), slots(mmB), slots(mmC), []uint64{mmN}), nil, mmReps},
		{"crc32", "crc32", cat(slots(crc), slots(table)), nil, 1},
	}
	var names []string
	for _, k := range ks {
		names = append(names, k.entry)
	}
	nativeCalls, err := nat.load(src, names)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench_cgofree:", err)
		os.Exit(1)
	}
	prog, err := offloadc.CompileSource(src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench_cgofree:", err)
		os.Exit(1)
	}
	best := func(k kernel, call func(args ...uint64) (uint64, error)) (time.Duration, uint64) {
		t, res := time.Duration(math.MaxInt64), uint64(0)
		for r := 0; r < *reps; r++ {
			if k.before != nil {
				k.before()
			}
			t0 := time.Now()
			for c := 0; c < k.calls; c++ {
				var err error
				if res, err = call(k.args...); err != nil {
					fmt.Fprintln(os.Stderr, "bench_cgofree:", err)
					os.Exit(1)
				}
			}
			t = min(t, time.Since(t0))
		}
		return t, res
	}
	fmt.Printf("placement: one goroutine locked to one OS thread (no pinning); both interpreters on it\n")
	logSum, failed := 0.0, false
	for i, k := range ks {
		tn, rn := best(k, nativeCalls[i])
		e, err := prog.Entry(k.entry)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench_cgofree:", err)
			os.Exit(1)
		}
		tc, rc := best(k, e.Call)
		if rn != rc {
			fmt.Printf("%s: MISMATCH native %#x cgofree %#x\n", k.name, rn, rc)
			failed = true
		}
		ms := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }
		fmt.Printf("%s_native_ms: %.2f\n%s_cgofree_ms: %.2f\n%s_cgofree_vs_native: %.2f\n",
			k.name, ms(tn), k.name, ms(tc), k.name, ms(tc)/ms(tn))
		logSum += math.Log(ms(tc) / ms(tn))
	}
	fmt.Printf("cgofree_vs_native_geomean: %.2f\n", math.Exp(logSum/float64(len(ks))))
	if failed {
		os.Exit(1)
	}
}
