/* The native heap: a TLSF allocator (two-level segregated fit) over one
 * mmap'ed, optionally mlock'ed and always pre-faulted region.
 *
 * Why TLSF: allocation and free are O(1) with a small bounded worst case
 * (a few bitmap scans and list splices, never a search), which is what a
 * real-time thread needs; the region never grows, so no system call or page
 * fault happens after create.
 *
 * Layout: [struct yuni_heap][block][block]...[sentinel header]. Each block has
 * a 32-byte header (previous physical block, size|flags, canary); a free
 * block keeps its free-list links in its first 16 payload bytes. Free blocks
 * never touch: they are merged on free, so each physical neighbour of a free
 * block is in use (or the sentinel). */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "core.h"

enum {
    ALIGN = 16,
    SL_LOG2 = 5, /* 32 second-level classes per power of two: <= 3% waste */
    SL_COUNT = 1 << SL_LOG2,
    FL_SHIFT = SL_LOG2 + 4,   /* sizes below 2^FL_SHIFT share first level 0 */
    SMALL = 1 << FL_SHIFT,    /* 512 */
    FL_COUNT = 32,            /* covers YUNI_HEAP_MAX_BYTES (2^38) */
};

#define BLOCK_FREE ((uint64_t)1)
#define BLOCK_PREV_FREE ((uint64_t)2)
#define FLAG_MASK ((uint64_t)15)
#define POISON_BYTE 0xDD

struct block {
    struct block* prev_phys; /* valid while the previous block is free */
    uint64_t size;           /* payload bytes | BLOCK_* flags */
    uint64_t canary;         /* address ^ heap secret while the header is live */
    uint64_t reserved;
    /* payload; while free it starts with the list links: */
    struct block* next_free;
    struct block* prev_free;
};
#define HDR ((size_t)offsetof(struct block, next_free))
#define MIN_PAYLOAD ((size_t)16) /* room for the free-list links */

#define ALL_FLAGS \
    (YUNI_HEAP_LOCK | YUNI_HEAP_LOCK_OPTIONAL | YUNI_HEAP_POISON | YUNI_HEAP_UNSYNCHRONIZED)

struct yuni_heap {
    uint32_t fl_map;
    uint32_t sl_map[FL_COUNT];
    struct block* lists[FL_COUNT][SL_COUNT];
    struct block* first;
    struct block* sentinel;
    uint64_t secret;
    uint32_t flags;
    uint32_t locked;
    pthread_mutex_t lock;
    void* map;
    size_t map_bytes;
    /* statistics */
    uint64_t total_bytes, free_bytes, used_bytes, high_water;
    uint64_t allocs, frees, failures, misuses;
    /* Offload threads using its memory (yuni_thread_opts.heap), and
     * PINS_DYING once a destroy has won: a pin and a destroy decide with one
     * CAS each, so a thread start cannot pin a heap that destroy is about to
     * unmap, and destroy cannot pass a pin taken after its check. */
    _Atomic uint32_t pins;
};
#define PINS_DYING 0x80000000u

/* ---- block helpers ---- */

static inline size_t bsize(const struct block* b) { return (size_t)(b->size & ~FLAG_MASK); }
static inline void* payload(const struct block* b) { return (char*)b + HDR; }
static inline struct block* from_payload(const void* p) { return (struct block*)((char*)p - HDR); }
static inline struct block* next_phys(const struct block* b) {
    return (struct block*)((char*)b + HDR + bsize(b));
}
static inline uint64_t canary_of(const yuni_heap* h, const struct block* b) {
    return (uint64_t)(uintptr_t)b ^ h->secret;
}

/* ---- size classes ---- */

static inline int fls_size(size_t x) { return 63 - __builtin_clzll((unsigned long long)x); }

static void mapping(size_t size, int* fl, int* sl) {
    if (size < SMALL) {
        *fl = 0;
        *sl = (int)(size / (SMALL / SL_COUNT));
    } else {
        int f = fls_size(size);
        *sl = (int)(size >> (f - SL_LOG2)) ^ SL_COUNT;
        *fl = f - (FL_SHIFT - 1);
    }
}

/* Round up to the next class boundary so that any block in the class found
 * is large enough: this is what makes the search a good fit in O(1). */
