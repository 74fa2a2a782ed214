/* Offload programs from C: bytecode built by hand (these run in the C-only
 * sanitizer builds too) and source compiled through the ABI. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../offload_c/offload_impl.h"
#include "bytecode.h"
#include "harness.h"
#include "nccc.h"

/* Two functions: inc(n) = n + 1 and at(bv, k) = bv[k] (u8).  Strings:
 * "incat" -> inc = (0,3), at = (3,2). */
static void hand_program(struct blob* w) {
    container(w, 2, 2, "incat");
    /* inc: (s64) s64, registers int int */
    u32(w, 0), u16(w, 3), u16(w, 2), u8(w, OFF_V_S64), u8(w, 1), u8(w, OFF_V_S64);
    u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 2);
    ins(w, OFF_ADDK_I, 1, 0, 1);
    ins(w, OFF_RET_I, 1, 0, 0);
    /* at: (bytevector s64) s64, registers bv len int int */
    u32(w, 3), u16(w, 2), u16(w, 4), u8(w, OFF_V_S64), u8(w, 2), u8(w, OFF_V_BV), u8(w, OFF_V_S64);
    u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 2);
    ins(w, OFF_LD_U8, 3, 0, 2);
    ins(w, OFF_RET_I, 3, 0, 0);
    /* entries */
    u32(w, 0), u16(w, 3), u32(w, 0), u8(w, 0), u8(w, 0);
    u32(w, 3), u16(w, 2), u32(w, 1), u8(w, 0), u8(w, 0);
    u32(w, 0), u16(w, 0); /* no file name */
}

static int32_t call1(nccc_call_t fn, void* ctx, nccv64 a, nccv64 b, nccv64* result) {
    nccv64 in[3] = {{.ptr = ctx}, a, b}, out[2];
    memset(out, 0, sizeof out);
    fn(in, out);
    *result = out[1];
    return out[0].s32;
}

void test_offload_hand_assembled(void) {
    struct blob w;
    hand_program(&w);
    yuni_program* p;
    char err[256];
    CHECK_EQ(yuni_offload_load(w.b, w.n, &p, err, sizeof err), YUNI_OK);
    nccc_call_t inc, at;
    void *inc_ctx, *at_ctx;
    CHECK_EQ(yuni_offload_entry(p, "inc", &inc, &inc_ctx), YUNI_OK);
    CHECK_EQ(yuni_offload_entry(p, "at", &at, &at_ctx), YUNI_OK);
    nccv64 r, a = {.s64 = 41}, none = {0};
    CHECK_EQ(call1(inc, inc_ctx, a, none, &r), YUNI_OK);
    CHECK_EQ(r.s64, 42);
    a.s64 = INT64_MAX;
    CHECK_EQ(call1(inc, inc_ctx, a, none, &r), YUNI_ETRAP);
    CHECK_EQ(r.s32, YUNI_TRAP_INTEGER_OVERFLOW);
    yuni_offload_trap t;
    CHECK_EQ(yuni_offload_last_trap(&t), YUNI_OK);
    CHECK_EQ(t.kind, YUNI_TRAP_INTEGER_OVERFLOW);
    CHECK_STR(t.entry, "inc");
    CHECK_STR(yuni_offload_trap_name(t.kind), "integer-overflow");
    /* bytevector: in bounds, out of bounds, NULL with a length */
    uint8_t bytes[4] = {9, 8, 7, 6};
    nccv64 in[4] = {{.ptr = at_ctx}, {.ptr = bytes}, {.u64 = 4}, {.s64 = 3}}, out[2];
    at(in, out);
    CHECK_EQ(out[0].s32, YUNI_OK);
    CHECK_EQ(out[1].s64, 6);
    in[3].s64 = 4;
    at(in, out);
    CHECK_EQ(out[0].s32, YUNI_ETRAP);
    CHECK_EQ(out[1].s32, YUNI_TRAP_OUT_OF_BOUNDS);
    in[1].ptr = NULL;
    at(in, out);
    CHECK_EQ(out[0].s32, YUNI_EINVAL);
    at(NULL, out);
    CHECK_EQ(out[0].s32, YUNI_EINVAL);
    at(in, NULL); /* nowhere to report: must not crash */
    /* lookups and bad handles */
    CHECK_EQ(yuni_offload_entry(p, "nope", &inc, &inc_ctx), YUNI_ENOSYM);
    CHECK_EQ(yuni_offload_entry(p, NULL, &inc, &inc_ctx), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_grant(p, "nope", inc), YUNI_ENOSYM);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
    a.s64 = 1;
    CHECK_EQ(call1(inc, inc_ctx, a, none, &r), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_entry(p, "inc", &inc, &inc_ctx), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_load(NULL, 4, &p, err, sizeof err), YUNI_EINVAL);
}

