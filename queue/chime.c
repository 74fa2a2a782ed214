/* Chimes: in-process wake-ups over one eventfd and a two-level pending
 * bitmap per queue (DESIGN.md §5).
 *
 * Ring (any thread, signal handlers included; lock-free, no allocation):
 *   1. pending 0 -> 1 on the chime (already 1: done, one load);
 *   2. set the chime's bit in words[w], then bit w in summary;
 *   3. signalled 0 -> 1 on the queue; the winner writes the eventfd.
 * Wait (one thread, under the queue's lock):
 *   a. epoll reports the eventfd (edge-triggered: never read, each write is
 *      a new edge, so the drain costs no syscall);
 *   b. signalled -> 0, then summary -> 0, then each flagged word -> 0, then
 *      each chime's pending -> 0, and only then the event is emitted.
 * Every step is a seq_cst read-modify-write, so in the single order of them
 * a ringer that sees a flag still set (pending, summary bit, signalled) sees
 * it before the waiter's clear of that flag, and the waiter's later steps
 * then see the ringer's bits: a ring that returns is always followed by an
 * event.  tests/c/test_queue.c storms this; ringers skip the read-modify-
 * writes whose flag they find already set, which is what makes a ring of a
 * signalled queue a few loads. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "queue_impl.h"

static struct chime* chime_at(struct yuni_queue* q, uint32_t index) {
    struct chime* chunk = q->chunks[index / CHIME_CHUNK];
    return chunk ? &chunk[index % CHIME_CHUNK] : NULL;
}

/* Make sure the waiter will wake: signalled 0 -> 1 and write the eventfd.
 * Async-signal-safe (an atomic and write(2)). */
static void signal_queue(struct yuni_queue* q) {
    if (atomic_load(&q->signalled) || atomic_exchange(&q->signalled, 1)) return;
    uint64_t one = 1;
    while (write(q->eventfd, &one, sizeof one) < 0 && errno == EINTR) {
    }
    atomic_fetch_add_explicit(&q->kernel_wakes, 1, memory_order_relaxed);
}

/* A new edge even though signalled stays 1: the waiter leaves events it had
 * no room for, and the queue's fd must keep polling readable. */
