/* Benchmark: chimes against a raw eventfd+epoll wake and libuv's
 * uv_async_send, measured in the same run.
 *
 *   bench_queue [samples]     default 20000 per mechanism and placement
 *
 * One-way latency: the ringer stamps the TSC and wakes the waiter, which
 * stamps on return from its wait; the waiter then releases the ringer for
 * the next sample through a futex (the same for every mechanism, outside
 * the measured interval).  Prints `name: value` lines and where every
 * thread ran. */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifdef YUNI_BENCH_UV
#include <uv.h>
#endif

#include "bench.h"
#include "nccc.h"
#include "storm.h"

enum mechanism { CHIME, EVENTFD, LIBUV_ASYNC };

static long samples = 20000;

struct pair {
    enum mechanism mech;
    int waiter_cpu, ringer_cpu;
    _Atomic uint64_t stamp;
    _Atomic uint32_t go; /* futex: the waiter is ready for the next sample */
    _Atomic uint32_t stop;
    uint64_t* lat;
    long n;
    /* chime */
    yuni_queue* queue;
    yuni_chime* chime;
    /* eventfd */
    int efd, epfd;
#ifdef YUNI_BENCH_UV
    uv_loop_t loop;
    uv_async_t async;
#endif
};

static void futex_wait(_Atomic uint32_t* w, uint32_t v) {
    syscall(SYS_futex, (uint32_t*)w, FUTEX_WAIT_PRIVATE, v, NULL, NULL, 0);
}
static void futex_wake(_Atomic uint32_t* w) { syscall(SYS_futex, (uint32_t*)w, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0); }

static void pin(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
}

/* The waiter took a wake-up: record it and release the ringer. */
static void woke(struct pair* p) {
    uint64_t t = bench_ticks();
    if (p->n < samples) p->lat[p->n++] = t - atomic_load(&p->stamp);
    atomic_fetch_add(&p->go, 1);
    futex_wake(&p->go);
}

#ifdef YUNI_BENCH_UV
static void on_async(uv_async_t* a) {
    struct pair* p = a->data;
    woke(p);
    if (p->n >= samples) uv_close((uv_handle_t*)&p->async, NULL);
}
#endif

static void* waiter_main(void* arg) {
    struct pair* p = arg;
    pin(p->waiter_cpu);
    atomic_fetch_add(&p->go, 1); /* ready */
    futex_wake(&p->go);
    while (p->n < samples) {
        if (p->mech == CHIME) {
            yuni_event ev;
            if (yuni_queue_wait(p->queue, &ev, 1, -1) == 1) woke(p);
        } else if (p->mech == EVENTFD) {
            struct epoll_event e;
            uint64_t v;
            if (epoll_wait(p->epfd, &e, 1, -1) == 1 && read(p->efd, &v, sizeof v) == sizeof v) woke(p);
        } else {
#ifdef YUNI_BENCH_UV
            uv_run(&p->loop, UV_RUN_DEFAULT);
#endif
        }
    }
    return NULL;
}

static void ring(struct pair* p) {
    atomic_store(&p->stamp, bench_ticks());
    if (p->mech == CHIME) {
        yuni_chime_ring(p->chime);
    } else if (p->mech == EVENTFD) {
        uint64_t one = 1;
        if (write(p->efd, &one, sizeof one) != sizeof one) abort();
    } else {
#ifdef YUNI_BENCH_UV
        uv_async_send(&p->async);
#endif
    }
}

/* Measure `samples` one-way latencies (ticks) into lat. */
static void oneway(enum mechanism mech, int waiter_cpu, int ringer_cpu, uint64_t* lat) {
    static struct pair p;
    pthread_t th;
    memset(&p, 0, sizeof p);
    p.mech = mech;
    p.waiter_cpu = waiter_cpu;
    p.ringer_cpu = ringer_cpu;
    p.lat = lat;
    if (mech == CHIME) {
        yuni_queue_create(0, &p.queue);
        yuni_chime_create(p.queue, 1, &p.chime);
    } else if (mech == EVENTFD) {
        struct epoll_event e = {.events = EPOLLIN};
        p.efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        p.epfd = epoll_create1(EPOLL_CLOEXEC);
        epoll_ctl(p.epfd, EPOLL_CTL_ADD, p.efd, &e);
    } else {
#ifdef YUNI_BENCH_UV
        uv_loop_init(&p.loop);
        uv_async_init(&p.loop, &p.async, on_async);
        p.async.data = &p;
#endif
    }
    pin(ringer_cpu);
    pthread_create(&th, NULL, waiter_main, &p);
    for (long i = 0; i < samples; i++) {
        uint32_t seen = (uint32_t)i;
        /* Wait until the waiter has taken sample i-1 (and is ready). */
        while (atomic_load(&p.go) <= seen) futex_wait(&p.go, seen);
        /* Let the waiter block again before ringing (on another CPU it
         * must be asleep, not still returning). */
        if (waiter_cpu != ringer_cpu) {
            uint64_t t0 = bench_now_ns();
            while (bench_now_ns() - t0 < 20000) {
            }
        }
        ring(&p);
    }
    pthread_join(th, NULL);
    if (mech == CHIME) {
        yuni_queue_destroy(p.queue);
    } else if (mech == EVENTFD) {
        close(p.efd);
        close(p.epfd);
    } else {
#ifdef YUNI_BENCH_UV
        uv_loop_close(&p.loop);
#endif
    }
}

