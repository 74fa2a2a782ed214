/* The baselines of the rt benchmark, in plain C: the same 64-sample biquad
 * on a pthread at SCHED_FIFO (the limit) and at the normal class, released
 * on the same absolute schedule and measured the same way as the offload
 * thread, into the same 1 µs histogram. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nccc.h"

struct baseline {
    int fifo;          /* 1: SCHED_FIFO 70, like realtime-audio */
    int granted_fifo;
    int64_t period_ns;
    volatile int stop;
    uint64_t runs, misses;
    int64_t max_ns;
    double z1, z2, out[64];
    pthread_t thread;
    uint64_t histogram[YUNI_THREAD_HISTOGRAM_BUCKETS];
};

static int64_t baseline_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The benchmark's biquad (the Offload program computes the same). */
static void baseline_biquad(struct baseline* b, uint64_t block) {
    for (int i = 0; i < 64; i++) {
        double x = (double)((block * 64 + (uint64_t)i) % 97) * 0.01 - 0.5;
        double y = 0.2 * x + b->z1;
        b->z1 = 0.4 * x - -0.3 * y + b->z2;
        b->z2 = 0.2 * x - 0.1 * y;
        b->out[i] = y;
    }
}

static void* baseline_main(void* arg) {
    struct baseline* b = arg;
    if (b->fifo) {
        struct sched_param p = {.sched_priority = 70};
        b->granted_fifo = pthread_setschedparam(pthread_self(), SCHED_FIFO, &p) == 0;
    }
    int64_t release = baseline_now();
    while (!b->stop) {
        struct timespec ts = {(time_t)(release / 1000000000), (long)(release % 1000000000)};
        while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) != 0) {
        }
        int64_t late = baseline_now() - release;
        uint64_t bucket = (uint64_t)(late < 0 ? 0 : late) / 1000;
        if (bucket >= YUNI_THREAD_HISTOGRAM_BUCKETS) bucket = YUNI_THREAD_HISTOGRAM_BUCKETS - 1;
        b->histogram[bucket]++;
        if (late > b->max_ns) b->max_ns = late;
        baseline_biquad(b, b->runs++);
        int64_t done = baseline_now();
        release += b->period_ns;
        if (done > release) {
            int64_t behind = (done - release) / b->period_ns + 1;
            b->misses += (uint64_t)behind;
            release += behind * b->period_ns;
        }
    }
    return NULL;
}

static struct baseline* baseline_start(int fifo, int64_t period_ns) {
    struct baseline* b = calloc(1, sizeof *b);
    b->fifo = fifo;
    b->period_ns = period_ns;
    pthread_create(&b->thread, NULL, baseline_main, b);
    return b;
}

static void baseline_stop(struct baseline* b) {
    b->stop = 1;
    pthread_join(b->thread, NULL);
}
