/* The destroy-races-everything storm: the framework and the table of rows
 * (lifetime_storm.h says what is checked).  One controller thread makes the
 * generations and destroys them; racer threads call random operations on
 * the current generation and, a quarter of the time, on one of the three
 * before it (destroyed, or being destroyed); a watchdog fails a run whose
 * call hangs.  Generation records live in a ring and are recycled as the
 * handle table recycles slots: serial to 0, wait until no racer is inside,
 * then reuse. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "lifetime_storm.h"

#define RING 8          /* generation records */
#define STALE_SPAN 3    /* how far back a stale call reaches */
#define MAX_RACERS 8
#define MAX_OPS 24
#define FAILS_SHOWN 10

/* The table: every handle type's row.  A test names its row. */
static const struct storm_row* const storm_rows[] = {
    &storm_row_heap,
    &storm_row_queue,
    &storm_row_program,
    &storm_row_thread,
#ifndef YUNI_CORE_ONLY
    &storm_row_legacy,
#endif
};

struct op_count {
    _Atomic long ok, bad, other;
};

static struct {
    const struct storm_row* row;
    struct storm_gen gens[RING];
    _Atomic uint64_t current; /* serial of the newest generation, 0 before the first */
    _Atomic int stop;
    _Atomic int destroying; /* racers' destroys run only while the controller's does */
    _Atomic long failures;
    struct op_count counts[MAX_OPS];
    struct storm_racer racers[MAX_RACERS];
    struct storm_racer controller;
    int total_weight;
} S;

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

void storm_fail(struct storm_racer* r, const char* format, ...) {
    va_list ap;
    if (atomic_fetch_add(&S.failures, 1) >= FAILS_SHOWN) return;
    fprintf(stderr, "storm %s (%s %d): ", S.row->name, r == &S.controller ? "controller" : "racer", r->index);
    va_start(ap, format);
    vfprintf(stderr, format, ap);
    va_end(ap);
    fputc('\n', stderr);
}

unsigned storm_rand(struct storm_racer* r, unsigned n) { return n ? (unsigned)rand_r(&r->seed) % n : 0; }

void storm_pause(struct storm_racer* r, unsigned max_us) {
    unsigned us = storm_rand(r, max_us + 1);
    if (us == 0) {
        sched_yield();
        return;
    }
    struct timespec ts = {0, (long)us * 1000};
    nanosleep(&ts, NULL);
}

static void begin(struct storm_racer* r, const char* what) {
    atomic_store(&r->doing, what);
    atomic_store(&r->since, now_ns());
}
static void end(struct storm_racer* r) { atomic_store(&r->since, 0); }

static const char* status_name(int32_t st) {
    static __thread char text[16];
    if (st == YUNI_OK) return "YUNI_OK";
    if (st == YUNI_EBADHANDLE) return "YUNI_EBADHANDLE";
    snprintf(text, sizeof text, "%d", st);
    return text;
}

/* Check one answer against the rule; `before` is whether the generation was
 * already destroyed when the call began. */
static void judge(struct storm_racer* r, const struct storm_op* op, int i, struct storm_gen* g, int before,
                  int32_t st) {
    int allowed = st == YUNI_OK || st == YUNI_EBADHANDLE;
    for (int k = 0; k < 4 && op->also[k]; k++) allowed |= st == op->also[k];
    if (before && st != YUNI_EBADHANDLE)
        storm_fail(r, "%s on generation %llu, destroyed before the call, answered %s (%s)", op->name,
                   (unsigned long long)atomic_load(&g->serial), status_name(st), yuni_error_detail());
    else if (!allowed)
        storm_fail(r, "%s answered %s (%s)", op->name, status_name(st), yuni_error_detail());
    if (st == YUNI_OK) atomic_fetch_add(&S.counts[i].ok, 1);
    else if (st == YUNI_EBADHANDLE) atomic_fetch_add(&S.counts[i].bad, 1);
    else atomic_fetch_add(&S.counts[i].other, 1);
}

