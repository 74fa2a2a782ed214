/* Benchmark: VM ownership against its baselines, measured in the same run.
 *
 *   bench_owner [seconds-for-scale-runs]     default 1
 *
 * Prints `name: value` lines and states where every thread ran. */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bench.h"
#include "nccc.h"

static double now_s(void) { return (double)bench_now_ns() / 1e9; }

static void pin_self(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
}

static long futex(_Atomic uint32_t* a, int op, uint32_t v) {
    return syscall(SYS_futex, (uint32_t*)a, op | FUTEX_PRIVATE_FLAG, v, NULL, NULL, 0);
}

/* ---- a second thread alive: it sleeps, as an idle host thread would ---- */
static _Atomic uint32_t idle_stop;
static void* idle_thread(void* p) {
    (void)p;
    while (!atomic_load(&idle_stop)) futex(&idle_stop, FUTEX_WAIT, 0);
    return NULL;
}

static void noop(const nccv64* in, nccv64* out) {
    (void)in;
    (void)out;
}

/* owner_floor.c, a shared library of its own: the same CAS and store behind
 * a PLT call each. */
int bench_floor_own(void* unused);
int bench_floor_disown(void* unused);

/* ---- uncontended costs ---- */
static void uncontended(void) {
    const long n = 20000000;
    yuni_vm* vm;
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_t idle;
    double t0, own_ns, fast_ns, mutex_ns, threaded_ns, direct_ns;
    nccc_call_t volatile fn = noop;
    nccv64 in[1], out[1];
    long i;
    yuni_vm_create(NULL, &vm);
    pthread_create(&idle, NULL, idle_thread, NULL);
    yuni_vm_own(vm);
    yuni_vm_disown(vm, NULL);
    for (i = 0; i < n / 10; i++) { /* warm up */
        yuni_vm_own(vm);
        yuni_vm_disown(vm, NULL);
    }
    t0 = now_s();
    for (i = 0; i < n; i++) {
        yuni_vm_own(vm);
        yuni_vm_disown(vm, NULL);
    }
    own_ns = (now_s() - t0) * 1e9 / (double)n;
    {
        /* The same through the inline fast paths (nccc.h: yuni_vm_fast). */
        yuni_vm_fast f;
        yuni_vm_fast_attach(vm, &f);
        for (i = 0; i < n / 10; i++) {
            yuni_vm_own_fast(&f);
            yuni_vm_disown_fast(&f, NULL);
        }
        t0 = now_s();
        for (i = 0; i < n; i++) {
            yuni_vm_own_fast(&f);
            yuni_vm_disown_fast(&f, NULL);
        }
        fast_ns = (now_s() - t0) * 1e9 / (double)n;
        yuni_thread_detach(vm);
    }
    for (i = 0; i < n / 10; i++) {
        pthread_mutex_lock(&m);
        pthread_mutex_unlock(&m);
    }
    t0 = now_s();
    for (i = 0; i < n; i++) {
        pthread_mutex_lock(&m);
        pthread_mutex_unlock(&m);
    }
    mutex_ns = (now_s() - t0) * 1e9 / (double)n;
    {
        /* The floor: the bare CAS and store an owner word needs. */
        static _Atomic uint64_t word;
        uint64_t zero;
        double cas_ns;
        t0 = now_s();
        for (i = 0; i < n; i++) {
            zero = 0;
            atomic_compare_exchange_strong_explicit(&word, &zero, 1, memory_order_acquire, memory_order_relaxed);
            atomic_store_explicit(&word, 0, memory_order_release);
        }
        cas_ns = (now_s() - t0) * 1e9 / (double)n;
        printf("cas_store_floor_ns: %.2f\n", cas_ns);
    }
    {
        /* The same through two calls into a shared library: what every
         * called own/disown pays here before it does any work of its own. */
        double call_ns;
        for (i = 0; i < n / 10; i++) {
            bench_floor_own(NULL);
            bench_floor_disown(NULL);
        }
        t0 = now_s();
        for (i = 0; i < n; i++) {
            bench_floor_own(NULL);
            bench_floor_disown(NULL);
        }
        call_ns = (now_s() - t0) * 1e9 / (double)n;
        printf("plt_cas_store_floor_ns: %.2f\n", call_ns);
        printf("plt_floor_vs_mutex_ratio: %.3f\n", call_ns / mutex_ns);
    }
    /* own_disown_ns is nccc.h's own/disown as a C host compiles them (the
     * inline paths, which call the library only off the fast path);
     * own_disown_call_ns is the same through calls into the library, what
     * an FFI host pays, which no call can bring under the PLT floor. */
    printf("own_disown_ns: %.2f\n", fast_ns);
    printf("mutex_pair_ns: %.2f\n", mutex_ns);
    printf("own_vs_mutex_ratio: %.3f\n", fast_ns / mutex_ns);
    printf("own_disown_call_ns: %.2f\n", own_ns);
    printf("own_call_vs_mutex_ratio: %.3f\n", own_ns / mutex_ns);

    yuni_vm_own(vm);
    t0 = now_s();
    for (i = 0; i < n; i++) yuni_nccc_call_threaded(vm, noop, in, out);
    threaded_ns = (now_s() - t0) * 1e9 / (double)n;
    t0 = now_s();
    for (i = 0; i < n; i++) fn(in, out);
    direct_ns = (now_s() - t0) * 1e9 / (double)n;
    yuni_vm_disown(vm, NULL);
    printf("threaded_call_ns: %.2f\n", threaded_ns);
    printf("direct_call_ns: %.2f\n", direct_ns);
    atomic_store(&idle_stop, 1);
    futex(&idle_stop, FUTEX_WAKE, 1);
    pthread_join(idle, NULL);
    yuni_vm_destroy(vm);
}

