/* The library's own ABI: version, status texts, error detail, and the NCCC
 * module table read exactly as the protocol says. */
#include <pthread.h>
#include <stdlib.h>

#include "harness.h"
#include "nccc.h"

void test_version(void) {
    CHECK_EQ(yuni_version(), YUNI_VERSION_NUMBER);
    CHECK_EQ(YUNI_VERSION_NUMBER >> 16, YUNI_VERSION_MAJOR);
}

void test_strerror_covers_every_status(void) {
    const char* unknown = yuni_strerror(12345);
    int32_t s;
    CHECK(unknown && *unknown);
    CHECK_STR(yuni_strerror(YUNI_OK), "success");
    /* Every defined code has its own text; nothing past the range does. */
    for (s = YUNI_ERROR_MIN; s < 0; s++) {
        const char* t = yuni_strerror(s);
        CHECK(t && *t);
        CHECK(strcmp(t, unknown) != 0);
    }
    CHECK_STR(yuni_strerror(YUNI_ERROR_MIN - 1), unknown);
    CHECK_STR(yuni_strerror(INT32_MIN), unknown);
    CHECK(strcmp(yuni_strerror(YUNI_OWN_SWITCHED), unknown) != 0); /* a success, with its text */
    CHECK_STR(yuni_strerror(2), unknown);
}

static void* fail_in_thread(void* arg) {
    yuni_module* m;
    (void)arg;
    return (void*)(intptr_t)yuni_module_open("/nonexistent/libnccc_x.so", &m);
}

void test_error_detail_is_per_thread(void) {
    pthread_t t;
    void* st;
    yuni_module* m;
    CHECK_EQ(yuni_module_open("/nonexistent/libnccc_main.so", &m), YUNI_ENOENT);
    CHECK(strstr(yuni_error_detail(), "libnccc_main.so") != NULL);
    CHECK_EQ(pthread_create(&t, NULL, fail_in_thread, NULL), 0);
    CHECK_EQ(pthread_join(t, &st), 0);
    CHECK_EQ((intptr_t)st, YUNI_ENOENT);
    /* The other thread's failure did not overwrite ours. */
    CHECK(strstr(yuni_error_detail(), "libnccc_main.so") != NULL);
}

static void dispatch(const nccv64* in, nccv64* out) { lib_yuni_offload_dispatch_ncccv0(in, out); }

void test_dispatch_library_info(void) {
    nccv64 in[1], out[6];
    memset(out, 0xAA, sizeof out);
    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    dispatch(in, out);
    CHECK_STR((const char*)out[0].ptr, "yuni_offload");
    CHECK_EQ(out[1].u64, 0);
    CHECK(out[2].s32 > 0);
    CHECK_EQ(out[3].u64, 0);
}

/* The names after "YUNI_API <type>" in the header, in order, read by a
 * parser independent of the generator's. */
static int header_names(char names[][64], int max) {
    FILE* f = fopen(YUNI_HEADER_PATH, "r");
    char line[512];
    int n = 0;
    if (!f) return -1;
    while (fgets(line, sizeof line, f)) {
        char *p = line, *paren, *start;
        while (*p == ' ') p++;
        if (strncmp(p, "YUNI_API ", 9) != 0) continue;
        paren = strchr(p, '(');
        if (!paren) continue;
        start = paren;
        while (start > p && (start[-1] == '_' || (start[-1] >= 'a' && start[-1] <= 'z') ||
                             (start[-1] >= '0' && start[-1] <= '9')))
            start--;
        if (strncmp(start, "lib_", 4) == 0) continue; /* the dispatcher itself */
        if (n < max) {
            snprintf(names[n], 64, "%.*s", (int)(paren - start), start);
        }
        n++;
    }
    fclose(f);
    return n;
}

void test_dispatch_table_matches_header(void) {
    char names[256][64];
    nccv64 in[2], out[8];
    int n = header_names(names, 256), i;
    CHECK(n > 0 && n <= 256);
    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    dispatch(in, out);
    CHECK_EQ(out[2].s32, n);
    for (i = 0; i < n; i++) {
        in[0].s32 = YUNI_NCCC_OP_EXPORT_INFO;
        in[1].s32 = i;
        dispatch(in, out);
        CHECK_EQ(out[0].s32, 0);
        CHECK_EQ(out[1].s32, i);
        CHECK_STR((const char*)out[2].ptr, names[i]);
        CHECK(out[5].uptr != 0);
    }
}

static const struct {
    const char* name;
    int32_t argc, retc;
    uint8_t types[8];
} known[] = {
    {"yuni_version", 0, 1, {YUNI_NCCC_U32}},
    {"yuni_strerror", 1, 1, {YUNI_NCCC_S32, YUNI_NCCC_PTR}},
    {"yuni_module_open", 2, 1, {YUNI_NCCC_PTR, YUNI_NCCC_PTR, YUNI_NCCC_S32}},
    {"yuni_module_export", 5, 1,
     {YUNI_NCCC_PTR, YUNI_NCCC_S32, YUNI_NCCC_PTR, YUNI_NCCC_PTR, YUNI_NCCC_PTR, YUNI_NCCC_S32}},
    {"yuni_nccc_call", 3, 1, {YUNI_NCCC_PTR, YUNI_NCCC_PTR, YUNI_NCCC_PTR, YUNI_NCCC_S32}},
};

