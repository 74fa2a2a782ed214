/* The storm's rows for heaps, queues and their chimes, sources and
 * channels, Offload programs and entries, and offload threads (the table is
 * in lifetime_storm.c).  Every tag and payload carries the generation's
 * serial, so whatever crosses generations is seen. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lifetime_storm.h"

/* ---- heaps ---- */

static int32_t heap_create(struct storm_gen* g) {
    return yuni_heap_create(64 * 1024, 0, (yuni_heap**)&g->h[0]);
}
static int32_t heap_destroy(struct storm_gen* g) { return yuni_heap_destroy((yuni_heap*)g->h[0]); }

/* NULL from alloc is either a dead handle or a full heap: the detail says. */
static int32_t alloc_status(void) {
    return strstr(yuni_error_detail(), "not a live heap") ? YUNI_EBADHANDLE : YUNI_ENOMEM;
}

static int32_t heap_alloc_resize_free(struct storm_gen* g, struct storm_racer* r) {
    yuni_heap* h = (yuni_heap*)g->h[0];
    size_t size = storm_rand(r, 512);
    void* p = yuni_heap_alloc(h, size, storm_rand(r, 2) ? 0 : 64);
    int32_t st;
    if (!p) return alloc_status();
    /* The block's memory is not touched: once the heap is destroyed it is
     * unmapped, and using a block then is the caller's race (nccc.h). */
    size_t usable = yuni_heap_usable_size(h, p);
    if (usable && usable < size) storm_fail(r, "usable size %zu of a %zu-byte block", usable, size);
    st = yuni_heap_resize(h, p, size + storm_rand(r, 64));
    if (st != YUNI_OK && st != YUNI_ENOMEM && st != YUNI_EBADHANDLE)
        storm_fail(r, "resize answered %d (%s)", st, yuni_error_detail());
    storm_pause(r, 0);
    return yuni_heap_free(h, p);
}

static int32_t heap_stats(struct storm_gen* g, struct storm_racer* r) {
    yuni_heap_statistics st;
    int32_t rc = yuni_heap_stats((yuni_heap*)g->h[0], &st);
    if (rc == YUNI_OK && st.used_bytes > st.total_bytes)
        storm_fail(r, "stats: %llu bytes used of %llu", (unsigned long long)st.used_bytes,
                   (unsigned long long)st.total_bytes);
    return rc;
}

static int32_t heap_check(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return yuni_heap_check((yuni_heap*)g->h[0]);
}

static int32_t heap_racing_destroy(struct storm_gen* g, struct storm_racer* r) {
    (void)r;
    return heap_destroy(g);
}

static const struct storm_op heap_ops[] = {
    {"alloc+resize+free", heap_alloc_resize_free, 6, 0, {YUNI_ENOMEM}},
    {"stats", heap_stats, 2, 0, {0}},
    {"check", heap_check, 1, 0, {0}},
    {"destroy", heap_racing_destroy, 1, 1, {0}},
};

const struct storm_row storm_row_heap = {
    .name = "heap",
    .create = heap_create,
    .destroy = heap_destroy,
    .ops = heap_ops,
    .nops = sizeof heap_ops / sizeof heap_ops[0],
};
