/* The yuni-offload demo: the whole thread model in one small C host.
 *
 *   - A real-time Offload program (demo/dsp.sls) runs on a native offload
 *     thread in the realtime-audio class: every 5.333 ms it filters a block
 *     of 256 samples into a ring in a locked native heap and rings a chime.
 *   - The host is a VM that is multi-threaded but not concurrent.  Its work
 *     (one "step": wait for the chime, drain the ring, keep statistics) runs
 *     on whichever thread owns the VM.
 *   - Every 100 ms the host makes a threaded NCCC call to a blocking
 *     function: a read from a "device" that answers 40 ms after a request
 *     (the library's own yuni_queue_wait, called through its NCCC stub).  The call
 *     disowns the VM; the heartbeat sees it blocked and hands the VM to a
 *     pool thread, which keeps doing the host's steps; when the call returns
 *     the caller queues, the pool thread yields, and the caller goes on
 *     ("switched").
 *
 *   yuni-offload-demo [--seconds N] [--check]
 *
 * Prints a progress line while it runs and a summary at the end.  --check
 * exits 1 unless the summary is sane: every block produced was received,
 * no deadline misses, no page faults, takeovers happened, host work went on
 * during the blocking calls. */
#define _GNU_SOURCE
#include <math.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nccc.h"

#define BLOCK_SAMPLES 256
#define BLOCK_BYTES (BLOCK_SAMPLES * 8)
#define PERIOD_NS 5333333LL
#define RING_BYTES (YUNI_RING_HEADER + 64 * 1024)
#define DEVICE_LATENCY_NS 40000000LL
#define CALL_EVERY_NS 100000000LL

struct host {
    yuni_vm* vm;
    yuni_queue* queue; /* the DSP's chimes */
    yuni_chime* ready;
    void* ring;
    nccc_call_t queue_wait; /* yuni_queue_wait's NCCC stub */
    yuni_queue* device;     /* the blocking "device": a timer every 40 ms */
    const volatile uint32_t* yield_flag;
    /* host state: touched only by the VM's owner */
    uint64_t chimes, blocks, steps, steps_on_pool, calls, switched;
    double sum_squares, peak;
    double frame[BLOCK_SAMPLES];
    _Atomic int stopping;
};

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void die(const char* what, int32_t st) {
    fprintf(stderr, "yuni-offload-demo: %s: %s: %s\n", what, yuni_strerror(st), yuni_error_detail());
    exit(1);
}
#define TRY(what, call)                   \
    do {                                  \
        int32_t st_ = (call);             \
        if (st_ < 0) die((what), st_);    \
    } while (0)

/* One step of the host's work: wait (up to 5 ms) for the DSP's chime, then
 * take every whole block the ring holds. */
static void host_step(struct host* h) {
    yuni_event ev[8];
    int32_t n = yuni_queue_wait(h->queue, ev, 8, 5000000);
    for (int32_t i = 0; i < n; i++)
        if (ev[i].type == YUNI_EVENT_CHIME) h->chimes++;
    while (yuni_ring_count(h->ring) >= BLOCK_BYTES) {
        yuni_ring_get(h->ring, h->frame, BLOCK_BYTES);
        for (int i = 0; i < BLOCK_SAMPLES; i++) {
            double y = h->frame[i];
            h->sum_squares += y * y;
            if (fabs(y) > h->peak) h->peak = fabs(y);
        }
        h->blocks++;
    }
    h->steps++;
}

/* The takeover entry: a pool thread that was handed the VM keeps the host
 * going until the blocked caller wants it back (the yield flag). */
static void host_entry(const nccv64* in, nccv64* out) {
    struct host* h = in[0].ptr;
    (void)out;
    while (!*h->yield_flag && !atomic_load(&h->stopping)) {
        host_step(h);
        h->steps_on_pool++;
    }
}

/* A blocking read from the device, as a threaded NCCC call: the device
 * answers 40 ms after the request (a one-shot timer on its queue). */
static void device_read(struct host* h) {
    yuni_event ev[4];
    yuni_source* answer;
    TRY("device request", yuni_queue_add_timer(h->device, DEVICE_LATENCY_NS, 0, 0, &answer));
    nccv64 in[4] = {{.ptr = h->device}, {.ptr = ev}, {.s32 = 4}, {.s64 = 10 * DEVICE_LATENCY_NS}}, out[1];
    int32_t st = yuni_nccc_call_threaded(h->vm, h->queue_wait, in, out);
    if (st < 0) die("threaded call", st);
    if (out[0].s32 < 0) die("device read", out[0].s32);
    TRY("device done", yuni_source_remove(answer));
    h->calls++;
    if (st == YUNI_OWN_SWITCHED) h->switched++;
}

