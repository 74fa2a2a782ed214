/* Queues: create, destroy, wait (docs/design.md, "Queues").  The ring
 * protocol is in chime.c, the sources in source.c, channels in channel.c.
 *
 * Lifetimes (core.h): a wait enters the queue (a foreign queue's wait is
 * host code), every other call borrows it.  Destroy, under the queue's lock:
 * refuse (bundled into a parent; called from inside a wait on it or from a
 * foreign bundle's waiter), retire, mark closing; then wake the waiter
 * (an eventfd edge, or the foreign queue's wake), wait until no caller is
 * inside, and only then take down the sources (each retired and waited for
 * in turn) and the chimes, reset and recycle.  Calls that add a dependent
 * check closing under the lock, so none is added after the retire; a
 * source's remove and a chime's destroy borrow the queue, so a queue
 * destroy never races their teardown. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

#include "queue_impl.h"

/* Queue memory is recycled, never freed, and keeps its eventfd: a ring that
 * races the destruction of its chime writes into memory and an fd that are
 * still this library's, never freed memory or a descriptor the host reused. */
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct yuni_queue* pool;

static struct yuni_queue* queue_alloc(int32_t* status) {
    struct yuni_queue* q;
    pthread_mutex_lock(&pool_lock);
    q = pool;
    if (q) pool = q->next_free;
    pthread_mutex_unlock(&pool_lock);
    if (q) return q;
    q = aligned_alloc(64, sizeof *q);
    if (!q) {
        *status = yuni__fail(YUNI_ENOMEM, "out of memory");
        return NULL;
    }
    memset(q, 0, sizeof *q);
    q->eventfd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (q->eventfd < 0) {
        int err = errno;
        free(q);
        *status = yuni__fail(YUNI_ENOMEM, "eventfd: %s", strerror(err));
        return NULL;
    }
    pthread_mutex_init(&q->wait_lock, NULL);
    pthread_mutex_init(&q->lock, NULL);
    return q;
}

static void queue_recycle(struct yuni_queue* q) {
    uint64_t drained;
    pthread_mutex_lock(&pool_lock);
    while (read(q->eventfd, &drained, sizeof drained) > 0) {
    }
    q->next_free = pool;
    pool = q;
    pthread_mutex_unlock(&pool_lock);
}

/* Everything a generation leaves behind, cleared before the next one.  A
 * ring of an old chime may still be on its way (chime.c): a bit it sets
 * later names no pending chime, and the epoch moves on — at create, after
 * recycling drained the eventfd — so its CAS of the old epoch fails and an
 * eventfd write it makes stays readable for the new queue's epoll: at most
 * an empty wake-up, never a queue that believes itself signalled. */
static void queue_reset(struct yuni_queue* q) {
    q->waits = q->events = q->empty_wakes = 0;
    atomic_store(&q->kernel_wakes, 0);
    atomic_store(&q->summary, 0);
    for (uint32_t w = 0; w < CHIME_WORDS; w++) atomic_store(&q->words[w], 0);
    queue_reset_signalled(q);
    atomic_store(&q->closing, 0);
    atomic_store(&q->bundled_into, 0);
}

static int32_t publish(struct yuni_queue* q, const char* fn, yuni_queue** out) {
    queue_reset(q);
    q->handle = yuni__handle_new(YUNI_HANDLE_QUEUE, q);
    if (!q->handle) {
        if (q->epfd >= 0) close(q->epfd);
        queue_recycle(q);
        return yuni__fail(YUNI_ENOMEM, "%s: too many live handles", fn);
    }
    *out = (yuni_queue*)q->handle;
    return YUNI_OK;
}

