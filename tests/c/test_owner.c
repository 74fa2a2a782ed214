/* VM ownership: fast paths, the queue (FIFO, priority, handoff, fairness),
 * yield, threaded calls, the heartbeat takeover, affinity, never-disown,
 * foreign threads, thread exit and bad handles. No test reads a clock to
 * decide pass or fail; waits for a state are bounded so a bug fails, not
 * hangs. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#if defined(__linux__)
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#endif

#include "harness.h"
#include "nccc.h"

static void sleep_ms(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* Poll `cond` for up to 5 s: state, not timing, decides the test. */
#define WAIT_FOR(cond)                                                        \
    do {                                                                      \
        int wait_i_;                                                          \
        for (wait_i_ = 0; wait_i_ < 5000 && !(cond); wait_i_++) sleep_ms(1);  \
        CHECK(cond);                                                          \
    } while (0)

static yuni_vm_statistics stats_of(yuni_vm* vm) {
    yuni_vm_statistics st;
    memset(&st, 0, sizeof st);
    yuni_vm_stats(vm, &st);
    return st;
}

void test_vm_create_rejects_bad_arguments(void) {
    yuni_vm_config cfg;
    yuni_vm* vm = (yuni_vm*)(uintptr_t)1;
    memset(&cfg, 0, sizeof cfg);
    CHECK_EQ(yuni_vm_create(NULL, NULL), YUNI_EINVAL);
    cfg.size = sizeof cfg - 1;
    CHECK_EQ(yuni_vm_create(&cfg, &vm), YUNI_EINVAL);
    CHECK(vm == NULL);
    cfg.size = sizeof cfg;
    cfg.flags = 0x80;
    CHECK_EQ(yuni_vm_create(&cfg, &vm), YUNI_EINVAL);
    cfg.flags = 0;
    cfg.pool_min = 5;
    cfg.pool_max = 2;
    CHECK_EQ(yuni_vm_create(&cfg, &vm), YUNI_EINVAL);
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

void test_vm_own_disown_reown(void) {
    yuni_vm* vm;
    yuni_token tok;
    uint32_t index = 0;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_thread_attach(vm, &index), YUNI_OK);
    CHECK(index >= 1);
    CHECK_EQ(yuni_vm_disown(vm, &tok), YUNI_ESTATE); /* not the owner */
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(stats_of(vm).owner, index);
    CHECK_EQ(yuni_vm_own(vm), YUNI_ESTATE); /* ownership does not nest */
    CHECK_EQ(yuni_vm_try_own(vm), YUNI_ESTATE);
    CHECK_EQ(yuni_vm_disown(vm, &tok), YUNI_OK);
    CHECK_EQ(stats_of(vm).owner, 0);
    CHECK_EQ(yuni_vm_reown(vm, tok), YUNI_OK); /* nobody ran it: same */
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_try_own(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, &tok), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_reown(vm, tok), YUNI_OWN_SWITCHED); /* owned since the token */
    CHECK_EQ(stats_of(vm).switched, 1);
    CHECK_EQ(yuni_vm_should_yield(vm), 0);
    CHECK(yuni_vm_yield_flag(vm) != NULL && __atomic_load_n(yuni_vm_yield_flag(vm), __ATOMIC_RELAXED) == 0);
    CHECK_EQ(yuni_vm_yield(vm), YUNI_OK); /* nobody waits */
    CHECK_EQ(yuni_thread_detach(vm), YUNI_EBUSY); /* owns it */
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_thread_detach(vm), YUNI_OK);
    CHECK_EQ(yuni_thread_detach(vm), YUNI_ESTATE);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

struct holder {
    yuni_vm* vm;
    _Atomic int phase; /* 1 owns, 2 release asked, 3 released */
    int32_t status;
};

/* Start `fn` on a thread with a fresh holder and wait until it owns the VM
 * (phase 1). */
static int start_holder(struct holder* h, yuni_vm* vm, void* (*fn)(void*), pthread_t* t) {
    int i;
    h->vm = vm;
    atomic_init(&h->phase, 0);
    if (pthread_create(t, NULL, fn, h) != 0) return 0;
    for (i = 0; i < 5000 && atomic_load(&h->phase) != 1; i++) sleep_ms(1);
    return atomic_load(&h->phase) == 1;
}

static void* hold_then_release(void* p) {
    struct holder* h = p;
    h->status = yuni_vm_own(h->vm);
    atomic_store(&h->phase, 1);
    while (atomic_load(&h->phase) != 2) sleep_ms(1);
    yuni_vm_disown(h->vm, NULL);
    atomic_store(&h->phase, 3);
    return NULL;
}

