/* The bytecode verifier.  After it accepts a program the interpreter can
 * trust every index it reads: registers exist and have the types the
 * instruction needs, constants, functions and imports exist, jumps land on
 * instructions of the same function, no function falls off its end, and
 * calls pass what the callee declares.  The only pointers a program holds
 * are bytevector and chime registers, and nothing but a move of the same
 * type or a parameter can write them, so a verified program cannot forge
 * one.  What is left to run time is what depends on values: bounds,
 * overflow, division, call depth, budget -- except in guarded loops (see
 * opcodes.def), whose shape this file proves before it accepts an
 * unchecked access. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "offload_impl.h"

/* the names opcodes.def's flags column uses */
#define TERM OFF_FLAG_TERM
#define CALL OFF_FLAG_CALL
#define BRANCH OFF_FLAG_BRANCH
#define AREAD OFF_FLAG_AREAD

const struct off_op_info off_op_table[OFF_OPCODE_COUNT] = {
#define OP(name, mnemonic, a, b, c, flags) {mnemonic, {OPK_##a, OPK_##b, OPK_##c}, flags},
#include "opcodes.def"
#undef OP
};

struct verifier {
    const struct yuni_program_impl* p;
    const struct off_func* f;
    uint32_t pc;
    char* err;
    size_t errlen;
};

static int bad(struct verifier* v, const char* format, ...) __attribute__((format(printf, 2, 3)));
static int bad(struct verifier* v, const char* format, ...) {
    if (v->err && v->errlen) {
        uint16_t op = v->pc < v->f->ncode ? v->f->code[v->pc].op : OFF_OPCODE_COUNT;
        int n = snprintf(v->err, v->errlen, "function %s, instruction %u (%s): ", v->f->name, v->pc,
                         op < OFF_OPCODE_COUNT ? off_op_table[op].mnemonic : "?");
        if (n >= 0 && (size_t)n < v->errlen) {
            va_list ap;
            va_start(ap, format);
            vsnprintf(v->err + n, v->errlen - (size_t)n, format, ap);
            va_end(ap);
        }
    }
    return -1;
}

static int reg_is(const struct off_func* f, uint32_t r, int type) {
    if (type == OFF_R_BV) return r + 1u < f->nregs && f->regtypes[r] == OFF_R_BV && f->regtypes[r + 1] == OFF_R_LEN;
    return r < f->nregs && f->regtypes[r] == type;
}

static int reg_type_of_value(int value_type) {
    switch (value_type) {
    case OFF_V_S64:
    case OFF_V_BOOL: return OFF_R_INT;
    case OFF_V_F64: return OFF_R_FLO;
    case OFF_V_BV: return OFF_R_BV;
    case OFF_V_CHIME: return OFF_R_CHIME;
    default: return 0;
    }
}

/* The window at `base` holds arguments matching `sig`. */
static int check_window(struct verifier* v, uint32_t base, const struct off_signature* sig) {
    uint32_t r = base;
    for (unsigned i = 0; i < sig->nparams; i++) {
        int want = reg_type_of_value(sig->params[i]);
        if (!reg_is(v->f, r, want)) return bad(v, "argument %u in register %u has the wrong type", i, r);
        r += want == OFF_R_BV ? 2 : 1;
    }
    return 0;
}

/* A call's result register `dst` can hold the callee's result. */
static int check_result(struct verifier* v, uint32_t dst, int result) {
    if (result == OFF_V_VOID) return dst == 0 ? 0 : bad(v, "a void call names result register %u", dst);
    return reg_is(v->f, dst, reg_type_of_value(result)) ? 0 : bad(v, "result register %u has the wrong type", dst);
}

static int check_operand(struct verifier* v, int kind, uint32_t x) {
    const struct off_func* f = v->f;
    switch (kind) {
    case OPK___: return x == 0 ? 0 : bad(v, "unused operand is %u, not 0", x);
    case OPK_RI: return reg_is(f, x, OFF_R_INT) ? 0 : bad(v, "register %u is not an integer register", x);
    case OPK_RF: return reg_is(f, x, OFF_R_FLO) ? 0 : bad(v, "register %u is not a flonum register", x);
    case OPK_RB: return reg_is(f, x, OFF_R_BV) ? 0 : bad(v, "register %u is not a bytevector register pair", x);
    case OPK_RC: return reg_is(f, x, OFF_R_CHIME) ? 0 : bad(v, "register %u is not a chime register", x);
    case OPK_RW: return x < f->nregs || x == 0 ? 0 : bad(v, "register %u does not exist", x);
    case OPK_K: return x < v->p->nconst ? 0 : bad(v, "constant %u does not exist", x);
    case OPK_IMM: return 0;
    case OPK_J: return x < f->ncode ? 0 : bad(v, "jump target %u is outside the function", x);
    case OPK_FN: return x < v->p->nfunc ? 0 : bad(v, "function %u does not exist", x);
    case OPK_IM: return x < v->p->nimport ? 0 : bad(v, "import %u does not exist", x);
    default: return bad(v, "operand kind %d unknown", kind);
    }
}

