/* The storm's rows for heaps, queues and their chimes, sources and
 * channels, Offload programs and entries, and offload threads (the table is
 * in lifetime_storm.c).  Every tag and payload carries the generation's
 * serial, so whatever crosses generations is seen. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../../offload_c/offload_impl.h"
#include "bytecode.h"
#include "lifetime_storm.h"

/* ---- heaps ---- */

static int32_t heap_create(struct storm_gen* g) {
    return yuni_heap_create(64 * 1024, 0, (yuni_heap**)&g->h[0]);
}
static int32_t heap_destroy(struct storm_gen* g) { return yuni_heap_destroy((yuni_heap*)g->h[0]); }

/* NULL from alloc is either a dead handle or a full heap: the detail says. */
static int32_t alloc_status(void) {
    return strstr(yuni_error_detail(), "not a live heap") ? YUNI_EBADHANDLE : YUNI_ENOMEM;
}

static int32_t heap_alloc_resize_free(struct storm_gen* g, struct storm_racer* r) {
    yuni_heap* h = (yuni_heap*)g->h[0];
    size_t size = storm_rand(r, 512);
    void* p = yuni_heap_alloc(h, size, storm_rand(r, 2) ? 0 : 64);
    int32_t st;
    if (!p) return alloc_status();
    /* The block's memory is not touched: once the heap is destroyed it is
     * unmapped, and using a block then is the caller's race (nccc.h). */
    size_t usable = yuni_heap_usable_size(h, p);
    if (usable && usable < size) storm_fail(r, "usable size %zu of a %zu-byte block", usable, size);
    st = yuni_heap_resize(h, p, size + storm_rand(r, 64));
    if (st != YUNI_OK && st != YUNI_ENOMEM && st != YUNI_EBADHANDLE)
        storm_fail(r, "resize answered %d (%s)", st, yuni_error_detail());
    storm_pause(r, 0);
    return yuni_heap_free(h, p);
}

static int32_t heap_stats(struct storm_gen* g, struct storm_racer* r) {
    yuni_heap_statistics st;
    int32_t rc = yuni_heap_stats((yuni_heap*)g->h[0], &st);
    if (rc == YUNI_OK && st.used_bytes > st.total_bytes)
        storm_fail(r, "stats: %llu bytes used of %llu", (unsigned long long)st.used_bytes,
                   (unsigned long long)st.total_bytes);
    return rc;
}

static int32_t heap_check(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return yuni_heap_check((yuni_heap*)g->h[0]);
}

static int32_t heap_racing_destroy(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return heap_destroy(g);
}

static const struct storm_op heap_ops[] = {
    {"alloc+resize+free", heap_alloc_resize_free, 6, 0, {YUNI_ENOMEM}},
    {"stats", heap_stats, 2, 0, {0}},
    {"check", heap_check, 1, 0, {0}},
    {"destroy", heap_racing_destroy, 1, 1, {0}},
};

const struct storm_row storm_row_heap = {
    .name = "heap",
    .create = heap_create,
    .destroy = heap_destroy,
    .ops = heap_ops,
    .nops = sizeof heap_ops / sizeof heap_ops[0],
};

/* ---- queues, with their chimes, sources and channels ----
 *
 * A generation is a queue with four chimes (sub[0..3], which racers
 * destroy and re-create), an fd source on a pipe the test owns (sub[4]),
 * a channel (sub[5]) and a timer (h[1]).  Every tag is serial << 16 | what,
 * every message starts with the serial: a wait or a receive that returns
 * anything of another generation fails the run. */

enum { Q_CHIMES = 4, Q_FD = 4, Q_CHANNEL = 5 };
#define TAG(g, what) ((uint64_t)atomic_load(&(g)->serial) << 16 | (what))

struct queue_state {
    int pipe[2];
};

/* A statuses helper: >= 0 is YUNI_OK for the framework. */
static int32_t ok_if_count(int32_t n) { return n >= 0 ? YUNI_OK : n; }

