package offloadc

/*
#include "nccc.h"
#include "offload_impl.h"
static void set_fusion(int on) { yuni__offload_fusion = on; }
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

// fusedCount is how many of p's instructions head a fused pair.
func (p *Program) fusedCount() int64 { return int64(C.yuni__offload_fused_count(p.p)) }
