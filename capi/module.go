package main

/*
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "nccc.h"
void yuni__set_error_detail(const char* text);
*/
import "C"

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/yuni-offload/yuni-offload/nccc"
)

// openModule is a module handed to C. Its handle is an id that is never
// reused, so a closed or forged handle finds nothing instead of freed memory.
type openModule struct {
	mod   *nccc.Module
	name  *C.char   // yuni_module_name's string, freed at close
	names []*C.char // export names, freed at close
}

var modules struct {
	sync.Mutex
	next uintptr
	byID map[uintptr]*openModule
}

func fail(err error) C.int32_t {
	msg := C.CString(err.Error())
	C.yuni__set_error_detail(msg)
	C.free(unsafe.Pointer(msg))
	return C.int32_t(nccc.StatusOf(err))
}

func badHandle(h C.uintptr_t) C.int32_t {
	return fail(&nccc.Error{Status: nccc.EBadHandle, Detail: "not an open module handle"})
}

func lookupModule(h C.uintptr_t) *openModule {
	modules.Lock()
	defer modules.Unlock()
	return modules.byID[uintptr(h)]
}

//export yunigo_module_open
func yunigo_module_open(path, name *C.char, out *C.uintptr_t) C.int32_t {
	var m *nccc.Module
	var err error
	if name == nil {
		m, err = nccc.Open(C.GoString(path))
	} else {
		m, err = nccc.OpenAs(C.GoString(path), C.GoString(name))
	}
	if err != nil {
		return fail(err)
	}
	om := &openModule{mod: m, name: C.CString(m.Name)}
	for _, e := range m.Exports {
		om.names = append(om.names, C.CString(e.Name))
	}
	modules.Lock()
	if modules.byID == nil {
		modules.byID = map[uintptr]*openModule{}
		// Ids start high and step by 16 so a small integer or a typical
		// pointer passed by mistake is unlikely to name a live module.
		modules.next = 0x10000
	}
	modules.next += 16
	id := modules.next
	modules.byID[id] = om
	modules.Unlock()
	*out = C.uintptr_t(id)
	return 0
}

//export yunigo_module_close
func yunigo_module_close(h C.uintptr_t) C.int32_t {
	modules.Lock()
	om := modules.byID[uintptr(h)]
	delete(modules.byID, uintptr(h))
	modules.Unlock()
	if om == nil {
		return badHandle(h)
	}
	C.free(unsafe.Pointer(om.name))
	for _, n := range om.names {
		C.free(unsafe.Pointer(n))
	}
	if err := om.mod.Close(); err != nil {
		return fail(err)
	}
	return 0
}

//export yunigo_module_name
func yunigo_module_name(h C.uintptr_t) *C.char {
	om := lookupModule(h)
	if om == nil {
		badHandle(h)
		return nil
	}
	return om.name
}

//export yunigo_module_count
func yunigo_module_count(h C.uintptr_t) C.int32_t {
	om := lookupModule(h)
	if om == nil {
		return badHandle(h)
	}
	return C.int32_t(len(om.mod.Exports))
}

//export yunigo_module_export
func yunigo_module_export(h C.uintptr_t, index C.int32_t, name **C.char, fn *C.uintptr_t, sig *C.yuni_signature) C.int32_t {
	om := lookupModule(h)
	if om == nil {
		return badHandle(h)
	}
	if index < 0 || int(index) >= len(om.mod.Exports) {
		return fail(&nccc.Error{Status: nccc.ERange, Detail: "export index out of range"})
	}
	e := om.mod.Exports[index]
	if sig != nil {
		n := len(e.Sig.Args) + len(e.Sig.Results)
		if n > C.YUNI_SIGNATURE_MAX {
			return fail(&nccc.Error{Status: nccc.ETooBig, Detail: fmt.Sprintf(
				"%s: its signature has %d types, more than the %d a yuni_signature holds (ask with sig NULL for its function)",
				e.Name, n, C.YUNI_SIGNATURE_MAX)})
		}
		C.memset(unsafe.Pointer(sig), 0, C.sizeof_yuni_signature)
		sig.argc = C.int32_t(len(e.Sig.Args))
		sig.retc = C.int32_t(len(e.Sig.Results))
		for i, t := range append(append([]nccc.Type{}, e.Sig.Args...), e.Sig.Results...) {
			sig.types[i] = C.uint8_t(t)
		}
	}
	*name = om.names[index]
	*fn = C.uintptr_t(e.Fn)
	return 0
}

//export yunigo_module_find
func yunigo_module_find(h C.uintptr_t, name *C.char) C.int32_t {
	om := lookupModule(h)
	if om == nil {
		return badHandle(h)
	}
	e, err := om.mod.Lookup(C.GoString(name))
	if err != nil {
		return fail(err)
	}
	return C.int32_t(e.ID) // ids are the indices: readTable numbers them 0..count-1
}
