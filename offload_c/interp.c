/* The Offload interpreter: direct computed-goto dispatch over a verified
 * program (verify.c has checked every register index and type, so nothing
 * here re-checks them).  What depends on values is checked here: bounds,
 * overflow, division by zero, call depth and the step budget.  A trap
 * returns a status and leaves the process, the heap and the program intact.
 *
 * Registers are nccv64 slots on a per-thread register stack.  A call's frame
 * starts right above its caller's (no overlap, so a callee can never write
 * the caller's registers, pointers included); the arguments are copied from
 * the caller's window.  Imports receive the window itself as their NCCC
 * `in`: a register file is already an array of NCCC slots. */
#define _GNU_SOURCE /* pthread_getattr_np */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "offload_impl.h"

/* The Go translation (offload_c/internal/_transpiled) has no labels as
 * values; it dispatches through a switch. */
#if defined(YUNI_TRANSPILED) && !defined(OFF_SWITCH_DISPATCH)
#define OFF_SWITCH_DISPATCH
#endif

/* chime! rings through this pointer, set by queue/chime.c when it is
 * linked: the queue package depends on this one (channels allocate from
 * native heaps), so this one cannot name the queue's symbols directly. */
int32_t (*yuni__offload_ring)(yuni_chime* chime);

/* ---- the per-thread register stack ---- */

#define OFF_STACK_REGS (1u << 20) /* 8 MiB reserved, touched as used */

struct off_frame {
    const struct off_ins* ip; /* where to continue in the caller */
    nccv64* R;                /* the caller's registers */
    const struct off_func* fn;
    uint32_t dst; /* the caller's result register */
};

struct off_stack {
    size_t bytes; /* of the mapping */
    nccv64* top;  /* first register free for a nested invocation */
    nccv64* end;
    uint32_t depth; /* frames in use by invocations below a nested one */
    uintptr_t c_low; /* a nested invocation needs the C stack above this (0: unknown) */
    struct off_frame frames[YUNI_OFFLOAD_CALL_DEPTH];
    nccv64 regs[];
};

static __thread struct off_stack* tls_stack;
#ifndef YUNI_TRANSPILED
static pthread_key_t stack_key;
static pthread_once_t stack_key_once = PTHREAD_ONCE_INIT;
#endif

static size_t stack_bytes(void) { return sizeof(struct off_stack) + (size_t)OFF_STACK_REGS * sizeof(nccv64); }

/* Imports that call back into entries nest C frames too; keep this much
 * of the thread's C stack for them and for the host code between. */
#define C_STACK_RESERVE (64u * 1024u)

static uintptr_t c_stack_low(void) {
#ifdef YUNI_TRANSPILED
    return 0; /* Go stacks grow; a nested invocation cannot run off one */
#else
    pthread_attr_t attr;
    void* addr;
    size_t size;
    uintptr_t low = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && size > 2 * C_STACK_RESERVE)
        low = (uintptr_t)addr + C_STACK_RESERVE;
    pthread_attr_destroy(&attr);
    return low;
#endif
}

#ifdef YUNI_TRANSPILED
/* One register stack for the process: the Go side runs one call at a time. */
static void stack_register(struct off_stack* s) { (void)s; }
#else
/* The stack is unmapped when its thread exits. */
static void stack_release(void* s) { munmap(s, ((struct off_stack*)s)->bytes); }
static void stack_key_create(void) { pthread_key_create(&stack_key, stack_release); }
static void stack_register(struct off_stack* s) {
    pthread_once(&stack_key_once, stack_key_create);
    pthread_setspecific(stack_key, s);
}
#endif

static struct off_stack* stack_get(void) {
    struct off_stack* s = tls_stack;
    if (s) return s;
    void* m = mmap(NULL, stack_bytes(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) return NULL;
    s = m;
    s->bytes = stack_bytes();
    s->top = s->regs;
    s->end = s->regs + OFF_STACK_REGS;
    s->depth = 0;
    s->c_low = c_stack_low();
    stack_register(s);
    tls_stack = s;
    return s;
}

int off_stack_prepare(uint32_t regs) {
    if (tls_stack) return -1;
    size_t bytes = sizeof(struct off_stack) + (size_t)regs * sizeof(nccv64);
    void* m = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (m == MAP_FAILED) return -1;
    int locked = mlock(m, bytes) == 0;
    memset(m, 0, bytes); /* touch every page, locked or not */
    struct off_stack* s = m;
    s->bytes = bytes;
    s->top = s->regs;
    s->end = s->regs + regs;
    s->depth = 0;
    s->c_low = c_stack_low();
    stack_register(s);
    tls_stack = s;
    return locked;
}

/* Set by an offload thread to its stop word: a running entry checks it
 * every OFF_CHECK_STEPS steps and traps "interrupted" once it is non-zero. */
__thread _Atomic uint32_t* off_interrupt;

/* ---- traps ---- */

/* fldiv and flmod as opcodes.def defines them; the product is rounded
 * before the subtraction, as (offload)'s fl- of an fl* is */
/* Where C libraries (and a compiler's inline expansions) differ on NaN,
 * the interpreter decides: floor, ceil, trunc and nearbyint give a NaN back
 * as it is (signaling or not, as GCC's inline floor does), and fma gives
 * the first NaN of its operands, quieted, as an SSE add does.  Both builds
 * then agree to the bit (TestFlonumBits). */
#define KEEP_NAN(x, expr) ((x) != (x) ? (x) : (expr))
static inline double quiet(double x) {
    uint64_t u;
    memcpy(&u, &x, 8);
    u |= 0x0008000000000000ull;
    memcpy(&x, &u, 8);
    return x;
}
static inline double fl_fma(double a, double b, double c) {
    if (a != a) return quiet(a);
    if (b != b) return quiet(b);
    if (c != c) return quiet(c);
    return LIBM(fma)(a, b, c);
}
static inline double fl_div(double x, double y) { return y > 0 ? LIBM(floor)(x / y) : LIBM(ceil)(x / y); }
static inline double fl_mod(double x, double y, double d) {
    double p = y * d;
    ROUNDED(p);
    return x - p;
}

static __thread yuni_offload_trap last_trap;

const char* yuni_offload_trap_name(int32_t kind) {
    switch (kind) {
    case YUNI_TRAP_NONE: return "none";
    case YUNI_TRAP_OUT_OF_BOUNDS: return "out-of-bounds";
    case YUNI_TRAP_INTEGER_OVERFLOW: return "integer-overflow";
    case YUNI_TRAP_DIVISION_BY_ZERO: return "division-by-zero";
    case YUNI_TRAP_NOT_INTEGRAL: return "not-integral";
    case YUNI_TRAP_CALL_DEPTH: return "call-depth";
    case YUNI_TRAP_BUDGET: return "budget";
    case YUNI_TRAP_MISALIGNED: return "misaligned";
    case YUNI_TRAP_BAD_HANDLE: return "bad-handle";
    case YUNI_TRAP_INTERRUPTED: return "interrupted";
    default: return "unknown trap";
    }
}

int32_t yuni_offload_last_trap(yuni_offload_trap* out) {
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_offload_last_trap: out is NULL");
    *out = last_trap;
    return YUNI_OK;
}

void off_record_trap(const struct yuni_program_impl* p, const struct off_entry* e, int32_t kind, uint32_t func,
                     uint32_t pc) {
    yuni_offload_trap* t = &last_trap;
    t->kind = kind;
    t->function = (int32_t)func;
    t->pc = (int32_t)pc;
    t->line = t->column = 0;
    /* the last debug record at or before (func, pc) */
    uint32_t lo = 0, hi = p->ndebug;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const struct off_debug* d = &p->debug[mid];
        if (d->func < func || (d->func == func && d->pc <= pc)) lo = mid + 1;
        else hi = mid;
    }
    if (lo > 0 && p->debug[lo - 1].func == func) {
        t->line = (int32_t)p->debug[lo - 1].line;
        t->column = (int32_t)p->debug[lo - 1].column;
    }
    snprintf(t->entry, sizeof t->entry, "%s", e->name);
    if (t->line)
        yuni__fail(YUNI_ETRAP, "%s:%d:%d: trap %s in %s (entry %s, instruction %u)", p->file, t->line, t->column,
                   yuni_offload_trap_name(kind), p->funcs[func].name, e->name, pc);
    else
        yuni__fail(YUNI_ETRAP, "trap %s in %s (entry %s, instruction %u)", yuni_offload_trap_name(kind),
                   p->funcs[func].name, e->name, pc);
}

