/* The bodies of the instructions that have fused handlers, as macros:
 * run (interp.c) expands each in its plain and fused handlers, and the
 * small-loop runner (small_loop.c) in its own.
 *
 * Each body reads its operands through G(member, register) and writes its
 * result (register a) through P(member, value), and reads every operand
 * before it writes or traps.  Where a body is expanded, these are defined:
 * R (the frame's registers), A/B/C (the instruction's operands), TRAP(kind),
 * and for the control bodies (jne.i, call, ret, loopne.i) BRANCH_IF, SPEND
 * and run's state.  A plain handler runs a body with G_R/P_R; a fused
 * handler runs two, the first keeping its result in a machine register for
 * the second, so a value passed between them does not make a round trip
 * through memory. */
#ifndef YUNI_OFFLOAD_BODIES_H
#define YUNI_OFFLOAD_BODIES_H

/* Bytevector access of `size` bytes at `off` in the pair at register `r`.
 * Lengths are at most INT64_MAX (checked on entry), so this is exact. */
#define BV_PTR(r) ((uint8_t*)R[r].ptr)
#define BV_LEN(r) (R[(r) + 1].u64)
#define IN_BOUNDS(r, off, size) ((off) >= 0 && (uint64_t)(off) <= BV_LEN(r) && BV_LEN(r) - (uint64_t)(off) >= (size))

