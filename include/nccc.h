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
 *   - A failing call sets the calling thread's yuni_error_detail, except
 *     yuni_chime_ring (async-signal-safe: YUNI_EBADHANDLE only) and the
 *     "not yet" YUNI_EBUSY of yuni_vm_try_own and yuni_offload_thread_wait,
 *     which leave it as it was: after those, a host must not take the
 *     detail for theirs.
 *
 * Signals
 *   Loading the library, and every call that does not ask for a signal
 *   (yuni_queue_add_signal, a signal offload thread), leave the host's
 *   signal dispositions and every host thread's signal mask as they were,
 *   with these exceptions, which Go's runtime inside the library needs:
 *   SIGSEGV, SIGBUS and SIGFPE carry Go's handler, which passes every fault
 *   outside Go code on to the handler that was there before; SIGURG, if it
 *   was SIG_DFL, carries Go's preemption handler, which ignores every
 *   SIGURG Go did not send to its own threads, as SIG_DFL does (a SIGURG
 *   the host ignores or handles is left to the host); glibc's own signals
 *   32 and 33 get SA_ONSTACK.  Every thread the library starts — VM pool
 *   and heartbeat, offload threads, foreign-queue waiters, and Go's own —
 *   blocks every asynchronous signal (all but SIGSEGV, SIGBUS, SIGFPE,
 *   SIGILL, SIGTRAP, SIGSYS and, on Go's threads, SIGURG), so the kernel
 *   delivers a signal meant for the host (SIGCHLD, SIGINT, SIGTERM, …) to a
 *   host thread, and a host that blocks one everywhere and collects it with
 *   sigwaitinfo or a signalfd gets every one.  A host thread that calls into
 *   Go (yuni_module_*, yuni_offload_compile, yuni_queue_bundle of a foreign
 *   queue) keeps its mask, and is given an alternate signal stack by Go if
 *   it had none.
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
#define YUNI_EBUSY (-14)     /* would block (try-own), or the object is in use */
#define YUNI_ECOMPILE (-15)  /* Offload source or bytecode rejected; the error text says where */
#define YUNI_ETRAP (-16)     /* an Offload program trapped; see yuni_offload_last_trap */
#define YUNI_ERROR_MIN (-16) /* the most negative status defined so far */

/* Positive statuses are not errors; they say which of two successes. */
#define YUNI_OWN_SWITCHED 1 /* re-owned, but another thread ran the VM meanwhile */

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
 * derived from the file name: the directory, a trailing ".so" with any
 * version numbers after it (".so.1.2") and a leading "lib" are removed,
 * every character a C identifier cannot hold ('-', '.', …) becomes '_', and
 * then a leading "nccc_" is removed.  So "libnccc_foo.so" and "libfoo.so.1"
 * both name "foo", "libnccc-foo-bar.so" names "foo_bar",
 * "libnccc_foo.sound.so" names "foo_sound", "libyuni-offload.so" names
 * "yuni_offload", and the dispatch symbol is lib_<name>_dispatch_ncccv0.
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
 * Errors: YUNI_EBADHANDLE, YUNI_ERANGE, YUNI_ETOOBIG.
 *
 * An export whose signature has more than YUNI_SIGNATURE_MAX types (its
 * arguments plus results) cannot be described in a yuni_signature: for it,
 * this and yuni_module_lookup answer YUNI_ETOOBIG when `sig` is not NULL,
 * write nothing, and say in yuni_error_detail how many types it has; with
 * `sig` NULL they give its name and function like any other's.  The
 * module's other exports are not affected (the module opens, and every
 * other index answers as usual), so a host lists what it can describe and
 * calls the rest only with a signature it knows itself. */
YUNI_API int32_t yuni_module_export(yuni_module* module, int32_t index,
                                    const char** name, nccc_call_t* fn,
                                    yuni_signature* sig);

/* Find an export by name.  `fn` and `sig` may be NULL.
 * Errors: YUNI_EBADHANDLE, YUNI_EINVAL (NULL name), YUNI_ENOSYM,
 * YUNI_ETOOBIG (see yuni_module_export). */
YUNI_API int32_t yuni_module_lookup(yuni_module* module, const char* name,
                                    nccc_call_t* fn, yuni_signature* sig);

/* Call an NCCC function pointer: fn(in, out).  For hosts whose FFI cannot
 * call a function pointer directly.  YUNI_EINVAL for a NULL fn. */
YUNI_API int32_t yuni_nccc_call(nccc_call_t fn, const nccv64* in, nccv64* out);

/* ------------------------------------------------------------------------ */
/* The legacy yuniFFI convention                                             */
/* ------------------------------------------------------------------------ */
/*
 * Hosts still on yuni's older convention call every foreign function as
 *     void f(uint64_t* in, int in_n, uint64_t* out, int out_n)
 * with integers sign-extended to 64 bits and floating-point values passed
 * as the bits of a double.  These three functions follow that convention
 * and let such a host call any NCCC function:
 *
 *   yuni_legacy_bind    in = [fn, signature]   (an NCCC function pointer and
 *                                             a yuni_signature*, copied)
 *                       in = [0, name]         (an export of this library,
 *                                             found through its own module
 *                                             table by its NUL-terminated name)
 *                       out = [status, binding]
 *   yuni_legacy_call    in = [binding, arg…]   out = [status, result…]
 *   yuni_legacy_unbind  in = [binding]         out = [status]
 *
 * Arguments are converted to the NCCC types of the signature: a signed or
 * unsigned integer must fit its type (an unsigned one may come
 * sign-extended, so -1 is 0xFFFFFFFF for u32), f32 is rounded from the
 * double.  Results come back sign-extended (signed types), zero-extended
 * (unsigned types and pointers) or as double bits (f32 widened).  The status
 * is YUNI_OK or an error, sign-extended: YUNI_EINVAL for counts that do not
 * match the signature (in_n = 1 + argc, out_n >= 1 + retc) or an argument out
 * of range (yuni_error_detail says which), YUNI_EBADHANDLE for a stale
 * binding, YUNI_ENOSYM for an unknown name.  When out_n < 1 there is nowhere
 * to report and the call does nothing.  A call racing yuni_legacy_unbind of
 * its binding either answers YUNI_EBADHANDLE or copies the binding first and
 * calls its function; unbind frees the binding as soon as no call is copying
 * it and never waits for a function to return.  Neither touches freed memory.
 */
YUNI_API void yuni_legacy_bind(uint64_t* in, int in_n, uint64_t* out, int out_n);
YUNI_API void yuni_legacy_call(uint64_t* in, int in_n, uint64_t* out, int out_n);
YUNI_API void yuni_legacy_unbind(uint64_t* in, int in_n, uint64_t* out, int out_n);

/* ------------------------------------------------------------------------ */
/* VM ownership                                                              */
/* ------------------------------------------------------------------------ */