int32_t yuni_queue_create(uint32_t flags, yuni_queue** out) {
    struct yuni_queue* q;
    struct epoll_event e = {.events = EPOLLIN | EPOLLET, .data.u64 = 0};
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_create: out is NULL");
    *out = NULL;
    if (flags) return yuni__fail(YUNI_EINVAL, "yuni_queue_create: unknown flags %#x", flags);
    if (!(q = queue_alloc(&st))) return st;
    q->foreign = 0;
    strcpy(q->culture, "epoll");
    q->epfd = epoll_create1(EPOLL_CLOEXEC);
    /* Edge-triggered and never read: every ring that writes makes an edge. */
    if (q->epfd < 0 || epoll_ctl(q->epfd, EPOLL_CTL_ADD, q->eventfd, &e) != 0) {
        int err = errno;
        if (q->epfd >= 0) close(q->epfd);
        queue_recycle(q);
        return yuni__fail(YUNI_ENOMEM, "yuni_queue_create: epoll: %s", strerror(err));
    }
    return publish(q, "yuni_queue_create", out);
}

int32_t yuni_queue_create_foreign(const yuni_foreign_queue* desc, yuni_queue** out) {
    struct yuni_queue* q;
    size_t len;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_create_foreign: out is NULL");
    *out = NULL;
    if (!desc) return yuni__fail(YUNI_EINVAL, "yuni_queue_create_foreign: desc is NULL");
    if (desc->size < sizeof *desc)
        return yuni__fail(YUNI_EINVAL, "yuni_queue_create_foreign: desc->size %u is smaller than this header's %zu",
                          desc->size, sizeof *desc);
    if (desc->flags) return yuni__fail(YUNI_EINVAL, "yuni_queue_create_foreign: unknown flags %#x", desc->flags);
    if (!desc->wait) return yuni__fail(YUNI_EINVAL, "yuni_queue_create_foreign: wait is NULL");
    len = desc->culture ? strnlen(desc->culture, YUNI_CULTURE_MAX + 1) : 0;
    if (len == 0 || len > YUNI_CULTURE_MAX)
        return yuni__fail(YUNI_EINVAL, "yuni_queue_create_foreign: the culture must have 1..%d characters",
                          YUNI_CULTURE_MAX);
    if (!(q = queue_alloc(&st))) return st;
    q->foreign = 1;
    q->desc = *desc;
    memcpy(q->culture, desc->culture, len);
    q->culture[len] = 0;
    q->desc.culture = q->culture;
    q->epfd = -1;
    return publish(q, "yuni_queue_create_foreign", out);
}

/* Step 1's last check: the caller is a foreign bundle's waiter of this queue,
 * running the child library's wait (host code), which would wait for itself. */
static int inside_a_waiter_locked(struct yuni_queue* q) {
    for (uint32_t i = 1; i < q->nsources; i++)
        if (q->sources[i] && q->sources[i]->kind == SRC_FOREIGN && yuni__handle_depth(q->sources[i]->handle))
            return 1;
    return 0;
}

int32_t yuni_queue_destroy(yuni_queue* handle) {
    static const char who[] = "yuni_queue_destroy";
    uintptr_t h = (uintptr_t)handle;
    struct yuni_queue* q = queue_borrow(handle);
    int32_t st = YUNI_OK;
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live queue", who);
    pthread_mutex_lock(&q->lock);
    if (yuni__handle_depth(h))
        st = yuni__fail(YUNI_EBUSY, "%s: called from inside a wait on this queue", who);
    else if (atomic_load(&q->bundled_into))
        st = yuni__fail(YUNI_EBUSY, "%s: the queue is bundled into %u parent(s)", who, atomic_load(&q->bundled_into));
    else if (inside_a_waiter_locked(q))
        st = yuni__fail(YUNI_EBUSY, "%s: called from a bundled child's wait", who);
    else if (!yuni__handle_retire_begin(h, YUNI_HANDLE_QUEUE))
        st = yuni__fail(YUNI_EBADHANDLE, "%s: destroyed concurrently", who);
    else
        atomic_store(&q->closing, 1);
    pthread_mutex_unlock(&q->lock);
    yuni__handle_return(h);
    if (st) return st;
    /* Step 3: wake a waiter. */
    if (!q->foreign) {
        queue_resignal(q);
    } else if (q->desc.wake) {
        nccv64 in[1];
        in[0].ptr = q->desc.ctx;
        q->desc.wake(in, NULL);
    }
    yuni__handle_retire_wait(h);
    /* Nobody is inside, nothing new can attach: take the dependents down. */
    for (;;) {
        struct source* src = NULL;
        pthread_mutex_lock(&q->lock);
        for (uint32_t i = 1; i < q->nsources && !src; i++) src = q->sources[i];
        pthread_mutex_unlock(&q->lock);
        if (!src) break;
        /* Every remover borrows the queue first: none is left to win this. */
        yuni__handle_retire_begin(src->handle, src->kind == SRC_CHANNEL ? YUNI_HANDLE_CHANNEL : YUNI_HANDLE_SOURCE);
        source_teardown(src);
    }
    for (uint32_t i = 0; i < q->chime_top; i++) {
        struct chime* c = &q->chunks[i / CHIME_CHUNK][i % CHIME_CHUNK];
        if (c->handle && yuni__handle_retire_begin(c->handle, YUNI_HANDLE_CHIME)) chime_kill(q, c);
    }
    free(q->sources);
    q->sources = NULL;
    q->nsources = q->source_cap = q->nlive_sources = 0;
    if (q->epfd >= 0) close(q->epfd);
    q->epfd = -1;
    queue_reset(q);
    queue_recycle(q);
    return YUNI_OK;
}

