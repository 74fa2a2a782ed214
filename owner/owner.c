/* VM ownership: the owner word, the wanting queue with direct handoff, the
 * heartbeat and the pool (docs/design.md; the protocol is model-checked in
 * tests/model/owner.pml).
 *
 * The owner word is 64 bits: generation << 32 | owner index (0 = unowned).
 * Every own increments the generation, so a disown token (the generation at
 * disown) tells reown whether anybody owned the VM since.
 *
 * Fast paths and the one subtle ordering.  own = load waiters + CAS owner.
 * disown = plain release store of (gen, 0), then a plain load of `waiters`.
 * A waiter enqueues (waiters++), then loads the owner word. Store-then-load
 * on both sides is Dekker's pattern and needs a StoreLoad fence on both; a
 * fence would double the cost of disown. Instead the rare side pays: before
 * the first waiter of a run of contention (the one that takes waiters from
 * 0 to 1), or the heartbeat going idle, re-reads the owner word it calls
 * membarrier(PRIVATE_EXPEDITED), which runs a full barrier on every CPU
 * running this process. So either the disowner's load sees waiters > 0 and it
 * hands off, or the waiter's re-read sees the VM free and gives it to the
 * head of the queue. Later waiters of the run need no barrier: after the
 * first one's, every load of waiters reads it non-zero while any of them is
 * queued (own_slow). Where membarrier is missing, or YUNI_NO_MEMBARRIER=1,
 * a release is a seq_cst store and seq_cst loads instead (correct under
 * C11, slower; docs/design.md has both arguments).
 *
 * Barging: a thread whose own fast path read waiters == 0 before a waiter
 * enqueued may take a free VM past that waiter once; every later own of it
 * sees waiters > 0 and queues. So a waiter sees at most (queued ahead) +
 * (threads) owns by others: the fairness bound the stress test asserts. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <linux/membarrier.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "core.h"

#define IDX(w) ((uint32_t)(w))
#define GEN(w) ((uint32_t)((w) >> 32))
#define WORD(gen, idx) (((uint64_t)(uint32_t)(gen) << 32) | (uint32_t)(idx))

enum thread_state { T_FREE = 0, T_ATTACHED = 1 };
enum { Q_NONE = 0 };

struct bound_call {
    nccc_call_t fn;
    const nccv64* in;
    nccv64* out;
    _Atomic uint32_t done;
    struct bound_call* next;
};

/* A call for yuni_nccc_call_async, run by a pool thread. */
struct async_job {
    nccc_call_t fn;
    const nccv64* in;
    nccv64* out;
    yuni_chime* done;
    struct async_job* next;
};

struct vm_thread {
    _Atomic uint32_t sem;   /* counting semaphore: handoffs and wakes */
    _Atomic uint32_t serve; /* futex word: bound calls posted */
    uint32_t state;
    uint32_t attach_count;
    uint32_t flags;
    uint32_t is_pool;
    int32_t priority;
    uint32_t next;   /* next in the wanting queue or the pool's idle stack */
    uint32_t queued; /* in the wanting queue */
    uint32_t enq_gen; /* owner generation when it queued */
    struct bound_call* mailbox;
    struct async_job* job; /* handed to this pool thread with its wake */
    _Atomic uint64_t fast_stamp; /* yuni_vm_fast records of this thread are valid while equal; 0: none */
};

struct yuni_vm {
    /* First cache line: everything the fast paths read. */
    _Atomic uint64_t owner;
    _Atomic uint32_t waiters; /* the yield flag: threads queued */
    _Atomic int32_t runnable;
    _Atomic uintptr_t live_handle; /* the handle while live, 0 once destroyed */
    struct yuni_vm* next_free;     /* VM memory is recycled, never freed: see hot */
    pthread_mutex_t lock;     /* queue, thread table, pool, mailboxes */
    uint32_t head, tail;      /* wanting queue (thread indices) */
    struct vm_thread threads[YUNI_VM_MAX_THREADS + 1];
    uint32_t nthreads;
    yuni_vm_config cfg;
    uintptr_t handle;
    /* heartbeat */
    pthread_t hb_thread;
    int hb_started;
    _Atomic uint32_t hb_idle; /* futex word: 1 while the heartbeat sleeps */
    _Atomic uint32_t stopping;
    /* pool */
    uint32_t pool_idle_head;
    uint32_t pool_threads, pool_idle, pool_busy;
    _Atomic uint32_t in_entry; /* pool threads inside the host's entry */
    pthread_cond_t pool_gone;
    struct async_job *jobs_head, *jobs_tail; /* accepted, waiting for a pool thread */
    /* statistics (under lock, or atomics where fast paths touch them) */
    _Atomic uint64_t handoffs, slow_owns, takeovers, yields, switched, hb_ticks, hb_wakeups,
        bound_calls, exit_recoveries, async_calls;
    _Atomic uint32_t max_passes;
};

/* ---- futex and membarrier ---- */

static long futex(_Atomic uint32_t* addr, int op, uint32_t val, const struct timespec* ts) {
    return syscall(SYS_futex, (uint32_t*)addr, op | FUTEX_PRIVATE_FLAG, val, ts, NULL, 0);
}

static void sem_post(_Atomic uint32_t* sem) {
    atomic_fetch_add_explicit(sem, 1, memory_order_release);
    futex(sem, FUTEX_WAKE, 1, NULL);
}

/* Wait for a post: 0, or -1 once the deadline (CLOCK_MONOTONIC, NULL for
 * none) has passed with no post. */
static int sem_wait_until(_Atomic uint32_t* sem, const struct timespec* deadline) {
    int expired = 0;
    for (;;) {
        uint32_t v = atomic_load_explicit(sem, memory_order_acquire);
        while (v > 0) {
            if (atomic_compare_exchange_weak_explicit(sem, &v, v - 1, memory_order_acquire,
                                                      memory_order_acquire))
                return 0;
        }
        if (expired) return -1;
        if (!deadline) {
            futex(sem, FUTEX_WAIT, 0, NULL);
        } else if (syscall(SYS_futex, (uint32_t*)sem, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, 0,
                           deadline, NULL, FUTEX_BITSET_MATCH_ANY) == -1 &&
                   errno == ETIMEDOUT) {
            expired = 1; /* one more look: a post may have raced the timeout */
        }
    }
}

/* 1: asymmetric fences (membarrier); 0: the portable protocol, where a
 * release is a seq_cst store followed by seq_cst loads and the heavy fence
 * is a seq_cst fence. Fixed once, before the first VM exists, because the
 * two sides must agree: YUNI_NO_MEMBARRIER=1 in the environment chooses the
 * portable protocol on a kernel that has membarrier. */
static int membarrier_ok;
static pthread_once_t membarrier_once = PTHREAD_ONCE_INIT;
static void membarrier_init(void) {
    const char* off = getenv("YUNI_NO_MEMBARRIER");
    if (off && off[0] && strcmp(off, "0") != 0) return;
    membarrier_ok = syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0;
}
static long membarrier_expedited(void) {
    return syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
}
/* Set for good once a barrier failed: from then on no waiter relies on
 * another's barrier (own_slow), every waiter looks on a timer. */
static _Atomic int barrier_failed;

/* The heavy half of the asymmetric fence (see the top of this file). 1: a
 * full barrier ran on every CPU running this process (or, in the portable
 * protocol, a seq_cst fence that pairs with the seq_cst release). 0: the
 * barrier failed at run time (the kernel is short of memory, or a seccomp
 * policy refuses the call). A release in flight may then have used
 * the light half alone, so the caller's one look at the owner word proves
 * nothing: it must not sleep untimed on it, and looks again on a timer
 * (BARRIER_RETRY_NS) until it owns. A seq_cst fence here would not help: it
 * pairs only with a seq_cst release. */
