/* SPSC byte rings in caller memory (layout: nccc.h, YUNI_RING_HEADER).
 *
 * The producer owns the written counter and the consumer the read counter;
 * each publishes its own with a release store and reads the other's with
 * an acquire load, so the bytes copied before a publish are visible to the
 * other side after it.  Counters only grow (wrapping at 2^64 is fine: only
 * their difference is used), so a full ring and an empty one differ. */
#include <string.h>

#include "offload_impl.h"

#define WRITTEN 0
#define READ 64
#define CAPACITY 128

static _Atomic uint64_t* counter(uint8_t* ring, size_t at) { return (_Atomic uint64_t*)(void*)(ring + at); }

/* The capacity, or 0 when the header is not a ring that fits in `len`
 * bytes (pass UINT64_MAX when the length is unknown). */
static uint64_t capacity(uint8_t* ring, uint64_t len) {
    if (!ring || ((uintptr_t)ring & 7) || len < YUNI_RING_HEADER) return 0;
    uint64_t cap = atomic_load_explicit(counter(ring, CAPACITY), memory_order_relaxed);
    if (cap == 0 || (cap & (cap - 1)) || cap > len - YUNI_RING_HEADER) return 0;
    return cap;
}

int64_t off_ring_init(uint8_t* mem, uint64_t len) {
    if (!mem || ((uintptr_t)mem & 7) || len <= YUNI_RING_HEADER) return -1;
    uint64_t room = len - YUNI_RING_HEADER, cap = 1;
    while (cap <= room / 2 && cap < ((uint64_t)1 << 62)) cap <<= 1;
    atomic_store_explicit(counter(mem, WRITTEN), 0, memory_order_relaxed);
    atomic_store_explicit(counter(mem, READ), 0, memory_order_relaxed);
    atomic_store_explicit(counter(mem, CAPACITY), cap, memory_order_release);
    return (int64_t)cap;
}

int64_t off_ring_count(uint8_t* ring, uint64_t len) {
    uint64_t cap = capacity(ring, len);
    if (!cap) return -1;
    uint64_t used = atomic_load_explicit(counter(ring, WRITTEN), memory_order_acquire) -
                    atomic_load_explicit(counter(ring, READ), memory_order_acquire);
    return used > cap ? -1 : (int64_t)used;
}

int64_t off_ring_put(uint8_t* ring, uint64_t len, const uint8_t* src, uint64_t n) {
    uint64_t cap = capacity(ring, len);
    if (!cap) return -1;
    uint64_t w = atomic_load_explicit(counter(ring, WRITTEN), memory_order_relaxed);
    uint64_t used = w - atomic_load_explicit(counter(ring, READ), memory_order_acquire);
    if (used > cap) return -1;
    if (n > cap - used) return 0;
    uint8_t* data = ring + YUNI_RING_HEADER;
    uint64_t at = w & (cap - 1), first = cap - at < n ? cap - at : n;
    if (first) memmove(data + at, src, first);
    if (n > first) memmove(data, src + first, n - first);
    atomic_store_explicit(counter(ring, WRITTEN), w + n, memory_order_release);
    return (int64_t)n;
}

int64_t off_ring_get(uint8_t* ring, uint64_t len, uint8_t* dst, uint64_t n) {
    uint64_t cap = capacity(ring, len);
    if (!cap) return -1;
    uint64_t r = atomic_load_explicit(counter(ring, READ), memory_order_relaxed);
    uint64_t used = atomic_load_explicit(counter(ring, WRITTEN), memory_order_acquire) - r;
    if (used > cap) return -1;
    if (n > used) n = used;
    const uint8_t* data = ring + YUNI_RING_HEADER;
    uint64_t at = r & (cap - 1), first = cap - at < n ? cap - at : n;
    if (first) memmove(dst, data + at, first);
    if (n > first) memmove(dst + first, data, n - first);
    atomic_store_explicit(counter(ring, READ), r + n, memory_order_release);
    return (int64_t)n;
}

/* ---- the C API ---- */

int64_t yuni_ring_init(void* mem, uint64_t bytes) {
    int64_t cap = off_ring_init(mem, bytes);
    if (cap < 0)
        return yuni__fail(YUNI_EINVAL, "yuni_ring_init: need 8-byte-aligned memory of more than %d bytes",
                          YUNI_RING_HEADER);
    return cap;
}

static int64_t not_a_ring(const char* who) {
    return yuni__fail(YUNI_EINVAL, "%s: not a ring (NULL, misaligned, or a damaged header)", who);
}

int64_t yuni_ring_put(void* ring, const void* src, uint64_t n) {
    if (!src && n) return yuni__fail(YUNI_EINVAL, "yuni_ring_put: src is NULL");
    int64_t got = off_ring_put(ring, UINT64_MAX, src, n);
    return got < 0 ? not_a_ring("yuni_ring_put") : got;
}

int64_t yuni_ring_get(void* ring, void* dst, uint64_t n) {
    if (!dst && n) return yuni__fail(YUNI_EINVAL, "yuni_ring_get: dst is NULL");
    int64_t got = off_ring_get(ring, UINT64_MAX, dst, n);
    return got < 0 ? not_a_ring("yuni_ring_get") : got;
}

int64_t yuni_ring_count(const void* ring) {
    int64_t got = off_ring_count((uint8_t*)(uintptr_t)ring, UINT64_MAX);
    return got < 0 ? not_a_ring("yuni_ring_count") : got;
}