static int32_t queue_create(struct storm_gen* g) {
    struct queue_state* s = calloc(1, sizeof *s);
    yuni_queue* q;
    int32_t st;
    if (!s || pipe2(s->pipe, O_NONBLOCK | O_CLOEXEC) != 0) return YUNI_ENOMEM;
    g->state = s;
    if ((st = yuni_queue_create(0, &q)) != YUNI_OK) return st;
    g->h[0] = (uintptr_t)q;
    for (int i = 0; i < Q_CHIMES; i++) {
        yuni_chime* c;
        if ((st = yuni_chime_create(q, TAG(g, i), &c)) != YUNI_OK) return st;
        atomic_store(&g->sub[i], (uintptr_t)c);
    }
    yuni_source* s_fd;
    if ((st = yuni_queue_add_fd(q, s->pipe[0], YUNI_FD_READ, TAG(g, 100), &s_fd)) != YUNI_OK) return st;
    atomic_store(&g->sub[Q_FD], (uintptr_t)s_fd);
    yuni_channel* ch;
    if ((st = yuni_channel_create(q, TAG(g, 200), 16384, &ch)) != YUNI_OK) return st;
    atomic_store(&g->sub[Q_CHANNEL], (uintptr_t)ch);
    yuni_source* timer;
    if ((st = yuni_queue_add_timer(q, 100000, 100000, TAG(g, 300), &timer)) != YUNI_OK) return st;
    g->h[1] = (uintptr_t)timer;
    /* Not deaf: a ring of a fresh chime in recycled queue memory wakes it,
     * whatever rings of older generations were in flight. */
    yuni_event ev;
    if ((st = yuni_chime_ring((yuni_chime*)atomic_load(&g->sub[0]))) != YUNI_OK) return st;
    for (int i = 0; i < 8; i++) {
        int32_t n = yuni_queue_wait(q, &ev, 1, 1000000000);
        if (n != 1) return n < 0 ? n : YUNI_EINTERNAL; /* deaf: no event within 1 s */
        if (ev.type == YUNI_EVENT_CHIME) break;
    }
    return ev.type == YUNI_EVENT_CHIME && ev.tag == TAG(g, 0) ? YUNI_OK : YUNI_EINTERNAL;
}

static int32_t queue_destroy(struct storm_gen* g) { return yuni_queue_destroy((yuni_queue*)g->h[0]); }

static void queue_clean(struct storm_gen* g) {
    struct queue_state* s = g->state;
    if (!s) return;
    close(s->pipe[0]);
    close(s->pipe[1]);
    free(s);
}

static void check_event(struct storm_gen* g, struct storm_racer* r, const yuni_event* ev) {
    if (ev->tag >> 16 != atomic_load(&g->serial))
        storm_fail(r, "a wait on generation %llu returned an event (type %u) tagged for generation %llu",
                   (unsigned long long)atomic_load(&g->serial), ev->type, (unsigned long long)(ev->tag >> 16));
}

static int32_t queue_wait(struct storm_gen* g, struct storm_racer* r) {
    static const int64_t timeouts[] = {0, 1000000, -1};
    yuni_event ev[8];
    struct queue_state* s = g->state;
    char drain[64];
    int32_t n = yuni_queue_wait((yuni_queue*)g->h[0], ev, 8, timeouts[storm_rand(r, 3)]);
    for (int32_t i = 0; i < n; i++) {
        check_event(g, r, &ev[i]);
        if (ev[i].type == YUNI_EVENT_FD)
            while (read(s->pipe[0], drain, sizeof drain) > 0) {
            }
    }
    return ok_if_count(n);
}

static int32_t queue_ring(struct storm_gen* g, struct storm_racer* r) {
    return yuni_chime_ring((yuni_chime*)atomic_load(&g->sub[storm_rand(r, Q_CHIMES)]));
}

static int32_t queue_chime_replace(struct storm_gen* g, struct storm_racer* r) {
    unsigned i = storm_rand(r, Q_CHIMES);
    uintptr_t old = atomic_load(&g->sub[i]);
    yuni_chime* c;
    int32_t st = yuni_chime_destroy((yuni_chime*)old);
    if (st != YUNI_OK) return st;
    st = yuni_chime_create((yuni_queue*)g->h[0], TAG(g, i), &c);
    if (st == YUNI_OK && !atomic_compare_exchange_strong(&g->sub[i], &old, (uintptr_t)c))
        st = yuni_chime_destroy(c); /* another racer replaced it first */
    return st;
}