/*
 * A yuni_vm stands for a host VM that is natively multi-threaded but not
 * concurrent: one thread at a time runs VM code, the one that owns it.
 *
 * - Own is one CAS on the owner word; disown is one plain store.  Nothing is
 *   saved on disown: state is reloaded only if another thread took over,
 *   which reown reports as YUNI_OWN_SWITCHED.
 * - A thread that cannot own at once waits in a FIFO (by priority) on its own
 *   futex.  Handoff is direct: the releaser writes the waiter into the owner
 *   word before waking it, so there is no thundering herd, no lost wake-up,
 *   and the releaser cannot re-take the VM past a waiter.
 * - While waiters exist, *yuni_vm_yield_flag(vm) is non-zero: hosts poll it at
 *   their safepoints (one load) and call yuni_vm_yield.
 * - The heartbeat runs only while a disown is outstanding and the host has
 *   runnable work (yuni_vm_set_runnable).  A VM left unowned by the same
 *   disown on two consecutive ticks is handed to a pool thread, which calls
 *   the host's entry(in = [entry_ctx:ptr, vm:ptr]) to run the VM's other work.
 *   When entry returns, the pool thread releases the VM if it still owns it.
 * - A thread that exits while owning the VM releases it (counted in
 *   thread_exit_recoveries); a thread cannot exit while queued (it is asleep
 *   inside yuni_vm_own).
 *
 * Threads are attached per VM (index 1..YUNI_VM_MAX_THREADS; 0 = nobody).
 * Attach is idempotent and counted.  Unless YUNI_VM_NO_AUTO_ATTACH is set, a
 * thread the VM never saw is attached on its first own; with the flag it
 * gets YUNI_ESTATE.  A thread may be attached to at most YUNI_THREAD_MAX_VMS
 * VMs at once.
 */
typedef struct yuni_vm yuni_vm;
typedef uint64_t yuni_token; /* from yuni_vm_disown, for yuni_vm_reown */

#define YUNI_VM_MAX_THREADS 1024
#define YUNI_THREAD_MAX_VMS 8

#define YUNI_VM_NO_AUTO_ATTACH 0x1u /* unattached threads get YUNI_ESTATE */
#define YUNI_VM_NO_HEARTBEAT 0x2u   /* never take over (no heartbeat thread) */

typedef struct yuni_vm_config {
    uint32_t size;         /* sizeof(yuni_vm_config), so the struct can grow */
    uint32_t flags;        /* YUNI_VM_* */
    uint32_t heartbeat_hz; /* 0: 1000 */
    uint32_t pool_max;     /* 0: 3 x online CPUs */
    uint32_t pool_min;     /* idle pool threads kept ready; 0: 1 */
    uint32_t pool_idle_ms; /* an idle pool thread above pool_min retires after this; 0: 10000 */
    nccc_call_t entry;     /* takeover callback, in = [entry_ctx, vm]; NULL: no takeover */
    void* entry_ctx;
} yuni_vm_config;

typedef struct yuni_vm_statistics {
    uint64_t handoffs;      /* direct handoffs to a waiter (disown, yield) */
    uint64_t slow_owns;     /* owns that had to queue */
    uint64_t takeovers;     /* heartbeat handoffs to a pool thread */
    uint64_t yields;        /* yuni_vm_yield calls that handed over */
    uint64_t switched;      /* reowns that answered YUNI_OWN_SWITCHED */
    uint64_t heartbeat_ticks;
    uint64_t heartbeat_wakeups; /* idle -> armed transitions */
    uint64_t bound_calls;   /* calls run on another thread by yuni_vm_call_bound */
    uint64_t thread_exit_recoveries; /* owners that exited and were released */
    uint64_t async_calls;   /* yuni_nccc_call_async calls completed */
    uint32_t threads;       /* attached threads, pool included */
    uint32_t pool_threads;  /* pool threads alive */
    uint32_t pool_idle;     /* of which idle */
    uint32_t waiters;       /* threads queued now */
    uint32_t owner;         /* owning thread's index, 0 if none */
    uint32_t heartbeat_armed; /* 1 while the heartbeat ticks */
    uint32_t max_queue_passes; /* most owns by others one queued thread saw; bounded by the threads */
} yuni_vm_statistics;

/* Thread flags (yuni_thread_set_flags). */
#define YUNI_THREAD_NEVER_DISOWN 0x1u /* disown refuses; threaded calls keep the VM */

/* Create a VM.  cfg may be NULL for the defaults.  Errors: YUNI_EINVAL (cfg
 * smaller than this header's struct, unknown flags, pool_min > pool_max),
 * YUNI_ENOMEM. */
YUNI_API int32_t yuni_vm_create(const yuni_vm_config* cfg, yuni_vm** out);

/* Destroy a VM: stops the heartbeat and the pool.  YUNI_EBUSY while another
 * thread owns it, threads are queued, or a pool thread is inside entry. */
YUNI_API int32_t yuni_vm_destroy(yuni_vm* vm);

/* Attach the calling thread (idempotent, counted); *index (may be NULL)
 * receives its index.  YUNI_ETOOBIG when the VM or the thread is full. */
YUNI_API int32_t yuni_thread_attach(yuni_vm* vm, uint32_t* index);
/* Undo one attach; the last detach frees the index.  YUNI_EBUSY while the
 * thread owns the VM; YUNI_ESTATE if it is not attached. */
YUNI_API int32_t yuni_thread_detach(yuni_vm* vm);
/* Queue priority of the calling thread (higher first; default 0). */
YUNI_API int32_t yuni_thread_set_priority(yuni_vm* vm, int32_t priority);
/* YUNI_THREAD_* flags of the calling thread. */
YUNI_API int32_t yuni_thread_set_flags(yuni_vm* vm, uint32_t flags);

/* Own the VM, waiting in the queue if needed.  YUNI_ESTATE if the caller
 * already owns it (ownership does not nest). */
YUNI_API int32_t yuni_vm_own(yuni_vm* vm);
/* Own the VM if that needs no wait; else YUNI_EBUSY. */
YUNI_API int32_t yuni_vm_try_own(yuni_vm* vm);
/* Release the VM (handing it to the first waiter, if any) and give a token
 * for reown.  YUNI_ESTATE if the caller does not own it or may never disown. */
YUNI_API int32_t yuni_vm_disown(yuni_vm* vm, yuni_token* token);
/* Own again after a disown: YUNI_OK if nobody owned the VM since (the host
 * may continue as it was), YUNI_OWN_SWITCHED if another thread ran it (the
 * host reloads its state). */
YUNI_API int32_t yuni_vm_reown(yuni_vm* vm, yuni_token token);