void test_dispatch_known_signatures(void) {
    nccv64 in[2], out[8], arg[3 + YUNI_SIGNATURE_MAX];
    size_t k;
    int32_t id, count, j, found;
    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    dispatch(in, out);
    count = out[2].s32;
    for (k = 0; k < sizeof known / sizeof known[0]; k++) {
        found = 0;
        for (id = 0; id < count; id++) {
            in[0].s32 = YUNI_NCCC_OP_EXPORT_INFO;
            in[1].s32 = id;
            dispatch(in, out);
            if (strcmp((const char*)out[2].ptr, known[k].name) != 0) continue;
            found = 1;
            CHECK_EQ(out[6].s32, known[k].argc);
            CHECK_EQ(out[7].s32, known[k].retc);
            in[0].s32 = YUNI_NCCC_OP_ARG_INFO;
            dispatch(in, arg);
            CHECK_EQ(arg[0].s32, 0);
            CHECK_EQ(arg[1].s32, known[k].argc);
            CHECK_EQ(arg[2].s32, known[k].retc);
            for (j = 0; j < known[k].argc + known[k].retc; j++) {
                CHECK_EQ(arg[3 + j].s32, known[k].types[j]);
            }
        }
        CHECK(found);
    }
}

void test_dispatch_rejects_bad_ops_and_ids(void) {
    static const int32_t ops[] = {0, 3, 4, 5, 7, -1, 1000, INT32_MIN};
    static const int32_t ids[] = {-1, 100000, INT32_MIN, INT32_MAX};
    nccv64 in[2], out[8];
    size_t i, j;
    for (i = 0; i < sizeof ops / sizeof ops[0]; i++) {
        in[0].s32 = ops[i];
        in[1].s32 = 0;
        out[0].s32 = 0;
        dispatch(in, out);
        CHECK_EQ(out[0].s32, -1);
    }
    for (i = 0; i < 2; i++) {
        for (j = 0; j < sizeof ids / sizeof ids[0]; j++) {
            in[0].s32 = i == 0 ? YUNI_NCCC_OP_EXPORT_INFO : YUNI_NCCC_OP_ARG_INFO;
            in[1].s32 = ids[j];
            out[0].s32 = 0;
            dispatch(in, out);
            CHECK_EQ(out[0].s32, -1);
        }
    }
    /* NULL in or out: nothing to answer into, and no crash. */
    dispatch(NULL, out);
    dispatch(in, NULL);
}

static nccc_call_t stub_of(const char* name) {
    nccv64 in[2], out[8];
    int32_t id, count;
    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    dispatch(in, out);
    count = out[2].s32;
    for (id = 0; id < count; id++) {
        in[0].s32 = YUNI_NCCC_OP_EXPORT_INFO;
        in[1].s32 = id;
        dispatch(in, out);
        if (strcmp((const char*)out[2].ptr, name) == 0) return (nccc_call_t)out[5].uptr;
    }
    return NULL;
}

void test_stubs_equal_direct_calls(void) {
    nccv64 in[3], out[1];
    nccc_call_t f;
    int32_t s;
    f = stub_of("yuni_version");
    CHECK(f != NULL);
    out[0].u64 = ~0ull;
    f(NULL, out);
    CHECK_EQ(out[0].u32, yuni_version());
    /* Narrow results are not extended: the high half keeps its bytes. */
    CHECK_EQ(out[0].u64 >> 32, 0xFFFFFFFFu);
    f = stub_of("yuni_strerror");
    CHECK(f != NULL);
    for (s = YUNI_ERROR_MIN - 1; s <= 1; s++) {
        in[0].u64 = 0xDEADBEEF00000000ull; /* garbage above the s32 */
        in[0].s32 = s;
        f(in, out);
        CHECK(out[0].ptr == (void*)(uintptr_t)yuni_strerror(s));
    }
    /* A call through yuni_nccc_call's own stub, to yuni_version's stub. */
    f = stub_of("yuni_nccc_call");
    CHECK(f != NULL);
    {
        nccv64 inner_out[1];
        in[0].uptr = (uintptr_t)stub_of("yuni_version");
        in[1].ptr = NULL;
        in[2].ptr = inner_out;
        f(in, out);
        CHECK_EQ(out[0].s32, YUNI_OK);
        CHECK_EQ(inner_out[0].u32, YUNI_VERSION_NUMBER);
    }
}

void test_nccc_call_checks_fn(void) {
    nccv64 out[1];
    CHECK_EQ(yuni_nccc_call(NULL, NULL, out), YUNI_EINVAL);
    CHECK(strstr(yuni_error_detail(), "NULL") != NULL);
    CHECK_EQ(yuni_nccc_call(lib_yuni_offload_dispatch_ncccv0, (const nccv64[]){{.s32 = 1}}, (nccv64[6]){{0}}), YUNI_OK);
}
