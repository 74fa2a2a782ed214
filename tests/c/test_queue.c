/* Event queues and chimes: coalescing, the no-lost-wake-up storm, many
 * queues and chimes, fds, timers, signals, bundles (epoll and foreign
 * children), channels between two VMs, async calls and every bad handle.
 * No test reads a clock to decide pass or fail; every wait is bounded so a
 * bug fails the test instead of hanging it. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "nccc.h"
#include "storm.h"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define STORM_RINGS 1000000L /* the sanitizers are 5-20x slower */
#else
#define STORM_RINGS 10000000L
#endif

#define LONG_NS 10000000000LL /* 10 s: "forever" for a wait that must succeed */

static void sleep_ms(long ms) {
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static int32_t wait_one(yuni_queue* q, yuni_event* ev, int64_t timeout_ns) {
    return yuni_queue_wait(q, ev, 1, timeout_ns);
}

static void noop_call(const nccv64* in, nccv64* out) {
    (void)in;
    if (out) out[0].s32 = 0;
}

void test_queue_rejects_bad_arguments(void) {
    yuni_queue *q = (yuni_queue*)(uintptr_t)1, *f;
    yuni_foreign_queue desc;
    yuni_event ev;
    yuni_chime* c;
    yuni_source* s;
    CHECK_EQ(yuni_queue_create(0, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_create(0x10, &q), YUNI_EINVAL);
    CHECK(q == NULL);
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_queue_wait(q, NULL, 1, 0), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_wait(q, &ev, 0, 0), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_wait(q, &ev, 1, 0), 0);
    CHECK_EQ(yuni_chime_create(q, 1, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_fd(q, -1, YUNI_FD_READ, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_fd(q, 0, 0, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_fd(q, 0, 0x8000, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_fd(q, 999999, YUNI_FD_READ, 0, &s), YUNI_EINVAL); /* not open */
    CHECK_EQ(yuni_queue_add_timer(q, 0, 0, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_timer(q, 1, -1, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_signal(q, SIGKILL, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_signal(q, SIGSEGV, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_signal(q, 0, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_signal(q, 33, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_add_signal(q, 1000, 0, &s), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_bundle(q, q, 0, &s), YUNI_EINVAL); /* itself */
    CHECK_EQ(yuni_channel_create(q, 0, 100, (yuni_channel**)&s), YUNI_EINVAL);
    /* foreign descriptions */
    memset(&desc, 0, sizeof desc);
    CHECK_EQ(yuni_queue_create_foreign(&desc, &f), YUNI_EINVAL); /* size */
    desc.size = sizeof desc;
    CHECK_EQ(yuni_queue_create_foreign(&desc, &f), YUNI_EINVAL); /* no wait */
    desc.wait = noop_call;
    CHECK_EQ(yuni_queue_create_foreign(&desc, &f), YUNI_EINVAL); /* no culture */
    desc.culture = "a-culture-name-longer-than-31-characters";
    CHECK_EQ(yuni_queue_create_foreign(&desc, &f), YUNI_EINVAL);
    desc.culture = "";
    CHECK_EQ(yuni_queue_create_foreign(&desc, &f), YUNI_EINVAL);
    desc.culture = "fake";
    CHECK_EQ(yuni_queue_create_foreign(&desc, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_create_foreign(&desc, &f), YUNI_OK);
    CHECK_EQ(yuni_queue_fd(f), YUNI_ESTATE);
    CHECK_EQ(yuni_chime_create(f, 0, &c), YUNI_ESTATE);
    CHECK_EQ(yuni_queue_add_timer(f, 1000, 0, 0, &s), YUNI_ESTATE);
    CHECK_EQ(yuni_queue_bundle(f, q, 0, &s), YUNI_ESTATE); /* a foreign parent */
    CHECK_EQ(yuni_queue_destroy(f), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

void test_queue_stats_describe_the_queue(void) {
    yuni_queue* q;
    yuni_queue_statistics st;
    yuni_chime* c;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_queue_stats(q, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_chime_create(q, 5, &c), YUNI_OK);
    CHECK_EQ(yuni_queue_stats(q, &st), YUNI_OK);
    CHECK_STR(st.culture, "epoll");
    CHECK_EQ(st.caps, YUNI_QUEUE_CAN_CHIME | YUNI_QUEUE_POLLABLE);
    CHECK_EQ(st.fd, yuni_queue_fd(q));
    CHECK(st.fd >= 0);
    CHECK_EQ(st.chimes, 1);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* N rings before a wait: one event, one kernel wake; then nothing. */
void test_queue_chime_coalesces(void) {
    yuni_queue* q;
    yuni_chime *a, *b;
    yuni_event ev[4];
    yuni_queue_statistics st;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 0xA, &a), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 0xB, &b), YUNI_OK);
    for (int i = 0; i < 1000; i++) CHECK_EQ(yuni_chime_ring(a), YUNI_OK);
    CHECK_EQ(yuni_queue_wait(q, ev, 4, 0), 1);
    CHECK_EQ(ev[0].type, YUNI_EVENT_CHIME);
    CHECK_EQ(ev[0].tag, 0xA);
    CHECK(ev[0].source == (uintptr_t)a);
    CHECK_EQ(yuni_queue_wait(q, ev, 4, 0), 0);
    CHECK_EQ(yuni_queue_stats(q, &st), YUNI_OK);
    CHECK_EQ(st.kernel_wakes, 1);
    /* Two chimes rung: two events, still one kernel wake for both. */
    CHECK_EQ(yuni_chime_ring(a), YUNI_OK);
    CHECK_EQ(yuni_chime_ring(b), YUNI_OK);
    CHECK_EQ(yuni_queue_wait(q, ev, 4, 0), 2);
    CHECK_EQ(ev[0].tag + ev[1].tag, 0xA + 0xB);
    CHECK_EQ(yuni_queue_stats(q, &st), YUNI_OK);
    CHECK_EQ(st.kernel_wakes, 2);
    /* A ring after the wait took the event gives a new one. */
    CHECK_EQ(yuni_chime_ring(b), YUNI_OK);
    CHECK_EQ(wait_one(q, ev, 0), 1);
    CHECK_EQ(ev[0].tag, 0xB);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

struct ring_later {
    yuni_chime* chime;
    long delay_ms;
};
static void* ring_later_main(void* p) {
    struct ring_later* r = p;
    sleep_ms(r->delay_ms);
    yuni_chime_ring(r->chime);
    return NULL;
}

void test_queue_ring_wakes_a_blocked_waiter(void) {
    yuni_queue* q;
    yuni_chime* c;
    yuni_event ev;
    struct pollfd pfd;
    struct ring_later r;
    pthread_t th;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 7, &c), YUNI_OK);
    r.chime = c;
    r.delay_ms = 20;
    pthread_create(&th, NULL, ring_later_main, &r);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    pthread_join(th, NULL);
    CHECK_EQ(ev.tag, 7);
    /* The same through the queue's fd, as a host event loop waits. */
    pfd.fd = yuni_queue_fd(q);
    pfd.events = POLLIN;
    CHECK_EQ(poll(&pfd, 1, 0), 0);
    pthread_create(&th, NULL, ring_later_main, &r);
    CHECK_EQ(poll(&pfd, 1, 10000), 1);
    pthread_join(th, NULL);
    CHECK_EQ(wait_one(q, &ev, 0), 1);
    CHECK_EQ(poll(&pfd, 1, 0), 0);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

void test_queue_storm_has_no_lost_wakeups(void) {
    CHECK_EQ(queue_storm(STORM_RINGS), 0);
}

/* ---- scale ---- */

static void raise_fd_limit(void) {
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < 4096) {
        rl.rlim_cur = rl.rlim_max < 4096 ? rl.rlim_max : 4096;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

void test_queue_a_thousand_queues(void) {
    enum { N = 1000 };
    static yuni_queue* q[N];
    static yuni_chime* c[N];
    yuni_event ev;
    raise_fd_limit();
    for (int i = 0; i < N; i++) {
        CHECK_EQ(yuni_queue_create(0, &q[i]), YUNI_OK);
        CHECK_EQ(yuni_chime_create(q[i], (uint64_t)i, &c[i]), YUNI_OK);
    }
    for (int i = 0; i < N; i += 2) CHECK_EQ(yuni_chime_ring(c[i]), YUNI_OK);
    for (int i = 0; i < N; i++) {
        CHECK_EQ(wait_one(q[i], &ev, 0), i % 2 == 0);
        if (i % 2 == 0) CHECK_EQ(ev.tag, i);
    }
    for (int i = 0; i < N; i++) CHECK_EQ(yuni_queue_destroy(q[i]), YUNI_OK);
}

/* Every chime a queue can hold, drained through a small event array: each
 * is reported exactly once, and the fd stays readable while some wait. */
void test_queue_full_chime_table(void) {
    static yuni_chime* c[YUNI_QUEUE_MAX_CHIMES];
    static unsigned char seen[YUNI_QUEUE_MAX_CHIMES];
    yuni_queue* q;
    yuni_chime* extra;
    yuni_event ev[100];
    struct pollfd pfd;
    int total = 0, n;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    for (int i = 0; i < YUNI_QUEUE_MAX_CHIMES; i++) CHECK_EQ(yuni_chime_create(q, (uint64_t)i, &c[i]), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 0, &extra), YUNI_ETOOBIG);
    for (int i = YUNI_QUEUE_MAX_CHIMES - 1; i >= 0; i--) CHECK_EQ(yuni_chime_ring(c[i]), YUNI_OK);
    memset(seen, 0, sizeof seen);
    pfd.fd = yuni_queue_fd(q);
    pfd.events = POLLIN;
    while ((n = yuni_queue_wait(q, ev, 100, 0)) > 0) {
        for (int e = 0; e < n; e++) {
            CHECK(ev[e].tag < YUNI_QUEUE_MAX_CHIMES);
            CHECK_EQ(seen[ev[e].tag], 0);
            seen[ev[e].tag] = 1;
        }
        total += n;
        CHECK_EQ(poll(&pfd, 1, 0), total < YUNI_QUEUE_MAX_CHIMES);
    }
    CHECK_EQ(n, 0);
    CHECK_EQ(total, YUNI_QUEUE_MAX_CHIMES);
    /* A destroyed chime's slot is reused; the old handle stays dead. */
    CHECK_EQ(yuni_chime_destroy(c[10]), YUNI_OK);
    CHECK_EQ(yuni_chime_ring(c[10]), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_create(q, 77, &extra), YUNI_OK);
    CHECK_EQ(yuni_chime_ring(c[10]), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_ring(extra), YUNI_OK);
    CHECK_EQ(wait_one(q, ev, 0), 1);
    CHECK_EQ(ev[0].tag, 77);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* ---- fds, timers, signals ---- */

void test_queue_fd_events(void) {
    yuni_queue* q;
    yuni_source *s, *s2;
    yuni_event ev;
    int p[2];
    char buf[8];
    CHECK_EQ(pipe2(p, O_NONBLOCK | O_CLOEXEC), 0);
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_queue_add_fd(q, p[0], YUNI_FD_READ | YUNI_SOURCE_ONESHOT, 42, &s), YUNI_OK);
    CHECK_EQ(yuni_queue_add_fd(q, p[0], YUNI_FD_READ, 43, &s2), YUNI_EBUSY); /* already there */
    CHECK_EQ(wait_one(q, &ev, 0), 0);
    CHECK_EQ(write(p[1], "x", 1), 1);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    CHECK_EQ(ev.type, YUNI_EVENT_FD);
    CHECK_EQ(ev.tag, 42);
    CHECK_EQ(ev.value, p[0]);
    CHECK(ev.flags & YUNI_FD_READ);
    CHECK(ev.source == (uintptr_t)s);
    /* One-shot: still readable, but silent until re-armed. */
    CHECK_EQ(wait_one(q, &ev, 0), 0);
    CHECK_EQ(yuni_source_rearm(s), YUNI_OK);
    CHECK_EQ(wait_one(q, &ev, 0), 1);
    CHECK_EQ(read(p[0], buf, sizeof buf), 1);
    CHECK_EQ(yuni_source_remove(s), YUNI_OK);
    CHECK_EQ(yuni_source_remove(s), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_source_rearm(s), YUNI_EBADHANDLE);
    /* Level-triggered: hang-up shows as read + hang-up. */
    CHECK_EQ(yuni_queue_add_fd(q, p[0], YUNI_FD_READ, 44, &s), YUNI_OK);
    CHECK_EQ(yuni_source_rearm(s), YUNI_ESTATE);
    close(p[1]);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    CHECK(ev.flags & YUNI_FD_HANGUP);
    CHECK_EQ(yuni_source_remove(s), YUNI_OK);
    close(p[0]);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

void test_queue_timer_events(void) {
    yuni_queue* q;
    yuni_source* s;
    yuni_event ev;
    int64_t fired = 0;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_queue_add_timer(q, 1000000, 1000000, 9, &s), YUNI_OK); /* 1 ms, every 1 ms */
    while (fired < 5) {
        CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
        CHECK_EQ(ev.type, YUNI_EVENT_TIMER);
        CHECK_EQ(ev.tag, 9);
        CHECK(ev.value >= 1);
        fired += ev.value;
    }
    CHECK_EQ(yuni_source_remove(s), YUNI_OK);
    /* A one-shot timer fires once. */
    CHECK_EQ(yuni_queue_add_timer(q, 1000000, 0, 10, &s), YUNI_OK);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    CHECK_EQ(ev.value, 1);
    CHECK_EQ(wait_one(q, &ev, 20000000), 0);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK); /* removes the timer too */
    CHECK_EQ(yuni_source_remove(s), YUNI_EBADHANDLE);
}

void test_queue_signal_events(void) {
    yuni_queue* q;
    yuni_source *s, *s2;
    yuni_event ev;
    struct sigaction before, during, after;
    sigset_t block, old;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    sigaction(SIGUSR1, NULL, &before);
    CHECK_EQ(yuni_queue_add_signal(q, SIGUSR1, 11, &s), YUNI_OK);
    sigaction(SIGUSR1, NULL, &during);
    CHECK(during.sa_sigaction != before.sa_sigaction);
    /* Delivered to this thread (unblocked): the library's handler rings. */
    CHECK_EQ(raise(SIGUSR1), 0);
    CHECK_EQ(raise(SIGUSR1), 0);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    CHECK_EQ(ev.type, YUNI_EVENT_SIGNAL);
    CHECK_EQ(ev.flags, SIGUSR1);
    CHECK_EQ(ev.tag, 11);
    CHECK(ev.value >= 1 && ev.value <= 2);
    CHECK_EQ(wait_one(q, &ev, 0), 0);
    CHECK_EQ(yuni_source_remove(s), YUNI_OK);
    sigaction(SIGUSR1, NULL, &after);
    CHECK(after.sa_sigaction == before.sa_sigaction);
    /* Blocked in this thread: read from the signalfd. */
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    CHECK_EQ(yuni_queue_add_signal(q, SIGUSR2, 12, &s2), YUNI_OK);
    CHECK_EQ(pthread_kill(pthread_self(), SIGUSR2), 0);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    CHECK_EQ(ev.type, YUNI_EVENT_SIGNAL);
    CHECK_EQ(ev.flags, SIGUSR2);
    CHECK_EQ(ev.value, 1);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK); /* removes the signal source */
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    CHECK_EQ(yuni_source_remove(s2), YUNI_EBADHANDLE);
}

/* ---- bundles ---- */

void test_queue_bundle_epoll_child(void) {
    yuni_queue *parent, *child;
    yuni_chime* c;
    yuni_source *b, *cycle;
    yuni_event ev;
    CHECK_EQ(yuni_queue_create(0, &parent), YUNI_OK);
    CHECK_EQ(yuni_queue_create(0, &child), YUNI_OK);
    CHECK_EQ(yuni_chime_create(child, 5, &c), YUNI_OK);
    CHECK_EQ(yuni_queue_bundle(parent, child, 500, &b), YUNI_OK);
    CHECK_EQ(yuni_queue_bundle(child, parent, 0, &cycle), YUNI_EINVAL);
    CHECK_EQ(yuni_queue_destroy(child), YUNI_EBUSY);
    CHECK_EQ(wait_one(parent, &ev, 0), 0);
    CHECK_EQ(yuni_chime_ring(c), YUNI_OK);
    CHECK_EQ(wait_one(parent, &ev, LONG_NS), 1);
    CHECK_EQ(ev.type, YUNI_EVENT_QUEUE);
    CHECK_EQ(ev.tag, 500);
    CHECK(ev.source == (uintptr_t)b);
    CHECK_EQ(wait_one(child, &ev, 0), 1);
    CHECK_EQ(ev.tag, 5);
    CHECK_EQ(wait_one(parent, &ev, 0), 0); /* drained child: quiet parent */
    CHECK_EQ(yuni_source_remove(b), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(child), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(parent), YUNI_OK);
}

/* A library with its own blocking wait: a pipe it polls, and a wake pipe. */
struct fakelib {
    int data[2], wake[2];
    _Atomic int waits;
};
static void fakelib_wait(const nccv64* in, nccv64* out) {
    struct fakelib* f = in[0].ptr;
    int64_t timeout = in[1].s64;
    struct pollfd p[2] = {{f->data[0], POLLIN, 0}, {f->wake[0], POLLIN, 0}};
    char drain[16];
    atomic_fetch_add(&f->waits, 1);
    int r = poll(p, 2, timeout < 0 ? -1 : (int)(timeout / 1000000));
    if (r > 0 && (p[1].revents & POLLIN)) while (read(f->wake[0], drain, sizeof drain) > 0) {
        }
    out[0].s32 = r > 0 && (p[0].revents & POLLIN) ? 1 : 0;
}
static void fakelib_wake(const nccv64* in, nccv64* out) {
    struct fakelib* f = in[0].ptr;
    (void)out;
    if (write(f->wake[1], "w", 1) < 0) abort();
}

static void foreign_bundle_case(int with_wake) {
    struct fakelib lib;
    yuni_foreign_queue desc;
    yuni_queue *parent, *child;
    yuni_source* b;
    yuni_event ev;
    yuni_queue_statistics st;
    char buf[4];
    memset(&lib, 0, sizeof lib);
    CHECK_EQ(pipe2(lib.data, O_NONBLOCK | O_CLOEXEC), 0);
    CHECK_EQ(pipe2(lib.wake, O_NONBLOCK | O_CLOEXEC), 0);
    memset(&desc, 0, sizeof desc);
    desc.size = sizeof desc;
    desc.culture = "fakelib";
    desc.wait = fakelib_wait;
    desc.wake = with_wake ? fakelib_wake : NULL;
    desc.ctx = &lib;
    CHECK_EQ(yuni_queue_create_foreign(&desc, &child), YUNI_OK);
    CHECK_EQ(yuni_queue_stats(child, &st), YUNI_OK);
    CHECK_STR(st.culture, "fakelib");
    CHECK_EQ(st.caps, YUNI_QUEUE_FOREIGN);
    CHECK_EQ(st.fd, -1);
    /* Waited on directly, a foreign queue calls its own wait. */
    CHECK_EQ(wait_one(child, &ev, 0), 0);
    CHECK_EQ(yuni_queue_create(0, &parent), YUNI_OK);
    CHECK_EQ(yuni_queue_bundle(parent, child, 900, &b), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(child), YUNI_EBUSY);
    for (int round = 0; round < 3; round++) {
        CHECK_EQ(write(lib.data[1], "d", 1), 1);
        CHECK_EQ(wait_one(parent, &ev, LONG_NS), 1);
        CHECK_EQ(ev.type, YUNI_EVENT_QUEUE);
        CHECK_EQ(ev.tag, 900);
        CHECK_EQ(ev.value, 1);
        CHECK(ev.source == (uintptr_t)b);
        /* Handled through the library's own API, then re-armed. */
        CHECK_EQ(read(lib.data[0], buf, sizeof buf), 1);
        CHECK_EQ(yuni_source_rearm(b), YUNI_OK);
    }
    CHECK_EQ(yuni_source_remove(b), YUNI_OK); /* stops the waiter */
    CHECK_EQ(yuni_queue_destroy(child), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(parent), YUNI_OK);
    close(lib.data[0]);
    close(lib.data[1]);
    close(lib.wake[0]);
    close(lib.wake[1]);
}

void test_queue_bundle_foreign_child_with_waiter(void) {
    foreign_bundle_case(1);
    foreign_bundle_case(0);
}

/* ---- destruction ---- */

struct blocked_wait {
    yuni_queue* queue;
    _Atomic int started;
    int32_t result;
};
static void* blocked_wait_main(void* p) {
    struct blocked_wait* w = p;
    yuni_event ev;
    atomic_store(&w->started, 1);
    w->result = yuni_queue_wait(w->queue, &ev, 1, -1);
    return NULL;
}

void test_queue_bad_handles_and_destruction(void) {
    yuni_queue* q;
    yuni_chime *c, *c2;
    yuni_source* s;
    yuni_channel* ch;
    yuni_event ev;
    struct blocked_wait w;
    pthread_t th;
    size_t len;
    CHECK_EQ(yuni_queue_wait(NULL, &ev, 1, 0), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_ring(NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_ring((yuni_chime*)(uintptr_t)0xdeadbeef), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_destroy(NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_fd(NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_source_remove(NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_channel_send(NULL, "x", 1), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 1, &c), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 2, &c2), YUNI_OK);
    CHECK_EQ(yuni_queue_add_timer(q, 1000000000, 0, 3, &s), YUNI_OK);
    CHECK_EQ(yuni_channel_create(q, 4, 65536, &ch), YUNI_OK);
    /* Handles of one kind are refused as another. */
    CHECK_EQ(yuni_chime_ring((yuni_chime*)q), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_wait((yuni_queue*)c, &ev, 1, 0), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_source_remove((yuni_source*)ch), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_channel_destroy((yuni_channel*)s), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_destroy((yuni_chime*)s), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_ring(c), YUNI_OK);
    /* Destroy with a pending chime, a timer, a channel and a blocked waiter. */
    w.queue = q;
    atomic_store(&w.started, 0);
    CHECK_EQ(wait_one(q, &ev, 0), 1);
    pthread_create(&th, NULL, blocked_wait_main, &w);
    while (!atomic_load(&w.started)) sleep_ms(1);
    sleep_ms(20);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
    pthread_join(th, NULL);
    CHECK_EQ(w.result, YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_ring(c), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_destroy(c2), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_source_remove(s), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_channel_send(ch, "x", 1), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_channel_receive(ch, NULL, 0, &len), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_wait(q, &ev, 1, 0), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_stats(q, NULL), YUNI_EBADHANDLE);
}

/* ---- channels ---- */

void test_channel_messages(void) {
    yuni_queue* q;
    yuni_channel* ch;
    yuni_event ev;
    char buf[64];
    size_t len;
    int sent = 0;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_channel_create(q, 8, 4096, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_channel_create(q, 8, 4096, &ch), YUNI_OK);
    CHECK_EQ(yuni_channel_receive(ch, buf, sizeof buf, &len), 0);
    CHECK_EQ(yuni_channel_receive(ch, buf, sizeof buf, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_channel_send(ch, NULL, 3), YUNI_EINVAL);
    CHECK_EQ(yuni_channel_send(ch, "hello", 5), YUNI_OK);
    CHECK_EQ(yuni_channel_send(ch, NULL, 0), YUNI_OK); /* empty messages exist */
    CHECK_EQ(wait_one(q, &ev, 0), 1);
    CHECK_EQ(ev.type, YUNI_EVENT_CHANNEL);
    CHECK_EQ(ev.tag, 8);
    CHECK_EQ(ev.value, 2);
    CHECK(ev.source == (uintptr_t)ch);
    CHECK_EQ(yuni_channel_receive(ch, buf, 2, &len), YUNI_ETOOBIG); /* stays */
    CHECK_EQ(len, 5);
    CHECK_EQ(yuni_channel_receive(ch, buf, sizeof buf, &len), 1);
    CHECK_EQ(len, 5);
    CHECK(memcmp(buf, "hello", 5) == 0);
    CHECK_EQ(yuni_channel_receive(ch, buf, sizeof buf, &len), 1);
    CHECK_EQ(len, 0);
    CHECK_EQ(yuni_channel_receive(ch, buf, sizeof buf, &len), 0);
    /* Full: refused, never blocked; room again after receiving. */
    memset(buf, 'z', sizeof buf);
    while (yuni_channel_send(ch, buf, sizeof buf) == YUNI_OK) sent++;
    CHECK_EQ(yuni_channel_send(ch, buf, sizeof buf), YUNI_EBUSY);
    CHECK(sent > 10);
    CHECK_EQ(yuni_channel_receive(ch, buf, sizeof buf, &len), 1);
    CHECK_EQ(yuni_channel_send(ch, buf, sizeof buf), YUNI_OK);
    CHECK_EQ(yuni_channel_destroy(ch), YUNI_OK); /* with messages inside */
    CHECK_EQ(yuni_channel_destroy(ch), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* Two VMs, each with a thread owning it, a queue and a channel to the other,
 * send to each other at the same moment every round. */
#define PINGPONG_ROUNDS 2000
struct vm_side {
    yuni_vm* vm;
    yuni_queue* queue;
    yuni_channel* inbox;   /* to this side's queue */
    yuni_channel* outbox;  /* the other side's inbox */
    pthread_barrier_t* barrier;
    int id;
    int errors;
};
static void* vm_side_main(void* p) {
    struct vm_side* s = p;
    yuni_event ev[4];
    if (yuni_vm_own(s->vm) != YUNI_OK) {
        s->errors++;
        return NULL;
    }
    for (uint32_t round = 0; round < PINGPONG_ROUNDS; round++) {
        uint32_t msg[2] = {(uint32_t)s->id, round}, got[2];
        size_t len;
        int have = 0;
        if (round % 64 == 0) pthread_barrier_wait(s->barrier); /* send at once */
        while (yuni_channel_send(s->outbox, msg, sizeof msg) == YUNI_EBUSY) sched_yield();
        while (!have) {
            int32_t r = yuni_channel_receive(s->inbox, got, sizeof got, &len);
            if (r == 1) {
                have = 1;
                if (len != sizeof got || got[0] == (uint32_t)s->id || got[1] != round) s->errors++;
            } else if (r == 0) {
                /* Block with the VM disowned, as a host would. */
                yuni_token tok;
                yuni_vm_disown(s->vm, &tok);
                if (yuni_queue_wait(s->queue, ev, 4, LONG_NS) <= 0) s->errors++, have = 1;
                yuni_vm_reown(s->vm, tok);
            } else {
                s->errors++;
                have = 1;
            }
        }
    }
    yuni_vm_disown(s->vm, NULL);
    return NULL;
}

void test_channel_ping_pong_between_two_vms(void) {
    struct vm_side side[2];
    pthread_t th[2];
    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, 2);
    memset(side, 0, sizeof side);
    for (int i = 0; i < 2; i++) {
        side[i].id = i;
        side[i].barrier = &barrier;
        CHECK_EQ(yuni_vm_create(NULL, &side[i].vm), YUNI_OK);
        CHECK_EQ(yuni_queue_create(0, &side[i].queue), YUNI_OK);
        CHECK_EQ(yuni_channel_create(side[i].queue, (uint64_t)i, 8192, &side[i].inbox), YUNI_OK);
    }
    side[0].outbox = side[1].inbox;
    side[1].outbox = side[0].inbox;
    for (int i = 0; i < 2; i++) pthread_create(&th[i], NULL, vm_side_main, &side[i]);
    for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
    for (int i = 0; i < 2; i++) {
        CHECK_EQ(side[i].errors, 0);
        CHECK_EQ(yuni_queue_destroy(side[i].queue), YUNI_OK);
        CHECK_EQ(yuni_vm_destroy(side[i].vm), YUNI_OK);
    }
    pthread_barrier_destroy(&barrier);
}

/* ---- async calls ---- */

static void sleepy_double(const nccv64* in, nccv64* out) {
    sleep_ms(in[0].s64);
    out[0].s64 = in[1].s64 * 2;
}

void test_async_call_rings_its_chime(void) {
    enum { CALLS = 16 };
    yuni_vm* vm;
    yuni_queue* q;
    yuni_chime* done[CALLS];
    nccv64 in[CALLS][2], out[CALLS][1];
    yuni_event ev[CALLS];
    yuni_vm_statistics st;
    int finished = 0;
    CHECK_EQ(yuni_vm_create(NULL, &vm), YUNI_OK);
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_nccc_call_async(NULL, sleepy_double, in[0], out[0], NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_nccc_call_async(vm, NULL, in[0], out[0], NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_nccc_call_async(vm, sleepy_double, in[0], out[0], (yuni_chime*)q), YUNI_EBADHANDLE);
    /* More calls than pool threads: the rest wait for a free thread. */
    for (int i = 0; i < CALLS; i++) {
        CHECK_EQ(yuni_chime_create(q, (uint64_t)i, &done[i]), YUNI_OK);
        in[i][0].s64 = 20;
        in[i][1].s64 = i;
        out[i][0].s64 = -1;
        CHECK_EQ(yuni_nccc_call_async(vm, sleepy_double, in[i], out[i], done[i]), YUNI_OK);
    }
    while (finished < CALLS) {
        int n = yuni_queue_wait(q, ev, CALLS, LONG_NS);
        CHECK(n > 0);
        for (int e = 0; e < n; e++) {
            CHECK_EQ(out[ev[e].tag][0].s64, (int64_t)ev[e].tag * 2);
            finished++;
        }
    }
    CHECK_EQ(yuni_vm_stats(vm, &st), YUNI_OK);
    CHECK_EQ(st.async_calls, CALLS);
    /* destroy waits for an accepted call; NULL `done` is allowed. */
    in[0][0].s64 = 30;
    in[0][1].s64 = 21;
    CHECK_EQ(yuni_nccc_call_async(vm, sleepy_double, in[0], out[0], NULL), YUNI_OK);
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
    CHECK_EQ(out[0][0].s64, 42);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* ---- lifetimes: destroy racing use ---- */

struct racing_wait {
    yuni_queue* queue;
    _Atomic int go;
    int32_t result;
    uint64_t tag;
};
static void* racing_wait_main(void* p) {
    struct racing_wait* w = p;
    yuni_event ev;
    while (!atomic_load(&w->go)) {
    }
    w->result = yuni_queue_wait(w->queue, &ev, 1, LONG_NS);
    w->tag = w->result == 1 ? ev.tag : 0;
    return NULL;
}

/* A wait blocked on a queue that is destroyed answers YUNI_EBADHANDLE, and
 * never takes the events of the queue created next in its memory — whether
 * it was blocked already or on its way in when the destroy came. */
void test_queue_wait_never_crosses_generations(void) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    enum { ROUNDS = 300 };
#else
    enum { ROUNDS = 2000 };
#endif
    for (int round = 0; round < ROUNDS; round++) {
        yuni_queue *q, *q2;
        yuni_chime* c;
        yuni_event ev;
        struct racing_wait w;
        pthread_t th;
        CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
        w.queue = q;
        atomic_store(&w.go, 0);
        pthread_create(&th, NULL, racing_wait_main, &w);
        if (round % 10 == 0) {
            atomic_store(&w.go, 1);
            sleep_ms(2); /* blocked in epoll */
        } else {
            sleep_ms(0);
            atomic_store(&w.go, 1); /* on its way in */
        }
        CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
        CHECK_EQ(yuni_queue_create(0, &q2), YUNI_OK);
        CHECK_EQ(yuni_chime_create(q2, 77, &c), YUNI_OK);
        CHECK_EQ(yuni_chime_ring(c), YUNI_OK);
        pthread_join(th, NULL);
        CHECK_EQ(w.tag, 0);
        CHECK_EQ(w.result, YUNI_EBADHANDLE);
        CHECK_EQ(wait_one(q2, &ev, LONG_NS), 1); /* still there: nobody stole it */
        CHECK_EQ(ev.tag, 77);
        CHECK_EQ(yuni_queue_destroy(q2), YUNI_OK);
    }
}

struct ringer {
    yuni_chime* _Atomic chime;
    _Atomic int stop;
    _Atomic long rings;
};
static void* ringer_main(void* p) {
    struct ringer* r = p;
    while (!atomic_load(&r->stop)) {
        yuni_chime_ring(atomic_load(&r->chime));
        atomic_fetch_add(&r->rings, 1);
    }
    return NULL;
}

/* Queues destroyed while other threads ring their chimes, and created again
 * in the recycled memory: every new queue wakes for its own chimes. */
void test_queue_recreated_while_rings_fly_is_never_deaf(void) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    enum { CYCLES = 400 };
#else
    enum { CYCLES = 3000 };
#endif
    struct ringer r[2];
    pthread_t th[2];
    yuni_queue* q;
    yuni_chime* c;
    yuni_event ev;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 0, &c), YUNI_OK);
    for (int i = 0; i < 2; i++) {
        atomic_store(&r[i].chime, c);
        atomic_store(&r[i].stop, 0);
        pthread_create(&th[i], NULL, ringer_main, &r[i]);
    }
    for (int cycle = 0; cycle < CYCLES; cycle++) {
        yuni_chime *mine, *next;
        /* Drain so the rings in flight take the write path, then destroy. */
        while (yuni_queue_wait(q, &ev, 1, 0) > 0) {
        }
        CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
        CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
        CHECK_EQ(yuni_chime_create(q, 1, &mine), YUNI_OK);
        CHECK_EQ(yuni_chime_create(q, 2, &next), YUNI_OK);
        CHECK_EQ(yuni_chime_ring(mine), YUNI_OK);
        CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
        CHECK_EQ(ev.tag, 1);
        for (int i = 0; i < 2; i++) atomic_store(&r[i].chime, next);
    }
    for (int i = 0; i < 2; i++) {
        atomic_store(&r[i].stop, 1);
        pthread_join(th[i], NULL);
    }
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

struct remover {
    yuni_source* sources[8];
    int n;
    _Atomic int go;
    int32_t status[8];
};
static void* remover_main(void* p) {
    struct remover* r = p;
    while (!atomic_load(&r->go)) {
    }
    for (int i = 0; i < r->n; i++) r->status[i] = yuni_source_remove(r->sources[i]);
    return NULL;
}

/* Removing sources while their queue is destroyed: each source is taken
 * down once (the sanitizer builds see a second teardown), its fd closed
 * once (a host fd that took the number stays open). */
void test_queue_source_remove_races_destroy(void) {
    for (int round = 0; round < 300; round++) {
        yuni_queue* q;
        struct remover r;
        pthread_t th;
        int p[2];
        CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
        r.n = 8;
        atomic_store(&r.go, 0);
        for (int i = 0; i < r.n; i++) CHECK_EQ(yuni_queue_add_timer(q, 1000000000, 0, (uint64_t)i, &r.sources[i]), YUNI_OK);
        pthread_create(&th, NULL, remover_main, &r);
        sleep_ms(0);
        atomic_store(&r.go, 1);
        for (volatile int spin = 0; spin < round % 50 * 20; spin++) {
        }
        CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
        /* Host fds opened now may take the timers' numbers. */
        CHECK_EQ(pipe2(p, O_CLOEXEC), 0);
        pthread_join(th, NULL);
        for (int i = 0; i < r.n; i++) CHECK(r.status[i] == YUNI_OK || r.status[i] == YUNI_EBADHANDLE);
        CHECK(fcntl(p[0], F_GETFD) >= 0 && fcntl(p[1], F_GETFD) >= 0);
        close(p[0]);
        close(p[1]);
    }
}

struct sender {
    yuni_channel* channel;
    _Atomic int go;
    long ok, full, bad, other;
};
static void* sender_main(void* p) {
    struct sender* s = p;
    char msg[100] = "racing";
    while (!atomic_load(&s->go)) {
    }
    for (;;) {
        int32_t st = yuni_channel_send(s->channel, msg, sizeof msg);
        if (st == YUNI_OK) s->ok++;
        else if (st == YUNI_EBUSY) s->full++;
        else if (st == YUNI_EBADHANDLE) break;
        else s->other++;
    }
    s->bad++;
    return NULL;
}

/* Sends racing the destroy of the channel's queue: YUNI_OK or YUNI_EBUSY
 * while it lives, YUNI_EBADHANDLE after, never a crash in the freed heap. */
void test_channel_send_races_queue_destroy(void) {
    for (int round = 0; round < 200; round++) {
        yuni_queue* q;
        struct sender s[2];
        pthread_t th[2];
        yuni_channel* ch;
        CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
        CHECK_EQ(yuni_channel_create(q, 1, 4096, &ch), YUNI_OK);
        for (int i = 0; i < 2; i++) {
            memset(&s[i], 0, sizeof s[i]);
            s[i].channel = ch;
            pthread_create(&th[i], NULL, sender_main, &s[i]);
            atomic_store(&s[i].go, 1);
        }
        if (round % 2) sleep_ms(0);
        CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
        for (int i = 0; i < 2; i++) {
            pthread_join(th[i], NULL);
            CHECK_EQ(s[i].other, 0);
            CHECK_EQ(s[i].bad, 1);
        }
    }
}

/* A message the channel could never hold is YUNI_ETOOBIG, not "full": a
 * sender that retries on YUNI_EBUSY must not spin forever. */
void test_channel_message_larger_than_the_channel(void) {
    yuni_queue* q;
    yuni_channel* ch;
    size_t len;
    static char big[8192], back[8192];
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_channel_create(q, 1, 4096, &ch), YUNI_OK);
    CHECK_EQ(yuni_channel_send(ch, big, sizeof big), YUNI_ETOOBIG);
    CHECK_EQ(yuni_channel_send(ch, big, SIZE_MAX / 2), YUNI_ETOOBIG);
    /* The largest that fits an empty channel fits; one byte more never does. */
    size_t lo = 0, hi = sizeof big;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        int32_t st = yuni_channel_send(ch, big, mid);
        CHECK(st == YUNI_OK || st == YUNI_ETOOBIG);
        if (st == YUNI_OK) {
            CHECK_EQ(yuni_channel_receive(ch, back, sizeof back, &len), 1);
            CHECK_EQ(len, mid);
            lo = mid;
        } else {
            hi = mid;
        }
    }
    CHECK(lo > 3000);
    CHECK_EQ(yuni_channel_send(ch, big, lo), YUNI_OK);
    CHECK_EQ(yuni_channel_send(ch, big, lo), YUNI_EBUSY); /* now it is full */
    CHECK_EQ(yuni_channel_send(ch, big, lo + 1), YUNI_ETOOBIG);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* ---- the ring path: cancellation and progress ---- */

struct cancel_ringer {
    yuni_queue* queue;
    yuni_chime* chime;
};
static void* cancel_ringer_main(void* p) {
    struct cancel_ringer* r = p;
    for (;;) {
        yuni_chime_ring(r->chime);
        pthread_testcancel();
    }
    return NULL;
}

/* A ringer cancelled at any point leaves its queue able to wake: the ring
 * path has no cancellation point (write(2) is one), so the cancel lands at
 * the ringer's own pthread_testcancel, between rings. */
void test_queue_ring_survives_cancellation(void) {
    yuni_queue* q;
    yuni_chime *c, *probe;
    yuni_event ev[4];
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 1, &c), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 2, &probe), YUNI_OK);
    for (int round = 0; round < 200; round++) {
        struct cancel_ringer r = {q, c};
        pthread_t th;
        pthread_create(&th, NULL, cancel_ringer_main, &r);
        /* Drain while it rings, so its rings keep taking the write path. */
        for (int k = 0; k < round % 7; k++) yuni_queue_wait(q, ev, 4, 100000);
        pthread_cancel(th);
        pthread_join(th, NULL);
        while (yuni_queue_wait(q, ev, 4, 0) > 0) {
        }
        CHECK_EQ(yuni_chime_ring(probe), YUNI_OK);
        int32_t n = yuni_queue_wait(q, ev, 4, LONG_NS);
        CHECK(n >= 1);
        int seen = 0;
        for (int i = 0; i < n; i++) seen |= ev[i].tag == 2;
        CHECK(seen);
    }
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* A waiter cancelled inside yuni_queue_wait (a cancellation point) leaves
 * the queue usable: another thread can wait, and destroy does not wait for
 * the dead waiter. */
void test_queue_wait_cancelled_leaves_the_queue_usable(void) {
#ifdef __SANITIZE_THREAD__
    /* ThreadSanitizer does not see the unlock of a cleanup handler that runs
     * while a thread is cancelled inside an intercepted call (epoll_wait),
     * and reports the next lock as a double lock. */
    return;
#endif
    yuni_queue* q;
    yuni_chime* c;
    yuni_event ev;
    struct blocked_wait w;
    pthread_t th;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 3, &c), YUNI_OK);
    w.queue = q;
    atomic_store(&w.started, 0);
    pthread_create(&th, NULL, blocked_wait_main, &w);
    while (!atomic_load(&w.started)) sleep_ms(1);
    sleep_ms(20);
    pthread_cancel(th);
    pthread_join(th, NULL);
    CHECK_EQ(yuni_chime_ring(c), YUNI_OK);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    CHECK_EQ(ev.tag, 3);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* Lock-free: a ringer stopped anywhere inside its ring (here, by a signal
 * whose handler blocks) delays no other ring of the same chime. */
static int suspend_pipe[2];
static _Atomic int suspended;
static void suspend_handler(int signo) {
    char b;
    (void)signo;
    atomic_store(&suspended, 1);
    while (read(suspend_pipe[0], &b, 1) < 0 && errno == EINTR) {
    }
    atomic_store(&suspended, 0);
}

struct round_ringer {
    yuni_chime* chimes[64];
    _Atomic int stop;
};
static void* round_ringer_main(void* p) {
    struct round_ringer* r = p;
    for (unsigned i = 0; !atomic_load(&r->stop); i++) yuni_chime_ring(r->chimes[i % 64]);
    return NULL;
}

/* Collect events until every one of `want` chimes (tags 0..want-1) was
 * seen; 0, or -1 when a second passed without one. */
static int collect_all(yuni_queue* q, int want) {
    uint64_t seen = 0, all = want == 64 ? ~0ull : (1ull << want) - 1;
    yuni_event ev[64];
    while (seen != all) {
        int32_t n = yuni_queue_wait(q, ev, 64, 1000000000);
        if (n <= 0) return -1;
        for (int32_t i = 0; i < n; i++) seen |= 1ull << (ev[i].tag & 63);
    }
    return 0;
}

void test_queue_ring_is_lock_free(void) {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    enum { ROUNDS = 200 };
#else
    enum { ROUNDS = 2000 };
#endif
    struct round_ringer r;
    struct sigaction sa, old;
    yuni_queue* q;
    yuni_event ev[64];
    pthread_t th;
    int lost = 0;
    CHECK_EQ(pipe2(suspend_pipe, O_CLOEXEC), 0);
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = suspend_handler;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGUSR2, &sa, &old);
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    for (int i = 0; i < 64; i++) CHECK_EQ(yuni_chime_create(q, (uint64_t)i, &r.chimes[i]), YUNI_OK);
    atomic_store(&r.stop, 0);
    pthread_create(&th, NULL, round_ringer_main, &r);
    for (int round = 0; round < ROUNDS && !lost; round++) {
        /* Drain while it rings, so most of its rings set their flags anew,
         * and stop it in the middle of that. */
        pthread_kill(th, SIGUSR2);
        while (!atomic_load(&suspended)) yuni_queue_wait(q, ev, 64, 0);
        /* Wherever in a ring it stopped, every ring now is followed by an
         * event: the stopped ringer's chime included. */
        while (yuni_queue_wait(q, ev, 64, 0) > 0) {
        }
        for (int i = 0; i < 64; i++) yuni_chime_ring(r.chimes[i]);
        lost = collect_all(q, 64) != 0;
        if (write(suspend_pipe[1], "g", 1) != 1) abort();
        while (atomic_load(&suspended)) sched_yield();
    }
    atomic_store(&r.stop, 1);
    pthread_join(th, NULL);
    sigaction(SIGUSR2, &old, NULL);
    close(suspend_pipe[0]);
    close(suspend_pipe[1]);
    CHECK_EQ(lost, 0);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* ---- fd sources whose fd the host closed first ---- */

/* Removing a source whose fd was closed never deletes the registration of
 * a newer source that took the number. */
void test_queue_fd_closed_then_reused_number(void) {
    yuni_queue* q;
    yuni_source *old_src, *new_src;
    yuni_event ev;
    int a[2], b[2];
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(pipe2(a, O_NONBLOCK | O_CLOEXEC), 0);
    CHECK_EQ(yuni_queue_add_fd(q, a[0], YUNI_FD_READ, 1, &old_src), YUNI_OK);
    CHECK_EQ(pipe2(b, O_NONBLOCK | O_CLOEXEC), 0);
    int number = a[0];
    close(a[0]); /* the host closes before removing; its file closes with it */
    CHECK_EQ(dup2(b[0], number), number);
    close(b[0]);
    CHECK_EQ(yuni_queue_add_fd(q, number, YUNI_FD_READ, 2, &new_src), YUNI_OK);
    CHECK_EQ(yuni_source_remove(old_src), YUNI_OK);
    CHECK_EQ(write(b[1], "x", 1), 1);
    CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
    CHECK_EQ(ev.tag, 2);
    CHECK(ev.source == (uintptr_t)new_src);
    CHECK_EQ(yuni_source_remove(new_src), YUNI_OK);
    close(number);
    close(a[1]);
    close(b[1]);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
}

/* A closed fd whose file another descriptor keeps open (a dup) leaves a
 * registration epoll keeps firing: the library reports it once with
 * YUNI_FD_ERROR and then never again, removed or not — never a spin. */
void test_queue_fd_closed_while_duplicated(void) {
    for (int remove_first = 0; remove_first < 2; remove_first++) {
        yuni_queue* q;
        yuni_source* s;
        yuni_event ev;
        yuni_queue_statistics st;
        int p[2], dup_fd;
        CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
        CHECK_EQ(pipe2(p, O_NONBLOCK | O_CLOEXEC), 0);
        CHECK_EQ(yuni_queue_add_fd(q, p[0], YUNI_FD_READ, 5, &s), YUNI_OK);
        dup_fd = dup(p[0]);
        CHECK(dup_fd >= 0);
        close(p[0]);
        CHECK_EQ(write(p[1], "x", 1), 1); /* readable for good: nobody reads */
        if (remove_first) {
            CHECK_EQ(yuni_source_remove(s), YUNI_OK);
        } else {
            CHECK_EQ(wait_one(q, &ev, LONG_NS), 1);
            CHECK_EQ(ev.tag, 5);
            CHECK(ev.flags & YUNI_FD_ERROR); /* the number no longer reaches the file */
        }
        CHECK_EQ(wait_one(q, &ev, 100000000), 0); /* 100 ms: no event, and no spin */
        CHECK_EQ(yuni_queue_stats(q, &st), YUNI_OK);
        CHECK(st.empty_wakes <= 1);
        if (!remove_first) {
            CHECK_EQ(yuni_source_remove(s), YUNI_OK);
            CHECK_EQ(wait_one(q, &ev, 100000000), 0);
            CHECK_EQ(yuni_queue_stats(q, &st), YUNI_OK);
            CHECK(st.empty_wakes <= 1);
        }
        close(dup_fd);
        close(p[1]);
        CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
    }
}