/* ---- the loop ---- */

/* ---- fused pairs ----
 * Most of an interpreted loop's time goes to dispatch and to values passed
 * from one instruction to the next through the register file in memory (a
 * store, then a load that waits for it).  So after verification,
 * off_thread_code gives an instruction a fused handler that also runs the
 * instruction after it, keeping the first one's result in a machine
 * register for the second.  The code itself is unchanged: a fused handler
 * stores the first result as the plain one does, a jump to the second
 * instruction runs its plain handler, and a trap in either reports its own
 * pc.  Which pairs have fused handlers: a producer (its result is register
 * a, written once) followed by a consumer of the same value type.
 *
 * Every row added here adds a dozen or more handlers to run(), and gcc's
 * layout of run() is sensitive to its size: fusing ldx.u32 made crc32 no
 * faster and fib30 40% slower.  Add a row only with bench_offload's figures
 * for all kernels in hand. */
#define FUSE_INT_PRODUCERS(X, c)                                                                                       \
    X(MOV_I, c) X(ADD_I, c) X(ADDK_I, c) X(SUB_I, c) X(MUL_I, c) X(MADD_I, c) X(AND_I, c) X(IOR_I, c) X(XOR_I, c)      \
        X(ASH_I, c) X(LD_U8, c) X(LDU_U8, c) X(LD_U32, c)
#define FUSE_FLO_PRODUCERS(X, c)                                                                                       \
    X(MOV_F, c) X(ADD_F, c) X(SUB_F, c) X(MUL_F, c) X(MADD_F, c) X(MSUB_F, c) X(LD_F64, c) X(LDX_F64, c)             \
        X(LDXU_F64, c)
#define FUSE_INT_ONLY_CONSUMERS(X, f)                                                                                  \
    X(f, ADD_I) X(f, ADDK_I) X(f, SUB_I) X(f, MUL_I) X(f, AND_I) X(f, IOR_I) X(f, XOR_I) X(f, ASH_I) X(f, LD_U8)       \
        X(f, LDU_U8) X(f, LD_U32) X(f, LDX_F64) X(f, LDXU_F64) X(f, JNE_I) X(f, RET_I)
#define FUSE_FLO_ONLY_CONSUMERS(X, f)                                                                                  \
    X(f, MOV_F) X(f, ADD_F) X(f, SUB_F) X(f, MUL_F) X(f, MADD_F) X(f, MSUB_F) X(f, RET_F)
/* stores take an integer index and a flonum value */
#define FUSE_ANY_CONSUMERS(X, f) X(f, STX_F64) X(f, STXU_F64) X(f, LOOPNE_I) X(f, CALL)
#define FUSE_INT_CONSUMERS(X, f) FUSE_INT_ONLY_CONSUMERS(X, f) FUSE_ANY_CONSUMERS(X, f)
#define FUSE_FLO_CONSUMERS(X, f) FUSE_FLO_ONLY_CONSUMERS(X, f) FUSE_ANY_CONSUMERS(X, f)
#define FUSE_ALL_CONSUMERS(X, f) FUSE_INT_ONLY_CONSUMERS(X, f) FUSE_FLO_ONLY_CONSUMERS(X, f) FUSE_ANY_CONSUMERS(X, f)
#define FUSE_PAIRS(F) FUSE_INT_CONSUMERS(FUSE_INT_PRODUCERS, F) FUSE_FLO_CONSUMERS(FUSE_FLO_PRODUCERS, F)

/* dense indexes of the producers and of the consumers */
#define FUSE_ENUM_P(name, unused) FP_##name,
#define FUSE_ENUM_C(unused, name) FC_##name,
enum { FUSE_INT_PRODUCERS(FUSE_ENUM_P, _) FUSE_FLO_PRODUCERS(FUSE_ENUM_P, _) FP_COUNT };
enum { FUSE_ALL_CONSUMERS(FUSE_ENUM_C, _) FC_COUNT };

