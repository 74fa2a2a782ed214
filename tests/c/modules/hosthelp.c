/* What host tests (Racket, Chez) need from C that a Scheme cannot do
 * itself: a pthread the host never saw ringing a chime, and a blocking
 * NCCC function for async calls. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "nccc.h"

#define HOSTHELP_API __attribute__((visibility("default")))

static _Atomic uint32_t ring_seq;

struct ringer {
    yuni_chime* chime;
    int count, interval_us;
};

static void* ringer_main(void* p) {
    struct ringer r = *(struct ringer*)p;
    free(p);
    for (int i = 0; i < r.count; i++) {
        struct timespec ts = {r.interval_us / 1000000, (r.interval_us % 1000000) * 1000L};
        nanosleep(&ts, NULL);
        atomic_fetch_add(&ring_seq, 1); /* before the ring: an event after it must see this */
        yuni_chime_ring(r.chime);
    }
    return NULL;
}

/* Ring `chime` count times, interval_us apart, from a new detached pthread. */
HOSTHELP_API int hosthelp_ringer_start(yuni_chime* chime, int count, int interval_us) {
    pthread_t th;
    pthread_attr_t attr;
    struct ringer* r = malloc(sizeof *r);
    if (!r) return -1;
    r->chime = chime;
    r->count = count;
    r->interval_us = interval_us;
    atomic_store(&ring_seq, 0);
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (pthread_create(&th, &attr, ringer_main, r) != 0) {
        free(r);
        return -1;
    }
    pthread_attr_destroy(&attr);
    return 0;
}

/* Rings made so far by the current ringer. */
HOSTHELP_API uint32_t hosthelp_ring_seq(void) { return atomic_load(&ring_seq); }

/* NCCC: in = [ms:s64, x:s64], out = [x + 1:s64] after blocking ms. */
HOSTHELP_API void hosthelp_block(const nccv64* in, nccv64* out) {
    struct timespec ts = {in[0].s64 / 1000, (in[0].s64 % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
    out[0].s64 = in[1].s64 + 1;
}