static int heavy_fence(void) {
    if (!membarrier_ok) {
        atomic_thread_fence(memory_order_seq_cst);
        return 1;
    }
    if (membarrier_expedited() == 0) return 1;
    /* Registration is per memory map: register again and retry once. */
    if (syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0 && membarrier_expedited() == 0)
        return 1;
    atomic_store(&barrier_failed, 1);
    return 0;
}
/* How long a waiter whose barrier failed sleeps between looks. */
#define BARRIER_RETRY_NS 1000000L

/* ---- per-thread registrations (TLS) ---- */

struct registration {
    uintptr_t vm;
    uint32_t index;
    uint32_t flags; /* YUNI_THREAD_* copied here so disown reads no table */
    struct yuni_vm* ptr;
    uint64_t owned; /* in hot: the owner word this thread's last fast own stored */
};
static _Thread_local struct registration regs[YUNI_THREAD_MAX_VMS];
static _Thread_local uint32_t nregs;
static pthread_key_t exit_key;
static pthread_once_t exit_key_once = PTHREAD_ONCE_INIT;
static void thread_exit(void* unused);
static void exit_key_init(void) { pthread_key_create(&exit_key, thread_exit); }

/* The fast paths' lookup: this thread's most recent (VM handle, index,
 * flags, VM pointer), in initial-exec TLS. That is a plain %fs-relative load
 * even inside a shared object (the general model calls __tls_get_addr,
 * several ns), and 24 bytes fit the static TLS surplus glibc keeps for
 * dlopen'ed objects. The pointer is used without the handle table because
 * VM memory is never freed, only recycled (vm_pool): a stale pointer still
 * points at a yuni_vm, whose live_handle no longer matches. */
static __thread struct registration hot __attribute__((tls_model("initial-exec")));

static uint32_t my_index_slow(uintptr_t handle) {
    uint32_t i;
    for (i = 0; i < nregs; i++) {
        if (regs[i].vm == handle) {
            hot = regs[i];
            return hot.index;
        }
    }
    return 0;
}

/* The caller's index in `handle`'s VM, 0 if not attached. */
static inline uint32_t my_index(uintptr_t handle) {
    if (__builtin_expect(hot.vm == handle, 1)) return hot.index;
    return my_index_slow(handle);
}

static inline yuni_vm* get_vm(yuni_vm* handle) {
    return (yuni_vm*)yuni__handle_peek((uintptr_t)handle, YUNI_HANDLE_VM);
}

/* Attach under vm->lock. */
static int32_t attach_locked(yuni_vm* vm, uint32_t* index, int is_pool) {
    uint32_t i = my_index(vm->handle);
    if (i) {
        vm->threads[i].attach_count++;
        *index = i;
        return YUNI_OK;
    }
    if (nregs == YUNI_THREAD_MAX_VMS) { /* drop registrations of destroyed VMs */
        uint32_t k = 0, j;
        for (j = 0; j < nregs; j++)
            if (yuni__handle_peek(regs[j].vm, YUNI_HANDLE_VM)) regs[k++] = regs[j];
        nregs = k;
    }
    if (nregs == YUNI_THREAD_MAX_VMS)
        return yuni__fail(YUNI_ETOOBIG, "this thread is attached to %d VMs already", YUNI_THREAD_MAX_VMS);
    for (i = 1; i <= YUNI_VM_MAX_THREADS; i++)
        if (vm->threads[i].state == T_FREE) break;
    if (i > YUNI_VM_MAX_THREADS)
        return yuni__fail(YUNI_ETOOBIG, "the VM has %d attached threads already", YUNI_VM_MAX_THREADS);
    memset(&vm->threads[i], 0, sizeof vm->threads[i]);
    vm->threads[i].state = T_ATTACHED;
    vm->threads[i].attach_count = 1;
    vm->threads[i].is_pool = (uint32_t)is_pool;
    vm->nthreads++;
    pthread_once(&exit_key_once, exit_key_init);
    pthread_setspecific(exit_key, (void*)1); /* so thread_exit runs */
    regs[nregs].vm = vm->handle;
    regs[nregs].index = i;
    regs[nregs].flags = 0;
    regs[nregs].ptr = vm;
    hot = regs[nregs];
    nregs++;
    *index = i;
    return YUNI_OK;
}

static void forget_registration(uintptr_t handle) {
    uint32_t i;
    if (hot.vm == handle) hot.vm = 0, hot.ptr = NULL;
    for (i = 0; i < nregs; i++) {
        if (regs[i].vm == handle) {
            regs[i] = regs[--nregs];
            return;
        }
    }
}

/* The caller's index, attaching it on first use unless the VM forbids it. */
static int32_t self(yuni_vm* vm, uint32_t* index) {
    int32_t st;
    if ((*index = my_index(vm->handle)) != 0) return YUNI_OK;
    if (vm->cfg.flags & YUNI_VM_NO_AUTO_ATTACH)
        return yuni__fail(YUNI_ESTATE, "this thread is not attached to the VM (YUNI_VM_NO_AUTO_ATTACH)");
    pthread_mutex_lock(&vm->lock);
    st = attach_locked(vm, index, 0);
    pthread_mutex_unlock(&vm->lock);
    return st;
}

/* The VM behind `handle` and the caller's index in it (attaching the caller
 * if the VM allows), or a status naming `fn`. */
static int32_t enter(yuni_vm* handle, const char* fn, yuni_vm** vm, uint32_t* me) {
    if (!(*vm = get_vm(handle))) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live VM", fn);
    return self(*vm, me);
}

/* ---- the wanting queue (under vm->lock) ---- */

/* Returns the count of threads queued before this one. */
static uint32_t enqueue(yuni_vm* vm, uint32_t me) {
    struct vm_thread* t = &vm->threads[me];
    uint32_t prev = 0, cur = vm->head;
    t->queued = 1;
    t->next = 0;
    t->enq_gen = GEN(atomic_load_explicit(&vm->owner, memory_order_relaxed));
    /* FIFO among equals: append unless the tail has a lower priority. */
    if (!vm->tail || vm->threads[vm->tail].priority >= t->priority) {
        if (vm->tail) vm->threads[vm->tail].next = me;
        else vm->head = me;
        vm->tail = me;
    } else {
        while (cur && vm->threads[cur].priority >= t->priority) {
            prev = cur;
            cur = vm->threads[cur].next;
        }
        t->next = cur;
        if (prev) vm->threads[prev].next = me;
        else vm->head = me;
    }
    return atomic_fetch_add_explicit(&vm->waiters, 1, memory_order_seq_cst);
}

static void dequeue_head(yuni_vm* vm) {
    uint32_t h = vm->head;
    vm->head = vm->threads[h].next;
    if (!vm->head) vm->tail = 0;
    vm->threads[h].queued = 0;
    atomic_fetch_sub_explicit(&vm->waiters, 1, memory_order_relaxed);
}

/* Hand a free VM (word `w`, index 0) to the queue head. Under vm->lock.
 * Returns the index woken, or 0 if the VM was taken meanwhile or nobody
 * waits. */
static uint32_t handoff_locked(yuni_vm* vm, uint64_t w) {
    uint32_t h = vm->head;
    if (!h || IDX(w)) return 0;
    if (!atomic_compare_exchange_strong_explicit(&vm->owner, &w, WORD(GEN(w) + 1, h),
                                                 memory_order_acq_rel, memory_order_relaxed))
        return 0; /* a barger took it; its disown will hand off */
    dequeue_head(vm);
    atomic_fetch_add_explicit(&vm->handoffs, 1, memory_order_relaxed);
    return h;
}