static int32_t queue_stats(struct storm_gen* g, struct storm_racer* r) {
    yuni_queue_statistics st;
    int32_t rc = yuni_queue_stats((yuni_queue*)g->h[0], &st);
    if (rc == YUNI_OK && (st.chimes > 64 || strcmp(st.culture, "epoll") != 0))
        storm_fail(r, "stats: %u chimes, culture %s", st.chimes, st.culture);
    return rc;
}

static int32_t queue_fd(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return ok_if_count(yuni_queue_fd((yuni_queue*)g->h[0]));
}

static int32_t queue_poke_fd(struct storm_gen* g, struct storm_racer* r) {
    struct queue_state* s = g->state;
    (void)r;
    if (write(s->pipe[1], "x", 1) < 0) {
    } /* full: the waiters have not read yet */
    return atomic_load(&g->destroyed) ? YUNI_EBADHANDLE : YUNI_OK; /* not a library call */
}

/* Remove the fd source and add it again: the same number, a new source. */
static int32_t queue_fd_replace(struct storm_gen* g, struct storm_racer* r) {
    struct queue_state* s = g->state;
    uintptr_t old = atomic_load(&g->sub[Q_FD]);
    yuni_source* src;
    int32_t st = yuni_source_remove((yuni_source*)old);
    (void)r;
    if (st != YUNI_OK) return st;
    st = yuni_queue_add_fd((yuni_queue*)g->h[0], s->pipe[0], YUNI_FD_READ, TAG(g, 100), &src);
    if (st == YUNI_OK && !atomic_compare_exchange_strong(&g->sub[Q_FD], &old, (uintptr_t)src))
        st = yuni_source_remove(src);
    return st;
}

/* A timer added and removed at once. */
static int32_t queue_timer(struct storm_gen* g, struct storm_racer* r) {
    yuni_source* t;
    int32_t st = yuni_queue_add_timer((yuni_queue*)g->h[0], 1 + storm_rand(r, 100000), 0, TAG(g, 301), &t);
    if (st != YUNI_OK) return st;
    storm_pause(r, 50);
    return yuni_source_remove(t);
}

static int32_t queue_send(struct storm_gen* g, struct storm_racer* r) {
    uint64_t msg[4] = {atomic_load(&g->serial), (uint64_t)r->index, storm_rand(r, 1u << 30), 0};
    return yuni_channel_send((yuni_channel*)atomic_load(&g->sub[Q_CHANNEL]), msg, 8 + storm_rand(r, 25));
}

static int32_t queue_receive(struct storm_gen* g, struct storm_racer* r) {
    uint64_t msg[8];
    size_t len;
    int32_t st = yuni_channel_receive((yuni_channel*)atomic_load(&g->sub[Q_CHANNEL]), msg, sizeof msg, &len);
    if (st == 1 && (len < 8 || msg[0] != atomic_load(&g->serial)))
        storm_fail(r, "a receive on generation %llu got a message of %zu bytes from generation %llu",
                   (unsigned long long)atomic_load(&g->serial), len, (unsigned long long)msg[0]);
    return ok_if_count(st);
}

static int32_t queue_channel_replace(struct storm_gen* g, struct storm_racer* r) {
    uintptr_t old = atomic_load(&g->sub[Q_CHANNEL]);
    yuni_channel* ch;
    int32_t st = yuni_channel_destroy((yuni_channel*)old);
    (void)r;
    if (st != YUNI_OK) return st;
    st = yuni_channel_create((yuni_queue*)g->h[0], TAG(g, 200), 16384, &ch);
    if (st == YUNI_OK && !atomic_compare_exchange_strong(&g->sub[Q_CHANNEL], &old, (uintptr_t)ch))
        st = yuni_channel_destroy(ch);
    return st;
}

/* A child queue bundled in and taken out; the child is ours to destroy, and
 * a parent being destroyed meanwhile removes the bundle itself. */
