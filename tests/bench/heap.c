/* Benchmark: the native heap against glibc malloc on the same random
 * workload (sizes 16 B..64 KiB, log-uniform; 4096 slots, each step frees the
 * slot's block or allocates one), every operation timed on its own.
 *
 *   bench_heap [steps]        default 2,000,000 steps
 *
 * Prints `name: value` lines. Timer overhead (median of an empty timed
 * region) is subtracted from every sample, for both allocators alike. */
#include "bench.h"
#include "nccc.h"

#define SLOTS 4096
#define HEAP_BYTES ((size_t)96 << 20)

struct op {
    uint32_t slot;
    uint32_t size;
};

static uint64_t rng = 0x853C49E6748FEA9Bull;
static uint64_t rnd(void) {
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    return rng * 0x2545F4914F6CDD1Dull;
}

typedef void* (*alloc_fn)(void* ctx, size_t n);
typedef void (*free_fn)(void* ctx, void* p);

static void* heap_alloc(void* ctx, size_t n) { return yuni_heap_alloc((yuni_heap*)ctx, n, 0); }
static void heap_free(void* ctx, void* p) { yuni_heap_free((yuni_heap*)ctx, p); }
static void* libc_alloc(void* ctx, size_t n) { (void)ctx; return malloc(n); }
static void libc_free(void* ctx, void* p) { (void)ctx; free(p); }

static uint64_t overhead;

/* Runs the workload; fills samples[] with per-op ticks; returns failures. */
static size_t run(const struct op* ops, size_t steps, alloc_fn af, free_fn ff, void* ctx,
                  uint64_t* samples) {
    static void* live[SLOTS];
    size_t i, failures = 0;
    memset(live, 0, sizeof live);
    for (i = 0; i < steps; i++) {
        void** s = &live[ops[i].slot];
        uint64_t t0, t1;
        if (*s) {
            t0 = bench_ticks();
            ff(ctx, *s);
            t1 = bench_ticks();
            *s = NULL;
        } else {
            t0 = bench_ticks();
            *s = af(ctx, ops[i].size);
            t1 = bench_ticks();
            if (!*s) failures++;
            else ((volatile char*)*s)[0] = 1; /* used memory, as a program would */
        }
        samples[i] = t1 - t0 > overhead ? t1 - t0 - overhead : 0;
    }
    for (i = 0; i < SLOTS; i++)
        if (live[i]) ff(ctx, live[i]);
    return failures;
}

struct summary {
    double p50, p99, p999, max;
};

static struct summary report(const char* name, uint64_t* s, size_t n) {
    struct summary r;
    qsort(s, n, sizeof *s, bench_cmp_u64);
    r.p50 = bench_percentile_ns(s, n, 0.50, 1);
    r.p99 = bench_percentile_ns(s, n, 0.99, 1);
    r.p999 = bench_percentile_ns(s, n, 0.999, 1);
    r.max = (double)s[n - 1] * bench_ns_per_tick;
    printf("%s_p50_ns: %.1f\n%s_p99_ns: %.1f\n%s_p999_ns: %.1f\n%s_max_ns: %.1f\n", name, r.p50,
           name, r.p99, name, r.p999, name, r.max);
    return r;
}

int main(int argc, char** argv) {
    size_t steps = argc > 1 ? (size_t)strtoull(argv[1], NULL, 10) : 2000000, i, fail;
    struct op* ops = calloc(steps, sizeof *ops);
    uint64_t* samples = calloc(steps, sizeof *samples);
    uint64_t empty[1001];
    yuni_heap* h;
    yuni_heap_statistics st;
    struct summary heap, glibc;
    if (!ops || !samples) return 1;
    bench_pin(0, "benchmark thread");
    bench_fifo("benchmark thread");
    bench_calibrate();
    for (i = 0; i < 1001; i++) {
        uint64_t t0 = bench_ticks();
        empty[i] = bench_ticks() - t0;
    }
    qsort(empty, 1001, sizeof empty[0], bench_cmp_u64);
    overhead = empty[500];
    printf("timer_overhead_ns: %.1f (subtracted)\n", (double)overhead * bench_ns_per_tick);
    for (i = 0; i < steps; i++) {
        ops[i].slot = (uint32_t)(rnd() % SLOTS);
        ops[i].size = (uint32_t)((16u << (rnd() % 13)) | (rnd() & 15)); /* 16 B .. 64 KiB */
    }
    printf("workload: %zu steps, %d slots, sizes 16 B..64 KiB log-uniform, heap %zu MiB\n", steps,
           SLOTS, HEAP_BYTES >> 20);

    if (yuni_heap_create(HEAP_BYTES, YUNI_HEAP_LOCK_OPTIONAL, &h) != YUNI_OK) {
        fprintf(stderr, "heap: %s\n", yuni_error_detail());
        return 1;
    }
    run(ops, steps / 4, heap_alloc, heap_free, h, samples); /* warm caches and TLB */
    fail = run(ops, steps, heap_alloc, heap_free, h, samples);
    yuni_heap_stats(h, &st);
    printf("heap_locked: %u\n", st.locked);
    heap = report("heap", samples, steps);
    printf("heap_failures: %zu\n", fail);

    /* Fragmentation after churn: run the workload half-way (live blocks
     * left in place) and see how much of the free space one block holds. */
    {
        static void* live[SLOTS];
        memset(live, 0, sizeof live);
        for (i = 0; i < steps / 2; i++) {
            void** s = &live[ops[i].slot];
            if (*s) {
                yuni_heap_free(h, *s);
                *s = NULL;
            } else {
                *s = yuni_heap_alloc(h, ops[i].size, 0);
            }
        }
        yuni_heap_stats(h, &st);
        printf("churn_live_mib: %.1f\n", (double)st.used_bytes / 1048576.0);
        printf("fragmentation_pct: %.2f\n",
               100.0 * (1.0 - (double)st.largest_free / (double)st.free_bytes));
        for (i = 0; i < SLOTS; i++) yuni_heap_free(h, live[i]);
    }
    yuni_heap_destroy(h);

    if (yuni_heap_create(HEAP_BYTES, YUNI_HEAP_LOCK_OPTIONAL | YUNI_HEAP_UNSYNCHRONIZED, &h) != YUNI_OK)
        return 1;
    run(ops, steps / 4, heap_alloc, heap_free, h, samples);
    run(ops, steps, heap_alloc, heap_free, h, samples);
    report("heap_unsync", samples, steps);
    yuni_heap_destroy(h);

    run(ops, steps / 4, libc_alloc, libc_free, NULL, samples);
    run(ops, steps, libc_alloc, libc_free, NULL, samples);
    glibc = report("glibc", samples, steps);
    printf("heap_vs_glibc_p50_ratio: %.3f\n", heap.p50 / glibc.p50);
    printf("heap_vs_glibc_p99_ratio: %.3f\n", heap.p99 / glibc.p99);
    printf("heap_vs_glibc_max_ratio: %.4f\n", heap.max / glibc.max);
    return 0;
}
