/* The NCCC module loader, against libnccc_yunitest.so and the deliberately
 * broken modules built beside it. */
#include <math.h>
#include <stdlib.h>

#include "harness.h"
#include "nccc.h"

#define MODULE(file) YUNI_TEST_MODULE_DIR "/" file

static yuni_module* open_yunitest(void) {
    yuni_module* m = NULL;
    if (yuni_module_open(MODULE("libnccc_yunitest.so"), &m) != YUNI_OK) {
        fprintf(stderr, "open libnccc_yunitest.so: %s\n", yuni_error_detail());
        return NULL;
    }
    return m;
}

static nccc_call_t fn_of(yuni_module* m, const char* name) {
    nccc_call_t f = NULL;
    return yuni_module_lookup(m, name, &f, NULL) == YUNI_OK ? f : NULL;
}

void test_module_open_self(void) {
    yuni_module* m;
    nccc_call_t f;
    nccv64 out[1];
    CHECK_EQ(yuni_module_open(YUNI_LIBRARY_PATH, &m), YUNI_OK);
    CHECK_STR(yuni_module_name(m), "yuni_offload");
    CHECK(yuni_module_count(m) > 10);
    f = fn_of(m, "yuni_version");
    CHECK(f != NULL);
    f(NULL, out);
    CHECK_EQ(out[0].u32, YUNI_VERSION_NUMBER);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

/* Each inc_<t>(x) = x+1 with wrap-around; slots are pre-filled with garbage
 * so a module reading or writing the wrong width shows. */
void test_module_integer_limits(void) {
    yuni_module* m = open_yunitest();
    nccv64 in[1], out[1];
    CHECK(m != NULL);
#define EDGE(name, member, x, want)                                 \
    do {                                                            \
        nccc_call_t f_ = fn_of(m, name);                            \
        CHECK(f_ != NULL);                                          \
        in[0].u64 = 0x5A5A5A5A5A5A5A5Aull;                          \
        in[0].member = (x);                                         \
        out[0].u64 = 0xA5A5A5A5A5A5A5A5ull;                         \
        f_(in, out);                                                \
        CHECK(out[0].member == (want));                             \
        if (sizeof out[0].member < 8) {                             \
            nccv64 expect_;                                         \
            expect_.u64 = 0xA5A5A5A5A5A5A5A5ull;                    \
            expect_.member = (want);                                \
            CHECK_EQ(out[0].u64, expect_.u64);                      \
        }                                                           \
    } while (0)
    EDGE("inc_u8", u8, UINT8_MAX, 0);
    EDGE("inc_u8", u8, 0, 1);
    EDGE("inc_s8", s8, INT8_MAX, INT8_MIN);
    EDGE("inc_s8", s8, -1, 0);
    EDGE("inc_u16", u16, UINT16_MAX, 0);
    EDGE("inc_s16", s16, INT16_MAX, INT16_MIN);
    EDGE("inc_s16", s16, INT16_MIN, INT16_MIN + 1);
    EDGE("inc_u32", u32, UINT32_MAX, 0);
    EDGE("inc_s32", s32, INT32_MAX, INT32_MIN);
    EDGE("inc_s32", s32, -1, 0);
    EDGE("inc_u64", u64, UINT64_MAX, 0);
    EDGE("inc_u64", u64, (uint64_t)UINT32_MAX, (uint64_t)UINT32_MAX + 1);
    EDGE("inc_s64", s64, INT64_MAX, INT64_MIN);
    EDGE("inc_s64", s64, INT64_MIN, INT64_MIN + 1);
    EDGE("inc_uptr", uptr, UINTPTR_MAX, 0);
    EDGE("inc_sptr", sptr, INTPTR_MAX, INTPTR_MIN);
    EDGE("inc_sptr", sptr, -1, 0);
#undef EDGE
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

void test_module_floats(void) {
    yuni_module* m = open_yunitest();
    nccc_call_t mul, neg, cls;
    nccv64 in[2], out[1];
    volatile float a = 16777217.0f / 3.0f, b = 3.0f; /* inexact in float */
    float want;
    CHECK(m != NULL);
    mul = fn_of(m, "mul_f32");
    neg = fn_of(m, "neg_f64");
    cls = fn_of(m, "classify_f64");
    CHECK(mul && neg && cls);

    /* f32 travels as a float in the low 4 bytes, computed in float. */
    want = a * b;
    in[0].u64 = ~0ull;
    in[0].f32 = a;
    in[1].u64 = ~0ull;
    in[1].f32 = b;
    out[0].u64 = 0;
    mul(in, out);
    CHECK(memcmp(&out[0].f32, &want, sizeof want) == 0);
    CHECK_EQ(out[0].u64 >> 32, 0);

    /* -0.0 and NaN survive the trip bit-exactly. */
    in[0].f64 = 0.0;
    neg(in, out);
    CHECK(out[0].f64 == 0.0 && signbit(out[0].f64));
    in[0].f64 = -0.0;
    neg(in, out);
    CHECK(out[0].f64 == 0.0 && !signbit(out[0].f64));
    in[0].u64 = 0x7FF8000000000123ull; /* quiet NaN with a payload */
    neg(in, out);
    CHECK_EQ(out[0].u64, 0xFFF8000000000123ull);
    cls(in, out);
    CHECK_EQ(out[0].s32, 0);
    in[0].f64 = -0.0;
    cls(in, out);
    CHECK_EQ(out[0].s32, 1);
    in[0].f64 = 0.0;
    cls(in, out);
    CHECK_EQ(out[0].s32, 2);
    in[0].f64 = INFINITY;
    cls(in, out);
    CHECK_EQ(out[0].s32, 3);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

void test_module_mixed_and_out_pointer(void) {
    yuni_module* m = open_yunitest();
    nccc_call_t mix, dm;
    nccv64 in[6], out[2];
    double extra = 0.25;
    int64_t quot = 0, rem = 0;
    yuni_signature sig;
    CHECK(m != NULL);
    CHECK_EQ(yuni_module_lookup(m, "mix", &mix, &sig), YUNI_OK);
    CHECK_EQ(sig.argc, 6);
    CHECK_EQ(sig.retc, 2);
    CHECK_EQ(sig.types[2], YUNI_NCCC_F32);
    CHECK_EQ(sig.types[5], YUNI_NCCC_PTR);
    CHECK_EQ(sig.types[7], YUNI_NCCC_S32);
    memset(in, 0xFF, sizeof in);
    in[0].s8 = -100;
    in[1].u16 = 65535;
    in[2].f32 = 0.5f;
    in[3].s64 = -(1ll << 40);
    in[4].f64 = 1e-3;
    in[5].ptr = &extra;
    mix(in, out);
    CHECK(out[0].f64 == -100.0 + 65535.0 + 0.5 + (double)-(1ll << 40) + 1e-3 + 0.25);
    CHECK_EQ(out[1].s32, 6);

    dm = fn_of(m, "divmod");
    CHECK(dm != NULL);
    in[0].s64 = -7;
    in[1].s64 = 2;
    in[2].ptr = &rem;
    in[3].ptr = &quot;
    dm(in, out);
    CHECK_EQ(out[0].s32, 0);
    CHECK_EQ(quot, -3);
    CHECK_EQ(rem, -1);
    in[1].s64 = 0;
    dm(in, out);
    CHECK_EQ(out[0].s32, -1);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

void test_module_lookup_and_export(void) {
    yuni_module* m = open_yunitest();
    const char* name = NULL;
    nccc_call_t f = NULL, g = NULL;
    yuni_signature sig;
    int32_t n, i;
    CHECK(m != NULL);
    CHECK_STR(yuni_module_name(m), "yunitest");
    n = yuni_module_count(m);
    CHECK_EQ(n, 15);
    for (i = 0; i < n; i++) {
        CHECK_EQ(yuni_module_export(m, i, &name, &f, &sig), YUNI_OK);
        CHECK_EQ(yuni_module_lookup(m, name, &g, NULL), YUNI_OK);
        CHECK(f == g);
        CHECK(sig.argc >= 0 && sig.retc >= 0);
    }
    CHECK_EQ(yuni_module_export(m, n, &name, &f, &sig), YUNI_ERANGE);
    CHECK_EQ(yuni_module_export(m, -1, NULL, NULL, NULL), YUNI_ERANGE);
    CHECK_EQ(yuni_module_export(m, 0, NULL, NULL, NULL), YUNI_OK);
    CHECK_EQ(yuni_module_lookup(m, "no_such_function", &f, &sig), YUNI_ENOSYM);
    CHECK(strstr(yuni_error_detail(), "no_such_function") != NULL);
    CHECK_EQ(yuni_module_lookup(m, "", &f, NULL), YUNI_ENOSYM);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

void test_module_open_errors(void) {
    static const struct {
        const char* path;
        int32_t want;
        const char* detail; /* a word the message must contain */
    } cases[] = {
        {"/nonexistent/dir/libnccc_none.so", YUNI_ENOENT, "no such file"},
        {MODULE("libnccc_missing.so"), YUNI_ENOENT, "libnccc_missing.so"},
        {YUNI_HEADER_PATH, YUNI_ELOAD, "not a loadable"},
        {YUNI_TEST_MODULE_DIR, YUNI_ELOAD, "not a loadable"},
        {MODULE("libnccc_bad_nosym.so"), YUNI_ENOSYM, "lib_bad_nosym_dispatch_ncccv0"},
        {MODULE("libnccc_bad_count.so"), YUNI_EMODULE, "export_info"},
        {MODULE("libnccc_bad_type.so"), YUNI_EMODULE, "type code 99"},
        {MODULE("libnccc_bad_noname.so"), YUNI_EMODULE, "no name"},
        {MODULE("libnccc_bad_argc.so"), YUNI_EMODULE, "disagrees"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        yuni_module* m = (yuni_module*)(uintptr_t)1;
        int32_t st = yuni_module_open(cases[i].path, &m);
        if (st != cases[i].want || !strstr(yuni_error_detail(), cases[i].detail)) {
            fprintf(stderr, "%s: got %d (%s)\n", cases[i].path, st, yuni_error_detail());
        }
        CHECK_EQ(st, cases[i].want);
        CHECK(m == NULL);
        CHECK(strstr(yuni_error_detail(), cases[i].detail) != NULL);
    }
    /* The right file under the wrong name. */
    {
        yuni_module* m;
        CHECK_EQ(yuni_module_open_as(MODULE("libnccc_yunitest.so"), "other", &m), YUNI_ENOSYM);
        CHECK_EQ(yuni_module_open_as(MODULE("libnccc_yunitest.so"), "yunitest", &m), YUNI_OK);
        CHECK_EQ(yuni_module_close(m), YUNI_OK);
    }
}

void test_module_bad_handles(void) {
    yuni_module* m = open_yunitest();
    yuni_module* forged[] = {NULL, (yuni_module*)(uintptr_t)1, (yuni_module*)&forged,
                             (yuni_module*)(uintptr_t)UINTPTR_MAX};
    nccc_call_t f;
    const char* name;
    size_t i;
    CHECK(m != NULL);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
    forged[0] = m; /* now closed */
    for (i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        CHECK_EQ(yuni_module_close(forged[i]), YUNI_EBADHANDLE);
        CHECK(yuni_module_name(forged[i]) == NULL);
        CHECK_EQ(yuni_module_count(forged[i]), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_module_export(forged[i], 0, &name, &f, NULL), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_module_lookup(forged[i], "mix", &f, NULL), YUNI_EBADHANDLE);
    }
    CHECK_EQ(yuni_module_close(NULL), YUNI_EBADHANDLE);
}

void test_module_null_arguments(void) {
    yuni_module* m;
    CHECK_EQ(yuni_module_open(NULL, &m), YUNI_EINVAL);
    CHECK_EQ(yuni_module_open(MODULE("libnccc_yunitest.so"), NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_module_open_as(MODULE("libnccc_yunitest.so"), NULL, &m), YUNI_EINVAL);
    CHECK_EQ(yuni_module_open_as(NULL, "yunitest", &m), YUNI_EINVAL);
    CHECK_EQ(yuni_module_open("", &m), YUNI_EINVAL);
    m = open_yunitest();
    CHECK(m != NULL);
    CHECK_EQ(yuni_module_lookup(m, NULL, NULL, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

/* ---- the legacy yuniFFI convention in front of NCCC functions ---- */

static uint64_t dbits(double d) {
    uint64_t v;
    memcpy(&v, &d, 8);
    return v;
}
static double bitsd(uint64_t v) {
    double d;
    memcpy(&d, &v, 8);
    return d;
}

/* Bind `name` of the yunitest module: its function and signature. */
static uint64_t legacy_bind_export(yuni_module* m, const char* name, yuni_signature* sig) {
    nccc_call_t fn;
    uint64_t in[2], out[2] = {1, 1};
    if (yuni_module_lookup(m, name, &fn, sig) != YUNI_OK) return 0;
    in[0] = (uint64_t)(uintptr_t)fn;
    in[1] = (uint64_t)(uintptr_t)sig;
    yuni_legacy_bind(in, 2, out, 2);
    return out[0] == YUNI_OK ? out[1] : 0; /* a 0 binding fails the caller's checks */
}

void test_legacy_calls_nccc_functions(void) {
    yuni_module* m = open_yunitest();
    yuni_signature sig;
    /* a table of (function, legacy argument, expected legacy result): ints
     * arrive sign-extended and leave sign- or zero-extended */
    static const struct {
        const char* name;
        int64_t arg;
        uint64_t result;
    } cases[] = {
        {"inc_s8", -2, (uint64_t)-1},       {"inc_s8", 127, (uint64_t)-128},
        {"inc_u8", 254, 255},               {"inc_u8", -1, 0},
        {"inc_s16", -300, (uint64_t)-299},  {"inc_u16", 65535, 0},
        {"inc_s32", -5, (uint64_t)-4},      {"inc_s32", INT32_MAX, (uint64_t)(int64_t)INT32_MIN},
        {"inc_u32", 4294967294LL, 4294967295ULL}, {"inc_u32", -2, 4294967295ULL},
        {"inc_s64", -1, 0},                 {"inc_u64", -1, 0},
        {"inc_sptr", -10, (uint64_t)-9},    {"inc_uptr", 41, 42},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint64_t b = legacy_bind_export(m, cases[i].name, &sig);
        uint64_t in[2] = {b, (uint64_t)cases[i].arg}, out[2] = {99, 99};
        yuni_legacy_call(in, 2, out, 2);
        CHECK_EQ((int64_t)out[0], YUNI_OK);
        CHECK_EQ(out[1], cases[i].result);
        yuni_legacy_unbind(&b, 1, out, 1);
        CHECK_EQ((int64_t)out[0], YUNI_OK);
    }
    /* values that do not fit the NCCC type are refused, not truncated */
    static const struct {
        const char* name;
        int64_t arg;
    } refused[] = {{"inc_s8", 128}, {"inc_s8", -129}, {"inc_u8", 256}, {"inc_u8", -129},
                   {"inc_s16", 40000}, {"inc_u16", 65536}, {"inc_s32", INT64_C(1) << 31},
                   {"inc_u32", INT64_C(1) << 32}, {"inc_u32", INT64_MIN}};
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        uint64_t b = legacy_bind_export(m, refused[i].name, &sig);
        uint64_t in[2] = {b, (uint64_t)refused[i].arg}, out[2] = {0, 77};
        yuni_legacy_call(in, 2, out, 2);
        CHECK_EQ((int64_t)out[0], YUNI_EINVAL);
        CHECK_EQ(out[1], 77); /* nothing was called */
        CHECK(strstr(yuni_error_detail(), "does not fit") != NULL);
        yuni_legacy_unbind(&b, 1, out, 1);
    }
    /* floats travel as double bits; f32 is rounded in and widened out */
    uint64_t b = legacy_bind_export(m, "mul_f32", &sig);
    uint64_t in[3] = {b, dbits(1.5), dbits(-2.25)}, out[2];
    yuni_legacy_call(in, 3, out, 2);
    CHECK_EQ((int64_t)out[0], YUNI_OK);
    CHECK(bitsd(out[1]) == -3.375);
    in[1] = dbits(0.1);
    in[2] = dbits(1.0);
    yuni_legacy_call(in, 3, out, 2);
    CHECK(bitsd(out[1]) == (double)0.1f);
    yuni_legacy_unbind(&b, 1, out, 1);
    b = legacy_bind_export(m, "neg_f64", &sig);
    in[0] = b;
    in[1] = dbits(-0.0);
    yuni_legacy_call(in, 2, out, 2);
    CHECK(bitsd(out[1]) == 0.0 && !signbit(bitsd(out[1])));
    /* a stale binding, then every malformed call and bind: a table of
     * (function, in, in_n, out_n, status) */
    uint64_t stale = b;
    yuni_legacy_unbind(&stale, 1, out, 1);
    CHECK_EQ((int64_t)out[0], YUNI_OK);
    yuni_signature bad_type = {2, 1, {YUNI_NCCC_S32, 200, YUNI_NCCC_S32}};
    yuni_signature bad_count = {40, 1, {YUNI_NCCC_S32}};
    uint64_t inc = (uint64_t)(uintptr_t)fn_of(m, "inc_s32");
    uint64_t live_call[2] = {legacy_bind_export(m, "inc_s32", &sig), 5};
    uint64_t stale_call[2] = {stale, 1}, forged_call[2] = {12345, 1};
    uint64_t bind_bad_type[2] = {inc, (uint64_t)(uintptr_t)&bad_type};
    uint64_t bind_bad_count[2] = {inc, (uint64_t)(uintptr_t)&bad_count};
    uint64_t bind_null_sig[2] = {inc, 0};
    uint64_t bind_unknown[2] = {0, (uint64_t)(uintptr_t)"yuni_no_such_function"};
    uint64_t bind_null_name[2] = {0, 0};
    static const char* const names[] = {"call", "bind", "unbind"};
    void (*const fns[])(uint64_t*, int, uint64_t*, int) = {yuni_legacy_call, yuni_legacy_bind, yuni_legacy_unbind};
    const struct {
        int fn; /* index into fns */
        uint64_t* in;
        int in_n, out_n;
        int32_t status;
    } bad[] = {
        {0, live_call, 3, 2, YUNI_EINVAL},       /* one argument too many */
        {0, live_call, 2, 1, YUNI_EINVAL},       /* no room for the result */
        {0, NULL, 2, 2, YUNI_EINVAL},
        {0, stale_call, 2, 2, YUNI_EBADHANDLE},
        {0, forged_call, 2, 2, YUNI_EBADHANDLE},
        {1, bind_bad_type, 2, 2, YUNI_EINVAL},   /* type code 200 */
        {1, bind_bad_count, 2, 2, YUNI_EINVAL},  /* 41 types */
        {1, bind_null_sig, 2, 2, YUNI_EINVAL},
        {1, bind_null_name, 2, 2, YUNI_EINVAL},
        {1, bind_unknown, 2, 2, YUNI_ENOSYM},
        {1, bind_unknown, 1, 2, YUNI_EINVAL},
        {1, bind_unknown, 2, 1, YUNI_EINVAL},    /* no room for the binding */
        {2, stale_call, 1, 1, YUNI_EBADHANDLE},  /* a second unbind */
        {2, NULL, 1, 1, YUNI_EINVAL},
        {2, stale_call, 2, 1, YUNI_EINVAL},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        out[0] = 99;
        fns[bad[i].fn](bad[i].in, bad[i].in_n, out, bad[i].out_n);
        if ((int64_t)out[0] != bad[i].status)
            fprintf(stderr, "legacy %s case %zu: status %lld, want %d\n", names[bad[i].fn], i,
                    (long long)(int64_t)out[0], bad[i].status);
        CHECK_EQ((int64_t)out[0], bad[i].status);
    }
    /* nowhere to report: nothing happens, nothing crashes */
    yuni_legacy_call(live_call, 2, NULL, 2);
    yuni_legacy_call(live_call, 2, out, 0);
    yuni_legacy_bind(bind_unknown, 2, NULL, 0);
    yuni_legacy_call(live_call, 2, out, 2); /* the live binding still works */
    CHECK_EQ((int64_t)out[0], YUNI_OK);
    CHECK_EQ(out[1], 6);
    yuni_legacy_unbind(live_call, 1, out, 1);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

/* A legacy host reaches this library itself by export name: its own module
 * table gives the function and the signature. */
void test_legacy_binds_own_exports(void) {
    uint64_t in[3], out[3];
    in[0] = 0;
    in[1] = (uint64_t)(uintptr_t)"yuni_version";
    yuni_legacy_bind(in, 2, out, 2);
    CHECK_EQ((int64_t)out[0], YUNI_OK);
    uint64_t version = out[1];
    yuni_legacy_call(&version, 1, out, 2);
    CHECK_EQ((int64_t)out[0], YUNI_OK);
    CHECK_EQ(out[1], yuni_version());
    yuni_legacy_unbind(&version, 1, out, 1);
    /* a status that comes back sign-extended: yuni_strerror's argument is s32 */
    in[1] = (uint64_t)(uintptr_t)"yuni_strerror";
    yuni_legacy_bind(in, 2, out, 2);
    uint64_t strerror_b = out[1];
    in[0] = strerror_b;
    in[1] = (uint64_t)(int64_t)YUNI_EBADHANDLE;
    yuni_legacy_call(in, 2, out, 2);
    CHECK_EQ((int64_t)out[0], YUNI_OK);
    CHECK_STR((const char*)(uintptr_t)out[1], yuni_strerror(YUNI_EBADHANDLE));
    yuni_legacy_unbind(&strerror_b, 1, out, 1);
    /* the heap through the legacy door: create, stats, destroy */
    in[0] = 0;
    in[1] = (uint64_t)(uintptr_t)"yuni_heap_create";
    yuni_legacy_bind(in, 2, out, 2);
    uint64_t create = out[1];
    yuni_heap* heap = NULL;
    uint64_t in4[4] = {create, 65536, 0, (uint64_t)(uintptr_t)&heap};
    yuni_legacy_call(in4, 4, out, 2);
    CHECK_EQ((int64_t)out[0], YUNI_OK);
    CHECK_EQ((int64_t)out[1], YUNI_OK);
    CHECK(heap != NULL);
    CHECK_EQ(yuni_heap_destroy(heap), YUNI_OK);
    yuni_legacy_unbind(&create, 1, out, 1);
}

/* libnccc_wide.so's first export has 41 types, more than a yuni_signature
 * holds: it answers YUNI_ETOOBIG with a signature and nothing written, its
 * function without one, and the other export is untouched. */
void test_module_wide_export_hides_nothing(void) {
    yuni_module* m;
    yuni_signature sig;
    const char* name = "unset";
    nccc_call_t fn = NULL;
    CHECK_EQ(yuni_module_open(YUNI_TEST_MODULE_DIR "/libnccc_wide.so", &m), YUNI_OK);
    CHECK_EQ(yuni_module_count(m), 2);
    memset(&sig, 0x5a, sizeof sig);
    CHECK_EQ(yuni_module_export(m, 0, &name, &fn, &sig), YUNI_ETOOBIG);
    CHECK(strstr(yuni_error_detail(), "wide: its signature has 41 types") != NULL);
    CHECK_STR(name, "unset");
    CHECK(fn == NULL && sig.argc == 0x5a5a5a5a);
    CHECK_EQ(yuni_module_lookup(m, "wide", &fn, &sig), YUNI_ETOOBIG);
    CHECK(fn == NULL);
    CHECK_EQ(yuni_module_export(m, 0, &name, &fn, NULL), YUNI_OK);
    CHECK_STR(name, "wide");
    nccv64 in[40], out[1];
    for (int i = 0; i < 40; i++) in[i].s64 = i;
    fn(in, out);
    CHECK_EQ(out[0].s64, 780);
    CHECK_EQ(yuni_module_lookup(m, "narrow", &fn, &sig), YUNI_OK);
    CHECK(sig.argc == 1 && sig.retc == 1 && sig.types[0] == YUNI_NCCC_S32);
    in[0].s32 = 21;
    fn(in, out);
    CHECK_EQ(out[0].s32, 42);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
}

/* The module name comes from the file name: '-' is '_' before "nccc_" goes,
 * and only a trailing ".so[.N…]" is cut. */
void test_module_names_from_file_names(void) {
    static const char* names[] = {"libnccc-wide.so", "libnccc_wide.so.3", "libnccc-wide.so.1.2", "libwide.so"};
    char dir[] = "/tmp/yuni-names-XXXXXX", cmd[8192], path[256];
    CHECK(mkdtemp(dir) != NULL);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        yuni_module* m;
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        snprintf(cmd, sizeof cmd, "cp %s/libnccc_wide.so %s", YUNI_TEST_MODULE_DIR, path);
        CHECK_EQ(system(cmd), 0);
        if (yuni_module_open(path, &m) != YUNI_OK) fprintf(stderr, "%s: %s\n", names[i], yuni_error_detail());
        CHECK_EQ(yuni_module_open(path, &m), YUNI_OK);
        CHECK_STR(yuni_module_name(m), "wide");
        CHECK_EQ(yuni_module_close(m), YUNI_OK);
    }
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK_EQ(system(cmd), 0);
}