int32_t yuni_queue_fd(yuni_queue* handle) {
    struct yuni_queue* q = queue_borrow(handle);
    int32_t fd;
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_fd: not a live queue");
    fd = q->foreign ? yuni__fail(YUNI_ESTATE, "yuni_queue_fd: a \"%s\" queue has no fd", q->culture) : q->epfd;
    yuni__handle_return((uintptr_t)handle);
    return fd;
}

int32_t yuni_queue_stats(yuni_queue* handle, yuni_queue_statistics* out) {
    struct yuni_queue* q = queue_borrow(handle);
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_stats: not a live queue");
    if (!out) {
        yuni__handle_return((uintptr_t)handle);
        return yuni__fail(YUNI_EINVAL, "yuni_queue_stats: out is NULL");
    }
    memset(out, 0, sizeof *out);
    memcpy(out->culture, q->culture, sizeof out->culture);
    out->caps = q->foreign ? YUNI_QUEUE_FOREIGN : YUNI_QUEUE_CAN_CHIME | YUNI_QUEUE_POLLABLE;
    out->fd = q->foreign ? -1 : q->epfd;
    out->kernel_wakes = atomic_load(&q->kernel_wakes);
    pthread_mutex_lock(&q->lock);
    out->chimes = q->nchimes;
    out->sources = q->nlive_sources;
    out->waits = q->waits;
    out->events = q->events;
    out->empty_wakes = q->empty_wakes;
    pthread_mutex_unlock(&q->lock);
    yuni__handle_return((uintptr_t)handle);
    return YUNI_OK;
}

/* ---- wait ---- */

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

/* epoll_pwait2 for finite timeouts (nanosecond precision); plain
 * epoll_wait to wait forever, which measured ~1.5 us faster cross-core
 * (tests/bench/queue.c). */
static int epoll_wait_ns(int epfd, struct epoll_event* kev, int max, int64_t timeout_ns) {
    static int no_pwait2;
    struct timespec ts;
    int ms;
    if (timeout_ns >= 0 && !__atomic_load_n(&no_pwait2, __ATOMIC_RELAXED)) {
        ts.tv_sec = timeout_ns / 1000000000;
        ts.tv_nsec = timeout_ns % 1000000000;
        int n = epoll_pwait2(epfd, kev, max, timeout_ns < 0 ? NULL : &ts, NULL);
        if (n >= 0 || errno != ENOSYS) return n;
        __atomic_store_n(&no_pwait2, 1, __ATOMIC_RELAXED); /* kernel before 5.11 */
    }
    ms = timeout_ns < 0 ? -1 : (int)((timeout_ns + 999999) / 1000000);
    return epoll_wait(epfd, kev, max, ms);
}