/* What run hands off_thread_code: a handler per opcode, per pair, the
 * multiply-accumulate loop's (mac_loop.c) and the small loop's
 * (small_loop.c). */
struct off_handlers {
    const void* const* plain;
    const void* const (*fused)[FC_COUNT];
    const void* mac_loop;
    const void* small_loop;
};

/* With p NULL, run only hands out its handler table (labels are local to
 * the function that holds them): off_thread_code stores each instruction's
 * handler in the instruction. */
static int run(struct off_stack* s, const struct yuni_program_impl* p, const struct off_entry* e, nccv64* R,
               nccv64* result) {
#ifndef OFF_SWITCH_DISPATCH
    static const void* const labels[OFF_OPCODE_COUNT] = {
#define OP(name, mnemonic, a, b, c, flags) &&L_##name,
#include "opcodes.def"
#undef OP
    };
#define FUSE_LABEL(p1, p2) [FP_##p1][FC_##p2] = &&L_F_##p1##_##p2,
    static const void* const fused[FP_COUNT][FC_COUNT] = {FUSE_PAIRS(FUSE_LABEL)};
    static const struct off_handlers handlers = {labels, fused, &&L_MAC_LOOP, &&L_SMALL_LOOP};
    if (!p) {
        result->ptr = (void*)&handlers;
        return YUNI_TRAP_NONE;
    }
#endif
    const struct off_func* fn = &p->funcs[e->func];
    const struct off_ins* code = fn->code;
    const struct off_ins* ip = code;
    const uint32_t base_depth = s->depth;
    uint32_t depth = base_depth;
    /* The budget is spent in chunks: `budget` is what is left of the
     * current chunk (the hot path decrements only that), `reserve` the rest.
     * A chunk is at most OFF_CHECK_STEPS, so a runaway loop notices within
     * that many steps a stop request (an offload thread's) or the destroy
     * of its program. */
    _Atomic uint32_t* dying = &((struct yuni_program_impl*)p)->interrupt;
    uint64_t reserve = atomic_load_explicit(&((struct yuni_program_impl*)p)->budget, memory_order_relaxed);
    if (reserve == 0) reserve = UINT64_MAX;
    uint64_t budget = reserve;
    if (budget > OFF_CHECK_STEPS) budget = OFF_CHECK_STEPS;
    reserve -= budget;
    int32_t trap = YUNI_TRAP_NONE;

#define A (ip->a)
#define B (ip->b)
#define C (ip->c)
#ifdef OFF_SWITCH_DISPATCH
#define DISPATCH() goto dispatch
#else
#define DISPATCH() goto*(ip->handler)
#endif
#define NEXT()                                                                                                         \
    do {                                                                                                               \
        ip++;                                                                                                          \
        DISPATCH();                                                                                                    \
    } while (0)
#define TRAP(kind)                                                                                                     \
    do {                                                                                                               \
        trap = (kind);                                                                                                 \
        goto trapped;                                                                                                  \
    } while (0)
    /* The current chunk is gone: trap when stopped or out of budget, else
     * take the next chunk (this step is paid from it). */
#define SPEND()                                                                                                        \
    do {                                                                                                               \
        if ((off_interrupt && atomic_load_explicit(off_interrupt, memory_order_relaxed)) ||                          \
            atomic_load_explicit(dying, memory_order_relaxed))                                                         \
            TRAP(YUNI_TRAP_INTERRUPTED);                                                                               \
        if (reserve == 0) TRAP(YUNI_TRAP_BUDGET);                                                                      \
        budget = reserve > OFF_CHECK_STEPS ? OFF_CHECK_STEPS : reserve;                                                \
        reserve -= budget--;                                                                                           \
    } while (0)
    /* Every cycle in a program passes a backward jump or a call, so charging
     * those bounds any run when a budget is set. */
#define JUMP(target)                                                                                                   \
    do {                                                                                                               \
        const struct off_ins* to_ = code + (target);                                                                   \
        if (to_ <= ip && budget-- == 0) SPEND();                                                                       \
        ip = to_;                                                                                                      \
        DISPATCH();                                                                                                    \
    } while (0)
#define BRANCH_IF(cond)                                                                                                \
    do {                                                                                                               \
        if (cond) JUMP(C);                                                                                             \
        NEXT();                                                                                                        \
    } while (0)
#define STORE_INT(ctype, lo, hi, size)                                                                                 \
    do {                                                                                                               \
        int64_t off_ = R[B].s64, v_ = R[C].s64;                                                                        \
        if (!IN_BOUNDS(A, off_, size)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);                                                  \
        if (v_ < (lo) || v_ > (hi)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                                                  \
        ctype w_ = (ctype)v_;                                                                                          \
        memcpy(BV_PTR(A) + off_, &w_, size);                                                                           \
        NEXT();                                                                                                        \
    } while (0)
#define UNARY_F(expr)                                                                                                  \
    do {                                                                                                               \
        double x = R[B].f64;                                                                                           \
        R[A].f64 = (expr);                                                                                             \
        NEXT();                                                                                                        \
    } while (0)

#include "bodies.h"

#ifdef OFF_SWITCH_DISPATCH
    /* For compilers without labels as values (the Go translation): one
     * indirect branch through a switch, to the same handlers. */
dispatch:
    switch (ip->op) {
#define OP(name, mnemonic, a, b, c, flags)                                                                             \
    case OFF_##name: goto L_##name;
#include "opcodes.def"
#undef OP
    }
    TRAP(YUNI_TRAP_BAD_HANDLE); /* not reached: the verifier checked every opcode */
#else
    DISPATCH();
#endif

L_NOP:
    NEXT();
L_MOV_I:
    DO_MOV_I(G_R, P_R);
    NEXT();
L_MOV_F:
    DO_MOV_F(G_R, P_R);
    NEXT();
L_MOV_C:
    R[A] = R[B];
    NEXT();
L_MOV_B:
    R[A] = R[B];
    R[A + 1] = R[B + 1];
    NEXT();
L_LOADI:
    R[A].s64 = (int16_t)B;
    NEXT();
L_LOADK_I:
L_LOADK_F:
    R[A].u64 = p->consts[B];
    NEXT();
L_ADD_I:
    DO_ADD_I(G_R, P_R);
    NEXT();
L_ADDK_I:
    DO_ADDK_I(G_R, P_R);
    NEXT();
L_SUB_I:
    DO_SUB_I(G_R, P_R);
    NEXT();
L_MUL_I:
    DO_MUL_I(G_R, P_R);
    NEXT();
    /* INT64_MIN / -1 overflows in C: quotient traps (Scheme's result does
     * not fit), remainder and modulo are 0 */
#define DIVIDE(on_minus_one, expr)                                                                                     \
    do {                                                                                                               \
        int64_t x = R[B].s64, y = R[C].s64;                                                                            \
        if (y == 0) TRAP(YUNI_TRAP_DIVISION_BY_ZERO);                                                                  \
        if (y == -1) {                                                                                                 \
            on_minus_one;                                                                                              \
        } else {                                                                                                       \
            R[A].s64 = (expr);                                                                                         \
        }                                                                                                              \
        NEXT();                                                                                                        \
    } while (0)
L_QUO_I:
    DIVIDE(if (x == INT64_MIN) TRAP(YUNI_TRAP_INTEGER_OVERFLOW); R[A].s64 = -x, x / y);
L_REM_I:
    DIVIDE(R[A].s64 = 0, x % y);
L_MOD_I:
    DIVIDE(R[A].s64 = 0, x % y != 0 && ((x % y < 0) != (y < 0)) ? x % y + y : x % y);
L_NEG_I:
    CHECKED_DO(sub, (int64_t)0, R[B].s64, P_R);
    NEXT();
L_ABS_I:
    if (R[B].s64 == INT64_MIN) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);
    R[A].s64 = R[B].s64 < 0 ? -R[B].s64 : R[B].s64;
    NEXT();
L_MIN_I:
    R[A].s64 = R[B].s64 < R[C].s64 ? R[B].s64 : R[C].s64;
    NEXT();
L_MAX_I:
    R[A].s64 = R[B].s64 > R[C].s64 ? R[B].s64 : R[C].s64;
    NEXT();
L_AND_I:
    DO_AND_I(G_R, P_R);
    NEXT();
L_IOR_I:
    DO_IOR_I(G_R, P_R);
    NEXT();
L_XOR_I:
    DO_XOR_I(G_R, P_R);
    NEXT();
L_NOT_I:
    R[A].s64 = ~R[B].s64;
    NEXT();
L_ASH_I:
    DO_ASH_I(G_R, P_R);
    NEXT();
L_BITCOUNT_I: {
    int64_t x = R[B].s64;
    R[A].s64 = x >= 0 ? __builtin_popcountll((uint64_t)x) : -(int64_t)__builtin_popcountll(~(uint64_t)x) - 1;
    NEXT();
}
L_EQ_I:
    R[A].s64 = R[B].s64 == R[C].s64;
    NEXT();
L_LT_I:
    R[A].s64 = R[B].s64 < R[C].s64;
    NEXT();
L_LE_I:
    R[A].s64 = R[B].s64 <= R[C].s64;
    NEXT();
L_EQ_F:
    R[A].s64 = R[B].f64 == R[C].f64;
    NEXT();
L_LT_F:
    R[A].s64 = R[B].f64 < R[C].f64;
    NEXT();
L_LE_F:
    R[A].s64 = R[B].f64 <= R[C].f64;
    NEXT();
L_NOT_B:
    R[A].s64 = R[B].s64 == 0;
    NEXT();
L_ADD_F:
    DO_ADD_F(G_R, P_R);
    NEXT();
L_SUB_F:
    DO_SUB_F(G_R, P_R);
    NEXT();
L_MUL_F:
    DO_MUL_F(G_R, P_R);
    NEXT();
L_DIV_F:
    R[A].f64 = R[B].f64 / R[C].f64;
    NEXT();
L_FMA_F:
    R[A].f64 = fl_fma(R[B].f64, R[C].f64, R[A].f64);
    NEXT();
L_NEG_F:
    UNARY_F(-x);
L_ABS_F:
    UNARY_F(fabs(x));
L_MIN_F: {
    double x = R[B].f64, y = R[C].f64;
    R[A].f64 = isnan(x) || isnan(y) ? NAN : (x < y ? x : y);
    NEXT();
}
L_MAX_F: {
    double x = R[B].f64, y = R[C].f64;
    R[A].f64 = isnan(x) || isnan(y) ? NAN : (x > y ? x : y);
    NEXT();
}
L_SQRT_F:
    UNARY_F(LIBM(sqrt)(x));
L_EXP_F:
    UNARY_F(LIBM(exp)(x));
L_LOG_F:
    UNARY_F(LIBM(log)(x));
L_SIN_F:
    UNARY_F(LIBM(sin)(x));
L_COS_F:
    UNARY_F(LIBM(cos)(x));
L_TAN_F:
    UNARY_F(LIBM(tan)(x));
L_ASIN_F:
    UNARY_F(LIBM(asin)(x));
L_ACOS_F:
    UNARY_F(LIBM(acos)(x));
L_ATAN_F:
    UNARY_F(LIBM(atan)(x));
L_ATAN2_F:
    R[A].f64 = LIBM(atan2)(R[B].f64, R[C].f64);
    NEXT();
L_FLOOR_F:
    UNARY_F(KEEP_NAN(x, LIBM(floor)(x)));
L_CEIL_F:
    UNARY_F(KEEP_NAN(x, LIBM(ceil)(x)));
L_ROUND_F:
    UNARY_F(KEEP_NAN(x, LIBM(nearbyint)(x))); /* ties to even, as R6RS flround */
L_TRUNC_F:
    UNARY_F(KEEP_NAN(x, LIBM(trunc)(x)));
L_EXPT_F:
    R[A].f64 = LIBM(pow)(R[B].f64, R[C].f64);
    NEXT();
L_ISNAN_F:
    R[A].s64 = isnan(R[B].f64) != 0;
    NEXT();
L_ISINF_F:
    R[A].s64 = isinf(R[B].f64) != 0;
    NEXT();
L_ITOF:
    R[A].f64 = (double)R[B].s64;
    NEXT();
L_FTOI: {
    double x = R[B].f64;
    if (!isfinite(x) || x != trunc(x)) TRAP(YUNI_TRAP_NOT_INTEGRAL);
    if (x < -9223372036854775808.0 || x >= 9223372036854775808.0) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);
    R[A].s64 = (int64_t)x;
    NEXT();
}
L_JMP:
    JUMP(A);
