/* The Go side of module loading (module.go), declared exactly as cgo
 * declares it (Go has no const). Handles are ids, never Go pointers. */
#ifndef YUNI_MODULE_GO_H
#define YUNI_MODULE_GO_H

#include <stdint.h>
#include "nccc.h"

int32_t yunigo_module_open(char* path, char* name, uintptr_t* out);
int32_t yunigo_module_close(uintptr_t module);
char* yunigo_module_name(uintptr_t module);
int32_t yunigo_module_count(uintptr_t module);
int32_t yunigo_module_export(uintptr_t module, int32_t index, char** name,
                             uintptr_t* fn, yuni_signature* sig);
int32_t yunigo_module_find(uintptr_t module, char* name);

#endif