static int32_t foreign_wait(struct yuni_queue* q, yuni_event* ev, int64_t timeout_ns) {
    nccv64 in[2], out[1];
    in[0].ptr = q->desc.ctx;
    in[1].s64 = timeout_ns;
    out[0].s32 = 0;
    q->desc.wait(in, out);
    pthread_mutex_lock(&q->lock);
    q->waits++;
    q->events += out[0].s32 > 0;
    pthread_mutex_unlock(&q->lock);
    if (atomic_load(&q->closing)) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_wait: the queue was destroyed");
    if (out[0].s32 < 0)
        return yuni__fail(YUNI_ESTATE, "yuni_queue_wait: the \"%s\" queue's wait failed with %d", q->culture,
                          out[0].s32);
    if (out[0].s32 == 0) return 0;
    ev->type = YUNI_EVENT_QUEUE;
    ev->flags = 0;
    ev->tag = 0;
    ev->value = out[0].s32;
    ev->source = q->handle;
    return 1;
}

/* Wait for events, the wait lock held: the count, or a status. */
static int32_t wait_locked(struct yuni_queue* q, yuni_event* events, int32_t max, int64_t timeout_ns) {
    int64_t deadline = timeout_ns > 0 ? now_ns() + timeout_ns : 0;
    int32_t n = 0;
    for (;;) {
        struct epoll_event kev[64];
        int k, chimes = 0;
        if (atomic_load(&q->closing)) break;
        k = epoll_wait_ns(q->epfd, kev, max < 64 ? max : 64, timeout_ns);
        if (k < 0 && errno != EINTR)
            return yuni__fail(YUNI_EINTERNAL, "yuni_queue_wait: epoll_wait: %s", strerror(errno));
        pthread_mutex_lock(&q->lock);
        for (int i = 0; i < k; i++) {
            if (kev[i].data.u64 == 0)
                chimes = 1;
            else
                n += source_event_locked(q, kev[i].data.u64, kev[i].events, &events[n]);
        }
        if (chimes) {
            queue_reset_signalled(q);
            n += chime_drain_locked(q, &events[n], max - n);
        }
        q->empty_wakes += k > 0 && n == 0;
        pthread_mutex_unlock(&q->lock);
        if (n > 0 || timeout_ns == 0) break;
        if (timeout_ns > 0 && (timeout_ns = deadline - now_ns()) <= 0) break;
    }
    pthread_mutex_lock(&q->lock);
    q->waits++;
    q->events += (uint64_t)n;
    pthread_mutex_unlock(&q->lock);
    if (atomic_load(&q->closing)) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_wait: the queue was destroyed");
    return n;
}

/* epoll_wait is a cancellation point: a waiter cancelled in it gives back
 * the wait lock and leaves the queue, so the queue stays usable and its
 * destroy does not wait for a dead thread. */
static void wait_cancelled(void* arg) {
    struct yuni_queue* q = arg;
    pthread_mutex_unlock(&q->wait_lock);
    yuni__handle_leave(q->handle);
}

static int32_t epoll_queue_wait(struct yuni_queue* q, yuni_event* events, int32_t max, int64_t timeout_ns) {
    int32_t n;
    pthread_mutex_lock(&q->wait_lock);
    pthread_cleanup_push(wait_cancelled, q);
    n = wait_locked(q, events, max, timeout_ns);
    pthread_cleanup_pop(0);
    pthread_mutex_unlock(&q->wait_lock);
    return n;
}

int32_t yuni_queue_wait(yuni_queue* handle, yuni_event* events, int32_t max, int64_t timeout_ns) {
    struct yuni_queue* q = yuni__handle_enter((uintptr_t)handle, YUNI_HANDLE_QUEUE);
    int32_t n;
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_wait: not a live queue");
    if (!events || max <= 0)
        n = yuni__fail(YUNI_EINVAL, "yuni_queue_wait: no room for events");
    else if (q->foreign)
        n = foreign_wait(q, events, timeout_ns);
    else
        n = epoll_queue_wait(q, events, max, timeout_ns);
    yuni__handle_leave((uintptr_t)handle);
    return n;
}