void queue_resignal(struct yuni_queue* q) {
    uint64_t one = 1;
    atomic_store(&q->signalled, 1);
    while (write(q->eventfd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

void chime_ring(struct chime* c) {
    struct yuni_queue* q = c->queue;
    uint32_t w = c->index / 64;
    uint64_t bit = 1ull << (c->index % 64);
    if (atomic_load(&c->pending) || atomic_exchange(&c->pending, 1)) return;
    atomic_fetch_or(&q->words[w], bit);
    if (!(atomic_load(&q->summary) & (1ull << w))) atomic_fetch_or(&q->summary, 1ull << w);
    signal_queue(q);
}

int32_t yuni_chime_ring(yuni_chime* handle) {
    struct chime* c = yuni__handle_peek((uintptr_t)handle, YUNI_HANDLE_CHIME);
    if (!c) return YUNI_EBADHANDLE; /* no detail: that is not async-signal-safe */
    chime_ring(c);
    return YUNI_OK;
}

int32_t chime_new(struct yuni_queue* q, uint64_t tag, uint32_t kind, struct source* src, struct chime** out) {
    struct chime* c;
    uint32_t index;
    if (q->chime_free) {
        index = q->chime_free - 1;
        c = chime_at(q, index);
        q->chime_free = c->next_free;
    } else {
        if (q->chime_top >= YUNI_QUEUE_MAX_CHIMES) return YUNI_ETOOBIG;
        index = q->chime_top;
        if (!q->chunks[index / CHIME_CHUNK]) {
            /* Chunks live as long as the queue's memory (it is recycled,
             * never freed), so a late ringer never touches freed memory. */
            struct chime* chunk = aligned_alloc(64, sizeof(struct chime) * CHIME_CHUNK);
            if (!chunk) return YUNI_ENOMEM;
            memset(chunk, 0, sizeof(struct chime) * CHIME_CHUNK);
            for (uint32_t i = 0; i < CHIME_CHUNK; i++) {
                chunk[i].queue = q;
                chunk[i].index = index + i;
            }
            q->chunks[index / CHIME_CHUNK] = chunk;
        }
        q->chime_top++;
        c = chime_at(q, index);
    }
    c->tag = tag;
    c->kind = kind;
    c->source = src;
    atomic_store(&c->pending, 0);
    c->handle = yuni__handle_new(YUNI_HANDLE_CHIME, c);
    if (!c->handle) {
        c->next_free = q->chime_free;
        q->chime_free = index + 1;
        return YUNI_ENOMEM;
    }
    q->nchimes++;
    *out = c;
    return YUNI_OK;
}

/* Kill a chime: its handle first (new rings fail), then its bit, so the
 * slot's next owner inherits at most what a racing ring left. */
void chime_free_locked(struct yuni_queue* q, struct chime* c) {
    yuni__handle_retire(c->handle, YUNI_HANDLE_CHIME);
    c->handle = 0;
    c->source = NULL;
    atomic_fetch_and(&q->words[c->index / 64], ~(1ull << (c->index % 64)));
    atomic_store(&c->pending, 0);
    c->next_free = q->chime_free;
    q->chime_free = c->index + 1;
    q->nchimes--;
}

/* Turn pending chimes into events, at most `room`; what does not fit is put
 * back and the queue signalled again. */
int chime_drain_locked(struct yuni_queue* q, yuni_event* ev, int room) {
    uint64_t sum = atomic_exchange(&q->summary, 0);
    int n = 0;
    while (sum) {
        uint32_t w = (uint32_t)__builtin_ctzll(sum);
        uint64_t bits;
        if (n >= room) break;
        sum &= sum - 1;
        bits = atomic_exchange(&q->words[w], 0);
        while (bits) {
            uint32_t b = (uint32_t)__builtin_ctzll(bits);
            struct chime* c;
            if (n >= room) {
                atomic_fetch_or(&q->words[w], bits);
                sum |= 1ull << w;
                break;
            }
            bits &= bits - 1;
            c = chime_at(q, w * 64 + b);
            if (!c || !c->handle || !atomic_exchange(&c->pending, 0)) continue;
            if (c->kind == CHIME_USER) {
                ev[n].type = YUNI_EVENT_CHIME;
                ev[n].flags = 0;
                ev[n].tag = c->tag;
                ev[n].value = 0;
                ev[n].source = c->handle;
                n++;
            } else {
                n += source_chime_event(c->source, &ev[n]);
            }
        }
    }
    if (sum) {
        atomic_fetch_or(&q->summary, sum);
        queue_resignal(q);
    }
    return n;
}

int32_t yuni_chime_create(yuni_queue* handle, uint64_t tag, yuni_chime** out) {
    struct yuni_queue* q = queue_get(handle);
    struct chime* c;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_chime_create: out is NULL");
    *out = NULL;
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_chime_create: not a live queue");
    if (q->foreign)
        return yuni__fail(YUNI_ESTATE, "yuni_chime_create: a \"%s\" queue cannot make chimes", q->culture);
    pthread_mutex_lock(&q->lock);
    st = chime_new(q, tag, CHIME_USER, NULL, &c);
    pthread_mutex_unlock(&q->lock);
    if (st == YUNI_ETOOBIG)
        return yuni__fail(st, "yuni_chime_create: the queue has %d chimes already", YUNI_QUEUE_MAX_CHIMES);
    if (st) return yuni__fail(st, "yuni_chime_create: out of memory or handles");
    *out = (yuni_chime*)c->handle;
    return YUNI_OK;
}

int32_t yuni_chime_destroy(yuni_chime* handle) {
    struct chime* c = yuni__handle_peek((uintptr_t)handle, YUNI_HANDLE_CHIME);
    struct yuni_queue* q;
    if (!c) return yuni__fail(YUNI_EBADHANDLE, "yuni_chime_destroy: not a live chime");
    if (c->kind != CHIME_USER)
        return yuni__fail(YUNI_EINVAL, "yuni_chime_destroy: not a chime made by yuni_chime_create");
    q = c->queue;
    pthread_mutex_lock(&q->lock);
    if (c->handle != (uintptr_t)handle) { /* destroyed concurrently */
        pthread_mutex_unlock(&q->lock);
        return yuni__fail(YUNI_EBADHANDLE, "yuni_chime_destroy: not a live chime");
    }
    chime_free_locked(q, c);
    pthread_mutex_unlock(&q->lock);
    return YUNI_OK;
}

/* Offload's chime! rings through a pointer (see offload_c/interp.c). */
extern int32_t (*yuni__offload_ring)(yuni_chime* chime);
__attribute__((constructor)) static void install_offload_ring(void) { yuni__offload_ring = yuni_chime_ring; }
