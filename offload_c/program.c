/* The Offload ABI: compile or load a program, grant imports, hand out
 * entries as NCCC callables, set a budget, destroy.
 *
 * Lifetimes (core.h): every call here borrows the program; an entry call
 * (interp.c) enters its entry, since imports run host code.  Destroy:
 * refuse when the caller is inside one of the program's entries (an import
 * destroying its own program) or offload threads run it, decided with a
 * thread start in one CAS on `threads`; retire the program and its entries;
 * set `interrupt`, so running entries trap YUNI_TRAP_INTERRUPTED at their
 * next check (an import in progress returns first); wait until no caller is
 * inside; free. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "offload_impl.h"

/* Defined by offload_c/compile.go in the library; absent (NULL) in the
 * C-only sanitizer build. */
extern void* yunigo_offload_compile(char* name, char* src, size_t len, size_t* out_len, char* err, size_t errlen)
    __attribute__((weak));

void* (*yuni__offload_compiler)(const char* name, const char* src, size_t len, size_t* out_len, char* err,
                                size_t errlen);
void yuni__offload_set_compiler(void* (*compile)(const char* name, const char* src, size_t len, size_t* out_len,
                                                 char* err, size_t errlen)) {
    yuni__offload_compiler = compile;
}

static struct yuni_program_impl* program_borrow(yuni_program* program) {
    return yuni__handle_borrow((uintptr_t)program, YUNI_HANDLE_PROGRAM);
}
static void program_return(yuni_program* program) { yuni__handle_return((uintptr_t)program); }

static void copy_error(char* err, size_t errlen, const char* text) {
    if (err && errlen) snprintf(err, errlen, "%s", text);
}

/* Retire the entries' handles (those registered); wait for the calls
 * inside them when `wait`. */
static void unregister(struct yuni_program_impl* p, int wait) {
    for (uint32_t i = 0; i < p->nentry; i++)
        if (p->entries[i].handle) yuni__handle_retire_begin(p->entries[i].handle, YUNI_HANDLE_ENTRY);
    for (uint32_t i = 0; wait && i < p->nentry; i++)
        if (p->entries[i].handle) yuni__handle_retire_wait(p->entries[i].handle);
}

static int64_t count_of(yuni_program* program, uint32_t which) {
    struct yuni_program_impl* p = program_borrow(program);
    int64_t n;
    if (!p) return -1;
    n = which == 0 ? p->nfused : which == 1 ? p->nmac_loops : p->nsmall_loops;
    program_return(program);
    return n;
}
int64_t yuni__offload_fused_count(yuni_program* program) { return count_of(program, 0); }
int64_t yuni__offload_mac_loop_count(yuni_program* program) { return count_of(program, 1); }
int64_t yuni__offload_small_loop_count(yuni_program* program) { return count_of(program, 2); }

int32_t yuni__program_pin(struct yuni_program_impl* p, int delta) {
    if (delta < 0) {
        atomic_fetch_sub(&p->threads, 1);
        return YUNI_OK;
    }
    uint32_t w = atomic_load(&p->threads);
    do {
        if (w & PROGRAM_DYING) return YUNI_EBADHANDLE;
    } while (!atomic_compare_exchange_weak(&p->threads, &w, w + 1));
    return YUNI_OK;
}

int32_t yuni_offload_load(const void* code, size_t len, yuni_program** out, char* err, size_t errlen) {
    char text[512] = "";
    if (!code || !out) {
        copy_error(err, errlen, "yuni_offload_load: code or out is NULL");
        return yuni__fail(YUNI_EINVAL, "yuni_offload_load: code or out is NULL");
    }
    *out = NULL;
    struct yuni_program_impl* p = off_load(code, len, text, sizeof text);
    if (!p || off_verify(p, text, sizeof text)) {
        off_free(p);
        copy_error(err, errlen, text);
        return yuni__fail(YUNI_ECOMPILE, "%s", text);
    }
    p->nfused = off_thread_code(p);
    for (uint32_t i = 0; i < p->nentry; i++) {
        p->entries[i].handle = yuni__handle_new(YUNI_HANDLE_ENTRY, &p->entries[i]);
        if (!p->entries[i].handle) goto full;
    }
    p->handle = yuni__handle_new(YUNI_HANDLE_PROGRAM, p);
    if (!p->handle) goto full;
    *out = (yuni_program*)p->handle;
    copy_error(err, errlen, "");
    return YUNI_OK;
full:
    unregister(p, 1);
    off_free(p);
    copy_error(err, errlen, "the handle table is full");
    return yuni__fail(YUNI_ENOMEM, "yuni_offload_load: the handle table is full");
}

