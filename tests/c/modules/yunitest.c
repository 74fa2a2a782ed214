/* libnccc_yunitest.so: an NCCC module that exercises what every module must
 * get right — integer limits of every width read and written through the
 * member of their own type, f32 kept as float, NaN and -0.0, mixed argument
 * types, several results, and a pointer out-parameter. */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "nccc.h"

/* x+1 with wrap-around, computed unsigned so signed maxima are not UB. */
#define INC(name, member, utype, stype)                                  \
    static void name(const nccv64* in, nccv64* out) {                    \
        out[0].member = (stype)(utype)((utype)in[0].member + (utype)1);  \
    }
INC(inc_u8, u8, uint8_t, uint8_t)
INC(inc_s8, s8, uint8_t, int8_t)
INC(inc_u16, u16, uint16_t, uint16_t)
INC(inc_s16, s16, uint16_t, int16_t)
INC(inc_u32, u32, uint32_t, uint32_t)
INC(inc_s32, s32, uint32_t, int32_t)
INC(inc_u64, u64, uint64_t, uint64_t)
INC(inc_s64, s64, uint64_t, int64_t)
INC(inc_uptr, uptr, uintptr_t, uintptr_t)
INC(inc_sptr, sptr, uintptr_t, intptr_t)

/* Multiplied in float: a double product rounded once would differ for some
 * inputs, which is what the tests look for. */
static void mul_f32(const nccv64* in, nccv64* out) { out[0].f32 = in[0].f32 * in[1].f32; }

static void neg_f64(const nccv64* in, nccv64* out) { out[0].f64 = -in[0].f64; }

/* 0 NaN, 1 negative zero, 2 positive zero, 3 anything else. */
static void classify_f64(const nccv64* in, nccv64* out) {
    double x = in[0].f64;
    out[0].s32 = isnan(x) ? 0 : x == 0.0 ? (signbit(x) ? 1 : 2) : 3;
}

/* mix(s8, u16, f32, s64, f64, ptr to double) -> (f64 sum, s32 argument count) */
static void mix(const nccv64* in, nccv64* out) {
    const double* extra = (const double*)in[5].ptr;
    out[0].f64 = (double)in[0].s8 + (double)in[1].u16 + (double)in[2].f32 +
                 (double)in[3].s64 + in[4].f64 + (extra ? *extra : 0.0);
    out[1].s32 = 6;
}

/* divmod(s64 a, s64 b, ptr s64* rem) -> s32 status; quotient through in[3]. */
static void divmod(const nccv64* in, nccv64* out) {
    int64_t a = in[0].s64, b = in[1].s64;
    int64_t* rem = (int64_t*)in[2].ptr;
    int64_t* quot = (int64_t*)in[3].ptr;
    if (b == 0 || !rem || !quot || (a == INT64_MIN && b == -1)) {
        out[0].s32 = -1;
        return;
    }
    *quot = a / b;
    *rem = a % b;
    out[0].s32 = 0;
}

static const struct export {
    const char* name;
    nccc_call_t fn;
    int32_t argc, retc;
    uint8_t types[8];
} exports[] = {
    {"inc_u8", inc_u8, 1, 1, {YUNI_NCCC_U8, YUNI_NCCC_U8}},
    {"inc_s8", inc_s8, 1, 1, {YUNI_NCCC_S8, YUNI_NCCC_S8}},
    {"inc_u16", inc_u16, 1, 1, {YUNI_NCCC_U16, YUNI_NCCC_U16}},
    {"inc_s16", inc_s16, 1, 1, {YUNI_NCCC_S16, YUNI_NCCC_S16}},
    {"inc_u32", inc_u32, 1, 1, {YUNI_NCCC_U32, YUNI_NCCC_U32}},
    {"inc_s32", inc_s32, 1, 1, {YUNI_NCCC_S32, YUNI_NCCC_S32}},
    {"inc_u64", inc_u64, 1, 1, {YUNI_NCCC_U64, YUNI_NCCC_U64}},
    {"inc_s64", inc_s64, 1, 1, {YUNI_NCCC_S64, YUNI_NCCC_S64}},
    {"inc_uptr", inc_uptr, 1, 1, {YUNI_NCCC_UPTR, YUNI_NCCC_UPTR}},
    {"inc_sptr", inc_sptr, 1, 1, {YUNI_NCCC_SPTR, YUNI_NCCC_SPTR}},
    {"mul_f32", mul_f32, 2, 1, {YUNI_NCCC_F32, YUNI_NCCC_F32, YUNI_NCCC_F32}},
    {"neg_f64", neg_f64, 1, 1, {YUNI_NCCC_F64, YUNI_NCCC_F64}},
    {"classify_f64", classify_f64, 1, 1, {YUNI_NCCC_F64, YUNI_NCCC_S32}},
    {"mix", mix, 6, 2,
     {YUNI_NCCC_S8, YUNI_NCCC_U16, YUNI_NCCC_F32, YUNI_NCCC_S64, YUNI_NCCC_F64, YUNI_NCCC_PTR,
      YUNI_NCCC_F64, YUNI_NCCC_S32}},
    {"divmod", divmod, 4, 1,
     {YUNI_NCCC_S64, YUNI_NCCC_S64, YUNI_NCCC_PTR, YUNI_NCCC_PTR, YUNI_NCCC_S32}},
};
#define COUNT ((int32_t)(sizeof exports / sizeof exports[0]))

__attribute__((visibility("default"))) void lib_yunitest_dispatch_ncccv0(const nccv64* in,
                                                                          nccv64* out) {
    int32_t id = in[0].s32 == YUNI_NCCC_OP_LIBRARY_INFO ? 0 : in[1].s32;
    int32_t i;
    if (in[0].s32 == YUNI_NCCC_OP_LIBRARY_INFO) {
        memset(out, 0, 6 * sizeof *out);
        out[0].ptr = (void*)(uintptr_t) "yunitest";
        out[2].s32 = COUNT;
        return;
    }
    if ((in[0].s32 != YUNI_NCCC_OP_EXPORT_INFO && in[0].s32 != YUNI_NCCC_OP_ARG_INFO) || id < 0 ||
        id >= COUNT) {
        out[0].s32 = -1;
        return;
    }
    if (in[0].s32 == YUNI_NCCC_OP_EXPORT_INFO) {
        memset(out, 0, 8 * sizeof *out);
        out[1].s32 = id;
        out[2].ptr = (void*)(uintptr_t)exports[id].name;
        out[5].uptr = (uintptr_t)exports[id].fn;
        out[6].s32 = exports[id].argc;
        out[7].s32 = exports[id].retc;
        return;
    }
    out[0].s32 = 0;
    out[1].s32 = exports[id].argc;
    out[2].s32 = exports[id].retc;
    for (i = 0; i < exports[id].argc + exports[id].retc; i++) {
        out[3 + i].s32 = exports[id].types[i];
    }
}
