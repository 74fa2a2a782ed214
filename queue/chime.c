/* Chimes: in-process wake-ups over one eventfd and a two-level pending
 * bitmap per queue (docs/design.md, "Queues").
 *
 * Ring (any thread, signal handlers included; no allocation, no lock, no
 * cancellation point): four flags, each set by the ringer itself unless it
 * finds it already set —
 *   1. the chime's pending bit (state: generation << 1 | pending);
 *   2. the chime's bit in words[w];
 *   3. bit w in summary;
 *   4. the queue's signalled word: epoch << 1 | written.  A ringer that
 *      finds the epoch not yet written writes the eventfd, then sets the bit
 *      (a CAS from the word it read: if the waiter began a new epoch
 *      meanwhile, the new one stays unwritten).
 * Each ringer makes all four steps, so a ring never depends on another
 * ringer's progress: a ringer suspended (or killed) between its steps
 * delays nobody, and the ring is lock-free.  The price is that ringers that
 * race through step 4 of one epoch may each write (more kernel wakes under
 * contention) and that a ring racing the waiter's drain may leave a bit
 * that yields an empty wake-up later.
 * Wait (one thread, under the queue's lock):
 *   a. epoll reports the eventfd (edge-triggered: never read, each write is
 *      a new edge, so the drain costs no syscall);
 *   b. a new epoch, then summary -> 0, then each flagged word -> 0, then
 *      each chime's pending bit -> 0, and only then the event is emitted.
 * Every step is sequentially consistent, so in the single order of them a
 * ringer that finds a flag already set (pending, a bit, the epoch written)
 * found it before the waiter cleared it, and the waiter's later steps then
 * see the ringer's bits: a ring that returns is always followed by an event.
 * A ring of a chime whose four flags are all set is loads only.
 *
 * Lifetimes.  Chime and queue memory is never freed (queue.c), so a ring
 * looks its chime up with yuni__handle_peek and re-checks the chime's own
 * state instead of borrowing it (core.h allows exactly this): it reads the
 * state, re-checks the handle, and sets pending only by a CAS from that
 * state, so only while the chime is still the generation its handle named.
 * A destroy bumps the generation after the retire, so a ring that began
 * before it either landed first or fails its CAS; what such a ring may
 * still set afterwards — a word or summary bit, an eventfd write — names
 * no pending chime and costs at most an empty wake-up.  The queue's epoch
 * moves on at destroy, after its eventfd is drained, so no late ring can
 * mark the next queue's epoch written without an edge.  A ring thus writes
 * no line beyond the flags it sets (a borrow's two read-modify-writes on
 * the handle's slot doubled the cost of first rings). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "queue_impl.h"

static struct chime* chime_at(struct yuni_queue* q, uint32_t index) {
    struct chime* chunk = q->chunks[index / CHIME_CHUNK];
    return chunk ? &chunk[index % CHIME_CHUNK] : NULL;
}

/* One eventfd write: a new edge for the waiter.  The raw system call, not
 * write(3): that is a cancellation point, and a ringer cancelled inside it
 * must not leave the queue's flags set without the edge they promise.
 * Async-signal-safe. */