void test_vm_try_own_and_switched_reown(void) {
    yuni_vm* vm;
    yuni_token tok;
    pthread_t t;
    struct holder h;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, &tok), YUNI_OK);
    CHECK(start_holder(&h, vm, hold_then_release, &t));
    CHECK_EQ(h.status, YUNI_OK);
    CHECK_EQ(yuni_vm_try_own(vm), YUNI_EBUSY);
    atomic_store(&h.phase, 2);
    CHECK_EQ(yuni_vm_reown(vm, tok), YUNI_OWN_SWITCHED);
    CHECK_EQ(pthread_join(t, NULL), 0);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

/* 64 threads own, bump a plain counter, disown. The counter must be exact
 * (mutual exclusion), every thread must finish (no deadlock, no lost
 * wake-up) and no queued thread may be passed by more owns than there are
 * other threads (the design's fairness bound). */
#define STRESS_THREADS 64
#define STRESS_ROUNDS 1500
static long stress_counter;

/* Odd threads use the inline fast paths (nccc.h: yuni_vm_fast), even ones
 * the library calls: the two must exclude each other. */
struct stress_arg {
    yuni_vm* vm;
    int fast;
};

static void* stress_thread(void* p) {
    struct stress_arg* a = p;
    yuni_vm* vm = a->vm;
    yuni_vm_fast f;
    int i;
    if (a->fast && yuni_vm_fast_attach(vm, &f) != YUNI_OK) return (void*)1;
    for (i = 0; i < STRESS_ROUNDS; i++) {
        long v;
        if ((a->fast ? yuni_vm_own_fast(&f) : yuni_vm_own(vm)) != YUNI_OK) return (void*)1;
        v = stress_counter;
        if ((i & 7) == 0) sched_yield(); /* widen the window a broken lock would show */
        stress_counter = v + 1;
        if ((i & 63) == 0 && __atomic_load_n(yuni_vm_yield_flag(vm), __ATOMIC_RELAXED)) {
            if (yuni_vm_yield(vm) < 0) return (void*)1;
        }
        if ((a->fast ? yuni_vm_disown_fast(&f, NULL) : yuni_vm_disown(vm, NULL)) != YUNI_OK) return (void*)1;
    }
    return NULL;
}