/* A destroy answered: count it and mark the generation once it won. */
static void destroyed(struct storm_gen* g, int32_t st) {
    if (st != YUNI_OK) return;
    atomic_fetch_add(&g->destroy_oks, 1);
    atomic_store(&g->destroyed, 1);
}

/* A random operation by weight; destroys only while the controller's runs,
 * so they race it instead of ending every generation at once. */
static const struct storm_op* pick_op(struct storm_racer* r, int* index) {
    for (;;) {
        int w = (int)storm_rand(r, (unsigned)S.total_weight);
        for (int i = 0; i < S.row->nops; i++) {
            const struct storm_op* op = &S.row->ops[i];
            w -= op->weight ? op->weight : 1;
            if (w < 0) {
                if (op->destroys && !atomic_load(&S.destroying)) break;
                *index = i;
                return op;
            }
        }
    }
}

/* Enter the record of generation `serial`, or NULL when it is being recycled. */
static struct storm_gen* gen_enter(uint64_t serial) {
    struct storm_gen* g = &S.gens[serial % RING];
    atomic_fetch_add(&g->users, 1);
    if (atomic_load(&g->serial) != serial) {
        atomic_fetch_sub(&g->users, 1);
        return NULL;
    }
    return g;
}

static void* racer_main(void* arg) {
    struct storm_racer* r = arg;
    while (!atomic_load(&S.stop)) {
        uint64_t serial = atomic_load(&S.current);
        if (serial == 0) {
            sched_yield();
            continue;
        }
        if (storm_rand(r, 4) == 0) {
            uint64_t back = 1 + storm_rand(r, STALE_SPAN);
            if (serial > back) serial -= back;
        }
        struct storm_gen* g = gen_enter(serial);
        if (!g) continue;
        int i;
        const struct storm_op* op = pick_op(r, &i);
        int before = atomic_load(&g->destroyed);
        begin(r, op->name);
        int32_t st = op->call(g, r);
        end(r);
        if (op->destroys) destroyed(g, st);
        judge(r, op, i, g, before, st);
        atomic_fetch_sub(&g->users, 1);
    }
    return NULL;
}

static void* watchdog_main(void* arg) {
    (void)arg;
    while (!atomic_load(&S.stop)) {
        struct timespec ts = {0, 100000000};
        nanosleep(&ts, NULL);
        int64_t now = now_ns();
        for (int i = 0; i <= MAX_RACERS; i++) {
            struct storm_racer* r = i == MAX_RACERS ? &S.controller : &S.racers[i];
            int64_t since = atomic_load(&r->since);
            if (since && now - since > (int64_t)STORM_STUCK_S * 1000000000) {
                fprintf(stderr, "storm %s: %s %d stuck in %s for %d s\n", S.row->name,
                        r == &S.controller ? "controller" : "racer", r->index, atomic_load(&r->doing), STORM_STUCK_S);
                abort();
            }
        }
    }
    return NULL;
}

/* Take record `serial % RING` back from the generation it held. */
static void recycle(struct storm_gen* g) {
    uint64_t old = atomic_load(&g->serial);
    atomic_store(&g->serial, 0);
    while (atomic_load(&g->users)) sched_yield();
    if (old) {
        if (atomic_load(&g->destroy_oks) != 1)
            storm_fail(&S.controller, "generation %llu: %d destroys answered YUNI_OK", (unsigned long long)old,
                       atomic_load(&g->destroy_oks));
        if (S.row->clean) S.row->clean(g);
    }
    memset(g->h, 0, sizeof g->h);
    for (int i = 0; i < STORM_HANDLES; i++) atomic_store(&g->sub[i], 0);
    g->state = NULL;
    atomic_store(&g->destroyed, 0);
    atomic_store(&g->destroy_oks, 0);
}