static int32_t queue_bundle(struct storm_gen* g, struct storm_racer* r) {
    yuni_queue* child;
    yuni_source* b;
    int32_t st;
    if (yuni_queue_create(0, &child) != YUNI_OK) {
        storm_fail(r, "child queue create: %s", yuni_error_detail());
        return YUNI_OK;
    }
    st = yuni_queue_bundle((yuni_queue*)g->h[0], child, TAG(g, 400), &b);
    if (st == YUNI_OK) {
        storm_pause(r, 50);
        st = yuni_source_remove(b);
    }
    int32_t d;
    while ((d = yuni_queue_destroy(child)) == YUNI_EBUSY) storm_pause(r, 100); /* the parent's destroy is on it */
    if (d != YUNI_OK) storm_fail(r, "child queue destroy answered %d (%s)", d, yuni_error_detail());
    return st;
}

/* A library with its own wait: poll on a pipe, woken through another. */
struct fake_library {
    int data[2], wake[2];
};
static void fake_wait(const nccv64* in, nccv64* out) {
    struct fake_library* f = in[0].ptr;
    struct pollfd p[2] = {{f->data[0], POLLIN, 0}, {f->wake[0], POLLIN, 0}};
    char drain[16];
    int r = poll(p, 2, in[1].s64 < 0 ? -1 : (int)(in[1].s64 / 1000000));
    if (r > 0 && (p[1].revents & POLLIN))
        while (read(f->wake[0], drain, sizeof drain) > 0) {
        }
    out[0].s32 = r > 0 && (p[0].revents & POLLIN) ? 1 : 0;
}
static void fake_wake(const nccv64* in, nccv64* out) {
    struct fake_library* f = in[0].ptr;
    (void)out;
    if (write(f->wake[1], "w", 1) < 0) {
    }
}

/* A foreign child (a waiter thread) bundled in and taken out. */
static int32_t queue_foreign_bundle(struct storm_gen* g, struct storm_racer* r) {
    struct fake_library lib;
    yuni_foreign_queue desc = {sizeof desc, 0, "fake", fake_wait, NULL, &lib};
    yuni_queue* child;
    yuni_source* b;
    int32_t st, d;
    if (pipe2(lib.data, O_NONBLOCK | O_CLOEXEC) || pipe2(lib.wake, O_NONBLOCK | O_CLOEXEC)) return YUNI_OK;
    desc.wake = storm_rand(r, 2) ? fake_wake : NULL;
    if (yuni_queue_create_foreign(&desc, &child) != YUNI_OK) {
        storm_fail(r, "foreign queue create: %s", yuni_error_detail());
        return YUNI_OK;
    }
    st = yuni_queue_bundle((yuni_queue*)g->h[0], child, TAG(g, 500), &b);
    if (st == YUNI_OK) {
        if (storm_rand(r, 2) && write(lib.data[1], "d", 1) < 0) {
        }
        storm_pause(r, 200);
        st = yuni_source_remove(b);
    }
    while ((d = yuni_queue_destroy(child)) == YUNI_EBUSY) storm_pause(r, 100);
    if (d != YUNI_OK) storm_fail(r, "foreign queue destroy answered %d (%s)", d, yuni_error_detail());
    close(lib.data[0]);
    close(lib.data[1]);
    close(lib.wake[0]);
    close(lib.wake[1]);
    return st;
}

static int32_t queue_racing_destroy(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return queue_destroy(g);
}

static const struct storm_op queue_ops[] = {
    {"wait", queue_wait, 6, 0, {0}},
    {"ring", queue_ring, 10, 0, {0}},
    {"chime destroy+create", queue_chime_replace, 2, 0, {0}},
    {"stats", queue_stats, 1, 0, {0}},
    {"fd", queue_fd, 1, 0, {0}},
    {"poke the fd", queue_poke_fd, 2, 0, {0}},
    {"fd source remove+add", queue_fd_replace, 1, 0, {YUNI_EBUSY}},
    {"timer add+remove", queue_timer, 1, 0, {0}},
    {"channel send", queue_send, 4, 0, {YUNI_EBUSY}},
    {"channel receive", queue_receive, 3, 0, {0}},
    {"channel destroy+create", queue_channel_replace, 1, 0, {0}},
    {"bundle+remove", queue_bundle, 1, 0, {0}},
    {"foreign bundle+remove", queue_foreign_bundle, 1, 0, {0}},
    {"destroy", queue_racing_destroy, 1, 1, {0}},
};

const struct storm_row storm_row_queue = {
    .name = "queue",
    .create = queue_create,
    .destroy = queue_destroy,
    .clean = queue_clean,
    .ops = queue_ops,
    .nops = sizeof queue_ops / sizeof queue_ops[0],
    .racers = 4,
};