static void stress(int threads) {
    yuni_vm* vm;
    pthread_t t[STRESS_THREADS];
    struct stress_arg args[STRESS_THREADS];
    yuni_vm_statistics st;
    void* r;
    int i;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    stress_counter = 0;
    for (i = 0; i < threads; i++) {
        args[i].vm = vm;
        args[i].fast = i & 1;
        CHECK_EQ(pthread_create(&t[i], NULL, stress_thread, &args[i]), 0);
    }
    for (i = 0; i < threads; i++) {
        CHECK_EQ(pthread_join(t[i], &r), 0);
        CHECK(r == NULL);
    }
    CHECK_EQ(stress_counter, (long)threads * STRESS_ROUNDS);
    st = stats_of(vm);
    CHECK_EQ(st.waiters, 0);
    CHECK_EQ(st.owner, 0);
    CHECK(st.slow_owns > 0); /* the queue was exercised, not just the fast path */
    CHECK(st.max_queue_passes <= (uint32_t)threads - 1);
    printf("stress: %d threads, %lu slow owns, %lu handoffs, max queue passes %u (bound %d)\n", threads,
           (unsigned long)st.slow_owns, (unsigned long)st.handoffs, st.max_queue_passes, threads - 1);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

void test_vm_stress_64_threads(void) { stress(STRESS_THREADS); }

/* YUNI_NO_MEMBARRIER=1 selects the portable protocol (seq_cst release,
 * seq_cst fence in the waiter) on a kernel that has membarrier; the fast
 * paths must use it too. ctest runs this and the stress test both ways. */
void test_vm_portable_protocol_when_asked(void) {
    yuni_vm* vm;
    yuni_vm_fast f;
    const char* env = getenv("YUNI_NO_MEMBARRIER");
    int asked = env && env[0] && strcmp(env, "0") != 0;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_fast_attach(vm, &f), YUNI_OK);
    if (asked) CHECK_EQ(f.seq_cst_store, 1);
    else CHECK_EQ(f.seq_cst_store, syscall(SYS_membarrier, 0 /* MEMBARRIER_CMD_QUERY */, 0, 0) < 0);
    printf("protocol: %s\n", f.seq_cst_store ? "portable (seq_cst release)" : "membarrier");
    CHECK_EQ(yuni_thread_detach(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

/* membarrier failing at run time (after it worked at start): a waiter's
 * barrier may then not pair with a release in flight, so the waiter must
 * look again on a timer instead of sleeping on one look. A seccomp filter
 * makes every membarrier call of one thread, and of the threads it starts,
 * fail with ENOMEM; the stress must still be exact and finish. */
#if defined(__linux__) && (defined(__x86_64__) || defined(__aarch64__))
static int deny_membarrier(void) {
    struct sock_filter prog[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
#if defined(__x86_64__)
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
#else
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_AARCH64, 1, 0),
#endif
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_membarrier, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOMEM),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog fprog = {(unsigned short)(sizeof prog / sizeof prog[0]), prog};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fprog);
}

static void* stress_denied(void* p) {
    int* status = p;
    *status = deny_membarrier();
    if (*status != 0) return NULL;
    *status = syscall(SYS_membarrier, 0, 0, 0) == -1 && errno == ENOMEM ? 0 : -1; /* the filter works */
    if (*status == 0) stress(8);
    return NULL;
}
#endif

void test_vm_own_survives_failing_barriers(void) {
#if defined(__linux__) && (defined(__x86_64__) || defined(__aarch64__))
    pthread_t t;
    int status = -1, before = harness_failures;
    yuni_vm* vm;
    /* The protocol is fixed at the first VM: make sure it is chosen before the filter. */
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
    CHECK_EQ(pthread_create(&t, NULL, stress_denied, &status), 0);
    CHECK_EQ(pthread_join(t, NULL), 0);
    if (status != 0) {
        printf("skipped: seccomp is not available here\n");
        return;
    }
    CHECK_EQ(harness_failures, before);
#else
    printf("skipped: needs seccomp on x86-64 or aarch64\n");
#endif
}

/* Queue order: waiters enter one by one while the VM is held; they must get
 * it by priority, first come first served among equals. */
struct queued {
    yuni_vm* vm;
    int32_t priority;
    int id;
};
static int order[8];
static _Atomic int order_n;

static void* queue_and_record(void* p) {
    struct queued* q = p;
    yuni_thread_set_priority(q->vm, q->priority);
    if (yuni_vm_own(q->vm) != YUNI_OK) return (void*)1;
    order[atomic_fetch_add(&order_n, 1)] = q->id;
    yuni_vm_disown(q->vm, NULL);
    return NULL;
}

static int check_order(const int32_t* priorities, const int* want, int n) {
    yuni_vm* vm;
    pthread_t t[8];
    struct queued q[8];
    int i, ok = 1;
    if (yuni_vm_create(NULL, &vm) != YUNI_OK || yuni_vm_own(vm) != YUNI_OK) return 0;
    atomic_store(&order_n, 0);
    for (i = 0; i < n; i++) {
        int w;
        q[i].vm = vm;
        q[i].priority = priorities[i];
        q[i].id = i;
        pthread_create(&t[i], NULL, queue_and_record, &q[i]);
        for (w = 0; w < 5000 && stats_of(vm).waiters != (uint32_t)i + 1; w++) sleep_ms(1);
    }
    yuni_vm_disown(vm, NULL);
    for (i = 0; i < n; i++) pthread_join(t[i], NULL);
    for (i = 0; i < n; i++) ok &= order[i] == want[i];
    if (!ok) {
        fprintf(stderr, "order:");
        for (i = 0; i < n; i++) fprintf(stderr, " %d", order[i]);
        fprintf(stderr, "\n");
    }
    yuni_vm_destroy(vm);
    return ok;
}

void test_vm_queue_is_fifo(void) {
    static const int32_t prio[6] = {0, 0, 0, 0, 0, 0};
    static const int want[6] = {0, 1, 2, 3, 4, 5};
    CHECK(check_order(prio, want, 6));
}

void test_vm_queue_by_priority(void) {
    static const int32_t prio[6] = {0, 5, 0, 9, 5, -1};
    static const int want[6] = {3, 1, 4, 0, 2, 5};
    CHECK(check_order(prio, want, 6));
}

static void* own_and_yield(void* p) {
    struct holder* h = p;
    if (yuni_vm_own(h->vm) != YUNI_OK) return (void*)1;
    atomic_store(&h->phase, 1);
    while (!__atomic_load_n(yuni_vm_yield_flag(h->vm), __ATOMIC_RELAXED)) sleep_ms(1);
    h->status = yuni_vm_yield(h->vm); /* to main, and back */
    atomic_store(&h->phase, 3);
    yuni_vm_disown(h->vm, NULL);
    return NULL;
}

void test_vm_yield_hands_over_and_back(void) {
    yuni_vm* vm;
    pthread_t t;
    struct holder h;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK(start_holder(&h, vm, own_and_yield, &t));
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK); /* queues; the holder sees the flag and yields */
    CHECK_EQ(yuni_vm_should_yield(vm), 1); /* the yielder now waits for us */
    CHECK_EQ(atomic_load(&h.phase), 1);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK); /* hands it back */
    CHECK_EQ(pthread_join(t, NULL), 0);
    CHECK_EQ(h.status, YUNI_OWN_SWITCHED);
    CHECK_EQ(stats_of(vm).yields, 1);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

