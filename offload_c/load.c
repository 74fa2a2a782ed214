/* Parse a bytecode container (layout in offload_impl.h) into a program.
 * Every length and index is checked against what is left of the blob before
 * it is used; the instructions themselves are checked by verify.c. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "offload_impl.h"

struct reader {
    const uint8_t* at;
    const uint8_t* end;
    const uint8_t* strings;
    uint32_t nstrings;
    char* err;
    size_t errlen;
    int failed;
};

static void fail(struct reader* r, const char* format, ...) __attribute__((format(printf, 2, 3)));
static void fail(struct reader* r, const char* format, ...) {
    if (r->failed) return;
    r->failed = 1;
    if (r->err && r->errlen) {
        va_list ap;
        va_start(ap, format);
        vsnprintf(r->err, r->errlen, format, ap);
        va_end(ap);
    }
}

static const uint8_t* take(struct reader* r, size_t n, const char* what) {
    if (r->failed) return NULL;
    if ((size_t)(r->end - r->at) < n) {
        fail(r, "bytecode truncated in %s", what);
        return NULL;
    }
    const uint8_t* p = r->at;
    r->at += n;
    return p;
}

static uint32_t u8(struct reader* r, const char* what) {
    const uint8_t* p = take(r, 1, what);
    return p ? p[0] : 0;
}
static uint32_t u16(struct reader* r, const char* what) {
    const uint8_t* p = take(r, 2, what);
    return p ? (uint32_t)p[0] | (uint32_t)p[1] << 8 : 0;
}
static uint32_t u32(struct reader* r, const char* what) {
    const uint8_t* p = take(r, 4, what);
    uint32_t v = 0;
    if (p) memcpy(&v, p, 4);
    return v;
}

/* A name: (offset u32, length u16) into the strings section, copied out
 * NUL-terminated.  Names may not contain NUL. */
static char* name(struct reader* r, const char* what) {
    uint32_t off = u32(r, what), len = u16(r, what);
    if (r->failed) return NULL;
    if (off > r->nstrings || len > r->nstrings - off) {
        fail(r, "%s: name outside the string section", what);
        return NULL;
    }
    if (memchr(r->strings + off, 0, len)) {
        fail(r, "%s: name contains a NUL byte", what);
        return NULL;
    }
    char* s = malloc((size_t)len + 1);
    if (!s) {
        fail(r, "out of memory");
        return NULL;
    }
    memcpy(s, r->strings + off, len);
    s[len] = 0;
    return s;
}

static int value_type_ok(uint32_t t, int allow_void, int allow_ref) {
    switch (t) {
    case OFF_V_VOID: return allow_void;
    case OFF_V_S64:
    case OFF_V_F64:
    case OFF_V_BOOL: return 1;
    case OFF_V_BV:
    case OFF_V_CHIME: return allow_ref;
    default: return 0;
    }
}

static void signature(struct reader* r, struct off_signature* sig, const char* what) {
    sig->result = (uint8_t)u8(r, what);
    sig->nparams = (uint8_t)u8(r, what);
    if (r->failed) return;
    if (!value_type_ok(sig->result, 1, 0)) fail(r, "%s: bad result type %u", what, sig->result);
    if (sig->nparams > OFF_MAX_PARAMS) fail(r, "%s: %u parameters (limit %d)", what, sig->nparams, OFF_MAX_PARAMS);
    unsigned slots = 0;
    for (unsigned i = 0; i < sig->nparams && !r->failed; i++) {
        sig->params[i] = (uint8_t)u8(r, what);
        if (!value_type_ok(sig->params[i], 0, 1)) fail(r, "%s: bad parameter type %u", what, sig->params[i]);
        slots += sig->params[i] == OFF_V_BV ? 2 : 1;
    }
    if (slots > 255) fail(r, "%s: parameters take too many slots", what);
    sig->nslots = (uint8_t)slots;
}

