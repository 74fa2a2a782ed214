/* Sources: what besides chimes puts events on a queue — fds, timers,
 * signals, bundled child queues (a foreign child through a waiter thread)
 * and channels (channel.c).
 *
 * Lifetimes (core.h): a source's calls borrow it; a foreign bundle's waiter
 * enters it for as long as it runs.  A call that attaches one borrows the
 * queue for its whole length; remove borrows the queue, then retires the
 * source, wakes its waiter, waits until nobody is inside and takes it down
 * (source_teardown), so a queue destroy — which does the same for every
 * source left — never meets a source half taken down.
 *
 * fd numbers.  epoll keys a registration by the file and the number it was
 * added under, and takes commands by number.  A host that closes an fd
 * before removing its source leaves a registration the number no longer
 * reaches: gone if the file closed with it, still firing if another
 * descriptor (a dup, a forked child's copy) keeps the file open.  So:
 *   - a source whose number a later source of the queue took is
 *     `shadowed`: its commands would hit the later source's registration,
 *     and are never sent;
 *   - a level-triggered fd source is one-shot in epoll and re-armed (one
 *     epoll_ctl) after each event it reports; a re-arm the kernel refuses
 *     (the number is closed, or names another file) marks it `lost`: that
 *     event carries YUNI_FD_ERROR, and the dead registration, disarmed, can
 *     fire no more — where it would otherwise fire on every wait, forever;
 *   - an event of a registration no live source owns is dropped (counted
 *     as an empty wake-up); a one-shot one fires at most once.
 * An edge-triggered source's dead registration can still report the file's
 * edges: each is dropped, none spins. */
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

static uint64_t epoll_key(const struct source* src) { return (uint64_t)src->generation << 32 | src->slot; }

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
        struct epoll_event e = {.events = epoll_events, .data.u64 = epoll_key(src)};
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
    /* The kernel took the number, so no older source's registration is
     * under it any more (it would have refused the add as EEXIST). */
    for (uint32_t i = 1; src->fd >= 0 && i < q->nsources; i++)
        if (q->sources[i] && q->sources[i]->fd == src->fd) q->sources[i]->shadowed = 1;
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

