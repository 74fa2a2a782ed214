/* Native offload threads: an Offload entry on a pthread the library owns.
 *
 * Everything the thread touches while it runs is allocated, locked and
 * touched before it reports ready: its C stack (ours, given to pthread),
 * its Offload register stack, this record with its lateness histogram.
 * After that the loop makes only three kinds of system call: a futex wait
 * with an absolute deadline (or an epoll wait for signal threads), the
 * clock read from the vDSO, and getrusage to count page faults.  Stop is a
 * futex word the sleeping thread waits on, so stopping never waits for a
 * period to elapse. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "rt_impl.h"

#define DEFAULT_STACK_REGS 65536u
/* glibc keeps a thread's TLS at the top of a stack the caller provides;
 * ThreadSanitizer's per-thread state lives there too and needs more. */
#ifdef __SANITIZE_THREAD__
#define C_STACK_BYTES (4u * 1024u * 1024u)
#else
#define C_STACK_BYTES (1024u * 1024u)
#endif

struct offload_thread {
    uintptr_t handle;
    struct yuni_program_impl* program;
    const struct off_entry* entry;
    yuni_thread_opts opts;
    pthread_t pthread;
    pthread_mutex_t join_lock; /* stop, wait and destroy may race */
    int joined;
    void* c_stack;
    size_t record_bytes;
    /* signal threads: a private queue with the signal source and a stop chime */
    yuni_queue* queue;
    yuni_source* signal_source;
    yuni_chime* stop_chime;

    _Atomic uint32_t ready; /* futex: 1 started, 2 failed to start */
    _Atomic uint32_t stop;  /* futex: 1 asks the loop to end */
    _Atomic uint32_t ended; /* futex: 1 once the loop has ended */

    _Atomic int32_t state, status, memory_locked;
    _Atomic uint64_t runs, misses, signals, page_faults;
    _Atomic int64_t lateness_max, run_max, last_result;
    yuni_class_grant grant; /* written before ready */
    yuni_offload_trap trap; /* written before ended */
    nccv64 out[2];
    uint32_t nin;
    nccv64 in[1 + OFF_MAX_PARAMS * 2];
    _Atomic uint32_t histogram[YUNI_THREAD_HISTOGRAM_BUCKETS];
};

static long futex(_Atomic uint32_t* word, int op, uint32_t value, const struct timespec* timeout) {
    return syscall(SYS_futex, (uint32_t*)word, op | FUTEX_PRIVATE_FLAG, value, timeout, NULL,
                   FUTEX_BITSET_MATCH_ANY);
}
static void wake_all(_Atomic uint32_t* word) { futex(word, FUTEX_WAKE, INT32_MAX, NULL); }

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
static struct timespec to_timespec(int64_t ns) {
    struct timespec ts = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)};
    return ts;
}

/* Sleep until the absolute time `when` or a stop; 1 when stopped. */
static int sleep_until(struct offload_thread* t, int64_t when) {
    while (!atomic_load(&t->stop)) {
        if (now_ns() >= when) return 0;
        struct timespec ts = to_timespec(when);
        futex(&t->stop, FUTEX_WAIT_BITSET, 0, &ts); /* monotonic, absolute */
    }
    return 1;
}

static uint64_t faults_so_far(void) {
    struct rusage u;
    return getrusage(RUSAGE_THREAD, &u) == 0 ? (uint64_t)(u.ru_minflt + u.ru_majflt) : 0;
}

static void record_lateness(struct offload_thread* t, int64_t late) {
    if (late < 0) late = 0;
    uint64_t bucket = (uint64_t)late / 1000;
    if (bucket >= YUNI_THREAD_HISTOGRAM_BUCKETS) bucket = YUNI_THREAD_HISTOGRAM_BUCKETS - 1;
    atomic_fetch_add_explicit(&t->histogram[bucket], 1, memory_order_relaxed);
    if (late > atomic_load_explicit(&t->lateness_max, memory_order_relaxed))
        atomic_store_explicit(&t->lateness_max, late, memory_order_relaxed);
}