/* Every single-byte corruption and truncation of a valid blob is refused or
 * runs safely; under ASan this proves the loader reads nothing outside. */
void test_offload_corrupt_bytecode(void) {
    struct blob good;
    hand_program(&good);
    char err[256];
    yuni_program* p;
    for (size_t n = 0; n < good.n; n++) {
        uint8_t* copy = malloc(n ? n : 1);
        memcpy(copy, good.b, n);
        CHECK_EQ(yuni_offload_load(copy, n, &p, err, sizeof err), YUNI_ECOMPILE);
        CHECK(err[0] != 0);
        free(copy);
    }
    uint8_t bytes[8] = {0};
    unsigned seed = 12345;
    for (size_t i = 0; i < good.n; i++) {
        for (int flip = 0; flip < 4; flip++) {
            struct blob w = good;
            seed = seed * 1103515245u + 12345u;
            w.b[i] ^= (uint8_t)(1u << (seed >> 16 & 7));
            if (yuni_offload_load(w.b, w.n, &p, err, sizeof err) != YUNI_OK) continue;
            const char* names[2] = {"inc", "at"};
            for (int e = 0; e < 2; e++) {
                nccc_call_t fn;
                void* ctx;
                if (yuni_offload_entry(p, names[e], &fn, &ctx) != YUNI_OK) continue;
                nccv64 in[4] = {{.ptr = ctx}, {.ptr = bytes}, {.u64 = sizeof bytes}, {.s64 = 1}}, out[2];
                fn(in, out);
            }
            CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
        }
    }
}

/* A guarded loop built by hand: sum(bv, n) adds bv[0..n) with the bounds
 * checks hoisted (guard.i, guard.bv1, ldu.u8, loopne.i) in front of the
 * checked loop.  The buffer is exactly as long as it must be, so under ASan
 * an unchecked load one byte too far would be caught; a short buffer must
 * fall back to the checked loop and trap. */
static void guarded_program(struct blob* w, uint16_t checked_load) {
    container(w, 1, 1, "sum");
    /* (bytevector s64) s64; r0 bv, r1 len, r2 n, r3 i, r4 acc, r5 byte */
    u32(w, 0), u16(w, 3), u16(w, 6), u8(w, OFF_V_S64), u8(w, 2), u8(w, OFF_V_BV), u8(w, OFF_V_S64);
    u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 12);
    ins(w, OFF_LOADI, 3, 0, 0);
    ins(w, OFF_LOADI, 4, 0, 0);
    ins(w, OFF_GUARD_I, 3, 2, 7);
    ins(w, OFF_GUARD_BV1, 0, 2, 7);
    ins(w, OFF_LDU_U8, 5, 0, 3); /* 4: the guarded body */
    ins(w, OFF_ADD_I, 4, 4, 5);
    ins(w, OFF_LOOPNE_I, 3, 2, 4);
    ins(w, OFF_JEQ_I, 3, 2, 11); /* 7: the checked loop */
    ins(w, checked_load, 5, 0, 3);
    ins(w, OFF_ADD_I, 4, 4, 5);
    ins(w, OFF_LOOPNE_I, 3, 2, 8);
    ins(w, OFF_RET_I, 4, 0, 0);
    u32(w, 0), u16(w, 3), u32(w, 0), u8(w, 0), u8(w, 0);
    u32(w, 0), u16(w, 0);
}

