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
