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

/* ---- handles (handles.c) ----
 *
 * A handle is an opaque word, not a pointer: slot index, object type and the
 * slot's generation. Destroying an object bumps the generation, so a stale,
 * forged or wrong-type handle is refused (YUNI_EBADHANDLE) without touching
 * freed memory. Lookup is lock-free: one load and two compares.
 *
 * What a table cannot do: make a handle safe while another thread destroys
 * it. Destroying an object that other threads are still using is the
 * caller's race, as with free(); each subsystem documents its rules. */
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
    YUNI_HANDLE_TYPE_MAX = 15
};

/* Register `object`; returns the handle, or 0 when the table is full. */
uintptr_t yuni__handle_new(enum yuni_handle_type type, void* object);
/* Retire `handle`; returns its object, or NULL if it was not live. Only one
 * of several racing retires of the same handle gets the object. */
void* yuni__handle_retire(uintptr_t handle, enum yuni_handle_type type);

/* handle = generation << 20 | type << 16 | slot index. A live slot's tag is
 * generation << 4 | type; a free slot's is 0. */
#define YUNI__HANDLE_SLOT_BITS 16
#define YUNI__HANDLE_SLOTS (1u << YUNI__HANDLE_SLOT_BITS)
#define YUNI__HANDLE_TYPE_SHIFT 16
#define YUNI__HANDLE_GEN_SHIFT 20
struct yuni__handle_slot {
    _Atomic uint64_t tag;
    void* _Atomic object;
    uint64_t generation;
    uint32_t next_free;
};
extern struct yuni__handle_slot yuni__handle_slots[YUNI__HANDLE_SLOTS];

/* The object behind `handle` if it is live and of `type`, else NULL.
 * Inline: it is on every fast path (one load, two compares). */
static inline void* yuni__handle_get(uintptr_t handle, enum yuni_handle_type type) {
    uint32_t index = (uint32_t)(handle & (YUNI__HANDLE_SLOTS - 1));
    uint64_t want = ((uint64_t)handle >> YUNI__HANDLE_GEN_SHIFT) << 4 | (uint64_t)type;
    if (index == 0 || ((handle >> YUNI__HANDLE_TYPE_SHIFT) & 15) != (uintptr_t)type) return NULL;
    if (__atomic_load_n((uint64_t*)&yuni__handle_slots[index].tag, __ATOMIC_ACQUIRE) != want) return NULL;
    return __atomic_load_n((void**)&yuni__handle_slots[index].object, __ATOMIC_RELAXED);
}
#endif