/* ---- Offload programs and their entries ----
 *
 * count_tick_program (bytecode.h), built by hand: the core builds have no
 * compiler. */

static int32_t load_storm_program(yuni_program** p) {
    struct blob w;
    char err[256];
    count_tick_program(&w);
    return yuni_offload_load(w.b, w.n, p, err, sizeof err);
}

/* h[0] the program, h[1] count's ctx, h[2] tick's. */
struct program_state {
    int64_t counter[2];
};

static int32_t program_create(struct storm_gen* g) {
    yuni_program* p;
    nccc_call_t dispatch;
    void* ctx;
    int32_t st;
    if (!(g->state = calloc(1, sizeof(struct program_state)))) return YUNI_ENOMEM;
    if ((st = load_storm_program(&p)) != YUNI_OK) return st;
    g->h[0] = (uintptr_t)p;
    if ((st = yuni_offload_entry(p, "count", &dispatch, &ctx)) != YUNI_OK) return st;
    g->h[1] = (uintptr_t)ctx;
    if ((st = yuni_offload_entry(p, "tick", &dispatch, &ctx)) != YUNI_OK) return st;
    g->h[2] = (uintptr_t)ctx;
    g->h[3] = (uintptr_t)dispatch;
    return YUNI_OK;
}

/* Destroy, waiting out the offload threads racers started (YUNI_EBUSY). */
static int32_t program_destroy(struct storm_gen* g) {
    int32_t st;
    while ((st = yuni_offload_destroy((yuni_program*)g->h[0])) == YUNI_EBUSY) {
        struct timespec ts = {0, 100000};
        nanosleep(&ts, NULL);
    }
    return st;
}

static void program_clean(struct storm_gen* g) { free(g->state); }

/* A call of count: YUNI_OK with 0, or interrupted by the destroy. */
static int32_t call_count(struct storm_gen* g, struct storm_racer* r, int64_t n) {
    nccv64 in[2] = {{.uptr = g->h[1]}, {.s64 = n}}, out[2];
    (void)r;
    ((nccc_call_t)g->h[3])(in, out);
    if (out[0].s32 == YUNI_OK && out[1].s64 != 0) storm_fail(r, "count answered %lld", (long long)out[1].s64);
    if (out[0].s32 == YUNI_ETRAP && out[1].s32 != YUNI_TRAP_INTERRUPTED)
        storm_fail(r, "count trapped with kind %d", out[1].s32);
    return out[0].s32;
}

static int32_t program_call(struct storm_gen* g, struct storm_racer* r) {
    return call_count(g, r, storm_rand(r, 200000));
}

/* A run that ends only when the destroy interrupts it. */
static int32_t program_call_forever(struct storm_gen* g, struct storm_racer* r) {
    return call_count(g, r, INT64_MAX);
}

static int32_t program_tick(struct storm_gen* g, struct storm_racer* r) {
    struct program_state* s = g->state;
    nccv64 in[3] = {{.uptr = g->h[2]}, {.ptr = s->counter}, {.u64 = sizeof s->counter}}, out[2];
    (void)r;
    ((nccc_call_t)g->h[3])(in, out);
    return out[0].s32;
}

static int32_t program_describe(struct storm_gen* g, struct storm_racer* r) {
    yuni_program* p = (yuni_program*)g->h[0];
    yuni_offload_signature sig;
    nccc_call_t dispatch;
    void* ctx;
    int32_t st;
    switch (storm_rand(r, 4)) {
    case 0:
        st = yuni_offload_count(p, YUNI_OFFLOAD_ENTRIES);
        if (st >= 0 && st != 2) storm_fail(r, "count of entries %d", st);
        return ok_if_count(st);
    case 1:
        st = yuni_offload_signature_of(p, YUNI_OFFLOAD_ENTRIES, (int32_t)storm_rand(r, 2), &sig);
        if (st == YUNI_OK && sig.nparams != 1) storm_fail(r, "signature with %d parameters", sig.nparams);
        return st;
    case 2:
        st = yuni_offload_entry(p, storm_rand(r, 2) ? "count" : "tick", &dispatch, &ctx);
        if (st == YUNI_OK && (uintptr_t)ctx != g->h[1] && (uintptr_t)ctx != g->h[2])
            storm_fail(r, "an entry's ctx changed");
        return st;
    default:
        return yuni_offload_set_budget(p, storm_rand(r, 2) ? 0 : 1u << 30);
    }
}