/* After a disown saw waiters: give the VM to the head, if it is still free. */
static __attribute__((noinline)) void release_slow(yuni_vm* vm) {
    uint32_t woken;
    pthread_mutex_lock(&vm->lock);
    woken = handoff_locked(vm, atomic_load_explicit(&vm->owner, memory_order_acquire));
    pthread_mutex_unlock(&vm->lock);
    if (woken) sem_post(&vm->threads[woken].sem);
}

static __attribute__((noinline)) void heartbeat_arm(yuni_vm* vm);

/* After the store of a release (here or inline in the host: nccc.h's
 * yuni_vm_disown_fast): hand off if anybody waits, wake a sleeping heartbeat. */
static inline __attribute__((always_inline)) void after_release(yuni_vm* vm, memory_order order) {
    if (__builtin_expect(atomic_load_explicit(&vm->waiters, order) != 0, 0)) release_slow(vm);
    else if (__builtin_expect(atomic_load_explicit(&vm->hb_idle, order) != 0, 0)) heartbeat_arm(vm);
}

/* Store (gen, 0) and hand off if anybody waits. The caller owns the VM. */
static inline __attribute__((always_inline)) void release(yuni_vm* vm, uint64_t w) {
    if (__builtin_expect(membarrier_ok, 1)) {
        atomic_store_explicit(&vm->owner, WORD(GEN(w), 0), memory_order_release);
        atomic_signal_fence(memory_order_seq_cst); /* light half of the fence */
        after_release(vm, memory_order_relaxed);
    } else {
        /* Both accesses seq_cst: C11 orders a seq_cst store before a later
         * seq_cst load in the single total order, and the waiter's seq_cst
         * increment and fence are in that order too (docs/design.md, "The
         * portable protocol"). A relaxed load here would allow store
         * buffering under C11 and on ARMv8. */
        atomic_store_explicit(&vm->owner, WORD(GEN(w), 0), memory_order_seq_cst);
        after_release(vm, memory_order_seq_cst);
    }
}

/* Fairness record: how many owns by others this thread saw while queued
 * (generations advanced, less its own). The design bounds it by the number
 * of other threads; the stress test asserts that. */
static void note_passes(yuni_vm* vm, uint32_t me) {
    uint32_t passes = GEN(atomic_load_explicit(&vm->owner, memory_order_relaxed)) - vm->threads[me].enq_gen - 1;
    uint32_t cur = atomic_load_explicit(&vm->max_passes, memory_order_relaxed);
    while (passes > cur && !atomic_compare_exchange_weak(&vm->max_passes, &cur, passes)) {
    }
}

/* Queue and sleep until handed the VM.
 *
 * Only the first waiter pays the barrier. The Dekker pair needs a release
 * that missed the waiters to be visible to some waiter's look; the waiter
 * that takes `waiters` from 0 to 1 fences and looks. A later waiter (the
 * count was already non-zero) needs no barrier of its own: every load of
 * the count after the first waiter's barrier reads it non-zero for as long
 * as any waiter of this run is queued (this one included), so every later
 * release hands off. The look hands a free VM to the head of the queue,
 * whoever that is (a waiter of higher priority may have been queued ahead
 * of the one that fenced). With many threads contending, one barrier per
 * run of contention instead of one per enqueue: membarrier interrupts every
 * CPU running this process, which on a many-core machine is the cost that
 * grows. */
static void own_slow(yuni_vm* vm, uint32_t me) {
    uint64_t w;
    uint32_t woken = 0;
    int fenced = 1;
    pthread_mutex_lock(&vm->lock);
    if (enqueue(vm, me) == 0) fenced = -1;
    atomic_fetch_add_explicit(&vm->slow_owns, 1, memory_order_relaxed);
    pthread_mutex_unlock(&vm->lock);
    if (fenced < 0) fenced = heavy_fence();
    else if (atomic_load(&barrier_failed)) fenced = 0;
    for (;;) {
        struct timespec deadline;
        /* The VM may have been released before the releaser could see us:
         * the look gives it to the head of the queue. */
        pthread_mutex_lock(&vm->lock);
        w = atomic_load_explicit(&vm->owner, memory_order_acquire);
        if (vm->head == me && !IDX(w) &&
            atomic_compare_exchange_strong_explicit(&vm->owner, &w, WORD(GEN(w) + 1, me),
                                                    memory_order_acq_rel, memory_order_relaxed)) {
            dequeue_head(vm);
            pthread_mutex_unlock(&vm->lock);
            return;
        }
        woken = handoff_locked(vm, w);
        pthread_mutex_unlock(&vm->lock);
        if (woken) sem_post(&vm->threads[woken].sem);
        if (fenced) {
            sem_wait_until(&vm->threads[me].sem, NULL);
            break;
        }
        /* No barrier: the look above may have missed a release still in
         * its CPU's store buffer. Look again on a timer until handed the
         * VM; a release's store becomes visible in finite time. */
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_nsec += BARRIER_RETRY_NS;
        if (deadline.tv_nsec >= 1000000000L) deadline.tv_sec++, deadline.tv_nsec -= 1000000000L;
        if (sem_wait_until(&vm->threads[me].sem, &deadline) == 0) break;
    }
    /* A post only ever comes with ownership already written to the word. */
    note_passes(vm, me);
}

/* Whether the owner word just loaded (w) is the word this thread's own
 * stored (mine). A release then stores from mine: a store computed from w
 * would wait for the load, and a load after the own's CAS waits for the CAS
 * to drain, which costs an own+disown pair 5 ns here instead of 2.2 ns.
 * The compare goes through an empty asm so that the compiler, knowing the
 * two equal, cannot store from w after all. */
static inline __attribute__((always_inline)) int still_mine(uint64_t w, uint64_t mine) {
    uint64_t diff = w ^ mine;
    __asm__("" : "+r"(diff));
    return diff == 0;
}

/* Take a free VM nobody waits for: the owner word it stored, or 0. */
static inline __attribute__((always_inline)) uint64_t try_fast_word(yuni_vm* vm, uint32_t me) {
    uint64_t w = atomic_load_explicit(&vm->owner, memory_order_relaxed);
    uint64_t mine = WORD(GEN(w) + 1, me);
    if (!IDX(w) && !atomic_load_explicit(&vm->waiters, memory_order_relaxed) &&
        atomic_compare_exchange_strong_explicit(&vm->owner, &w, mine, memory_order_acquire, memory_order_relaxed))
        return mine;
    return 0;
}

static inline __attribute__((always_inline)) int try_fast(yuni_vm* vm, uint32_t me) {
    return try_fast_word(vm, me) != 0;
}

/* ---- public: ownership ---- */

static __attribute__((noinline)) int32_t own_not_fast(yuni_vm* vm) {
    uint32_t me;
    int32_t st;
    if ((st = self(vm, &me)) != YUNI_OK) return st;
    if (try_fast(vm, me)) return YUNI_OK;
    if (IDX(atomic_load_explicit(&vm->owner, memory_order_relaxed)) == me)
        return yuni__fail(YUNI_ESTATE, "yuni_vm_own: this thread owns the VM already");
    own_slow(vm, me);
    return YUNI_OK;
}

/* The VM behind `handle` for the calling thread's hot registration, or NULL:
 * two compares, no handle-table load. */
