/* The legacy yuniFFI convention, void f(uint64_t* in, int in_n, uint64_t*
 * out, int out_n), in front of NCCC functions: a binding is an NCCC function
 * with its signature, and a call converts each value between the legacy
 * 64-bit form and the signature's NCCC type, refusing what does not fit. */
#include <stdlib.h>
#include <string.h>

#include "core.h"

struct legacy_binding {
    nccc_call_t fn;
    yuni_signature sig;
};

static void report(uint64_t* out, int out_n, int32_t status) {
    if (out && out_n >= 1) out[0] = (uint64_t)(int64_t)status;
}

/* Find this library's export `name` through its own module table, the way
 * any NCCC loader would. */
static int32_t lookup_own(const char* name, struct legacy_binding* b) {
    nccv64 in[2], info[8], types[3 + 64];
    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    lib_yuni_offload_dispatch_ncccv0(in, info);
    int32_t count = info[2].s32;
    for (int32_t id = 0; id < count; id++) {
        in[0].s32 = YUNI_NCCC_OP_EXPORT_INFO;
        in[1].s32 = id;
        lib_yuni_offload_dispatch_ncccv0(in, info);
        if (info[0].s32 != 0 || strcmp((const char*)info[2].ptr, name) != 0) continue;
        int32_t argc = info[6].s32, retc = info[7].s32;
        if (argc + retc > YUNI_SIGNATURE_MAX)
            return yuni__fail(YUNI_ETOOBIG, "yuni_legacy_bind: %s has more than %d types", name, YUNI_SIGNATURE_MAX);
        b->fn = (nccc_call_t)info[5].uptr;
        in[0].s32 = YUNI_NCCC_OP_ARG_INFO;
        lib_yuni_offload_dispatch_ncccv0(in, types);
        b->sig.argc = argc;
        b->sig.retc = retc;
        for (int32_t k = 0; k < argc + retc; k++) b->sig.types[k] = (uint8_t)types[3 + k].s32;
        return YUNI_OK;
    }
    return yuni__fail(YUNI_ENOSYM, "yuni_legacy_bind: this library exports no %s", name);
}

void yuni_legacy_bind(uint64_t* in, int in_n, uint64_t* out, int out_n) {
    struct legacy_binding b;
    int32_t st;
    if (!out || out_n < 1) return;
    if (out_n < 2 || !in || in_n != 2) {
        report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_bind: wants in = [fn, signature] or [0, name] "
                                                   "and out = [status, binding]"));
        return;
    }
    out[1] = 0;
    if (in[0] == 0) {
        if (!in[1]) {
            report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_bind: the name is NULL"));
            return;
        }
        if ((st = lookup_own((const char*)(uintptr_t)in[1], &b)) != YUNI_OK) {
            report(out, out_n, st);
            return;
        }
    } else {
        const yuni_signature* sig = (const yuni_signature*)(uintptr_t)in[1];
        if (!sig || sig->argc < 0 || sig->retc < 0 || sig->argc + sig->retc > YUNI_SIGNATURE_MAX) {
            report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_bind: the signature is NULL or its counts are "
                                                       "outside 0..%d",
                                          YUNI_SIGNATURE_MAX));
            return;
        }
        for (int32_t k = 0; k < sig->argc + sig->retc; k++) {
            if (sig->types[k] >= YUNI_NCCC_TYPE_COUNT) {
                report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_bind: type %d of the signature is unknown (%u)",
                                              k, sig->types[k]));
                return;
            }
        }
        b.fn = (nccc_call_t)(uintptr_t)in[0];
        b.sig = *sig;
    }
    struct legacy_binding* copy = malloc(sizeof *copy);
    uintptr_t handle = copy ? yuni__handle_new(YUNI_HANDLE_LEGACY, copy) : 0;
    if (!handle) {
        free(copy);
        report(out, out_n, yuni__fail(YUNI_ENOMEM, "yuni_legacy_bind: out of memory or handles"));
        return;
    }
    *copy = b;
    out[1] = handle;
    report(out, out_n, YUNI_OK);
}

void yuni_legacy_unbind(uint64_t* in, int in_n, uint64_t* out, int out_n) {
    if (!out || out_n < 1) return;
    if (!in || in_n != 1) {
        report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_unbind: wants in = [binding]"));
        return;
    }
    struct legacy_binding* b = yuni__handle_retire((uintptr_t)in[0], YUNI_HANDLE_LEGACY);
    if (!b) {
        report(out, out_n, yuni__fail(YUNI_EBADHANDLE, "yuni_legacy_unbind: not a live binding"));
        return;
    }
    free(b);
    report(out, out_n, YUNI_OK);
}