static void mapping_search(size_t size, int* fl, int* sl) {
    if (size >= SMALL) size += ((size_t)1 << (fls_size(size) - SL_LOG2)) - 1;
    mapping(size, fl, sl);
}

static void insert_free(yuni_heap* h, struct block* b) {
    int fl, sl;
    mapping(bsize(b), &fl, &sl);
    b->prev_free = NULL;
    b->next_free = h->lists[fl][sl];
    if (b->next_free) b->next_free->prev_free = b;
    h->lists[fl][sl] = b;
    h->fl_map |= 1u << fl;
    h->sl_map[fl] |= 1u << sl;
    h->free_bytes += bsize(b);
}

static void remove_free(yuni_heap* h, struct block* b) {
    int fl, sl;
    mapping(bsize(b), &fl, &sl);
    if (b->prev_free) b->prev_free->next_free = b->next_free;
    else h->lists[fl][sl] = b->next_free;
    if (b->next_free) b->next_free->prev_free = b->prev_free;
    if (!h->lists[fl][sl]) {
        h->sl_map[fl] &= ~(1u << sl);
        if (!h->sl_map[fl]) h->fl_map &= ~(1u << fl);
    }
    h->free_bytes -= bsize(b);
}

/* Take a free block of at least `size` payload bytes off its list. */
static struct block* take_free(yuni_heap* h, size_t size) {
    int fl, sl;
    uint32_t sl_bits, fl_bits;
    struct block* b = NULL;
    mapping_search(size, &fl, &sl);
    if (fl < FL_COUNT) {
        sl_bits = h->sl_map[fl] & (~0u << sl);
        if (!sl_bits) {
            fl_bits = fl + 1 < FL_COUNT ? h->fl_map & (~0u << (fl + 1)) : 0;
            if (fl_bits) {
                fl = __builtin_ctz(fl_bits);
                sl_bits = h->sl_map[fl];
            }
        }
        if (sl_bits) b = h->lists[fl][__builtin_ctz(sl_bits)];
    }
    if (!b) {
        /* The rounded-up class is empty; the request's own class may still
         * hold a block that fits (the last big block of a nearly full heap).
         * Looking at its head alone keeps this O(1). */
        mapping(size, &fl, &sl);
        if (fl >= FL_COUNT || !(b = h->lists[fl][sl]) || bsize(b) < size) return NULL;
    }
    remove_free(h, b);
    return b;
}

static void poison(const yuni_heap* h, void* p, size_t n) {
    if (h->flags & YUNI_HEAP_POISON) memset(p, POISON_BYTE, n);
}

/* Mark `b` (not on any list) free and put it on its list, merging with free
 * neighbours first so no two free blocks touch. */
static void release(yuni_heap* h, struct block* b) {
    struct block* next;
    b->size |= BLOCK_FREE;
    if (b->size & BLOCK_PREV_FREE) {
        struct block* prev = b->prev_phys;
        remove_free(h, prev);
        prev->size += HDR + bsize(b);
        b->canary = 0; /* a stale pointer to the absorbed block no longer matches */
        poison(h, b, HDR + MIN_PAYLOAD);
        b = prev;
    }
    next = next_phys(b);
    if (next->size & BLOCK_FREE) {
        remove_free(h, next);
        b->size += HDR + bsize(next);
        next->canary = 0;
        poison(h, next, HDR + MIN_PAYLOAD); /* its links too */
        next = next_phys(b);
    }
    next->prev_phys = b;
    next->size |= BLOCK_PREV_FREE;
    insert_free(h, b);
}

/* Cut `b` (in use, or about to be) to `size` payload bytes when the rest can
 * make a block of its own, and release the rest. */
static void trim(yuni_heap* h, struct block* b, size_t size) {
    struct block* rest;
    if (bsize(b) < size + HDR + MIN_PAYLOAD) return;
    rest = (struct block*)((char*)b + HDR + size);
    rest->size = (uint64_t)(bsize(b) - size - HDR); /* prev (b) is in use */
    rest->prev_phys = b;
    rest->canary = canary_of(h, rest);
    rest->reserved = 0;
    b->size = (uint64_t)size | (b->size & FLAG_MASK);
    next_phys(rest)->size &= ~BLOCK_PREV_FREE; /* release() sets it again */
    poison(h, payload(rest), bsize(rest));     /* a shrunk block's tail held data */
    release(h, rest);
}