static inline __attribute__((always_inline)) yuni_vm* hot_vm(yuni_vm* handle) {
    yuni_vm* vm = hot.ptr;
    /* handle 0 must never match: a cleared record and a destroyed VM both
     * hold 0 in the compared fields. */
    if (__builtin_expect(hot.vm == (uintptr_t)handle && handle && vm &&
                             atomic_load_explicit(&vm->live_handle, memory_order_relaxed) == (uintptr_t)handle,
                         1))
        return vm;
    return NULL;
}

int32_t yuni_vm_own(yuni_vm* handle) {
    yuni_vm* vm = hot_vm(handle);
    uint64_t mine;
    if (__builtin_expect(vm != NULL, 1) && (mine = try_fast_word(vm, hot.index)) != 0) {
        hot.owned = mine;
        return YUNI_OK;
    }
    if (!vm && !(vm = get_vm(handle))) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_own: not a live VM");
    return own_not_fast(vm);
}

int32_t yuni_vm_try_own(yuni_vm* handle) {
    yuni_vm* vm;
    uint32_t me;
    int32_t st = enter(handle, "yuni_vm_try_own", &vm, &me);
    if (st != YUNI_OK) return st;
    if (try_fast(vm, me)) return YUNI_OK;
    if (IDX(atomic_load_explicit(&vm->owner, memory_order_relaxed)) == me)
        return yuni__fail(YUNI_ESTATE, "yuni_vm_try_own: this thread owns the VM already");
    return YUNI_EBUSY;
}

static __attribute__((noinline)) int32_t disown_not_fast(yuni_vm* vm, yuni_token* token) {
    uint32_t me = my_index(vm->handle);
    uint64_t w = atomic_load_explicit(&vm->owner, memory_order_relaxed);
    if (!me || IDX(w) != me) return yuni__fail(YUNI_ESTATE, "yuni_vm_disown: this thread does not own the VM");
    if (hot.flags & YUNI_THREAD_NEVER_DISOWN)
        return yuni__fail(YUNI_ESTATE, "yuni_vm_disown: this thread is marked never-disown");
    if (token) *token = GEN(w);
    release(vm, w);
    return YUNI_OK;
}

int32_t yuni_vm_disown(yuni_vm* handle, yuni_token* token) {
    yuni_vm* vm = hot_vm(handle);
    if (__builtin_expect(vm != NULL && !hot.flags, 1)) {
        uint64_t w = atomic_load_explicit(&vm->owner, memory_order_relaxed);
        uint64_t mine = hot.owned;
        if (__builtin_expect(still_mine(w, mine) && IDX(mine) == hot.index, 1)) {
            if (token) *token = GEN(mine);
            release(vm, mine);
            return YUNI_OK;
        }
        if (IDX(w) == hot.index) {
            if (token) *token = GEN(w);
            release(vm, w);
            return YUNI_OK;
        }
    }
    if (!vm && !(vm = get_vm(handle))) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_disown: not a live VM");
    return disown_not_fast(vm, token);
}

static int32_t reown(yuni_vm* vm, uint32_t me, yuni_token token) {
    uint64_t w = WORD(token, 0);
    if (token <= UINT32_MAX && !atomic_load_explicit(&vm->waiters, memory_order_relaxed) &&
        atomic_compare_exchange_strong_explicit(&vm->owner, &w, WORD(token + 1, me),
                                                memory_order_acquire, memory_order_relaxed)) {
        hot.owned = WORD(token + 1, me); /* the caller's my_index made hot ours */
        return YUNI_OK;
    }
    if (IDX(atomic_load_explicit(&vm->owner, memory_order_relaxed)) == me)
        return yuni__fail(YUNI_ESTATE, "yuni_vm_reown: this thread owns the VM already");
    if (!try_fast(vm, me)) own_slow(vm, me);
    atomic_fetch_add_explicit(&vm->switched, 1, memory_order_relaxed);
    return YUNI_OWN_SWITCHED;
}

int32_t yuni_vm_reown(yuni_vm* handle, yuni_token token) {
    yuni_vm* vm;
    uint32_t me;
    int32_t st = enter(handle, "yuni_vm_reown", &vm, &me);
    if (st != YUNI_OK) return st;
    return reown(vm, me, token);
}

int32_t yuni_vm_should_yield(yuni_vm* handle) {
    yuni_vm* vm = get_vm(handle);
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_should_yield: not a live VM");
    return atomic_load_explicit(&vm->waiters, memory_order_relaxed) != 0;
}

const volatile uint32_t* yuni_vm_yield_flag(yuni_vm* handle) {
    yuni_vm* vm = get_vm(handle);
    if (!vm) {
        yuni__fail(YUNI_EBADHANDLE, "yuni_vm_yield_flag: not a live VM");
        return NULL;
    }
    return (const volatile uint32_t*)&vm->waiters;
}

int32_t yuni_vm_yield(yuni_vm* handle) {
    yuni_vm* vm = get_vm(handle);
    uint32_t me, woken;
    uint64_t w;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_yield: not a live VM");
    me = my_index(vm->handle);
    w = atomic_load_explicit(&vm->owner, memory_order_relaxed);
    if (!me || IDX(w) != me) return yuni__fail(YUNI_ESTATE, "yuni_vm_yield: this thread does not own the VM");
    if (!atomic_load_explicit(&vm->waiters, memory_order_relaxed)) return YUNI_OK;
    /* We own the VM, so the queue cannot race with a release: enqueue
     * ourselves and hand over straight from owner to head. */
    pthread_mutex_lock(&vm->lock);
    woken = vm->head;
    if (!woken) {
        pthread_mutex_unlock(&vm->lock);
        return YUNI_OK;
    }
    dequeue_head(vm);
    enqueue(vm, me);
    atomic_store_explicit(&vm->owner, WORD(GEN(w) + 1, woken), memory_order_release);
    pthread_mutex_unlock(&vm->lock);
    atomic_fetch_add_explicit(&vm->handoffs, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&vm->yields, 1, memory_order_relaxed);
    sem_post(&vm->threads[woken].sem);
    sem_wait_until(&vm->threads[me].sem, NULL);
    note_passes(vm, me);
    return YUNI_OWN_SWITCHED;
}

int32_t yuni_vm_set_runnable(yuni_vm* handle, int32_t runnable) {
    yuni_vm* vm = get_vm(handle);
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_set_runnable: not a live VM");
    if (runnable < 0) return yuni__fail(YUNI_EINVAL, "yuni_vm_set_runnable: %d is negative", runnable);
    atomic_store_explicit(&vm->runnable, runnable, memory_order_seq_cst);
    if (runnable && atomic_load_explicit(&vm->hb_idle, memory_order_seq_cst)) heartbeat_arm(vm);
    return YUNI_OK;
}

int32_t yuni_nccc_call_threaded(yuni_vm* handle, nccc_call_t fn, const nccv64* in, nccv64* out) {
    yuni_vm* vm = get_vm(handle);
    uint32_t me;
    uint64_t w;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_nccc_call_threaded: not a live VM");
    if (!fn) return yuni__fail(YUNI_EINVAL, "yuni_nccc_call_threaded: fn is NULL");
    me = my_index(vm->handle);
    w = atomic_load_explicit(&vm->owner, memory_order_relaxed);
    if (!me || IDX(w) != me)
        return yuni__fail(YUNI_ESTATE, "yuni_nccc_call_threaded: this thread does not own the VM");
    if (hot.flags & YUNI_THREAD_NEVER_DISOWN) { /* my_index just made hot ours */
        fn(in, out);
        return YUNI_OK;
    }
    if (still_mine(w, hot.owned)) w = hot.owned; /* see still_mine */
    release(vm, w);
    fn(in, out);
    return reown(vm, me, GEN(w));
}

/* ---- threads ---- */