/* Attach a new source to q, which the caller borrowed. */
int32_t source_attach(const char* fn, struct yuni_queue* q, struct source* src, uint32_t epoll_events,
                      int with_chime, yuni_source** out) {
    int32_t st;
    if (q->foreign) {
        st = yuni__fail(YUNI_ESTATE, "%s: a \"%s\" queue takes no sources", fn, q->culture);
    } else {
        pthread_mutex_lock(&q->lock);
        if (atomic_load(&q->closing))
            st = yuni__fail(YUNI_EBADHANDLE, "%s: the queue is being destroyed", fn);
        else if ((st = with_chime ? chime_new(q, src->tag, (uint32_t)with_chime, src, &src->chime) : YUNI_OK))
            st = yuni__fail(st, "%s: %s", fn, st == YUNI_ETOOBIG ? "the queue's chimes are all taken" : "out of memory");
        else if ((st = source_attach_locked(fn, q, src, epoll_events)) == YUNI_OK)
            src->queue_handle = q->handle;
        pthread_mutex_unlock(&q->lock);
        if (st && src->chime && yuni__handle_retire_begin(src->chime->handle, YUNI_HANDLE_CHIME))
            chime_kill(q, src->chime);
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

/* Attach src to the live epoll queue `queue`, borrowed for the call. */
static int32_t attach_to(const char* fn, yuni_queue* queue, struct source* src, uint32_t epoll_events,
                         int with_chime, yuni_source** out) {
    struct yuni_queue* q = queue_borrow(queue);
    int32_t st;
    if (!q) {
        if (src->owns_fd) close(src->fd);
        free(src);
        return yuni__fail(YUNI_EBADHANDLE, "%s: not a live queue", fn);
    }
    st = source_attach(fn, q, src, epoll_events, with_chime, out);
    yuni__handle_return((uintptr_t)queue);
    return st;
}

/* ---- fds ---- */

/* The epoll interest of an fd source; a level-triggered one is one-shot
 * inside (the file's head, "fd numbers"). */
static uint32_t fd_interest(const struct source* src) {
    uint32_t events = 0;
    if (src->flags & YUNI_FD_READ) events |= EPOLLIN | EPOLLRDHUP;
    if (src->flags & YUNI_FD_WRITE) events |= EPOLLOUT;
    if (src->flags & YUNI_SOURCE_ONESHOT || src->rearm) events |= EPOLLONESHOT;
    if (src->flags & YUNI_SOURCE_EDGE) events |= EPOLLET;
    return events;
}

/* Arm src's registration again, under the queue's lock: 0, or -1 when the
 * number no longer reaches it (the source is lost from now on). */
static int fd_rearm_locked(struct source* src) {
    struct epoll_event e = {.events = fd_interest(src), .data.u64 = epoll_key(src)};
    if (!src->shadowed && !src->lost && epoll_ctl(src->queue->epfd, EPOLL_CTL_MOD, src->fd, &e) == 0) return 0;
    src->lost = 1;
    return -1;
}

int32_t yuni_queue_add_fd(yuni_queue* queue, int32_t fd, uint32_t flags, uint64_t tag, yuni_source** out) {
    const uint32_t known = YUNI_FD_READ | YUNI_FD_WRITE | YUNI_SOURCE_ONESHOT | YUNI_SOURCE_EDGE;
    struct source* src;
    if (!out) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: out is NULL");
    *out = NULL;
    if (fd < 0) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: fd %d is negative", fd);
    if (flags & ~known) return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: unknown flags %#x", flags & ~known);
    if (!(flags & (YUNI_FD_READ | YUNI_FD_WRITE)))
        return yuni__fail(YUNI_EINVAL, "yuni_queue_add_fd: ask for YUNI_FD_READ and/or YUNI_FD_WRITE");
    if (!(src = source_new(SRC_FD, tag))) return yuni__fail(YUNI_ENOMEM, "yuni_queue_add_fd: out of memory");
    src->fd = fd;
    src->flags = flags;
    src->rearm = !(flags & (YUNI_SOURCE_ONESHOT | YUNI_SOURCE_EDGE));
    return attach_to("yuni_queue_add_fd", queue, src, fd_interest(src), 0, out);
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
    return attach_to("yuni_queue_add_timer", queue, src, EPOLLIN, 0, out);
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
        if (atomic_load(&signal_slots[i].signo) != signo) continue;
        atomic_fetch_add(&signal_slots[i].deliveries, 1);
        yuni_chime_ring((yuni_chime*)atomic_load(&signal_slots[i].chime)); /* async-signal-safe */
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
    static const char who[] = "yuni_queue_add_signal";
    struct yuni_queue* q;
    struct source* src = NULL;
    sigset_t mask;
    int slot, fd;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "%s: out is NULL", who);
    *out = NULL;
    if (signal_refused(signo)) return yuni__fail(YUNI_EINVAL, "%s: signal %d is refused", who, signo);
    /* Borrowed to the end: the source stays ours while it is registered. */
    if (!(q = queue_borrow(queue))) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live queue", who);
    sigemptyset(&mask);
    sigaddset(&mask, signo);
    fd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        st = yuni__fail(errno_status(err), "%s: signalfd: %s", who, strerror(err));
    } else if (!(src = source_new(SRC_SIGNAL, tag))) {
        close(fd);
        st = yuni__fail(YUNI_ENOMEM, "%s: out of memory", who);
    } else {
        src->fd = fd;
        src->owns_fd = 1;
        src->signo = signo;
        st = source_attach(who, q, src, EPOLLIN, CHIME_SIGNAL, NULL);
    }
    if (st) {
        yuni__handle_return((uintptr_t)queue);
        return st;
    }
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
        source_remove(who, src->handle, YUNI_HANDLE_SOURCE);
        st = yuni__fail(YUNI_ETOOBIG, "%s: %d signal sources exist already", who, SIGNAL_SLOTS);
    } else {
        *out = (yuni_source*)src->handle;
    }
    yuni__handle_return((uintptr_t)queue);
    return st;
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

/* A foreign child's waiter: a library thread (or goroutine) blocked in the
 * child library's wait, host code, for as long as the source lives.  It
 * enters the source by handle, so a source removed before the waiter ran is
 * never touched, and a removal waits for the waiter to leave; inside, the
 * child's wait calling back into a remove of this source, or a destroy of
 * its parent, is refused instead of waiting for itself. */