/* One call of the entry; 0 to go on, 1 when it failed (the thread ends). */
static int run_once(struct offload_thread* t) {
    int64_t begin = now_ns();
    t->out[0].s64 = 0;
    t->out[1].s64 = 0;
    off_dispatch(t->in, t->out);
    int64_t took = now_ns() - begin;
    if (took > atomic_load_explicit(&t->run_max, memory_order_relaxed))
        atomic_store_explicit(&t->run_max, took, memory_order_relaxed);
    atomic_store_explicit(&t->last_result, t->out[1].s64, memory_order_relaxed);
    atomic_store_explicit(&t->status, t->out[0].s32, memory_order_relaxed);
    atomic_fetch_add_explicit(&t->runs, 1, memory_order_release);
    if (t->out[0].s32 == YUNI_OK) return 0;
    yuni_offload_last_trap(&t->trap);
    if (t->out[0].s32 != YUNI_ETRAP) t->trap.kind = YUNI_TRAP_NONE;
    return 1;
}

static void run_loop(struct offload_thread* t) {
    const yuni_thread_opts* o = &t->opts;
    uint64_t baseline = 0;
    int64_t release = o->start_ns > 0 ? o->start_ns : now_ns();
    int32_t end = YUNI_THREAD_FINISHED;
    for (;;) {
        if (o->signo > 0) {
            yuni_event ev[8];
            int32_t n = yuni_queue_wait(t->queue, ev, 8, -1), got = 0;
            if (atomic_load(&t->stop)) break;
            for (int32_t i = 0; i < n; i++)
                if (ev[i].type == YUNI_EVENT_SIGNAL) atomic_fetch_add(&t->signals, (uint64_t)ev[i].value), got = 1;
            if (!got) continue;
            release = now_ns();
        } else if (sleep_until(t, release)) {
            break;
        }
        record_lateness(t, now_ns() - release);
        if (run_once(t)) {
            end = atomic_load(&t->stop) && t->trap.kind == YUNI_TRAP_INTERRUPTED ? YUNI_THREAD_STOPPED
                                                                                : YUNI_THREAD_TRAPPED;
            goto out;
        }
        uint64_t runs = atomic_load(&t->runs);
        if (runs == 1) baseline = faults_so_far();
        else atomic_store_explicit(&t->page_faults, faults_so_far() - baseline, memory_order_relaxed);
        if (o->period_ns <= 0 && o->signo <= 0) goto out; /* one run */
        if (o->max_runs && runs >= o->max_runs) goto out;
        if (o->period_ns > 0) {
            /* a run that ended after the next release missed its deadline;
             * releases already past are skipped, each a miss */
            int64_t done = now_ns();
            release += o->period_ns;
            if (done > release) {
                int64_t behind = (done - release) / o->period_ns + 1;
                atomic_fetch_add(&t->misses, (uint64_t)behind);
                release += behind * o->period_ns;
            }
        }
    }
    end = YUNI_THREAD_STOPPED;
out:
    atomic_store(&t->state, end);
}

static void* thread_main(void* arg) {
    struct offload_thread* t = arg;
    /* Started with the host's signals blocked (yuni__thread_create): a
     * handler never runs on a real-time stack. */
    rt_set_class(0, t->opts.thread_class, t->opts.priority, &t->grant);
    off_interrupt = &t->stop;
    int locked = off_stack_prepare(t->opts.stack_regs);
    if (locked < 0) {
        atomic_store(&t->ready, 2);
        wake_all(&t->ready);
        return NULL;
    }
    atomic_store(&t->memory_locked, locked && atomic_load(&t->memory_locked));
    atomic_store(&t->state, YUNI_THREAD_RUNNING);
    atomic_store(&t->ready, 1);
    wake_all(&t->ready);
    run_loop(t);
    atomic_store(&t->ended, 1); /* before the chime, so its waker sees the final statistics */
    wake_all(&t->ended);
    if (t->opts.done) yuni_chime_ring(t->opts.done);
    return NULL;
}

