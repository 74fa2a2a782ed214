/* The lifetime rule across handle types (internal/core/core.h; the storm in
 * lifetime_storm.c races it at random, these tests take one case each):
 * stale and wrong-type handles of every type, handles that arrive inside a
 * struct, offload threads and programs destroyed while in use, and the pins
 * a thread start takes against a destroy. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../offload_c/offload_impl.h"
#include "bytecode.h"
#include "harness.h"
#include "nccc.h"

static yuni_program* load_program(void) {
    struct blob w;
    char err[256];
    yuni_program* p = NULL;
    count_tick_program(&w);
    if (yuni_offload_load(w.b, w.n, &p, err, sizeof err) != YUNI_OK) fprintf(stderr, "load: %s\n", err);
    return p;
}

static yuni_thread_opts tick_opts(int64_t* counter, nccv64* args, int64_t period_ns) {
    yuni_thread_opts o;
    args[0].ptr = counter;
    args[1].u64 = 2 * sizeof(int64_t);
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    o.period_ns = period_ns;
    o.args = args;
    o.nargs = 2;
    o.stack_regs = 1024;
    return o;
}

static void pause_us(long us) {
    struct timespec ts = {0, us * 1000};
    nanosleep(&ts, NULL);
}

/* ---- lookups ---- */

/* Every call answers YUNI_EBADHANDLE for a destroyed handle of its type and
 * for a live handle of any other type, touching nothing. */
void test_lookups_refuse_stale_and_foreign_handles(void) {
    yuni_heap* heap;
    yuni_queue* queue;
    yuni_chime* chime;
    yuni_source* source;
    yuni_channel* channel;
    yuni_program* program = load_program();
    yuni_offload_thread* thread;
    nccc_call_t dispatch;
    void* entry;
    int64_t counter[2] = {0, 0};
    nccv64 args[2];
    CHECK(program != NULL);
    CHECK_EQ(yuni_heap_create(65536, 0, &heap), YUNI_OK);
    CHECK_EQ(yuni_queue_create(0, &queue), YUNI_OK);
    CHECK_EQ(yuni_chime_create(queue, 1, &chime), YUNI_OK);
    CHECK_EQ(yuni_queue_add_timer(queue, 1000000000, 0, 2, &source), YUNI_OK);
    CHECK_EQ(yuni_channel_create(queue, 3, 4096, &channel), YUNI_OK);
    CHECK_EQ(yuni_offload_entry(program, "count", &dispatch, &entry), YUNI_OK);
    yuni_thread_opts o = tick_opts(counter, args, 0);
    CHECK_EQ(yuni_offload_thread_start(program, "tick", &o, &thread), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_wait(thread, -1), YUNI_OK);
    uintptr_t live[] = {(uintptr_t)heap,    (uintptr_t)queue,   (uintptr_t)chime, (uintptr_t)source,
                        (uintptr_t)channel, (uintptr_t)program, (uintptr_t)entry, (uintptr_t)thread};
    enum { N = sizeof live / sizeof live[0] };
    yuni_event ev;
    yuni_queue_statistics qs;
    yuni_heap_statistics hs;
    yuni_offload_thread_stats ts;
    size_t len;
    /* Each handle as every type it is not. */
    for (int i = 0; i < N; i++) {
        uintptr_t h = live[i];
        nccv64 in[2] = {{.uptr = h}, {.s64 = 1}}, out[2];
        if (i != 0) CHECK(yuni_heap_alloc((yuni_heap*)h, 16, 0) == NULL);
        if (i != 0) CHECK_EQ(yuni_heap_stats((yuni_heap*)h, &hs), YUNI_EBADHANDLE);
        if (i != 1) CHECK_EQ(yuni_queue_wait((yuni_queue*)h, &ev, 1, 0), YUNI_EBADHANDLE);
        if (i != 1) CHECK_EQ(yuni_queue_stats((yuni_queue*)h, &qs), YUNI_EBADHANDLE);
        if (i != 2) CHECK_EQ(yuni_chime_ring((yuni_chime*)h), YUNI_EBADHANDLE);
        if (i != 3) CHECK_EQ(yuni_source_rearm((yuni_source*)h), YUNI_EBADHANDLE);
        if (i != 4) CHECK_EQ(yuni_channel_send((yuni_channel*)h, "x", 1), YUNI_EBADHANDLE);
        if (i != 5) CHECK_EQ(yuni_offload_count((yuni_program*)h, YUNI_OFFLOAD_ENTRIES), YUNI_EBADHANDLE);
        if (i != 6) {
            dispatch(in, out);
            CHECK_EQ(out[0].s32, YUNI_EBADHANDLE);
        }
        if (i != 7) CHECK_EQ(yuni_offload_thread_statistics((yuni_offload_thread*)h, &ts), YUNI_EBADHANDLE);
    }
    /* Then every one destroyed: every call on it is refused. */
    CHECK_EQ(yuni_offload_thread_destroy(thread), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(program), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(queue), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(heap), YUNI_OK);
    nccv64 in[2] = {{.ptr = entry}, {.s64 = 1}}, out[2];
    dispatch(in, out);
    CHECK_EQ(out[0].s32, YUNI_EBADHANDLE);
    CHECK(yuni_heap_alloc(heap, 16, 0) == NULL);
    CHECK_EQ(yuni_heap_destroy(heap), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_wait(queue, &ev, 1, 0), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_ring(chime), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_chime_destroy(chime), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_source_remove(source), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_channel_receive(channel, NULL, 0, &len), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_channel_destroy(channel), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_grant(program, "x", (nccc_call_t)dispatch), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_destroy(program), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_thread_wait(thread, 0), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_thread_destroy(thread), YUNI_EBADHANDLE);
}