static void eventfd_edge(struct yuni_queue* q) {
    uint64_t one = 1;
    while (syscall(SYS_write, q->eventfd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

/* Step 4: make sure the waiter wakes after this ring's bits were set. */
static void signal_queue(struct yuni_queue* q) {
    uint64_t w = atomic_load(&q->signalled);
    if (w & 1) return;
    int saved_errno = errno;
    eventfd_edge(q);
    errno = saved_errno;
    atomic_fetch_add_explicit(&q->kernel_wakes, 1, memory_order_relaxed);
    atomic_compare_exchange_strong(&q->signalled, &w, w | 1);
}

/* The waiter's step b: a new epoch, not yet written. */
void queue_reset_signalled(struct yuni_queue* q) {
    uint64_t w = atomic_load(&q->signalled);
    while (!atomic_compare_exchange_weak(&q->signalled, &w, (w | 1) + 1)) {
    }
}

/* A new edge even though the epoch is written: the waiter leaves events it
 * had no room for, and the queue's fd must keep polling readable; and a
 * destroy wakes the waiter. */
void queue_resignal(struct yuni_queue* q) {
    atomic_fetch_or(&q->signalled, 1);
    eventfd_edge(q);
}

/* Steps 1 to 4, from `w`, the chime's state read while its handle was live. */
static void ring_from(struct chime* c, uint64_t w) {
    struct yuni_queue* q = c->queue;
    uint32_t i = c->index / 64;
    uint64_t bit = 1ull << (c->index % 64);
    if (!(w & 1) && !atomic_compare_exchange_strong(&c->state, &w, w | 1) && !(w & 1))
        return; /* destroyed since: the next chime here is not ours to ring */
    if (!(atomic_load(&q->words[i]) & bit)) atomic_fetch_or(&q->words[i], bit);
    if (!(atomic_load(&q->summary) & (1ull << i))) atomic_fetch_or(&q->summary, 1ull << i);
    signal_queue(q);
}

/* A ring from inside the library, by a caller that keeps the chime alive
 * (a channel's send, a foreign bundle's waiter). */
void chime_ring(struct chime* c) { ring_from(c, atomic_load(&c->state)); }

/* All four flags already set: the ring would change nothing. */
static int ring_is_done(const struct chime* c, uint64_t w) {
    const struct yuni_queue* q = c->queue;
    uint32_t i = c->index / 64;
    return (w & 1) && (atomic_load(&q->words[i]) & (1ull << (c->index % 64))) &&
           (atomic_load(&q->summary) & (1ull << i)) && (atomic_load(&q->signalled) & 1);
}

int32_t yuni_chime_ring(yuni_chime* handle) {
    /* No error detail on any path: this call is async-signal-safe. */
    uintptr_t h = (uintptr_t)handle;
    uint64_t want = 0, w;
    struct yuni__handle_slot* s = yuni__handle_slot_of(h, YUNI_HANDLE_CHIME, &want);
    struct chime* c;
    if (!s || atomic_load(&s->tag) != want) return YUNI_EBADHANDLE;
    c = atomic_load(&s->object);
    w = c ? atomic_load(&c->state) : 0;
    /* Still live after the reads: c was this handle's chime and w its state. */
    if (!c || atomic_load(&s->tag) != want) return YUNI_EBADHANDLE;
    if (!ring_is_done(c, w)) ring_from(c, w);
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
             * never freed), so a late reader never touches freed memory. */
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
    c->queue_handle = q->handle;
    c->handle = yuni__handle_new(YUNI_HANDLE_CHIME, c); /* its state: not pending, kill left it so */
    if (!c->handle) {
        c->next_free = q->chime_free;
        q->chime_free = index + 1;
        return YUNI_ENOMEM;
    }
    q->nchimes++;
    *out = c;
    return YUNI_OK;
}

/* Steps 3 and 4 of a chime's destroy, its handle retired by the caller, who
 * borrows (or is tearing down) its queue and does not hold its lock: hide
 * the chime from the waiter and move its state to the next generation, not
 * pending (a ring that began before the retire can no longer set it); wait
 * for the calls that borrowed the handle (a racing chime destroy reads the
 * chime); then clear its bit and free the slot — its next owner inherits
 * nothing. */
void chime_kill(struct yuni_queue* q, struct chime* c) {
    uintptr_t handle;
    pthread_mutex_lock(&q->lock);
    handle = c->handle;
    c->handle = 0;
    atomic_store(&c->state, (atomic_load(&c->state) | 1) + 1);
    pthread_mutex_unlock(&q->lock);
    yuni__handle_retire_wait(handle);
    pthread_mutex_lock(&q->lock);
    c->source = NULL;
    atomic_fetch_and(&q->words[c->index / 64], ~(1ull << (c->index % 64)));
    c->next_free = q->chime_free;
    q->chime_free = c->index + 1;
    q->nchimes--;
    pthread_mutex_unlock(&q->lock);
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
            if (!c || !c->handle || !(atomic_fetch_and(&c->state, ~(uint64_t)1) & 1)) continue;
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
    struct yuni_queue* q;
    struct chime* c;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_chime_create: out is NULL");
    *out = NULL;
    if (!(q = queue_borrow(handle))) return yuni__fail(YUNI_EBADHANDLE, "yuni_chime_create: not a live queue");
    if (q->foreign) {
        st = yuni__fail(YUNI_ESTATE, "yuni_chime_create: a \"%s\" queue cannot make chimes", q->culture);
    } else {
        pthread_mutex_lock(&q->lock);
        st = atomic_load(&q->closing) ? YUNI_EBADHANDLE : chime_new(q, tag, CHIME_USER, NULL, &c);
        if (st == YUNI_OK) *out = (yuni_chime*)c->handle;
        pthread_mutex_unlock(&q->lock);
        if (st == YUNI_EBADHANDLE) st = yuni__fail(st, "yuni_chime_create: the queue is being destroyed");
        if (st == YUNI_ETOOBIG)
            st = yuni__fail(st, "yuni_chime_create: the queue has %d chimes already", YUNI_QUEUE_MAX_CHIMES);
        if (st == YUNI_ENOMEM) st = yuni__fail(st, "yuni_chime_create: out of memory or handles");
    }
    yuni__handle_return((uintptr_t)handle);
    return st;
}

int32_t yuni_chime_destroy(yuni_chime* handle) {
    uintptr_t h = (uintptr_t)handle, qh;
    struct chime* c = yuni__handle_borrow(h, YUNI_HANDLE_CHIME);
    struct yuni_queue* q;
    uint32_t kind;
    if (!c) return yuni__fail(YUNI_EBADHANDLE, "yuni_chime_destroy: not a live chime");
    kind = c->kind;
    qh = c->queue_handle;
    yuni__handle_return(h);
    if (kind != CHIME_USER)
        return yuni__fail(YUNI_EINVAL, "yuni_chime_destroy: not a chime made by yuni_chime_create");
    /* The queue, borrowed, cannot finish its own destroy (which kills every
     * chime) while this one runs; a queue already being destroyed kills
     * this chime itself. */
    if (!(q = queue_borrow((yuni_queue*)qh)))
        return yuni__fail(YUNI_EBADHANDLE, "yuni_chime_destroy: its queue is being destroyed");
    if (!yuni__handle_retire_begin(h, YUNI_HANDLE_CHIME)) {
        yuni__handle_return(qh);
        return yuni__fail(YUNI_EBADHANDLE, "yuni_chime_destroy: destroyed concurrently");
    }
    chime_kill(q, c);
    yuni__handle_return(qh);
    return YUNI_OK;
}

/* Offload's chime! rings through a pointer (see offload_c/interp.c). */
extern int32_t (*yuni__offload_ring)(yuni_chime* chime);
__attribute__((constructor)) static void install_offload_ring(void) { yuni__offload_ring = yuni_chime_ring; }