/* Range of legacy values each integer type accepts; unsigned types also
 * accept their sign-extended form. */
static int fits(uint8_t type, int64_t v) {
    switch (type) {
        case YUNI_NCCC_S8: return v >= INT8_MIN && v <= INT8_MAX;
        case YUNI_NCCC_S16: return v >= INT16_MIN && v <= INT16_MAX;
        case YUNI_NCCC_S32: return v >= INT32_MIN && v <= INT32_MAX;
        case YUNI_NCCC_U8: return v >= INT8_MIN && v <= UINT8_MAX;
        case YUNI_NCCC_U16: return v >= INT16_MIN && v <= UINT16_MAX;
        case YUNI_NCCC_U32: return v >= INT32_MIN && v <= (int64_t)UINT32_MAX;
        default: return 1; /* 64-bit types and pointers take any value */
    }
}

static nccv64 to_nccc(uint8_t type, uint64_t v) {
    nccv64 x;
    double d;
    x.u64 = 0;
    switch (type) {
        case YUNI_NCCC_S8: x.s8 = (int8_t)v; break;
        case YUNI_NCCC_U8: x.u8 = (uint8_t)v; break;
        case YUNI_NCCC_S16: x.s16 = (int16_t)v; break;
        case YUNI_NCCC_U16: x.u16 = (uint16_t)v; break;
        case YUNI_NCCC_S32: x.s32 = (int32_t)v; break;
        case YUNI_NCCC_U32: x.u32 = (uint32_t)v; break;
        case YUNI_NCCC_F32: memcpy(&d, &v, 8); x.f32 = (float)d; break;
        default: x.u64 = v; break; /* u64, s64, f64 (bits), pointers */
    }
    return x;
}

static uint64_t from_nccc(uint8_t type, nccv64 x) {
    double d;
    uint64_t v;
    switch (type) {
        case YUNI_NCCC_S8: return (uint64_t)(int64_t)x.s8;
        case YUNI_NCCC_U8: return x.u8;
        case YUNI_NCCC_S16: return (uint64_t)(int64_t)x.s16;
        case YUNI_NCCC_U16: return x.u16;
        case YUNI_NCCC_S32: return (uint64_t)(int64_t)x.s32;
        case YUNI_NCCC_U32: return x.u32;
        case YUNI_NCCC_F32: d = x.f32; memcpy(&v, &d, 8); return v;
        default: return x.u64;
    }
}

void yuni_legacy_call(uint64_t* in, int in_n, uint64_t* out, int out_n) {
    nccv64 args[YUNI_SIGNATURE_MAX], results[YUNI_SIGNATURE_MAX];
    if (!out || out_n < 1) return;
    if (!in || in_n < 1) {
        report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_call: wants in = [binding, arg...]"));
        return;
    }
    /* The binding is copied under a borrow, then called: an unbind racing
     * the call frees the binding once the copy is made and never waits for
     * the function (host code) to return. */
    struct legacy_binding b;
    const struct legacy_binding* bound = yuni__handle_borrow((uintptr_t)in[0], YUNI_HANDLE_LEGACY);
    if (!bound) {
        report(out, out_n, yuni__fail(YUNI_EBADHANDLE, "yuni_legacy_call: not a live binding"));
        return;
    }
    b = *bound;
    yuni__handle_return((uintptr_t)in[0]);
    const yuni_signature* sig = &b.sig;
    if (in_n != 1 + sig->argc || out_n < 1 + sig->retc) {
        report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_call: the function takes %d arguments and %d results; "
                                                   "in_n must be %d and out_n at least %d (got %d and %d)",
                                      sig->argc, sig->retc, 1 + sig->argc, 1 + sig->retc, in_n, out_n));
        return;
    }
    for (int32_t k = 0; k < sig->argc; k++) {
        if (!fits(sig->types[k], (int64_t)in[1 + k])) {
            report(out, out_n, yuni__fail(YUNI_EINVAL, "yuni_legacy_call: argument %d (%lld) does not fit its type",
                                          k, (long long)(int64_t)in[1 + k]));
            return;
        }
        args[k] = to_nccc(sig->types[k], in[1 + k]);
    }
    memset(results, 0, sizeof results);
    b.fn(args, results);
    for (int32_t k = 0; k < sig->retc; k++) out[1 + k] = from_nccc(sig->types[sig->argc + k], results[k]);
    report(out, out_n, YUNI_OK);
}