static void mark_used(yuni_heap* h, struct block* b) {
    b->size &= ~BLOCK_FREE;
    next_phys(b)->size &= ~BLOCK_PREV_FREE;
    h->used_bytes += bsize(b);
    if (h->used_bytes > h->high_water) h->high_water = h->used_bytes;
    h->allocs++;
}

static size_t adjust(size_t size) {
    return size < MIN_PAYLOAD ? MIN_PAYLOAD : (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

static void* alloc_locked(yuni_heap* h, size_t size, size_t align) {
    size_t adj = adjust(size);
    struct block* b;
    if (align <= ALIGN) {
        b = take_free(h, adj);
        if (!b) return NULL;
    } else {
        /* Over-allocate so an aligned payload fits after a leading gap that
         * is either empty or big enough to be a free block of its own. */
        const size_t gap_min = HDR + MIN_PAYLOAD;
        uintptr_t p, aligned;
        size_t gap;
        b = take_free(h, adj + align + gap_min);
        if (!b) return NULL;
        p = (uintptr_t)payload(b);
        aligned = (p + align - 1) & ~(uintptr_t)(align - 1);
        if (aligned != p && aligned - p < gap_min)
            aligned = (p + gap_min + align - 1) & ~(uintptr_t)(align - 1);
        gap = aligned - p;
        if (gap) {
            struct block* nb = from_payload((void*)aligned);
            nb->size = (uint64_t)(bsize(b) - gap) | BLOCK_FREE | BLOCK_PREV_FREE;
            nb->prev_phys = b;
            nb->canary = canary_of(h, nb);
            nb->reserved = 0;
            next_phys(nb)->prev_phys = nb;
            b->size = (uint64_t)(gap - HDR) | (b->size & FLAG_MASK);
            insert_free(h, b);
            b = nb;
        }
    }
    trim(h, b, adj);
    mark_used(h, b);
    return payload(b);
}

/* ---- locking ---- */

static inline void heap_lock(yuni_heap* h) {
    if (!(h->flags & YUNI_HEAP_UNSYNCHRONIZED)) pthread_mutex_lock(&h->lock);
}
static inline void heap_unlock(yuni_heap* h) {
    if (!(h->flags & YUNI_HEAP_UNSYNCHRONIZED)) pthread_mutex_unlock(&h->lock);
}

/* Every call borrows the heap for its duration (core.h's rule), so destroy
 * waits for calls in progress before it unmaps.  An unsynchronized heap's
 * caller guarantees one thread at a time, destroy included: its handle has a
 * type of its own, so the lookup knows that from the handle alone, before it
 * reads any memory, and skips the borrow's two read-modify-writes (the mode
 * exists to be the fastest). */
static inline int unsync_handle(yuni_heap* handle) {
    return (((uintptr_t)handle >> YUNI__HANDLE_TYPE_SHIFT) & 15) == YUNI_HANDLE_HEAP_UNSYNC;
}
static inline yuni_heap* heap_borrow(yuni_heap* handle) {
    if (unsync_handle(handle)) return (yuni_heap*)yuni__handle_peek((uintptr_t)handle, YUNI_HANDLE_HEAP_UNSYNC);
    return (yuni_heap*)yuni__handle_borrow((uintptr_t)handle, YUNI_HANDLE_HEAP);
}
static inline void heap_return(yuni_heap* handle) {
    if (!unsync_handle(handle)) yuni__handle_return((uintptr_t)handle);
}

/* The block whose payload is `p`, if `p` is a live block of `h`; else NULL
 * and *why says what is wrong. */
static struct block* live_block(yuni_heap* h, const void* p, int32_t* why) {
    struct block* b;
    *why = YUNI_EINVAL;
    if ((const char*)p < (char*)payload(h->first) || (const char*)p >= (char*)h->sentinel ||
        ((uintptr_t)p & (ALIGN - 1)))
        return NULL;
    b = from_payload(p);
    if (b->canary != canary_of(h, b)) return NULL;
    if (b->size & BLOCK_FREE) {
        *why = YUNI_ESTATE; /* reported as a double free */
        return NULL;
    }
    if ((char*)next_phys(b) > (char*)h->sentinel) {
        *why = YUNI_ECORRUPT;
        return NULL;
    }
    return b;
}

static int32_t misuse(yuni_heap* h, int32_t why, const char* call, const void* p) {
    h->misuses++;
    if (why == YUNI_ESTATE)
        return yuni__fail(YUNI_EINVAL, "%s: %p was already freed (double free)", call, p);
    if (why == YUNI_ECORRUPT)
        return yuni__fail(YUNI_ECORRUPT, "%s: the header of block %p is corrupt", call, p);
    return yuni__fail(YUNI_EINVAL, "%s: %p is not a live block of this heap", call, p);
}

/* ---- public API ---- */

static uint64_t mix64(uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

int32_t yuni_heap_create(size_t bytes, uint32_t flags, yuni_heap** out) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t ctl = (sizeof(yuni_heap) + 63) & ~(size_t)63;
    size_t total;
    void* map;
    yuni_heap* h;
    struct timespec ts;
    uintptr_t handle;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_heap_create: out is NULL");
    *out = NULL;
    if (flags & ~ALL_FLAGS) return yuni__fail(YUNI_EINVAL, "yuni_heap_create: unknown flags %#x", flags & ~ALL_FLAGS);
    if ((flags & YUNI_HEAP_LOCK) && (flags & YUNI_HEAP_LOCK_OPTIONAL))
        return yuni__fail(YUNI_EINVAL, "yuni_heap_create: YUNI_HEAP_LOCK and YUNI_HEAP_LOCK_OPTIONAL exclude each other");
    if (bytes < YUNI_HEAP_MIN_BYTES || bytes > YUNI_HEAP_MAX_BYTES)
        return yuni__fail(YUNI_EINVAL, "yuni_heap_create: %zu bytes is outside [%zu, %zu]", bytes,
                          YUNI_HEAP_MIN_BYTES, YUNI_HEAP_MAX_BYTES);
    total = (ctl + bytes + HDR + page - 1) & ~(page - 1);
    map = mmap(NULL, total, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED)
        return yuni__fail(YUNI_ENOMEM, "yuni_heap_create: mmap of %zu bytes failed: %s", total, strerror(errno));
    /* Huge pages where the kernel offers them: block headers spread over a
     * large heap then cost far fewer TLB misses (a p99 matter). Advice only;
     * refusal changes nothing. */
    madvise(map, total, MADV_HUGEPAGE);
    h = (yuni_heap*)map;
    memset(h, 0, sizeof *h);
    if (flags & (YUNI_HEAP_LOCK | YUNI_HEAP_LOCK_OPTIONAL)) {
        if (mlock(map, total) == 0) { /* mlock also faults every page in */
            h->locked = 1;
        } else if (flags & YUNI_HEAP_LOCK) {
            int e = errno;
            munmap(map, total);
            return yuni__fail(YUNI_EPERM,
                              "yuni_heap_create: mlock of %zu bytes refused (%s): raise RLIMIT_MEMLOCK "
                              "(ulimit -l), grant CAP_IPC_LOCK, or pass YUNI_HEAP_LOCK_OPTIONAL",
                              total, strerror(e));
        }
    }
    if (!h->locked) {
        /* Pre-fault anyway: no page fault on a later alloc, locked or not. */
        size_t off;
        for (off = page; off < total; off += page) ((volatile char*)map)[off] = 0;
    }
    clock_gettime(CLOCK_MONOTONIC, &ts);
    h->secret = mix64((uint64_t)(uintptr_t)map ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32));
    h->flags = flags;
    h->map = map;
    h->map_bytes = total;
    h->first = (struct block*)((char*)map + ctl);
    h->sentinel = (struct block*)((char*)map + total - HDR);
    h->first->prev_phys = NULL;
    h->first->size = (uint64_t)((char*)h->sentinel - (char*)h->first - HDR);
    h->first->canary = canary_of(h, h->first);
    h->sentinel->size = 0; /* in use, size 0: nothing merges past the end */
    h->sentinel->canary = canary_of(h, h->sentinel);
    h->total_bytes = bsize(h->first);
    if (flags & YUNI_HEAP_POISON) memset(payload(h->first), POISON_BYTE, bsize(h->first));
    release(h, h->first);
    if (!(flags & YUNI_HEAP_UNSYNCHRONIZED)) {
        /* Priority inheritance: a real-time thread waiting for a host thread
         * that holds the lock lends it its priority (no unbounded inversion). */
        pthread_mutexattr_t attr;
        pthread_mutexattr_init(&attr);
#ifndef YUNI_TRANSPILED /* goroutines have no priorities to lend */
        pthread_mutexattr_setprotocol(&attr, PTHREAD_PRIO_INHERIT);
#endif
        pthread_mutex_init(&h->lock, &attr);
        pthread_mutexattr_destroy(&attr);
    }
    handle = yuni__handle_new(flags & YUNI_HEAP_UNSYNCHRONIZED ? YUNI_HANDLE_HEAP_UNSYNC : YUNI_HANDLE_HEAP, h);
    if (!handle) {
        munmap(map, total);
        return yuni__fail(YUNI_ENOMEM, "yuni_heap_create: too many live handles");
    }
    *out = (yuni_heap*)handle;
    return YUNI_OK;
}

int32_t yuni__heap_pin(yuni_heap* heap, int delta) {
    yuni_heap* h = heap_borrow(heap);
    int32_t st = YUNI_OK;
    if (!h) return YUNI_EBADHANDLE;
    if (delta < 0) {
        atomic_fetch_sub(&h->pins, 1);
    } else {
        uint32_t w = atomic_load(&h->pins);
        do {
            if (w & PINS_DYING) {
                st = YUNI_EBADHANDLE;
                break;
            }
        } while (!atomic_compare_exchange_weak(&h->pins, &w, w + 1));
    }
    heap_return(heap);
    return st;
}

int32_t yuni_heap_destroy(yuni_heap* heap) {
    yuni_heap* h = heap_borrow(heap);
    uint32_t pins = 0;
    uintptr_t handle = (uintptr_t)heap;
    if (!h) return yuni__fail(YUNI_EBADHANDLE, "yuni_heap_destroy: not a live heap");
    /* Step 1 and the decision in one CAS: no pins, and no other destroy. */
    int won = atomic_compare_exchange_strong(&h->pins, &pins, PINS_DYING);
    heap_return(heap);
    if (!won && (pins & PINS_DYING)) return yuni__fail(YUNI_EBADHANDLE, "yuni_heap_destroy: destroyed concurrently");
    if (!won)
        return yuni__fail(YUNI_EBUSY, "yuni_heap_destroy: %u offload threads use this heap; stop them first", pins);
    /* The CAS made this call the only destroy: the retire cannot lose. */
    yuni__handle_retire(handle, unsync_handle(heap) ? YUNI_HANDLE_HEAP_UNSYNC : YUNI_HANDLE_HEAP);
    if (!(h->flags & YUNI_HEAP_UNSYNCHRONIZED)) pthread_mutex_destroy(&h->lock);
    munmap(h->map, h->map_bytes);
    return YUNI_OK;
}

static void* alloc_in(yuni_heap* h, size_t size, size_t align) {
    void* p;
    if (align == 0) align = ALIGN;
    if (align & (align - 1)) {
        yuni__fail(YUNI_EINVAL, "yuni_heap_alloc: alignment %zu is not a power of two", align);
        return NULL;
    }
    heap_lock(h);
    p = size <= YUNI_HEAP_MAX_BYTES && align <= YUNI_HEAP_MAX_BYTES ? alloc_locked(h, size, align) : NULL;
    if (!p) h->failures++;
    heap_unlock(h);
    if (!p) yuni__fail(YUNI_ENOMEM, "yuni_heap_alloc: no free block for %zu bytes (align %zu)", size, align);
    return p;
}

static int32_t free_in(yuni_heap* h, void* block) {
    struct block* b;
    int32_t why;
    if (!block) return YUNI_OK;
    heap_lock(h);
    b = live_block(h, block, &why);
    if (!b) {
        why = misuse(h, why, "yuni_heap_free", block);
        heap_unlock(h);
        return why;
    }
    h->used_bytes -= bsize(b);
    h->frees++;
    poison(h, payload(b), bsize(b));
    release(h, b);
    heap_unlock(h);
    return YUNI_OK;
}

static int32_t resize_in(yuni_heap* h, void* block, size_t size) {
    struct block *b, *next;
    size_t adj, before;
    int32_t why;
    if (!block) return yuni__fail(YUNI_EINVAL, "yuni_heap_resize: block is NULL");
    if (size > YUNI_HEAP_MAX_BYTES)
        return yuni__fail(YUNI_ENOMEM, "yuni_heap_resize: %zu bytes exceeds any heap", size);
    adj = adjust(size);
    heap_lock(h);
    b = live_block(h, block, &why);
    if (!b) {
        why = misuse(h, why, "yuni_heap_resize", block);
        heap_unlock(h);
        return why;
    }
    before = bsize(b);
    if (adj > before) {
        next = next_phys(b);
        if (!(next->size & BLOCK_FREE) || before + HDR + bsize(next) < adj) {
            heap_unlock(h);
            return yuni__fail(YUNI_ENOMEM, "yuni_heap_resize: cannot grow %p to %zu bytes in place", block, size);
        }
        remove_free(h, next);
        b->size += HDR + bsize(next);
        next->canary = 0;
        next_phys(b)->size &= ~BLOCK_PREV_FREE;
    }
    trim(h, b, adj);
    h->used_bytes = h->used_bytes - before + bsize(b);
    if (h->used_bytes > h->high_water) h->high_water = h->used_bytes;
    heap_unlock(h);
    return YUNI_OK;
}

static size_t usable_size_in(yuni_heap* h, const void* block) {
    struct block* b;
    size_t n = 0;
    int32_t why;
    if (!block) return 0;
    heap_lock(h);
    b = live_block(h, block, &why);
    if (b) n = bsize(b);
    heap_unlock(h);
    return n;
}

static int32_t stats_in(yuni_heap* h, yuni_heap_statistics* out) {
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_heap_stats: out is NULL");
    heap_lock(h);
    memset(out, 0, sizeof *out);
    out->total_bytes = h->total_bytes;
    out->free_bytes = h->free_bytes;
    out->used_bytes = h->used_bytes;
    out->high_water = h->high_water;
    out->allocs = h->allocs;
    out->frees = h->frees;
    out->failures = h->failures;
    out->misuses = h->misuses;
    out->locked = h->locked;
    out->flags = h->flags;
    if (h->fl_map) {
        /* The largest block is in the highest non-empty class; that list is
         * not sorted, so walk it (stats are not a real-time call). */
        int fl = 31 - __builtin_clz(h->fl_map);
        int sl = 31 - __builtin_clz(h->sl_map[fl]);
        struct block* b;
        for (b = h->lists[fl][sl]; b; b = b->next_free)
            if (bsize(b) > out->largest_free) out->largest_free = bsize(b);
    }
    heap_unlock(h);
    return YUNI_OK;
}

static int32_t check_locked(yuni_heap* h) {
    struct block *b, *prev = NULL;
    uint64_t free_sum = 0, used_sum = 0, free_count = 0, listed = 0, listed_sum = 0;
    int fl, sl;
    for (b = h->first; b != h->sentinel; prev = b, b = next_phys(b)) {
        int prev_free = prev && (prev->size & BLOCK_FREE);
        if ((char*)b < (char*)h->first || (char*)b >= (char*)h->sentinel)
            return yuni__fail(YUNI_ECORRUPT, "heap check: block %p outside the region", (void*)b);
        if (b->canary != canary_of(h, b))
            return yuni__fail(YUNI_ECORRUPT, "heap check: block %p has a bad canary", (void*)b);
        if (!!(b->size & BLOCK_PREV_FREE) != prev_free)
            return yuni__fail(YUNI_ECORRUPT, "heap check: block %p disagrees about its neighbour", (void*)b);
        if (prev_free && b->prev_phys != prev)
            return yuni__fail(YUNI_ECORRUPT, "heap check: block %p has a wrong back link", (void*)b);
        if (prev_free && (b->size & BLOCK_FREE))
            return yuni__fail(YUNI_ECORRUPT, "heap check: free blocks %p and %p touch", (void*)prev, (void*)b);
        if (bsize(b) < MIN_PAYLOAD || (bsize(b) & (ALIGN - 1)) ||
            (char*)next_phys(b) > (char*)h->sentinel)
            return yuni__fail(YUNI_ECORRUPT, "heap check: block %p has a bad size", (void*)b);
        if (b->size & BLOCK_FREE) {
            free_sum += bsize(b);
            free_count++;
            if (h->flags & YUNI_HEAP_POISON) {
                const unsigned char* q = (const unsigned char*)payload(b);
                size_t i;
                for (i = MIN_PAYLOAD; i < bsize(b); i++)
                    if (q[i] != POISON_BYTE)
                        return yuni__fail(YUNI_ECORRUPT,
                                          "heap check: freed memory at %p was written after free",
                                          (void*)(q + i));
            }
        } else {
            used_sum += bsize(b);
        }
    }
    if (!!(h->sentinel->size & BLOCK_PREV_FREE) != (prev && (prev->size & BLOCK_FREE)))
        return yuni__fail(YUNI_ECORRUPT, "heap check: the end sentinel is corrupt");
    for (fl = 0; fl < FL_COUNT; fl++) {
        for (sl = 0; sl < SL_COUNT; sl++) {
            int want_fl, want_sl;
            int bit = !!(h->sl_map[fl] & (1u << sl));
            if (bit != !!h->lists[fl][sl])
                return yuni__fail(YUNI_ECORRUPT, "heap check: bitmap disagrees with list %d/%d", fl, sl);
            for (b = h->lists[fl][sl]; b; b = b->next_free) {
                mapping(bsize(b), &want_fl, &want_sl);
                if (!(b->size & BLOCK_FREE) || want_fl != fl || want_sl != sl)
                    return yuni__fail(YUNI_ECORRUPT, "heap check: block %p is on the wrong list", (void*)b);
                if (++listed > free_count)
                    return yuni__fail(YUNI_ECORRUPT, "heap check: the free lists hold more blocks than exist");
                listed_sum += bsize(b);
            }
        }
        if (!!(h->fl_map & (1u << fl)) != !!h->sl_map[fl])
            return yuni__fail(YUNI_ECORRUPT, "heap check: first-level bitmap is wrong at %d", fl);
    }
    if (listed != free_count || listed_sum != free_sum || free_sum != h->free_bytes ||
        used_sum != h->used_bytes)
        return yuni__fail(YUNI_ECORRUPT, "heap check: counters disagree with the blocks");
    return YUNI_OK;
}

static int32_t check_in(yuni_heap* h) {
    int32_t st;
    heap_lock(h);
    st = check_locked(h);
    heap_unlock(h);
    return st;
}

/* ---- the calls: each borrows the heap around its body ---- */

void* yuni_heap_alloc(yuni_heap* heap, size_t size, size_t align) {
    yuni_heap* h = heap_borrow(heap);
    void* p;
    if (!h) {
        yuni__fail(YUNI_EBADHANDLE, "yuni_heap_alloc: not a live heap");
        return NULL;
    }
    p = alloc_in(h, size, align);
    heap_return(heap);
    return p;
}

#define BORROWED(call, body)                                                         \
    yuni_heap* h = heap_borrow(heap);                                                \
    int32_t st;                                                                      \
    if (!h) return yuni__fail(YUNI_EBADHANDLE, call ": not a live heap");             \
    st = body;                                                                       \
    heap_return(heap);                                                               \
    return st

int32_t yuni_heap_free(yuni_heap* heap, void* block) { BORROWED("yuni_heap_free", free_in(h, block)); }
int32_t yuni_heap_resize(yuni_heap* heap, void* block, size_t size) {
    BORROWED("yuni_heap_resize", resize_in(h, block, size));
}
int32_t yuni_heap_stats(yuni_heap* heap, yuni_heap_statistics* out) { BORROWED("yuni_heap_stats", stats_in(h, out)); }
int32_t yuni_heap_check(yuni_heap* heap) { BORROWED("yuni_heap_check", check_in(h)); }

size_t yuni_heap_usable_size(yuni_heap* heap, const void* block) {
    yuni_heap* h = heap_borrow(heap);
    size_t n;
    if (!h) return 0;
    n = usable_size_in(h, block);
    heap_return(heap);
    return n;
}