void off_free(struct yuni_program_impl* p) {
    if (!p) return;
    for (uint32_t i = 0; p->imports && i < p->nimport; i++) free((void*)p->imports[i].name);
    for (uint32_t i = 0; p->funcs && i < p->nfunc; i++) {
        free((void*)p->funcs[i].name);
        free((void*)p->funcs[i].regtypes);
        free((void*)p->funcs[i].code);
        free(p->funcs[i].clear);
        free(p->funcs[i].small_loops);
    }
    for (uint32_t i = 0; p->entries && i < p->nentry; i++) {
        free((void*)p->entries[i].name);
        free(p->entries[i].reach);
    }
    free(p->imports);
    free(p->funcs);
    free(p->entries);
    free((void*)p->consts);
    free((void*)p->debug);
    free((void*)p->file);
    free(p);
}

struct yuni_program_impl* off_load(const uint8_t* blob, size_t len, char* err, size_t errlen) {
    struct reader r = {.at = blob, .end = blob + len, .err = err, .errlen = errlen};
    if (len > OFF_MAX_BLOB) {
        fail(&r, "bytecode of %zu bytes exceeds the %u-byte limit", len, OFF_MAX_BLOB);
        return NULL;
    }
    const uint8_t* magic = take(&r, 4, "header");
    if (!magic || memcmp(magic, OFF_MAGIC, 4) != 0) {
        fail(&r, "not Offload bytecode (bad magic)");
        return NULL;
    }
    uint32_t version = u16(&r, "header"), flags = u16(&r, "header");
    if (!r.failed && version != OFF_VERSION) fail(&r, "bytecode version %u; this library reads version %d", version, OFF_VERSION);
    if (!r.failed && flags != 0) fail(&r, "unknown header flags 0x%x", flags);
    struct yuni_program_impl* p = calloc(1, sizeof *p);
    if (!p) {
        fail(&r, "out of memory");
        return NULL;
    }
    p->nconst = u32(&r, "header");
    p->nimport = u32(&r, "header");
    p->nfunc = u32(&r, "header");
    p->nentry = u32(&r, "header");
    r.nstrings = u32(&r, "header");
    p->ndebug = u32(&r, "header");
    if (r.failed) goto bad;
    if (p->nconst > OFF_MAX_CONSTS) fail(&r, "%u constants (limit %d)", p->nconst, OFF_MAX_CONSTS);
    if (p->nfunc == 0 || p->nfunc > OFF_MAX_FUNCS) fail(&r, "%u functions (must be 1..%d)", p->nfunc, OFF_MAX_FUNCS);
    if (p->nimport > OFF_MAX_FUNCS) fail(&r, "%u imports (limit %d)", p->nimport, OFF_MAX_FUNCS);
    if (p->nentry > OFF_MAX_FUNCS) fail(&r, "%u entries (limit %d)", p->nentry, OFF_MAX_FUNCS);
    /* Each record takes at least a few bytes, so counts larger than what is
     * left are malformed; checking first keeps calloc sizes bounded. */
    size_t left = (size_t)(r.end - r.at);
    if ((size_t)p->nconst * 8 > left || p->nimport > left || p->nfunc > left || p->nentry > left ||
        (size_t)p->ndebug * 16 > left)
        fail(&r, "bytecode truncated: counts exceed its size");
    if (r.failed) goto bad;

    uint64_t* consts = calloc(p->nconst ? p->nconst : 1, 8);
    p->consts = consts;
    p->imports = calloc(p->nimport ? p->nimport : 1, sizeof *p->imports);
    p->funcs = calloc(p->nfunc, sizeof *p->funcs);
    p->entries = calloc(p->nentry ? p->nentry : 1, sizeof *p->entries);
    if (!consts || !p->imports || !p->funcs || !p->entries) {
        fail(&r, "out of memory");
        goto bad;
    }
    const uint8_t* k = take(&r, (size_t)p->nconst * 8, "constants");
    if (k) memcpy(consts, k, (size_t)p->nconst * 8);
    r.strings = take(&r, r.nstrings, "strings");

