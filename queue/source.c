/* Sources: what besides chimes puts events on a queue — fds, timers,
 * signals, bundled child queues (a foreign child through a waiter thread)
 * and channels (channel.c). */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "queue_impl.h"

static void futex_wait(_Atomic uint32_t* word, uint32_t value) {
    syscall(SYS_futex, (uint32_t*)word, FUTEX_WAIT_PRIVATE, value, NULL, NULL, 0);
}
static void futex_wake(_Atomic uint32_t* word) {
    syscall(SYS_futex, (uint32_t*)word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static int32_t errno_status(int err) {
    return err == ENOMEM || err == EMFILE || err == ENFILE || err == ENOSPC ? YUNI_ENOMEM : YUNI_EINVAL;
}

/* ---- the source table ---- */

static int32_t source_attach_locked(const char* fn, struct yuni_queue* q, struct source* src,
                                    uint32_t epoll_events) {
    static _Atomic uint32_t generations = 1;
    uint32_t slot;
    for (slot = 1; slot < q->nsources && q->sources[slot]; slot++) {
    }
    if (slot >= q->source_cap) {
        uint32_t cap = q->source_cap ? q->source_cap * 2 : 16;
        struct source** grown = realloc(q->sources, cap * sizeof *grown);
        if (!grown) return yuni__fail(YUNI_ENOMEM, "%s: out of memory", fn);
        memset(grown + q->source_cap, 0, (cap - q->source_cap) * sizeof *grown);
        q->sources = grown;
        q->source_cap = cap;
    }
    src->slot = slot;
    src->generation = atomic_fetch_add(&generations, 1);
    src->queue = q;
    if (src->fd >= 0) {
        struct epoll_event e = {.events = epoll_events,
                                .data.u64 = (uint64_t)src->generation << 32 | slot};
        if (epoll_ctl(q->epfd, EPOLL_CTL_ADD, src->fd, &e) != 0) {
            int err = errno;
            if (err == ELOOP || err == EINVAL)
                return yuni__fail(YUNI_EINVAL, "%s: fd %d cannot join this queue (a cycle, itself, or not pollable)",
                                  fn, src->fd);
            if (err == EPERM) return yuni__fail(YUNI_EINVAL, "%s: fd %d is not pollable (a regular file?)", fn, src->fd);
            if (err == EEXIST) return yuni__fail(YUNI_EBUSY, "%s: fd %d is already on this queue", fn, src->fd);
            if (err == EBADF) return yuni__fail(YUNI_EINVAL, "%s: fd %d is not open", fn, src->fd);
            return yuni__fail(errno_status(err), "%s: epoll_ctl: %s", fn, strerror(err));
        }
    }
    src->handle = yuni__handle_new(src->kind == SRC_CHANNEL ? YUNI_HANDLE_CHANNEL : YUNI_HANDLE_SOURCE, src);
    if (!src->handle) {
        if (src->fd >= 0) epoll_ctl(q->epfd, EPOLL_CTL_DEL, src->fd, NULL);
        return yuni__fail(YUNI_ENOMEM, "%s: too many live handles", fn);
    }
    q->sources[slot] = src;
    if (slot >= q->nsources) q->nsources = slot + 1;
    q->nlive_sources++;
    return YUNI_OK;
}

static struct source* source_new(uint32_t kind, uint64_t tag) {
    struct source* src = calloc(1, sizeof *src);
    if (!src) return NULL;
    src->kind = kind;
    src->tag = tag;
    src->fd = -1;
    atomic_init(&src->signal_slot, -1);
    return src;
}

/* Attach a new source: the queue must be a live epoll queue. */
int32_t source_attach(const char* fn, yuni_queue* handle, struct source* src, uint32_t epoll_events,
                      int with_chime, yuni_source** out) {
    struct yuni_queue* q = queue_get(handle);
    int32_t st;
    if (!q) {
        st = yuni__fail(YUNI_EBADHANDLE, "%s: not a live queue", fn);
    } else if (q->foreign) {
        st = yuni__fail(YUNI_ESTATE, "%s: a \"%s\" queue takes no sources", fn, q->culture);
    } else {
        pthread_mutex_lock(&q->lock);
        st = with_chime ? chime_new(q, src->tag, (uint32_t)with_chime, src, &src->chime) : YUNI_OK;
        if (st) {
            st = yuni__fail(st, "%s: %s", fn, st == YUNI_ETOOBIG ? "the queue's chimes are all taken" : "out of memory");
        } else if ((st = source_attach_locked(fn, q, src, epoll_events)) != YUNI_OK) {
            if (src->chime) chime_free_locked(q, src->chime);
        }
        pthread_mutex_unlock(&q->lock);
    }
    if (st) {
        if (src->owns_fd) close(src->fd);
        if (src->heap) yuni_heap_destroy(src->heap);
        free(src);
        return st;
    }
    if (out) *out = (yuni_source*)src->handle;
    return YUNI_OK;
}

/* ---- fds ---- */

int32_t yuni_queue_add_fd(yuni_queue* queue, int32_t fd, uint32_t flags, uint64_t tag, yuni_source** out) {
    const uint32_t known = YUNI_FD_READ | YUNI_FD_WRITE | YUNI_SOURCE_ONESHOT | YUNI_SOURCE_EDGE;
    struct source* src;
    uint32_t events = 0;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: out is NULL");
    *out = NULL;
    if (fd < 0) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: fd %d is negative", fd);
    if (flags & ~known) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: unknown flags %#x", flags & ~known);
    if (!(flags & (YUNI_FD_READ | YUNI_FD_WRITE)))
        return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: ask for YUNI_FD_READ and/or YUNI_FD_WRITE");
    if (flags & YUNI_FD_READ) events |= EPOLLIN | EPOLLRDHUP;
    if (flags & YUNI_FD_WRITE) events |= EPOLLOUT;
    if (flags & YUNI_SOURCE_ONESHOT) events |= EPOLLONESHOT;
    if (flags & YUNI_SOURCE_EDGE) events |= EPOLLET;
    if (!(src = source_new(SRC_FD, tag))) return yuni__fail(YUNI_ENOMEM, "yuni_queue_add_fd: out of memory");
    src->fd = fd;
    src->flags = flags;
    return source_attach("yuni_queue_add_fd", queue, src, events, 0, out);
}

/* ---- timers ---- */

int32_t yuni_queue_add_timer(yuni_queue* queue, int64_t first_ns, int64_t interval_ns, uint64_t tag,
                             yuni_source** out) {
    struct itimerspec spec;
    struct source* src;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_timer: out is NULL");
    *out = NULL;
    if (first_ns <= 0 || interval_ns < 0)
        return yuni__fail(YUNI_EINVAL, "yuni_queue_add_timer: first_ns must be > 0 and interval_ns >= 0");
    if (!queue_get(queue)) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_add_timer: not a live queue");
    if (!(src = source_new(SRC_TIMER, tag))) return yuni__fail(YUNI_ENOMEM, "yuni_queue_add_timer: out of memory");
    src->fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (src->fd < 0) {
        int err = errno;
        free(src);
        return yuni__fail(errno_status(err), "yuni_queue_add_timer: timerfd_create: %s", strerror(err));
    }
    src->owns_fd = 1;
    spec.it_value.tv_sec = first_ns / 1000000000;
    spec.it_value.tv_nsec = first_ns % 1000000000;
    spec.it_interval.tv_sec = interval_ns / 1000000000;
    spec.it_interval.tv_nsec = interval_ns % 1000000000;
    timerfd_settime(src->fd, 0, &spec, NULL);
    return source_attach("yuni_queue_add_timer", queue, src, EPOLLIN, 0, out);
}

/* ---- signals ----
 *
 * A process-wide table of (signal, chime) registrations read by the
 * handler with atomic loads only: the handler touches the table and chime
 * memory, both never freed, and no source memory. */
#define SIGNAL_SLOTS 64
struct signal_slot {
    _Atomic int signo;           /* 0: free */
    _Atomic uintptr_t chime;     /* the source's chime handle */
    _Atomic uint64_t deliveries; /* since the queue last reported */
};
static struct signal_slot signal_slots[SIGNAL_SLOTS];
static pthread_mutex_t signal_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction saved_actions[_NSIG];
static uint32_t signal_users[_NSIG];

static void signal_handler(int signo, siginfo_t* info, void* context) {
    int saved_errno = errno;
    (void)info;
    (void)context;
    for (int i = 0; i < SIGNAL_SLOTS; i++) {
        struct chime* c;
        if (atomic_load(&signal_slots[i].signo) != signo) continue;
        atomic_fetch_add(&signal_slots[i].deliveries, 1);
        c = yuni__handle_peek(atomic_load(&signal_slots[i].chime), YUNI_HANDLE_CHIME);
        if (c) chime_ring(c);
    }
    errno = saved_errno;
}

static int signal_refused(int signo) {
    switch (signo) {
    case SIGKILL: case SIGSTOP: case SIGSEGV: case SIGBUS: case SIGFPE: case SIGILL: case SIGTRAP:
    case SIGSYS: case SIGPROF: case SIGURG:
        return 1;
    }
    /* glibc keeps the first real-time signals for itself (SIGRTMIN is above them). */
    return signo < 1 || signo >= _NSIG || (signo >= 32 && signo < SIGRTMIN);
}

int32_t yuni_queue_add_signal(yuni_queue* queue, int32_t signo, uint64_t tag, yuni_source** out) {
    struct source* src;
    sigset_t mask;
    int slot, fd;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_signal: out is NULL");
    *out = NULL;
    if (signal_refused(signo)) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_signal: signal %d is refused", signo);
    if (!queue_get(queue)) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_add_signal: not a live queue");
    sigemptyset(&mask);
    sigaddset(&mask, signo);
    fd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        return yuni__fail(errno_status(err), "yuni_queue_add_signal: signalfd: %s", strerror(err));
    }
    if (!(src = source_new(SRC_SIGNAL, tag))) {
        close(fd);
        return yuni__fail(YUNI_ENOMEM, "yuni_queue_add_signal: out of memory");
    }
    src->fd = fd;
    src->owns_fd = 1;
    src->signo = signo;
    st = source_attach("yuni_queue_add_signal", queue, src, EPOLLIN, CHIME_SIGNAL, out);
    if (st) return st;
    pthread_mutex_lock(&signal_lock);
    for (slot = 0; slot < SIGNAL_SLOTS && atomic_load(&signal_slots[slot].signo); slot++) {
    }
    if (slot < SIGNAL_SLOTS) {
        atomic_store(&signal_slots[slot].deliveries, 0);
        atomic_store(&signal_slots[slot].chime, src->chime->handle);
        atomic_store(&signal_slots[slot].signo, signo);
        atomic_store(&src->signal_slot, slot);
        if (signal_users[signo]++ == 0) {
            struct sigaction action;
            memset(&action, 0, sizeof action);
            action.sa_sigaction = signal_handler;
            action.sa_flags = SA_SIGINFO | SA_RESTART | SA_ONSTACK;
            sigfillset(&action.sa_mask);
            sigaction(signo, &action, &saved_actions[signo]);
        }
    }
    pthread_mutex_unlock(&signal_lock);
    if (slot == SIGNAL_SLOTS) {
        yuni_source_remove(*out);
        *out = NULL;
        return yuni__fail(YUNI_ETOOBIG, "yuni_queue_add_signal: %d signal sources exist already", SIGNAL_SLOTS);
    }
    return YUNI_OK;
}

/* The last source of signo is gone: put back what was there before the
 * first, unless the host installed a handler of its own meanwhile, which
 * stays.  (A host installing one at this very instant races with this
 * check, as any two sigaction callers do.) */
static void restore_action(int signo) {
    struct sigaction now;
    if (sigaction(signo, NULL, &now) == 0 && now.sa_sigaction == signal_handler)
        sigaction(signo, &saved_actions[signo], NULL);
}

static void signal_release(struct source* src) {
    int slot = src->signal_slot;
    if (slot < 0) return;
    pthread_mutex_lock(&signal_lock);
    if (atomic_load(&signal_slots[slot].chime) == src->chime->handle) {
        atomic_store(&signal_slots[slot].signo, 0);
        atomic_store(&signal_slots[slot].chime, 0);
        if (--signal_users[src->signo] == 0) restore_action(src->signo);
    }
    pthread_mutex_unlock(&signal_lock);
}

static uint64_t signal_take(struct source* src) {
    struct signalfd_siginfo info[8];
    uint64_t n = 0;
    ssize_t got;
    while ((got = read(src->fd, info, sizeof info)) > 0) n += (uint64_t)got / sizeof info[0];
    int slot = atomic_load(&src->signal_slot);
    if (slot >= 0) n += atomic_exchange(&signal_slots[slot].deliveries, 0);
    return n;
}

/* ---- bundles ---- */

void foreign_waiter_main(struct source* src) {
    while (!atomic_load(&src->stopping)) {
        nccv64 in[2], out[1];
        if (!atomic_load(&src->armed)) {
            futex_wait(&src->armed, 0);
            continue;
        }
        in[0].ptr = src->foreign_ctx;
        in[1].s64 = src->foreign_wake ? -1 : 50000000; /* without wake: notice removal within 50 ms */
        out[0].s32 = 0;
        src->foreign_wait(in, out);
        if (atomic_load(&src->stopping)) break;
        if (out[0].s32 != 0) {
            atomic_store(&src->count, (uint64_t)(int64_t)out[0].s32);
            atomic_store(&src->armed, 0);
            chime_ring(src->chime);
        }
    }
    atomic_store(&src->exited, 1);
    futex_wake(&src->exited);
}

static void* waiter_thread(void* src) {
    foreign_waiter_main(src);
    return NULL;
}

void (*yuni__queue_waiter_starter)(void* source);
void yuni__queue_set_waiter_starter(void (*start)(void* source)) { yuni__queue_waiter_starter = start; }

int32_t yuni_queue_bundle(yuni_queue* parent, yuni_queue* child, uint64_t tag, yuni_source** out) {
    struct yuni_queue* c = queue_get(child);
    struct source* src;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_bundle: out is NULL");
    *out = NULL;
    if (!c) return yuni__fail(YUNI_EBADHANDLE, "yuni_queue_bundle: child is not a live queue");
    if (!(src = source_new(c->foreign ? SRC_FOREIGN : SRC_CHILD, tag)))
        return yuni__fail(YUNI_ENOMEM, "yuni_queue_bundle: out of memory");
    src->child = c;
    if (!c->foreign) {
        src->fd = c->epfd;
        st = source_attach("yuni_queue_bundle", parent, src, EPOLLIN, 0, out);
        if (st == YUNI_OK) atomic_fetch_add(&c->bundled_into, 1);
        return st;
    }
    src->foreign_wait = c->desc.wait;
    src->foreign_wake = c->desc.wake;
    src->foreign_ctx = c->desc.ctx;
    atomic_init(&src->armed, 1);
    if ((st = source_attach("yuni_queue_bundle", parent, src, 0, CHIME_FOREIGN, out)) != YUNI_OK) return st;
    atomic_fetch_add(&c->bundled_into, 1);
    if (yuni__queue_waiter_starter) {
        YUNI__IN_GO(yuni__queue_waiter_starter(src));
    } else {
        pthread_t thread;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        if (yuni__thread_create(&thread, &attr, waiter_thread, src) != 0) {
            pthread_attr_destroy(&attr);
            atomic_store(&src->exited, 1);
            yuni_source_remove(*out);
            *out = NULL;
            return yuni__fail(YUNI_ENOMEM, "yuni_queue_bundle: cannot start a waiter thread");
        }
        pthread_attr_destroy(&attr);
    }
    return YUNI_OK;
}

/* ---- events ---- */

/* What src has to report, its fd or its chime having fired: fill *ev and
 * return 1, or 0 when there is nothing after all (a drained timer, signals
 * already counted in an earlier event). */
static int source_report(struct source* src, uint32_t epoll_events, yuni_event* ev) {
    uint64_t n;
    ev->tag = src->tag;
    ev->source = src->handle;
    ev->flags = 0;
    ev->value = 0;
    switch (src->kind) {
    case SRC_FD:
        ev->type = YUNI_EVENT_FD;
        ev->value = src->fd;
        if (epoll_events & (EPOLLIN | EPOLLRDHUP)) ev->flags |= YUNI_FD_READ;
        if (epoll_events & EPOLLOUT) ev->flags |= YUNI_FD_WRITE;
        if (epoll_events & (EPOLLHUP | EPOLLRDHUP)) ev->flags |= YUNI_FD_HANGUP;
        if (epoll_events & EPOLLERR) ev->flags |= YUNI_FD_ERROR;
        return 1;
    case SRC_TIMER:
        if (read(src->fd, &n, sizeof n) != sizeof n || !n) return 0;
        ev->type = YUNI_EVENT_TIMER;
        ev->value = (int64_t)n;
        return 1;
    case SRC_SIGNAL: /* from the signalfd or the handler's chime */
        if (!(n = signal_take(src))) return 0;
        ev->type = YUNI_EVENT_SIGNAL;
        ev->flags = (uint32_t)src->signo;
        ev->value = (int64_t)n;
        return 1;
    case SRC_CHILD:
        ev->type = YUNI_EVENT_QUEUE;
        return 1;
    case SRC_FOREIGN:
        ev->type = YUNI_EVENT_QUEUE;
        ev->value = (int64_t)atomic_load(&src->count);
        return 1;
    case SRC_CHANNEL:
        return channel_event(src, ev);
    }
    return 0;
}

/* An epoll event for source (slot, generation). */
int source_event_locked(struct yuni_queue* q, uint64_t data, uint32_t epoll_events, yuni_event* ev) {
    uint32_t slot = (uint32_t)data;
    struct source* src = slot < q->nsources ? q->sources[slot] : NULL;
    if (!src || src->generation != (uint32_t)(data >> 32)) return 0; /* removed meanwhile */
    return source_report(src, epoll_events, ev);
}

/* An internal chime of src rang. */
int source_chime_event(struct source* src, yuni_event* ev) { return source_report(src, 0, ev); }

/* ---- rearm, remove ---- */

static struct source* source_get(yuni_source* handle) {
    return yuni__handle_peek((uintptr_t)handle, YUNI_HANDLE_SOURCE);
}

int32_t yuni_source_rearm(yuni_source* handle) {
    struct source* src = source_get(handle);
    if (!src) return yuni__fail(YUNI_EBADHANDLE, "yuni_source_rearm: not a live source");
    if (src->kind == SRC_FOREIGN) {
        atomic_store(&src->armed, 1);
        futex_wake(&src->armed);
        return YUNI_OK;
    }
    if (src->kind == SRC_FD && (src->flags & YUNI_SOURCE_ONESHOT)) {
        struct epoll_event e = {.events = EPOLLONESHOT, .data.u64 = (uint64_t)src->generation << 32 | src->slot};
        if (src->flags & YUNI_FD_READ) e.events |= EPOLLIN | EPOLLRDHUP;
        if (src->flags & YUNI_FD_WRITE) e.events |= EPOLLOUT;
        if (src->flags & YUNI_SOURCE_EDGE) e.events |= EPOLLET;
        if (epoll_ctl(src->queue->epfd, EPOLL_CTL_MOD, src->fd, &e) != 0)
            return yuni__fail(YUNI_EINVAL, "yuni_source_rearm: fd %d: %s (closed before removal?)", src->fd,
                              strerror(errno));
        return YUNI_OK;
    }
    return yuni__fail(YUNI_ESTATE, "yuni_source_rearm: only one-shot fds and foreign bundles are re-armed");
}

/* Tear down a source whose handle is already retired. */
void source_destroy(struct source* src) {
    struct yuni_queue* q = src->queue;
    pthread_mutex_lock(&q->lock);
    q->sources[src->slot] = NULL;
    q->nlive_sources--;
    pthread_mutex_unlock(&q->lock);
    if (src->fd >= 0) epoll_ctl(q->epfd, EPOLL_CTL_DEL, src->fd, NULL);
    if (src->owns_fd) close(src->fd);
    switch (src->kind) {
    case SRC_SIGNAL:
        signal_release(src);
        break;
    case SRC_FOREIGN:
        atomic_store(&src->stopping, 1);
        futex_wake(&src->armed);
        if (src->foreign_wake) {
            nccv64 in[1];
            in[0].ptr = src->foreign_ctx;
            src->foreign_wake(in, NULL);
        }
        while (!atomic_load(&src->exited)) futex_wait(&src->exited, 0);
        /* fall through */
    case SRC_CHILD:
        atomic_fetch_sub(&src->child->bundled_into, 1);
        break;
    case SRC_CHANNEL:
        channel_release(src);
        break;
    }
    if (src->chime) {
        pthread_mutex_lock(&q->lock);
        chime_free_locked(q, src->chime);
        pthread_mutex_unlock(&q->lock);
    }
    free(src);
}

int32_t yuni_source_remove(yuni_source* handle) {
    struct source* src = source_get(handle);
    if (!src || !yuni__handle_retire((uintptr_t)handle, YUNI_HANDLE_SOURCE))
        return yuni__fail(YUNI_EBADHANDLE, "yuni_source_remove: not a live source");
    source_destroy(src);
    return YUNI_OK;
}
