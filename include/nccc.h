/*
 * nccc.h — the whole public ABI of libyuni-offload.
 *
 * libyuni-offload is a native runtime layer for Scheme implementations and C
 * hosts: NCCC calls, VM ownership, event queues, a native heap and the Offload
 * language.  This header is the contract.  Every function it declares with
 * YUNI_API is exported from the shared library and is also reachable through
 * the library's own NCCC module table (lib_yuni_offload_dispatch_ncccv0), which
 * is generated from the declarations below: the table cannot drift from them.
 *
 * Conventions
 *   - Every call that can fail returns an int32_t status: 0 (YUNI_OK) or a
 *     negative YUNI_E... code.  yuni_strerror() turns a status into text and
 *     yuni_error_detail() gives the calling thread's last detailed message.
 *   - Handles are opaque and checked: a NULL, closed or foreign handle gives
 *     YUNI_EBADHANDLE, never a crash.
 *   - No function aborts the process on bad input.
 *   - Declarations marked YUNI_API use only NCCC-representable types (integers
 *     up to 64 bits, float, double, pointers), so each has an NCCC stub.
 *
 * Compiles as C99 and as C++ (-Wall -Wextra -Werror -pedantic).
 */
#ifndef YUNI_NCCC_H
#define YUNI_NCCC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Version                                                                   */
/* ------------------------------------------------------------------------ */

#define YUNI_VERSION_MAJOR 0
#define YUNI_VERSION_MINOR 1
#define YUNI_VERSION_PATCH 0
/* One number, comparable with <, as yuni_version() returns it. */
#define YUNI_VERSION_NUMBER \
    ((YUNI_VERSION_MAJOR << 16) | (YUNI_VERSION_MINOR << 8) | YUNI_VERSION_PATCH)

/* Marks a public, exported function.  Only these are exported from the .so. */
#if defined(__GNUC__)
#define YUNI_API extern __attribute__((visibility("default")))
#else
#define YUNI_API extern
#endif

/* ------------------------------------------------------------------------ */
/* NCCC: the call convention (compatible with okuoku/nccc "ncccv0")          */
/* ------------------------------------------------------------------------ */

/*
 * One 8-byte slot.  Argument i travels in in[i], result j in out[j], each
 * written as the union member of its type.  Narrow values are NOT extended
 * (an s8 written into .s8 leaves the other 7 bytes as they were) and an f32
 * stays a float in .f32 — readers must use the member of the declared type.
 */
typedef union nccv64 {
    void* ptr;
    uintptr_t uptr;
    intptr_t sptr;
    uint64_t u64;
    int64_t s64;
    uint32_t u32;
    int32_t s32;
    uint16_t u16;
    int16_t s16;
    uint8_t u8;
    int8_t s8;
    float f32;
    double f64;
} nccv64;

/* An NCCC function. `in` may be NULL when it takes no arguments, `out` when
 * it returns nothing. */
typedef void (*nccc_call_t)(const nccv64* in, nccv64* out);

/* NCCC type codes, as op 6 (arg_info) reports them.  The numbering is the
 * protocol's; do not reorder. */
enum yuni_nccc_type {
    YUNI_NCCC_U32 = 0,
    YUNI_NCCC_U64 = 1,
    YUNI_NCCC_F32 = 2,
    YUNI_NCCC_F64 = 3,
    YUNI_NCCC_S32 = 4,
    YUNI_NCCC_S64 = 5,
    YUNI_NCCC_PTR = 6,
    YUNI_NCCC_UPTR = 7,
    YUNI_NCCC_SPTR = 8,
    YUNI_NCCC_U8 = 9,
    YUNI_NCCC_U16 = 10,
    YUNI_NCCC_S8 = 11,
    YUNI_NCCC_S16 = 12,
    YUNI_NCCC_TYPE_COUNT = 13
};