/* ---- the API ---- */

/* Lifetimes (core.h): every call borrows the thread's record (none runs host
 * code).  stop and wait block (a join, a futex wait), so destroy's step 3
 * is a stop: the thread ends, the waiters and joiners return; step 4 waits
 * until no call is inside, joins and frees.  A call on the thread's own
 * handle from the thread itself (host code in an import) would wait for
 * itself: refused.  The program and opts.heap are pinned for the thread's
 * life, each with one CAS that a destroy of them decides against. */
static struct offload_thread* thread_borrow(yuni_offload_thread* handle) {
    return yuni__handle_borrow((uintptr_t)handle, YUNI_HANDLE_THREAD);
}
static void thread_return(yuni_offload_thread* handle) { yuni__handle_return((uintptr_t)handle); }

static void release_resources(struct offload_thread* t) {
    if (t->signal_source) yuni_source_remove(t->signal_source);
    if (t->stop_chime) yuni_chime_destroy(t->stop_chime);
    if (t->queue) yuni_queue_destroy(t->queue);
    if (t->c_stack) munmap(t->c_stack, C_STACK_BYTES);
    if (t->opts.heap) yuni__heap_pin(t->opts.heap, -1);
    if (t->program) yuni__program_pin(t->program, -1);
    pthread_mutex_destroy(&t->join_lock);
    munmap(t, t->record_bytes);
}

/* Why `e` may not run in the realtime-audio class, or NULL. */
static const char* realtime_refusal(const struct off_entry* e) {
    return e->nreach ? e->program->imports[e->reach[0]].name : NULL;
}

static const char who[] = "yuni_offload_thread_start";