int32_t yuni_thread_attach(yuni_vm* handle, uint32_t* index) {
    yuni_vm* vm = get_vm(handle);
    uint32_t i;
    int32_t st;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_thread_attach: not a live VM");
    pthread_mutex_lock(&vm->lock);
    st = attach_locked(vm, &i, 0);
    pthread_mutex_unlock(&vm->lock);
    if (st == YUNI_OK && index) *index = i;
    return st;
}

/* Under vm->lock: free thread record `i` of the calling thread. */
static void detach_locked(yuni_vm* vm, uint32_t i) {
    atomic_store_explicit(&vm->threads[i].fast_stamp, 0, memory_order_relaxed);
    vm->threads[i].state = T_FREE;
    vm->nthreads--;
    forget_registration(vm->handle);
}

int32_t yuni_thread_detach(yuni_vm* handle) {
    yuni_vm* vm = get_vm(handle);
    uint32_t me;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_thread_detach: not a live VM");
    if (!(me = my_index(vm->handle))) return yuni__fail(YUNI_ESTATE, "yuni_thread_detach: this thread is not attached");
    if (IDX(atomic_load(&vm->owner)) == me)
        return yuni__fail(YUNI_EBUSY, "yuni_thread_detach: this thread owns the VM; disown first");
    pthread_mutex_lock(&vm->lock);
    if (--vm->threads[me].attach_count == 0) detach_locked(vm, me);
    pthread_mutex_unlock(&vm->lock);
    return YUNI_OK;
}

int32_t yuni_thread_set_priority(yuni_vm* handle, int32_t priority) {
    yuni_vm* vm;
    uint32_t me;
    int32_t st = enter(handle, "yuni_thread_set_priority", &vm, &me);
    if (st != YUNI_OK) return st;
    pthread_mutex_lock(&vm->lock);
    vm->threads[me].priority = priority;
    pthread_mutex_unlock(&vm->lock);
    return YUNI_OK;
}

int32_t yuni_thread_set_flags(yuni_vm* handle, uint32_t flags) {
    yuni_vm* vm;
    uint32_t me, i;
    int32_t st = enter(handle, "yuni_thread_set_flags", &vm, &me);
    if (st != YUNI_OK) return st;
    if (flags & ~YUNI_THREAD_NEVER_DISOWN)
        return yuni__fail(YUNI_EINVAL, "yuni_thread_set_flags: unknown flags %#x", flags & ~YUNI_THREAD_NEVER_DISOWN);
    vm->threads[me].flags = flags;
    /* The inline paths do not read flags: make them ask the library. */
    atomic_store_explicit(&vm->threads[me].fast_stamp, 0, memory_order_relaxed);
    for (i = 0; i < nregs; i++)
        if (regs[i].vm == vm->handle) regs[i].flags = flags;
    if (hot.vm == vm->handle) hot.flags = flags;
    return YUNI_OK;
}

/* A registered thread is exiting: release any VM it still owns, so an owner
 * that dies cannot wedge the VM, and free its records. */
static void thread_exit(void* unused) {
    (void)unused;
    while (nregs) {
        struct registration r = regs[nregs - 1];
        yuni_vm* vm = (yuni_vm*)yuni__handle_peek(r.vm, YUNI_HANDLE_VM);
        nregs--;
        hot.vm = 0, hot.ptr = NULL;
        if (!vm) continue;
        if (IDX(atomic_load(&vm->owner)) == r.index) {
            atomic_fetch_add(&vm->exit_recoveries, 1);
            release(vm, atomic_load(&vm->owner));
        }
        pthread_mutex_lock(&vm->lock);
        atomic_store_explicit(&vm->threads[r.index].fast_stamp, 0, memory_order_relaxed);
        vm->threads[r.index].state = T_FREE;
        vm->nthreads--;
        pthread_mutex_unlock(&vm->lock);
    }
}

/* ---- inline fast paths (nccc.h: yuni_vm_fast) ---- */

/* Stamps are never reused, so a record filled for a VM whose memory was
 * recycled, or for an index another thread took since, never matches. */
static _Atomic uint64_t last_fast_stamp;

int32_t yuni_vm_fast_attach(yuni_vm* handle, yuni_vm_fast* f) {
    yuni_vm* vm = get_vm(handle);
    uint32_t i;
    uint64_t stamp;
    int32_t st;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_fast_attach: not a live VM");
    if (!f) return yuni__fail(YUNI_EINVAL, "yuni_vm_fast_attach: f is NULL");
    pthread_mutex_lock(&vm->lock);
    st = attach_locked(vm, &i, 0);
    if (st == YUNI_OK) {
        stamp = atomic_load_explicit(&vm->threads[i].fast_stamp, memory_order_relaxed);
        if (!stamp) {
            stamp = atomic_fetch_add(&last_fast_stamp, 1) + 1;
            atomic_store_explicit(&vm->threads[i].fast_stamp, stamp, memory_order_relaxed);
        }
    }
    pthread_mutex_unlock(&vm->lock);
    if (st != YUNI_OK) return st;
    f->vm = handle;
    f->owner = (uint64_t*)&vm->owner;
    f->waiters = (const uint32_t*)&vm->waiters;
    f->sleeping = (const uint32_t*)&vm->hb_idle;
    f->stamp = (const uint64_t*)&vm->threads[i].fast_stamp;
    f->stamp_value = stamp;
    f->index = i;
    f->seq_cst_store = !membarrier_ok;
    f->owned = 0; /* no owner word has index 0: the first disown_fast without an own_fast asks the library */
    return YUNI_OK;
}

int32_t yuni_vm_fast_released(yuni_vm* handle) {
    yuni_vm* vm = get_vm(handle);
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_fast_released: not a live VM");
    after_release(vm, membarrier_ok ? memory_order_relaxed : memory_order_seq_cst);
    return YUNI_OK;
}

/* ---- bound calls (affinity) ---- */

int32_t yuni_vm_call_bound(yuni_vm* handle, uint32_t target, nccc_call_t fn, const nccv64* in, nccv64* out) {
    yuni_vm* vm = get_vm(handle);
    struct bound_call call;
    uint32_t me;
    uint64_t w;
    int owned;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_call_bound: not a live VM");
    if (!fn) return yuni__fail(YUNI_EINVAL, "yuni_vm_call_bound: fn is NULL");
    if (target == 0 || target > YUNI_VM_MAX_THREADS)
        return yuni__fail(YUNI_ERANGE, "yuni_vm_call_bound: no thread %u", target);
    me = my_index(vm->handle);
    if (me == target) {
        fn(in, out);
        return YUNI_OK;
    }
    call.fn = fn;
    call.in = in;
    call.out = out;
    atomic_init(&call.done, 0);
    pthread_mutex_lock(&vm->lock);
    if (vm->threads[target].state != T_ATTACHED || vm->threads[target].is_pool) {
        pthread_mutex_unlock(&vm->lock);
        return yuni__fail(YUNI_ERANGE, "yuni_vm_call_bound: thread %u is not an attached host thread", target);
    }
    call.next = vm->threads[target].mailbox;
    vm->threads[target].mailbox = &call;
    pthread_mutex_unlock(&vm->lock);
    atomic_fetch_add(&vm->threads[target].serve, 1);
    futex(&vm->threads[target].serve, FUTEX_WAKE, 1, NULL);
    atomic_fetch_add_explicit(&vm->bound_calls, 1, memory_order_relaxed);

    w = atomic_load_explicit(&vm->owner, memory_order_relaxed);
    owned = me && IDX(w) == me && !(hot.flags & YUNI_THREAD_NEVER_DISOWN);
    if (owned) release(vm, w);
    while (!atomic_load_explicit(&call.done, memory_order_acquire)) futex(&call.done, FUTEX_WAIT, 0, NULL);
    return owned ? reown(vm, me, GEN(w)) : YUNI_OK;
}