/* Inline fast paths, for C and C++ hosts built with GCC or Clang.  A call
 * into a shared library costs about as much as owning does (bench_owner:
 * plt_cas_store_floor_ns), so a host that owns and disowns at every foreign
 * call can do the uncontended case in its own code:
 *
 *     yuni_vm_fast f;                      per thread, e.g. in the host's
 *     yuni_vm_fast_attach(vm, &f);         thread record
 *     yuni_vm_own_fast(&f);  ...  yuni_vm_disown_fast(&f, &token);
 *
 * They do exactly what yuni_vm_own and yuni_vm_disown do on their fast paths
 * (one CAS on the owner word; one release store, then one load of the queue
 * count and of the heartbeat's sleep word) and call the library for
 * everything else: a wait, a handoff, waking the heartbeat, every error.
 * yuni_vm_disown_fast is inline only after a yuni_vm_own_fast that took the
 * VM inline (it stores from the word that own stored); after an own through
 * the library, a wait or a reown it makes the library call, which is right
 * but not faster.
 *
 * yuni_vm_fast_attach attaches the calling thread (as yuni_thread_attach,
 * counted) and fills *f for that thread only: another thread must not use
 * it.  *f stays valid until the thread's last yuni_thread_detach, a
 * yuni_thread_set_flags, the thread's exit or the VM's destroy; after any of
 * them the inline paths see the stamp changed and make the library call,
 * which answers as it always does (attaching again, YUNI_ESTATE,
 * YUNI_EBADHANDLE).  Attach again to make the fast paths fast again.  VM
 * memory is never freed, so reading through a stale *f is safe. */
typedef struct yuni_vm_fast {
    yuni_vm* vm;              /* the handle: every library call goes through it */
    uint64_t* owner;          /* the owner word: generation << 32 | index */
    const uint32_t* waiters;  /* threads queued */
    const uint32_t* sleeping; /* non-zero while the heartbeat sleeps */
    const uint64_t* stamp;    /* equals stamp_value while *f is valid */
    uint64_t stamp_value;
    uint32_t index;           /* the calling thread's index in the VM */
    uint32_t seq_cst_store;   /* 1: the portable protocol (no membarrier, or YUNI_NO_MEMBARRIER=1) */
    uint64_t owned;           /* the owner word the last yuni_vm_own_fast stored */
} yuni_vm_fast;

/* Attach the calling thread and fill *f.  Errors as yuni_thread_attach;
 * YUNI_EINVAL for a NULL f. */
YUNI_API int32_t yuni_vm_fast_attach(yuni_vm* vm, yuni_vm_fast* f);
/* For yuni_vm_disown_fast: after its store found threads queued or the
 * heartbeat asleep, hand the VM to the first waiter or wake the heartbeat.
 * YUNI_OK, or YUNI_EBADHANDLE. */
YUNI_API int32_t yuni_vm_fast_released(yuni_vm* vm);