int32_t yuni_offload_compile(const char* src, size_t len, yuni_program** out, char* err, size_t errlen) {
    return yuni_offload_compile_named(NULL, src, len, out, err, errlen);
}

int32_t yuni_offload_compile_named(const char* name, const char* src, size_t len, yuni_program** out, char* err,
                                   size_t errlen) {
    char text[1024] = "";
    if ((!src && len) || !out) {
        copy_error(err, errlen, "yuni_offload_compile: src or out is NULL");
        return yuni__fail(YUNI_EINVAL, "yuni_offload_compile: src or out is NULL");
    }
    if (!name || !*name) name = "source";
    *out = NULL;
    if (!yuni__offload_compiler && yunigo_offload_compile)
        /* The host called before Go's package initialization ran (it runs
         * on its own thread when the library loads); calling the Go export
         * directly waits for it. */
        yuni__offload_compiler =
            (void* (*)(const char*, const char*, size_t, size_t*, char*, size_t))yunigo_offload_compile;
    if (!yuni__offload_compiler) {
        copy_error(err, errlen, "the Offload compiler is not linked into this build");
        return yuni__fail(YUNI_ESTATE, "the Offload compiler is not linked into this build");
    }
    size_t blob_len = 0;
    void* blob;
    YUNI__IN_GO(blob = yuni__offload_compiler(name, src ? src : "", len, &blob_len, text, sizeof text));
    if (!blob) {
        copy_error(err, errlen, text);
        return yuni__fail(YUNI_ECOMPILE, "%s", text);
    }
    int32_t rc = yuni_offload_load(blob, blob_len, out, err, errlen);
    free(blob);
    return rc;
}

int32_t yuni_offload_destroy(yuni_program* program) {
    static const char who[] = "yuni_offload_destroy";
    struct yuni_program_impl* p = program_borrow(program);
    uint32_t threads = 0;
    if (!p) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live program", who);
    for (uint32_t i = 0; i < p->nentry; i++) {
        if (yuni__handle_depth(p->entries[i].handle)) {
            program_return(program);
            return yuni__fail(YUNI_EBUSY, "%s: called from inside the program's entry %s", who, p->entries[i].name);
        }
    }
    /* Step 1 and the decision in one CAS: no threads, and no other destroy. */
    int won = atomic_compare_exchange_strong(&p->threads, &threads, PROGRAM_DYING);
    program_return(program);
    if (!won && (threads & PROGRAM_DYING)) return yuni__fail(YUNI_EBADHANDLE, "%s: destroyed concurrently", who);
    if (!won)
        return yuni__fail(YUNI_EBUSY, "%s: %u offload threads run this program; stop them first", who, threads);
    yuni__handle_retire_begin((uintptr_t)program, YUNI_HANDLE_PROGRAM);
    unregister(p, 0);
    atomic_store(&p->interrupt, 1);
    unregister(p, 1);
    yuni__handle_retire_wait((uintptr_t)program);
    off_free(p);
    return YUNI_OK;
}

static int32_t grant_in(struct yuni_program_impl* p, const char* name, nccc_call_t fn) {
    if (!name || !fn) return yuni__fail(YUNI_EINVAL, "yuni_offload_grant: name or fn is NULL");
    uint32_t i;
    for (i = 0; i < p->nimport; i++)
        if (strcmp(p->imports[i].name, name) == 0) break;
    if (i == p->nimport) return yuni__fail(YUNI_ENOSYM, "yuni_offload_grant: the program has no import %s", name);
    nccc_call_t was = atomic_exchange(&p->imports[i].fn, fn);
    if (was) return YUNI_OK;
    /* First grant of this import: every entry that reaches it has one fewer
     * missing.  Release order, so an entry that sees 0 sees every fn. */
    for (uint32_t e = 0; e < p->nentry; e++)
        for (uint32_t k = 0; k < p->entries[e].nreach; k++)
            if (p->entries[e].reach[k] == i) atomic_fetch_sub_explicit(&p->entries[e].ungranted, 1, memory_order_release);
    return YUNI_OK;
}

static int32_t entry_in(struct yuni_program_impl* p, const char* name, nccc_call_t* dispatch, void** ctx) {
    if (!name || !dispatch || !ctx) return yuni__fail(YUNI_EINVAL, "yuni_offload_entry: NULL argument");
    for (uint32_t i = 0; i < p->nentry; i++) {
        if (strcmp(p->entries[i].name, name) == 0) {
            *dispatch = off_dispatch;
            *ctx = (void*)p->entries[i].handle;
            return YUNI_OK;
        }
    }
    return yuni__fail(YUNI_ENOSYM, "yuni_offload_entry: the program has no entry %s", name);
}

