/* Internal C core shared by every subsystem (capi, offload_c, owner, queue):
 * error detail and checked handles. Nothing here is exported from the .so
 * (the version script hides every name not declared in nccc.h). */
#ifndef YUNI_CORE_H
#define YUNI_CORE_H

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
    YUNI_HANDLE_TYPE_MAX = 15
};

/* Register `object`; returns the handle, or 0 when the table is full. */
uintptr_t yuni__handle_new(enum yuni_handle_type type, void* object);
/* The object behind `handle` if it is live and of `type`, else NULL. */
void* yuni__handle_get(uintptr_t handle, enum yuni_handle_type type);
/* Retire `handle`; returns its object, or NULL if it was not live. Only one
 * of several racing retires of the same handle gets the object. */
void* yuni__handle_retire(uintptr_t handle, enum yuni_handle_type type);

#endif
