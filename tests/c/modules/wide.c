/* libnccc_wide.so: one export a yuni_signature can describe and one it
 * cannot (40 arguments, more than YUNI_SIGNATURE_MAX types), so the tests
 * can check that the wide one does not hide the other. */
#include <string.h>

#include "nccc.h"

#define WIDE_ARGS 40

static void narrow(const nccv64* in, nccv64* out) { out[0].s32 = in[0].s32 * 2; }

static void wide(const nccv64* in, nccv64* out) {
    int64_t sum = 0;
    for (int i = 0; i < WIDE_ARGS; i++) sum += in[i].s64;
    out[0].s64 = sum;
}

__attribute__((visibility("default"))) void lib_wide_dispatch_ncccv0(const nccv64* in, nccv64* out) {
    int32_t id = in[1].s32;
    if (in[0].s32 == YUNI_NCCC_OP_LIBRARY_INFO) {
        memset(out, 0, 6 * sizeof *out);
        out[0].ptr = (void*)(uintptr_t) "wide";
        out[2].s32 = 2;
        return;
    }
    if ((in[0].s32 != YUNI_NCCC_OP_EXPORT_INFO && in[0].s32 != YUNI_NCCC_OP_ARG_INFO) || id < 0 || id > 1) {
        out[0].s32 = -1;
        return;
    }
    int32_t argc = id == 0 ? WIDE_ARGS : 1;
    if (in[0].s32 == YUNI_NCCC_OP_EXPORT_INFO) {
        memset(out, 0, 8 * sizeof *out);
        out[1].s32 = id;
        out[2].ptr = (void*)(uintptr_t)(id == 0 ? "wide" : "narrow");
        out[5].uptr = (uintptr_t)(id == 0 ? wide : narrow);
        out[6].s32 = argc;
        out[7].s32 = 1;
        return;
    }
    out[0].s32 = 0;
    out[1].s32 = argc;
    out[2].s32 = 1;
    for (int i = 0; i < argc + 1; i++) out[3 + i].s32 = id == 0 ? YUNI_NCCC_S64 : YUNI_NCCC_S32;
}