/* yuni_queue_wait's NCCC stub, found the way any NCCC loader finds it. */
static nccc_call_t find_export(const char* name) {
    nccv64 in[2], out[8];
    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    lib_yuni_offload_dispatch_ncccv0(in, out);
    int32_t count = out[2].s32;
    for (int32_t id = 0; id < count; id++) {
        in[0].s32 = YUNI_NCCC_OP_EXPORT_INFO;
        in[1].s32 = id;
        lib_yuni_offload_dispatch_ncccv0(in, out);
        if (out[0].s32 == 0 && strcmp(out[2].ptr, name) == 0) return (nccc_call_t)out[5].uptr;
    }
    fprintf(stderr, "yuni-offload-demo: the module table has no %s\n", name);
    exit(1);
}

static char* read_file(const char* path, size_t* len) {
    FILE* f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "yuni-offload-demo: cannot read %s\n", path);
        exit(1);
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char* text = malloc((size_t)n + 1);
    if (!text || fread(text, 1, (size_t)n, f) != (size_t)n) exit(1);
    fclose(f);
    text[n] = 0;
    *len = (size_t)n;
    return text;
}

static void progress(struct host* h, yuni_offload_thread* t, double elapsed, int tty) {
    yuni_offload_thread_stats s;
    yuni_vm_statistics v;
    yuni_offload_thread_statistics(t, &s);
    yuni_vm_stats(h->vm, &v);
    printf("%s[%5.1f s] blocks %6llu  misses %llu  p99 %4lld us  calls %3llu  takeovers %3llu  host steps %6llu%s",
           tty ? "\r" : "", elapsed, (unsigned long long)h->blocks, (unsigned long long)s.misses,
           (long long)(s.lateness_p99_ns / 1000), (unsigned long long)h->calls, (unsigned long long)v.takeovers,
           (unsigned long long)h->steps, tty ? "" : "\n");
    fflush(stdout);
}