/* ---- handoff latency: two threads pass the VM back and forth; the
 * receiver measures from the sender's stamp. Three ways to pass it:
 *   yield   yuni_vm_yield: owner to queue head directly, the yielder queued
 *           while it still owns (no barrier: nothing can race the queue);
 *   own     disown, then yuni_vm_own again: the waiter's path, which pays
 *           the asymmetric fence's heavy half (membarrier) per enqueue;
 *   futex   the baseline: the same ping-pong over one raw futex word.
 * The players alternate in blocks, so a change of load on this shared
 * machine hits every variant alike (measured one after the other, a quiet
 * minute for one and a busy one for the next made ratios of 9 from noise). */
#define BLOCKS 10
#define BLOCK_ROUNDS 2000
#define WARMUP 50
struct pingpong {
    yuni_vm* vm;
    _Atomic uint64_t stamp;
    _Atomic uint32_t turn; /* futex baseline: whose turn */
    uint64_t samples[2][BLOCK_ROUNDS];
    int cpu[2];
    _Atomic int started;
    _Atomic int first_owns; /* player 0 owns: player 1 may start */
};

static void* yield_player(void* p) {
    struct pingpong* pp = p;
    int me = atomic_fetch_add(&pp->started, 1), i;
    pin_self(pp->cpu[me]);
    yuni_vm_own(pp->vm);
    if (me == 0) atomic_store(&pp->first_owns, 1);
    if (me == 0) {
        while (!__atomic_load_n(yuni_vm_yield_flag(pp->vm), __ATOMIC_RELAXED)) sched_yield();
    }
    for (i = 0; i < BLOCK_ROUNDS; i++) {
        atomic_store(&pp->stamp, bench_ticks());
        yuni_vm_yield(pp->vm); /* to the other, and back */
        pp->samples[me][i] = bench_ticks() - atomic_load(&pp->stamp);
    }
    yuni_vm_disown(pp->vm, NULL);
    return NULL;
}

