/* Internal C core shared by every subsystem (capi, offload_c, owner, queue):
 * error detail and checked handles. Nothing here is exported from the .so
 * (the version script hides every name not declared in nccc.h). */
#ifndef YUNI_CORE_H
#define YUNI_CORE_H

#include <stdatomic.h>
#include <stdint.h>

#include "nccc.h"

/* ---- errors (errors.c) ---- */

/* Set the calling thread's yuni_error_detail() text; NULL clears it. */
void yuni__set_error_detail(const char* text);
/* Set the detail with printf formatting and return `status`. */
int32_t yuni__fail(int32_t status, const char* format, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- signals (signals.c) ----
 *
 * The library leaves the host's signals alone (the protocol is at the head
 * of signals.c).  Every thread the library starts is started here, with
 * the host's signals blocked from its first instruction; a call from a
 * host thread into Go is bracketed by go_enter/go_leave, which put back the
 * mask Go's runtime would otherwise keep changed. */
#ifdef YUNI_TRANSPILED /* the CGO-free build: no threads, and Go calls Go */
#define YUNI__IN_GO(statement) statement
#else
#include <pthread.h>
#include <signal.h>
int yuni__thread_create(pthread_t* thread, const pthread_attr_t* attr, void* (*start)(void*), void* arg);
void yuni__go_enter(sigset_t* saved);
void yuni__go_leave(const sigset_t* saved);
#define YUNI__IN_GO(statement)            \
    do {                                  \
        sigset_t yuni__mask_;             \
        yuni__go_enter(&yuni__mask_);     \
        statement;                        \
        yuni__go_leave(&yuni__mask_);     \
    } while (0)
#endif

/* ---- handles and lifetimes (handles.c) ----
 *
 * A handle is an opaque word, not a pointer: slot index, object type and the
 * slot's generation.  Destroying an object bumps the generation, so a stale,
 * forged or wrong-type handle is refused (YUNI_EBADHANDLE) without touching
 * freed memory.
 *
 * The lifetime rule, the same for every handle type (docs/design.md,
 * "Lifetimes"):
 *
 *   Use.  A call that uses an object gets it by entering its handle and
 *   leaves when it is done with it.  While any caller is inside, the slot is
 *   not recycled, so the object the lookup returned is the object of that
 *   handle for as long as the caller is inside: a lookup never has to be
 *   re-checked against a recycled slot.
 *     yuni__handle_enter/leave     for calls that may run host code while
 *                                  inside (imports, callbacks, waits on a
 *                                  host's function): the thread's record of
 *                                  what it is inside lets a destroy from
 *                                  inside refuse instead of waiting for
 *                                  itself (yuni__handle_depth).
 *     yuni__handle_borrow/return   for calls that run no host code while
 *                                  inside: no record, async-signal-safe (a
 *                                  chime ring).
 *   Destroy.
 *     1. Refuse, changing nothing, what must be refused: the caller is itself
 *        inside (yuni__handle_depth > 0 after its own enter is left), or
 *        dependents exist (YUNI_EBUSY).  The checks and step 2 happen under
 *        the object's own lock, and every call that adds a dependent
 *        re-checks, under that lock, that the object is not retired.
 *     2. Retire (yuni__handle_retire_begin): the tag dies, so no new call can
 *        enter; of racing destroys exactly one gets the object, the others
 *        get NULL (YUNI_EBADHANDLE).
 *     3. Make every caller blocked inside return (wake a wait, interrupt a
 *        running entry); they see the object retired and answer
 *        YUNI_EBADHANDLE (or what their call documents).
 *     4. Wait until no caller is inside (yuni__handle_retire_wait), which
 *        also frees the slot; only then reset the object and recycle or
 *        free its memory.
 *   Slots are reused first in, first out, so a handle's slot is taken by
 *   another object only after every other free slot has been.
 *
 * Ordering.  enter/borrow increment the slot's user count, then re-load the
 * tag; retire clears the tag, then loads the user count; all four are
 * sequentially consistent, so either the caller sees the tag gone (and
 * leaves at once) or the retirer sees the caller (and waits for it). */
enum yuni_handle_type {
    YUNI_HANDLE_HEAP = 1,
    YUNI_HANDLE_VM = 2,
    YUNI_HANDLE_QUEUE = 3,
    YUNI_HANDLE_CHIME = 4,
    YUNI_HANDLE_SOURCE = 5,
    YUNI_HANDLE_CHANNEL = 6,
    YUNI_HANDLE_PROGRAM = 7,
    YUNI_HANDLE_ENTRY = 8,
    YUNI_HANDLE_THREAD = 9,
    YUNI_HANDLE_LEGACY = 10,
    /* A heap made with YUNI_HEAP_UNSYNCHRONIZED: its caller guarantees one
     * thread at a time, destroy included, so its calls only peek. */
    YUNI_HANDLE_HEAP_UNSYNC = 11,
    YUNI_HANDLE_TYPE_MAX = 15
};

/* Register `object`; returns the handle, or 0 when the table is full. */
uintptr_t yuni__handle_new(enum yuni_handle_type type, void* object);

/* Step 2 of a destroy: kill the tag.  Returns the object, or NULL if the
 * handle was not live (or another destroy won).  Callers already inside stay
 * inside until they leave. */
void* yuni__handle_retire_begin(uintptr_t handle, enum yuni_handle_type type);
/* Step 4: wait until no caller is inside `handle` (retired by this thread's
 * yuni__handle_retire_begin), then free the slot.  The caller must not be
 * inside it itself. */