void test_offload_guarded_loop(void) {
    struct blob w;
    guarded_program(&w, OFF_LD_U8);
    yuni_program* p;
    char err[256];
    CHECK_EQ(yuni_offload_load(w.b, w.n, &p, err, sizeof err), YUNI_OK);
    nccc_call_t sum;
    void* ctx;
    CHECK_EQ(yuni_offload_entry(p, "sum", &sum, &ctx), YUNI_OK);
    static const struct {
        int64_t len, n;
        int32_t status;
        int64_t result; /* or the trap */
    } cases[] = {
        {100, 100, YUNI_OK, 4950},  /* the fast copy to the last byte */
        {100, 37, YUNI_OK, 666},    /* part of it */
        {100, 0, YUNI_OK, 0},       /* no iteration: guard.i fails, the checked loop exits */
        {99, 100, YUNI_ETRAP, YUNI_TRAP_OUT_OF_BOUNDS}, /* too short: checked, traps at 99 */
        {0, 1, YUNI_ETRAP, YUNI_TRAP_OUT_OF_BOUNDS},
        {100, -5, YUNI_ETRAP, YUNI_TRAP_OUT_OF_BOUNDS}, /* counts past the end, checked */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        uint8_t* bytes = malloc(cases[k].len ? (size_t)cases[k].len : 1);
        for (int64_t i = 0; i < cases[k].len; i++) bytes[i] = (uint8_t)i;
        nccv64 in[4] = {{.ptr = ctx}, {.ptr = bytes}, {.u64 = (uint64_t)cases[k].len}, {.s64 = cases[k].n}}, out[2];
        sum(in, out);
        CHECK_EQ(out[0].s32, cases[k].status);
        if (cases[k].status == YUNI_OK) CHECK_EQ(out[1].s64, cases[k].result);
        else CHECK_EQ(out[1].s32, (int32_t)cases[k].result);
        free(bytes);
    }
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
    /* an unchecked load in the checked loop is refused */
    guarded_program(&w, OFF_LDU_U8);
    CHECK_EQ(yuni_offload_load(w.b, w.n, &p, err, sizeof err), YUNI_ECOMPILE);
    CHECK(strstr(err, "outside the body of a guarded loop") != NULL);
}

/* A multiply-accumulate loop built by hand, which the interpreter runs as
 * one handler (offload_c/mac_loop.c) when no iteration can trap:
 * mac(a, b, k, n, s) = sum of a[k..n) times b[0], b[s], b[2s], …, with the
 * checked loads, the index j stepped by s.  The buffers are exactly as long
 * as they must be, so under ASan a load one element too far is caught. */
static void mac_program(struct blob* w) {
    container(w, 1, 1, "mac");
    /* (bytevector bytevector s64 s64 s64) f64; r0 a, r2 b, r4 k, r5 n,
     * r6 s, r7 j, r8 x, r9 y, r10 acc, r11 zero */
    u32(w, 0), u16(w, 3), u16(w, 12), u8(w, OFF_V_F64), u8(w, 5);
    u8(w, OFF_V_BV), u8(w, OFF_V_BV), u8(w, OFF_V_S64), u8(w, OFF_V_S64), u8(w, OFF_V_S64);
    u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_FLO), u8(w, OFF_R_FLO), u8(w, OFF_R_FLO), u8(w, OFF_R_INT);
    u32(w, 10);
    ins(w, OFF_LOADI, 7, 0, 0);
    ins(w, OFF_LOADI, 11, 0, 0);
    ins(w, OFF_ITOF, 10, 11, 0);
    ins(w, OFF_JEQ_I, 4, 5, 9);
    ins(w, OFF_LDX_F64, 8, 0, 4); /* 4: the loop */
    ins(w, OFF_LDX_F64, 9, 2, 7);
    ins(w, OFF_MADD_F, 10, 8, 9);
    ins(w, OFF_ADD_I, 7, 7, 6);
    ins(w, OFF_LOOPNE_I, 4, 5, 4);
    ins(w, OFF_RET_F, 10, 0, 0);
    u32(w, 0), u16(w, 3), u32(w, 0), u8(w, 0), u8(w, 0);
    u32(w, 0), u16(w, 0);
}

/* A run's out[] says it trapped with `trap`, and the thread's last trap
 * was at `pc`. */
static void check_trapped(const nccv64* out, int32_t trap, uint32_t pc) {
    CHECK_EQ(out[0].s32, YUNI_ETRAP);
    CHECK_EQ(out[1].s32, trap);
    yuni_offload_trap t;
    CHECK_EQ(yuni_offload_last_trap(&t), YUNI_OK);
    CHECK_EQ(t.pc, pc);
}

/* Runs cases with the loops as one handler and, in the C-only builds
 * (which can switch it off), with the plain handlers too. */
static void with_and_without_loop_handlers(void (*cases)(int one_handler)) {
    cases(1);
#ifdef YUNI_CORE_ONLY
    yuni__offload_fusion = 0;
    cases(0);
    yuni__offload_fusion = 1;
#endif
}

static void mac_loop_cases(int one_handler);

void test_offload_mac_loop(void) { with_and_without_loop_handlers(mac_loop_cases); }