/* Pass only once the other is queued, so every own of the loop sleeps. */
static void* own_player(void* p) {
    struct pingpong* pp = p;
    const volatile uint32_t* queued = NULL;
    int me = atomic_fetch_add(&pp->started, 1), i;
    pin_self(pp->cpu[me]);
    yuni_vm_own(pp->vm);
    queued = yuni_vm_yield_flag(pp->vm);
    if (me == 0) atomic_store(&pp->first_owns, 1);
    for (i = 0; i < BLOCK_ROUNDS; i++) {
        while (!__atomic_load_n(queued, __ATOMIC_RELAXED)) sched_yield();
        atomic_store(&pp->stamp, bench_ticks());
        yuni_vm_disown(pp->vm, NULL);
        yuni_vm_own(pp->vm);
        pp->samples[me][i] = bench_ticks() - atomic_load(&pp->stamp);
    }
    yuni_vm_disown(pp->vm, NULL);
    return NULL;
}

static void* futex_player(void* p) {
    struct pingpong* pp = p;
    int me = atomic_fetch_add(&pp->started, 1), i;
    pin_self(pp->cpu[me]);
    for (i = 0; i < BLOCK_ROUNDS; i++) {
        while (atomic_load(&pp->turn) != (uint32_t)me) futex(&pp->turn, FUTEX_WAIT, (uint32_t)!me);
        if (i > 0 || me == 1) pp->samples[me][i] = bench_ticks() - atomic_load(&pp->stamp);
        atomic_store(&pp->stamp, bench_ticks());
        atomic_store(&pp->turn, (uint32_t)!me);
        futex(&pp->turn, FUTEX_WAKE, 1);
    }
    return NULL;
}

/* One block of one variant; appends its samples (warm-up skipped). */
static void pingpong_block(void* (*player)(void*), int cpu0, int cpu1, uint64_t* all, size_t* n) {
    static struct pingpong pp;
    pthread_t t[2];
    size_t i;
    memset(&pp, 0, sizeof pp);
    pp.cpu[0] = cpu0;
    pp.cpu[1] = cpu1;
    yuni_vm_create(NULL, &pp.vm);
    pthread_create(&t[0], NULL, player, &pp);
    while (atomic_load(&pp.started) < 1 || (player != futex_player && !atomic_load(&pp.first_owns))) sched_yield();
    pthread_create(&t[1], NULL, player, &pp);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    yuni_vm_destroy(pp.vm);
    for (i = WARMUP; i < BLOCK_ROUNDS; i++) {
        if (pp.samples[0][i]) all[(*n)++] = pp.samples[0][i];
        if (pp.samples[1][i]) all[(*n)++] = pp.samples[1][i];
    }
}

enum { V_YIELD, V_OWN, V_FUTEX, VARIANTS };
struct handoff_figures {
    double p50[VARIANTS], p99[VARIANTS];
};

/* Each sample is one handoff: the other thread stamped just before its
 * yield (disown, futex wake), this one read the clock on waking. */
static void handoff_run(int cpu0, int cpu1, struct handoff_figures* h) {
    static void* (*const players[VARIANTS])(void*) = {yield_player, own_player, futex_player};
    static uint64_t all[VARIANTS][BLOCKS * 2 * BLOCK_ROUNDS];
    size_t n[VARIANTS] = {0};
    int b, v;
    for (b = 0; b < BLOCKS; b++)
        for (v = 0; v < VARIANTS; v++) pingpong_block(players[(v + b) % VARIANTS], cpu0, cpu1, all[(v + b) % VARIANTS], &n[(v + b) % VARIANTS]);
    for (v = 0; v < VARIANTS; v++) {
        h->p50[v] = bench_percentile_ns(all[v], n[v], 0.50, 0) / 1000.0;
        h->p99[v] = bench_percentile_ns(all[v], n[v], 0.99, 1) / 1000.0;
    }
}

/* ---- the waiter's CPU kept busy: a thread of this process at SCHED_IDLE
 * (nice 19 where refused) on each CPU, which any woken thread preempts, as
 * a host's other busy threads would be. It is also what membarrier must
 * interrupt: it runs a thread of this process. ---- */
