/* The native heap: a reference-model random test, exhaustion, coalescing,
 * resize, every misuse, poison, mlock and threads. */
#define _GNU_SOURCE
#include <linux/capability.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "nccc.h"

#define MiB ((size_t)1 << 20)

/* The sanitizer runtimes replace mlock with a no-op that reports success,
 * so what locking does cannot be observed in those builds. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SKIP_UNDER_SANITIZERS()                                   \
    do {                                                          \
        printf("skip: sanitizers make mlock a no-op\n");          \
        return;                                                   \
    } while (0)
#else
#define SKIP_UNDER_SANITIZERS() ((void)0)
#endif

static uint64_t rng_state = 0x243F6A8885A308D3ull;
static uint64_t rnd(void) { /* xorshift64*: repeatable across runs */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}
/* 16 B .. 64 KiB, log-uniform: the workload the benchmark uses too. */
static size_t random_size(void) { return (size_t)16 << (rnd() % 13) | (rnd() & 15); }

void test_heap_create_rejects_bad_arguments(void) {
    yuni_heap* h = (yuni_heap*)(uintptr_t)1;
    CHECK_EQ(yuni_heap_create(MiB, 0, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_heap_create(YUNI_HEAP_MIN_BYTES - 1, 0, &h), YUNI_EINVAL);
    CHECK(h == NULL);
    CHECK_EQ(yuni_heap_create(YUNI_HEAP_MAX_BYTES + 1, 0, &h), YUNI_EINVAL);
    CHECK_EQ(yuni_heap_create(SIZE_MAX, 0, &h), YUNI_EINVAL);
    CHECK_EQ(yuni_heap_create(MiB, 0x100, &h), YUNI_EINVAL);
    CHECK(strstr(yuni_error_detail(), "unknown flags") != NULL);
    CHECK_EQ(yuni_heap_create(MiB, YUNI_HEAP_LOCK | YUNI_HEAP_LOCK_OPTIONAL, &h), YUNI_EINVAL);
    CHECK_EQ(yuni_heap_create(YUNI_HEAP_MIN_BYTES, 0, &h), YUNI_OK);
    CHECK(yuni_heap_alloc(h, 1024, 0) != NULL);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_alloc_basics(void) {
    yuni_heap* h;
    yuni_heap_statistics st;
    void *a, *b, *z1, *z2;
    CHECK_EQ(yuni_heap_create(MiB, 0, &h), YUNI_OK);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK(st.total_bytes >= MiB - 4096 && st.total_bytes <= MiB + 8192);
    CHECK_EQ(st.free_bytes, st.total_bytes);
    CHECK_EQ(st.largest_free, st.total_bytes);
    a = yuni_heap_alloc(h, 100, 0);
    b = yuni_heap_alloc(h, 100, 0);
    CHECK(a && b && a != b);
    CHECK_EQ((uintptr_t)a % 16, 0);
    CHECK(yuni_heap_usable_size(h, a) >= 100);
    z1 = yuni_heap_alloc(h, 0, 0);
    z2 = yuni_heap_alloc(h, 0, 0);
    CHECK(z1 && z2 && z1 != z2);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK_EQ(st.allocs, 4);
    CHECK(st.used_bytes >= 232);
    CHECK_EQ(st.high_water, st.used_bytes);
    CHECK_EQ(yuni_heap_free(h, a), YUNI_OK);
    CHECK_EQ(yuni_heap_free(h, b), YUNI_OK);
    CHECK_EQ(yuni_heap_free(h, z1), YUNI_OK);
    CHECK_EQ(yuni_heap_free(h, z2), YUNI_OK);
    CHECK_EQ(yuni_heap_free(h, NULL), YUNI_OK);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK_EQ(st.used_bytes, 0);
    CHECK_EQ(st.frees, 4);
    CHECK_EQ(st.free_bytes, st.total_bytes); /* everything merged back */
    CHECK(st.high_water >= 232);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_aligned_alloc(void) {
    yuni_heap* h;
    size_t align;
    void* p[17];
    int n = 0, i;
    CHECK_EQ(yuni_heap_create(4 * MiB, 0, &h), YUNI_OK);
    for (align = 1; align <= 65536; align <<= 1) {
        p[n] = yuni_heap_alloc(h, 24 + align / 3, align);
        CHECK(p[n] != NULL);
        CHECK_EQ((uintptr_t)p[n] % (align < 16 ? 16 : align), 0);
        memset(p[n], 0x5A, 24 + align / 3);
        n++;
    }
    CHECK(yuni_heap_alloc(h, 16, 48) == NULL);
    CHECK(strstr(yuni_error_detail(), "power of two") != NULL);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    for (i = 0; i < n; i++) CHECK_EQ(yuni_heap_free(h, p[i]), YUNI_OK);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

/* The model: every live block with its size and fill byte. After every
 * step the invariants are checked against it: disjoint, aligned, contents
 * preserved; every 256 steps the heap's own check runs too. */
#define MODEL_SLOTS 512
struct live {
    unsigned char* p;
    size_t size, align;
    unsigned char fill;
};

static int by_address(const void* a, const void* b) {
    const struct live *x = a, *y = b;
    return x->p < y->p ? -1 : x->p > y->p;
}

static int model_consistent(yuni_heap* h, struct live* slots) {
    struct live sorted[MODEL_SLOTS];
    int n = 0, i;
    size_t k;
    for (i = 0; i < MODEL_SLOTS; i++) {
        if (!slots[i].p) continue;
        if ((uintptr_t)slots[i].p % slots[i].align) return 0;
        if (yuni_heap_usable_size(h, slots[i].p) < slots[i].size) return 0;
        for (k = 0; k < slots[i].size; k += 61)
            if (slots[i].p[k] != slots[i].fill) return 0;
        if (slots[i].size && slots[i].p[slots[i].size - 1] != slots[i].fill) return 0;
        sorted[n++] = slots[i];
    }
    qsort(sorted, (size_t)n, sizeof sorted[0], by_address);
    for (i = 1; i < n; i++)
        if (sorted[i - 1].p + yuni_heap_usable_size(h, sorted[i - 1].p) > sorted[i].p) return 0;
    return 1;
}

void test_heap_random_against_model(void) {
    static struct live slots[MODEL_SLOTS];
    yuni_heap* h;
    yuni_heap_statistics st;
    uint64_t expect_used = 0;
    int step, i;
    memset(slots, 0, sizeof slots);
    CHECK_EQ(yuni_heap_create(16 * MiB, YUNI_HEAP_POISON, &h), YUNI_OK);
    for (step = 0; step < 20000; step++) {
        struct live* s = &slots[rnd() % MODEL_SLOTS];
        uint64_t action = rnd() % 8;
        if (!s->p) {
            s->size = random_size();
            s->align = action == 0 ? (size_t)32 << (rnd() % 8) : 16;
            s->p = yuni_heap_alloc(h, s->size, s->align);
            if (!s->p) continue; /* full: allowed, and counted */
            s->fill = (unsigned char)(rnd() | 1);
            memset(s->p, s->fill, s->size);
            expect_used += yuni_heap_usable_size(h, s->p);
        } else if (action == 1) {
            size_t before = yuni_heap_usable_size(h, s->p);
            size_t want = random_size();
            int32_t r = yuni_heap_resize(h, s->p, want);
            CHECK(r == YUNI_OK || r == YUNI_ENOMEM);
            if (r == YUNI_OK) {
                if (want > s->size) memset(s->p + s->size, s->fill, want - s->size);
                s->size = want;
                expect_used = expect_used - before + yuni_heap_usable_size(h, s->p);
            }
        } else {
            expect_used -= yuni_heap_usable_size(h, s->p);
            CHECK_EQ(yuni_heap_free(h, s->p), YUNI_OK);
            s->p = NULL;
        }
        if (step % 64 == 0) CHECK(model_consistent(h, slots));
        if (step % 256 == 0) {
            if (yuni_heap_check(h) != YUNI_OK) fprintf(stderr, "step %d: %s\n", step, yuni_error_detail());
            CHECK_EQ(yuni_heap_check(h), YUNI_OK);
            CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
            CHECK_EQ(st.used_bytes, expect_used);
        }
    }
    CHECK(model_consistent(h, slots));
    for (i = 0; i < MODEL_SLOTS; i++)
        if (slots[i].p) CHECK_EQ(yuni_heap_free(h, slots[i].p), YUNI_OK);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK_EQ(st.free_bytes, st.total_bytes);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_exhaustion_and_recovery(void) {
    yuni_heap* h;
    yuni_heap_statistics st;
    static void* blocks[1 << 14];
    int n = 0, i;
    CHECK_EQ(yuni_heap_create(MiB, 0, &h), YUNI_OK);
    while (n < (1 << 14) && (blocks[n] = yuni_heap_alloc(h, 1000, 0)) != NULL) n++;
    CHECK(n > 900 && n < (1 << 14));
    CHECK(strstr(yuni_error_detail(), "no free block") != NULL);
    CHECK(yuni_heap_alloc(h, 1000, 0) == NULL);
    CHECK(yuni_heap_alloc(h, SIZE_MAX, 0) == NULL);
    CHECK(yuni_heap_alloc(h, 16, (size_t)1 << 62) == NULL);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK_EQ(st.failures, 4);
    CHECK(st.largest_free < 1000);
    for (i = 0; i < n; i += 2) CHECK_EQ(yuni_heap_free(h, blocks[i]), YUNI_OK);
    CHECK(yuni_heap_alloc(h, 2000, 0) == NULL); /* holes of 1000 do not merge */
    for (i = 1; i < n; i += 2) CHECK_EQ(yuni_heap_free(h, blocks[i]), YUNI_OK);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK_EQ(st.largest_free, st.total_bytes);
    CHECK(yuni_heap_alloc(h, st.total_bytes, 0) != NULL);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_churn_coalesces(void) {
    yuni_heap* h;
    yuni_heap_statistics st;
    static void* live[2048];
    int round, i;
    memset(live, 0, sizeof live);
    CHECK_EQ(yuni_heap_create(64 * MiB, 0, &h), YUNI_OK);
    for (round = 0; round < 100000; round++) {
        void** s = &live[rnd() % 2048];
        if (*s) {
            CHECK_EQ(yuni_heap_free(h, *s), YUNI_OK);
            *s = NULL;
        } else {
            *s = yuni_heap_alloc(h, random_size(), 0);
            CHECK(*s != NULL);
        }
    }
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    for (i = 0; i < 2048; i++) CHECK_EQ(yuni_heap_free(h, live[i]), YUNI_OK);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    /* After any churn, freeing everything leaves one block: no leak of
     * headers, no free blocks left unmerged. */
    CHECK_EQ(st.largest_free, st.total_bytes);
    CHECK_EQ(st.free_bytes, st.total_bytes);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_resize_in_place(void) {
    yuni_heap* h;
    unsigned char *a, *b, *c;
    CHECK_EQ(yuni_heap_create(MiB, YUNI_HEAP_POISON, &h), YUNI_OK);
    a = yuni_heap_alloc(h, 256, 0);
    b = yuni_heap_alloc(h, 256, 0);
    c = yuni_heap_alloc(h, 256, 0);
    CHECK(a && b && c);
    memset(a, 1, 256);
    CHECK_EQ(yuni_heap_resize(h, a, 1024), YUNI_ENOMEM); /* b is in the way */
    CHECK(strstr(yuni_error_detail(), "in place") != NULL);
    CHECK_EQ(yuni_heap_usable_size(h, a), 256);
    CHECK_EQ(yuni_heap_free(h, b), YUNI_OK);
    CHECK_EQ(yuni_heap_resize(h, a, 512), YUNI_OK); /* grows into b's space */
    CHECK(yuni_heap_usable_size(h, a) >= 512);
    CHECK_EQ(a[255], 1);
    CHECK_EQ(yuni_heap_resize(h, a, 32), YUNI_OK); /* shrinks, tail freed */
    CHECK_EQ(yuni_heap_usable_size(h, a), 32);
    CHECK_EQ(a[31], 1);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    CHECK_EQ(yuni_heap_resize(h, c, (size_t)1 << 40), YUNI_ENOMEM);
    CHECK_EQ(yuni_heap_resize(h, NULL, 16), YUNI_EINVAL);
    CHECK_EQ(yuni_heap_resize(h, b, 16), YUNI_EINVAL); /* freed and merged */
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_misuse_is_detected(void) {
    yuni_heap *h, *other;
    yuni_heap_statistics st;
    int on_stack[8];
    void* from_malloc = malloc(64);
    char *a, *x;
    CHECK_EQ(yuni_heap_create(MiB, 0, &h), YUNI_OK);
    CHECK_EQ(yuni_heap_create(MiB, 0, &other), YUNI_OK);
    a = yuni_heap_alloc(h, 128, 0);
    x = yuni_heap_alloc(other, 128, 0);
    CHECK(a && x);
    CHECK_EQ(yuni_heap_free(h, on_stack), YUNI_EINVAL);
    CHECK(strstr(yuni_error_detail(), "not a live block") != NULL);
    CHECK_EQ(yuni_heap_free(h, from_malloc), YUNI_EINVAL);
    CHECK_EQ(yuni_heap_free(h, x), YUNI_EINVAL); /* another heap's block */
    CHECK_EQ(yuni_heap_free(h, a + 16), YUNI_EINVAL); /* inside a block */
    CHECK_EQ(yuni_heap_free(h, a + 1), YUNI_EINVAL);  /* unaligned */
    CHECK_EQ(yuni_heap_usable_size(h, a + 16), 0);
    CHECK_EQ(yuni_heap_free(h, a), YUNI_OK);
    CHECK_EQ(yuni_heap_free(h, a), YUNI_EINVAL); /* double free */
    CHECK(strstr(yuni_error_detail(), "double free") != NULL);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK_EQ(st.misuses, 6);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK); /* nothing was damaged */
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
    CHECK_EQ(yuni_heap_free(other, x), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(other), YUNI_OK);
    free(from_malloc);
}

void test_heap_header_canary(void) {
    yuni_heap* h;
    char *a, *b;
    CHECK_EQ(yuni_heap_create(MiB, 0, &h), YUNI_OK);
    a = yuni_heap_alloc(h, 64, 0);
    b = yuni_heap_alloc(h, 64, 0);
    CHECK(a && b);
    memset(a, 0x41, (size_t)(b - a)); /* overrun a into b's header */
    CHECK_EQ(yuni_heap_free(h, b), YUNI_EINVAL);
    CHECK_EQ(yuni_heap_check(h), YUNI_ECORRUPT);
    CHECK(strstr(yuni_error_detail(), "canary") != NULL);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_poison_catches_write_after_free(void) {
    yuni_heap* h;
    char *a, *guard;
    CHECK_EQ(yuni_heap_create(MiB, YUNI_HEAP_POISON, &h), YUNI_OK);
    a = yuni_heap_alloc(h, 256, 0);
    guard = yuni_heap_alloc(h, 16, 0);
    CHECK(a && guard);
    CHECK_EQ(yuni_heap_free(h, a), YUNI_OK);
    CHECK_EQ((unsigned char)a[100], 0xDD);
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    a[100] = 1; /* write after free */
    CHECK_EQ(yuni_heap_check(h), YUNI_ECORRUPT);
    CHECK(strstr(yuni_error_detail(), "after free") != NULL);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}

void test_heap_bad_handles(void) {
    yuni_heap* h;
    yuni_heap_statistics st;
    yuni_heap* forged[] = {NULL, (yuni_heap*)(uintptr_t)1, (yuni_heap*)&st,
                           (yuni_heap*)(uintptr_t)UINTPTR_MAX, NULL};
    void* p;
    size_t i;
    CHECK_EQ(yuni_heap_create(MiB, 0, &h), YUNI_OK);
    p = yuni_heap_alloc(h, 64, 0);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
    forged[4] = h; /* destroyed */
    for (i = 0; i < sizeof forged / sizeof forged[0]; i++) {
        CHECK(yuni_heap_alloc(forged[i], 16, 0) == NULL);
        CHECK(strstr(yuni_error_detail(), "not a live heap") != NULL);
        CHECK_EQ(yuni_heap_free(forged[i], p), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_heap_resize(forged[i], p, 8), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_heap_usable_size(forged[i], p), 0);
        CHECK_EQ(yuni_heap_stats(forged[i], &st), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_heap_check(forged[i]), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_heap_destroy(forged[i]), YUNI_EBADHANDLE);
    }
    /* A new heap reusing the slot does not revive the old handle. */
    {
        yuni_heap* again;
        CHECK_EQ(yuni_heap_create(MiB, 0, &again), YUNI_OK);
        CHECK(again != h);
        CHECK_EQ(yuni_heap_stats(h, &st), YUNI_EBADHANDLE);
        CHECK_EQ(yuni_heap_stats(again, NULL), YUNI_EINVAL);
        CHECK_EQ(yuni_heap_destroy(again), YUNI_OK);
    }
}

static long vmlck_kib(void) {
    FILE* f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmLck: %ld kB", &kib) == 1) break;
    fclose(f);
    return kib;
}

void test_heap_locked_region_in_vmlck(void) {
    yuni_heap* h;
    yuni_heap_statistics st;
    long before = vmlck_kib(), after;
    SKIP_UNDER_SANITIZERS();
    CHECK(before >= 0);
    CHECK_EQ(yuni_heap_create(8 * MiB, YUNI_HEAP_LOCK_OPTIONAL, &h), YUNI_OK);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    if (!st.locked) {
        printf("skip: mlock of 8 MiB not permitted here (RLIMIT_MEMLOCK); the heap runs unlocked\n");
        CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
        return;
    }
    after = vmlck_kib();
    CHECK(after - before >= 8 * 1024);
    CHECK_EQ(st.flags, YUNI_HEAP_LOCK_OPTIONAL);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
    CHECK(vmlck_kib() - before < 8 * 1024); /* unlocked again at destroy */
}

/* In a child: drop CAP_IPC_LOCK (root ignores RLIMIT_MEMLOCK with it) and
 * lower the limit, so locking 4 MiB must be refused. */
static int lock_refused_child(void) {
    struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct data[2];
    struct rlimit rl = {64 * 1024, 64 * 1024};
    yuni_heap* h;
    yuni_heap_statistics st;
    if (syscall(SYS_capget, &hdr, data) == 0) {
        data[CAP_IPC_LOCK / 32].effective &= ~(1u << (CAP_IPC_LOCK % 32));
        data[CAP_IPC_LOCK / 32].permitted &= ~(1u << (CAP_IPC_LOCK % 32));
        if (syscall(SYS_capset, &hdr, data) != 0) return 10;
    }
    if (setrlimit(RLIMIT_MEMLOCK, &rl) != 0) return 11;
    if (yuni_heap_create(4 * MiB, YUNI_HEAP_LOCK, &h) != YUNI_EPERM) return 12;
    if (!strstr(yuni_error_detail(), "RLIMIT_MEMLOCK")) return 13;
    if (yuni_heap_create(4 * MiB, YUNI_HEAP_LOCK_OPTIONAL, &h) != YUNI_OK) return 14;
    if (yuni_heap_stats(h, &st) != YUNI_OK || st.locked) return 15;
    if (!yuni_heap_alloc(h, MiB, 0)) return 16;
    return yuni_heap_destroy(h) == YUNI_OK ? 0 : 17;
}

void test_heap_lock_not_permitted(void) {
    int status = 0;
    pid_t pid;
    SKIP_UNDER_SANITIZERS();
    fflush(NULL);
    pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) _exit(lock_refused_child());
    CHECK_EQ(waitpid(pid, &status, 0), pid);
    CHECK(WIFEXITED(status));
    CHECK_EQ(WEXITSTATUS(status), 0);
}

struct thread_arg {
    yuni_heap* heap;
    int failures;
    uint64_t seed;
};

static void* churn_thread(void* p) {
    struct thread_arg* arg = p;
    unsigned char* live[64] = {0};
    size_t sizes[64];
    int i, round;
    uint64_t s = arg->seed;
    for (round = 0; round < 20000; round++) {
        int k;
        s ^= s << 13, s ^= s >> 7, s ^= s << 17;
        k = (int)(s % 64);
        if (live[k]) {
            if (live[k][0] != (unsigned char)k || live[k][sizes[k] - 1] != (unsigned char)k) arg->failures++;
            if (yuni_heap_free(arg->heap, live[k]) != YUNI_OK) arg->failures++;
            live[k] = NULL;
        } else {
            sizes[k] = 16 + (size_t)(s >> 20) % 4000;
            live[k] = yuni_heap_alloc(arg->heap, sizes[k], 0);
            if (!live[k]) arg->failures++;
            else memset(live[k], k, sizes[k]);
        }
    }
    for (i = 0; i < 64; i++)
        if (live[i] && yuni_heap_free(arg->heap, live[i]) != YUNI_OK) arg->failures++;
    return NULL;
}

void test_heap_threads_share_a_heap(void) {
    yuni_heap* h;
    yuni_heap_statistics st;
    pthread_t t[4];
    struct thread_arg args[4];
    int i;
    CHECK_EQ(yuni_heap_create(16 * MiB, 0, &h), YUNI_OK);
    for (i = 0; i < 4; i++) {
        args[i].heap = h;
        args[i].failures = 0;
        args[i].seed = 0x9E3779B97F4A7C15ull * (uint64_t)(i + 1);
        CHECK_EQ(pthread_create(&t[i], NULL, churn_thread, &args[i]), 0);
    }
    for (i = 0; i < 4; i++) {
        CHECK_EQ(pthread_join(t[i], NULL), 0);
        CHECK_EQ(args[i].failures, 0);
    }
    CHECK_EQ(yuni_heap_check(h), YUNI_OK);
    CHECK_EQ(yuni_heap_stats(h, &st), YUNI_OK);
    CHECK_EQ(st.used_bytes, 0);
    CHECK_EQ(st.allocs, st.frees);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
}
