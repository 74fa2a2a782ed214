/* The handle table's lifetime rule (internal/core/core.h): a slot is never
 * recycled while a caller is inside, racing retires have one winner, slots
 * are reused first in first out, and a thread knows what it is inside. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "core.h"
#include "harness.h"

/* An object that knows its handle and whether it is still alive: the
 * retirer clears `alive` only after yuni__handle_retire_wait. */
struct thing {
    _Atomic uintptr_t handle;
    _Atomic int alive;
};

static void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
    nanosleep(&ts, NULL);
}

struct holder {
    uintptr_t handle;
    _Atomic int inside, release, left;
};

static void* hold_inside(void* arg) {
    struct holder* h = arg;
    struct thing* t = yuni__handle_enter(h->handle, YUNI_HANDLE_LEGACY);
    atomic_store(&h->inside, t ? 1 : -1);
    while (t && !atomic_load(&h->release)) sched_yield();
    if (t) {
        /* Still ours while inside, whatever the retirer is doing. */
        if (atomic_load(&t->alive) != 1 || atomic_load(&t->handle) != h->handle) atomic_store(&h->inside, -2);
        atomic_store(&h->left, 1);
        yuni__handle_leave(h->handle);
    }
    return NULL;
}

static void* retire_it(void* arg) {
    struct holder* h = arg;
    struct thing* t = yuni__handle_retire(h->handle, YUNI_HANDLE_LEGACY);
    /* The wait must have outlasted the caller inside. */
    if (!t || !atomic_load(&h->left)) atomic_store(&h->inside, -3);
    if (t) atomic_store(&t->alive, 0);
    return NULL;
}