static int32_t start_borrowed(struct yuni_program_impl* p, const char* name, const yuni_thread_opts* opts,
                              yuni_offload_thread** out) {
    if (!name || !opts) return yuni__fail(YUNI_EINVAL, "%s: name or opts is NULL", who);
    if (opts->size != sizeof(yuni_thread_opts))
        return yuni__fail(YUNI_EINVAL, "%s: opts.size is %u, this library's yuni_thread_opts is %zu bytes", who,
                          opts->size, sizeof(yuni_thread_opts));
    const struct off_entry* e = NULL;
    for (uint32_t i = 0; i < p->nentry; i++)
        if (strcmp(p->entries[i].name, name) == 0) e = &p->entries[i];
    if (!e) return yuni__fail(YUNI_ENOSYM, "%s: the program has no entry %s", who, name);
    const struct off_signature* sig = &p->funcs[e->func].sig;
    if (opts->thread_class > YUNI_CLASS_BACKGROUND)
        return yuni__fail(YUNI_EINVAL, "%s: unknown thread class %u", who, opts->thread_class);
    if (opts->period_ns < 0 || opts->start_ns < 0 || opts->signo < 0 || (opts->signo > 0 && opts->period_ns > 0))
        return yuni__fail(YUNI_EINVAL, "%s: a thread is periodic (period_ns > 0) or runs on a signal, not both", who);
    if (opts->nargs != sig->nslots || (opts->nargs && !opts->args))
        return yuni__fail(YUNI_EINVAL, "%s: entry %s takes %u argument slots, %u given%s", who, name, sig->nslots,
                          opts->nargs, opts->nargs && !opts->args ? " (args is NULL)" : "");
    if (opts->priority < 0 || opts->priority > 99 || (opts->priority && opts->thread_class != YUNI_CLASS_REALTIME_AUDIO))
        return yuni__fail(YUNI_EINVAL, "%s: priority %d (1..99, realtime-audio only)", who, opts->priority);
    if (opts->stack_regs && opts->stack_regs < 256)
        return yuni__fail(YUNI_EINVAL, "%s: stack_regs %u is below 256", who, opts->stack_regs);
    if (opts->thread_class == YUNI_CLASS_REALTIME_AUDIO && realtime_refusal(e))
        return yuni__fail(YUNI_EPERM,
                          "%s: entry %s may call the import %s, which can allocate or block, so it cannot run in "
                          "the realtime-audio class",
                          who, name, realtime_refusal(e));
    if (atomic_load_explicit(&e->ungranted, memory_order_acquire))
        return yuni__fail(YUNI_ESTATE, "%s: entry %s reaches %u imports that are not granted", who, name,
                          atomic_load(&e->ungranted));
    /* A destroyed chime is refused now; one destroyed while the thread runs
     * makes its final ring answer YUNI_EBADHANDLE, which changes nothing. */
    if (opts->done && !yuni__handle_peek((uintptr_t)opts->done, YUNI_HANDLE_CHIME))
        return yuni__fail(YUNI_EBADHANDLE, "%s: opts.done is not a live chime", who);
    if (opts->heap && yuni__heap_pin(opts->heap, +1) != YUNI_OK)
        return yuni__fail(YUNI_EBADHANDLE, "%s: opts.heap is not a live heap", who);
    if (yuni__program_pin(p, +1) != YUNI_OK) {
        if (opts->heap) yuni__heap_pin(opts->heap, -1);
        return yuni__fail(YUNI_EBADHANDLE, "%s: the program is being destroyed", who);
    }

    size_t record_bytes = (sizeof(struct offload_thread) + 4095) & ~(size_t)4095;
    struct offload_thread* t =
        mmap(NULL, record_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
    if (t == MAP_FAILED) {
        if (opts->heap) yuni__heap_pin(opts->heap, -1);
        yuni__program_pin(p, -1);
        return yuni__fail(YUNI_ENOMEM, "%s: no memory for the thread's record", who);
    }
    t->record_bytes = record_bytes;
    t->opts = *opts;
    if (!t->opts.stack_regs) t->opts.stack_regs = DEFAULT_STACK_REGS;
    t->program = p;
    t->entry = e;
    pthread_mutex_init(&t->join_lock, NULL);
    t->nin = 1 + opts->nargs;
    t->in[0].ptr = (void*)e->handle;
    if (opts->nargs) memcpy(&t->in[1], opts->args, opts->nargs * sizeof(nccv64));
    atomic_store(&t->memory_locked, mlock(t, record_bytes) == 0);
    memset(t->histogram, 0, sizeof t->histogram); /* touched, whether locked or not */

    int32_t st = YUNI_ENOMEM;
    if (opts->signo > 0) {
        if ((st = yuni_queue_create(0, &t->queue)) != YUNI_OK ||
            (st = yuni_queue_add_signal(t->queue, opts->signo, 0, &t->signal_source)) != YUNI_OK ||
            (st = yuni_chime_create(t->queue, 0, &t->stop_chime)) != YUNI_OK)
            goto fail; /* the detail is the queue's */
    }
    t->c_stack = mmap(NULL, C_STACK_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK |
                      MAP_POPULATE, -1, 0);
    if (t->c_stack == MAP_FAILED) {
        t->c_stack = NULL;
        st = yuni__fail(YUNI_ENOMEM, "%s: no memory for a stack", who);
        goto fail;
    }
    if (mlock(t->c_stack, C_STACK_BYTES) != 0) atomic_store(&t->memory_locked, 0);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstack(&attr, t->c_stack, C_STACK_BYTES);
    int err = yuni__thread_create(&t->pthread, &attr, thread_main, t);
    pthread_attr_destroy(&attr);
    if (err) {
        st = yuni__fail(err == EAGAIN ? YUNI_ENOMEM : YUNI_EINTERNAL, "%s: pthread_create: %s", who, strerror(err));
        goto fail;
    }
    while (atomic_load(&t->ready) == 0) futex(&t->ready, FUTEX_WAIT, 0, NULL);
    if (atomic_load(&t->ready) == 2) {
        pthread_join(t->pthread, NULL);
        st = yuni__fail(YUNI_ENOMEM, "%s: no memory for a register stack of %u registers", who, t->opts.stack_regs);
        goto fail;
    }
    t->handle = yuni__handle_new(YUNI_HANDLE_THREAD, t);
    if (!t->handle) {
        atomic_store(&t->stop, 1);
        wake_all(&t->stop);
        if (t->stop_chime) yuni_chime_ring(t->stop_chime);
        pthread_join(t->pthread, NULL);
        st = yuni__fail(YUNI_ENOMEM, "%s: the handle table is full", who);
        goto fail;
    }
    *out = (yuni_offload_thread*)t->handle;
    return YUNI_OK;
fail:
    release_resources(t);
    return st;
}

int32_t yuni_offload_thread_start(yuni_program* program, const char* name, const yuni_thread_opts* opts,
                                  yuni_offload_thread** out) {
    struct yuni_program_impl* p;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "%s: out is NULL", who);
    *out = NULL;
    if (!(p = yuni__handle_borrow((uintptr_t)program, YUNI_HANDLE_PROGRAM)))
        return yuni__fail(YUNI_EBADHANDLE, "%s: not a live program", who);
    st = start_borrowed(p, name, opts, out);
    yuni__handle_return((uintptr_t)program);
    return st;
}