void foreign_waiter_main(uintptr_t handle) {
    struct source* src = yuni__handle_enter(handle, YUNI_HANDLE_SOURCE);
    if (!src) return;
    atomic_store(&src->waiting, 1);
    while (!atomic_load(&src->stopping)) {
        nccv64 in[2], out[1];
        if (!atomic_load(&src->armed)) {
            futex_wait(&src->armed, 0);
            continue;
        }
        in[0].ptr = src->foreign_ctx;
        /* Slices, so a removal whose wake was lost (or that has none) is
         * noticed: 50 ms without a wake function, 1 s with one. */
        in[1].s64 = src->foreign_wake ? 1000000000 : 50000000;
        out[0].s32 = 0;
        src->foreign_wait(in, out);
        if (atomic_load(&src->stopping)) break;
        if (out[0].s32 != 0) {
            atomic_store(&src->count, (uint64_t)(int64_t)out[0].s32);
            atomic_store(&src->armed, 0);
            chime_ring(src->chime);
        }
    }
    atomic_store(&src->waiting, 2);
    futex_wake(&src->waiting);
    yuni__handle_leave(handle);
}

static void* waiter_thread(void* handle) {
    foreign_waiter_main((uintptr_t)handle);
    return NULL;
}

void (*yuni__queue_waiter_starter)(uintptr_t source);
void yuni__queue_set_waiter_starter(void (*start)(uintptr_t source)) { yuni__queue_waiter_starter = start; }

/* Step 3 for a foreign bundle: stop its waiter, calling the child's wake
 * until the waiter is out of the child's wait (a wake that comes before the
 * wait began may be lost). */
static void stop_waiter(struct source* src) {
    atomic_store(&src->stopping, 1);
    futex_wake(&src->armed);
    while (atomic_load(&src->waiting) == 1) {
        struct timespec slice = {0, 10000000};
        if (src->foreign_wake) {
            nccv64 in[1];
            in[0].ptr = src->foreign_ctx;
            src->foreign_wake(in, NULL);
        }
        syscall(SYS_futex, (uint32_t*)&src->waiting, FUTEX_WAIT_PRIVATE, 1, &slice, NULL, 0);
    }
}

static int32_t bundle(const char* who, struct yuni_queue* p, struct yuni_queue* c, uint64_t tag, yuni_source** out) {
    struct source* src;
    int32_t st;
    /* The child counts its parents under its lock, refused once it is being
     * destroyed, so a child cannot be destroyed under a bundle. */
    pthread_mutex_lock(&c->lock);
    st = atomic_load(&c->closing) ? YUNI_EBADHANDLE : YUNI_OK;
    if (!st) atomic_fetch_add(&c->bundled_into, 1);
    pthread_mutex_unlock(&c->lock);
    if (st) return yuni__fail(st, "%s: the child is being destroyed", who);
    if (!(src = source_new(c->foreign ? SRC_FOREIGN : SRC_CHILD, tag))) {
        atomic_fetch_sub(&c->bundled_into, 1);
        return yuni__fail(YUNI_ENOMEM, "%s: out of memory", who);
    }
    src->child = c;
    if (!c->foreign) {
        src->fd = c->epfd;
        st = source_attach(who, p, src, EPOLLIN, 0, out);
    } else {
        src->foreign_wait = c->desc.wait;
        src->foreign_wake = c->desc.wake;
        src->foreign_ctx = c->desc.ctx;
        atomic_init(&src->armed, 1);
        st = source_attach(who, p, src, 0, CHIME_FOREIGN, out);
    }
    if (st) {
        atomic_fetch_sub(&c->bundled_into, 1);
        return st;
    }
    if (!c->foreign) return YUNI_OK;
    if (yuni__queue_waiter_starter) {
        YUNI__IN_GO(yuni__queue_waiter_starter(src->handle));
    } else {
        pthread_t thread;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        if (yuni__thread_create(&thread, &attr, waiter_thread, (void*)src->handle) != 0) {
            pthread_attr_destroy(&attr);
            source_remove(who, src->handle, YUNI_HANDLE_SOURCE);
            *out = NULL;
            return yuni__fail(YUNI_ENOMEM, "%s: cannot start a waiter thread", who);
        }
        pthread_attr_destroy(&attr);
    }
    return YUNI_OK;
}

