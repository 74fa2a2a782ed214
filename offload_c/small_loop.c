/* Small loops: a counted loop of a few integer instructions run by one
 * handler that keeps the values its iterations pass along in machine
 * registers.
 *
 * run (interp.c) keeps every register in the frame, in memory.  A value
 * that goes round a loop (an accumulator, the counter) is stored by one
 * instruction and loaded by the next, every iteration, and a load that
 * waits for a store takes as long as several additions: a loop such as
 *
 *   h:  madd.i    acc, i, i
 *       and.i     acc, acc, mask
 *       loopne.i  i, n, @h
 *
 * runs at the speed of those round trips, not of its instructions.  Here
 * the counter lives in a machine register, and so do the results of the
 * last two instructions: each operand is read from where its value is,
 * decided once per loop (off_small_loop_plan) from which instruction last
 * wrote the register, and each such choice has its own copy of the
 * instruction's body (bodies.h), so no choice is made while running.
 *
 * Every result is still stored to its register, so the frame is always as
 * the instructions leave it.  An instruction that would trap is left to
 * run's plain handler, which traps at the same pc with the same values;
 * so is the back edge when the budget's chunk is spent.  The loop body is
 * straight-line, so run never resumes inside it: a trap ends the run, and
 * the back edge jumps to the head, whose handler is this loop again. */
#include <string.h>

#include "offload_impl.h"

#ifndef YUNI_TRANSPILED

#include "bodies.h"

/* The instructions a small loop may hold, with the operands each reads as
 * integer registers: B, C, A, or two or three of them (madd.i reads its
 * destination). */
#define SMALL_LOOP_OPS(X)                                                                                              \
    X(MOV_I, B) X(ADD_I, BC) X(ADDK_I, B) X(SUB_I, BC) X(MUL_I, BC) X(MADD_I, BCA) X(AND_I, BC) X(IOR_I, BC)          \
        X(XOR_I, BC) X(ASH_I, BC) X(LD_U8, C) X(LDU_U8, C) X(LD_U32, C) X(LDX_U32, C)

/* Where an operand's value is: 0 the frame, 1 the machine register holding
 * what the previous instruction of the loop wrote, 2 the one before. */
enum { FROM_FRAME, FROM_LAST, FROM_SECOND, FROM_COUNT };
#define SHAPES (FROM_COUNT * FROM_COUNT * FROM_COUNT)
#define SHAPE(kb, kc, ka) ((kb) + FROM_COUNT * (kc) + FROM_COUNT * FROM_COUNT * (ka))

/* Each instruction's copies: one per choice for each operand it reads. */
#define COPIES_B(V, op) V(op, 0, 0, 0) V(op, 1, 0, 0) V(op, 2, 0, 0)
#define COPIES_C(V, op) V(op, 0, 0, 0) V(op, 0, 1, 0) V(op, 0, 2, 0)
#define COPIES_B_(V, op, kc, ka) V(op, 0, kc, ka) V(op, 1, kc, ka) V(op, 2, kc, ka)
#define COPIES_BC(V, op) COPIES_B_(V, op, 0, 0) COPIES_B_(V, op, 1, 0) COPIES_B_(V, op, 2, 0)
#define COPIES_BCA(V, op)                                                                                              \
    COPIES_B_(V, op, 0, 0) COPIES_B_(V, op, 1, 0) COPIES_B_(V, op, 2, 0) COPIES_B_(V, op, 0, 1)                        \
    COPIES_B_(V, op, 1, 1) COPIES_B_(V, op, 2, 1) COPIES_B_(V, op, 0, 2) COPIES_B_(V, op, 1, 2) COPIES_B_(V, op, 2, 2)

#define READS_B 1
#define READS_C 2
#define READS_A 4
#define READS_BC (READS_B | READS_C)
#define READS_BCA (READS_B | READS_C | READS_A)

#define DENSE(op, reads) SL_##op,
enum { SMALL_LOOP_OPS(DENSE) SL_OPS };
#undef DENSE

/* 1 + the dense index of each instruction a small loop may hold, and the
 * operands it reads */
#define INDEX(op, reads) [OFF_##op] = SL_##op + 1,
static const uint8_t index_of[OFF_OPCODE_COUNT] = {SMALL_LOOP_OPS(INDEX)};
#undef INDEX
#define READS(op, reads) [OFF_##op] = READS_##reads,
static const uint8_t reads_of[OFF_OPCODE_COUNT] = {SMALL_LOOP_OPS(READS)};
#undef READS

struct small_loop_labels {
    const void* copy[SL_OPS][SHAPES];
    const void* loopne, *looplt; /* the back edges */
};

/* With R NULL, only hands out its labels.  head is the plan's copy of the
 * loop: its instructions with, as handlers, the copies of their bodies
 * that run them here (the back edge's last). */
