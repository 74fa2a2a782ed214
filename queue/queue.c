/* Queues: create, destroy, wait (DESIGN.md §5).  The ring protocol is in
 * chime.c, the sources in source.c, channels in channel.c. */
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

static int32_t publish(struct yuni_queue* q, const char* fn, yuni_queue** out) {
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

int32_t yuni_queue_destroy(yuni_queue* handle) {
    struct yuni_queue* q = queue_get(handle);
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_destroy: not a live queue");
    if (atomic_load(&q->bundled_into))
        return yuni__fail(YUNI_EBUSY, "yuni_queue_destroy: the queue is bundled into %u parent(s)",
                          atomic_load(&q->bundled_into));
    if (!yuni__handle_retire((uintptr_t)handle, YUNI_HANDLE_QUEUE))
        return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_destroy: destroyed concurrently");
    /* Wake a waiter and wait for it to leave. */
    atomic_store(&q->closing, 1);
    if (!q->foreign) queue_resignal(q);
    pthread_mutex_lock(&q->wait_lock);
    for (;;) {
        struct source* src = NULL;
        pthread_mutex_lock(&q->lock);
        for (uint32_t i = 1; i < q->nsources && !src; i++) src = q->sources[i];
        pthread_mutex_unlock(&q->lock);
        if (!src) break;
        yuni__handle_retire(src->handle, src->kind == SRC_CHANNEL ? YUNI_HANDLE_CHANNEL : YUNI_HANDLE_SOURCE);
        source_destroy(src);
    }
    pthread_mutex_lock(&q->lock);
    for (uint32_t i = 0; i < q->chime_top; i++) {
        struct chime* c = &q->chunks[i / CHIME_CHUNK][i % CHIME_CHUNK];
        if (c->handle) chime_free_locked(q, c);
    }
    free(q->sources);
    q->sources = NULL;
    q->nsources = q->source_cap = q->nlive_sources = 0;
    q->waits = q->events = q->empty_wakes = 0;
    atomic_store(&q->kernel_wakes, 0);
    atomic_store(&q->summary, 0);
    for (uint32_t w = 0; w < CHIME_WORDS; w++) atomic_store(&q->words[w], 0);
    atomic_store(&q->signalled, 0);
    pthread_mutex_unlock(&q->lock);
    if (q->epfd >= 0) close(q->epfd);
    q->epfd = -1;
    atomic_store(&q->closing, 0);
    pthread_mutex_unlock(&q->wait_lock);
    queue_recycle(q);
    return YUNI_OK;
}

int32_t yuni_queue_fd(yuni_queue* handle) {
    struct yuni_queue* q = queue_get(handle);
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_fd: not a live queue");
    if (q->foreign) return yuni__fail(YUNI_ESTATE, "yuni_queue_fd: a \"%s\" queue has no fd", q->culture);
    return q->epfd;
}

int32_t yuni_queue_stats(yuni_queue* handle, yuni_queue_statistics* out) {
    struct yuni_queue* q = queue_get(handle);
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_stats: not a live queue");
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_stats: out is NULL");
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

int32_t yuni_queue_wait(yuni_queue* handle, yuni_event* events, int32_t max, int64_t timeout_ns) {
    struct yuni_queue* q = queue_get(handle);
    int64_t deadline = timeout_ns > 0 ? now_ns() + timeout_ns : 0;
    int32_t n = 0;
    uint32_t closing;
    if (!q) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_wait: not a live queue");
    if (!events || max <= 0) return yuni__fail(YUNI_EINVAL, "yuni_queue_wait: no room for events");
    if (q->foreign) return foreign_wait(q, events, timeout_ns);
    pthread_mutex_lock(&q->wait_lock);
    for (;;) {
        struct epoll_event kev[64];
        int k, chimes = 0;
        if (atomic_load(&q->closing)) break;
        k = epoll_wait_ns(q->epfd, kev, max < 64 ? max : 64, timeout_ns);
        if (k < 0 && errno != EINTR) {
            int err = errno;
            pthread_mutex_unlock(&q->wait_lock);
            return yuni__fail(YUNI_EINTERNAL, "yuni_queue_wait: epoll_wait: %s", strerror(err));
        }
        pthread_mutex_lock(&q->lock);
        for (int i = 0; i < k; i++) {
            if (kev[i].data.u64 == 0)
                chimes = 1;
            else
                n += source_event_locked(q, kev[i].data.u64, kev[i].events, &events[n]);
        }
        if (chimes) {
            atomic_exchange(&q->signalled, 0);
            n += chime_drain_locked(q, &events[n], max - n);
        }
        q->empty_wakes += k > 0 && n == 0;
        pthread_mutex_unlock(&q->lock);
        if (n > 0 || timeout_ns == 0) break;
        if (timeout_ns > 0 && (timeout_ns = deadline - now_ns()) <= 0) break;
    }
    closing = atomic_load(&q->closing);
    pthread_mutex_lock(&q->lock);
    q->waits++;
    q->events += (uint64_t)n;
    pthread_mutex_unlock(&q->lock);
    pthread_mutex_unlock(&q->wait_lock);
    if (closing) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_wait: the queue was destroyed");
    return n;
}
