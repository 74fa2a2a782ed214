/* The checked-handle table (see core.h). */
#include <pthread.h>
#include <stdatomic.h>

#include "core.h"

#define SLOTS YUNI__HANDLE_SLOTS
#define TYPE_SHIFT YUNI__HANDLE_TYPE_SHIFT
#define GEN_SHIFT YUNI__HANDLE_GEN_SHIFT

/* A slot's tag is (generation << 4 | type) while live, 0 while free; the
 * generation never repeats for a slot before 2^44 reuses. */
struct yuni__handle_slot yuni__handle_slots[SLOTS];
#define slots yuni__handle_slots

static pthread_mutex_t slots_lock = PTHREAD_MUTEX_INITIALIZER;
static uint32_t free_head;  /* 1-based index into slots, 0 = none */
static uint32_t next_fresh; /* slots[0] is never used: handle 0 means NULL */

static uintptr_t encode(uint32_t index, uint64_t tag) {
    return (uintptr_t)((tag >> 4) << GEN_SHIFT) | (uintptr_t)((tag & 15) << TYPE_SHIFT) | index;
}

uintptr_t yuni__handle_new(enum yuni_handle_type type, void* object) {
    uint32_t index;
    uint64_t tag;
    pthread_mutex_lock(&slots_lock);
    if (free_head) {
        index = free_head;
        free_head = slots[index].next_free;
    } else if (next_fresh + 1 < SLOTS) {
        index = ++next_fresh;
    } else {
        pthread_mutex_unlock(&slots_lock);
        return 0;
    }
    slots[index].generation++;
    tag = slots[index].generation << 4 | (uint64_t)type;
    atomic_store_explicit(&slots[index].object, object, memory_order_relaxed);
    atomic_store_explicit(&slots[index].tag, tag, memory_order_release);
    pthread_mutex_unlock(&slots_lock);
    return encode(index, tag);
}

static struct yuni__handle_slot* find(uintptr_t handle, enum yuni_handle_type type, uint64_t* tag) {
    uint32_t index = (uint32_t)(handle & (SLOTS - 1));
    uint64_t want = ((uint64_t)handle >> GEN_SHIFT) << 4 | (uint64_t)type;
    if (index == 0 || ((handle >> TYPE_SHIFT) & 15) != (uintptr_t)type) return NULL;
    if (atomic_load_explicit(&slots[index].tag, memory_order_acquire) != want) return NULL;
    *tag = want;
    return &slots[index];
}

void* yuni__handle_retire(uintptr_t handle, enum yuni_handle_type type) {
    uint64_t tag;
    struct yuni__handle_slot* s = find(handle, type, &tag);
    void* object;
    if (!s) return NULL;
    /* Only the thread whose CAS clears the tag owns the retirement. */
    if (!atomic_compare_exchange_strong_explicit(&s->tag, &tag, 0, memory_order_acq_rel,
                                                 memory_order_relaxed))
        return NULL;
    object = atomic_load_explicit(&s->object, memory_order_relaxed);
    pthread_mutex_lock(&slots_lock);
    s->next_free = free_head;
    free_head = (uint32_t)(s - slots);
    pthread_mutex_unlock(&slots_lock);
    return object;
}