__attribute__((noinline, noclone)) static const struct off_ins* runner(nccv64* R, const struct off_ins* head,
                                                                       uint64_t* budget, int* plain,
                                                                       const struct small_loop_labels** labels) {
#define LABEL(op, kb, kc, ka) [SL_##op][SHAPE(kb, kc, ka)] = &&S_##op##_##kb##kc##ka,
#define ROW(op, reads) COPIES_##reads(LABEL, op)
    static const struct small_loop_labels table = {{SMALL_LOOP_OPS(ROW)}, &&S_LOOPNE_I, &&S_LOOPLT_I};
#undef ROW
#undef LABEL
    if (!R) {
        *labels = &table;
        return NULL;
    }
    const struct off_ins* ip = head;
    const struct off_ins* loop = head;
    while (loop->op != OFF_LOOPNE_I && loop->op != OFF_LOOPLT_I) loop++; /* the plan found it */
    const size_t n = (size_t)(loop - head);
    /* what the last two instructions of the previous iteration wrote, as
     * the frame holds it now */
    int64_t last = n > 0 ? R[head[n - 1].a].s64 : 0, second = n > 1 ? R[head[n - 2].a].s64 : 0;
    int64_t counter = R[loop->a].s64;
    uint64_t left = *budget;

#define A (ip->a)
#define B (ip->b)
#define C (ip->c)
    /* leave the instruction at ip to run's plain handler, which meets the
     * same trap (kind) with the same values, or takes the next chunk */
#define TRAP(kind)                                                                                                     \
    do {                                                                                                               \
        *budget = left;                                                                                                \
        *plain = 1;                                                                                                    \
        return ip;                                                                                                     \
    } while (0)
#define FROM(k, m, x)                                                                                                  \
    ((int)(k) == FROM_LAST ? (nccv64){.s64 = last}.m : (int)(k) == FROM_SECOND ? (nccv64){.s64 = second}.m : R[x].m)
    /* which operand x is, the compiler sees from its address */
#define G_SMALL(m, x) (&(x) == &ip->b ? FROM(kb_, m, x) : &(x) == &ip->c ? FROM(kc_, m, x) : FROM(ka_, m, x))
#define P_SMALL(m, v)                                                                                                  \
    do {                                                                                                               \
        int64_t v_small_ = (v);                                                                                        \
        R[A].m = v_small_;                                                                                             \
        second = last;                                                                                                 \
        last = v_small_;                                                                                               \
    } while (0)
#define COPY(op, kb, kc, ka)                                                                                           \
    S_##op##_##kb##kc##ka : {                                                                                          \
        enum { kb_ = kb, kc_ = kc, ka_ = ka };                                                                         \
        DO_##op(G_SMALL, P_SMALL);                                                                                     \
        ip++;                                                                                                          \
        goto*(ip->handler);                                                                                            \
    }
#define COPIES(op, reads) COPIES_##reads(COPY, op)

    goto*(ip->handler);
    SMALL_LOOP_OPS(COPIES)
    /* the counter steps even when the loop ends */
#define BACK_EDGE(stays)                                                                                               \
    do {                                                                                                               \
        int64_t next;                                                                                                  \
        if (__builtin_add_overflow(counter, (int64_t)1, &next)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                      \
        int64_t limit = R[loop->b].s64;                                                                                \
        if (!(stays)) {                                                                                                \
            R[loop->a].s64 = next;                                                                                     \
            *budget = left;                                                                                            \
            *plain = 0;                                                                                                \
            return loop + 1;                                                                                           \
        }                                                                                                              \
        /* run's handler takes the next chunk, or traps */                                                             \
        if (left == 0) TRAP(YUNI_TRAP_BUDGET);                                                                         \
        left--;                                                                                                        \
        R[loop->a].s64 = counter = next;                                                                               \
        ip = head;                                                                                                     \
        goto*(ip->handler);                                                                                            \
    } while (0)
S_LOOPNE_I:
    BACK_EDGE(next != limit);
S_LOOPLT_I:
    BACK_EDGE(next < limit);
#undef BACK_EDGE
#undef COPIES
#undef COPY
#undef P_SMALL
#undef G_SMALL
#undef FROM
#undef TRAP
#undef A
#undef B
#undef C
}

const struct off_ins* off_small_loop(nccv64* R, const struct off_ins* head, uint64_t* budget, int* plain) {
    return runner(R, head, budget, plain, NULL);
}

/* Where instruction k of an n-instruction loop body finds register r: the
 * frame, unless one of the two instructions before it (going round the
 * loop; the back edge writes only the counter, which no instruction of the
 * body writes) is the latest to write r. */
static int from_of(const struct off_ins* body, size_t n, size_t k, uint16_t r) {
    for (size_t d = 1; d <= n; d++)
        if (body[(k + n - d) % n].a == r) return d == 1 ? FROM_LAST : d == 2 ? FROM_SECOND : FROM_FRAME;
    return FROM_FRAME;
}

size_t off_small_loop_plan(const struct off_func* f, uint32_t h, struct off_ins* plan) {
    const struct off_ins* body = f->code + h;
    size_t n = 0;
    while (h + n < f->ncode && n <= OFF_SMALL_LOOP_MAX && index_of[body[n].op]) n++;
    if (n > OFF_SMALL_LOOP_MAX || h + n >= f->ncode) return 0;
    const struct off_ins* loop = &body[n];
    if ((loop->op != OFF_LOOPNE_I && loop->op != OFF_LOOPLT_I) || loop->c != h) return 0;
    /* the counter lives in a machine register: nothing else may write it */
    for (size_t k = 0; k < n; k++)
        if (body[k].a == loop->a) return 0;
    const struct small_loop_labels* labels;
    runner(NULL, NULL, NULL, NULL, &labels);
    memcpy(plan, body, (n + 1) * sizeof *plan);
    for (size_t k = 0; k < n; k++) {
        const struct off_ins* q = &body[k];
        uint8_t reads = reads_of[q->op];
        int kb = reads & READS_B ? from_of(body, n, k, q->b) : FROM_FRAME;
        int kc = reads & READS_C ? from_of(body, n, k, q->c) : FROM_FRAME;
        int ka = reads & READS_A ? from_of(body, n, k, q->a) : FROM_FRAME;
        plan[k].handler = labels->copy[index_of[q->op] - 1][SHAPE(kb, kc, ka)];
    }
    plan[n].handler = loop->op == OFF_LOOPNE_I ? labels->loopne : labels->looplt;
    return n + 1;
}

#endif