static _Atomic int busy_stop;
static void* busy_thread(void* p) {
    struct sched_param sp = {0};
    pin_self((int)(intptr_t)p);
    if (pthread_setschedparam(pthread_self(), SCHED_IDLE, &sp) != 0) setpriority(PRIO_PROCESS, 0, 19);
    while (!atomic_load_explicit(&busy_stop, memory_order_relaxed)) {
    }
    return NULL;
}

static void busy_cpus(pthread_t* t, int start) {
    int c;
    if (start) {
        atomic_store(&busy_stop, 0);
        for (c = 0; c < 2; c++) pthread_create(&t[c], NULL, busy_thread, (void*)(intptr_t)c);
    } else {
        atomic_store(&busy_stop, 1);
        for (c = 0; c < 2; c++) pthread_join(t[c], NULL);
    }
}

/* The heavy half of the fence alone: what one enqueue pays. */
static double barrier_us(void) {
    const int n = 2000;
    uint64_t* s = malloc(sizeof *s * n);
    double r = -1;
    int i;
    cpu_set_t saved;
    sched_getaffinity(0, sizeof saved, &saved);
    pin_self(0);
    if (syscall(SYS_membarrier, 1 << 4 /* REGISTER_PRIVATE_EXPEDITED */, 0, 0) != 0) goto out;
    for (i = 0; i < n; i++) {
        uint64_t t0 = bench_ticks();
        syscall(SYS_membarrier, 1 << 3 /* PRIVATE_EXPEDITED */, 0, 0);
        s[i] = bench_ticks() - t0;
    }
    r = bench_percentile_ns(s, (size_t)n, 0.50, 0) / 1000.0;
out:
    sched_setaffinity(0, sizeof saved, &saved); /* threads started later inherit it */
    free(s);
    return r;
}

static void print_handoffs(const char* tag, const struct handoff_figures* h) {
    printf("handoff%s_p50_us: %.2f\nhandoff%s_p99_us: %.2f\n", tag, h->p50[V_YIELD], tag, h->p99[V_YIELD]);
    printf("handoff_own%s_p50_us: %.2f\nhandoff_own%s_p99_us: %.2f\n", tag, h->p50[V_OWN], tag, h->p99[V_OWN]);
    printf("futex_handoff%s_p50_us: %.2f\nfutex_handoff%s_p99_us: %.2f\n", tag, h->p50[V_FUTEX], tag, h->p99[V_FUTEX]);
}

static void handoffs(void) {
    struct handoff_figures x, a, s;
    pthread_t busy[2];
    double b_idle, b_busy;
    handoff_run(0, 1, &x);
    printf("placement: handoff pairs on cpu 0 and cpu 1 (cross-core); yield, own and futex alternate in %d blocks\n", BLOCKS);
    print_handoffs("", &x);
    printf("handoff_vs_futex_ratio: %.3f\n", x.p50[V_YIELD] / x.p50[V_FUTEX]);
    printf("handoff_own_vs_futex_ratio: %.3f\n", x.p50[V_OWN] / x.p50[V_FUTEX]);
    b_idle = barrier_us();
    busy_cpus(busy, 1);
    handoff_run(0, 1, &a);
    b_busy = barrier_us();
    busy_cpus(busy, 0);
    printf("placement: the same, with a SCHED_IDLE busy thread of this process on each cpu (cpus awake)\n");
    print_handoffs("_awake", &a);
    printf("handoff_awake_vs_futex_ratio: %.3f\n", a.p50[V_YIELD] / a.p50[V_FUTEX]);
    printf("handoff_own_awake_vs_futex_ratio: %.3f\n", a.p50[V_OWN] / a.p50[V_FUTEX]);
    printf("placement: one membarrier(PRIVATE_EXPEDITED) from cpu 0, cpu 1 idle, then running a busy thread\n");
    printf("barrier_idle_p50_us: %.2f\nbarrier_busy_p50_us: %.2f\n", b_idle, b_busy);
    handoff_run(0, 0, &s);
    printf("placement: handoff pairs both on cpu 0 (same core)\n");
    print_handoffs("_samecore", &s);
    printf("handoff_vs_futex_samecore_ratio: %.3f\n", s.p50[V_YIELD] / s.p50[V_FUTEX]);
    printf("handoff_own_vs_futex_samecore_ratio: %.3f\n", s.p50[V_OWN] / s.p50[V_FUTEX]);
}