static int32_t set_budget_in(struct yuni_program_impl* p, uint64_t steps) {
    atomic_store_explicit(&p->budget, steps, memory_order_relaxed);
    return YUNI_OK;
}

static int32_t count_in(struct yuni_program_impl* p, int32_t kind) {
    if (kind == YUNI_OFFLOAD_ENTRIES) return (int32_t)p->nentry;
    if (kind == YUNI_OFFLOAD_IMPORTS) return (int32_t)p->nimport;
    return yuni__fail(YUNI_EINVAL, "yuni_offload_count: kind %d is neither entries nor imports", kind);
}

/* The OFF_V_* codes are the ABI's YUNI_OFFLOAD_* codes. */
_Static_assert(OFF_V_VOID == YUNI_OFFLOAD_VOID && OFF_V_S64 == YUNI_OFFLOAD_S64 && OFF_V_F64 == YUNI_OFFLOAD_F64 &&
                   OFF_V_BOOL == YUNI_OFFLOAD_BOOLEAN && OFF_V_BV == YUNI_OFFLOAD_BYTEVECTOR &&
                   OFF_V_CHIME == YUNI_OFFLOAD_CHIME && OFF_MAX_PARAMS == YUNI_OFFLOAD_MAX_PARAMS,
               "value type codes");

static int32_t signature_in(struct yuni_program_impl* p, int32_t kind, int32_t index, yuni_offload_signature* out) {
    if (!out || (kind != YUNI_OFFLOAD_ENTRIES && kind != YUNI_OFFLOAD_IMPORTS))
        return yuni__fail(YUNI_EINVAL, "yuni_offload_signature_of: NULL out or unknown kind %d", kind);
    uint32_t n = kind == YUNI_OFFLOAD_ENTRIES ? p->nentry : p->nimport;
    if (index < 0 || (uint32_t)index >= n)
        return yuni__fail(YUNI_ERANGE, "yuni_offload_signature_of: index %d outside 0..%u", index, n);
    const struct off_signature* sig;
    memset(out, 0, sizeof *out);
    if (kind == YUNI_OFFLOAD_ENTRIES) {
        const struct off_entry* e = &p->entries[index];
        out->name = e->name;
        out->flags = (e->realtime ? YUNI_OFFLOAD_SIG_REALTIME : 0) | (e->nreach ? YUNI_OFFLOAD_SIG_REACHES_IMPORTS : 0);
        sig = &p->funcs[e->func].sig;
    } else {
        const struct off_import* im = &p->imports[index];
        out->name = im->name;
        out->flags = (im->blocking ? YUNI_OFFLOAD_SIG_BLOCKING : 0) |
                     (atomic_load_explicit(&im->fn, memory_order_relaxed) ? YUNI_OFFLOAD_SIG_GRANTED : 0);
        sig = &im->sig;
    }
    out->result = sig->result;
    out->nparams = sig->nparams;
    out->nslots = sig->nslots;
    memcpy(out->params, sig->params, sig->nparams);
    return YUNI_OK;
}

/* ---- the calls: each borrows the program around its body ---- */

#define BORROWED(call, body)                                              \
    struct yuni_program_impl* p = program_borrow(program);               \
    int32_t st;                                                           \
    if (!p) return yuni__fail(YUNI_EBADHANDLE, call ": not a live program"); \
    st = body;                                                            \
    program_return(program);                                              \
    return st

int32_t yuni_offload_grant(yuni_program* program, const char* name, nccc_call_t fn) {
    BORROWED("yuni_offload_grant", grant_in(p, name, fn));
}
int32_t yuni_offload_entry(yuni_program* program, const char* name, nccc_call_t* dispatch, void** ctx) {
    BORROWED("yuni_offload_entry", entry_in(p, name, dispatch, ctx));
}
int32_t yuni_offload_set_budget(yuni_program* program, uint64_t steps) {
    BORROWED("yuni_offload_set_budget", set_budget_in(p, steps));
}
int32_t yuni_offload_count(yuni_program* program, int32_t kind) { BORROWED("yuni_offload_count", count_in(p, kind)); }
int32_t yuni_offload_signature_of(yuni_program* program, int32_t kind, int32_t index, yuni_offload_signature* out) {
    BORROWED("yuni_offload_signature_of", signature_in(p, kind, index, out));
}