struct stale_ringer {
    yuni_chime* chime;
    _Atomic int destroyed, stop;
    long rang_after;
};
static void* stale_ringer_main(void* p) {
    struct stale_ringer* r = p;
    while (!atomic_load(&r->stop)) {
        int was = atomic_load(&r->destroyed);
        if (yuni_chime_ring(r->chime) == YUNI_OK && was) r->rang_after++;
    }
    return NULL;
}

/* A ring racing its chime's destroy and the queues created after it never
 * answers YUNI_OK once the destroy returned, and never wakes another queue. */
void test_lookups_ring_racing_destroy_and_create(void) {
    for (int round = 0; round < 50; round++) {
        yuni_queue* q;
        struct stale_ringer r;
        pthread_t th;
        yuni_event ev;
        CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
        CHECK_EQ(yuni_chime_create(q, 1, &r.chime), YUNI_OK);
        atomic_store(&r.destroyed, 0);
        atomic_store(&r.stop, 0);
        r.rang_after = 0;
        pthread_create(&th, NULL, stale_ringer_main, &r);
        pause_us(round % 5 * 20);
        CHECK_EQ(yuni_chime_destroy(r.chime), YUNI_OK);
        atomic_store(&r.destroyed, 1);
        CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
        yuni_queue* fresh[20];
        for (int i = 0; i < 20; i++) {
            yuni_chime* c;
            CHECK_EQ(yuni_queue_create(0, &fresh[i]), YUNI_OK);
            CHECK_EQ(yuni_chime_create(fresh[i], 100, &c), YUNI_OK); /* maybe in the old chime's memory */
        }
        atomic_store(&r.stop, 1);
        pthread_join(th, NULL);
        CHECK_EQ(r.rang_after, 0);
        for (int i = 0; i < 20; i++) {
            yuni_queue_statistics st;
            CHECK_EQ(yuni_queue_wait(fresh[i], &ev, 1, 0), 0);
            CHECK_EQ(yuni_queue_stats(fresh[i], &st), YUNI_OK);
            CHECK(st.events == 0);
            CHECK_EQ(yuni_queue_destroy(fresh[i]), YUNI_OK);
        }
    }
}

/* ---- handles inside structs ---- */

/* A handle that arrives inside a struct is checked as an argument is, and a
 * call it fails changes nothing. */
