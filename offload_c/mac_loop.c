/* Multiply-accumulate loops: a whole counted loop run by one handler.
 *
 * The innermost loop of a dot product, a FIR filter or a matrix product is
 * a multiply-accumulate over two bytevectors, which the compiler emits as
 *
 *   h:  ldx.f64   x, A, i          (or ldxu.f64)
 *      [sub.i     d, u, k]         an index computed from the counter: sub.i,
 *                                  add.i or addk.i of the counter, a stepped
 *                                  index or a register the loop leaves alone
 *       ldx.f64   y, B, j          (or ldxu.f64)
 *       madd.f    acc, x, y        (or msub.f; x and y either way round)
 *      [addk.i    r, r, imm]       indices stepped by a constant (up to 4)
 *      [add.i     r, r, u]         or by a register the loop leaves alone
 *       loopne.i  k, n, @h         (or looplt.i)
 *
 * Interpreted, an iteration is four to six dispatches with the accumulator
 * and every index making a round trip through the register file.  But every
 * integer in such a loop is linear in the iteration number, so whether any
 * of the iterations left would trap (a load out of bounds, an index
 * overflowing) or run out of budget is decided by checking both ends, once.
 * When none would, off_mac_loop runs them in a C loop with the accumulator
 * in a machine register, computing exactly what the instructions compute
 * (each product rounded, then added or subtracted, in the program's
 * order), and leaves every register as the instructions would.  When one might, it runs nothing: the instructions
 * run one by one and the trap happens where it would.
 *
 * Both halves read the same shape: off_mac_loop_at checks it once, after
 * verification, with every register condition that makes it sound;
 * off_mac_loop, at run time, only finds the parts again. */
#include <string.h>

#include "offload_impl.h"

#ifndef YUNI_TRANSPILED

#define MAC_MAX_STEPS 4

static int is_f64_load(uint16_t op) { return op == OFF_LDX_F64 || op == OFF_LDXU_F64; }
static int is_step(const struct off_ins* q) {
    return (q->op == OFF_ADDK_I || q->op == OFF_ADD_I) && q->a == q->b;
}

static int written(const uint16_t* w, unsigned n, uint16_t r) {
    for (unsigned i = 0; i < n; i++)
        if (w[i] == r) return 1;
    return 0;
}

/* The parts of a loop of this shape, found from its head. */
struct mac_shape {
    const struct off_ins *l1, *derived, *l2, *mac, *loop;
    const struct off_ins* steps[MAC_MAX_STEPS];
    unsigned nsteps;
};

/* Find the parts among the `room` instructions from head on; 0 if they
 * are not laid out as above. */
static int find_parts(const struct off_ins* head, size_t room, struct mac_shape* s) {
    size_t i = 0;
    if (i >= room || !is_f64_load(head[i].op)) return 0;
    s->l1 = &head[i++];
    s->derived = NULL;
    if (i < room && (head[i].op == OFF_SUB_I || head[i].op == OFF_ADD_I || head[i].op == OFF_ADDK_I))
        s->derived = &head[i++];
    if (i >= room || !is_f64_load(head[i].op)) return 0;
    s->l2 = &head[i++];
    if (i >= room || (head[i].op != OFF_MADD_F && head[i].op != OFF_MSUB_F)) return 0;
    s->mac = &head[i++];
    s->nsteps = 0;
    while (i < room && is_step(&head[i]) && s->nsteps < MAC_MAX_STEPS) s->steps[s->nsteps++] = &head[i++];
    if (i >= room || (head[i].op != OFF_LOOPNE_I && head[i].op != OFF_LOOPLT_I)) return 0;
    s->loop = &head[i];
    return 1;
}

int off_mac_loop_at(const struct off_func* f, uint32_t h) {
    struct mac_shape s;
    if (!find_parts(f->code + h, f->ncode - h, &s) || s.loop->c != h) return 0;
    /* The integer registers the body writes: each once. */
    uint16_t w[MAC_MAX_STEPS + 2];
    unsigned nw = 0;
    w[nw++] = s.loop->a;
    if (s.derived) w[nw++] = s.derived->a;
    for (unsigned i = 0; i < s.nsteps; i++) w[nw++] = s.steps[i]->a;
    for (unsigned i = 0; i < nw; i++)
        for (unsigned j = i + 1; j < nw; j++)
            if (w[i] == w[j]) return 0;
#define WRITTEN(r) written(w, nw, (r))
    /* The flonums: two loads into different registers, multiplied into a
     * third. */
    uint16_t x = s.l1->a, y = s.l2->a;
    if (x == y || s.mac->a == x || s.mac->a == y) return 0;
    if (!((s.mac->b == x && s.mac->c == y) || (s.mac->b == y && s.mac->c == x))) return 0;
    /* The limit and every stride stay as they are. */
    if (WRITTEN(s.loop->b)) return 0;
    for (unsigned i = 0; i < s.nsteps; i++)
        if (s.steps[i]->op == OFF_ADD_I && WRITTEN(s.steps[i]->c)) return 0;
    /* The derived index reads values from the start of the iteration (it
     * comes before the steps) and is not itself stepped; the first load
     * cannot read it (it would see the last iteration's). */
    if (s.derived) {
        uint16_t d = s.derived->a;
        if (s.derived->b == d || (s.derived->op != OFF_ADDK_I && s.derived->c == d)) return 0;
        if (s.l1->c == d) return 0;
    }
    return 1;
#undef WRITTEN
}

/* An integer register over the iterations: base + t * stride. */
struct lin {
    int64_t base, stride;
};