/* An offload thread on the program, started and destroyed: the start either
 * pins the program (its destroy then waits: YUNI_EBUSY) or answers
 * YUNI_EBADHANDLE. */
static int32_t program_thread(struct storm_gen* g, struct storm_racer* r) {
    struct program_state* s = g->state;
    nccv64 args[2] = {{.ptr = s->counter}, {.u64 = sizeof s->counter}};
    yuni_thread_opts o;
    yuni_offload_thread* t;
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    o.period_ns = 200000;
    o.args = args;
    o.nargs = 2;
    o.stack_regs = 1024;
    int32_t st = yuni_offload_thread_start((yuni_program*)g->h[0], "tick", &o, &t);
    if (st != YUNI_OK) return st;
    storm_pause(r, 300);
    int32_t d = yuni_offload_thread_destroy(t);
    if (d != YUNI_OK) storm_fail(r, "thread destroy answered %d (%s)", d, yuni_error_detail());
    return st;
}

static int32_t program_racing_destroy(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return program_destroy(g);
}

static const struct storm_op program_ops[] = {
    {"entry call", program_call, 6, 0, {YUNI_ETRAP}},
    {"entry call that runs until destroyed", program_call_forever, 1, 0, {YUNI_ETRAP}},
    {"tick", program_tick, 4, 0, {YUNI_ETRAP}},
    {"describe", program_describe, 3, 0, {0}},
    {"thread start+destroy", program_thread, 1, 0, {0}},
    {"destroy", program_racing_destroy, 1, 1, {0}},
};

const struct storm_row storm_row_program = {
    .name = "program",
    .create = program_create,
    .destroy = program_destroy,
    .clean = program_clean,
    .ops = program_ops,
    .nops = sizeof program_ops / sizeof program_ops[0],
};

/* ---- offload threads ----
 *
 * A generation is a periodic thread ticking a counter of its own, with
 * opts.heap and opts.done (a chime on the generation's queue): h[0] the
 * thread, h[1] its program, h[2] the heap, h[3] the queue. */

struct thread_state {
    int64_t counter[2];
};

static int32_t thread_create(struct storm_gen* g) {
    struct thread_state* s = calloc(1, sizeof *s);
    yuni_program* p;
    yuni_heap* h;
    yuni_queue* q;
    yuni_chime* done;
    yuni_offload_thread* t;
    int32_t st;
    if (!(g->state = s)) return YUNI_ENOMEM;
    if ((st = load_storm_program(&p)) != YUNI_OK) return st;
    g->h[1] = (uintptr_t)p;
    if ((st = yuni_heap_create(65536, 0, &h)) != YUNI_OK) return st;
    g->h[2] = (uintptr_t)h;
    if ((st = yuni_queue_create(0, &q)) != YUNI_OK) return st;
    g->h[3] = (uintptr_t)q;
    if ((st = yuni_chime_create(q, TAG(g, 1), &done)) != YUNI_OK) return st;
    nccv64 args[2] = {{.ptr = s->counter}, {.u64 = sizeof s->counter}};
    yuni_thread_opts o;
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    o.period_ns = 100000;
    o.max_runs = atomic_load(&g->serial) % 4 == 0 ? 50 : 0; /* some end by themselves */
    o.args = args;
    o.nargs = 2;
    o.stack_regs = 1024;
    o.done = done;
    o.heap = h;
    if ((st = yuni_offload_thread_start(p, "tick", &o, &t)) != YUNI_OK) return st;
    g->h[0] = (uintptr_t)t;
    return YUNI_OK;
}

static int32_t thread_destroy(struct storm_gen* g) {
    return yuni_offload_thread_destroy((yuni_offload_thread*)g->h[0]);
}