int main(int argc, char** argv) {
    double seconds = 8;
    int check = 0;
    const char* dsp_path = DEMO_DSP_PATH;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) seconds = atof(argv[++i]);
        else if (strcmp(argv[i], "--check") == 0) check = 1;
        else if (strcmp(argv[i], "--dsp") == 0 && i + 1 < argc) dsp_path = argv[++i];
        else {
            fprintf(stderr, "usage: yuni-offload-demo [--seconds N] [--check] [--dsp FILE]\n");
            return 2;
        }
    }
    if (!(seconds > 0 && seconds <= 3600)) {
        fprintf(stderr, "yuni-offload-demo: --seconds must be in (0, 3600]\n");
        return 2;
    }
    static struct host h;
    int tty = isatty(1);

    /* the native heap: the ring and the DSP's buffers, locked when allowed */
    yuni_heap* heap;
    TRY("heap", yuni_heap_create(4u << 20, YUNI_HEAP_LOCK_OPTIONAL, &heap));
    h.ring = yuni_heap_alloc(heap, RING_BYTES, 64);
    void* state = yuni_heap_alloc(heap, 32, 16);
    void* frame = yuni_heap_alloc(heap, BLOCK_BYTES, 16);
    if (!h.ring || !state || !frame) die("heap alloc", YUNI_ENOMEM);
    memset(state, 0, 32);
    if (yuni_ring_init(h.ring, RING_BYTES) < 0) die("ring", YUNI_EINVAL);

    /* the host VM, with the takeover entry */
    TRY("queue", yuni_queue_create(0, &h.queue));
    TRY("chime", yuni_chime_create(h.queue, 1, &h.ready));
    TRY("device", yuni_queue_create(0, &h.device));
    h.queue_wait = find_export("yuni_queue_wait");
    yuni_vm_config cfg = {.size = sizeof cfg, .entry = host_entry, .entry_ctx = &h};
    TRY("vm", yuni_vm_create(&cfg, &h.vm));
    TRY("own", yuni_vm_own(h.vm)); /* at once: an unowned VM with work would be taken over */
    h.yield_flag = yuni_vm_yield_flag(h.vm);

    /* the DSP program on a realtime-audio offload thread */
    size_t len;
    char* source = read_file(dsp_path, &len);
    char err[512];
    yuni_program* dsp;
    if (yuni_offload_compile(source, len, &dsp, err, sizeof err) != YUNI_OK) {
        fprintf(stderr, "yuni-offload-demo: %s: %s\n", dsp_path, err);
        return 1;
    }
    free(source);
    nccv64 args[7] = {{.ptr = state}, {.s64 = 32}, {.ptr = frame}, {.s64 = BLOCK_BYTES},
                      {.ptr = h.ring},  {.s64 = RING_BYTES}, {.ptr = h.ready}};
    yuni_thread_opts opts = {.size = sizeof opts, .thread_class = YUNI_CLASS_REALTIME_AUDIO,
                             .period_ns = PERIOD_NS, .args = args, .nargs = 7, .heap = heap};
    yuni_offload_thread* dsp_thread;
    TRY("dsp thread", yuni_offload_thread_start(dsp, "block", &opts, &dsp_thread));

    printf("yuni-offload demo: %.0f s; a real-time Offload DSP fills a ring, the host makes blocking calls\n",
           seconds);
    TRY("runnable", yuni_vm_set_runnable(h.vm, 1)); /* the host always has work: takeovers are wanted */
    int64_t start = now_ns(), end = start + (int64_t)(seconds * 1e9);
    int64_t next_call = start + CALL_EVERY_NS, next_progress = start + 500000000LL;
    for (int64_t t = start; t < end; t = now_ns()) {
        host_step(&h);
        if (t >= next_call) {
            device_read(&h);
            next_call += CALL_EVERY_NS;
        }
        if (t >= next_progress) {
            progress(&h, dsp_thread, (double)(t - start) / 1e9, tty);
            next_progress += 500000000LL;
        }
    }
    atomic_store(&h.stopping, 1);
    TRY("stop", yuni_offload_thread_stop(dsp_thread));
    host_step(&h); /* the last blocks */
    TRY("runnable", yuni_vm_set_runnable(h.vm, 0)); /* nothing more to take over */
    yuni_token token;
    TRY("disown", yuni_vm_disown(h.vm, &token));
    if (tty) printf("\n");

    yuni_offload_thread_stats s;
    yuni_vm_statistics v;
    yuni_heap_statistics hs;
    TRY("thread statistics", yuni_offload_thread_statistics(dsp_thread, &s));
    TRY("vm statistics", yuni_vm_stats(h.vm, &v));
    TRY("heap statistics", yuni_heap_stats(heap, &hs));
    int64_t overruns = ((int64_t*)state)[3];
    uint64_t produced = (uint64_t)((int64_t*)state)[0];
    double samples = (double)h.blocks * BLOCK_SAMPLES;
    const char* policy = s.grant.policy == 1 ? "SCHED_FIFO" : s.grant.policy == 5 ? "SCHED_IDLE" : "SCHED_OTHER";
    printf("summary\n");
    printf("  dsp thread     realtime-audio (%s/%d%s), period 5.333 ms: %llu blocks, %llu deadline misses, "
           "%llu page faults\n",
           policy, s.grant.priority, s.grant.flags & YUNI_GRANT_FALLBACK ? ", fallback" : "",
           (unsigned long long)s.runs, (unsigned long long)s.misses, (unsigned long long)s.page_faults);
    printf("  lateness       p50 %lld us, p99 %lld us, p99.9 %lld us, max %lld us\n",
           (long long)(s.lateness_p50_ns / 1000), (long long)(s.lateness_p99_ns / 1000),
           (long long)(s.lateness_p999_ns / 1000), (long long)(s.lateness_max_ns / 1000));
    printf("  ring           %llu of %llu blocks received (rms %.3f, peak %.3f), %lld overruns\n",
           (unsigned long long)h.blocks, (unsigned long long)produced,
           samples > 0 ? sqrt(h.sum_squares / samples) : 0.0, h.peak, (long long)overruns);
    printf("  chimes         %llu received (rings coalesce)\n", (unsigned long long)h.chimes);
    printf("  threaded calls %llu blocking device reads; %llu heartbeat takeovers; %llu came back switched\n",
           (unsigned long long)h.calls, (unsigned long long)v.takeovers, (unsigned long long)h.switched);
    printf("  host work      %llu steps, %llu of them on pool threads while the caller was blocked\n",
           (unsigned long long)h.steps, (unsigned long long)h.steps_on_pool);
    printf("  heap           %.1f MiB%s, %llu bytes used (high water %llu), %llu allocs, %llu misuses\n",
           (double)hs.total_bytes / (1 << 20), hs.locked ? " locked" : " (not locked)",
           (unsigned long long)hs.used_bytes, (unsigned long long)hs.high_water, (unsigned long long)hs.allocs,
           (unsigned long long)hs.misuses);

    int sane = h.blocks == produced && produced > 0 && overruns == 0 && s.misses == 0 && s.page_faults == 0 &&
               h.calls > 0 && v.takeovers > 0 && h.switched > 0 && h.steps_on_pool > 0 && h.chimes > 0 &&
               hs.misuses == 0 && (s.state == YUNI_THREAD_STOPPED || s.state == YUNI_THREAD_FINISHED);
    printf("demo: %s\n", sane ? "OK" : "NOT SANE (see the summary)");

    TRY("thread destroy", yuni_offload_thread_destroy(dsp_thread));
    TRY("program destroy", yuni_offload_destroy(dsp));
    TRY("vm destroy", yuni_vm_destroy(h.vm));
    TRY("device destroy", yuni_queue_destroy(h.device));
    TRY("queue destroy", yuni_queue_destroy(h.queue));
    TRY("heap destroy", yuni_heap_destroy(heap));
    return check && !sane ? 1 : 0;
}