static struct lin lin_of(const nccv64* R, const struct mac_shape* s, const struct lin* steps, struct lin derived,
                         uint16_t r) {
    if (r == s->loop->a) return (struct lin){R[r].s64, 1};
    if (s->derived && r == s->derived->a) return derived;
    for (unsigned i = 0; i < s->nsteps; i++)
        if (r == s->steps[i]->a) return steps[i];
    return (struct lin){R[r].s64, 0};
}

/* base + t * stride, or 0 if it does not fit in 64 bits. */
static int lin_at(struct lin v, int64_t t, int64_t* out) {
    int64_t m;
    return !__builtin_mul_overflow(v.stride, t, &m) && !__builtin_add_overflow(v.base, m, out);
}

/* Where the load reads at iteration 0, and how far it moves each
 * iteration, if every one of the iterations 0..last is in bounds. */
static int load_range(const nccv64* R, const struct off_ins* ld, struct lin idx, int64_t last, uintptr_t* at,
                      intptr_t* step) {
    int64_t first, final;
    uint64_t elements = R[ld->b + 1].u64 / 8;
    if (!lin_at(idx, 0, &first) || !lin_at(idx, last, &final)) return 0;
    if (first < 0 || (uint64_t)first >= elements || final < 0 || (uint64_t)final >= elements) return 0;
    *at = (uintptr_t)R[ld->b].ptr + (uintptr_t)first * 8;
    /* with two iterations in bounds, |stride| * 8 is below the length */
    *step = last > 0 ? (intptr_t)idx.stride * 8 : 0;
    return 1;
}

const struct off_ins* off_mac_loop(nccv64* R, const struct off_ins* head, uint64_t* budget) {
    struct mac_shape s;
    find_parts(head, 3 + MAC_MAX_STEPS + 2, &s); /* off_mac_loop_at found them, so no further */
    int64_t k0 = R[s.loop->a].s64, n = R[s.loop->b].s64;
    if (k0 >= n) return NULL; /* loopne.i runs to an overflow, looplt.i once */
    /* n - k0 iterations are left, taking n - k0 - 1 backward jumps; run
     * them all if the budget pays for that, else as many as it pays for. */
    uint64_t left = (uint64_t)n - (uint64_t)k0, iters = left;
    if (left - 1 > *budget) iters = *budget;
    if (iters == 0) return NULL;
    int64_t last = (int64_t)(iters - 1);

    struct lin steps[MAC_MAX_STEPS], derived = {0, 0};
    int64_t stepped[MAC_MAX_STEPS];
    for (unsigned i = 0; i < s.nsteps; i++) {
        const struct off_ins* q = s.steps[i];
        steps[i] = (struct lin){R[q->a].s64, q->op == OFF_ADDK_I ? (int16_t)q->c : R[q->c].s64};
        /* stepped after every iteration: the value after the last fits */
        if (!lin_at(steps[i], (int64_t)iters, &stepped[i])) return NULL;
    }
    int64_t derived_last = 0;
    if (s.derived) {
        const struct off_ins* q = s.derived;
        struct lin a = lin_of(R, &s, steps, derived, q->b);
        struct lin b = q->op == OFF_ADDK_I ? (struct lin){(int16_t)q->c, 0} : lin_of(R, &s, steps, derived, q->c);
        int ok = q->op == OFF_SUB_I
                     ? !__builtin_sub_overflow(a.base, b.base, &derived.base) &&
                           !__builtin_sub_overflow(a.stride, b.stride, &derived.stride)
                     : !__builtin_add_overflow(a.base, b.base, &derived.base) &&
                           !__builtin_add_overflow(a.stride, b.stride, &derived.stride);
        /* exact at both ends, so at every iteration between */
        if (!ok || !lin_at(derived, last, &derived_last)) return NULL;
    }
    uintptr_t at1, at2;
    intptr_t step1, step2;
    if (!load_range(R, s.l1, lin_of(R, &s, steps, derived, s.l1->c), last, &at1, &step1) ||
        !load_range(R, s.l2, lin_of(R, &s, steps, derived, s.l2->c), last, &at2, &step2))
        return NULL;

    double acc = R[s.mac->a].f64, v1 = 0, v2 = 0;
#define MAC_RUN(op)                                                                                                    \
    for (uint64_t t = 0; t < iters; t++) {                                                                             \
        memcpy(&v1, (const void*)at1, 8);                                                                              \
        memcpy(&v2, (const void*)at2, 8);                                                                              \
        double product = v1 * v2;                                                                                      \
        ROUNDED(product);                                                                                              \
        acc = acc op product;                                                                                          \
        at1 += (uintptr_t)step1;                                                                                       \
        at2 += (uintptr_t)step2;                                                                                       \
    }
    if (s.mac->op == OFF_MADD_F) {
        MAC_RUN(+)
    } else {
        MAC_RUN(-)
    }
#undef MAC_RUN
    /* every register as the instructions leave it */
    R[s.mac->a].f64 = acc;
    R[s.l1->a].f64 = v1;
    R[s.l2->a].f64 = v2;
    if (s.derived) R[s.derived->a].s64 = derived_last;
    for (unsigned i = 0; i < s.nsteps; i++) R[s.steps[i]->a].s64 = stepped[i];
    R[s.loop->a].s64 = k0 + (int64_t)iters;
    if (iters == left) {
        *budget -= left - 1;
        return s.loop + 1;
    }
    *budget = 0; /* the next backward jump takes the next chunk, or traps */
    return NULL;
}

#endif