static void join(struct offload_thread* t) {
    pthread_mutex_lock(&t->join_lock);
    if (!t->joined) {
        pthread_join(t->pthread, NULL);
        t->joined = 1;
    }
    pthread_mutex_unlock(&t->join_lock);
}

static void request_stop(struct offload_thread* t) {
    atomic_store(&t->stop, 1);
    wake_all(&t->stop);
    if (t->stop_chime) yuni_chime_ring(t->stop_chime);
}

static int on_itself(const struct offload_thread* t) { return pthread_equal(pthread_self(), t->pthread); }

int32_t yuni_offload_thread_stop(yuni_offload_thread* thread) {
    struct offload_thread* t = thread_borrow(thread);
    int32_t st = YUNI_OK;
    if (!t) return yuni__fail(YUNI_EBADHANDLE, "yuni_offload_thread_stop: not a live offload thread");
    if (on_itself(t)) {
        st = yuni__fail(YUNI_EBUSY, "yuni_offload_thread_stop: called on the thread itself");
    } else {
        request_stop(t);
        join(t);
    }
    thread_return(thread);
    return st;
}

static int32_t wait_borrowed(struct offload_thread* t, int64_t timeout_ns) {
    if (on_itself(t)) return yuni__fail(YUNI_EBUSY, "yuni_offload_thread_wait: called on the thread itself");
    int64_t deadline = timeout_ns < 0 ? INT64_MAX : now_ns() + timeout_ns;
    while (!atomic_load(&t->ended)) {
        int64_t left = deadline - now_ns();
        if (left <= 0) return YUNI_EBUSY; /* not an error: no detail */
        struct timespec rel = to_timespec(left < 1000000000 ? left : 1000000000);
        futex(&t->ended, FUTEX_WAIT, 0, &rel);
    }
    join(t);
    return YUNI_OK;
}

int32_t yuni_offload_thread_wait(yuni_offload_thread* thread, int64_t timeout_ns) {
    struct offload_thread* t = thread_borrow(thread);
    int32_t st;
    if (!t) return yuni__fail(YUNI_EBADHANDLE, "yuni_offload_thread_wait: not a live offload thread");
    st = wait_borrowed(t, timeout_ns);
    thread_return(thread);
    return st;
}

/* The upper edge of the bucket holding the q-th fraction of samples (the
 * histogram may grow meanwhile: the answer is then for a slightly later
 * moment, never out of range). */
static int64_t percentile(struct offload_thread* t, uint64_t total, double q, int64_t max) {
    if (!total) return 0;
    uint64_t want = (uint64_t)(q * (double)total + 0.999999), seen = 0;
    for (int i = 0; i < YUNI_THREAD_HISTOGRAM_BUCKETS; i++) {
        seen += atomic_load_explicit(&t->histogram[i], memory_order_relaxed);
        if (seen >= want) {
            int64_t edge = (int64_t)(i + 1) * 1000;
            return i == YUNI_THREAD_HISTOGRAM_BUCKETS - 1 || edge > max ? max : edge;
        }
    }
    return max;
}

