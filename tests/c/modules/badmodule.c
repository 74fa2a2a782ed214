/* Deliberately broken modules, one per BAD_KIND, for the loader's errors:
 *   1 libnccc_bad_nosym.so   no dispatch symbol at all (a plain library)
 *   2 libnccc_bad_count.so   lists 2 exports but export_info(1) fails
 *   3 libnccc_bad_type.so    arg_info reports type code 99
 *   4 libnccc_bad_noname.so  library_info gives a NULL name
 *   5 libnccc_bad_argc.so    arg_info disagrees with export_info on argc */
#include <string.h>

#include "nccc.h"

#define EXPORT __attribute__((visibility("default")))

#if BAD_KIND == 1
EXPORT int not_an_nccc_module(void) { return 42; }
#else
static void nop(const nccv64* in, nccv64* out) {
    (void)in;
    out[0].s32 = 7;
}

#if BAD_KIND == 2
#define DISPATCH lib_bad_count_dispatch_ncccv0
#elif BAD_KIND == 3
#define DISPATCH lib_bad_type_dispatch_ncccv0
#elif BAD_KIND == 4
#define DISPATCH lib_bad_noname_dispatch_ncccv0
#elif BAD_KIND == 5
#define DISPATCH lib_bad_argc_dispatch_ncccv0
#endif
EXPORT void DISPATCH(const nccv64* in, nccv64* out) {
    switch (in[0].s32) {
    case YUNI_NCCC_OP_LIBRARY_INFO:
        memset(out, 0, 6 * sizeof *out);
        out[0].ptr = BAD_KIND == 4 ? NULL : (void*)(uintptr_t) "bad";
        out[2].s32 = 2;
        return;
    case YUNI_NCCC_OP_EXPORT_INFO:
        if (in[1].s32 < 0 || in[1].s32 > (BAD_KIND == 2 ? 0 : 1)) break;
        memset(out, 0, 8 * sizeof *out);
        out[1].s32 = in[1].s32;
        out[2].ptr = (void*)(uintptr_t)(in[1].s32 ? "second" : "first");
        out[5].uptr = (uintptr_t)nop;
        out[6].s32 = 0;
        out[7].s32 = 1;
        return;
    case YUNI_NCCC_OP_ARG_INFO:
        if (in[1].s32 < 0 || in[1].s32 > 1) break;
        out[0].s32 = 0;
        out[1].s32 = BAD_KIND == 5 ? 1 : 0;
        out[2].s32 = 1;
        out[3].s32 = BAD_KIND == 3 ? 99 : YUNI_NCCC_S32;
        return;
    }
    out[0].s32 = -1;
}
#endif
