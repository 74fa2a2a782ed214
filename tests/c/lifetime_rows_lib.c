/* The storm's rows for handles that live outside the C core (the library
 * harness only): legacy bindings. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

#include "lifetime_storm.h"

/* ---- legacy bindings ---- */

static void add_slowly(const nccv64* in, nccv64* out) {
    volatile int spin = 0;
    while (spin < 200) spin++; /* long enough for an unbind to land inside */
    out[0].s64 = in[0].s64 + in[1].s64;
}

static int32_t legacy_create(struct storm_gen* g) {
    yuni_signature sig = {2, 1, {YUNI_NCCC_S64, YUNI_NCCC_S64, YUNI_NCCC_S64}};
    uint64_t in[2] = {(uint64_t)(uintptr_t)add_slowly, (uint64_t)(uintptr_t)&sig}, out[2] = {1, 0};
    yuni_legacy_bind(in, 2, out, 2);
    g->h[0] = (uintptr_t)out[1];
    return (int32_t)(int64_t)out[0];
}

static int32_t legacy_destroy(struct storm_gen* g) {
    uint64_t in[1] = {g->h[0]}, out[1] = {1};
    yuni_legacy_unbind(in, 1, out, 1);
    return (int32_t)(int64_t)out[0];
}

static int32_t legacy_call(struct storm_gen* g, struct storm_racer* r) {
    int64_t a = (int64_t)atomic_load(&g->serial), b = storm_rand(r, 1000);
    uint64_t in[3] = {g->h[0], (uint64_t)a, (uint64_t)b}, out[2] = {1, 0};
    yuni_legacy_call(in, 3, out, 2);
    if ((int64_t)out[0] == YUNI_OK && (int64_t)out[1] != a + b)
        storm_fail(r, "call answered %lld for %lld + %lld", (long long)out[1], (long long)a, (long long)b);
    return (int32_t)(int64_t)out[0];
}

static int32_t legacy_racing_unbind(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return legacy_destroy(g);
}

static const struct storm_op legacy_ops[] = {
    {"call", legacy_call, 8, 0, {0}},
    {"unbind", legacy_racing_unbind, 1, 1, {0}},
};

const struct storm_row storm_row_legacy = {
    .name = "legacy",
    .create = legacy_create,
    .destroy = legacy_destroy,
    .ops = legacy_ops,
    .nops = sizeof legacy_ops / sizeof legacy_ops[0],
};