#define G_R(m, x) (R[x].m)
#define P_R(m, v) (R[A].m = (v))
#define CHECKED_DO(opname, x, y, P)                                                                                    \
    do {                                                                                                               \
        int64_t v_;                                                                                                    \
        if (__builtin_##opname##_overflow((x), (y), &v_)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                            \
        P(s64, v_);                                                                                                    \
    } while (0)
#define LOAD_DO(ctype, member, size, G, P)                                                                             \
    do {                                                                                                               \
        int64_t off_ = G(s64, C);                                                                                      \
        if (!IN_BOUNDS(B, off_, size)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);                                                  \
        ctype v_;                                                                                                      \
        memcpy(&v_, BV_PTR(B) + off_, size);                                                                           \
        P(member, v_);                                                                                                 \
    } while (0)
#define DO_MOV_I(G, P) P(s64, G(s64, B))
#define DO_MOV_F(G, P) P(f64, G(f64, B))
#define DO_ADD_I(G, P) CHECKED_DO(add, G(s64, B), G(s64, C), P)
#define DO_ADDK_I(G, P) CHECKED_DO(add, G(s64, B), (int64_t)(int16_t)C, P)
#define DO_SUB_I(G, P) CHECKED_DO(sub, G(s64, B), G(s64, C), P)
#define DO_MUL_I(G, P) CHECKED_DO(mul, G(s64, B), G(s64, C), P)
#define DO_MADD_I(G, P)                                                                                                \
    do {                                                                                                               \
        int64_t product_;                                                                                              \
        if (__builtin_mul_overflow(G(s64, B), G(s64, C), &product_)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                 \
        CHECKED_DO(add, G(s64, A), product_, P);                                                                       \
    } while (0)
#define DO_AND_I(G, P) P(s64, G(s64, B) & G(s64, C))
#define DO_IOR_I(G, P) P(s64, G(s64, B) | G(s64, C))
#define DO_XOR_I(G, P) P(s64, G(s64, B) ^ G(s64, C))
#define DO_ASH_I(G, P)                                                                                                 \
    do {                                                                                                               \
        int64_t x_ = G(s64, B), n_ = G(s64, C), r_;                                                                    \
        if (n_ >= 0) {                                                                                                 \
            if (x_ == 0) {                                                                                             \
                r_ = 0;                                                                                                \
            } else {                                                                                                   \
                if (n_ >= 64) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                                                        \
                r_ = (int64_t)((uint64_t)x_ << n_);                                                                    \
                if ((r_ >> n_) != x_) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                                                \
            }                                                                                                          \
        } else {                                                                                                       \
            r_ = n_ <= -64 ? (x_ < 0 ? -1 : 0) : x_ >> -n_;                                                            \
        }                                                                                                              \
        P(s64, r_);                                                                                                    \
    } while (0)
#define DO_LD_U8(G, P) LOAD_DO(uint8_t, s64, 1, G, P)
#define DO_LD_U32(G, P) LOAD_DO(uint32_t, s64, 4, G, P)
#define DO_LD_F64(G, P) LOAD_DO(double, f64, 8, G, P)
#define DO_LDU_U8(G, P) P(s64, BV_PTR(B)[G(u64, C)])
/* a scaled load: the index times the element size is the offset */
#define LOADX_DO(ctype, member, size, G, P)                                                                            \
    do {                                                                                                               \
        int64_t off_;                                                                                                  \
        if (__builtin_mul_overflow(G(s64, C), (int64_t)(size), &off_)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);               \
        if (!IN_BOUNDS(B, off_, size)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);                                                  \
        ctype v_;                                                                                                      \
        memcpy(&v_, BV_PTR(B) + off_, size);                                                                           \
        P(member, v_);                                                                                                 \
    } while (0)
#define DO_LDX_F64(G, P) LOADX_DO(double, f64, 8, G, P)
#define DO_LDX_U32(G, P) LOADX_DO(uint32_t, s64, 4, G, P)
#define DO_LDXU_F64(G, P)                                                                                              \
    do {                                                                                                               \
        double v_;                                                                                                     \
        memcpy(&v_, BV_PTR(B) + G(u64, C) * 8, 8);                                                                     \
        P(f64, v_);                                                                                                    \
    } while (0)
#define DO_STX_F64(G, P)                                                                                               \
    do {                                                                                                               \
        int64_t off_;                                                                                                  \
        double v_ = G(f64, C);                                                                                         \
        if (__builtin_mul_overflow(G(s64, B), (int64_t)8, &off_)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                    \
        if (!IN_BOUNDS(A, off_, 8)) TRAP(YUNI_TRAP_OUT_OF_BOUNDS);                                                     \
        memcpy(BV_PTR(A) + off_, &v_, 8);                                                                              \
    } while (0)
#define DO_STXU_F64(G, P)                                                                                              \
    do {                                                                                                               \
        double v_ = G(f64, C);                                                                                         \
        memcpy(BV_PTR(A) + G(u64, B) * 8, &v_, 8);                                                                     \
    } while (0)
#define DO_ADD_F(G, P) P(f64, G(f64, B) + G(f64, C))
#define DO_SUB_F(G, P) P(f64, G(f64, B) - G(f64, C))
#define DO_MUL_F(G, P) P(f64, G(f64, B) * G(f64, C))
#define DO_MADD_F(G, P)                                                                                                \
    do {                                                                                                               \
        double product_ = G(f64, B) * G(f64, C);                                                                       \
        ROUNDED(product_);                                                                                             \
        P(f64, G(f64, A) + product_);                                                                                  \
    } while (0)
#define DO_MSUB_F(G, P)                                                                                                \
    do {                                                                                                               \
        double product_ = G(f64, B) * G(f64, C);                                                                       \
        ROUNDED(product_);                                                                                             \
        P(f64, G(f64, A) - product_);                                                                                  \
    } while (0)
#define DO_JNE_I(G, P) BRANCH_IF(G(s64, A) != G(s64, B))
/* the arguments are read from memory: the callee reads them there */
#define DO_CALL(G, P)                                                                                                  \
    do {                                                                                                               \
        const struct off_func* callee_ = &p->funcs[A];                                                                 \
        nccv64* frame_ = R + fn->nregs;                                                                                \
        if (depth + 1 >= YUNI_OFFLOAD_CALL_DEPTH || callee_->nregs > (size_t)(s->end - frame_))                        \
            TRAP(YUNI_TRAP_CALL_DEPTH);                                                                                \
        if (budget-- == 0) SPEND();                                                                                    \
        /* few: a loop beats a memcpy call */                                                                          \
        for (unsigned i_ = 0; i_ < callee_->sig.nslots; i_++) frame_[i_] = R[B + i_];                                  \
        for (unsigned i_ = 0; i_ < callee_->nclear; i_++) frame_[callee_->clear[i_]].u64 = 0;                          \
        s->frames[depth] = (struct off_frame){ip + 1, R, fn, C};                                                       \
        depth++;                                                                                                       \
        R = frame_;                                                                                                    \
        fn = callee_;                                                                                                  \
        ip = code = fn->code;                                                                                          \
        DISPATCH();                                                                                                    \
    } while (0)
#define RETURN_VALUE(v)                                                                                                \
    do {                                                                                                               \
        if (depth == base_depth) {                                                                                     \
            *result = (v);                                                                                             \
            return YUNI_TRAP_NONE;                                                                                     \
        }                                                                                                              \
        const struct off_frame* fr_ = &s->frames[--depth];                                                             \
        R = fr_->R;                                                                                                    \
        R[fr_->dst] = (v);                                                                                             \
        fn = fr_->fn;                                                                                                  \
        code = fn->code;                                                                                               \
        ip = fr_->ip;                                                                                                  \
        DISPATCH();                                                                                                    \
    } while (0)
#define DO_RET_I(G, P)                                                                                                 \
    do {                                                                                                               \
        nccv64 v_ = {.s64 = G(s64, A)};                                                                                \
        RETURN_VALUE(v_);                                                                                              \
    } while (0)
#define DO_RET_F(G, P)                                                                                                 \
    do {                                                                                                               \
        nccv64 v_ = {.f64 = G(f64, A)};                                                                                \
        RETURN_VALUE(v_);                                                                                              \
    } while (0)
#define DO_LOOPNE_I(G, P)                                                                                              \
    do {                                                                                                               \
        int64_t i_, n_ = G(s64, B);                                                                                    \
        if (__builtin_add_overflow(G(s64, A), (int64_t)1, &i_)) TRAP(YUNI_TRAP_INTEGER_OVERFLOW);                      \
        R[A].s64 = i_;                                                                                                 \
        BRANCH_IF(i_ != n_);                                                                                           \
    } while (0)

#endif