void yuni__handle_retire_wait(uintptr_t handle);
/* Both steps, for objects with nothing to wake in between. */
void* yuni__handle_retire(uintptr_t handle, enum yuni_handle_type type);

/* How many times the calling thread is inside `handle` through
 * yuni__handle_enter (a destroy refuses when this is not 0). */
uint32_t yuni__handle_depth(uintptr_t handle);

/* handle = generation << 20 | type << 16 | slot index.  A live slot's tag is
 * generation << 4 | type; a free or retired slot's is 0. */
#define YUNI__HANDLE_SLOT_BITS 16
#define YUNI__HANDLE_SLOTS (1u << YUNI__HANDLE_SLOT_BITS)
#define YUNI__HANDLE_TYPE_SHIFT 16
#define YUNI__HANDLE_GEN_SHIFT 20
/* A cache line each: callers of different objects do not share the line
 * their user counts sit on. */
struct yuni__handle_slot {
    _Atomic uint64_t tag;
    void* _Atomic object;
    _Atomic uint32_t users;  /* callers inside */
    uint32_t next_free;      /* free list (under the table's lock) */
    uint64_t generation;     /* under the table's lock */
    char pad[32];            /* to 64 bytes (the table is 64-byte aligned) */
};
extern struct yuni__handle_slot yuni__handle_slots[YUNI__HANDLE_SLOTS];

/* The thread's record of the handles it entered (not borrowed): initial-exec
 * TLS, so reading it is one %fs-relative load even in a shared object.  A
 * thread inside more than YUNI__INSIDE_MAX handles at once counts the rest
 * in `overflow`; yuni__handle_depth then answers 1 for a handle it cannot
 * find, so a destroy refuses rather than wait for itself. */
#define YUNI__INSIDE_MAX 8
struct yuni__inside {
    uintptr_t handle[YUNI__INSIDE_MAX];
    uint32_t depth[YUNI__INSIDE_MAX];
    uint32_t n, overflow;
};
extern __thread struct yuni__inside yuni__inside_tls __attribute__((tls_model("initial-exec")));
void yuni__inside_push(uintptr_t handle);
void yuni__inside_pop(uintptr_t handle);

static inline struct yuni__handle_slot* yuni__handle_slot_of(uintptr_t handle, enum yuni_handle_type type,
                                                              uint64_t* want) {
    uint32_t index = (uint32_t)(handle & (YUNI__HANDLE_SLOTS - 1));
    if (index == 0 || ((handle >> YUNI__HANDLE_TYPE_SHIFT) & 15) != (uintptr_t)type) return NULL;
    *want = ((uint64_t)handle >> YUNI__HANDLE_GEN_SHIFT) << 4 | (uint64_t)type;
    return &yuni__handle_slots[index];
}

/* Borrow the object behind `handle` (live and of `type`), or NULL.  The
 * object stays the handle's until yuni__handle_return.  No host code may run
 * in between.  Async-signal-safe; inline, since it is on every fast path. */
static inline void* yuni__handle_borrow(uintptr_t handle, enum yuni_handle_type type) {
    uint64_t want;
    struct yuni__handle_slot* s = yuni__handle_slot_of(handle, type, &want);
    if (!s || atomic_load_explicit(&s->tag, memory_order_relaxed) != want) return NULL;
    atomic_fetch_add_explicit(&s->users, 1, memory_order_seq_cst);
    if (atomic_load_explicit(&s->tag, memory_order_seq_cst) != want) {
        atomic_fetch_sub_explicit(&s->users, 1, memory_order_release);
        return NULL;
    }
    return atomic_load_explicit(&s->object, memory_order_relaxed);
}

static inline void yuni__handle_return(uintptr_t handle) {
    atomic_fetch_sub_explicit(&yuni__handle_slots[handle & (YUNI__HANDLE_SLOTS - 1)].users, 1,
                              memory_order_release);
}

/* Enter `handle` (live and of `type`): the object, or NULL.  As borrow, and
 * the thread records that it is inside, so host code it runs meanwhile may
 * call a destroy of the same handle and be refused instead of deadlocking. */
static inline void* yuni__handle_enter(uintptr_t handle, enum yuni_handle_type type) {
    void* object = yuni__handle_borrow(handle, type);
    if (object) yuni__inside_push(handle);
    return object;
}

static inline void yuni__handle_leave(uintptr_t handle) {
    yuni__inside_pop(handle);
    yuni__handle_return(handle);
}

/* The object behind `handle` if it is live and of `type`, else NULL, without
 * entering: the object may be retired at any moment after.  Only for memory
 * that is never freed (VMs, queues and their chimes are recycled in place),
 * whose user re-checks the object's own state, and for objects whose caller
 * guarantees by contract that no destroy runs meanwhile (unsynchronized
 * heaps). */
static inline void* yuni__handle_peek(uintptr_t handle, enum yuni_handle_type type) {
    uint64_t want;
    void* object;
    struct yuni__handle_slot* s = yuni__handle_slot_of(handle, type, &want);
    if (!s || atomic_load_explicit(&s->tag, memory_order_acquire) != want) return NULL;
    object = atomic_load_explicit(&s->object, memory_order_acquire);
    /* Re-check: the slot may have been recycled between the two loads. */
    if (atomic_load_explicit(&s->tag, memory_order_acquire) != want) return NULL;
    return object;
}
#endif
