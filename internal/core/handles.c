/* The checked-handle table and the lifetime rule every handle type follows
 * (core.h states the rule; docs/design.md, "Lifetimes", explains it).
 *
 * Invariants:
 *   - A slot's tag is generation << 4 | type while its handle is live, 0
 *     from the retire that won until the slot is reused; the generation
 *     never repeats for a slot before 2^44 reuses.
 *   - A slot is on the free list only after its retirer saw its user count
 *     at 0 with the tag already 0: nobody who entered through the old
 *     handle is still inside.  A stale caller may still increment the count
 *     of a reused slot for a moment; it then sees the new tag and leaves.
 *   - The free list is first in, first out. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <time.h>

#include "core.h"

#define SLOTS YUNI__HANDLE_SLOTS
#define TYPE_SHIFT YUNI__HANDLE_TYPE_SHIFT
#define GEN_SHIFT YUNI__HANDLE_GEN_SHIFT

_Static_assert(sizeof(struct yuni__handle_slot) == 64, "a slot is one cache line");
#ifdef YUNI_TRANSPILED
struct yuni__handle_slot yuni__handle_slots[SLOTS]; /* the translator takes no alignment above 16 */
#else
struct yuni__handle_slot yuni__handle_slots[SLOTS] __attribute__((aligned(64)));
#endif
#define slots yuni__handle_slots

static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t free_head, free_tail; /* indices, 0 = none */
static uint32_t next_fresh;           /* slots[0] is never used: handle 0 means NULL */

__thread struct yuni__inside yuni__inside_tls __attribute__((tls_model("initial-exec")));

static uintptr_t encode(uint32_t index, uint64_t tag) {
    return (uintptr_t)((tag >> 4) << GEN_SHIFT) | (uintptr_t)((tag & 15) << TYPE_SHIFT) | index;
}

uintptr_t yuni__handle_new(enum yuni_handle_type type, void* object) {
    uint32_t index;
    uint64_t tag;
    pthread_mutex_lock(&slots_lock);
    if (next_fresh + 1 < SLOTS) {
        /* Fresh slots first: a freed slot waits as long as it can. */
        index = ++next_fresh;
    } else if (free_head) {
        index = free_head;
        free_head = slots[index].next_free;
        if (!free_head) free_tail = 0;
    } else {
        pthread_mutex_unlock(&slots_lock);
        return 0;
    }
    slots[index].generation++;
    tag = slots[index].generation << 4 | (uint64_t)type;
    /* Release, so a yuni__handle_peek that reads this object also sees the
     * old tag gone. */
    atomic_store_explicit(&slots[index].object, object, memory_order_release);
    atomic_store_explicit(&slots[index].tag, tag, memory_order_release);
    pthread_mutex_unlock(&slots_lock);
    return encode(index, tag);
}

void* yuni__handle_retire_begin(uintptr_t handle, enum yuni_handle_type type) {
    uint64_t want;
    struct yuni__handle_slot* s = yuni__handle_slot_of(handle, type, &want);
    if (!s) return NULL;
    /* Only the thread whose CAS clears the tag owns the retirement. */
    if (!atomic_compare_exchange_strong_explicit(&s->tag, &want, 0, memory_order_seq_cst,
                                                 memory_order_relaxed))
        return NULL;
    return atomic_load_explicit(&s->object, memory_order_relaxed);
}

/* Back off while callers finish: a destroy is a control-plane call, and the
 * callers it waits for are leaving (step 3 woke the blocked ones), so a
 * short spin and then sleeps that grow to 1 ms cost less than a futex pair on
 * every leave would. */
static void wait_for_users(struct yuni__handle_slot* s) {
    long sleep_ns = 1000;
    for (int spins = 0; atomic_load_explicit(&s->users, memory_order_seq_cst) != 0; spins++) {
        if (spins < 64) {
            sched_yield();
        } else {
            struct timespec ts = {0, sleep_ns};
            nanosleep(&ts, NULL);
            if (sleep_ns < 1000000) sleep_ns *= 2;
        }
    }
}

void yuni__handle_retire_wait(uintptr_t handle) {
    uint32_t index = (uint32_t)(handle & (SLOTS - 1));
    struct yuni__handle_slot* s = &slots[index];
    wait_for_users(s);
    atomic_store_explicit(&s->object, NULL, memory_order_relaxed);
    pthread_mutex_lock(&slots_lock);
    s->next_free = 0;
    if (free_tail)
        slots[free_tail].next_free = index;
    else
        free_head = index;
    free_tail = index;
    pthread_mutex_unlock(&slots_lock);
}

void* yuni__handle_retire(uintptr_t handle, enum yuni_handle_type type) {
    void* object = yuni__handle_retire_begin(handle, type);
    if (object) yuni__handle_retire_wait(handle);
    return object;
}

/* ---- the thread's record of what it is inside ----
 * Touched only by yuni__handle_enter/leave on the thread itself, never from
 * a signal handler (borrow, the async-signal-safe path, keeps no record). */

void yuni__inside_push(uintptr_t handle) {
    struct yuni__inside* t = &yuni__inside_tls;
    uint32_t hole = YUNI__INSIDE_MAX;
    for (uint32_t i = 0; i < t->n; i++) {
        if (t->handle[i] == handle) {
            t->depth[i]++;
            return;
        }
        if (t->depth[i] == 0 && hole == YUNI__INSIDE_MAX) hole = i;
    }
    if (hole == YUNI__INSIDE_MAX && t->n < YUNI__INSIDE_MAX) hole = t->n++;
    if (hole == YUNI__INSIDE_MAX) {
        t->overflow++;
        return;
    }
    t->handle[hole] = handle;
    t->depth[hole] = 1;
}

void yuni__inside_pop(uintptr_t handle) {
    struct yuni__inside* t = &yuni__inside_tls;
    for (uint32_t i = 0; i < t->n; i++) {
        if (t->handle[i] == handle && t->depth[i] > 0) {
            if (--t->depth[i] == 0) {
                t->handle[i] = 0;
                while (t->n > 0 && t->depth[t->n - 1] == 0) t->n--;
            }
            return;
        }
    }
    if (t->overflow > 0) t->overflow--;
}

uint32_t yuni__handle_depth(uintptr_t handle) {
    struct yuni__inside* t = &yuni__inside_tls;
    for (uint32_t i = 0; i < t->n; i++)
        if (t->handle[i] == handle) return t->depth[i];
    return t->overflow > 0 ? 1 : 0;
}
