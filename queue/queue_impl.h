/* Internal structures of the queue subsystem (queue.c, chime.c, source.c,
 * channel.c).  Nothing here is part of the ABI. */
#ifndef YUNI_QUEUE_IMPL_H
#define YUNI_QUEUE_IMPL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "core.h"

#define CHIME_WORDS (YUNI_QUEUE_MAX_CHIMES / 64) /* one summary bit per word */
#define CHIME_CHUNK 64                           /* chimes allocated together */
#define CHIME_CHUNKS (YUNI_QUEUE_MAX_CHIMES / CHIME_CHUNK)
_Static_assert(CHIME_WORDS == 64, "the summary is one 64-bit word");

/* What a chime's event says: user chimes, and the chimes sources ring. */
enum chime_kind { CHIME_USER = 0, CHIME_SIGNAL, CHIME_FOREIGN, CHIME_CHANNEL };

struct source;

/* One chime.  A cache line each: ringers of different chimes of one queue
 * write only the shared bitmap words, not each other's pending flags. */
struct chime {
    /* generation << 1 | pending: pending from the first ring until the
     * waiter takes it; the generation counts the chimes this memory has
     * been, so a ring that began before a destroy cannot set it for the
     * next (chime.c) */
    _Atomic uint64_t state;
    uint32_t index;           /* bit in the queue's bitmap */
    struct yuni_queue* queue; /* fixed for the life of the memory */
    uintptr_t handle;         /* 0 once retired (the waiter skips it), under the queue's lock */
    uintptr_t queue_handle;   /* the queue's handle when the chime was made */
    uint64_t tag;
    uint32_t kind;            /* enum chime_kind */
    uint32_t next_free;       /* free-slot stack, index + 1 */
    struct source* source;    /* the source behind an internal chime */
} __attribute__((aligned(64)));

enum source_kind { SRC_FD = 1, SRC_TIMER, SRC_SIGNAL, SRC_CHILD, SRC_FOREIGN, SRC_CHANNEL };

struct message {
    struct message* _Atomic next;
    size_t length;
    unsigned char data[];
};

/* An attached event producer.  Looked up from epoll by (slot, generation)
 * under the queue's lock, so an event raced by a removal is dropped. */
struct source {
    uintptr_t handle;   /* YUNI_HANDLE_SOURCE, or YUNI_HANDLE_CHANNEL */
    uintptr_t queue_handle; /* borrowed by remove, so a queue destroy waits for it */
    struct yuni_queue* queue;
    uint32_t slot, generation;
    uint32_t kind, flags;
    uint64_t tag;
    int fd;              /* in the epoll set, or -1 */
    int owns_fd;         /* timerfd, signalfd: closed on removal */
    /* fds by number (source.c, "fd numbers"); under the queue's lock */
    int rearm;           /* level-triggered: one-shot in epoll, re-armed after each event */
    int shadowed;        /* a later source took the number: ours is unreachable by it */
    int lost;            /* a re-arm found the number closed or reused: silent until removed */
    int signo;
    _Atomic int signal_slot; /* in source.c's process-wide table, -1: none */
    struct chime* chime; /* signal, foreign bundle, channel */
    _Atomic uint64_t count; /* foreign: its last ready count; channel: messages waiting */
    /* a bundled child */
    struct yuni_queue* child;
    /* a foreign child's waiter */
    nccc_call_t foreign_wait, foreign_wake;
    void* foreign_ctx;
    _Atomic uint32_t armed, stopping;
    _Atomic uint32_t waiting; /* futex: 1 while the waiter loops, 2 once it is out */
    /* a channel: an intrusive MPSC list (senders swap `tail`) over a heap */
    yuni_heap* heap;
    struct message* _Atomic tail;
    struct message* head; /* receiver side */
    struct message* peeked; /* taken but too big for the last buffer */
    struct message stub;
    size_t max_message;   /* the longest message an empty channel takes */
    pthread_mutex_t receive_lock;
};

struct yuni_queue {
    /* Ringers' lines: the bitmap and the signalled word. */
    _Atomic uint64_t summary;             /* bit w: words[w] may be non-zero */
    _Atomic uint64_t signalled;           /* epoch << 1 | 1 once a ring of the epoch wrote the eventfd */
    int eventfd;                          /* kept for the life of the memory */
    _Atomic uint64_t words[CHIME_WORDS] __attribute__((aligned(64)));
    _Atomic uint64_t kernel_wakes;
    /* Everything else. */
    uintptr_t handle __attribute__((aligned(64)));
    struct yuni_queue* next_free;
    int epfd;
    int foreign;
    yuni_foreign_queue desc;
    char culture[YUNI_CULTURE_MAX + 1];
    _Atomic uint32_t closing;      /* set, under lock, when destroy retires the handle */
    _Atomic uint32_t bundled_into; /* parents this queue is bundled into */
    pthread_mutex_t wait_lock;     /* one waiter at a time; held while blocked */
    pthread_mutex_t lock;          /* chimes and sources tables */
    struct chime* chunks[CHIME_CHUNKS];
    uint32_t chime_free;           /* free-slot stack head, index + 1 */
    uint32_t chime_top;            /* slots [0, chime_top) have been used */
    uint32_t nchimes;
    struct source** sources;       /* by slot; slot 0 is the eventfd */
    uint32_t nsources, source_cap, nlive_sources;
    uint64_t waits, events, empty_wakes;
};

/* Borrow a live queue for one call (core.h's rule); yuni__handle_return
 * when done.  A call that adds a dependent (chime, source, channel) also
 * checks `closing` under the queue's lock. */
static inline struct yuni_queue* queue_borrow(yuni_queue* handle) {
    return (struct yuni_queue*)yuni__handle_borrow((uintptr_t)handle, YUNI_HANDLE_QUEUE);
}

/* chime.c */
int32_t chime_new(struct yuni_queue* q, uint64_t tag, uint32_t kind, struct source* src, struct chime** out);
void chime_kill(struct yuni_queue* q, struct chime* c);
void chime_ring(struct chime* c);
void queue_resignal(struct yuni_queue* q);
void queue_reset_signalled(struct yuni_queue* q);
int chime_drain_locked(struct yuni_queue* q, yuni_event* ev, int room);

/* source.c */
/* Attach src (freed on failure) to q (an epoll queue the caller borrowed),
 * with an internal chime of chime_kind unless 0. */
int32_t source_attach(const char* fn, struct yuni_queue* q, struct source* src, uint32_t epoll_events,
                      int chime_kind, yuni_source** out);
int source_event_locked(struct yuni_queue* q, uint64_t data, uint32_t epoll_events, yuni_event* ev);
int source_chime_event(struct source* src, yuni_event* ev);
/* Remove a source or channel by its handle (yuni_source_remove,
 * yuni_channel_destroy). */
int32_t source_remove(const char* fn, uintptr_t handle, enum yuni_handle_type type);
/* Steps 3 and 4 of a source's destroy, its handle retired by the caller,
 * who borrows its queue. */
void source_teardown(struct source* src);
void foreign_waiter_main(uintptr_t source);

/* channel.c */
int channel_event(struct source* src, yuni_event* ev);
void channel_release(struct source* src);

/* Set by the Go side to run foreign waiters on goroutines; plain pthreads
 * without it (the C core built alone).  The waiter gets the source's handle
 * and enters it: a source removed before its waiter ran is never touched. */
extern void (*yuni__queue_waiter_starter)(uintptr_t source);
void yuni__queue_set_waiter_starter(void (*start)(uintptr_t source));

#endif
