package offloadc

/*
#include "nccc.h"
#include "offload_impl.h"
static void set_fusion(int on) { yuni__offload_fusion = on; }
static _Atomic uint32_t never_stopped;
static void set_chunked(int on) { off_interrupt = on ? &never_stopped : NULL; }
*/
import "C"

// setFusion turns fused handlers (interp.c) on or off for the programs
// loaded after it; the tests run programs both ways and compare.
func setFusion(on bool) {
	v := 0
	if on {
		v = 1
	}
	C.set_fusion(C.int(v))
}

// setChunked makes the calling OS thread run entries as an offload thread
// does: the budget is spent in chunks of OFF_CHECK_STEPS, polling a stop
// word (never set) between them.  The caller stays locked to its thread.
func setChunked(on bool) {
	v := 0
	if on {
		v = 1
	}
	C.set_chunked(C.int(v))
}

// fusedCount is how many of p's instructions head a fused pair.
func (p *Program) fusedCount() int64 { return int64(C.yuni__offload_fused_count(p.p)) }

// macLoopCount is how many of p's loops run as multiply-accumulate loops.
func (p *Program) macLoopCount() int64 { return int64(C.yuni__offload_mac_loop_count(p.p)) }

// smallLoopCount is how many of p's loops run as small loops.
func (p *Program) smallLoopCount() int64 { return int64(C.yuni__offload_small_loop_count(p.p)) }