/*
 * The module protocol.  An NCCC module exports one NCCC function named
 * lib_<name>_dispatch_ncccv0; in[0].s32 selects an operation:
 *
 *   YUNI_NCCC_OP_LIBRARY_INFO (1): in = [1]
 *       out = [name:ptr, name1:ptr or 0, export_count:s32, 0, 0, 0]
 *   YUNI_NCCC_OP_EXPORT_INFO (2): in = [2, id:s32]
 *       out = [0, id:s32, name:ptr, stubtype:s32 (0), 0, func:ptr,
 *              argc:s32, retc:s32]           or out[0].s32 = -1 on a bad id
 *   YUNI_NCCC_OP_ARG_INFO (6): in = [6, id:s32]
 *       out = [0, argc:s32, retc:s32, argtype:s32 * argc, rettype:s32 * retc]
 *                                             or out[0].s32 = -1 on a bad id
 *
 * The reference implementation aborts on an unknown op; this library's table
 * (and every module built against this header's conventions) answers
 * out[0].s32 = -1 instead.  Callers size `out` as 6, 8 and 3+argc+retc slots.
 */
#define YUNI_NCCC_OP_LIBRARY_INFO 1
#define YUNI_NCCC_OP_EXPORT_INFO 2
#define YUNI_NCCC_OP_ARG_INFO 6

/* This library's own module table. */
YUNI_API void lib_yuni_offload_dispatch_ncccv0(const nccv64* in, nccv64* out);

/* ------------------------------------------------------------------------ */
/* Status codes                                                              */
/* ------------------------------------------------------------------------ */

#define YUNI_OK 0
#define YUNI_EINVAL (-1)     /* an argument is NULL, out of range or malformed */
#define YUNI_EBADHANDLE (-2) /* NULL, closed or foreign handle */
#define YUNI_ENOMEM (-3)     /* out of memory */
#define YUNI_ENOENT (-4)     /* no such file */
#define YUNI_ENOSYM (-5)     /* no such symbol or export name */
#define YUNI_ERANGE (-6)     /* an index or id is out of range */
#define YUNI_EMODULE (-7)    /* not an NCCC module, or its table is malformed */
#define YUNI_ELOAD (-8)      /* the dynamic loader refused the file */
#define YUNI_ETOOBIG (-9)    /* a signature or buffer exceeds a fixed limit */
#define YUNI_ESTATE (-10)    /* the call is not valid in the object's state */
#define YUNI_EINTERNAL (-11) /* a bug in this library: please report it */
#define YUNI_EPERM (-12)     /* not permitted: a privilege or resource limit */
#define YUNI_ECORRUPT (-13)  /* memory corruption detected (heap canary, poison) */
#define YUNI_ERROR_MIN (-13) /* the most negative status defined so far */

/* Text for a status code; never NULL (unknown codes give a generic text).
 * The string is static. */
YUNI_API const char* yuni_strerror(int32_t status);

/* The calling thread's most recent detailed error message (for example the
 * dynamic loader's text), or "" if none.  Valid until the next failing call
 * on the same thread. */
YUNI_API const char* yuni_error_detail(void);

/* YUNI_VERSION_NUMBER of the library actually loaded. */
YUNI_API uint32_t yuni_version(void);

/* ------------------------------------------------------------------------ */
/* NCCC modules                                                              */
/* ------------------------------------------------------------------------ */

/* The most types (arguments plus results) a signature can hold. */
#define YUNI_SIGNATURE_MAX 32

/* A function's NCCC signature: types[0..argc) are the argument types,
 * types[argc..argc+retc) the result types (enum yuni_nccc_type values). */
typedef struct yuni_signature {
    int32_t argc;
    int32_t retc;
    uint8_t types[YUNI_SIGNATURE_MAX];
} yuni_signature;

/* An open NCCC module.  Opaque, checked. */
typedef struct yuni_module yuni_module;