static void statistics_borrowed(struct offload_thread* t, yuni_offload_thread_stats* out) {
    uint64_t total = 0;
    for (int i = 0; i < YUNI_THREAD_HISTOGRAM_BUCKETS; i++)
        total += atomic_load_explicit(&t->histogram[i], memory_order_relaxed);
    memset(out, 0, sizeof *out);
    int ended = atomic_load(&t->ended) != 0; /* acquire: trap and state are complete */
    out->state = atomic_load(&t->state);
    out->status = atomic_load(&t->status);
    out->memory_locked = atomic_load(&t->memory_locked);
    out->runs = atomic_load(&t->runs);
    out->misses = atomic_load(&t->misses);
    out->signals = atomic_load(&t->signals);
    out->page_faults = atomic_load(&t->page_faults);
    out->lateness_max_ns = atomic_load(&t->lateness_max);
    out->lateness_p50_ns = percentile(t, total, 0.50, out->lateness_max_ns);
    out->lateness_p99_ns = percentile(t, total, 0.99, out->lateness_max_ns);
    out->lateness_p999_ns = percentile(t, total, 0.999, out->lateness_max_ns);
    out->run_max_ns = atomic_load(&t->run_max);
    out->last_result = atomic_load(&t->last_result);
    out->grant = t->grant;
    if (ended && t->trap.kind != YUNI_TRAP_NONE) out->trap = t->trap; /* trapped, or interrupted by stop */
}

int32_t yuni_offload_thread_statistics(yuni_offload_thread* thread, yuni_offload_thread_stats* out) {
    struct offload_thread* t = thread_borrow(thread);
    if (!t) return yuni__fail(YUNI_EBADHANDLE, "yuni_offload_thread_statistics: not a live offload thread");
    if (out) statistics_borrowed(t, out);
    thread_return(thread);
    return out ? YUNI_OK : yuni__fail(YUNI_EINVAL, "yuni_offload_thread_statistics: out is NULL");
}

int32_t yuni_offload_thread_histogram(yuni_offload_thread* thread, uint64_t* counts, int32_t n) {
    struct offload_thread* t = thread_borrow(thread);
    if (!t) return yuni__fail(YUNI_EBADHANDLE, "yuni_offload_thread_histogram: not a live offload thread");
    if (n < 0 || (n && !counts)) {
        thread_return(thread);
        return yuni__fail(YUNI_EINVAL, "yuni_offload_thread_histogram: bad counts or n");
    }
    if (n > YUNI_THREAD_HISTOGRAM_BUCKETS) n = YUNI_THREAD_HISTOGRAM_BUCKETS;
    for (int32_t i = 0; i < n; i++) counts[i] = atomic_load_explicit(&t->histogram[i], memory_order_relaxed);
    thread_return(thread);
    return n;
}

int32_t yuni_offload_thread_destroy(yuni_offload_thread* thread) {
    static const char me[] = "yuni_offload_thread_destroy";
    uintptr_t h = (uintptr_t)thread;
    struct offload_thread* t = thread_borrow(thread);
    int itself;
    if (!t) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live offload thread", me);
    itself = on_itself(t);
    thread_return(thread);
    if (itself) return yuni__fail(YUNI_EBUSY, "%s: called on the thread itself", me);
    if (!(t = yuni__handle_retire_begin(h, YUNI_HANDLE_THREAD)))
        return yuni__fail(YUNI_EBADHANDLE, "%s: destroyed concurrently", me);
    request_stop(t);             /* step 3: the thread ends, so waits and stops return */
    yuni__handle_retire_wait(h); /* step 4 */
    join(t);
    release_resources(t);
    return YUNI_OK;
}