/* Once the thread is gone its program and heap are free to go. */
static void thread_clean(struct storm_gen* g) {
    if (g->h[1] && !atomic_load(&g->sub[1]) && yuni_offload_destroy((yuni_program*)g->h[1]) != YUNI_OK)
        fprintf(stderr, "storm thread: the program outlived its thread: %s\n", yuni_error_detail());
    if (g->h[2] && !atomic_load(&g->sub[0]) && yuni_heap_destroy((yuni_heap*)g->h[2]) != YUNI_OK)
        fprintf(stderr, "storm thread: the heap outlived its thread: %s\n", yuni_error_detail());
    if (g->h[3]) yuni_queue_destroy((yuni_queue*)g->h[3]);
    free(g->state);
}

static int32_t thread_stop(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return yuni_offload_thread_stop((yuni_offload_thread*)g->h[0]);
}

static int32_t thread_wait(struct storm_gen* g, struct storm_racer* r) {
    static const int64_t timeouts[] = {0, 1000000, -1};
    return yuni_offload_thread_wait((yuni_offload_thread*)g->h[0], timeouts[storm_rand(r, 3)]);
}

static int32_t thread_statistics(struct storm_gen* g, struct storm_racer* r) {
    yuni_offload_thread_stats s;
    int32_t st = yuni_offload_thread_statistics((yuni_offload_thread*)g->h[0], &s);
    if (st == YUNI_OK && (s.state < YUNI_THREAD_RUNNING || s.state > YUNI_THREAD_STOPPED || s.status != YUNI_OK))
        storm_fail(r, "statistics: state %d status %d", s.state, s.status);
    return st;
}

static int32_t thread_histogram(struct storm_gen* g, struct storm_racer* r) {
    uint64_t counts[64];
    (void)r;
    return ok_if_count(yuni_offload_thread_histogram((yuni_offload_thread*)g->h[0], counts, 64));
}

/* Wait (bounded) for a generation's destroy to have answered. */
static int destroyed_soon(struct storm_gen* g) {
    for (int i = 0; i < 100000 && !atomic_load(&g->destroyed); i++) {
        struct timespec ts = {0, 100000};
        nanosleep(&ts, NULL);
    }
    return atomic_load(&g->destroyed);
}

/* The heap and the program stay pinned while the thread lives: their
 * destroys answer YUNI_EBUSY until a destroy of the thread lets them go
 * (sub[0] and sub[1] then say they are gone, for clean). */
static int32_t thread_pins(struct storm_gen* g, struct storm_racer* r) {
    if (atomic_load(&g->destroyed)) return YUNI_EBADHANDLE;
    int32_t st[2] = {yuni_heap_destroy((yuni_heap*)g->h[2]), yuni_offload_destroy((yuni_program*)g->h[1])};
    for (int k = 0; k < 2; k++) {
        if (st[k] == YUNI_EBUSY) continue;
        if ((st[k] != YUNI_OK && st[k] != YUNI_EBADHANDLE) || !destroyed_soon(g))
            storm_fail(r, "destroying a live thread's %s answered %d", k ? "program" : "heap", st[k]);
        if (st[k] == YUNI_OK) atomic_store(&g->sub[k], 1);
    }
    return YUNI_OK;
}

/* What the queue gets: only the generation's done chime. */
static int32_t thread_done_events(struct storm_gen* g, struct storm_racer* r) {
    yuni_event ev[4];
    int32_t n = yuni_queue_wait((yuni_queue*)g->h[3], ev, 4, 0);
    for (int32_t i = 0; i < n; i++) check_event(g, r, &ev[i]);
    return atomic_load(&g->destroyed) ? YUNI_EBADHANDLE : YUNI_OK;
}

static int32_t thread_racing_destroy(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return thread_destroy(g);
}

static const struct storm_op thread_ops[] = {
    {"stop", thread_stop, 1, 0, {0}},
    {"wait", thread_wait, 3, 0, {YUNI_EBUSY}},
    {"statistics", thread_statistics, 4, 0, {0}},
    {"histogram", thread_histogram, 2, 0, {0}},
    {"heap and program pinned", thread_pins, 1, 0, {0}},
    {"done events", thread_done_events, 1, 0, {0}},
    {"destroy", thread_racing_destroy, 1, 1, {0}},
};

const struct storm_row storm_row_thread = {
    .name = "thread",
    .create = thread_create,
    .destroy = thread_destroy,
    .clean = thread_clean,
    .ops = thread_ops,
    .nops = sizeof thread_ops / sizeof thread_ops[0],
    .cycles = 150,
};