static void slow_call(const nccv64* in, nccv64* out) {
    sleep_ms(in[0].s32);
    out[0].s32 = in[0].s32 + 1;
}

/* Never-disown: the thread keeps the VM through threaded calls. */
static void* try_own_during(void* p) {
    struct holder* h = p;
    while (atomic_load(&h->phase) != 1) sleep_ms(1);
    h->status = yuni_vm_try_own(h->vm);
    if (h->status == YUNI_OK) yuni_vm_disown(h->vm, NULL);
    atomic_store(&h->phase, 2);
    return NULL;
}

static void signal_then_wait(const nccv64* in, nccv64* out) {
    struct holder* h = in[0].ptr;
    (void)out;
    atomic_store(&h->phase, 1);
    while (atomic_load(&h->phase) != 2) sleep_ms(1);
}

/* Make a threaded call (the caller owns vm) during which another thread
 * tries to own the VM; returns the call's status, *probe the try's. */
static int32_t probe_during_threaded_call(yuni_vm* vm, int32_t* probe) {
    pthread_t t;
    struct holder h;
    nccv64 in[1], out[1];
    int32_t st;
    h.vm = vm;
    atomic_init(&h.phase, 0);
    h.status = 1;
    if (pthread_create(&t, NULL, try_own_during, &h) != 0) return YUNI_EINTERNAL;
    in[0].ptr = &h;
    st = yuni_nccc_call_threaded(vm, signal_then_wait, in, out);
    pthread_join(t, NULL);
    *probe = h.status;
    return st;
}