static int check_guarded_loops(struct verifier* v);

static int check_function(struct verifier* v) {
    const struct off_func* f = v->f;
    /* register types: known values; a length only right after a bytevector */
    for (uint32_t r = 0; r < f->nregs; r++) {
        uint8_t t = f->regtypes[r];
        if (t < OFF_R_INT || t > OFF_R_CHIME) return bad(v, "register %u has unknown type %u", r, t);
        if (t == OFF_R_BV && (r + 1u >= f->nregs || f->regtypes[r + 1] != OFF_R_LEN))
            return bad(v, "bytevector register %u is not followed by its length", r);
        if (t == OFF_R_LEN && (r == 0 || f->regtypes[r - 1] != OFF_R_BV))
            return bad(v, "length register %u does not follow a bytevector", r);
    }
    /* parameters sit in r0.. in order */
    uint32_t r = 0;
    for (unsigned i = 0; i < f->sig.nparams; i++) {
        int want = reg_type_of_value(f->sig.params[i]);
        if (!reg_is(f, r, want)) return bad(v, "parameter %u's register %u has the wrong type", i, r);
        r += want == OFF_R_BV ? 2 : 1;
    }
    for (v->pc = 0; v->pc < f->ncode; v->pc++) {
        const struct off_ins* in = &f->code[v->pc];
        if (in->op >= OFF_OPCODE_COUNT) return bad(v, "unknown opcode %u", in->op);
        const uint8_t* kind = off_op_table[in->op].kind;
        if (check_operand(v, kind[0], in->a) || check_operand(v, kind[1], in->b) || check_operand(v, kind[2], in->c))
            return -1;
        switch (in->op) {
        case OFF_BVCOPY:
            if (!reg_is(f, in->c + 1u, OFF_R_INT) || !reg_is(f, in->c + 2u, OFF_R_INT))
                return bad(v, "registers %u..%u are not three integer registers", in->c, in->c + 2u);
            break;
        case OFF_ACAS:
        case OFF_RINGPUT:
        case OFF_RINGGET:
            if (!reg_is(f, in->a + 1u, OFF_R_INT)) return bad(v, "register %u is not an integer register", in->a + 1u);
            break;
        case OFF_CALL:
        case OFF_TAILCALL: {
            const struct off_func* callee = &v->p->funcs[in->a];
            if (check_window(v, in->b, &callee->sig)) return -1;
            if (in->op == OFF_CALL && check_result(v, in->c, callee->sig.result)) return -1;
            if (in->op == OFF_TAILCALL && callee->sig.result != f->sig.result &&
                !(reg_type_of_value(callee->sig.result) == OFF_R_INT && reg_type_of_value(f->sig.result) == OFF_R_INT))
                return bad(v, "tail call to %s, whose result type differs", callee->name);
            break;
        }
        case OFF_CALLI: {
            const struct off_import* im = &v->p->imports[in->a];
            if (check_window(v, in->b, &im->sig) || check_result(v, in->c, im->sig.result)) return -1;
            break;
        }
        case OFF_RET_I:
            if (reg_type_of_value(f->sig.result) != OFF_R_INT) return bad(v, "returns an integer from a function that does not");
            break;
        case OFF_RET_F:
            if (f->sig.result != OFF_V_F64) return bad(v, "returns a flonum from a function that does not");
            break;
        case OFF_RET_V:
            if (f->sig.result != OFF_V_VOID) return bad(v, "returns nothing from a function that returns a value");
            break;
        default: break;
        }
    }
    v->pc = f->ncode - 1;
    if (!(off_op_table[f->code[v->pc].op].flags & TERM)) return bad(v, "the last instruction falls off the end");
    return check_guarded_loops(v);
}

/* ---- guarded loops ---- */

#define GUARDS_MAX 8
#define NONE UINT32_MAX

/* Does `in` write register r?  Every register write goes through operand a
 * (unless the row says AREAD) or, for calls with a result, through c. */