int32_t yuni_queue_bundle(yuni_queue* parent, yuni_queue* child, uint64_t tag, yuni_source** out) {
    static const char who[] = "yuni_queue_bundle";
    struct yuni_queue *p, *c;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "%s: out is NULL", who);
    *out = NULL;
    if (!(c = queue_borrow(child))) return yuni__fail(YUNI_EBADHANDLE, "%s: child is not a live queue", who);
    if (!(p = queue_borrow(parent))) {
        st = yuni__fail(YUNI_EBADHANDLE, "%s: parent is not a live queue", who);
    } else {
        st = bundle(who, p, c, tag, out);
        yuni__handle_return((uintptr_t)parent);
    }
    yuni__handle_return((uintptr_t)child);
    return st;
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
    /* Removed meanwhile, or a registration no source owns ("fd numbers"). */
    if (!src || src->generation != (uint32_t)(data >> 32) || src->lost) return 0;
    if (!source_report(src, epoll_events, ev)) return 0;
    if (src->rearm && fd_rearm_locked(src) != 0) ev->flags |= YUNI_FD_ERROR;
    return 1;
}

/* An internal chime of src rang. */
int source_chime_event(struct source* src, yuni_event* ev) { return source_report(src, 0, ev); }

/* ---- rearm, remove ---- */

int32_t yuni_source_rearm(yuni_source* handle) {
    static const char who[] = "yuni_source_rearm";
    struct source* src = yuni__handle_borrow((uintptr_t)handle, YUNI_HANDLE_SOURCE);
    int32_t st = YUNI_OK;
    if (!src) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live source", who);
    if (src->kind == SRC_FOREIGN) {
        atomic_store(&src->armed, 1);
        futex_wake(&src->armed);
    } else if (src->kind == SRC_FD && (src->flags & YUNI_SOURCE_ONESHOT)) {
        pthread_mutex_lock(&src->queue->lock);
        if (fd_rearm_locked(src) != 0)
            st = yuni__fail(YUNI_EINVAL, "%s: fd %d was closed, or its number reused, before removal", who, src->fd);
        pthread_mutex_unlock(&src->queue->lock);
    } else {
        st = yuni__fail(YUNI_ESTATE, "%s: only one-shot fds and foreign bundles are re-armed", who);
    }
    yuni__handle_return((uintptr_t)handle);
    return st;
}

/* Steps 3 and 4 of a source's destroy; its handle is retired by the caller,
 * who borrows (or is destroying) its queue. */
void source_teardown(struct source* src) {
    struct yuni_queue* q = src->queue;
    int del;
    if (src->kind == SRC_FOREIGN) stop_waiter(src);
    yuni__handle_retire_wait(src->handle);
    pthread_mutex_lock(&q->lock);
    q->sources[src->slot] = NULL;
    q->nlive_sources--;
    del = src->fd >= 0 && !src->shadowed; /* a shadowed number is another source's now */
    pthread_mutex_unlock(&q->lock);
    if (del) epoll_ctl(q->epfd, EPOLL_CTL_DEL, src->fd, NULL);
    if (src->owns_fd) close(src->fd);
    switch (src->kind) {
    case SRC_SIGNAL:
        signal_release(src);
        break;
    case SRC_FOREIGN:
    case SRC_CHILD:
        atomic_fetch_sub(&src->child->bundled_into, 1);
        break;
    case SRC_CHANNEL:
        channel_release(src);
        break;
    }
    if (src->chime && yuni__handle_retire_begin(src->chime->handle, YUNI_HANDLE_CHIME)) chime_kill(q, src->chime);
    free(src);
}

int32_t source_remove(const char* fn, uintptr_t handle, enum yuni_handle_type type) {
    struct source* src = yuni__handle_borrow(handle, type);
    struct yuni_queue* q;
    uintptr_t qh;
    if (!src) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live %s", fn, type == YUNI_HANDLE_CHANNEL ? "channel" : "source");
    qh = src->queue_handle;
    yuni__handle_return(handle);
    if (yuni__handle_depth(handle))
        return yuni__fail(YUNI_EBUSY, "%s: called from the bundled child's wait, inside this source", fn);
    /* The queue, borrowed, waits for this removal if it is destroyed now;
     * one already being destroyed removes the source itself. */
    if (!(q = queue_borrow((yuni_queue*)qh))) return yuni__fail(YUNI_EBADHANDLE, "%s: its queue is being destroyed", fn);
    if (!yuni__handle_retire_begin(handle, type)) {
        yuni__handle_return(qh);
        return yuni__fail(YUNI_EBADHANDLE, "%s: removed concurrently", fn);
    }
    source_teardown(src);
    yuni__handle_return(qh);
    return YUNI_OK;
}

int32_t yuni_source_remove(yuni_source* handle) {
    return source_remove("yuni_source_remove", (uintptr_t)handle, YUNI_HANDLE_SOURCE);
}