void test_vm_never_disown(void) {
    yuni_vm* vm;
    int32_t probe;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_thread_set_flags(vm, 0x100), YUNI_EINVAL);
    CHECK_EQ(yuni_thread_set_flags(vm, YUNI_THREAD_NEVER_DISOWN), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_ESTATE);
    CHECK(strstr(yuni_error_detail(), "never-disown") != NULL);
    CHECK_EQ(probe_during_threaded_call(vm, &probe), YUNI_OK);
    CHECK_EQ(probe, YUNI_EBUSY); /* the VM stayed owned during the call */
    CHECK_EQ(yuni_thread_set_flags(vm, 0), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

void test_vm_threaded_call_disowns(void) {
    yuni_vm* vm;
    int32_t probe;
    nccv64 in[1], out[1];
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_nccc_call_threaded(vm, slow_call, in, out), YUNI_ESTATE); /* not owner */
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(yuni_nccc_call_threaded(vm, NULL, in, out), YUNI_EINVAL);
    in[0].s32 = 1;
    CHECK_EQ(yuni_nccc_call_threaded(vm, slow_call, in, out), YUNI_OK); /* nobody took it: same */
    CHECK_EQ(out[0].s32, 2);
    CHECK_EQ(probe_during_threaded_call(vm, &probe), YUNI_OWN_SWITCHED);
    CHECK_EQ(probe, YUNI_OK); /* the other thread owned it during the call */
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

/* A thread created by "some library", never attached. */
static void* foreign_own(void* p) {
    yuni_vm* vm = p;
    int32_t st = yuni_vm_own(vm);
    if (st == YUNI_OK) yuni_vm_disown(vm, NULL);
    return (void*)(intptr_t)st;
}

void test_vm_foreign_threads(void) {
    yuni_vm_config cfg;
    yuni_vm* vm;
    pthread_t t;
    void* r;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(pthread_create(&t, NULL, foreign_own, vm), 0);
    CHECK_EQ(pthread_join(t, &r), 0);
    CHECK_EQ((intptr_t)r, YUNI_OK); /* attached on first use */
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
    memset(&cfg, 0, sizeof cfg);
    cfg.size = sizeof cfg;
    cfg.flags = YUNI_VM_NO_AUTO_ATTACH;
    CHECK_EQ(yuni_vm_create(&cfg, &vm), YUNI_OK);
    CHECK_EQ(pthread_create(&t, NULL, foreign_own, vm), 0);
    CHECK_EQ(pthread_join(t, &r), 0);
    CHECK_EQ((intptr_t)r, YUNI_ESTATE); /* refused, clearly */
    CHECK_EQ(yuni_vm_own(vm), YUNI_ESTATE);
    CHECK(strstr(yuni_error_detail(), "not attached") != NULL);
    CHECK_EQ(yuni_thread_attach(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

static void* own_and_exit(void* p) {
    yuni_vm* vm = p;
    return (void*)(intptr_t)yuni_vm_own(vm); /* exits owning it */
}

void test_vm_owner_exit_releases(void) {
    yuni_vm* vm;
    pthread_t t;
    void* r;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(pthread_create(&t, NULL, own_and_exit, vm), 0);
    CHECK_EQ(pthread_join(t, &r), 0);
    CHECK_EQ((intptr_t)r, YUNI_OK);
    CHECK_EQ(yuni_vm_try_own(vm), YUNI_OK); /* not wedged */
    CHECK_EQ(stats_of(vm).thread_exit_recoveries, 1);
    CHECK_EQ(stats_of(vm).threads, 1); /* the dead thread's index is free */
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

struct server {
    yuni_vm* vm;
    uint32_t index;
    _Atomic int state; /* 1 serving, 2 stop */
    pid_t tid;
};

static void* serve_loop(void* p) {
    struct server* s = p;
    yuni_thread_attach(s->vm, &s->index);
    s->tid = (pid_t)syscall(SYS_gettid);
    atomic_store(&s->state, 1);
    while (atomic_load(&s->state) == 1) yuni_thread_serve(s->vm, 2000000);
    yuni_thread_detach(s->vm);
    return NULL;
}

static void record_tid(const nccv64* in, nccv64* out) {
    (void)in;
    out[0].s32 = (int32_t)syscall(SYS_gettid);
}

void test_vm_bound_calls_run_on_their_thread(void) {
    yuni_vm* vm;
    pthread_t t;
    struct server s;
    nccv64 out[1];
    uint32_t me;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    s.vm = vm;
    atomic_init(&s.state, 0);
    CHECK_EQ(pthread_create(&t, NULL, serve_loop, &s), 0);
    WAIT_FOR(atomic_load(&s.state) == 1);
    CHECK_EQ(yuni_vm_call_bound(vm, s.index, record_tid, NULL, out), YUNI_OK);
    CHECK_EQ(out[0].s32, s.tid);
    CHECK_EQ(yuni_thread_attach(vm, &me), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_call_bound(vm, s.index, record_tid, NULL, out), YUNI_OK); /* disowned, same */
    CHECK_EQ(out[0].s32, s.tid);
    CHECK_EQ(yuni_vm_call_bound(vm, me, record_tid, NULL, out), YUNI_OK); /* to itself: direct */
    CHECK_EQ(out[0].s32, (int32_t)syscall(SYS_gettid));
    CHECK_EQ(yuni_vm_call_bound(vm, 0, record_tid, NULL, out), YUNI_ERANGE);
    CHECK_EQ(yuni_vm_call_bound(vm, 999, record_tid, NULL, out), YUNI_ERANGE);
    CHECK_EQ(yuni_vm_call_bound(vm, s.index, NULL, NULL, out), YUNI_EINVAL);
    CHECK_EQ(yuni_thread_serve(vm, 0), 0);
    CHECK_EQ(stats_of(vm).bound_calls, 2);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    atomic_store(&s.state, 2);
    CHECK_EQ(pthread_join(t, NULL), 0);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

/* The takeover: entry runs on a pool thread while the owner is in a long
 * threaded call; it returns when the caller wants the VM back. */
struct takeover {
    _Atomic int entries;
    _Atomic pid_t entry_tid;
    _Atomic long steps;
};

static void entry_until_wanted(const nccv64* in, nccv64* out) {
    struct takeover* k = in[0].ptr;
    yuni_vm* vm = in[1].ptr;
    (void)out;
    atomic_fetch_add(&k->entries, 1);
    atomic_store(&k->entry_tid, (pid_t)syscall(SYS_gettid));
    while (!__atomic_load_n(yuni_vm_yield_flag(vm), __ATOMIC_RELAXED)) {
        atomic_fetch_add(&k->steps, 1);
        sleep_ms(1);
    }
}

/* A VM whose takeover entry is entry_until_wanted over `k`. */
static int32_t create_with_entry(struct takeover* k, yuni_vm** vm) {
    yuni_vm_config cfg;
    memset(k, 0, sizeof *k);
    memset(&cfg, 0, sizeof cfg);
    cfg.size = sizeof cfg;
    cfg.entry = entry_until_wanted;
    cfg.entry_ctx = k;
    return yuni_vm_create(&cfg, vm);
}

void test_vm_heartbeat_takeover(void) {
    yuni_vm* vm;
    struct takeover k;
    yuni_vm_statistics st;
    nccv64 in[1], out[1];
    CHECK_EQ(create_with_entry(&k, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    in[0].s32 = 100; /* 100 ticks at 1 kHz: far beyond the two needed */
    CHECK_EQ(yuni_nccc_call_threaded(vm, slow_call, in, out), YUNI_OWN_SWITCHED);
    CHECK_EQ(out[0].s32, 101);
    CHECK_EQ(atomic_load(&k.entries), 1);
    CHECK(atomic_load(&k.entry_tid) != (pid_t)syscall(SYS_gettid));
    CHECK(atomic_load(&k.steps) > 0); /* other work ran during the call */
    st = stats_of(vm);
    CHECK_EQ(st.takeovers, 1);
    CHECK(st.pool_threads >= 1);
    /* With no host work the heartbeat takes nothing over. */
    CHECK_EQ(yuni_vm_set_runnable(vm, -1), YUNI_EINVAL);
    CHECK_EQ(yuni_vm_set_runnable(vm, 0), YUNI_OK);
    CHECK_EQ(yuni_nccc_call_threaded(vm, slow_call, in, out), YUNI_OK);
    CHECK_EQ(stats_of(vm).takeovers, 1);
    CHECK_EQ(yuni_vm_set_runnable(vm, 1), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

/* Owned and quiet, the heartbeat goes to sleep: no CPU when no call is out. */
void test_vm_heartbeat_sleeps_when_quiet(void) {
    yuni_vm* vm;
    struct takeover k;
    uint64_t ticks;
    CHECK_EQ(create_with_entry(&k, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    WAIT_FOR(stats_of(vm).heartbeat_armed == 0);
    ticks = stats_of(vm).heartbeat_ticks;
    sleep_ms(50);
    CHECK_EQ(stats_of(vm).heartbeat_ticks, ticks); /* asleep: not one tick */
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);   /* a disown wakes it */
    WAIT_FOR(stats_of(vm).heartbeat_ticks > ticks);
    CHECK(stats_of(vm).heartbeat_wakeups >= 1);
    WAIT_FOR(stats_of(vm).takeovers == 1); /* unowned with work: taken over */
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);    /* entry sees us waiting and returns */
    /* No host work left before letting go, or the heartbeat rightly takes
     * the VM over again and destroy would find entry running. */
    CHECK_EQ(yuni_vm_set_runnable(vm, 0), YUNI_OK);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

void test_vm_destroy_refuses_while_busy(void) {
    yuni_vm* vm;
    pthread_t t;
    struct holder h;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK(start_holder(&h, vm, hold_then_release, &t));
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_EBUSY);
    atomic_store(&h.phase, 2);
    CHECK_EQ(pthread_join(t, NULL), 0);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

void test_vm_bad_handles(void) {
    yuni_vm* vm;
    yuni_vm_statistics st;
    yuni_vm* forged[] = {NULL, (yuni_vm*)(uintptr_t)1, (yuni_vm*)&st, NULL};
    size_t i;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
    forged[3] = vm;
    for (i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        CHECK_EQ(yuni_vm_own(forged[i]), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_try_own(forged[i]), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_disown(forged[i], NULL), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_reown(forged[i], 0), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_yield(forged[i]), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_should_yield(forged[i]), YUNI_EBADHANDLE);
        CHECK(yuni_vm_yield_flag(forged[i]) == NULL);
        CHECK_EQ(yuni_vm_set_runnable(forged[i], 1), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_nccc_call_threaded(forged[i], slow_call, NULL, NULL), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_call_bound(forged[i], 1, slow_call, NULL, NULL), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_thread_serve(forged[i], 0), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_thread_attach(forged[i], NULL), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_thread_detach(forged[i]), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_thread_set_priority(forged[i], 1), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_thread_set_flags(forged[i], 0), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_stats(forged[i], &st), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_vm_destroy(forged[i]), YUNI_EBADHANDLE);
    }
    /* Many create/destroy cycles on one thread do not use up its slots. */
    for (i = 0; i < 3 * YUNI_THREAD_MAX_VMS; i++) {
        CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
        CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
        CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
        CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
    }
}

/* The inline fast paths agree with the library calls, and every record
 * that went stale (detach, flags, destroy) falls back to the library and
 * its answer. */
void test_vm_fast_paths(void) {
    yuni_vm* vm;
    yuni_vm_fast f, g;
    yuni_token tok;
    uint32_t index = 0;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_fast_attach(vm, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_vm_fast_attach(NULL, &f), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_vm_fast_released(NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_vm_fast_attach(vm, &f), YUNI_OK);
    CHECK_EQ(yuni_thread_attach(vm, &index), YUNI_OK); /* counted: 2 attaches */
    CHECK_EQ(f.index, index);
    CHECK_EQ(yuni_vm_disown_fast(&f, &tok), YUNI_ESTATE); /* not the owner */
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_OK);
    CHECK_EQ(stats_of(vm).owner, index);
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_ESTATE); /* ownership does not nest */
    CHECK_EQ(yuni_vm_own(vm), YUNI_ESTATE);
    CHECK_EQ(yuni_vm_disown_fast(&f, &tok), YUNI_OK);
    CHECK_EQ(stats_of(vm).owner, 0);
    CHECK_EQ(yuni_vm_reown(vm, tok), YUNI_OK); /* the token is the library's */
    CHECK_EQ(yuni_vm_disown_fast(&f, &tok), YUNI_OK);
    CHECK_EQ(yuni_vm_own(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_reown(vm, tok), YUNI_OWN_SWITCHED);
    CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_OK);
    /* disown_fast stores from the word its own_fast stored: every mix of the
     * two paths gives the generations and tokens the library gives. */
    {
        yuni_token t1, t2, t3;
        CHECK_EQ(yuni_vm_own_fast(&f), YUNI_OK);
        CHECK_EQ(yuni_vm_disown_fast(&f, &t1), YUNI_OK);
        CHECK_EQ(yuni_vm_own(vm), YUNI_OK); /* f.owned is now an older word */
        CHECK_EQ(yuni_vm_disown_fast(&f, &t2), YUNI_OK);
        CHECK_EQ(t2, t1 + 1);
        CHECK_EQ(yuni_vm_own_fast(&f), YUNI_OK);
        CHECK_EQ(yuni_vm_disown(vm, &t3), YUNI_OK);
        CHECK_EQ(t3, t2 + 1);
        CHECK_EQ(yuni_vm_reown(vm, t3), YUNI_OK);
        CHECK_EQ(yuni_vm_disown_fast(&f, &t1), YUNI_OK); /* after a reown: the library's path */
        CHECK_EQ(t1, t3 + 1);
        CHECK_EQ(stats_of(vm).owner, 0);
        CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_ESTATE);
        CHECK_EQ(yuni_vm_disown(vm, NULL), YUNI_ESTATE);
    }
    /* Flags may forbid disown: the record goes stale and the library says no. */
    CHECK_EQ(yuni_thread_set_flags(vm, YUNI_THREAD_NEVER_DISOWN), YUNI_OK);
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_OK);
    CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_ESTATE);
    CHECK_EQ(yuni_thread_set_flags(vm, 0), YUNI_OK);
    CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_OK); /* stale: the library disowns */
    CHECK_EQ(yuni_vm_fast_attach(vm, &g), YUNI_OK);   /* fresh again (3 attaches) */
    CHECK(g.stamp_value != f.stamp_value);
    CHECK_EQ(yuni_vm_own_fast(&g), YUNI_OK);
    CHECK_EQ(yuni_vm_disown_fast(&g, NULL), YUNI_OK);
    /* The last detach frees the index: the record goes stale, and an own
     * through it attaches again as yuni_vm_own does. */
    CHECK_EQ(yuni_thread_detach(vm), YUNI_OK);
    CHECK_EQ(yuni_thread_detach(vm), YUNI_OK);
    CHECK_EQ(yuni_thread_detach(vm), YUNI_OK);
    CHECK_EQ(yuni_thread_detach(vm), YUNI_ESTATE);
    CHECK_EQ(yuni_vm_own_fast(&g), YUNI_OK); /* attaches again (1 attach) */
    CHECK_EQ(yuni_thread_detach(vm), YUNI_EBUSY);
    CHECK_EQ(yuni_vm_disown_fast(&g, NULL), YUNI_OK);
    CHECK_EQ(yuni_thread_detach(vm), YUNI_OK);
    CHECK_EQ(yuni_thread_detach(vm), YUNI_ESTATE);
    /* Destroyed: both paths give EBADHANDLE, also once the memory is reused. */
    CHECK_EQ(yuni_vm_fast_attach(vm, &f), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_vm_fast_attach(vm, &g), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK); /* likely the same memory */
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_EBADHANDLE);
    CHECK_EQ(stats_of(vm).owner, 0);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

static void* own_and_release(void* p) {
    struct holder* h = p;
    atomic_store(&h->phase, 1);
    h->status = yuni_vm_own(h->vm);
    if (h->status == YUNI_OK) h->status = yuni_vm_disown(h->vm, NULL);
    atomic_store(&h->phase, 3);
    return NULL;
}

/* The inline disown hands the VM to a queued thread, and wakes a sleeping
 * heartbeat, through yuni_vm_fast_released. */
void test_vm_fast_disown_hands_off_and_wakes(void) {
    yuni_vm* vm;
    yuni_vm_fast f;
    struct takeover k;
    struct holder h;
    pthread_t t;
    uint64_t ticks, takeovers, handoffs;
    CHECK_EQ(create_with_entry(&k, &vm), YUNI_OK);
    CHECK_EQ(yuni_vm_fast_attach(vm, &f), YUNI_OK);
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_OK);
    /* counted from here: on a loaded machine the heartbeat may have given
     * the new VM to a pool thread first, which handed it to us */
    handoffs = stats_of(vm).handoffs;
    h.vm = vm;
    atomic_init(&h.phase, 0);
    CHECK_EQ(pthread_create(&t, NULL, own_and_release, &h), 0);
    WAIT_FOR(stats_of(vm).waiters == 1);
    CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_OK);
    CHECK_EQ(pthread_join(t, NULL), 0);
    CHECK_EQ(h.status, YUNI_OK);
    CHECK_EQ(stats_of(vm).handoffs, handoffs + 1);
    /* Asleep while we hold the VM; the inline disown wakes it. */
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_OK);
    WAIT_FOR(stats_of(vm).heartbeat_armed == 0);
    ticks = stats_of(vm).heartbeat_ticks;
    takeovers = stats_of(vm).takeovers;
    CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_OK);
    WAIT_FOR(stats_of(vm).heartbeat_ticks > ticks);
    WAIT_FOR(stats_of(vm).takeovers == takeovers + 1);
    CHECK_EQ(yuni_vm_own_fast(&f), YUNI_OK); /* entry sees us waiting and returns */
    CHECK_EQ(yuni_vm_set_runnable(vm, 0), YUNI_OK);
    CHECK_EQ(yuni_vm_disown_fast(&f, NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}

/* Two threads on the inline paths, no yields and no other work: most owns
 * take the fast path, so the CAS alone must keep them apart (a plain store
 * there loses counts here, and TSan sees the counter race). */
#define FAST_ROUNDS 200000
static long fast_counter;

static void* fast_rounds(void* p) {
    yuni_vm* vm = p;
    yuni_vm_fast f;
    int i;
    if (yuni_vm_fast_attach(vm, &f) != YUNI_OK) return (void*)1;
    for (i = 0; i < FAST_ROUNDS; i++) {
        if (yuni_vm_own_fast(&f) != YUNI_OK) return (void*)1;
        fast_counter++;
        if (yuni_vm_disown_fast(&f, NULL) != YUNI_OK) return (void*)1;
    }
    return NULL;
}

void test_vm_fast_two_threads_exclude(void) {
    yuni_vm* vm;
    pthread_t t[2];
    void* r;
    int i;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    fast_counter = 0;
    for (i = 0; i < 2; i++) CHECK_EQ(pthread_create(&t[i], NULL, fast_rounds, vm), 0);
    for (i = 0; i < 2; i++) {
        CHECK_EQ(pthread_join(t[i], &r), 0);
        CHECK(r == NULL);
    }
    CHECK_EQ(fast_counter, 2L * FAST_ROUNDS);
    CHECK_EQ(stats_of(vm).owner, 0);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
}