    for (uint32_t i = 0; i < p->nimport && !r.failed; i++) {
        struct off_import* im = &p->imports[i];
        im->name = name(&r, "import");
        im->blocking = (uint8_t)u8(&r, "import");
        if (!r.failed && im->blocking > 1) fail(&r, "import %u: unknown flags", i);
        signature(&r, &im->sig, "import");
        for (uint32_t j = 0; j < i && !r.failed; j++)
            if (strcmp(p->imports[j].name, im->name) == 0) fail(&r, "import %s declared twice", im->name);
    }
    for (uint32_t i = 0; i < p->nfunc && !r.failed; i++) {
        struct off_func* f = &p->funcs[i];
        f->name = name(&r, "function");
        f->nregs = (uint16_t)u16(&r, "function");
        signature(&r, &f->sig, "function");
        if (r.failed) break;
        if (f->nregs > OFF_MAX_REGS || f->nregs < f->sig.nslots) {
            fail(&r, "function %s: %u registers (must hold its parameters, limit %d)", f->name, f->nregs, OFF_MAX_REGS);
            break;
        }
        const uint8_t* types = take(&r, f->nregs, "register types");
        uint8_t* copy = malloc(f->nregs ? f->nregs : 1);
        if (!copy) fail(&r, "out of memory");
        if (r.failed) {
            free(copy);
            break;
        }
        memcpy(copy, types, f->nregs);
        f->regtypes = copy;
        f->ncode = u32(&r, "function");
        if (!r.failed && (f->ncode == 0 || f->ncode > OFF_MAX_CODE))
            fail(&r, "function %s: %u instructions (must be 1..%d)", f->name, f->ncode, OFF_MAX_CODE);
        const uint8_t* code = take(&r, (size_t)f->ncode * 8, "code");
        if (r.failed) break;
        struct off_ins* ins = malloc((size_t)f->ncode * sizeof *ins);
        if (!ins) {
            fail(&r, "out of memory");
            break;
        }
        for (uint32_t k = 0; k < f->ncode; k++) {
            const uint8_t* b = code + (size_t)k * 8; /* little-endian uint16s */
            ins[k] = (struct off_ins){NULL, (uint16_t)(b[0] | b[1] << 8), (uint16_t)(b[2] | b[3] << 8),
                                      (uint16_t)(b[4] | b[5] << 8), (uint16_t)(b[6] | b[7] << 8)};
        }
        f->code = ins;
    }
    for (uint32_t i = 0; i < p->nentry && !r.failed; i++) {
        struct off_entry* e = &p->entries[i];
        e->name = name(&r, "entry");
        e->func = u32(&r, "entry");
        e->realtime = (uint8_t)u8(&r, "entry");
        e->effects = (uint8_t)u8(&r, "entry");
        e->program = p;
        if (r.failed) break;
        if (e->func >= p->nfunc) fail(&r, "entry %s: function %u does not exist", e->name, e->func);
        if (e->realtime > 1) fail(&r, "entry %s: unknown flags", e->name);
        for (uint32_t j = 0; j < i && !r.failed; j++)
            if (strcmp(p->entries[j].name, e->name) == 0) fail(&r, "entry %s defined twice", e->name);
    }
    p->file = name(&r, "debug file");
    if (!r.failed) {
        struct off_debug* d = calloc(p->ndebug ? p->ndebug : 1, sizeof *d);
        p->debug = d;
        if (!d) fail(&r, "out of memory");
        for (uint32_t i = 0; i < p->ndebug && !r.failed; i++) {
            d[i].func = u32(&r, "debug");
            d[i].pc = u32(&r, "debug");
            d[i].line = u32(&r, "debug");
            d[i].column = u32(&r, "debug");
            if (r.failed) break;
            if (d[i].func >= p->nfunc || d[i].pc >= p->funcs[d[i].func].ncode)
                fail(&r, "debug record %u points outside the code", i);
            else if (i && (d[i].func < d[i - 1].func || (d[i].func == d[i - 1].func && d[i].pc < d[i - 1].pc)))
                fail(&r, "debug records are not sorted");
        }
    }
    if (!r.failed && r.at != r.end) fail(&r, "%zu bytes of garbage after the bytecode", (size_t)(r.end - r.at));
    if (r.failed) goto bad;
    return p;
bad:
    off_free(p);
    return NULL;
}
