/* Helpers shared by the benchmark programs: a cycle timer calibrated
 * against CLOCK_MONOTONIC, percentiles, thread placement. Benchmarks print
 * `name: value` lines; every figure is compared with a baseline measured in
 * the same run. */
#ifndef YUNI_BENCH_H
#define YUNI_BENCH_H

#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <x86intrin.h>

static double bench_ns_per_tick;

static inline uint64_t bench_ticks(void) {
    unsigned aux;
    return __rdtscp(&aux);
}

static inline uint64_t bench_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Calibrate the TSC over 200 ms. */
static inline void bench_calibrate(void) {
    uint64_t t0 = bench_now_ns(), c0 = bench_ticks(), t1, c1;
    do t1 = bench_now_ns(); while (t1 - t0 < 200000000ull);
    c1 = bench_ticks();
    bench_ns_per_tick = (double)(t1 - t0) / (double)(c1 - c0);
}

static inline int bench_cmp_u64(const void* a, const void* b) {
    uint64_t x = *(const uint64_t*)a, y = *(const uint64_t*)b;
    return x < y ? -1 : x > y;
}

/* Sorts `v` in place; q in [0,1]. */
static inline double bench_percentile_ns(uint64_t* v, size_t n, double q, int sorted) {
    size_t i;
    if (!sorted) qsort(v, n, sizeof *v, bench_cmp_u64);
    i = (size_t)(q * (double)(n - 1) + 0.5);
    return (double)v[i] * bench_ns_per_tick;
}

/* Pin the calling thread to one CPU and say so. */
static inline void bench_pin(int cpu, const char* who) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof set, &set) == 0)
        printf("placement: %s pinned to cpu %d\n", who, cpu);
    else
        printf("placement: %s not pinned (sched_setaffinity refused)\n", who);
}

/* Run the calling thread at SCHED_FIFO when permitted, so the kernel's own
 * preemption does not masquerade as the measured code's worst case. */
#include <pthread.h>
static inline void bench_fifo(const char* who) {
    struct sched_param sp;
    sp.sched_priority = 10;
    if (pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp) == 0)
        printf("class: %s at SCHED_FIFO 10\n", who);
    else
        printf("class: %s at SCHED_OTHER (SCHED_FIFO not permitted)\n", who);
}

#endif