L_JT:
    BRANCH_IF(R[A].s64 != 0);
L_JF:
    BRANCH_IF(R[A].s64 == 0);
L_JEQ_I:
    BRANCH_IF(R[A].s64 == R[B].s64);
L_JNE_I:
    DO_JNE_I(G_R, P_R);
L_JLT_I:
    BRANCH_IF(R[A].s64 < R[B].s64);
L_JLE_I:
    BRANCH_IF(R[A].s64 <= R[B].s64);
L_JNEQ_F:
    BRANCH_IF(!(R[A].f64 == R[B].f64));
L_JNLT_F:
    BRANCH_IF(!(R[A].f64 < R[B].f64));
L_JNLE_F:
    BRANCH_IF(!(R[A].f64 <= R[B].f64));
L_BVLEN:
    R[A].s64 = (int64_t)BV_LEN(B);
    NEXT();
L_LD_U8:
    DO_LD_U8(G_R, P_R);
    NEXT();
L_LD_S8:
    LOAD_DO(int8_t, s64, 1, G_R, P_R);
    NEXT();
L_LD_U16:
    LOAD_DO(uint16_t, s64, 2, G_R, P_R);
    NEXT();
L_LD_S16:
    LOAD_DO(int16_t, s64, 2, G_R, P_R);
    NEXT();