/*
 * Open the NCCC module at `path` and read its table.  The module name is
 * derived from the file name: directory, a leading "lib" and "nccc_", and the
 * first ".so" and what follows are removed; '-' becomes '_'.  So
 * "libnccc_foo.so" and "libfoo.so.1" both name "foo", "libyuni-offload.so"
 * names "yuni_offload", and the dispatch symbol is lib_<name>_dispatch_ncccv0.
 * The whole table is read and checked at open: a module whose table is
 * malformed fails with YUNI_EMODULE instead of failing later.
 * Errors: YUNI_EINVAL (NULL), YUNI_ENOENT (no file), YUNI_ELOAD (not a
 * loadable shared object), YUNI_ENOSYM (no dispatch symbol), YUNI_EMODULE.
 */
YUNI_API int32_t yuni_module_open(const char* path, yuni_module** out);

/* As yuni_module_open, with the module name given (dispatch symbol
 * lib_<name>_dispatch_ncccv0) instead of derived from the path. */
YUNI_API int32_t yuni_module_open_as(const char* path, const char* name,
                                     yuni_module** out);

/* Close a module.  Function pointers obtained from it become invalid: the
 * shared object may be unloaded.  A second close gives YUNI_EBADHANDLE. */
YUNI_API int32_t yuni_module_close(yuni_module* module);

/* The module's name as its table reports it (op 1).  NULL for a bad handle.
 * Valid until the module is closed. */
YUNI_API const char* yuni_module_name(yuni_module* module);

/* Number of exports, or a negative status for a bad handle. */
YUNI_API int32_t yuni_module_count(yuni_module* module);

/* Export number `index` (0-based): its name (valid until close), function
 * and signature.  Any of the out-parameters may be NULL.
 * Errors: YUNI_EBADHANDLE, YUNI_ERANGE. */
YUNI_API int32_t yuni_module_export(yuni_module* module, int32_t index,
                                    const char** name, nccc_call_t* fn,
                                    yuni_signature* sig);

/* Find an export by name.  `fn` and `sig` may be NULL.
 * Errors: YUNI_EBADHANDLE, YUNI_EINVAL (NULL name), YUNI_ENOSYM. */
YUNI_API int32_t yuni_module_lookup(yuni_module* module, const char* name,
                                    nccc_call_t* fn, yuni_signature* sig);

/* Call an NCCC function pointer: fn(in, out).  For hosts whose FFI cannot
 * call a function pointer directly.  YUNI_EINVAL for a NULL fn. */
YUNI_API int32_t yuni_nccc_call(nccc_call_t fn, const nccv64* in, nccv64* out);

/* ------------------------------------------------------------------------ */
/* Native heap                                                               */
/* ------------------------------------------------------------------------ */

/*
 * A native heap is one mmap'ed region managed by a TLSF allocator: alloc and
 * free are O(1) with a bounded worst case, and the region never grows, so a
 * real-time thread can allocate from it.  With YUNI_HEAP_LOCK the region is
 * mlock'ed and pre-faulted: no page fault ever happens inside it.  Only this
 * region is locked (never mlockall, which would pin the host's GC heap).
 *
 * Blocks are 16-byte aligned by default; each carries a header with a canary,
 * so freeing a pointer that is not a live block of this heap (foreign, inside
 * a block, already freed) is an error, not undefined behaviour.
 *
 * Threads: every call may be made from any thread.  By default a heap takes a
 * priority-inheriting mutex around each operation, so a host thread and a
 * real-time thread can share one heap without priority inversion.  With
 * YUNI_HEAP_UNSYNCHRONIZED there is no lock: the caller guarantees one thread
 * at a time (the fastest mode, for a heap owned by one thread).
 * yuni_heap_destroy while another thread is still inside a call on the same
 * heap is the caller's race, as with free(); after destroy every call on the
 * handle returns YUNI_EBADHANDLE (or NULL / 0).
 */
typedef struct yuni_heap yuni_heap;