/* ---- heartbeat ---- */
struct detect {
    _Atomic uint64_t entry_ns;
    _Atomic uint64_t entry_ticks; /* the heartbeat's tick count when entry ran */
    _Atomic uint32_t entered;
};

static uint64_t heartbeat_ticks(yuni_vm* vm) {
    yuni_vm_statistics st;
    yuni_vm_stats(vm, &st);
    return st.heartbeat_ticks;
}

static void detect_entry(const nccv64* in, nccv64* out) {
    struct detect* d = in[0].ptr;
    (void)out;
    atomic_store(&d->entry_ns, bench_now_ns());
    atomic_store(&d->entry_ticks, heartbeat_ticks((yuni_vm*)in[1].ptr));
    atomic_store(&d->entered, 1);
    futex(&d->entered, FUTEX_WAKE, 1);
}

static void wait_for_takeover(const nccv64* in, nccv64* out) {
    struct detect* d = in[0].ptr;
    struct timespec ts = {0, 200000000};
    (void)out;
    while (!atomic_load(&d->entered))
        syscall(SYS_futex, (uint32_t*)&d->entered, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, 0, &ts, NULL, 0);
}

static void heartbeat(void) {
    const int trials = 300;
    static uint64_t periods[300], ticks[300];
    struct detect d;
    yuni_vm_config cfg;
    yuni_vm* vm;
    nccv64 in[1], out[1];
    int i, missed = 0;
    struct rusage r0, r1;
    double w0, cpu;
    memset(&cfg, 0, sizeof cfg);
    cfg.size = sizeof cfg;
    cfg.entry = detect_entry;
    cfg.entry_ctx = &d;
    cfg.heartbeat_hz = 1000;
    yuni_vm_create(&cfg, &vm);
    yuni_vm_own(vm);
    in[0].ptr = &d;
    for (i = 0; i < trials; i++) {
        uint64_t t0, k0;
        atomic_store(&d.entered, 0);
        k0 = heartbeat_ticks(vm);
        t0 = bench_now_ns();
        yuni_nccc_call_threaded(vm, wait_for_takeover, in, out);
        if (!atomic_load(&d.entered)) missed++;
        /* Ticks the heartbeat made from the disown to the takeover (the
         * design's bound is 2: one tick sees the disown, the next takes the
         * VM over), and the wall time from the disown to entry running on a
         * pool thread, in tick periods: that adds the phase of the disown
         * within a period and the pool thread's wake-up. */
        ticks[i] = atomic_load(&d.entry_ticks) - k0;
        periods[i] = (atomic_load(&d.entry_ns) - t0) * cfg.heartbeat_hz / 10000000; /* in 1/100 */
    }
    qsort(ticks, (size_t)trials, sizeof ticks[0], bench_cmp_u64);
    qsort(periods, (size_t)trials, sizeof periods[0], bench_cmp_u64);
    printf("heartbeat: 1000 Hz; %d disowns of a long call, %d never taken over\n", trials, missed);
    printf("heartbeat_detect_ticks_p50: %llu\n", (unsigned long long)ticks[trials / 2]);
    printf("heartbeat_detect_ticks_p99: %llu\n", (unsigned long long)ticks[trials * 99 / 100]);
    printf("heartbeat_detect_ticks_max: %llu\n", (unsigned long long)ticks[trials - 1]);
    printf("heartbeat_detect_periods_p50: %.2f\n", (double)periods[trials / 2] / 100.0);
    printf("heartbeat_detect_periods_p99: %.2f\n", (double)periods[trials * 99 / 100] / 100.0);

    /* Idle: the VM stays owned, nothing is disowned; wait for the heartbeat
     * to fall asleep, then measure the whole process's CPU over 2 s. */
    {
        yuni_vm_statistics st;
        int k;
        for (k = 0; k < 500; k++) {
            struct timespec ts = {0, 2000000};
            yuni_vm_stats(vm, &st);
            if (!st.heartbeat_armed) break;
            nanosleep(&ts, NULL);
        }
    }
    getrusage(RUSAGE_SELF, &r0);
    w0 = now_s();
    {
        struct timespec ts = {2, 0};
        nanosleep(&ts, NULL);
    }
    getrusage(RUSAGE_SELF, &r1);
    cpu = (double)(r1.ru_utime.tv_sec - r0.ru_utime.tv_sec + r1.ru_stime.tv_sec - r0.ru_stime.tv_sec) +
          (double)(r1.ru_utime.tv_usec - r0.ru_utime.tv_usec + r1.ru_stime.tv_usec - r0.ru_stime.tv_usec) / 1e6;
    printf("heartbeat_idle_cpu_pct: %.4f\n", 100.0 * cpu / (now_s() - w0));
    yuni_vm_set_runnable(vm, 0);
    yuni_vm_disown(vm, NULL);
    yuni_vm_destroy(vm);
}

