/* The chime storm: see storm.h. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "nccc.h"
#include "storm.h"

#define STORM_RINGERS 4
#define STORM_MEAN_BURST 32
struct storm {
    yuni_queue* queue;
    yuni_chime* chime[STORM_RINGERS];
    _Atomic uint32_t seq[STORM_RINGERS]; /* rings made */
    _Atomic uint32_t ack[STORM_RINGERS]; /* the seq the waiter saw after an event */
    _Atomic int ringers_left;
    _Atomic int stop;
    _Atomic long lost;
    long rounds;
    pthread_barrier_t round;
};
struct storm_ringer {
    struct storm* storm;
    int index;
};

/* Rings in rounds: all ringers burst at once (while the waiter drains the
 * first rings of the round), then all stop and each waits for an event
 * after its last ring.  Nobody rings in that gap, so a ring the protocol
 * dropped is not rescued by a later one: it shows as a 1 s silence. */
static void* storm_ringer_main(void* p) {
    struct storm_ringer* r = p;
    struct storm* s = r->storm;
    unsigned seed = (unsigned)r->index * 7919u + 1;
    for (long round = 0; round < s->rounds; round++) {
        long burst = 1 + rand_r(&seed) % (2 * STORM_MEAN_BURST - 1);
        uint32_t last = 0, seen;
        struct timespec limit = {1, 0};
        pthread_barrier_wait(&s->round);
        if (atomic_load(&s->stop)) continue; /* keep the barrier's count */
        for (long b = 0; b < burst; b++) {
            last = atomic_fetch_add(&s->seq[r->index], 1) + 1;
            yuni_chime_ring(s->chime[r->index]);
        }
        while ((seen = atomic_load(&s->ack[r->index])) < last) {
            if (syscall(SYS_futex, (uint32_t*)&s->ack[r->index], FUTEX_WAIT_PRIVATE, seen, &limit, NULL, 0) ==
                    -1 &&
                errno == ETIMEDOUT && atomic_load(&s->ack[r->index]) < last) {
                atomic_fetch_add(&s->lost, 1);
                atomic_store(&s->stop, 1); /* one is enough: do not wait out every round */
                break;
            }
        }
    }
    atomic_fetch_sub(&s->ringers_left, 1);
    return NULL;
}

long queue_storm(long total_rings) {
    static struct storm s;
    struct storm_ringer r[STORM_RINGERS];
    pthread_t th[STORM_RINGERS];
    yuni_chime* filler[200];
    yuni_event ev[16];
    memset(&s, 0, sizeof s);
    s.rounds = total_rings / (STORM_RINGERS * STORM_MEAN_BURST);
    pthread_barrier_init(&s.round, NULL, STORM_RINGERS);
    if (yuni_queue_create(0, &s.queue) != YUNI_OK) return -1;
    /* Spread the ringers' chimes over several bitmap words. */
    for (int i = 0; i < 200; i++)
        if (yuni_chime_create(s.queue, 1000 + (uint64_t)i, &filler[i]) != YUNI_OK) return -1;
    s.chime[0] = filler[0];
    s.chime[1] = filler[63];
    s.chime[2] = filler[64];
    s.chime[3] = filler[199];
    atomic_store(&s.ringers_left, STORM_RINGERS);
    for (int i = 0; i < STORM_RINGERS; i++) {
        r[i].storm = &s;
        r[i].index = i;
        pthread_create(&th[i], NULL, storm_ringer_main, &r[i]);
    }
    while (atomic_load(&s.ringers_left) > 0) {
        int n = yuni_queue_wait(s.queue, ev, 16, 100000000);
        for (int e = 0; e < n; e++) {
            for (int i = 0; i < STORM_RINGERS; i++) {
                if (ev[e].source != (uintptr_t)s.chime[i]) continue;
                atomic_store(&s.ack[i], atomic_load(&s.seq[i]));
                syscall(SYS_futex, (uint32_t*)&s.ack[i], FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
            }
        }
    }
    for (int i = 0; i < STORM_RINGERS; i++) pthread_join(th[i], NULL);
    pthread_barrier_destroy(&s.round);
    yuni_queue_destroy(s.queue);
    return atomic_load(&s.lost);
}