static int writes(const struct yuni_program_impl* p, const struct off_ins* in, uint32_t r) {
    if (!(off_op_table[in->op].flags & AREAD)) {
        switch (off_op_table[in->op].kind[0]) {
        case OPK_RI:
        case OPK_RF:
        case OPK_RC:
            if (in->a == r) return 1;
            break;
        case OPK_RB:
            if (in->a == r || in->a + 1u == r) return 1;
            break;
        default: break;
        }
    }
    if (in->op == OFF_CALL) return p->funcs[in->a].sig.result != OFF_V_VOID && in->c == r;
    if (in->op == OFF_CALLI) return p->imports[in->a].sig.result != OFF_V_VOID && in->c == r;
    return 0;
}

/* Where the guards after guard.i at g end: the guard.bvK that follow it
 * naming its limit, GUARDS_MAX at most. */
static uint32_t guards_end(const struct off_ins* code, uint32_t n, uint32_t g) {
    uint32_t s = g + 1;
    while (s < n && s - g <= GUARDS_MAX && (code[s].op == OFF_GUARD_BV1 || code[s].op == OFF_GUARD_BV8) &&
           code[s].b == code[g].b)
        s++;
    return s;
}

/* Finds every guarded loop (guard.i at g, its guards up to s, the body s..e
 * closed by loopne/looplt at e jumping back to s), proves its shape, and
 * accepts an unchecked access only inside such a body, on a guarded
 * bytevector of its element size, indexed by the loop's counter.  Bodies
 * do not nest (the scan resumes after each one), so this is linear. */
static int check_guarded_loops(struct verifier* v) {
    const struct off_func* f = v->f;
    const struct off_ins* code = f->code;
    uint32_t n = f->ncode;
    int unchecked = 0;
    for (uint32_t pc = 0; pc < n; pc++)
        if (code[pc].op == OFF_LDU_U8 || code[pc].op == OFF_LDXU_F64 || code[pc].op == OFF_STXU_F64) unchecked = 1;
    if (!unchecked) return 0; /* the guards alone are ordinary branches */
    uint32_t* back = malloc((size_t)n * sizeof *back);    /* first loop instruction jumping back to pc */
    uint32_t* src_lo = malloc((size_t)n * sizeof *src_lo); /* lowest and highest jump to pc */
    uint32_t* src_hi = malloc((size_t)n * sizeof *src_hi);
    uint32_t* loop_of = malloc((size_t)n * sizeof *loop_of); /* g of the guarded body holding pc */
    int rc = 0;
    if (!back || !src_lo || !src_hi || !loop_of) {
        rc = bad(v, "out of memory");
        goto done;
    }
    for (uint32_t pc = 0; pc < n; pc++) back[pc] = src_lo[pc] = src_hi[pc] = loop_of[pc] = NONE;
    for (uint32_t pc = 0; pc < n; pc++) {
        const struct off_ins* in = &code[pc];
        const uint8_t* kind = off_op_table[in->op].kind;
        for (int k = 0; k < 3; k++) {
            if (kind[k] != OPK_J) continue;
            uint32_t t = k == 0 ? in->a : k == 1 ? in->b : in->c;
            if (src_lo[t] == NONE || pc < src_lo[t]) src_lo[t] = pc;
            if (src_hi[t] == NONE || pc > src_hi[t]) src_hi[t] = pc;
        }
        if ((in->op == OFF_LOOPNE_I || in->op == OFF_LOOPLT_I) && in->c <= pc && back[in->c] == NONE) back[in->c] = pc;
    }
    for (uint32_t g = 0; g < n; g++) {
        if (code[g].op != OFF_GUARD_I) continue;
        uint32_t i = code[g].a, lim = code[g].b, s = guards_end(code, n, g);
        if (s >= n || back[s] == NONE) continue;
        uint32_t e = back[s];
        if (code[e].a != i || code[e].b != lim) continue; /* not this counter: an ordinary branch */
        for (v->pc = s; v->pc < e; v->pc++) {
            const struct off_ins* in = &code[v->pc];
            if (writes(v->p, in, i) || writes(v->p, in, lim)) {
                rc = bad(v, "writes the counter or limit of the guarded loop at %u", g);
                goto done;
            }
            for (uint32_t q = g + 1; q < s; q++)
                if (writes(v->p, in, code[q].a)) {
                    rc = bad(v, "writes bytevector register %u, guarded by the loop at %u", code[q].a, g);
                    goto done;
                }
            loop_of[v->pc] = g;
        }
        for (uint32_t t = g + 1; t <= e; t++)
            if (src_lo[t] != NONE && (src_lo[t] < s || src_hi[t] > e)) {
                v->pc = src_lo[t] < s ? src_lo[t] : src_hi[t];
                rc = bad(v, "jumps to %u, inside the guarded loop at %u, from outside its body", t, g);
                goto done;
            }
        g = e; /* bodies do not nest */
    }
    for (v->pc = 0; v->pc < n; v->pc++) {
        const struct off_ins* in = &code[v->pc];
        uint32_t bv, idx;
        uint16_t guard;
        switch (in->op) {
        case OFF_LDU_U8: bv = in->b, idx = in->c, guard = OFF_GUARD_BV1; break;
        case OFF_LDXU_F64: bv = in->b, idx = in->c, guard = OFF_GUARD_BV8; break;
        case OFF_STXU_F64: bv = in->a, idx = in->b, guard = OFF_GUARD_BV8; break;
        default: continue;
        }
        uint32_t g = loop_of[v->pc];
        if (g == NONE) {
            rc = bad(v, "an unchecked access outside the body of a guarded loop");
            goto done;
        }
        if (idx != code[g].a) {
            rc = bad(v, "an unchecked access indexed by register %u, not by the counter of the guarded loop at %u", idx,
                     g);
            goto done;
        }
        int guarded = 0;
        for (uint32_t q = g + 1, s = guards_end(code, n, g); q < s; q++)
            if (code[q].op == guard && code[q].a == bv) guarded = 1;
        if (!guarded) {
            rc = bad(v, "an unchecked access to bytevector register %u, which the loop at %u does not guard for it", bv,
                     g);
            goto done;
        }
    }
done:
    free(back);
    free(src_lo);
    free(src_hi);
    free(loop_of);
    return rc;
}