static long run(const struct storm_row* row) {
    pthread_t racers[MAX_RACERS], watchdog;
    int nracers = row->racers ? row->racers : 3;
    const char* soak = getenv("YUNI_STORM_SECONDS");
    int64_t deadline = soak ? now_ns() + (int64_t)(atof(soak) * 1e9) : 0;
    long cycles = row->cycles ? row->cycles : 300;
    uint64_t serial;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    cycles = cycles / 3 + 1; /* the sanitizers are 5-20x slower */
#endif
    memset(&S, 0, sizeof S);
    S.row = row;
    if (nracers > MAX_RACERS) nracers = MAX_RACERS;
    for (int i = 0; i < row->nops && i < MAX_OPS; i++) S.total_weight += row->ops[i].weight ? row->ops[i].weight : 1;
    S.controller.seed = 12345;
    S.controller.row = row;
    pthread_create(&watchdog, NULL, watchdog_main, NULL);
    for (int i = 0; i < nracers; i++) {
        S.racers[i].seed = 7919u * (unsigned)i + 17u;
        S.racers[i].index = i;
        S.racers[i].row = row;
        pthread_create(&racers[i], NULL, racer_main, &S.racers[i]);
    }
    for (serial = 1; deadline ? now_ns() < deadline : (long)serial <= cycles; serial++) {
        struct storm_gen* g = &S.gens[serial % RING];
        begin(&S.controller, "recycling a generation record");
        recycle(g);
        g->serial = serial; /* not published yet: no racer looks */
        begin(&S.controller, "create");
        int32_t st = row->create(g);
        end(&S.controller);
        if (st != YUNI_OK) {
            storm_fail(&S.controller, "create of generation %llu answered %s (%s)", (unsigned long long)serial,
                       status_name(st), yuni_error_detail());
            break;
        }
        atomic_store(&g->serial, serial);
        atomic_store(&S.current, serial);
        storm_pause(&S.controller, 2000);
        atomic_store(&S.destroying, 1);
        storm_pause(&S.controller, 20);
        begin(&S.controller, "destroy");
        st = row->destroy(g);
        end(&S.controller);
        atomic_store(&S.destroying, 0);
        destroyed(g, st);
        /* YUNI_EBADHANDLE: a racer's destroy won (recycle checks that one did). */
        if (st != YUNI_OK && st != YUNI_EBADHANDLE)
            storm_fail(&S.controller, "destroy answered %s (%s)", status_name(st), yuni_error_detail());
        storm_pause(&S.controller, 50);
    }
    atomic_store(&S.stop, 1);
    for (int i = 0; i < nracers; i++) pthread_join(racers[i], NULL);
    pthread_join(watchdog, NULL);
    for (int i = 0; i < RING; i++) recycle(&S.gens[i]);
    printf("storm %s: %llu generations", row->name, (unsigned long long)(serial - 1));
    for (int i = 0; i < row->nops && i < MAX_OPS; i++)
        printf("%s %s %ld/%ld/%ld", i ? "," : ";", row->ops[i].name, atomic_load(&S.counts[i].ok),
               atomic_load(&S.counts[i].bad), atomic_load(&S.counts[i].other));
    printf(" (ok/bad handle/other)\n");
    for (int i = 0; i < row->nops && i < MAX_OPS; i++)
        if (atomic_load(&S.counts[i].ok) + atomic_load(&S.counts[i].bad) + atomic_load(&S.counts[i].other) == 0)
            storm_fail(&S.controller, "%s was never called", row->ops[i].name);
    return atomic_load(&S.failures);
}

long storm_run_named(const char* name) {
    for (size_t i = 0; i < sizeof storm_rows / sizeof storm_rows[0]; i++)
        if (strcmp(storm_rows[i]->name, name) == 0) return run(storm_rows[i]);
    fprintf(stderr, "storm: no row %s\n", name);
    return 1;
}

/* ---- the tests: one a row ---- */

void test_lifetime_storm_heap(void) { CHECK_EQ(storm_run_named("heap"), 0); }
void test_lifetime_storm_queue(void) { CHECK_EQ(storm_run_named("queue"), 0); }
void test_lifetime_storm_program(void) { CHECK_EQ(storm_run_named("program"), 0); }
void test_lifetime_storm_thread(void) { CHECK_EQ(storm_run_named("thread"), 0); }
#ifndef YUNI_CORE_ONLY
void test_lifetime_storm_legacy(void) { CHECK_EQ(storm_run_named("legacy"), 0); }
#endif