#define YUNI_HEAP_LOCK 0x1u           /* mlock the region; fail (YUNI_EPERM) if not allowed */
#define YUNI_HEAP_LOCK_OPTIONAL 0x2u  /* try to mlock; continue unlocked if not allowed */
#define YUNI_HEAP_POISON 0x4u         /* debug: fill freed memory with 0xDD, checked by yuni_heap_check */
#define YUNI_HEAP_UNSYNCHRONIZED 0x8u /* no internal lock: one thread at a time */

/* The smallest and largest region a heap may have. */
#define YUNI_HEAP_MIN_BYTES ((size_t)4096)
#define YUNI_HEAP_MAX_BYTES ((size_t)1 << 38)

typedef struct yuni_heap_statistics {
    uint64_t total_bytes;   /* payload capacity: the whole region less headers */
    uint64_t free_bytes;    /* sum of free blocks' payloads */
    uint64_t largest_free;  /* the largest single allocation that can succeed now (align 16) */
    uint64_t used_bytes;    /* sum of live blocks' payloads */
    uint64_t high_water;    /* the most used_bytes has been */
    uint64_t allocs;        /* successful allocations */
    uint64_t frees;         /* successful frees */
    uint64_t failures;      /* allocations refused for lack of space */
    uint64_t misuses;       /* bad frees and resizes refused (foreign, double, corrupt) */
    uint32_t locked;        /* 1 if the region is mlock'ed */
    uint32_t flags;         /* the YUNI_HEAP_* flags in force */
} yuni_heap_statistics;

/* Create a heap of `bytes` (rounded up to whole pages).  Errors: YUNI_EINVAL
 * (size outside [YUNI_HEAP_MIN_BYTES, YUNI_HEAP_MAX_BYTES], unknown flag,
 * NULL out), YUNI_ENOMEM (no address space), YUNI_EPERM (YUNI_HEAP_LOCK
 * given and locking not permitted: raise RLIMIT_MEMLOCK or grant
 * CAP_IPC_LOCK). */
YUNI_API int32_t yuni_heap_create(size_t bytes, uint32_t flags, yuni_heap** out);

/* Unmap the heap.  Blocks still live become invalid. */
YUNI_API int32_t yuni_heap_destroy(yuni_heap* heap);

/* Allocate `size` bytes aligned to `align` (0 means 16; otherwise a power of
 * two).  NULL when there is no room (counted as a failure), for a bad handle
 * or a bad alignment; yuni_error_detail() says which.  size 0 gives a unique
 * minimum block. */
YUNI_API void* yuni_heap_alloc(yuni_heap* heap, size_t size, size_t align);

/* Free a block.  NULL is a no-op (YUNI_OK).  Errors: YUNI_EBADHANDLE,
 * YUNI_EINVAL (not a block of this heap, or already free), YUNI_ECORRUPT
 * (the block's header was overwritten). */
YUNI_API int32_t yuni_heap_free(yuni_heap* heap, void* block);

/* Grow or shrink a block in place, never moving it.  YUNI_ENOMEM when it
 * cannot grow in place (the block is unchanged), and the errors of free. */
YUNI_API int32_t yuni_heap_resize(yuni_heap* heap, void* block, size_t size);

/* Bytes usable in a live block (at least what was asked); 0 if `block` is
 * not a live block of this heap. */
YUNI_API size_t yuni_heap_usable_size(yuni_heap* heap, const void* block);

/* Fill `out` with the heap's statistics. */
YUNI_API int32_t yuni_heap_stats(yuni_heap* heap, yuni_heap_statistics* out);

/* Walk every block and verify the heap's invariants (canaries, links, free
 * lists, counters, poison in YUNI_HEAP_POISON mode).  O(blocks): a debugging
 * aid, not for real-time paths.  YUNI_OK or YUNI_ECORRUPT with a detail. */
YUNI_API int32_t yuni_heap_check(yuni_heap* heap);

#ifdef __cplusplus
}
#endif

#endif /* YUNI_NCCC_H */
