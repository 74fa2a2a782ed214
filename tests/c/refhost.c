/* The reference host: a tiny VM with green processes that uses the ownership
 * API the way a real one would. It is the model for hosts and docs.
 *
 * The VM state (processes, run queue) may only be touched by the thread that
 * owns the VM. A process that makes a foreign call goes through
 * yuni_nccc_call_threaded: the VM is disowned for the call, the heartbeat
 * notices it stays unowned and hands it to a pool thread, whose entry runs
 * the scheduler for the other processes; when the call returns, the caller
 * queues for the VM, the pool thread sees the yield flag at its next
 * safepoint and returns, and the caller resumes its process. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

#include "harness.h"
#include "nccc.h"
#include "refhost.h"

enum { READY, BLOCKED, DONE };

struct process {
    int state;
    long steps;        /* work done: one step a scheduler turn */
    long call_at_step; /* makes a blocking foreign call at this step (0: never) */
    int32_t call_status;
    long steps_of_others_during_call;
};

struct refhost {
    yuni_vm* vm;
    const volatile uint32_t* yield_flag;
    struct process procs[REFHOST_PROCS];
    long target_steps;
    int calls_made;
};

static void sleep_ms_call(const nccv64* in, nccv64* out) {
    struct timespec ts = {0, (long)in[0].s32 * 1000000L};
    nanosleep(&ts, NULL);
    out[0].s32 = 7;
}

static long others_steps(struct refhost* h, int self) {
    long n = 0;
    int i;
    for (i = 0; i < REFHOST_PROCS; i++)
        if (i != self) n += h->procs[i].steps;
    return n;
}

static int runnable(struct refhost* h) {
    int i, n = 0;
    for (i = 0; i < REFHOST_PROCS; i++) n += h->procs[i].state == READY;
    return n;
}

/* One process step, on the owning thread. A foreign call blocks only this
 * process: the OS thread disowns the VM for the duration. */
static void step(struct refhost* h, int i) {
    struct process* p = &h->procs[i];
    p->steps++;
    if (p->call_at_step && p->steps == p->call_at_step) {
        nccv64 in[1], out[1];
        long before = others_steps(h, i);
        in[0].s32 = 50; /* a 50 ms blocking call */
        p->state = BLOCKED;
        yuni_vm_set_runnable(h->vm, runnable(h));
        h->calls_made++;
        p->call_status = yuni_nccc_call_threaded(h->vm, sleep_ms_call, in, out);
        /* Owned again. If switched, other threads ran the scheduler: reload
         * nothing cached across the call (this host caches nothing). */
        p->steps_of_others_during_call = others_steps(h, i) - before;
        p->state = READY;
        yuni_vm_set_runnable(h->vm, runnable(h));
    }
    if (p->steps >= h->target_steps) p->state = DONE;
}

/* The scheduler: round-robin over ready processes until none is left or
 * (on a pool thread) somebody wants the VM back. */
static void schedule(struct refhost* h, int on_pool_thread) {
    int i = 0;
    for (;;) {
        int tried;
        if (__atomic_load_n(h->yield_flag, __ATOMIC_RELAXED)) {
            if (on_pool_thread) return; /* the caller takes it from here */
            yuni_vm_yield(h->vm);
        }
        for (tried = 0; tried < REFHOST_PROCS && h->procs[i].state != READY; tried++)
            i = (i + 1) % REFHOST_PROCS;
        if (h->procs[i].state != READY) { /* all done or blocked */
            yuni_vm_set_runnable(h->vm, 0);
            return;
        }
        step(h, i);
        i = (i + 1) % REFHOST_PROCS;
        /* A little real work per step, so a turn takes ~20 us. */
        {
            volatile long spin;
            for (spin = 0; spin < 20000; spin++) {
            }
        }
    }
}

/* entry(in = [ctx, vm]) on a pool thread: run the others' work. */
static void refhost_entry(const nccv64* in, nccv64* out) {
    (void)out;
    schedule((struct refhost*)in[0].ptr, 1);
}

int refhost_run(struct refhost_result* r) {
    static struct refhost h;
    yuni_vm_config cfg;
    int i;
    memset(&h, 0, sizeof h);
    memset(&cfg, 0, sizeof cfg);
    cfg.size = sizeof cfg;
    cfg.entry = refhost_entry;
    cfg.entry_ctx = &h;
    if (yuni_vm_create(&cfg, &h.vm) != YUNI_OK) return -1;
    h.yield_flag = yuni_vm_yield_flag(h.vm);
    h.target_steps = 4000;
    for (i = 0; i < REFHOST_PROCS; i++) h.procs[i].state = READY;
    h.procs[0].call_at_step = 100;
    yuni_vm_own(h.vm);
    yuni_vm_set_runnable(h.vm, runnable(&h));
    schedule(&h, 0);
    yuni_vm_disown(h.vm, NULL);
    r->call_status = h.procs[0].call_status;
    r->others_steps_during_call = h.procs[0].steps_of_others_during_call;
    r->blocked_steps = h.procs[0].steps;
    r->all_done = 1;
    for (i = 0; i < REFHOST_PROCS; i++) r->all_done &= h.procs[i].state == DONE;
    yuni_vm_stats(h.vm, &r->stats);
    return yuni_vm_destroy(h.vm);
}

void test_refhost_green_processes_run_during_a_blocking_call(void) {
    struct refhost_result r;
    CHECK_EQ(refhost_run(&r), YUNI_OK);
    CHECK(r.all_done);
    CHECK_EQ(r.call_status, YUNI_OWN_SWITCHED);
    CHECK(r.others_steps_during_call > 0); /* the others ran on the pool thread */
    CHECK_EQ(r.stats.takeovers, 1);
    printf("refhost: %ld steps of other processes during the 50 ms call; %lu takeover(s)\n",
           r.others_steps_during_call, (unsigned long)r.stats.takeovers);
}
