/* C entry points of capi. Those whose work is done in Go (module loading)
 * check their arguments here, in C, so bad input never needs the Go runtime
 * to answer, and call into Go inside YUNI__IN_GO, so the calling thread's
 * signal mask is what it was (internal/core/signals.c). */
#include <string.h>

#include "core.h"
#include "module_go.h"

uint32_t yuni_version(void) { return YUNI_VERSION_NUMBER; }

int32_t yuni_nccc_call(nccc_call_t fn, const nccv64* in, nccv64* out) {
    if (!fn) {
        return yuni__fail(YUNI_EINVAL, "yuni_nccc_call: fn is NULL");
    }
    fn(in, out);
    return YUNI_OK;
}

/* ---- modules: C checks the arguments, Go (module.go) does the work ---- */

int32_t yuni_module_open(const char* path, yuni_module** out) {
    if (!path || !out) {
        return yuni__fail(YUNI_EINVAL, "yuni_module_open: path and out must not be NULL");
    }
    int32_t st;
    *out = NULL;
    YUNI__IN_GO(st = yunigo_module_open((char*)path, NULL, (uintptr_t*)out));
    return st;
}

int32_t yuni_module_open_as(const char* path, const char* name, yuni_module** out) {
    if (!path || !name || !out) {
        return yuni__fail(YUNI_EINVAL, "yuni_module_open_as: path, name and out must not be NULL");
    }
    int32_t st;
    *out = NULL;
    YUNI__IN_GO(st = yunigo_module_open((char*)path, (char*)name, (uintptr_t*)out));
    return st;
}

int32_t yuni_module_close(yuni_module* module) {
    int32_t st;
    YUNI__IN_GO(st = yunigo_module_close((uintptr_t)module));
    return st;
}

const char* yuni_module_name(yuni_module* module) {
    const char* name;
    YUNI__IN_GO(name = yunigo_module_name((uintptr_t)module));
    return name;
}

int32_t yuni_module_count(yuni_module* module) {
    int32_t n;
    YUNI__IN_GO(n = yunigo_module_count((uintptr_t)module));
    return n;
}

int32_t yuni_module_export(yuni_module* module, int32_t index, const char** name,
                           nccc_call_t* fn, yuni_signature* sig) {
    char* n = NULL;
    uintptr_t f = 0;
    int32_t st;
    YUNI__IN_GO(st = yunigo_module_export((uintptr_t)module, index, &n, &f, sig));
    if (st == YUNI_OK) {
        if (name) *name = n;
        if (fn) *fn = (nccc_call_t)f;
    }
    return st;
}

int32_t yuni_module_lookup(yuni_module* module, const char* name, nccc_call_t* fn,
                           yuni_signature* sig) {
    int32_t index;
    if (!name) {
        return yuni__fail(YUNI_EINVAL, "yuni_module_lookup: name must not be NULL");
    }
    YUNI__IN_GO(index = yunigo_module_find((uintptr_t)module, (char*)name));
    if (index < 0) {
        return index;
    }
    return yuni_module_export(module, index, NULL, fn, sig);
}