/* Which imports an entry may reach: a walk over the call graph. */
static int compute_reach(struct yuni_program_impl* p, struct off_entry* e, char* err, size_t errlen) {
    uint8_t* seen = calloc(p->nfunc, 1);
    uint8_t* used = calloc(p->nimport ? p->nimport : 1, 1);
    uint32_t* stack = malloc((size_t)p->nfunc * sizeof *stack);
    int rc = 0;
    if (!seen || !used || !stack) {
        snprintf(err, errlen, "out of memory");
        rc = -1;
        goto done;
    }
    uint32_t top = 0, n = 0;
    stack[top++] = e->func;
    seen[e->func] = 1;
    while (top) {
        const struct off_func* f = &p->funcs[stack[--top]];
        for (uint32_t pc = 0; pc < f->ncode; pc++) {
            const struct off_ins* in = &f->code[pc];
            if ((in->op == OFF_CALL || in->op == OFF_TAILCALL) && !seen[in->a]) {
                seen[in->a] = 1;
                stack[top++] = in->a;
            } else if (in->op == OFF_CALLI && !used[in->a]) {
                used[in->a] = 1;
                n++;
            }
        }
    }
    e->reach = malloc((n ? n : 1) * sizeof *e->reach);
    if (!e->reach) {
        snprintf(err, errlen, "out of memory");
        rc = -1;
        goto done;
    }
    e->nreach = 0;
    for (uint32_t i = 0; i < p->nimport; i++)
        if (used[i]) e->reach[e->nreach++] = i;
    atomic_store(&e->ungranted, e->nreach);
done:
    free(seen);
    free(used);
    free(stack);
    return rc;
}

static int compute_clear(struct off_func* f, char* err, size_t errlen) {
    uint16_t n = 0;
    for (uint32_t r = f->sig.nslots; r < f->nregs; r++)
        if (f->regtypes[r] >= OFF_R_BV) n++;
    f->nclear = n;
    f->clear = malloc((n ? n : 1) * sizeof *f->clear);
    if (!f->clear) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    n = 0;
    for (uint32_t r = f->sig.nslots; r < f->nregs; r++)
        if (f->regtypes[r] >= OFF_R_BV) f->clear[n++] = (uint16_t)r;
    return 0;
}

int off_verify(struct yuni_program_impl* p, char* err, size_t errlen) {
    struct verifier v = {.p = p, .err = err, .errlen = errlen};
    for (uint32_t i = 0; i < p->nfunc; i++) {
        v.f = &p->funcs[i];
        if (check_function(&v) || compute_clear(&p->funcs[i], err, errlen)) return -1;
    }
    for (uint32_t i = 0; i < p->nentry; i++)
        if (compute_reach(p, &p->entries[i], err, errlen)) return -1;
    return 0;
}