void test_handle_retire_waits_for_callers(void) {
    struct thing t = {0, 1};
    struct holder h = {0};
    pthread_t a, b;
    h.handle = yuni__handle_new(YUNI_HANDLE_LEGACY, &t);
    CHECK(h.handle != 0);
    atomic_store(&t.handle, h.handle);
    CHECK_EQ(pthread_create(&a, NULL, hold_inside, &h), 0);
    while (!atomic_load(&h.inside)) sched_yield();
    CHECK_EQ(atomic_load(&h.inside), 1);
    CHECK_EQ(pthread_create(&b, NULL, retire_it, &h), 0);
    sleep_ms(20);
    /* Retired: a new caller cannot enter, but the old one is still inside. */
    CHECK(yuni__handle_enter(h.handle, YUNI_HANDLE_LEGACY) == NULL);
    CHECK(yuni__handle_borrow(h.handle, YUNI_HANDLE_LEGACY) == NULL);
    CHECK_EQ(atomic_load(&t.alive), 1);
    atomic_store(&h.release, 1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    CHECK_EQ(atomic_load(&h.inside), 1);
    CHECK_EQ(atomic_load(&t.alive), 0);
}

static _Atomic int retire_winners;
static void* retire_race(void* arg) {
    if (yuni__handle_retire(*(uintptr_t*)arg, YUNI_HANDLE_LEGACY)) atomic_fetch_add(&retire_winners, 1);
    return NULL;
}

void test_handle_racing_retires_one_winner(void) {
    for (int round = 0; round < 200; round++) {
        struct thing t = {0, 1};
        uintptr_t handle = yuni__handle_new(YUNI_HANDLE_LEGACY, &t);
        pthread_t th[4];
        CHECK(handle != 0);
        atomic_store(&retire_winners, 0);
        for (int i = 0; i < 4; i++) CHECK_EQ(pthread_create(&th[i], NULL, retire_race, &handle), 0);
        for (int i = 0; i < 4; i++) pthread_join(th[i], NULL);
        CHECK_EQ(atomic_load(&retire_winners), 1);
        /* A wrong type never retires, a stale handle never again. */
        CHECK(yuni__handle_retire(handle, YUNI_HANDLE_LEGACY) == NULL);
    }
}

void test_handle_slots_reused_last(void) {
    struct thing t = {0, 1};
    uintptr_t first = yuni__handle_new(YUNI_HANDLE_LEGACY, &t), next;
    CHECK(first != 0);
    CHECK(yuni__handle_retire(first, YUNI_HANDLE_LEGACY) == &t);
    /* The next handles take other slots, not the one just freed. */
    for (int i = 0; i < 100; i++) {
        next = yuni__handle_new(YUNI_HANDLE_LEGACY, &t);
        CHECK(next != 0);
        CHECK((next & (YUNI__HANDLE_SLOTS - 1)) != (first & (YUNI__HANDLE_SLOTS - 1)));
        CHECK(yuni__handle_peek(first, YUNI_HANDLE_LEGACY) == NULL);
        CHECK(yuni__handle_retire(next, YUNI_HANDLE_LEGACY) == &t);
    }
    /* Wrong types and forged words are refused by every lookup. */
    next = yuni__handle_new(YUNI_HANDLE_LEGACY, &t);
    CHECK(yuni__handle_peek(next, YUNI_HANDLE_CHIME) == NULL);
    CHECK(yuni__handle_borrow(next, YUNI_HANDLE_CHIME) == NULL);
    CHECK(yuni__handle_enter(next ^ ((uintptr_t)1 << YUNI__HANDLE_GEN_SHIFT), YUNI_HANDLE_LEGACY) == NULL);
    CHECK(yuni__handle_enter(0, YUNI_HANDLE_LEGACY) == NULL);
    CHECK(yuni__handle_retire_begin(next, YUNI_HANDLE_CHIME) == NULL);
    CHECK(yuni__handle_retire(next, YUNI_HANDLE_LEGACY) == &t);
}

void test_handle_depth_records_nesting(void) {
    struct thing t[YUNI__INSIDE_MAX + 3];
    uintptr_t h[YUNI__INSIDE_MAX + 3];
    int n = YUNI__INSIDE_MAX + 3;
    for (int i = 0; i < n; i++) {
        h[i] = yuni__handle_new(YUNI_HANDLE_LEGACY, &t[i]);
        CHECK(h[i] != 0);
        CHECK_EQ(yuni__handle_depth(h[i]), 0);
    }
    CHECK(yuni__handle_enter(h[0], YUNI_HANDLE_LEGACY) == &t[0]);
    CHECK(yuni__handle_enter(h[0], YUNI_HANDLE_LEGACY) == &t[0]);
    CHECK(yuni__handle_enter(h[1], YUNI_HANDLE_LEGACY) == &t[1]);
    CHECK_EQ(yuni__handle_depth(h[0]), 2);
    CHECK_EQ(yuni__handle_depth(h[1]), 1);
    /* Borrowing keeps no record. */
    CHECK(yuni__handle_borrow(h[2], YUNI_HANDLE_LEGACY) == &t[2]);
    CHECK_EQ(yuni__handle_depth(h[2]), 0);
    yuni__handle_return(h[2]);
    /* Leaving out of order. */
    yuni__handle_leave(h[0]);
    yuni__handle_leave(h[0]);
    CHECK_EQ(yuni__handle_depth(h[0]), 0);
    CHECK_EQ(yuni__handle_depth(h[1]), 1);
    yuni__handle_leave(h[1]);
    CHECK_EQ(yuni__handle_depth(h[1]), 0);
    /* Past the record's room, depth answers 1 for what it cannot see. */
    for (int i = 0; i < n; i++) CHECK(yuni__handle_enter(h[i], YUNI_HANDLE_LEGACY) == &t[i]);
    for (int i = 0; i < n; i++) CHECK(yuni__handle_depth(h[i]) >= 1);
    for (int i = n - 1; i >= 0; i--) yuni__handle_leave(h[i]);
    for (int i = 0; i < n; i++) {
        CHECK_EQ(yuni__handle_depth(h[i]), 0);
        CHECK(yuni__handle_retire(h[i], YUNI_HANDLE_LEGACY) == &t[i]);
    }
}

/* Users borrow and enter handles while others create and retire them as fast
 * as they can, so slots are recycled under their feet: every lookup that
 * succeeds must see the object of its own handle, alive, until it leaves. */
#define STORM_OBJECTS 8
static struct {
    _Atomic uintptr_t current[STORM_OBJECTS];
    struct thing things[STORM_OBJECTS];
    _Atomic int stop, bad;
    _Atomic uint64_t hits;
} storm;

static void* storm_user(void* arg) {
    unsigned seed = (unsigned)(uintptr_t)arg;
    while (!atomic_load(&storm.stop)) {
        int i = (int)(rand_r(&seed) % STORM_OBJECTS);
        uintptr_t h = atomic_load(&storm.current[i]);
        int enter = rand_r(&seed) & 1;
        struct thing* t = enter ? yuni__handle_enter(h, YUNI_HANDLE_LEGACY) : yuni__handle_borrow(h, YUNI_HANDLE_LEGACY);
        if (!t) continue;
        for (int k = 0; k < 8; k++)
            if (atomic_load(&t->alive) != 1 || atomic_load(&t->handle) != h) atomic_store(&storm.bad, 1);
        atomic_fetch_add_explicit(&storm.hits, 1, memory_order_relaxed);
        if (enter)
            yuni__handle_leave(h);
        else
            yuni__handle_return(h);
    }
    return NULL;
}

static void* storm_recycler(void* arg) {
    unsigned seed = (unsigned)(uintptr_t)arg;
    for (int round = 0; round < 20000 && !atomic_load(&storm.bad); round++) {
        int i = (int)(rand_r(&seed) % STORM_OBJECTS);
        uintptr_t h = atomic_exchange(&storm.current[i], 0);
        struct thing* t;
        if (!h) continue;
        t = yuni__handle_retire(h, YUNI_HANDLE_LEGACY);
        if (t != &storm.things[i]) atomic_store(&storm.bad, 2);
        /* Dead, then reborn in the same memory under a new handle. */
        atomic_store(&t->alive, 0);
        atomic_store(&t->handle, 0);
        atomic_store(&t->alive, 1);
        h = yuni__handle_new(YUNI_HANDLE_LEGACY, t);
        atomic_store(&t->handle, h);
        atomic_store(&storm.current[i], h);
    }
    return NULL;
}

void test_handle_recycling_storm(void) {
    pthread_t users[3], recyclers[2];
    atomic_store(&storm.stop, 0);
    atomic_store(&storm.bad, 0);
    for (int i = 0; i < STORM_OBJECTS; i++) {
        uintptr_t h;
        atomic_store(&storm.things[i].alive, 1);
        h = yuni__handle_new(YUNI_HANDLE_LEGACY, &storm.things[i]);
        atomic_store(&storm.things[i].handle, h);
        atomic_store(&storm.current[i], h);
    }
    for (int i = 0; i < 3; i++) CHECK_EQ(pthread_create(&users[i], NULL, storm_user, (void*)(uintptr_t)(i + 1)), 0);
    /* Each recycler owns half of the objects' turns by seed; both may pick
     * the same object, which the exchange on `current` arbitrates. */
    for (int i = 0; i < 2; i++)
        CHECK_EQ(pthread_create(&recyclers[i], NULL, storm_recycler, (void*)(uintptr_t)(i + 11)), 0);
    for (int i = 0; i < 2; i++) pthread_join(recyclers[i], NULL);
    atomic_store(&storm.stop, 1);
    for (int i = 0; i < 3; i++) pthread_join(users[i], NULL);
    CHECK_EQ(atomic_load(&storm.bad), 0);
    CHECK(atomic_load(&storm.hits) > 0);
    for (int i = 0; i < STORM_OBJECTS; i++) {
        uintptr_t h = atomic_load(&storm.current[i]);
        if (h) CHECK(yuni__handle_retire(h, YUNI_HANDLE_LEGACY) == &storm.things[i]);
    }
}