void test_handles_inside_structs_are_checked(void) {
    yuni_program* p = load_program();
    yuni_queue *q, *dead_queue;
    yuni_chime *done, *dead_chime;
    yuni_heap *h, *dead_heap;
    yuni_offload_thread* t;
    yuni_channel* ch;
    yuni_source* s;
    int64_t counter[2] = {0, 0};
    nccv64 args[2];
    CHECK(p != NULL);
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 5, &done), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 6, &dead_chime), YUNI_OK);
    CHECK_EQ(yuni_chime_destroy(dead_chime), YUNI_OK);
    CHECK_EQ(yuni_heap_create(65536, 0, &h), YUNI_OK);
    CHECK_EQ(yuni_heap_create(65536, 0, &dead_heap), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(dead_heap), YUNI_OK);
    CHECK_EQ(yuni_queue_create(0, &dead_queue), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(dead_queue), YUNI_OK);
    yuni_thread_opts o = tick_opts(counter, args, 0);
    /* opts.done: destroyed, or not a chime */
    o.done = dead_chime;
    o.heap = h;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_EBADHANDLE);
    o.done = (yuni_chime*)q;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_EBADHANDLE);
    /* opts.heap: destroyed, or not a heap */
    o.done = done;
    o.heap = dead_heap;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_EBADHANDLE);
    o.heap = (yuni_heap*)q;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_EBADHANDLE);
    /* The failed starts pinned nothing. */
    CHECK_EQ(counter[0], 0);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
    /* The queue of a channel, a bundle's child and parent. */
    CHECK_EQ(yuni_channel_create(dead_queue, 1, 4096, &ch), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_channel_create((yuni_queue*)done, 1, 4096, &ch), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_bundle(q, dead_queue, 1, &s), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_bundle(dead_queue, q, 1, &s), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK); /* not left bundled by the failed call */
    /* A done chime destroyed while the thread runs: its last ring is refused,
     * nothing else happens. */
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 7, &done), YUNI_OK);
    o = tick_opts(counter, args, 1000000);
    o.done = done;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_OK);
    CHECK_EQ(yuni_chime_destroy(done), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    yuni_event ev;
    CHECK_EQ(yuni_queue_wait(q, &ev, 1, 0), 0);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

/* ---- offload threads: concurrent calls on one handle ---- */

struct thread_racer {
    yuni_offload_thread* thread;
    unsigned seed;
    _Atomic int* go;
    int destroy_oks, bad;
};
static void* thread_racer_main(void* arg) {
    struct thread_racer* r = arg;
    yuni_offload_thread_stats s;
    uint64_t hist[32];
    while (!atomic_load(r->go)) {
    }
    for (int i = 0; i < 40; i++) {
        int32_t st;
        switch (rand_r(&r->seed) % 6) {
        case 0: st = yuni_offload_thread_stop(r->thread); break;
        case 1: st = yuni_offload_thread_wait(r->thread, rand_r(&r->seed) % 2 ? 0 : -1); break;
        case 2: st = yuni_offload_thread_statistics(r->thread, &s); break;
        case 3: st = yuni_offload_thread_histogram(r->thread, hist, 32) == 32 ? YUNI_OK : YUNI_EBADHANDLE; break;
        case 4: st = yuni_offload_thread_destroy(r->thread); r->destroy_oks += st == YUNI_OK; break;
        default: sched_yield(); st = YUNI_OK; break;
        }
        if (st != YUNI_OK && st != YUNI_EBADHANDLE && st != YUNI_EBUSY) r->bad++;
    }
    return NULL;
}

/* Destroy racing destroy, wait, stop and statistics on one thread handle:
 * each answers as promised, exactly one destroy wins, nothing crashes. */
void test_thread_calls_race_on_one_handle(void) {
    yuni_program* p = load_program();
    CHECK(p != NULL);
    for (int round = 0; round < 60; round++) {
        int64_t counter[2] = {0, 0};
        nccv64 args[2];
        yuni_thread_opts o = tick_opts(counter, args, 50000);
        yuni_offload_thread* t;
        struct thread_racer r[4];
        pthread_t th[4];
        _Atomic int go = 0;
        CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_OK);
        for (int i = 0; i < 4; i++) {
            r[i] = (struct thread_racer){t, (unsigned)(round * 4 + i + 1), &go, 0, 0};
            pthread_create(&th[i], NULL, thread_racer_main, &r[i]);
        }
        atomic_store(&go, 1);
        int oks = 0;
        for (int i = 0; i < 4; i++) {
            pthread_join(th[i], NULL);
            CHECK_EQ(r[i].bad, 0);
            oks += r[i].destroy_oks;
        }
        int32_t last = yuni_offload_thread_destroy(t);
        oks += last == YUNI_OK;
        CHECK_EQ(oks, 1);
    }
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

/* ---- pins: a thread start against a destroy of its heap or program ---- */

struct starter {
    yuni_program* program;
    yuni_heap* heap;
    _Atomic int go;
    int32_t status;
    yuni_offload_thread* thread;
    int64_t counter[2];
};
static void* starter_main(void* arg) {
    struct starter* s = arg;
    nccv64 args[2];
    yuni_thread_opts o = tick_opts(s->counter, args, 1000000);
    o.heap = s->heap;
    while (!atomic_load(&s->go)) {
    }
    s->status = yuni_offload_thread_start(s->program, "tick", &o, &s->thread);
    return NULL;
}

/* Either the start pinned first (the destroy answers YUNI_EBUSY and the
 * thread runs on live memory) or the destroy won (the start answers
 * YUNI_EBADHANDLE): never both, never neither. */
void test_thread_start_races_heap_and_program_destroy(void) {
    int started = 0, refused = 0;
    for (int round = 0; round < 300; round++) {
        int program_side = round % 2;
        struct starter s;
        pthread_t th;
        memset(&s, 0, sizeof s);
        s.program = load_program();
        CHECK(s.program != NULL);
        CHECK_EQ(yuni_heap_create(65536, 0, &s.heap), YUNI_OK);
        pthread_create(&th, NULL, starter_main, &s);
        atomic_store(&s.go, 1);
        for (volatile int spin = 0; spin < round % 40 * 50; spin++) {
        }
        int32_t d = program_side ? yuni_offload_destroy(s.program) : yuni_heap_destroy(s.heap);
        pthread_join(th, NULL);
        if (s.status == YUNI_OK) {
            started++;
            CHECK_EQ(d, YUNI_EBUSY);
            CHECK_EQ(yuni_offload_thread_destroy(s.thread), YUNI_OK);
            d = program_side ? yuni_offload_destroy(s.program) : yuni_heap_destroy(s.heap);
            CHECK_EQ(d, YUNI_OK);
        } else {
            refused++;
            CHECK_EQ(s.status, YUNI_EBADHANDLE);
            CHECK_EQ(d, YUNI_OK);
        }
        CHECK_EQ(program_side ? yuni_heap_destroy(s.heap) : yuni_offload_destroy(s.program), YUNI_OK);
    }
    CHECK(started + refused == 300);
}

/* ---- programs: destroy while entries run ---- */

struct runner {
    nccc_call_t dispatch;
    void* ctx;
    _Atomic int running;
    nccv64 out[2];
};
static void* runner_main(void* arg) {
    struct runner* r = arg;
    nccv64 in[2] = {{.ptr = r->ctx}, {.s64 = INT64_MAX}};
    atomic_store(&r->running, 1);
    r->dispatch(in, r->out); /* runs until something stops it */
    return NULL;
}

/* Destroying a program whose entries run on other threads interrupts them:
 * each returns YUNI_ETRAP with YUNI_TRAP_INTERRUPTED at its next check, the
 * destroy returns once they have left, and the entries are dead after. */
void test_program_destroy_interrupts_running_entries(void) {
    for (int round = 0; round < 20; round++) {
        yuni_program* p = load_program();
        struct runner r[3];
        pthread_t th[3];
        CHECK(p != NULL);
        for (int i = 0; i < 3; i++) {
            memset(&r[i], 0, sizeof r[i]);
            CHECK_EQ(yuni_offload_entry(p, "count", &r[i].dispatch, &r[i].ctx), YUNI_OK);
            pthread_create(&th[i], NULL, runner_main, &r[i]);
        }
        for (int i = 0; i < 3; i++)
            while (!atomic_load(&r[i].running)) sched_yield();
        pause_us(round * 50);
        CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
        for (int i = 0; i < 3; i++) {
            pthread_join(th[i], NULL);
            /* Interrupted, or (at round 0) not yet entered when the destroy came. */
            if (r[i].out[0].s32 == YUNI_ETRAP) CHECK_EQ(r[i].out[1].s32, YUNI_TRAP_INTERRUPTED);
            else CHECK_EQ(r[i].out[0].s32, YUNI_EBADHANDLE);
            nccv64 in[2] = {{.ptr = r[i].ctx}, {.s64 = 1}}, out[2];
            r[i].dispatch(in, out);
            CHECK_EQ(out[0].s32, YUNI_EBADHANDLE);
        }
    }
}