int32_t yuni_thread_serve(yuni_vm* handle, int64_t timeout_ns) {
    yuni_vm* vm = get_vm(handle);
    struct vm_thread* t;
    struct bound_call *list, *rev = NULL;
    struct timespec deadline;
    uint32_t me, seen;
    int32_t n = 0;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_thread_serve: not a live VM");
    if (!(me = my_index(vm->handle)))
        return yuni__fail(YUNI_ESTATE, "yuni_thread_serve: this thread is not attached");
    t = &vm->threads[me];
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    if (timeout_ns > 0) {
        deadline.tv_sec += timeout_ns / 1000000000;
        deadline.tv_nsec += timeout_ns % 1000000000;
        if (deadline.tv_nsec >= 1000000000) deadline.tv_sec++, deadline.tv_nsec -= 1000000000;
    }
    for (;;) {
        seen = atomic_load(&t->serve);
        pthread_mutex_lock(&vm->lock);
        list = t->mailbox;
        t->mailbox = NULL;
        pthread_mutex_unlock(&vm->lock);
        if (list) break;
        if (timeout_ns == 0) return 0;
        if (syscall(SYS_futex, (uint32_t*)&t->serve, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, seen,
                    timeout_ns < 0 ? NULL : &deadline, NULL, FUTEX_BITSET_MATCH_ANY) == -1 &&
            errno == ETIMEDOUT)
            return 0;
    }
    while (list) { /* posted newest first: run oldest first */
        struct bound_call* next = list->next;
        list->next = rev;
        rev = list;
        list = next;
    }
    while (rev) {
        struct bound_call* next = rev->next;
        rev->fn(rev->in, rev->out);
        atomic_store_explicit(&rev->done, 1, memory_order_release);
        futex(&rev->done, FUTEX_WAKE, 1, NULL);
        rev = next;
        n++;
    }
    return n;
}

/* ---- pool ---- */

struct pool_start {
    yuni_vm* vm;
    _Atomic uint32_t ready;
    uint32_t index;
};

static struct async_job* take_job_locked(yuni_vm* vm) {
    struct async_job* job = vm->jobs_head;
    if (job && !(vm->jobs_head = job->next)) vm->jobs_tail = NULL;
    return job;
}

/* Take `job` out of the waiting list: 1 if it was there. */
static int unlink_job_locked(yuni_vm* vm, struct async_job* job) {
    struct async_job *prev = NULL, *j;
    for (j = vm->jobs_head; j && j != job; j = j->next) prev = j;
    if (!j) return 0;
    if (prev) prev->next = j->next;
    else vm->jobs_head = j->next;
    if (vm->jobs_tail == j) vm->jobs_tail = prev;
    return 1;
}

/* Run the job handed to t, then any still waiting. */
static void run_jobs(yuni_vm* vm, struct vm_thread* t) {
    struct async_job* job = t->job;
    t->job = NULL;
    while (job) {
        job->fn(job->in, job->out);
        /* Counted before the ring: whoever sees the chime sees the count. */
        atomic_fetch_add(&vm->async_calls, 1);
        if (job->done) yuni_chime_ring(job->done);
        free(job);
        pthread_mutex_lock(&vm->lock);
        job = take_job_locked(vm);
        pthread_mutex_unlock(&vm->lock);
    }
}

/* Hand waiting jobs to idle pool threads. */
static void dispatch_jobs_locked(yuni_vm* vm) {
    while (vm->jobs_head && vm->pool_idle_head) {
        uint32_t p = vm->pool_idle_head;
        vm->pool_idle_head = vm->threads[p].next;
        vm->pool_idle--;
        vm->pool_busy++;
        vm->threads[p].job = take_job_locked(vm);
        sem_post(&vm->threads[p].sem);
    }
}

static void* pool_main(void* p) {
    struct pool_start* start = p;
    yuni_vm* vm = start->vm;
    uint32_t me;
    struct vm_thread* t;
    int32_t st;
    pthread_mutex_lock(&vm->lock);
    st = attach_locked(vm, &me, 1);
    if (st == YUNI_OK) vm->pool_threads++;
    pthread_mutex_unlock(&vm->lock);
    start->index = st == YUNI_OK ? me : 0;
    atomic_store(&start->ready, 1);
    futex(&start->ready, FUTEX_WAKE, 1, NULL);
    if (st != YUNI_OK) return NULL; /* the VM is full of threads */
    t = &vm->threads[me];
    for (;;) {
        struct timespec deadline;
        int timed_out;
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_sec += vm->cfg.pool_idle_ms / 1000;
        deadline.tv_nsec += (long)(vm->cfg.pool_idle_ms % 1000) * 1000000;
        if (deadline.tv_nsec >= 1000000000) deadline.tv_sec++, deadline.tv_nsec -= 1000000000;
        timed_out = sem_wait_until(&t->sem, &deadline) != 0;
        if (atomic_load(&vm->stopping)) break;
        if (timed_out) {
            int retire;
            pthread_mutex_lock(&vm->lock);
            /* Retire only from the idle stack, and keep pool_min. */
            retire = vm->pool_idle > vm->cfg.pool_min && !atomic_load(&t->sem);
            if (retire) {
                uint32_t *link = &vm->pool_idle_head;
                while (*link && *link != me) link = &vm->threads[*link].next;
                if (*link) {
                    *link = t->next;
                    vm->pool_idle--;
                } else {
                    retire = 0; /* taken for a takeover just now */
                }
            }
            pthread_mutex_unlock(&vm->lock);
            if (retire) break;
            continue;
        }
        if (t->job) { /* woken with an async call */
            run_jobs(vm, t);
        } else if (IDX(atomic_load(&vm->owner)) == me) { /* woken by a takeover */
            nccv64 in[2];
            in[0].ptr = vm->cfg.entry_ctx;
            in[1].ptr = (void*)vm->handle;
            atomic_fetch_add(&vm->in_entry, 1);
            vm->cfg.entry(in, NULL);
            atomic_fetch_sub(&vm->in_entry, 1);
            if (IDX(atomic_load(&vm->owner)) == me) release(vm, atomic_load(&vm->owner));
        }
        pthread_mutex_lock(&vm->lock);
        if (vm->jobs_head) { /* accepted calls before going idle */
            t->job = take_job_locked(vm);
            pthread_mutex_unlock(&vm->lock);
            run_jobs(vm, t);
            pthread_mutex_lock(&vm->lock);
        }
        vm->pool_busy--;
        pthread_cond_broadcast(&vm->pool_gone);
        t->next = vm->pool_idle_head;
        vm->pool_idle_head = me;
        vm->pool_idle++;
        pthread_mutex_unlock(&vm->lock);
    }
    pthread_mutex_lock(&vm->lock);
    while (vm->jobs_head) { /* destroy waits for accepted calls */
        t->job = take_job_locked(vm);
        pthread_mutex_unlock(&vm->lock);
        run_jobs(vm, t);
        pthread_mutex_lock(&vm->lock);
    }
    vm->pool_threads--;
    detach_locked(vm, me);
    pthread_cond_broadcast(&vm->pool_gone);
    pthread_mutex_unlock(&vm->lock);
    return NULL;
}