L_LD_U32:
    DO_LD_U32(G_R, P_R);
    NEXT();
L_LD_S32:
    LOAD_DO(int32_t, s64, 4, G_R, P_R);
    NEXT();
L_LD_U64: {
    int64_t off = R[C].s64;
    if (!IN_BOUNDS(B, off, 8)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    uint64_t v;
    memcpy(&v, BV_PTR(B) + off, 8);
    if (v > (uint64_t)INT64_MAX) TRAP(YUNI_TRAP_INTEGER_OVERFLOW); /* Scheme would give a bignum */
    R[A].s64 = (int64_t)v;
    NEXT();
}
L_LD_S64:
    LOAD_DO(int64_t, s64, 8, G_R, P_R);
    NEXT();
L_LD_F32:
    LOAD_DO(float, f64, 4, G_R, P_R);
    NEXT();
L_LD_F64:
    DO_LD_F64(G_R, P_R);
    NEXT();
L_ST_U8:
    STORE_INT(uint8_t, 0, 255, 1);
L_ST_S8:
    STORE_INT(int8_t, -128, 127, 1);
L_ST_U16:
    STORE_INT(uint16_t, 0, 65535, 2);
L_ST_S16:
    STORE_INT(int16_t, -32768, 32767, 2);
L_ST_U32:
    STORE_INT(uint32_t, 0, (int64_t)UINT32_MAX, 4);
L_ST_S32:
    STORE_INT(int32_t, INT32_MIN, INT32_MAX, 4);
L_ST_U64:
    STORE_INT(uint64_t, 0, INT64_MAX, 8);
L_ST_S64:
    STORE_INT(int64_t, INT64_MIN, INT64_MAX, 8);
L_ST_F32: {
    int64_t off = R[B].s64;
    if (!IN_BOUNDS(A, off, 4)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    float v = (float)R[C].f64;
    memcpy(BV_PTR(A) + off, &v, 4);
    NEXT();
}
L_ST_F64: {
    int64_t off = R[B].s64;
    if (!IN_BOUNDS(A, off, 8)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    memcpy(BV_PTR(A) + off, &R[C].f64, 8);
    NEXT();
}
L_LDX_S32:
    LOADX_DO(int32_t, s64, 4, G_R, P_R);
    NEXT();
L_LDX_U32:
    DO_LDX_U32(G_R, P_R);
    NEXT();
L_LDX_F64:
    DO_LDX_F64(G_R, P_R);
    NEXT();
L_STX_F64:
    DO_STX_F64(G_R, P_R);
    NEXT();
L_BVFILL: {
    int64_t v = R[B].s64;
    if (v < -128 || v > 255) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);
    if (BV_LEN(A)) memset(BV_PTR(A), (int)(v & 255), BV_LEN(A));
    NEXT();
}
L_BVCOPY: {
    int64_t from = R[C].s64, to = R[C + 1].s64, n = R[C + 2].s64;
    if (n < 0 || !IN_BOUNDS(B, from, (uint64_t)n) || !IN_BOUNDS(A, to, (uint64_t)n)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    if (n) memmove(BV_PTR(A) + to, BV_PTR(B) + from, (size_t)n);
    NEXT();
}
L_ALOAD: {
    int64_t off = R[C].s64;
    if (!IN_BOUNDS(B, off, 8)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    if ((uintptr_t)(BV_PTR(B) + off) & 7) TRAP(YUNI_TRAP_MISALIGNED);
    R[A].s64 = __atomic_load_n((int64_t*)(void*)(BV_PTR(B) + off), __ATOMIC_SEQ_CST);
    NEXT();
}
L_ASTORE: {
    int64_t off = R[B].s64;
    if (!IN_BOUNDS(A, off, 8)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    if ((uintptr_t)(BV_PTR(A) + off) & 7) TRAP(YUNI_TRAP_MISALIGNED);
    __atomic_store_n((int64_t*)(void*)(BV_PTR(A) + off), R[C].s64, __ATOMIC_SEQ_CST);
    NEXT();
}
L_AADD: {
    int64_t off = R[C].s64;
    if (!IN_BOUNDS(B, off, 8)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    if ((uintptr_t)(BV_PTR(B) + off) & 7) TRAP(YUNI_TRAP_MISALIGNED);
    int64_t* slot = (int64_t*)(void*)(BV_PTR(B) + off);
    int64_t old = __atomic_load_n(slot, __ATOMIC_RELAXED), sum;
    do { /* a CAS loop rather than fetch_add: an overflowing add must trap, not store */
        if (__builtin_add_overflow(old, R[A].s64, &sum)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);
    } while (!__atomic_compare_exchange_n(slot, &old, sum, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
    R[A].s64 = old;
    NEXT();
}
L_ACAS: {
    int64_t off = R[C].s64;
    if (!IN_BOUNDS(B, off, 8)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    if ((uintptr_t)(BV_PTR(B) + off) & 7) TRAP(YUNI_TRAP_MISALIGNED);
    int64_t expected = R[A].s64;
    _Bool swapped = __atomic_compare_exchange_n((int64_t*)(void*)(BV_PTR(B) + off), &expected, R[A + 1].s64, 0,
                                                __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    R[A].s64 = swapped;
    NEXT();
}
L_RINGINIT: {
    int64_t cap = off_ring_init(BV_PTR(B), BV_LEN(B));
    if (cap < 0) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    R[A].s64 = cap;
    NEXT();
}
L_RINGCOUNT: {
    int64_t n = off_ring_count(BV_PTR(B), BV_LEN(B));
    if (n < 0) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    R[A].s64 = n;
    NEXT();
}
L_RINGPUT: {
    int64_t start = R[A].s64, n = R[A + 1].s64;
    if (n < 0 || !IN_BOUNDS(C, start, (uint64_t)n)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    int64_t put = off_ring_put(BV_PTR(B), BV_LEN(B), BV_PTR(C) + start, (uint64_t)n);
    if (put < 0) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    R[A].s64 = put > 0 || n == 0;
    NEXT();
}
L_RINGGET: {
    int64_t start = R[A].s64, n = R[A + 1].s64;
    if (n < 0 || !IN_BOUNDS(C, start, (uint64_t)n)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    int64_t got = off_ring_get(BV_PTR(B), BV_LEN(B), BV_PTR(C) + start, (uint64_t)n);
    if (got < 0) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);
    R[A].s64 = got;
    NEXT();
}
L_CHIME:
    if (!yuni__offload_ring || yuni__offload_ring((yuni_chime*)R[A].ptr) != YUNI_OK) TRAP(YUNI_TRAP_BAD_HANDLE);
    NEXT();
L_MADD_F:
    DO_MADD_F(G_R, P_R);
    NEXT();
L_MSUB_F:
    DO_MSUB_F(G_R, P_R);
    NEXT();
L_MADD_I:
    DO_MADD_I(G_R, P_R);
    NEXT();
L_ADDW_I:
    R[A].s64 = (int64_t)((uint64_t)R[B].s64 + (uint64_t)R[C].s64);
    NEXT();
L_SUBW_I:
    R[A].s64 = (int64_t)((uint64_t)R[B].s64 - (uint64_t)R[C].s64);
    NEXT();
L_MULW_I:
    R[A].s64 = (int64_t)((uint64_t)R[B].s64 * (uint64_t)R[C].s64);
    NEXT();
L_SHLW_I: {
    uint64_t x = (uint64_t)R[B].s64;
    int64_t n = R[C].s64;
    R[A].s64 = (int64_t)(n >= 64 || n <= -64 ? 0 : n >= 0 ? x << n : x >> -n);
    NEXT();
}
L_FLDIV_F:
    R[A].f64 = fl_div(R[B].f64, R[C].f64);
    NEXT();
L_FLMOD_F:
    R[A].f64 = fl_mod(R[B].f64, R[C].f64, fl_div(R[B].f64, R[C].f64));
    NEXT();
L_FLDIV0_F: {
    double x = R[B].f64, y = R[C].f64, d = fl_div(x, y), m = fl_mod(x, y, d);
    R[A].f64 = m < fabs(y) * 0.5 ? d : y > 0 ? d + 1 : d - 1;
    NEXT();
}
L_FLMOD0_F: {
    double x = R[B].f64, y = R[C].f64, m = fl_mod(x, y, fl_div(x, y));
    R[A].f64 = m < fabs(y) * 0.5 ? m : m - fabs(y);
    NEXT();
}
L_SHRL_I: {
    uint64_t x = (uint64_t)R[B].s64;
    int64_t n = R[C].s64;
    R[A].s64 = (int64_t)(n >= 64 || n <= -64 ? 0 : n >= 0 ? x >> n : x << -n);
    NEXT();
}
L_LOOPNE_I:
    DO_LOOPNE_I(G_R, P_R);
L_LOOPLT_I:
    if (__builtin_add_overflow(R[A].s64, (int64_t)1, &R[A].s64)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);
    BRANCH_IF(R[A].s64 < R[B].s64);
    /* guards jump (to the checked loop) when they cannot vouch for the
     * guarded loop that follows them; see opcodes.def */
L_GUARD_I:
    BRANCH_IF(!(R[A].s64 >= 0 && R[A].s64 < R[B].s64));
L_GUARD_BV1:
    BRANCH_IF(!(R[B].s64 >= 0 && (uint64_t)R[B].s64 <= BV_LEN(A)));
L_GUARD_BV8:
    BRANCH_IF(!(R[B].s64 >= 0 && (uint64_t)R[B].s64 <= BV_LEN(A) / 8));
    /* unchecked accesses: the verifier accepted them only inside a guarded
     * loop, where 0 <= index < n and n elements fit the bytevector */
L_LDU_U8:
    DO_LDU_U8(G_R, P_R);
    NEXT();
L_LDXU_F64:
    DO_LDXU_F64(G_R, P_R);
    NEXT();
L_STXU_F64:
    DO_STXU_F64(G_R, P_R);
    NEXT();
L_JEQK_I:
    BRANCH_IF(R[A].s64 == (int16_t)B);
L_JNEK_I:
    BRANCH_IF(R[A].s64 != (int16_t)B);
L_JLTK_I:
    BRANCH_IF(R[A].s64 < (int16_t)B);
L_JLEK_I:
    BRANCH_IF(R[A].s64 <= (int16_t)B);
L_JGTK_I:
    BRANCH_IF(R[A].s64 > (int16_t)B);
L_JGEK_I:
    BRANCH_IF(R[A].s64 >= (int16_t)B);
L_CALL:
    DO_CALL(G_R, P_R);
L_TAILCALL: {
    const struct off_func* callee = &p->funcs[A];
    if (callee->nregs > (size_t)(s->end - R)) TRAP(YUNI_TRAP_CALL_DEPTH);
    if (budget-- == 0) SPEND();
    memmove(R, R + B, (size_t)callee->sig.nslots * sizeof *R);
    for (unsigned i = 0; i < callee->nclear; i++) R[callee->clear[i]].u64 = 0;
    fn = callee;
    ip = code = fn->code;
    DISPATCH();
}
L_CALLI: {
    const struct off_import* im = &p->imports[A];
    nccv64 out[2] = {{0}, {0}};
    nccc_call_t f = atomic_load_explicit(&((struct off_import*)im)->fn, memory_order_acquire);
    /* a nested invocation from inside the import starts above this frame */
    nccv64* saved_top = s->top;
    uint32_t saved_depth = s->depth;
    s->top = R + fn->nregs;
    s->depth = depth + 1; /* the import's own frame: nesting through the host counts */
    f(R + B, out);
    s->top = saved_top;
    s->depth = saved_depth;
    switch (im->sig.result) {
    case OFF_V_S64: R[C].s64 = out[0].s64; break;
    case OFF_V_BOOL: R[C].s64 = out[0].s32 != 0; break;
    case OFF_V_F64: R[C].f64 = out[0].f64; break;
    default: break;
    }
    NEXT();
}
L_RET_I:
    DO_RET_I(G_R, P_R);
L_RET_F:
    DO_RET_F(G_R, P_R);
L_RET_V: {
    if (depth == base_depth) return YUNI_TRAP_NONE;
    const struct off_frame* fr = &s->frames[--depth];
    R = fr->R;
    fn = fr->fn;
    code = fn->code;
    ip = fr->ip;
    DISPATCH();
}
#ifndef OFF_SWITCH_DISPATCH
    /* a fused handler: the first body at ip, keeping its result in held_;
     * the second at ip + 1, reading held_ for the register the first wrote */
#define P_HOLD(m, v) (R[A].m = held_.m = (v))
#define G_HELD(m, x) ((x) == fed_ ? held_.m : R[x].m)
#define FUSED_HANDLER(p1, p2)                                                                                          \
    L_F_##p1##_##p2 : {                                                                                                \
        nccv64 held_ = {0};                                                                                            \
        const uint16_t fed_ = A;                                                                                       \
        (void)fed_; /* a call reads its arguments from memory */                                                       \
        DO_##p1(G_R, P_HOLD);                                                                                          \
        ip++;                                                                                                          \
        DO_##p2(G_HELD, P_R);                                                                                          \
        NEXT();                                                                                                        \
    }
    FUSE_PAIRS(FUSED_HANDLER)
    /* a whole multiply-accumulate loop, or, where an iteration might trap,
     * the head's plain handler */
L_MAC_LOOP : {
    /* a copy: taking budget's own address would keep it in memory in
     * every handler */
    uint64_t left_ = budget;
    const struct off_ins* next_ = off_mac_loop(R, ip, &left_);
    budget = left_;
    if (!next_) goto* labels[ip->op];
    ip = next_;
    DISPATCH();
}
    /* a small loop, until it ends or leaves an instruction to its plain
     * handler */
L_SMALL_LOOP : {
    uint64_t left_ = budget;
    int plain_;
    const struct off_ins* plan_ = fn->small_loops;
    ip = code + (off_small_loop(R, plan_ + (ip - code), &left_, &plain_) - plan_);
    budget = left_;
    if (plain_) goto* labels[ip->op];
    DISPATCH();
}
#endif
trapped:
    off_record_trap(p, e, trap, (uint32_t)(fn - p->funcs), (uint32_t)(ip - code));
    return trap;
#undef A
#undef B
#undef C
}

#ifndef OFF_SWITCH_DISPATCH
/* 1 + the dense index of each producer and consumer, 0 for the others */
#define FUSE_MAP_P(name, unused) [OFF_##name] = FP_##name + 1,
#define FUSE_MAP_C(unused, name) [OFF_##name] = FC_##name + 1,
static const uint8_t producer_of[OFF_OPCODE_COUNT] = {FUSE_INT_PRODUCERS(FUSE_MAP_P, _)
                                                          FUSE_FLO_PRODUCERS(FUSE_MAP_P, _)};
static const uint8_t consumer_of[OFF_OPCODE_COUNT] = {FUSE_ALL_CONSUMERS(FUSE_MAP_C, _)};

/* Does `second` read the register `first` writes? */
static int feeds(const struct yuni_program_impl* p, const struct off_ins* first, const struct off_ins* second) {
    const uint8_t* kind = off_op_table[second->op].kind;
    uint16_t r = first->a;
    if (second->op == OFF_CALL) return r >= second->b && r < second->b + p->funcs[second->a].sig.nslots;
    /* a is read where the row says so, and by the read-modify-write rows */
    int reads_a = (off_op_table[second->op].flags & OFF_FLAG_AREAD) || second->op == OFF_MADD_F ||
                  second->op == OFF_MSUB_F || second->op == OFF_MADD_I || second->op == OFF_LOOPNE_I;
#define REG(k) ((k) == OPK_RI || (k) == OPK_RF)
    return (REG(kind[1]) && second->b == r) || (REG(kind[2]) && second->c == r) ||
           (REG(kind[0]) && reads_a && second->a == r);
#undef REG
}
#endif

#ifndef OFF_SWITCH_DISPATCH
static uint32_t pair_weight(const struct yuni_program_impl* p, const struct off_handlers* h,
                            const struct off_ins* first, const struct off_ins* second) {
    uint8_t pi = producer_of[first->op], ci = consumer_of[second->op];
    if (!pi || !ci || !h->fused[pi - 1][ci - 1]) return 0;
    if (feeds(p, first, second)) return 2;
    return second->op == OFF_LOOPNE_I ? 1 : 0;
}
#endif

int yuni__offload_fusion = 1;

uint32_t off_thread_code(struct yuni_program_impl* p) {
    uint32_t fused = 0;
    p->nmac_loops = 0;
    p->nsmall_loops = 0;
#ifdef OFF_SWITCH_DISPATCH
    (void)p; /* the switch reads op */
#else
    nccv64 table;
    run(NULL, NULL, NULL, NULL, &table);
    const struct off_handlers* h = table.ptr;
    for (uint32_t i = 0; i < p->nfunc; i++) {
        struct off_ins* code = (struct off_ins*)p->funcs[i].code;
        uint32_t n = p->funcs[i].ncode;
        for (uint32_t k = 0; k < n; k++) code[k].handler = h->plain[code[k].op];
        if (!yuni__offload_fusion) continue;
        /* A multiply-accumulate loop's head gets the loop's handler, else
         * a small loop's head its; either is in no pair. */
        for (uint32_t k = 0; k < n; k++) {
            if (off_mac_loop_at(&p->funcs[i], k)) {
                code[k].handler = h->mac_loop;
                p->nmac_loops++;
                continue;
            }
            struct off_ins plan[OFF_SMALL_LOOP_MAX + 1];
            size_t len = off_small_loop_plan(&p->funcs[i], k, plan);
            if (!len) continue;
            struct off_func* f = &p->funcs[i];
            if (!f->small_loops && !(f->small_loops = calloc(n, sizeof *f->small_loops)))
                continue; /* run as it is: correct, just slower */
            memcpy(f->small_loops + k, plan, len * sizeof *plan);
            code[k].handler = h->small_loop;
            p->nsmall_loops++;
        }
#define IN_NO_PAIR(k)                                                                                                  \
    (code[k].handler == h->mac_loop || code[(k) + 1].handler == h->mac_loop || code[k].handler == h->small_loop ||     \
     code[(k) + 1].handler == h->small_loop)
        /* Pairs do not overlap, so the alignment they run in is fixed:
         * choose the set with the most weight (a pair that passes a value
         * weighs 2, a producer before a loop's back edge 1), by dynamic
         * programming from the end: best[k] is the best for code[k..]. */
        uint32_t* best = calloc((size_t)n + 2, sizeof *best);
        if (!best) continue; /* plain handlers only: correct, just slower */
        for (uint32_t k = n - 1; k-- > 0;) {
            best[k] = best[k + 1];
            uint32_t w = IN_NO_PAIR(k) ? 0 : pair_weight(p, h, &code[k], &code[k + 1]);
            if (w && w + best[k + 2] > best[k]) best[k] = w + best[k + 2];
        }
        for (uint32_t k = 0; k + 1 < n;) {
            uint32_t w = IN_NO_PAIR(k) ? 0 : pair_weight(p, h, &code[k], &code[k + 1]);
            if (w && best[k] == w + best[k + 2]) {
                uint8_t pi = producer_of[code[k].op], ci = consumer_of[code[k + 1].op];
                code[k].handler = h->fused[pi - 1][ci - 1];
                fused++;
                k += 2;
            } else {
                k++;
            }
        }
        free(best);
#undef IN_NO_PAIR
    }
#endif
    return fused;
}

static void dispatch_entered(struct off_entry* e, const nccv64* in, nccv64* out);

void off_dispatch(const nccv64* in, nccv64* out) {
    if (!out) return; /* nowhere to say anything */
    if (!in) {
        out[0].s32 = yuni__fail(YUNI_EINVAL, "Offload entry called with a NULL in");
        return;
    }
    /* Entered for the call (core.h): a destroy of the program interrupts the
     * run and waits for it to leave; one from inside an import is refused. */
    uintptr_t handle = (uintptr_t)in[0].ptr;
    struct off_entry* e = yuni__handle_enter(handle, YUNI_HANDLE_ENTRY);
    if (!e) {
        out[0].s32 = yuni__fail(YUNI_EBADHANDLE, "Offload entry: ctx is not a live entry");
        return;
    }
    dispatch_entered(e, in, out);
    yuni__handle_leave(handle);
}

static void dispatch_entered(struct off_entry* e, const nccv64* in, nccv64* out) {
    if (atomic_load_explicit(&e->ungranted, memory_order_acquire)) {
        out[0].s32 = yuni__fail(YUNI_ESTATE, "Offload entry %s: %u of the imports it calls are not granted", e->name,
                                atomic_load(&e->ungranted));
        return;
    }
    const struct yuni_program_impl* p = e->program;
    const struct off_func* f = &p->funcs[e->func];
    struct off_stack* s = stack_get();
    if (!s) {
        out[0].s32 = yuni__fail(YUNI_ENOMEM, "Offload entry %s: no memory for a register stack", e->name);
        return;
    }
    nccv64* R = s->top;
    char here;
    if (f->nregs > (size_t)(s->end - R) || s->depth + 1 >= YUNI_OFFLOAD_CALL_DEPTH ||
        (uintptr_t)&here < s->c_low) {
        off_record_trap(p, e, YUNI_TRAP_CALL_DEPTH, e->func, 0);
        out[0].s32 = YUNI_ETRAP;
        out[1].s32 = YUNI_TRAP_CALL_DEPTH;
        return;
    }
    const nccv64* arg = in + 1;
    unsigned r = 0;
    for (unsigned i = 0; i < f->sig.nparams; i++) {
        switch (f->sig.params[i]) {
        case OFF_V_BOOL: R[r++].s64 = arg->s32 != 0; arg++; break;
        case OFF_V_BV: {
            void* ptr = arg[0].ptr;
            uint64_t len = arg[1].u64;
            if ((len && !ptr) || len > (uint64_t)INT64_MAX) {
                out[0].s32 = yuni__fail(YUNI_EINVAL, "Offload entry %s: argument %u is a bytevector with %s", e->name,
                                        i, len && !ptr ? "a NULL pointer" : "a negative length");
                return;
            }
            R[r].ptr = ptr;
            R[r + 1].u64 = len;
            r += 2;
            arg += 2;
            break;
        }
        default: R[r++] = *arg++; break;
        }
    }
    for (unsigned i = 0; i < f->nclear; i++) R[f->clear[i]].u64 = 0;
    nccv64 result = {0};
    int32_t trap = run(s, p, e, R, &result);
    if (trap != YUNI_TRAP_NONE) {
        out[0].s32 = YUNI_ETRAP;
        out[1].s64 = 0;
        out[1].s32 = trap;
        return;
    }
    out[0].s32 = YUNI_OK;
    switch (f->sig.result) {
    case OFF_V_BOOL: out[1].s64 = 0; out[1].s32 = result.s64 != 0; break;
    case OFF_V_VOID: break;
    default: out[1] = result;
    }
}