static void mac_loop_cases(int one_handler) {
    struct blob w;
    mac_program(&w);
    yuni_program* p;
    char err[256];
    CHECK_EQ(yuni_offload_load(w.b, w.n, &p, err, sizeof err), YUNI_OK);
#ifdef YUNI_CORE_ONLY
    CHECK_EQ(yuni__offload_mac_loop_count(p), one_handler);
#else
    (void)one_handler;
#endif
    nccc_call_t mac;
    void* ctx;
    CHECK_EQ(yuni_offload_entry(p, "mac", &mac, &ctx), YUNI_OK);
    static const struct {
        int64_t alen, blen, k, n, s; /* lengths in elements */
        uint64_t budget;
        int32_t trap;      /* YUNI_TRAP_NONE: runs to the end */
        int32_t trap_pc;
    } cases[] = {
        {64, 64, 0, 64, 1, 0, YUNI_TRAP_NONE, 0},
        {64, 127, 0, 64, 2, 0, YUNI_TRAP_NONE, 0},   /* b read to its last element */
        {64, 126, 0, 64, 2, 0, YUNI_TRAP_OUT_OF_BOUNDS, 5}, /* one short: the last b load */
        {64, 64, 5, 64, 1, 0, YUNI_TRAP_NONE, 0},
        {64, 64, 63, 64, 0, 0, YUNI_TRAP_NONE, 0},
        {63, 64, 0, 64, 1, 0, YUNI_TRAP_OUT_OF_BOUNDS, 4}, /* the last a load */
        {64, 64, 0, 64, -1, 0, YUNI_TRAP_OUT_OF_BOUNDS, 5}, /* j = -1 on the second */
        {64, 64, 0, 64, INT64_MAX, 0, YUNI_TRAP_INTEGER_OVERFLOW, 5}, /* j * 8 overflows */
        {64, 64, -1, 64, 1, 0, YUNI_TRAP_OUT_OF_BOUNDS, 4},
        {64, 64, 0, 64, 1, 63, YUNI_TRAP_NONE, 0},    /* 63 backward jumps: just enough */
        {64, 64, 0, 64, 1, 62, YUNI_TRAP_BUDGET, 8},  /* one short */
        {64, 64, 10, 64, 1, 20, YUNI_TRAP_BUDGET, 8},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        double* a = malloc((size_t)cases[c].alen * 8);
        double* b = malloc((size_t)cases[c].blen * 8);
        for (int64_t i = 0; i < cases[c].alen; i++) a[i] = (double)(i % 13) * 0.375 - 1.0;
        for (int64_t i = 0; i < cases[c].blen; i++) b[i] = (double)(i % 7) * 1.25 + 0.5;
        CHECK_EQ(yuni_offload_set_budget(p, cases[c].budget), YUNI_OK);
        nccv64 in[8] = {{.ptr = ctx},           {.ptr = a},          {.u64 = (uint64_t)cases[c].alen * 8},
                        {.ptr = b},             {.u64 = (uint64_t)cases[c].blen * 8},
                        {.s64 = cases[c].k},    {.s64 = cases[c].n}, {.s64 = cases[c].s}},
              out[2];
        mac(in, out);
        if (cases[c].trap == YUNI_TRAP_NONE) {
            double acc = 0.0;
            for (int64_t k = cases[c].k, j = 0; k < cases[c].n; k++, j += cases[c].s) {
                volatile double product = a[k] * b[j]; /* rounded, then added */
                acc += product;
            }
            CHECK_EQ(out[0].s32, YUNI_OK);
            CHECK(memcmp(&out[1].f64, &acc, 8) == 0);
        } else {
            check_trapped(out, cases[c].trap, cases[c].trap_pc);
        }
        free(a);
        free(b);
    }
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

/* Small loops built by hand, which the interpreter runs as one handler
 * each (offload_c/small_loop.c) with the values passed round the loop in
 * machine registers:
 *   squares(k, n, mask): acc = (acc + i*i) & mask for i in [k, n)
 *   bytes(bv, k, n):     acc = acc + bv[i]     for i in [k, n)
 * Traps (an overflow in the body, a load past the end, the budget) must
 * come where the instructions one by one have them.  The buffer is exactly
 * as long as the case says, so under ASan a load one byte too far is
 * caught. */
static void small_loop_program(struct blob* w) {
    container(w, 2, 2, "squaresbytes");
    /* squares: (s64 s64 s64) s64; r0 k, r1 n, r2 mask, r3 i, r4 acc */
    u32(w, 0), u16(w, 7), u16(w, 5), u8(w, OFF_V_S64), u8(w, 3), u8(w, OFF_V_S64), u8(w, OFF_V_S64), u8(w, OFF_V_S64);
    u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 7);
    ins(w, OFF_LOADI, 4, 0, 0);
    ins(w, OFF_MOV_I, 3, 0, 0);
    ins(w, OFF_JEQ_I, 3, 1, 6);
    ins(w, OFF_MADD_I, 4, 3, 3); /* 3: the loop */
    ins(w, OFF_AND_I, 4, 4, 2);
    ins(w, OFF_LOOPNE_I, 3, 1, 3);
    ins(w, OFF_RET_I, 4, 0, 0);
    /* bytes: (bytevector s64 s64) s64; r0 bv, r2 k, r3 n, r4 i, r5 acc, r6 x */
    u32(w, 7), u16(w, 5), u16(w, 7), u8(w, OFF_V_S64), u8(w, 3), u8(w, OFF_V_BV), u8(w, OFF_V_S64), u8(w, OFF_V_S64);
    u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u8(w, OFF_R_INT);
    u32(w, 7);
    ins(w, OFF_LOADI, 5, 0, 0);
    ins(w, OFF_MOV_I, 4, 2, 0);
    ins(w, OFF_JEQ_I, 4, 3, 6);
    ins(w, OFF_LD_U8, 6, 0, 4); /* 3: the loop */
    ins(w, OFF_ADD_I, 5, 5, 6);
    ins(w, OFF_LOOPNE_I, 4, 3, 3);
    ins(w, OFF_RET_I, 5, 0, 0);
    /* entries */
    u32(w, 0), u16(w, 7), u32(w, 0), u8(w, 0), u8(w, 0);
    u32(w, 7), u16(w, 5), u32(w, 1), u8(w, 0), u8(w, 0);
    u32(w, 0), u16(w, 0);
}

