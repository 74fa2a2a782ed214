/* Status texts and the per-thread error detail. */
#include <stdarg.h>
#include <stdio.h>

#include "core.h"

const char* yuni_strerror(int32_t status) {
    switch (status) {
    case YUNI_OK: return "success";
    case YUNI_EINVAL: return "invalid argument (NULL, out of range or malformed)";
    case YUNI_EBADHANDLE: return "bad handle (NULL, destroyed or not from this library)";
    case YUNI_ENOMEM: return "out of memory";
    case YUNI_ENOENT: return "no such file";
    case YUNI_ENOSYM: return "no such symbol or export";
    case YUNI_ERANGE: return "index or id out of range";
    case YUNI_EMODULE: return "not an NCCC module, or its table is malformed";
    case YUNI_ELOAD: return "the dynamic loader refused the file";
    case YUNI_ETOOBIG: return "exceeds a fixed limit";
    case YUNI_ESTATE: return "not valid in the object's current state";
    case YUNI_EINTERNAL: return "internal error in libyuni-offload";
    case YUNI_EPERM: return "not permitted (a privilege or resource limit)";
    case YUNI_ECORRUPT: return "memory corruption detected (a write outside a block, or after free)";
    case YUNI_EBUSY: return "busy: would have to wait, or the object is in use";
    case YUNI_ECOMPILE: return "Offload source or bytecode rejected";
    case YUNI_ETRAP: return "an Offload program trapped";
    case YUNI_OWN_SWITCHED: return "re-owned after another thread ran the VM";
    default: return "unknown status code";
    }
}

/* Thread-local so a host with many threads reads its own failure, as with
 * dlerror(); cgo runs a C->Go call on the calling thread, so Go fills the
 * same slot the host reads. */
static _Thread_local char error_detail[512];

const char* yuni_error_detail(void) { return error_detail; }

void yuni__set_error_detail(const char* text) {
    snprintf(error_detail, sizeof error_detail, "%s", text ? text : "");
}

int32_t yuni__fail(int32_t status, const char* format, ...) {
    va_list ap;
    va_start(ap, format);
    vsnprintf(error_detail, sizeof error_detail, format, ap);
    va_end(ap);
    return status;
}
