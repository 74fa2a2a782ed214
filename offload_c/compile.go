package offloadc

/*
#include <stdlib.h>
#include <string.h>
*/
import "C"

import (
	"unsafe"

	"github.com/yuni-offload/yuni-offload/offload"
)

// yunigo_offload_compile is yuni_offload_compile's compiler: Go source to
// bytecode in a malloc'ed block the C side verifies, loads and frees. A
// control-plane call: it allocates and may take milliseconds. name is the
// file every position names (in messages and in the debug info traps read).
//
//export yunigo_offload_compile
func yunigo_offload_compile(name *C.char, src *C.char, n C.size_t, outLen *C.size_t, errBuf *C.char, errLen C.size_t) unsafe.Pointer {
	text := C.GoBytes(unsafe.Pointer(src), C.int(n))
	bc, err := offload.Compile(C.GoString(name), text)
	if err != nil {
		msg := err.Error()
		if errLen > 0 {
			b := unsafe.Slice((*byte)(unsafe.Pointer(errBuf)), int(errLen))
			k := copy(b[:len(b)-1], msg)
			b[k] = 0
		}
		return nil
	}
	blob := bc.Encode()
	p := C.malloc(C.size_t(len(blob)))
	if p == nil {
		return nil
	}
	copy(unsafe.Slice((*byte)(p), len(blob)), blob)
	*outLen = C.size_t(len(blob))
	return p
}