#if defined(__GNUC__)
static inline int32_t yuni_vm_own_fast(yuni_vm_fast* f) {
    uint64_t w = __atomic_load_n(f->owner, __ATOMIC_RELAXED);
    uint64_t mine = (((w >> 32) + 1) << 32) | f->index;
    if (__atomic_load_n(f->stamp, __ATOMIC_RELAXED) == f->stamp_value && (uint32_t)w == 0 &&
        __atomic_load_n(f->waiters, __ATOMIC_RELAXED) == 0 &&
        __atomic_compare_exchange_n(f->owner, &w, mine, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        f->owned = mine;
        return YUNI_OK;
    }
    return yuni_vm_own(f->vm);
}

static inline int32_t yuni_vm_disown_fast(yuni_vm_fast* f, yuni_token* token) {
    uint64_t w = __atomic_load_n(f->owner, __ATOMIC_RELAXED);
    uint64_t mine = f->owned;
    /* Release from the word our own stored, not from w: a store computed
     * from w waits for this load, which waits for the own's CAS to drain
     * (it doubles the cost of an own+disown pair).  The empty asm keeps the
     * compiler, which sees the two equal, from storing w after all. */
    uint64_t diff = w ^ mine;
    __asm__("" : "+r"(diff));
    if (__atomic_load_n(f->stamp, __ATOMIC_RELAXED) != f->stamp_value || diff != 0 || (uint32_t)mine != f->index)
        return yuni_vm_disown(f->vm, token);
    if (token) *token = mine >> 32;
    /* The store, then the loads: the library's waiters pair this with
     * membarrier, or, without it, store and loads are sequentially
     * consistent (a seq_cst store is ordered before a later seq_cst load;
     * relaxed loads would let the store wait in a store buffer). */
    if (f->seq_cst_store) {
        __atomic_store_n(f->owner, mine >> 32 << 32, __ATOMIC_SEQ_CST);
        if (__atomic_load_n(f->waiters, __ATOMIC_SEQ_CST) != 0 || __atomic_load_n(f->sleeping, __ATOMIC_SEQ_CST) != 0)
            return yuni_vm_fast_released(f->vm);
        return YUNI_OK;
    }
    __atomic_store_n(f->owner, mine >> 32 << 32, __ATOMIC_RELEASE);
    __atomic_signal_fence(__ATOMIC_SEQ_CST);
    if (__atomic_load_n(f->waiters, __ATOMIC_RELAXED) != 0 || __atomic_load_n(f->sleeping, __ATOMIC_RELAXED) != 0)
        return yuni_vm_fast_released(f->vm);
    return YUNI_OK;
}
#endif

/* 1 while threads are waiting for the VM, 0 otherwise, negative for a bad
 * handle. */
YUNI_API int32_t yuni_vm_should_yield(yuni_vm* vm);
/* The word behind yuni_vm_should_yield, for a safepoint poll of one load:
 * non-zero while threads wait.  Valid until the VM is destroyed.  Other
 * threads write it atomically: read it with a relaxed atomic load, e.g.
 * __atomic_load_n(flag, __ATOMIC_RELAXED), which is one plain load on every
 * supported machine (a host FFI's plain 32-bit load is the same instruction). */
YUNI_API const volatile uint32_t* yuni_vm_yield_flag(yuni_vm* vm);
/* Hand the VM to the first waiter and wait to get it back: YUNI_OK at once if
 * nobody waits, YUNI_OWN_SWITCHED after a handover. */
YUNI_API int32_t yuni_vm_yield(yuni_vm* vm);
/* Tell the heartbeat how much host work is runnable (0: none, no takeover). */
YUNI_API int32_t yuni_vm_set_runnable(yuni_vm* vm, int32_t runnable);

/* Disown, call fn(in, out), reown: YUNI_OK or YUNI_OWN_SWITCHED.  A
 * never-disown thread calls fn while keeping the VM. */
YUNI_API int32_t yuni_nccc_call_threaded(yuni_vm* vm, nccc_call_t fn, const nccv64* in, nccv64* out);

/* Run fn(in, out) on the attached thread `thread_index` (a UI or GL thread
 * bound to its activity), which runs it inside yuni_thread_serve.  The caller
 * waits, disowning the VM meanwhile if it owned it: YUNI_OK or
 * YUNI_OWN_SWITCHED.  On the target thread itself, fn runs at once. */
YUNI_API int32_t yuni_vm_call_bound(yuni_vm* vm, uint32_t thread_index, nccc_call_t fn,
                                    const nccv64* in, nccv64* out);
/* Run the calls bound to the calling thread; wait up to timeout_ns (< 0:
 * forever, 0: no wait) for the first.  Returns how many ran (>= 0). */
YUNI_API int32_t yuni_thread_serve(yuni_vm* vm, int64_t timeout_ns);

YUNI_API int32_t yuni_vm_stats(yuni_vm* vm, yuni_vm_statistics* out);

/* ------------------------------------------------------------------------ */
/* Event queues and chimes                                                   */
/* ------------------------------------------------------------------------ */

/*
 * A yuni_queue is a kernel event queue (epoll).  A thread waits on it with
 * yuni_queue_wait, or hands yuni_queue_fd to its own event loop (the fd
 * polls readable when events are waiting) and calls yuni_queue_wait with a
 * zero timeout.  Events are {type, flags, tag, value, source}.
 *
 * Chimes are in-process wake-ups.  yuni_chime_ring is async-signal-safe,
 * allocation-free and has no cancellation point, callable from any thread
 * (a real-time one, a signal handler).  It is lock-free in the progress
 * sense: a ringer makes every step of its ring itself, so a ringer
 * suspended, stopped or killed in the middle of a ring delays no other ring
 * of any chime.  A queue holds up to YUNI_QUEUE_MAX_CHIMES chimes over one
 * internal eventfd and a pending bitmap, not one fd each.  Rings coalesce:
 * N rings of one chime before a wait give at least one YUNI_EVENT_CHIME,
 * never zero; a ring that returns before the waiter collects the chime's
 * event is always followed by an event.  A ring of a chime already pending
 * (its queue already signalled) is a few loads and no write; the first ring
 * after a wait makes one eventfd write, and rings of several threads racing
 * into that step may each make one (kernel_wakes counts them).
 *
 * Sources attach other event producers to a queue: fds (readiness), timers
 * (timerfd), signals, bundled child queues and channels.  Each gives events
 * with the tag it was attached with; yuni_source_remove detaches it.
 *
 * Signals: yuni_queue_add_signal installs this library's handler for the
 * signal (replacing the host's until the last source for it is removed;
 * that removal puts back what was there before the first, unless the host
 * installed a handler of its own meanwhile, which stays) and a signalfd.  A delivered signal runs only that handler, which rings the
 * queue; a signal blocked in every thread is read from the signalfd.  Host
 * code never runs in signal context on the library's account.  Refused:
 * SIGKILL, SIGSTOP, the fault signals (SEGV, BUS, FPE, ILL, TRAP, SYS), the
 * signals language runtimes use internally (PROF, URG) and glibc's reserved
 * real-time signals.
 *
 * Cultures: a queue speaks an API set, its culture.  yuni_queue_create
 * makes an "epoll" queue (can chime, pollable).  yuni_queue_create_foreign
 * wraps a library's own blocking wait (culture named by the host): it cannot
 * chime and has no fd, but it can be bundled into an epoll queue, where a
 * waiter thread blocks in its wait and rings the parent.  The bundle event
 * is one-shot: after handling the child (with its own API), call
 * yuni_source_rearm.  A bundled epoll child needs no thread: its fd joins
 * the parent's epoll, and the event repeats while the child has events.
 *
 * Threads: one thread waits on a queue at a time (concurrent waits are
 * serialized).  Any thread may create, ring, attach and remove.
 * yuni_queue_wait is a cancellation point; a waiter cancelled inside it
 * leaves the queue as it was.
 *
 * Lifetimes (every handle of this section; docs/design.md, "Lifetimes"): a
 * destroy wakes the calls blocked inside its object and waits for the calls
 * inside to return, then frees; every call that starts after it answers
 * YUNI_EBADHANDLE, and of racing destroys one answers YUNI_OK, the others
 * YUNI_EBADHANDLE.  Destroying a queue removes its sources and channels and
 * kills its chimes: a wait in progress returns YUNI_EBADHANDLE (a foreign
 * queue's wait is woken through its `wake` if it has one, and waited for);
 * a remove, chime destroy or channel destroy racing it answers YUNI_OK or
 * YUNI_EBADHANDLE, and either way the object is gone when both returned.
 * A ring racing the destroy of its chime either lands (its event may be
 * reported while the destroy runs) or answers YUNI_EBADHANDLE; once the
 * destroy returned, no event of that chime is taken, and nothing of a
 * destroyed queue or chime — an event, a pending flag, a message — reaches
 * the queue or chime created next in the same memory.
 */
typedef struct yuni_queue yuni_queue;
typedef struct yuni_chime yuni_chime;
typedef struct yuni_source yuni_source;
typedef struct yuni_channel yuni_channel;

#define YUNI_QUEUE_MAX_CHIMES 4096 /* chimes per queue, internal ones included */
#define YUNI_CULTURE_MAX 31        /* longest culture name */

/* Event types. */
#define YUNI_EVENT_CHIME 1   /* a chime rang; source = the chime */
#define YUNI_EVENT_FD 2      /* flags = YUNI_FD_* readiness, value = the fd */
#define YUNI_EVENT_TIMER 3   /* value = expirations since the last event (>= 1) */
#define YUNI_EVENT_SIGNAL 4  /* flags = the signal number, value = deliveries (>= 1) */
#define YUNI_EVENT_QUEUE 5   /* a bundled child queue has events; value = its ready count if known */
#define YUNI_EVENT_CHANNEL 6 /* a channel has messages; value = messages waiting */

typedef struct yuni_event {
    uint32_t type;     /* YUNI_EVENT_* */
    uint32_t flags;
    uint64_t tag;      /* the tag the chime or source was made with */
    int64_t value;
    uintptr_t source;  /* the yuni_chime, yuni_source or yuni_channel handle */
} yuni_event;

/* fd interest and readiness (yuni_queue_add_fd, yuni_event.flags). */
#define YUNI_FD_READ 0x1u
#define YUNI_FD_WRITE 0x2u
#define YUNI_FD_HANGUP 0x4u  /* readiness only */
#define YUNI_FD_ERROR 0x8u   /* readiness only */
/* Source flags. */
#define YUNI_SOURCE_ONESHOT 0x100u /* fd: disarm after one event until yuni_source_rearm */
#define YUNI_SOURCE_EDGE 0x200u    /* fd: report changes, not levels */

/* Queue capabilities (yuni_queue_statistics.caps). */
#define YUNI_QUEUE_CAN_CHIME 0x1u
#define YUNI_QUEUE_POLLABLE 0x2u /* yuni_queue_fd gives an fd */
#define YUNI_QUEUE_FOREIGN 0x4u  /* made by yuni_queue_create_foreign */

typedef struct yuni_queue_statistics {
    char culture[YUNI_CULTURE_MAX + 1]; /* "epoll", or the foreign queue's */
    uint32_t caps;                      /* YUNI_QUEUE_* */
    int32_t fd;                         /* -1 when not pollable */
    uint32_t chimes;                    /* live chimes, internal ones included */
    uint32_t sources;                   /* attached sources and channels */
    uint64_t waits;                     /* yuni_queue_wait calls */
    uint64_t events;                    /* events delivered */
    uint64_t kernel_wakes;              /* eventfd writes made by rings (coalescing shows here) */
    uint64_t empty_wakes;               /* kernel wake-ups that yielded no event */
} yuni_queue_statistics;

/* A library's own wait, wrapped as a queue. */
typedef struct yuni_foreign_queue {
    uint32_t size;       /* sizeof(yuni_foreign_queue) */
    uint32_t flags;      /* 0 */
    const char* culture; /* 1..YUNI_CULTURE_MAX chars, copied */
    /* Blocks until the library has events: in = [ctx:ptr, timeout_ns:s64
     * (< 0 forever)], out = [ready:s32] (> 0 events ready, 0 timed out,
     * < 0 error).  Must not consume the events: the host does that. */
    nccc_call_t wait;
    /* Optional: in = [ctx:ptr]; makes a blocked wait return soon.  Without
     * it, a waiter thread waits in slices of 50 ms to notice removal. */
    nccc_call_t wake;
    void* ctx;
} yuni_foreign_queue;

/* Create an epoll queue.  flags: 0.  Errors: YUNI_EINVAL, YUNI_ENOMEM
 * (memory, handles or file descriptors exhausted). */
YUNI_API int32_t yuni_queue_create(uint32_t flags, yuni_queue** out);
/* Wrap a library's wait as a queue (see yuni_foreign_queue). */
YUNI_API int32_t yuni_queue_create_foreign(const yuni_foreign_queue* desc, yuni_queue** out);
/* Destroy a queue (see above).  YUNI_EBUSY, changing nothing, while it is
 * bundled into a parent (remove that source first), and when called from
 * inside a wait on the queue (a foreign queue's wait function) or from a
 * bundled foreign child's wait running on the queue's waiter thread: those
 * would wait for themselves. */
YUNI_API int32_t yuni_queue_destroy(yuni_queue* queue);
/* The queue's pollable fd (>= 0), or YUNI_ESTATE for a foreign queue.  The
 * library owns it: do not close it or read from it. */
YUNI_API int32_t yuni_queue_fd(yuni_queue* queue);
/* What the queue is and what it has done. */
YUNI_API int32_t yuni_queue_stats(yuni_queue* queue, yuni_queue_statistics* out);
/* Wait up to timeout_ns (< 0 forever, 0 poll) and fill events[0..max-1].
 * Returns the count (0 on timeout) or a status.  A foreign queue calls its
 * wait and reports one YUNI_EVENT_QUEUE when it has events. */
YUNI_API int32_t yuni_queue_wait(yuni_queue* queue, yuni_event* events, int32_t max, int64_t timeout_ns);

/* Make a chime on an epoll queue.  YUNI_ESTATE for a queue that cannot
 * chime, YUNI_ETOOBIG past YUNI_QUEUE_MAX_CHIMES. */
YUNI_API int32_t yuni_chime_create(yuni_queue* queue, uint64_t tag, yuni_chime** out);
YUNI_API int32_t yuni_chime_destroy(yuni_chime* chime);
/* Ring: YUNI_OK or YUNI_EBADHANDLE (no error detail is set: this call is
 * async-signal-safe). */
YUNI_API int32_t yuni_chime_ring(yuni_chime* chime);

/* Watch fd for YUNI_FD_READ and/or YUNI_FD_WRITE (plus YUNI_SOURCE_*).
 * Remove the source before closing the fd.
 *
 * The epoll limit: the kernel keys a registration by the file and the
 * number it was added under, and takes removals by number.  When the host
 * closes the fd first, the registration either goes with the file (no
 * other descriptor refers to it) or outlives the number (a dup, a forked
 * child's copy keeps the file open), and then nothing can remove it but
 * closing the queue.  The library never lets either hurt: a source whose
 * number a later source of the queue took never touches that number again
 * (removing it cannot delete the newer source's registration); a
 * level-triggered source is re-armed after each event it reports, and when
 * the number no longer reaches its file that event carries YUNI_FD_ERROR
 * and the dead registration, left disarmed, reports nothing more; an event
 * of a registration no source owns is dropped (counted in empty_wakes), at
 * most once for a level-triggered one.  An edge-triggered source's dead
 * registration may still report the file's changes; each is dropped, and
 * none makes a wait spin.  YUNI_SOURCE_ONESHOT's re-arm of a source whose
 * number no longer reaches its file is YUNI_EINVAL. */
YUNI_API int32_t yuni_queue_add_fd(yuni_queue* queue, int32_t fd, uint32_t flags, uint64_t tag,
                                   yuni_source** out);
/* A monotonic timer: first expiry after first_ns (> 0), then every
 * interval_ns (0: once). */
YUNI_API int32_t yuni_queue_add_timer(yuni_queue* queue, int64_t first_ns, int64_t interval_ns,
                                      uint64_t tag, yuni_source** out);
/* Deliver signal signo to this queue (see above for the refused ones). */
YUNI_API int32_t yuni_queue_add_signal(yuni_queue* queue, int32_t signo, uint64_t tag,
                                       yuni_source** out);
/* Bundle child into parent (an epoll queue): parent gets YUNI_EVENT_QUEUE
 * when child has events.  A foreign child gets a waiter thread.  Cycles are
 * refused (YUNI_EINVAL). */
YUNI_API int32_t yuni_queue_bundle(yuni_queue* parent, yuni_queue* child, uint64_t tag,
                                   yuni_source** out);
/* Re-arm a one-shot fd source or a foreign bundle after its event.
 * YUNI_EINVAL when the fd was closed, or its number reused, before removal;
 * YUNI_ESTATE for any other source. */
YUNI_API int32_t yuni_source_rearm(yuni_source* source);
/* Detach and free a source (a foreign bundle's waiter is stopped first:
 * its library's wake is called until the waiter is out of the library's
 * wait).  YUNI_EBUSY, changing nothing, when called from that wait. */
YUNI_API int32_t yuni_source_remove(yuni_source* source);

/*
 * Channels carry messages between VMs (or any threads) to one receiving
 * queue.  Send copies the message into the channel's own native heap
 * (capacity bytes) and announces it with a YUNI_EVENT_CHANNEL; it takes no
 * lock of the receiver and never blocks, so two VMs sending to each other at
 * once cannot deadlock.  A full channel refuses with YUNI_EBUSY (retry once
 * the receiver took messages); a message longer than the channel holds when
 * empty is YUNI_ETOOBIG, so a sender that retries on YUNI_EBUSY never spins
 * on one that cannot fit.  Any number of senders; one receiver at a time.
 * Messages arrive in send order per sender.  A send or receive racing the
 * destroy of the channel or of its queue answers as before the destroy or
 * YUNI_EBADHANDLE; the messages left in a destroyed channel are dropped.
 */
YUNI_API int32_t yuni_channel_create(yuni_queue* receiver, uint64_t tag, size_t capacity,
                                     yuni_channel** out);
YUNI_API int32_t yuni_channel_destroy(yuni_channel* channel);
YUNI_API int32_t yuni_channel_send(yuni_channel* channel, const void* data, size_t length);
/* Take the oldest message: 1 and its length in *length, or 0 when empty.
 * YUNI_ETOOBIG when it does not fit capacity (*length says how much it
 * needs; the message stays). */
YUNI_API int32_t yuni_channel_receive(yuni_channel* channel, void* buffer, size_t capacity,
                                      size_t* length);

/* Run fn(in, out) on one of vm's pool threads and ring `done` (may be NULL)
 * when it has returned: a host with one OS thread (a Racket place) keeps its
 * green threads running meanwhile.  in and out must stay valid until then.
 * The VM is not owned during the call.  yuni_vm_destroy waits for accepted
 * calls.  Errors: YUNI_EBADHANDLE, YUNI_EINVAL, YUNI_ENOMEM (no thread could
 * be started). */
YUNI_API int32_t yuni_nccc_call_async(yuni_vm* vm, nccc_call_t fn, const nccv64* in, nccv64* out,
                                      yuni_chime* done);

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
 *
 * Lifetime: yuni_heap_destroy racing other calls on the same heap waits for
 * the calls already inside to return, then unmaps; every call that starts
 * after it answers YUNI_EBADHANDLE (or NULL / 0) without touching the region.
 * Of racing destroys one answers YUNI_OK, the others YUNI_EBADHANDLE.  The
 * blocks are the host's memory: using one after its heap is destroyed is the
 * caller's race, as with free().  With YUNI_HEAP_UNSYNCHRONIZED the caller's
 * one-thread-at-a-time guarantee covers destroy too: such a heap's calls do
 * not count themselves in (what makes them the fastest).
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

/* Unmap the heap.  Blocks still live become invalid.  YUNI_EBUSY while an
 * offload thread holds the heap (yuni_thread_opts.heap): a thread start and a
 * destroy racing on one heap decide in one atomic step, so either the start
 * holds the heap (destroy answers YUNI_EBUSY) or the destroy wins (the start
 * answers YUNI_EBADHANDLE). */
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

/* ------------------------------------------------------------------------ */
/* Offload programs                                                          */
/* ------------------------------------------------------------------------ */
/*
 * Offload is a GC-free strict subset of R6RS Scheme (docs/offload.md).  A
 * program is compiled from source (yuni_offload_compile) or loaded from
 * bytecode (yuni_offload_load); either way the bytecode is verified before
 * anything can run, so a malformed blob is YUNI_ECOMPILE with a message,
 * never a crash.  Bytecode is little-endian; this build runs only on
 * little-endian machines.
 *
 * An entry is called as an NCCC function through (dispatch, ctx):
 *     in  = [ctx:ptr, arg…]    (a bytevector argument takes two slots,
 *                               pointer and length; a boolean is s32)
 *     out = [status:s32, result]
 * status is YUNI_OK and out[1] holds the result (s64, f64, or s32 for a
 * boolean; nothing for void), or YUNI_ETRAP with out[1].s32 the trap kind
 * (YUNI_TRAP_*), or YUNI_ESTATE when an import the entry reaches is not
 * granted, YUNI_EINVAL for a NULL `in`/`out` or a NULL pointer with a
 * non-zero length, YUNI_EBADHANDLE for a stale ctx.  A trap leaves the
 * process, the heap and the program intact; the entry may be called again.
 * Where a trap happened (entry, function, bytecode offset, source position)
 * is in yuni_offload_last_trap and yuni_error_detail.
 *
 * Threads: entries may run on any number of threads at once (top-level
 * definitions are constants); imports may call back into the host and into
 * other entries.
 *
 * Lifetimes: yuni_offload_destroy while entries of the program run on other
 * threads interrupts them — each traps YUNI_TRAP_INTERRUPTED at its next
 * check (within 65536 backward jumps or calls; an import in progress
 * returns first, so the host's import decides how long that is) — and
 * returns once all of them have returned; every call that starts after it
 * answers YUNI_EBADHANDLE, its entries' (dispatch, ctx) pairs included.
 * It is YUNI_EBUSY, changing nothing, while an offload thread runs the
 * program, and when called from inside one of its entries (an import that
 * destroys its own program would wait for itself).  A thread start and a
 * destroy racing on one program decide in one atomic step: the start holds
 * the program (destroy answers YUNI_EBUSY) or the destroy wins (the start
 * answers YUNI_EBADHANDLE).
 */
typedef struct yuni_program yuni_program;

enum yuni_offload_trap_kind {
    YUNI_TRAP_NONE = 0,
    YUNI_TRAP_OUT_OF_BOUNDS = 1,    /* a bytevector access outside [0, length) */
    YUNI_TRAP_INTEGER_OVERFLOW = 2, /* an s64 result (or a stored element) out of range */
    YUNI_TRAP_DIVISION_BY_ZERO = 3,
    YUNI_TRAP_NOT_INTEGRAL = 4,     /* exact of a fraction, NaN or infinity */
    YUNI_TRAP_CALL_DEPTH = 5,       /* non-tail calls nested past the limit */
    YUNI_TRAP_BUDGET = 6,           /* the step budget ran out */
    YUNI_TRAP_MISALIGNED = 7,       /* an atomic on an offset not a multiple of 8 */
    YUNI_TRAP_BAD_HANDLE = 8,       /* chime! on a destroyed or foreign chime */
    YUNI_TRAP_INTERRUPTED = 9       /* stopped while it ran: its offload thread's stop, or its program's destroy */
};

/* How deep non-tail calls may nest, per thread (imports that call back into
 * entries count their frames too). */
#define YUNI_OFFLOAD_CALL_DEPTH 10000

typedef struct yuni_offload_trap {
    int32_t kind;         /* YUNI_TRAP_*, or YUNI_TRAP_NONE if nothing trapped yet */
    int32_t function;     /* index of the function that trapped */
    int32_t pc;           /* instruction index in that function */
    int32_t line, column; /* source position, or 0 without debug info */
    char entry[64];       /* the entry that was called (truncated) */
} yuni_offload_trap;

/* Compile Offload source text (`len` bytes; need not be NUL-terminated).
 * YUNI_ECOMPILE with "source:line:col: message" in `err` (and in
 * yuni_error_detail) when the program is not valid Offload.  `err` may be
 * NULL.  Compiling runs the Go compiler in the library: a control-plane
 * call, never for a real-time path. */
YUNI_API int32_t yuni_offload_compile(const char* src, size_t len, yuni_program** out, char* err,
                                      size_t errlen);
/* The same, with `name` (NUL-terminated; NULL or "" is "source") as the file
 * every position names: compile errors read "name:line:col: message" and
 * trap details "name:line:col: trap …". */
YUNI_API int32_t yuni_offload_compile_named(const char* name, const char* src, size_t len, yuni_program** out,
                                            char* err, size_t errlen);

/* Verify and load bytecode (as written by `yuni-offload compile`).  The
 * bytes are copied.  YUNI_ECOMPILE with a message when they are malformed. */
YUNI_API int32_t yuni_offload_load(const void* code, size_t len, yuni_program** out, char* err,
                                   size_t errlen);

YUNI_API int32_t yuni_offload_destroy(yuni_program* program);

/* Grant the NCCC function `fn` to the import `name`.  Nothing else is
 * callable from the program.  A second grant replaces the first.  Errors:
 * YUNI_ENOSYM (no such import), YUNI_EINVAL (NULL). */
YUNI_API int32_t yuni_offload_grant(yuni_program* program, const char* name, nccc_call_t fn);

/* The entry `name` as an NCCC callable (see above).  The pair stays valid
 * until the program is destroyed.  Errors: YUNI_ENOSYM. */
YUNI_API int32_t yuni_offload_entry(yuni_program* program, const char* name, nccc_call_t* dispatch,
                                    void** ctx);

/* Limit every later call of the program's entries to `steps` steps (a step
 * is one backward jump or one call, so every loop and recursion pays); 0
 * removes the limit.  Running out traps YUNI_TRAP_BUDGET. */
YUNI_API int32_t yuni_offload_set_budget(yuni_program* program, uint64_t steps);

/* Describing a program, so a host binding can convert its values: the
 * entries and the imports (what each must be granted) with their types. */
#define YUNI_OFFLOAD_ENTRIES 0
#define YUNI_OFFLOAD_IMPORTS 1

/* Value types in signatures; a bytevector takes two NCCC slots (ptr, s64
 * length), a boolean is s32, a chime is a yuni_chime pointer. */
#define YUNI_OFFLOAD_VOID 0
#define YUNI_OFFLOAD_S64 1
#define YUNI_OFFLOAD_F64 2
#define YUNI_OFFLOAD_BOOLEAN 3
#define YUNI_OFFLOAD_BYTEVECTOR 4
#define YUNI_OFFLOAD_CHIME 5

#define YUNI_OFFLOAD_MAX_PARAMS 64

#define YUNI_OFFLOAD_SIG_REALTIME 0x1u /* an entry defined with define-entry/rt */
#define YUNI_OFFLOAD_SIG_BLOCKING 0x2u /* an import declared as blocking */
#define YUNI_OFFLOAD_SIG_GRANTED 0x4u  /* an import that has been granted */
#define YUNI_OFFLOAD_SIG_REACHES_IMPORTS 0x8u /* an entry that can call an import (so the host) */

typedef struct yuni_offload_signature {
    const char* name;  /* valid until the program is destroyed */
    int32_t result;    /* YUNI_OFFLOAD_* value type */
    int32_t nparams;   /* value parameters */
    int32_t nslots;    /* NCCC slots they take after ctx */
    uint32_t flags;    /* YUNI_OFFLOAD_SIG_* */
    uint8_t params[YUNI_OFFLOAD_MAX_PARAMS]; /* YUNI_OFFLOAD_* per parameter */
} yuni_offload_signature;

/* How many entries (kind YUNI_OFFLOAD_ENTRIES) or imports the program has,
 * or a negative status. */
YUNI_API int32_t yuni_offload_count(yuni_program* program, int32_t kind);
/* The signature of entry or import `index` (0 .. count-1).  Errors:
 * YUNI_EBADHANDLE, YUNI_EINVAL (kind or NULL out), YUNI_ERANGE (index). */
YUNI_API int32_t yuni_offload_signature_of(yuni_program* program, int32_t kind, int32_t index,
                                           yuni_offload_signature* out);

/* The calling thread's most recent trap. */
YUNI_API int32_t yuni_offload_last_trap(yuni_offload_trap* out);

/* The name of a trap kind ("out-of-bounds", …); never NULL. */
YUNI_API const char* yuni_offload_trap_name(int32_t kind);

/* ------------------------------------------------------------------------ */
/* SPSC rings in native memory                                               */
/* ------------------------------------------------------------------------ */
/*
 * A single-producer single-consumer byte ring laid out in memory the caller
 * owns (typically a native-heap block), so an Offload program on a real-time
 * thread can hand results to the host without locks or allocation.  The
 * same memory is a bytevector to an Offload program (ring-init!, ring-put!,
 * ring-get!, ring-count) and to (offload) in Scheme, with this layout:
 *
 *   offset   0  u64 bytes ever written (the producer's)
 *   offset  64  u64 bytes ever read (the consumer's)
 *   offset 128  u64 capacity: a power of two, at most length - 192
 *   offset 192  the data
 *
 * One thread puts and one thread gets at a time; the two counters sit on
 * their own cache lines.  A put is all or nothing.
 */
#define YUNI_RING_HEADER 192

/* Lay a ring over `bytes` bytes at `mem` (8-byte aligned); returns the
 * capacity (the largest power of two that fits) or YUNI_EINVAL. */
YUNI_API int64_t yuni_ring_init(void* mem, uint64_t bytes);
/* Copy n bytes in: n, or 0 when fewer than n bytes are free.  YUNI_EINVAL
 * for a NULL pointer or a header that is not a ring. */
YUNI_API int64_t yuni_ring_put(void* ring, const void* src, uint64_t n);
/* Copy up to n bytes out; returns how many (0 when empty). */
YUNI_API int64_t yuni_ring_get(void* ring, void* dst, uint64_t n);
/* Bytes waiting to be read. */
YUNI_API int64_t yuni_ring_count(const void* ring);

/* ------------------------------------------------------------------------ */
/* Thread classes                                                            */
/* ------------------------------------------------------------------------ */
/*
 * Labels in the spirit of Windows MMCSS tasks, because raw priorities mean
 * different things on different systems.  On Linux:
 *   realtime-audio  SCHED_FIFO at `priority` (1..99, 0 = 70), timer slack
 *                   1 ns.  Without permission (CAP_SYS_NICE or
 *                   RLIMIT_RTPRIO): nice -10, and without that nice 0.
 *   interactive     nice -5 (without permission: nice 0), best-effort I/O
 *                   priority 0.
 *   normal          SCHED_OTHER, nice 0.
 *   background      SCHED_IDLE, idle I/O priority.
 * What was granted is reported; a refusal is a fallback, not an error.  The
 * last step of every class is to keep what the thread has: when the kernel
 * refuses every other (a process already at nice 5 without privilege cannot
 * return to nice 0), the call still succeeds and the grant says so
 * (YUNI_GRANT_FALLBACK | YUNI_GRANT_KEPT, the first errno in `error`, the
 * policy and nice the thread kept).
 * A host may label its own threads too, e.g. put its collector's thread
 * above its mutators so a low-priority thread that triggers a collection
 * cannot stall a higher one (priority inversion).
 */
#define YUNI_CLASS_NORMAL 0
#define YUNI_CLASS_REALTIME_AUDIO 1
#define YUNI_CLASS_INTERACTIVE 2
#define YUNI_CLASS_BACKGROUND 3

#define YUNI_GRANT_FALLBACK 0x1u    /* the class's first choice was refused */
#define YUNI_GRANT_TIMER_SLACK 0x2u /* timer slack was set (calling thread only) */
#define YUNI_GRANT_IO_PRIORITY 0x4u /* the I/O priority was set */
#define YUNI_GRANT_KEPT 0x8u        /* every step was refused: the thread kept what it had */

typedef struct yuni_class_grant {
    uint32_t thread_class; /* what was asked */
    int32_t policy;        /* the scheduling policy in effect (SCHED_OTHER 0, SCHED_FIFO 1, SCHED_IDLE 5) */
    int32_t priority;      /* SCHED_FIFO priority, else 0 */
    int32_t nice;          /* the nice value in effect */
    uint32_t flags;        /* YUNI_GRANT_* */
    int32_t error;         /* errno of the first refused step, 0 when all was granted */
} yuni_class_grant;

/* Put thread `tid` (a Linux thread id; 0 = the calling thread) in a class.
 * `granted` may be NULL.  YUNI_EINVAL for an unknown class, a priority out
 * of range or a thread that does not exist. */
YUNI_API int32_t yuni_thread_set_class(int32_t tid, uint32_t thread_class, int32_t priority,
                                       yuni_class_grant* granted);

/* ------------------------------------------------------------------------ */
/* Native offload threads                                                    */
/* ------------------------------------------------------------------------ */
/*
 * An Offload entry on a thread the library owns: no Go runtime, no host GC,
 * its C stack and register stack locked and pre-faulted at start.  It runs
 * the entry once, periodically (absolute release times, so lateness does not
 * accumulate), or once per delivery of a signal.  Results travel through
 * chime! and rings in native memory; the thread's end (finished, trapped,
 * stopped) rings opts.done.  A trap ends the thread cleanly and is reported
 * in its statistics.
 *
 * In the realtime-audio class the entry must not reach an import (which
 * could allocate or block): yuni_offload_thread_start refuses it with
 * YUNI_EPERM and says which import.  While a thread runs, its program and
 * opts.heap cannot be destroyed (YUNI_EBUSY).
 *
 * Lifetimes: every call on a thread handle may race every other, from any
 * thread.  yuni_offload_thread_destroy stops the thread, waits until the
 * calls inside (a stop joining it, a wait, statistics) have returned —
 * they answer as the thread ended — joins and frees; every call that
 * starts after it answers YUNI_EBADHANDLE, and of racing destroys one
 * answers YUNI_OK, the others YUNI_EBADHANDLE.  Stop, wait and destroy are
 * YUNI_EBUSY, changing nothing, when called on the thread's own handle from
 * the thread itself (an import of its entry), which would wait for itself.
 * The handles in yuni_thread_opts are checked as arguments are: a done
 * chime or heap that is not live is YUNI_EBADHANDLE; a done chime destroyed
 * while the thread runs makes its last ring do nothing.
 */
typedef struct yuni_offload_thread yuni_offload_thread;

typedef struct yuni_thread_opts {
    uint32_t size;         /* sizeof(yuni_thread_opts) */
    uint32_t thread_class; /* YUNI_CLASS_* */
    int32_t priority;      /* realtime-audio's SCHED_FIFO priority; 0 = 70 */
    int32_t signo;         /* > 0: run once per delivery of this signal (period_ns must be 0) */
    int64_t period_ns;     /* > 0: run at start + k * period; 0: run once */
    int64_t start_ns;      /* CLOCK_MONOTONIC time of the first run; 0 = now */
    uint64_t max_runs;     /* periodic or signal: finish after this many runs; 0 = until stopped */
    const nccv64* args;    /* the entry's argument slots (without ctx); copied */
    uint32_t nargs;        /* how many slots: must match the entry */
    uint32_t stack_regs;   /* Offload registers reserved and locked; 0 = 65536 */
    yuni_chime* done;      /* rung once when the thread ends; may be NULL */
    yuni_heap* heap;       /* the heap holding the thread's buffers, kept alive; may be NULL */
} yuni_thread_opts;

#define YUNI_THREAD_RUNNING 1
#define YUNI_THREAD_FINISHED 2 /* ran once, or max_runs times */
#define YUNI_THREAD_TRAPPED 3  /* the entry trapped or failed: see status and trap */
#define YUNI_THREAD_STOPPED 4  /* by yuni_offload_thread_stop */

/* Lateness is the time from a release to the thread running it, kept in a
 * histogram of 1 µs buckets; the last bucket collects everything later. */
#define YUNI_THREAD_HISTOGRAM_BUCKETS 20000

typedef struct yuni_offload_thread_stats {
    int32_t state;          /* YUNI_THREAD_* */
    int32_t status;         /* the last run's status (YUNI_OK, YUNI_ETRAP, …) */
    int32_t memory_locked;  /* 1: its stacks are mlock'ed; 0: only pre-faulted (no permission) */
    int32_t reserved;
    uint64_t runs;          /* entry calls completed */
    uint64_t misses;        /* runs that ended after the next release, plus releases skipped */
    uint64_t signals;       /* signal deliveries seen (signal threads) */
    uint64_t page_faults;   /* page faults the thread took after its first run */
    int64_t lateness_p50_ns, lateness_p99_ns, lateness_p999_ns, lateness_max_ns;
    int64_t run_max_ns;     /* the longest entry call */
    int64_t last_result;    /* out[1] of the last run, as s64 */
    yuni_class_grant grant; /* the class the thread got */
    yuni_offload_trap trap; /* where it trapped (state TRAPPED), or was interrupted (STOPPED mid-run) */
} yuni_offload_thread_stats;

/* Start `entry` of `program` on a new thread.  Errors: YUNI_ENOSYM (no such
 * entry), YUNI_EINVAL (opts NULL or inconsistent, wrong number of argument
 * slots), YUNI_ESTATE (an import it reaches is not granted), YUNI_EPERM (a
 * realtime-audio entry that reaches an import), YUNI_EBADHANDLE (the
 * program, opts.done or opts.heap is not live, or is being destroyed),
 * YUNI_ENOMEM. */
YUNI_API int32_t yuni_offload_thread_start(yuni_program* program, const char* entry, const yuni_thread_opts* opts,
                                           yuni_offload_thread** out);
/* Stop the thread and join it.  A run in progress ends at its next
 * backward jump or call past a check (every 65536 such steps) with the trap
 * YUNI_TRAP_INTERRUPTED, so even a runaway loop stops.  The handle stays
 * valid for statistics until destroyed. */
YUNI_API int32_t yuni_offload_thread_stop(yuni_offload_thread* thread);
/* Wait up to timeout_ns (< 0: forever) for the thread to end by itself;
 * YUNI_EBUSY when it is still running. */
YUNI_API int32_t yuni_offload_thread_wait(yuni_offload_thread* thread, int64_t timeout_ns);
YUNI_API int32_t yuni_offload_thread_statistics(yuni_offload_thread* thread, yuni_offload_thread_stats* out);
/* Copy up to n lateness buckets (see YUNI_THREAD_HISTOGRAM_BUCKETS) into
 * counts; returns how many were copied. */
YUNI_API int32_t yuni_offload_thread_histogram(yuni_offload_thread* thread, uint64_t* counts, int32_t n);
/* Stop, join and free. */
YUNI_API int32_t yuni_offload_thread_destroy(yuni_offload_thread* thread);

#ifdef __cplusplus
}
#endif

#endif /* YUNI_NCCC_H */