/* Start a pool thread and put it on the idle stack. Not under vm->lock. */
static int spawn_pool_thread(yuni_vm* vm) {
    struct pool_start start;
    pthread_t th;
    pthread_attr_t attr;
    start.vm = vm;
    atomic_init(&start.ready, 0);
    pthread_mutex_lock(&vm->lock);
    if (vm->pool_threads >= vm->cfg.pool_max) {
        pthread_mutex_unlock(&vm->lock);
        return -1;
    }
    pthread_mutex_unlock(&vm->lock);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (yuni__thread_create(&th, &attr, pool_main, &start) != 0) {
        pthread_attr_destroy(&attr);
        return -1;
    }
    pthread_attr_destroy(&attr);
    while (!atomic_load(&start.ready)) futex(&start.ready, FUTEX_WAIT, 0, NULL);
    if (!start.index) return -1;
    pthread_mutex_lock(&vm->lock);
    vm->threads[start.index].next = vm->pool_idle_head;
    vm->pool_idle_head = start.index;
    vm->pool_idle++;
    dispatch_jobs_locked(vm);
    pthread_mutex_unlock(&vm->lock);
    return 0;
}

/* ---- async calls ---- */

int32_t yuni_nccc_call_async(yuni_vm* handle, nccc_call_t fn, const nccv64* in, nccv64* out, yuni_chime* done) {
    yuni_vm* vm = get_vm(handle);
    struct async_job* job;
    int need_thread;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_nccc_call_async: not a live VM");
    if (!fn) return yuni__fail(YUNI_EINVAL, "yuni_nccc_call_async: fn is NULL");
    if (done && !yuni__handle_peek((uintptr_t)done, YUNI_HANDLE_CHIME))
        return yuni__fail(YUNI_EBADHANDLE, "yuni_nccc_call_async: done is not a live chime");
    if (!(job = malloc(sizeof *job))) return yuni__fail(YUNI_ENOMEM, "yuni_nccc_call_async: out of memory");
    job->fn = fn;
    job->in = in;
    job->out = out;
    job->done = done;
    job->next = NULL;
    pthread_mutex_lock(&vm->lock);
    if (vm->jobs_tail)
        vm->jobs_tail->next = job;
    else
        vm->jobs_head = job;
    vm->jobs_tail = job;
    dispatch_jobs_locked(vm);
    need_thread = vm->jobs_head != NULL;
    pthread_mutex_unlock(&vm->lock);
    /* No idle thread took it: start one, unless the pool is at its limit and
     * a busy thread will take it when done. */
    if (need_thread && spawn_pool_thread(vm) != 0) {
        int orphaned;
        pthread_mutex_lock(&vm->lock);
        /* No pool thread at all: nobody would ever run it. */
        orphaned = vm->pool_threads == 0 && unlink_job_locked(vm, job);
        pthread_mutex_unlock(&vm->lock);
        if (orphaned) {
            free(job);
            return yuni__fail(YUNI_ENOMEM, "yuni_nccc_call_async: cannot start a pool thread");
        }
    }
    return YUNI_OK;
}

/* ---- heartbeat ---- */

static __attribute__((noinline)) void heartbeat_arm(yuni_vm* vm) {
    uint32_t one = 1;
    if (atomic_compare_exchange_strong(&vm->hb_idle, &one, 0)) {
        atomic_fetch_add_explicit(&vm->hb_wakeups, 1, memory_order_relaxed);
        futex(&vm->hb_idle, FUTEX_WAKE, 1, NULL);
    }
}

/* A VM unowned by the same disown for two ticks, with host work runnable:
 * give it to an idle pool thread. */
static void take_over(yuni_vm* vm, uint64_t w) {
    uint32_t p;
    pthread_mutex_lock(&vm->lock);
    p = vm->pool_idle_head;
    if (!p) {
        pthread_mutex_unlock(&vm->lock);
        if (spawn_pool_thread(vm) != 0) return; /* at pool_max: try next tick */
        pthread_mutex_lock(&vm->lock);
        p = vm->pool_idle_head;
        if (!p) {
            pthread_mutex_unlock(&vm->lock);
            return;
        }
    }
    if (vm->head || !atomic_compare_exchange_strong(&vm->owner, &w, WORD(GEN(w) + 1, p))) {
        pthread_mutex_unlock(&vm->lock);
        return; /* owned or wanted meanwhile: nothing to take over */
    }
    vm->pool_idle_head = vm->threads[p].next;
    vm->pool_idle--;
    vm->pool_busy++;
    /* Keep a spare ready so the next takeover creates no thread (counted
     * under the lock: pool threads going idle write it). */
    int spare = vm->pool_idle < vm->cfg.pool_min;
    pthread_mutex_unlock(&vm->lock);
    atomic_fetch_add_explicit(&vm->takeovers, 1, memory_order_relaxed);
    sem_post(&vm->threads[p].sem);
    if (spare) spawn_pool_thread(vm);
}

static void timespec_add_ns(struct timespec* t, long ns) {
    t->tv_nsec += ns;
    while (t->tv_nsec >= 1000000000) t->tv_sec++, t->tv_nsec -= 1000000000;
}

static void* heartbeat_main(void* p) {
    yuni_vm* vm = p;
    const long period = 1000000000L / (long)vm->cfg.heartbeat_hz;
    const uint32_t quiet_limit = vm->cfg.heartbeat_hz / 20 + 2; /* ~50 ms */
    struct timespec next;
    uint64_t last = 0, prev_w = 0;
    uint32_t quiet = 0;
    clock_gettime(CLOCK_MONOTONIC, &next);
    while (!atomic_load(&vm->stopping)) {
        uint64_t w;
        timespec_add_ns(&next, period);
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, NULL);
        atomic_fetch_add_explicit(&vm->hb_ticks, 1, memory_order_relaxed);
        w = atomic_load(&vm->owner);
        if (!IDX(w) && atomic_load(&vm->runnable) > 0 && !atomic_load(&vm->waiters) && vm->cfg.entry) {
            if (w == last) take_over(vm, w);
            last = w;
        } else {
            last = 1; /* never equal to an unowned word */
        }
        /* Sleep when nothing can need a takeover: no host work, or the VM
         * has stayed with one owner for a while (no disown activity). */
        quiet = (IDX(w) && w == prev_w) ? quiet + 1 : 0;
        prev_w = w;
        if (atomic_load(&vm->runnable) <= 0 || quiet >= quiet_limit) {
            int fenced;
            atomic_store(&vm->hb_idle, 1);
            fenced = heavy_fence(); /* pairs with release(): see the top of the file */
            w = atomic_load(&vm->owner);
            /* Without a barrier a release may not have seen hb_idle: keep ticking. */
            if (!fenced || (!IDX(w) && atomic_load(&vm->runnable) > 0) || atomic_load(&vm->stopping)) {
                atomic_store(&vm->hb_idle, 0);
                continue;
            }
            while (atomic_load(&vm->hb_idle) && !atomic_load(&vm->stopping))
                futex(&vm->hb_idle, FUTEX_WAIT, 1, NULL);
            quiet = 0;
            last = 1;
            prev_w = 0;
            clock_gettime(CLOCK_MONOTONIC, &next);
        }
    }
    return NULL;
}

/* ---- create / destroy / stats ---- */

/* VM memory is recycled, never returned to malloc, so the hot pointer of a
 * thread that still remembers a destroyed VM reads a yuni_vm, not freed
 * memory. The pool is bounded by the most VMs ever live at once. */
static pthread_mutex_t vm_pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct yuni_vm* vm_pool;