#define LATENCY_ROUNDS 5
#ifdef YUNI_BENCH_UV
#define MECHANISMS 3
#else
#define MECHANISMS 2
#endif

/* The mechanisms take turns, LATENCY_ROUNDS times each, so drift in the machine's
 * speed during the run does not favour whichever would have gone first. */
static void latencies(const char* suffix, int waiter_cpu, int ringer_cpu) {
    long total = samples, per = samples / LATENCY_ROUNDS;
    uint64_t* lat[MECHANISMS];
    double p50[MECHANISMS], p99[MECHANISMS];
    for (int m = 0; m < MECHANISMS; m++) lat[m] = calloc((size_t)total, sizeof(uint64_t));
    samples = per;
    for (int r = 0; r < LATENCY_ROUNDS; r++)
        for (int m = 0; m < MECHANISMS; m++) oneway((enum mechanism)m, waiter_cpu, ringer_cpu, lat[m] + r * per);
    samples = total;
    for (int m = 0; m < MECHANISMS; m++) {
        p50[m] = bench_percentile_ns(lat[m], (size_t)(per * LATENCY_ROUNDS), 0.50, 0) / 1000.0;
        p99[m] = bench_percentile_ns(lat[m], (size_t)(per * LATENCY_ROUNDS), 0.99, 1) / 1000.0;
        free(lat[m]);
    }
    printf("placement: waiter on cpu %d, ringer on cpu %d (%s)\n", waiter_cpu, ringer_cpu,
           waiter_cpu == ringer_cpu ? "same core" : "cross-core");
    printf("chime_oneway%s_us: %.2f\nchime_oneway%s_p99_us: %.2f\n", suffix, p50[CHIME], suffix, p99[CHIME]);
    printf("eventfd_epoll_oneway%s_us: %.2f\neventfd_epoll_oneway%s_p99_us: %.2f\n", suffix, p50[EVENTFD], suffix,
           p99[EVENTFD]);
    printf("chime_vs_eventfd%s_ratio: %.3f\n", suffix, p50[CHIME] / p50[EVENTFD]);
#ifdef YUNI_BENCH_UV
    printf("uv_async_oneway%s_us: %.2f\nuv_async_oneway%s_p99_us: %.2f\n", suffix, p50[LIBUV_ASYNC], suffix,
           p99[LIBUV_ASYNC]);
    printf("chime_vs_uv_async%s_ratio: %.3f\n", suffix, p50[CHIME] / p50[LIBUV_ASYNC]);
#else
    printf("uv_async_oneway%s_us: n/a (built without libuv)\n", suffix);
#endif
}

/* Ring cost when nothing has to reach the kernel. */
static void ring_costs(void) {
    enum { N = 10000000, CHIMES = 4096, ROUNDS = 200 };
    static yuni_chime* c[CHIMES];
    yuni_queue* q;
    yuni_event ev[256];
    uint64_t t0, total = 0;
    int efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    uint64_t one = 1, v;
    yuni_queue_create(0, &q);
    for (int i = 0; i < CHIMES; i++) yuni_chime_create(q, (uint64_t)i, &c[i]);
    yuni_chime_ring(c[0]);
    t0 = bench_ticks();
    for (long i = 0; i < N; i++) yuni_chime_ring(c[0]);
    printf("ring_ns: %.2f\n", (double)(bench_ticks() - t0) * bench_ns_per_tick / N);
    /* Each chime's first ring on an already signalled queue: the bitmap
     * read-modify-writes, no syscall. */
    for (int r = 0; r < ROUNDS; r++) {
        while (yuni_queue_wait(q, ev, 256, 0) > 0) {
        }
        yuni_chime_ring(c[0]); /* signal the queue */
        t0 = bench_ticks();
        for (int i = 1; i < CHIMES; i++) yuni_chime_ring(c[i]);
        total += bench_ticks() - t0;
    }
    printf("ring_first_signalled_ns: %.2f\n", (double)total * bench_ns_per_tick / ((double)ROUNDS * (CHIMES - 1)));
    /* What a ring that does reach the kernel costs: one eventfd write. */
    t0 = bench_ticks();
    for (long i = 0; i < 1000000; i++) {
        if (write(efd, &one, sizeof one) != sizeof one) abort();
        if (i % 1000 == 999 && read(efd, &v, sizeof v) != sizeof v) abort();
    }
    printf("eventfd_write_ns: %.2f\n", (double)(bench_ticks() - t0) * bench_ns_per_tick / 1000000);
    close(efd);
    yuni_queue_destroy(q);
}

int main(int argc, char** argv) {
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (argc > 1) samples = atol(argv[1]) > 100 ? atol(argv[1]) : 100;
    bench_calibrate();
    printf("samples: %ld per mechanism and placement, in %d alternating rounds\n", samples, LATENCY_ROUNDS);
    latencies("", 0, 0);
    if (cpus > 1) latencies("_crosscore", 1, 0);
    pin(0);
    printf("placement: ring costs on cpu 0, one thread\n");
    ring_costs();
    printf("placement: storm with 4 ringers and a waiter, unpinned\n");
    cpu_set_t all;
    CPU_ZERO(&all);
    for (int i = 0; i < cpus; i++) CPU_SET(i, &all);
    sched_setaffinity(0, sizeof all, &all);
    printf("storm_rings: %ld\n", 10000000L);
    printf("storm_lost_wakeups: %ld\n", queue_storm(10000000L));
    return 0;
}