static void small_loop_cases(int one_handler);

void test_offload_small_loop(void) { with_and_without_loop_handlers(small_loop_cases); }

static void small_loop_cases(int one_handler) {
    struct blob w;
    small_loop_program(&w);
    yuni_program* p;
    char err[256];
    CHECK_EQ(yuni_offload_load(w.b, w.n, &p, err, sizeof err), YUNI_OK);
#ifdef YUNI_CORE_ONLY
    CHECK_EQ(yuni__offload_small_loop_count(p), 2 * one_handler);
#else
    (void)one_handler;
#endif
    nccc_call_t squares, bytes;
    void *squares_ctx, *bytes_ctx;
    CHECK_EQ(yuni_offload_entry(p, "squares", &squares, &squares_ctx), YUNI_OK);
    CHECK_EQ(yuni_offload_entry(p, "bytes", &bytes, &bytes_ctx), YUNI_OK);
    static const struct {
        int64_t k, n, mask;
        uint64_t budget;
        int32_t trap; /* YUNI_TRAP_NONE: runs to the end */
        uint32_t trap_pc;
    } square_cases[] = {
        {0, 1000, 268435455, 0, YUNI_TRAP_NONE, 0},
        {0, 100000, -1, 0, YUNI_TRAP_NONE, 0},
        {-50, 50, 1023, 0, YUNI_TRAP_NONE, 0},
        {5, 6, -1, 0, YUNI_TRAP_NONE, 0},
        {3037000490, 3037000510, 0, 0, YUNI_TRAP_INTEGER_OVERFLOW, 3}, /* i*i at i = 3037000500 */
        {0, 3037000499, -1, 0, YUNI_TRAP_INTEGER_OVERFLOW, 3},          /* the sum, long before */
        {INT64_MAX - 3, 0, 0, 0, YUNI_TRAP_INTEGER_OVERFLOW, 3},         /* i*i at once */
        {0, 64, -1, 63, YUNI_TRAP_NONE, 0},                              /* 63 backward jumps: just enough */
        {0, 64, -1, 62, YUNI_TRAP_BUDGET, 5},                            /* one short */
        {10, 64, -1, 20, YUNI_TRAP_BUDGET, 5},
    };
    for (size_t c = 0; c < sizeof square_cases / sizeof square_cases[0]; c++) {
        CHECK_EQ(yuni_offload_set_budget(p, square_cases[c].budget), YUNI_OK);
        nccv64 in[4] = {{.ptr = squares_ctx},
                        {.s64 = square_cases[c].k},
                        {.s64 = square_cases[c].n},
                        {.s64 = square_cases[c].mask}},
              out[2];
        squares(in, out);
        if (square_cases[c].trap == YUNI_TRAP_NONE) {
            int64_t acc = 0;
            for (int64_t i = square_cases[c].k; i != square_cases[c].n; i++)
                acc = (acc + i * i) & square_cases[c].mask;
            CHECK_EQ(out[0].s32, YUNI_OK);
            CHECK_EQ(out[1].s64, acc);
        } else {
            check_trapped(out, square_cases[c].trap, square_cases[c].trap_pc);
        }
    }
    static const struct {
        int64_t len, k, n;
        uint64_t budget;
        int32_t trap;
        uint32_t trap_pc;
    } byte_cases[] = {
        {1000, 0, 1000, 0, YUNI_TRAP_NONE, 0},      {1000, 999, 1000, 0, YUNI_TRAP_NONE, 0},
        {1000, 0, 1001, 0, YUNI_TRAP_OUT_OF_BOUNDS, 3}, /* the byte past the end */
        {1000, -1, 10, 0, YUNI_TRAP_OUT_OF_BOUNDS, 3},  {0, 0, 1, 0, YUNI_TRAP_OUT_OF_BOUNDS, 3},
        {1000, 0, 1000, 998, YUNI_TRAP_BUDGET, 5},      {1000, 0, 1000, 999, YUNI_TRAP_NONE, 0},
    };
    for (size_t c = 0; c < sizeof byte_cases / sizeof byte_cases[0]; c++) {
        uint8_t* bv = malloc(byte_cases[c].len ? (size_t)byte_cases[c].len : 1);
        for (int64_t i = 0; i < byte_cases[c].len; i++) bv[i] = (uint8_t)(i * 37 + 11);
        CHECK_EQ(yuni_offload_set_budget(p, byte_cases[c].budget), YUNI_OK);
        nccv64 in[5] = {{.ptr = bytes_ctx},
                        {.ptr = bv},
                        {.u64 = (uint64_t)byte_cases[c].len},
                        {.s64 = byte_cases[c].k},
                        {.s64 = byte_cases[c].n}},
              out[2];
        bytes(in, out);
        if (byte_cases[c].trap == YUNI_TRAP_NONE) {
            int64_t acc = 0;
            for (int64_t i = byte_cases[c].k; i < byte_cases[c].n; i++) acc += bv[i];
            CHECK_EQ(out[0].s32, YUNI_OK);
            CHECK_EQ(out[1].s64, acc);
        } else {
            check_trapped(out, byte_cases[c].trap, byte_cases[c].trap_pc);
        }
        free(bv);
    }
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

#ifndef YUNI_CORE_ONLY
static void host_add(const nccv64* in, nccv64* out) { out[0].s64 = in[0].s64 + in[1].s64; }

static const char* source =
    "(library (t) (export f ring) (import (offload))\n"
    "  (define-import (host-add s64 s64) s64)\n"
    "  (define-entry (f (a s64)) s64 (host-add a (* a 10)))\n"
    "  (define-entry/rt (ring (c chime) (n s64)) s64\n"
    "    (do ((i 0 (+ i 1))) ((= i n) n) (chime! c))))";

/* An import that calls back into an entry of the same program on the same
 * thread: down(n) = 1 + host-down(n) = 1 + down(n - 1) … */
static nccc_call_t reenter_fn;
static void* reenter_ctx;
static void host_down(const nccv64* in, nccv64* out) {
    nccv64 args[2] = {{.ptr = reenter_ctx}, {.s64 = in[0].s64 - 1}}, res[2];
    reenter_fn(args, res);
    out[0].s64 = res[0].s32 == YUNI_OK ? res[1].s64 : -1000000;
}

void test_offload_import_reenters_an_entry(void) {
    const char* src = "(library (t) (export down) (import (offload))\n"
                      "  (define-import (host-down s64) s64)\n"
                      "  (define-entry (down (n s64)) s64 (if (= n 0) 0 (+ 1 (host-down n)))))";
    yuni_program* p;
    char err[256];
    CHECK_EQ(yuni_offload_compile(src, strlen(src), &p, err, sizeof err), YUNI_OK);
    CHECK_EQ(yuni_offload_entry(p, "down", &reenter_fn, &reenter_ctx), YUNI_OK);
    CHECK_EQ(yuni_offload_grant(p, "host-down", host_down), YUNI_OK);
    nccv64 r, n = {.s64 = 500}, none = {0};
    CHECK_EQ(call1(reenter_fn, reenter_ctx, n, none, &r), YUNI_OK);
    CHECK_EQ(r.s64, 500); /* each level's registers survived the nested ones */
    /* nested invocations share the depth limit: the innermost traps
     * call-depth and every level above it still returns normally */
    n.s64 = 3 * YUNI_OFFLOAD_CALL_DEPTH;
    CHECK_EQ(call1(reenter_fn, reenter_ctx, n, none, &r), YUNI_OK);
    CHECK(r.s64 < 0);
    yuni_offload_trap t;
    CHECK_EQ(yuni_offload_last_trap(&t), YUNI_OK);
    CHECK_EQ(t.kind, YUNI_TRAP_CALL_DEPTH);
    n.s64 = 7; /* and the thread's register stack is whole again */
    CHECK_EQ(call1(reenter_fn, reenter_ctx, n, none, &r), YUNI_OK);
    CHECK_EQ(r.s64, 7);
    /* on an offload thread the C stack (1 MiB) runs out before the depth
     * limit: the nested invocation traps call-depth instead of overflowing */
    yuni_thread_opts o;
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    n.s64 = 3 * YUNI_OFFLOAD_CALL_DEPTH;
    o.args = &n;
    o.nargs = 1;
    yuni_offload_thread* th;
    CHECK_EQ(yuni_offload_thread_start(p, "down", &o, &th), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_wait(th, -1), YUNI_OK);
    yuni_offload_thread_stats s;
    CHECK_EQ(yuni_offload_thread_statistics(th, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_FINISHED);
    CHECK(s.last_result < 0);
    CHECK_EQ(yuni_offload_thread_destroy(th), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

void test_offload_compile_grant_and_chime(void) {
    yuni_program* p;
    char err[256];
    CHECK_EQ(yuni_offload_compile(source, strlen(source), &p, err, sizeof err), YUNI_OK);
    nccc_call_t f, ring;
    void *f_ctx, *ring_ctx;
    CHECK_EQ(yuni_offload_entry(p, "f", &f, &f_ctx), YUNI_OK);
    CHECK_EQ(yuni_offload_entry(p, "ring", &ring, &ring_ctx), YUNI_OK);
    nccv64 r, a = {.s64 = 4}, none = {0};
    CHECK_EQ(call1(f, f_ctx, a, none, &r), YUNI_ESTATE); /* not granted yet */
    CHECK_EQ(yuni_offload_grant(p, "host-add", host_add), YUNI_OK);
    CHECK_EQ(yuni_offload_grant(p, "host-add", NULL), YUNI_EINVAL);
    CHECK_EQ(call1(f, f_ctx, a, none, &r), YUNI_OK);
    CHECK_EQ(r.s64, 44);
    /* chime! rings a real chime; a stale one traps bad-handle */
    yuni_queue* q;
    yuni_chime* c;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 77, &c), YUNI_OK);
    nccv64 cv = {.ptr = c}, n = {.s64 = 3};
    CHECK_EQ(call1(ring, ring_ctx, cv, n, &r), YUNI_OK);
    CHECK_EQ(r.s64, 3);
    yuni_event ev[4];
    CHECK_EQ(yuni_queue_wait(q, ev, 4, 0), 1); /* three rings, one event */
    CHECK_EQ(ev[0].tag, 77);
    CHECK_EQ(yuni_chime_destroy(c), YUNI_OK);
    CHECK_EQ(call1(ring, ring_ctx, cv, n, &r), YUNI_ETRAP);
    CHECK_EQ(r.s32, YUNI_TRAP_BAD_HANDLE);
    yuni_offload_trap t;
    yuni_offload_last_trap(&t);
    CHECK_EQ(t.line, 5); /* source positions travel with the bytecode */
    CHECK(strstr(yuni_error_detail(), "bad-handle") != NULL);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
    /* malformed source: a position and a sentence */
    CHECK_EQ(yuni_offload_compile("(library (t)", 12, &p, err, sizeof err), YUNI_ECOMPILE);
    CHECK(strncmp(err, "source:1:", 9) == 0);
    CHECK_EQ(yuni_offload_compile(NULL, 3, &p, err, sizeof err), YUNI_EINVAL);
    /* a name is the file every position names: compile errors and traps */
    CHECK_EQ(yuni_offload_compile_named("dsp.sls", "(library (t)", 12, &p, err, sizeof err), YUNI_ECOMPILE);
    CHECK(strncmp(err, "dsp.sls:1:", 10) == 0);
    CHECK_EQ(yuni_offload_compile_named("", "(library (t)", 12, &p, err, sizeof err), YUNI_ECOMPILE);
    CHECK(strncmp(err, "source:1:", 9) == 0);
    const char* oob = "(library (t) (export f) (import (offload))\n"
                      " (define-entry (f (b bytevector)) s64 (bytevector-u8-ref b 5)))";
    CHECK_EQ(yuni_offload_compile_named("oob.sls", oob, strlen(oob), &p, err, sizeof err), YUNI_OK);
    nccc_call_t oob_f;
    void* oob_ctx;
    CHECK_EQ(yuni_offload_entry(p, "f", &oob_f, &oob_ctx), YUNI_OK);
    uint8_t one = 1;
    nccv64 fin[3] = {{.ptr = oob_ctx}, {.ptr = &one}, {.s64 = 1}}, fout[2];
    oob_f(fin, fout);
    CHECK_EQ(fout[0].s32, YUNI_ETRAP);
    CHECK(strncmp(yuni_error_detail(), "oob.sls:2:", 10) == 0);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
    /* a real-time entry that reaches an import is refused, with the chain */
    const char* bad = "(library (t) (export g) (import (offload)) (define-import (log-it s64) void)"
                      " (define (h x) (log-it x)) (define-entry/rt (g (x s64)) void (h x)))";
    CHECK_EQ(yuni_offload_compile(bad, strlen(bad), &p, err, sizeof err), YUNI_ECOMPILE);
    CHECK(strstr(err, "g → h calls the import log-it") != NULL);
}

/* Entries and imports describe themselves, so a host binding can convert
 * its values without reading the source. */
void test_offload_signatures(void) {
    static const char* text =
        "(library (t) (export mix rt) (import (offload))\n"
        "  (define-import (host-log s64 f64) void)\n"
        "  (define-import (host-ok) boolean)\n"
        "  (define-entry (mix (a s64) (x f64) (bv bytevector) (on boolean) (c chime)) f64\n"
        "    (host-log a x) (if (and on (host-ok)) (fl+ x (fixnum->flonum (bytevector-length bv))) x))\n"
        "  (define-entry/rt (rt (n s64)) s64 (+ n 1)))";
    yuni_program* p;
    char err[256];
    yuni_offload_signature s;
    CHECK_EQ(yuni_offload_compile(text, strlen(text), &p, err, sizeof err), YUNI_OK);
    CHECK_EQ(yuni_offload_count(p, YUNI_OFFLOAD_ENTRIES), 2);
    CHECK_EQ(yuni_offload_count(p, YUNI_OFFLOAD_IMPORTS), 2);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_ENTRIES, 0, &s), YUNI_OK);
    CHECK_STR(s.name, "mix");
    CHECK_EQ(s.result, YUNI_OFFLOAD_F64);
    CHECK_EQ(s.nparams, 5);
    CHECK_EQ(s.nslots, 6);
    CHECK_EQ(s.flags, YUNI_OFFLOAD_SIG_REACHES_IMPORTS);
    static const uint8_t want[] = {YUNI_OFFLOAD_S64, YUNI_OFFLOAD_F64, YUNI_OFFLOAD_BYTEVECTOR, YUNI_OFFLOAD_BOOLEAN,
                                   YUNI_OFFLOAD_CHIME};
    CHECK(memcmp(s.params, want, sizeof want) == 0);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_ENTRIES, 1, &s), YUNI_OK);
    CHECK_STR(s.name, "rt");
    CHECK_EQ(s.flags, YUNI_OFFLOAD_SIG_REALTIME);
    CHECK_EQ(s.result, YUNI_OFFLOAD_S64);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_IMPORTS, 0, &s), YUNI_OK);
    CHECK_STR(s.name, "host-log");
    CHECK_EQ(s.result, YUNI_OFFLOAD_VOID);
    CHECK_EQ(s.nparams, 2);
    CHECK_EQ(s.flags, 0);
    CHECK_EQ(yuni_offload_grant(p, "host-log", host_add), YUNI_OK);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_IMPORTS, 0, &s), YUNI_OK);
    CHECK_EQ(s.flags, YUNI_OFFLOAD_SIG_GRANTED);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_IMPORTS, 1, &s), YUNI_OK);
    CHECK_STR(s.name, "host-ok");
    CHECK_EQ(s.result, YUNI_OFFLOAD_BOOLEAN);
    CHECK_EQ(s.nparams, 0);
    /* bad input */
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_IMPORTS, 2, &s), YUNI_ERANGE);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_ENTRIES, -1, &s), YUNI_ERANGE);
    CHECK_EQ(yuni_offload_signature_of(p, 7, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_ENTRIES, 0, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_count(p, 7), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
    CHECK_EQ(yuni_offload_count(p, YUNI_OFFLOAD_ENTRIES), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_signature_of(p, YUNI_OFFLOAD_ENTRIES, 0, &s), YUNI_EBADHANDLE);
}
#endif