/* ---- scaling: N threads contend (own, a little work, disown) ---- */
struct scale {
    yuni_vm* vm;
    _Atomic int stop;
    _Atomic long total;
    long shared;
};

static void* contender(void* p) {
    struct scale* s = p;
    long mine = 0;
    while (!atomic_load_explicit(&s->stop, memory_order_relaxed)) {
        volatile int k;
        yuni_vm_own(s->vm);
        s->shared++;
        for (k = 0; k < 50; k++) {
        }
        yuni_vm_disown(s->vm, NULL);
        mine++;
    }
    atomic_fetch_add(&s->total, mine);
    return NULL;
}

static double scale_run(int nthreads, double seconds) {
    static struct scale s;
    pthread_t* t = calloc((size_t)nthreads, sizeof *t);
    double t0, el;
    int i;
    memset(&s, 0, sizeof s);
    yuni_vm_create(NULL, &s.vm);
    for (i = 0; i < nthreads; i++) pthread_create(&t[i], NULL, contender, &s);
    t0 = now_s();
    {
        struct timespec ts = {(time_t)seconds, (long)((seconds - (double)(time_t)seconds) * 1e9)};
        nanosleep(&ts, NULL);
    }
    atomic_store(&s.stop, 1);
    for (i = 0; i < nthreads; i++) pthread_join(t[i], NULL);
    el = now_s() - t0;
    if (s.shared != atomic_load(&s.total)) printf("scale: COUNTER MISMATCH\n");
    yuni_vm_destroy(s.vm);
    free(t);
    return (double)atomic_load(&s.total) / el;
}

int main(int argc, char** argv) {
    double secs = argc > 1 ? atof(argv[1]) : 1.0, r8, r256;
    bench_calibrate();
    printf("placement: uncontended loops on cpu 0; the second thread sleeps\n");
    pin_self(0);
    uncontended();
    {
        cpu_set_t all;
        CPU_ZERO(&all);
        CPU_SET(0, &all);
        CPU_SET(1, &all);
        sched_setaffinity(0, sizeof all, &all);
    }
    handoffs();
    heartbeat();
    r8 = scale_run(8, secs);
    r256 = scale_run(256, secs);
    printf("placement: scaling threads unpinned over both cpus, %.1f s each\n", secs);
    printf("scale_8_owns_per_s: %.0f\nscale_256_owns_per_s: %.0f\n", r8, r256);
    printf("scale_256_vs_8_ratio: %.3f\n", r256 / r8);
    return 0;
}
