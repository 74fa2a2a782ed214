/* Channels: messages to one receiving queue (docs/design.md, "Queues").  A send allocates from the channel's own native heap, copies, links
 * the message onto an intrusive MPSC list with one atomic swap and rings the
 * channel's chime.  The sender takes no lock of the receiver and never
 * waits for anything but the heap's short allocation lock, so VMs sending
 * to each other cannot deadlock.  The receiver unlinks without atomics but
 * one load; a sender caught between its swap and its link makes the list
 * look empty for a moment, and rings once linked, so nothing is lost. */
#include <stdlib.h>
#include <string.h>

#include "queue_impl.h"

/* Sends and receives borrow the channel (core.h's rule): a destroy, of the
 * channel or of its queue, waits for them before the heap goes. */
static struct source* channel_borrow(yuni_channel* handle) {
    return yuni__handle_borrow((uintptr_t)handle, YUNI_HANDLE_CHANNEL);
}

static void link_message(struct source* ch, struct message* m) {
    struct message* prev;
    atomic_store_explicit(&m->next, NULL, memory_order_relaxed);
    prev = atomic_exchange_explicit(&ch->tail, m, memory_order_acq_rel);
    atomic_store_explicit(&prev->next, m, memory_order_release);
}

/* The oldest fully linked message, unlinked; NULL if none yet. */
static struct message* unlink_message(struct source* ch) {
    struct message* head = ch->head;
    struct message* next = atomic_load_explicit(&head->next, memory_order_acquire);
    if (head == &ch->stub) {
        if (!next) return NULL;
        ch->head = head = next;
        next = atomic_load_explicit(&head->next, memory_order_acquire);
    }
    if (next) {
        ch->head = next;
        return head;
    }
    if (head != atomic_load_explicit(&ch->tail, memory_order_acquire)) return NULL; /* a sender is linking */
    link_message(ch, &ch->stub);
    next = atomic_load_explicit(&head->next, memory_order_acquire);
    if (!next) return NULL;
    ch->head = next;
    return head;
}

int32_t yuni_channel_create(yuni_queue* receiver, uint64_t tag, size_t capacity, yuni_channel** out) {
    static const char who[] = "yuni_channel_create";
    struct yuni_queue* q;
    struct source* ch;
    yuni_heap_statistics hs;
    int32_t st;
    if (!out) return yuni__fail(YUNI_EINVAL, "%s: out is NULL", who);
    *out = NULL;
    if (capacity < YUNI_HEAP_MIN_BYTES || capacity > YUNI_HEAP_MAX_BYTES)
        return yuni__fail(YUNI_EINVAL, "%s: capacity %zu is outside [%zu, %zu]", who, capacity, YUNI_HEAP_MIN_BYTES,
                          YUNI_HEAP_MAX_BYTES);
    if (!(q = queue_borrow(receiver))) return yuni__fail(YUNI_EBADHANDLE, "%s: not a live queue", who);
    if (!(ch = calloc(1, sizeof *ch))) {
        yuni__handle_return((uintptr_t)receiver);
        return yuni__fail(YUNI_ENOMEM, "%s: out of memory", who);
    }
    ch->kind = SRC_CHANNEL;
    ch->tag = tag;
    ch->fd = -1;
    atomic_init(&ch->signal_slot, -1);
    if ((st = yuni_heap_create(capacity, 0, &ch->heap)) != YUNI_OK) {
        free(ch);
        yuni__handle_return((uintptr_t)receiver);
        return st;
    }
    /* What an empty channel takes whole: longer is YUNI_ETOOBIG, never "full". */
    yuni_heap_stats(ch->heap, &hs);
    ch->max_message = hs.largest_free > sizeof(struct message) ? hs.largest_free - sizeof(struct message) : 0;
    atomic_init(&ch->stub.next, NULL);
    atomic_init(&ch->tail, &ch->stub);
    ch->head = &ch->stub;
    pthread_mutex_init(&ch->receive_lock, NULL);
    st = source_attach(who, q, ch, 0, CHIME_CHANNEL, (yuni_source**)out);
    yuni__handle_return((uintptr_t)receiver);
    return st;
}

int32_t yuni_channel_destroy(yuni_channel* handle) {
    return source_remove("yuni_channel_destroy", (uintptr_t)handle, YUNI_HANDLE_CHANNEL);
}

/* The queue or the channel is going away: the heap holds every message. */
void channel_release(struct source* ch) {
    yuni_heap_destroy(ch->heap);
    pthread_mutex_destroy(&ch->receive_lock);
}

static int32_t send_borrowed(struct source* ch, const void* data, size_t length) {
    struct message* m;
    if (!data && length) return yuni__fail(YUNI_EINVAL, "yuni_channel_send: data is NULL");
    if (length > ch->max_message)
        return yuni__fail(YUNI_ETOOBIG, "yuni_channel_send: %zu bytes never fit this channel (at most %zu)", length,
                          ch->max_message);
    m = yuni_heap_alloc(ch->heap, sizeof *m + length, 0);
    if (!m) return yuni__fail(YUNI_EBUSY, "yuni_channel_send: the channel is full (%zu bytes asked)", length);
    m->length = length;
    if (length) memcpy(m->data, data, length);
    link_message(ch, m);
    atomic_fetch_add(&ch->count, 1);
    chime_ring(ch->chime);
    return YUNI_OK;
}

int32_t yuni_channel_send(yuni_channel* handle, const void* data, size_t length) {
    struct source* ch = channel_borrow(handle);
    int32_t st;
    if (!ch) return yuni__fail(YUNI_EBADHANDLE, "yuni_channel_send: not a live channel");
    st = send_borrowed(ch, data, length);
    yuni__handle_return((uintptr_t)handle);
    return st;
}

static int32_t receive_borrowed(struct source* ch, void* buffer, size_t capacity, size_t* length) {
    struct message* m;
    if (!length) return yuni__fail(YUNI_EINVAL, "yuni_channel_receive: length is NULL");
    if (!buffer && capacity) return yuni__fail(YUNI_EINVAL, "yuni_channel_receive: buffer is NULL");
    *length = 0;
    pthread_mutex_lock(&ch->receive_lock);
    m = ch->peeked ? ch->peeked : unlink_message(ch);
    ch->peeked = NULL;
    if (!m) {
        pthread_mutex_unlock(&ch->receive_lock);
        return 0;
    }
    *length = m->length;
    if (m->length > capacity) {
        ch->peeked = m;
        pthread_mutex_unlock(&ch->receive_lock);
        return yuni__fail(YUNI_ETOOBIG, "yuni_channel_receive: the message has %zu bytes, the buffer %zu",
                          m->length, capacity);
    }
    if (m->length) memcpy(buffer, m->data, m->length);
    pthread_mutex_unlock(&ch->receive_lock);
    atomic_fetch_sub(&ch->count, 1);
    yuni_heap_free(ch->heap, m);
    return 1;
}

int32_t yuni_channel_receive(yuni_channel* handle, void* buffer, size_t capacity, size_t* length) {
    struct source* ch = channel_borrow(handle);
    int32_t st;
    if (!ch) return yuni__fail(YUNI_EBADHANDLE, "yuni_channel_receive: not a live channel");
    st = receive_borrowed(ch, buffer, capacity, length);
    yuni__handle_return((uintptr_t)handle);
    return st;
}

int channel_event(struct source* ch, yuni_event* ev) {
    ev->type = YUNI_EVENT_CHANNEL;
    ev->value = (int64_t)atomic_load(&ch->count);
    return 1;
}
