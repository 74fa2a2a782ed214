/* Internal to capi: shared by the C entry points and the Go side. Not
 * exported (the version script hides every name not in nccc.h). */
#ifndef YUNI_API_INTERNAL_H
#define YUNI_API_INTERNAL_H

#include <stdint.h>
#include "nccc.h"

void yuni__set_error_detail(const char* text);
int32_t yuni__fail(int32_t status, const char* text);

/* Implemented in Go (module.go), declared here exactly as cgo declares them
 * (Go has no const). Handles are ids, never Go pointers. */
int32_t yunigo_module_open(char* path, char* name, uintptr_t* out);
int32_t yunigo_module_close(uintptr_t module);
char* yunigo_module_name(uintptr_t module);
int32_t yunigo_module_count(uintptr_t module);
int32_t yunigo_module_export(uintptr_t module, int32_t index, char** name,
                             uintptr_t* fn, yuni_signature* sig);
int32_t yunigo_module_find(uintptr_t module, char* name);

#endif
