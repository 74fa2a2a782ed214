/* Status texts, the per-thread error detail and the C entry points whose work
 * is done in Go (module loading): they check arguments here, in C, so bad
 * input never needs the Go runtime to answer. */
#include <stdio.h>
#include <string.h>

#include "nccc.h"
#include "api_internal.h"

const char* yuni_strerror(int32_t status) {
    switch (status) {
    case YUNI_OK: return "success";
    case YUNI_EINVAL: return "invalid argument (NULL, out of range or malformed)";
    case YUNI_EBADHANDLE: return "bad handle (NULL, closed or not from this library)";
    case YUNI_ENOMEM: return "out of memory";
    case YUNI_ENOENT: return "no such file";
    case YUNI_ENOSYM: return "no such symbol or export";
    case YUNI_ERANGE: return "index or id out of range";
    case YUNI_EMODULE: return "not an NCCC module, or its table is malformed";
    case YUNI_ELOAD: return "the dynamic loader refused the file";
    case YUNI_ETOOBIG: return "exceeds a fixed limit";
    case YUNI_ESTATE: return "not valid in the object's current state";
    case YUNI_EINTERNAL: return "internal error in libyuni-offload";
    default: return "unknown status code";
    }
}

/* Thread-local so a host with many threads reads its own failure, as with
 * dlerror(); cgo runs a C->Go call on the calling thread, so Go fills the
 * same slot the host reads. */
static _Thread_local char error_detail[512];

const char* yuni_error_detail(void) { return error_detail; }

void yuni__set_error_detail(const char* text) {
    if (!text) {
        error_detail[0] = '\0';
        return;
    }
    snprintf(error_detail, sizeof error_detail, "%s", text);
}

int32_t yuni__fail(int32_t status, const char* text) {
    yuni__set_error_detail(text);
    return status;
}

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
    *out = NULL;
    return yunigo_module_open((char*)path, NULL, (uintptr_t*)out);
}

int32_t yuni_module_open_as(const char* path, const char* name, yuni_module** out) {
    if (!path || !name || !out) {
        return yuni__fail(YUNI_EINVAL, "yuni_module_open_as: path, name and out must not be NULL");
    }
    *out = NULL;
    return yunigo_module_open((char*)path, (char*)name, (uintptr_t*)out);
}

int32_t yuni_module_close(yuni_module* module) {
    return yunigo_module_close((uintptr_t)module);
}

const char* yuni_module_name(yuni_module* module) {
    return yunigo_module_name((uintptr_t)module);
}

int32_t yuni_module_count(yuni_module* module) {
    return yunigo_module_count((uintptr_t)module);
}

int32_t yuni_module_export(yuni_module* module, int32_t index, const char** name,
                           nccc_call_t* fn, yuni_signature* sig) {
    char* n = NULL;
    uintptr_t f = 0;
    int32_t st = yunigo_module_export((uintptr_t)module, index, &n, &f, sig);
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
    index = yunigo_module_find((uintptr_t)module, (char*)name);
    if (index < 0) {
        return index;
    }
    return yuni_module_export(module, index, NULL, fn, sig);
}