static yuni_vm* vm_alloc(void) {
    yuni_vm* vm;
    pthread_mutex_lock(&vm_pool_lock);
    vm = vm_pool;
    if (vm) vm_pool = vm->next_free;
    pthread_mutex_unlock(&vm_pool_lock);
    if (!vm) return calloc(1, sizeof *vm);
    /* live_handle stays 0 until create publishes the new handle. */
    memset((char*)vm + offsetof(yuni_vm, next_free), 0, sizeof *vm - offsetof(yuni_vm, next_free));
    atomic_store(&vm->owner, 0);
    atomic_store(&vm->waiters, 0);
    atomic_store(&vm->runnable, 0);
    return vm;
}

static void vm_free(yuni_vm* vm) {
    atomic_store(&vm->live_handle, 0);
    pthread_mutex_lock(&vm_pool_lock);
    vm->next_free = vm_pool;
    vm_pool = vm;
    pthread_mutex_unlock(&vm_pool_lock);
}

int32_t yuni_vm_create(const yuni_vm_config* cfg, yuni_vm** out) {
    yuni_vm* vm;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    uint32_t i;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_vm_create: out is NULL");
    *out = NULL;
    if (cfg && cfg->size < sizeof *cfg)
        return yuni__fail(YUNI_EINVAL, "yuni_vm_create: cfg->size %u is smaller than this header's %zu",
                          cfg->size, sizeof *cfg);
    if (cfg && (cfg->flags & ~(YUNI_VM_NO_AUTO_ATTACH | YUNI_VM_NO_HEARTBEAT)))
        return yuni__fail(YUNI_EINVAL, "yuni_vm_create: unknown flags %#x", cfg->flags);
    pthread_once(&membarrier_once, membarrier_init);
    vm = vm_alloc();
    if (!vm) return yuni__fail(YUNI_ENOMEM, "yuni_vm_create: out of memory");
    if (cfg) vm->cfg = *cfg;
    vm->cfg.size = sizeof vm->cfg;
    if (!vm->cfg.heartbeat_hz) vm->cfg.heartbeat_hz = 1000;
    if (vm->cfg.heartbeat_hz > 100000) vm->cfg.heartbeat_hz = 100000;
    if (!vm->cfg.pool_max) vm->cfg.pool_max = (uint32_t)(3 * (cpus > 0 ? cpus : 1));
    if (!vm->cfg.pool_min) vm->cfg.pool_min = 1;
    if (!vm->cfg.pool_idle_ms) vm->cfg.pool_idle_ms = 10000;
    if (vm->cfg.pool_min > vm->cfg.pool_max) {
        vm_free(vm);
        return yuni__fail(YUNI_EINVAL, "yuni_vm_create: pool_min %u exceeds pool_max %u", cfg->pool_min, cfg->pool_max);
    }
    pthread_mutex_init(&vm->lock, NULL);
    pthread_cond_init(&vm->pool_gone, NULL);
    /* The heartbeat starts ticking and goes idle by itself when quiet. */
    atomic_init(&vm->hb_idle, 0);
    /* Without word from the host, assume it has work a takeover could run. */
    atomic_init(&vm->runnable, vm->cfg.entry ? 1 : 0);
    vm->handle = yuni__handle_new(YUNI_HANDLE_VM, vm);
    if (!vm->handle) {
        vm_free(vm);
        return yuni__fail(YUNI_ENOMEM, "yuni_vm_create: too many live handles");
    }
    atomic_store(&vm->live_handle, vm->handle);
    if (vm->cfg.entry && !(vm->cfg.flags & YUNI_VM_NO_HEARTBEAT)) {
        for (i = 0; i < vm->cfg.pool_min; i++) spawn_pool_thread(vm);
        if (yuni__thread_create(&vm->hb_thread, NULL, heartbeat_main, vm) == 0) vm->hb_started = 1;
    }
    *out = (yuni_vm*)vm->handle;
    return YUNI_OK;
}

int32_t yuni_vm_destroy(yuni_vm* handle) {
    yuni_vm* vm = get_vm(handle);
    uint32_t me, idle, i;
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_destroy: not a live VM");
    /* Hold the VM while tearing down: the heartbeat takes over only an
     * unowned VM, so no entry can start from here on. */
    if (self(vm, &me) != YUNI_OK) return YUNI_ESTATE;
    if (IDX(atomic_load(&vm->owner)) != me && !try_fast(vm, me))
        return yuni__fail(YUNI_EBUSY, "yuni_vm_destroy: the VM is owned by another thread or wanted");
    pthread_mutex_lock(&vm->lock);
    if (vm->head || atomic_load(&vm->in_entry)) {
        pthread_mutex_unlock(&vm->lock);
        release(vm, atomic_load(&vm->owner));
        return yuni__fail(YUNI_EBUSY, "yuni_vm_destroy: threads are queued, or a pool thread is inside entry");
    }
    /* A pool thread back from entry may still be putting itself away. */
    while (vm->pool_busy) pthread_cond_wait(&vm->pool_gone, &vm->lock);
    pthread_mutex_unlock(&vm->lock);
    if (!yuni__handle_retire(vm->handle, YUNI_HANDLE_VM))
        return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_destroy: destroyed concurrently");
    atomic_store(&vm->live_handle, 0);
    /* Inline paths of any thread now ask the library, which says EBADHANDLE;
     * the owner word keeps this thread's index, so no stale CAS succeeds. */
    for (i = 1; i <= YUNI_VM_MAX_THREADS; i++)
        atomic_store_explicit(&vm->threads[i].fast_stamp, 0, memory_order_relaxed);
    atomic_store(&vm->stopping, 1);
    if (vm->hb_started) {
        atomic_store(&vm->hb_idle, 0);
        futex(&vm->hb_idle, FUTEX_WAKE, 1, NULL);
        pthread_join(vm->hb_thread, NULL);
    }
    pthread_mutex_lock(&vm->lock);
    for (idle = vm->pool_idle_head; idle; idle = vm->threads[idle].next) sem_post(&vm->threads[idle].sem);
    while (vm->pool_threads) pthread_cond_wait(&vm->pool_gone, &vm->lock);
    pthread_mutex_unlock(&vm->lock);
    if (me) forget_registration(vm->handle);
    pthread_cond_destroy(&vm->pool_gone);
    pthread_mutex_destroy(&vm->lock);
    vm_free(vm);
    return YUNI_OK;
}

int32_t yuni_vm_stats(yuni_vm* handle, yuni_vm_statistics* out) {
    yuni_vm* vm = get_vm(handle);
    if (!vm) return yuni__fail(YUNI_EBADHANDLE, "yuni_vm_stats: not a live VM");
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_vm_stats: out is NULL");
    memset(out, 0, sizeof *out);
    out->handoffs = atomic_load(&vm->handoffs);
    out->slow_owns = atomic_load(&vm->slow_owns);
    out->takeovers = atomic_load(&vm->takeovers);
    out->yields = atomic_load(&vm->yields);
    out->switched = atomic_load(&vm->switched);
    out->heartbeat_ticks = atomic_load(&vm->hb_ticks);
    out->heartbeat_wakeups = atomic_load(&vm->hb_wakeups);
    out->bound_calls = atomic_load(&vm->bound_calls);
    out->thread_exit_recoveries = atomic_load(&vm->exit_recoveries);
    out->async_calls = atomic_load(&vm->async_calls);
    out->waiters = atomic_load(&vm->waiters);
    out->owner = IDX(atomic_load(&vm->owner));
    out->max_queue_passes = atomic_load(&vm->max_passes);
    out->heartbeat_armed = vm->hb_started && !atomic_load(&vm->hb_idle);
    pthread_mutex_lock(&vm->lock);
    out->threads = vm->nthreads;
    out->pool_threads = vm->pool_threads;
    out->pool_idle = vm->pool_idle;
    pthread_mutex_unlock(&vm->lock);
    return YUNI_OK;
}
