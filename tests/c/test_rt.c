/* Native offload threads and thread classes.  The core tests build their
 * program by hand, so they also run in the ASan and TSan builds; the
 * library tests compile source and check what only an uninstrumented
 * process can (page faults, exit with threads running). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../offload_c/offload_impl.h"
#include "bytecode.h"
#include "harness.h"
#include "nccc.h"

/* tick(bv): atomically add 1 to the s64 at offset 0, return the old value.
 * at(bv, k): the byte at k (traps out-of-bounds past the end).
 * Strings "tickat": tick = (0,4), at = (4,2). */
static void thread_program(struct blob* w) {
    container(w, 2, 2, "tickat");
    u32(w, 0), u16(w, 4), u16(w, 4), u8(w, OFF_V_S64), u8(w, 1), u8(w, OFF_V_BV);
    u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 4);
    ins(w, OFF_LOADI, 2, 1, 0);
    ins(w, OFF_LOADI, 3, 0, 0);
    ins(w, OFF_AADD, 2, 0, 3);
    ins(w, OFF_RET_I, 2, 0, 0);
    u32(w, 4), u16(w, 2), u16(w, 4), u8(w, OFF_V_S64), u8(w, 2), u8(w, OFF_V_BV), u8(w, OFF_V_S64);
    u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 2);
    ins(w, OFF_LD_U8, 3, 0, 2);
    ins(w, OFF_RET_I, 3, 0, 0);
    u32(w, 0), u16(w, 4), u32(w, 0), u8(w, 0), u8(w, 0);
    u32(w, 4), u16(w, 2), u32(w, 1), u8(w, 0), u8(w, 0);
    u32(w, 0), u16(w, 0);
}

static yuni_program* load_thread_program(void) {
    struct blob w;
    thread_program(&w);
    yuni_program* p = NULL;
    char err[256];
    if (yuni_offload_load(w.b, w.n, &p, err, sizeof err) != YUNI_OK) fprintf(stderr, "load: %s\n", err);
    return p;
}

static yuni_thread_opts opts_for(int64_t period_ns, const nccv64* args, uint32_t nargs) {
    yuni_thread_opts o;
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    o.thread_class = YUNI_CLASS_NORMAL;
    o.period_ns = period_ns;
    o.args = args;
    o.nargs = nargs;
    o.stack_regs = 1024;
    return o;
}

static void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
    nanosleep(&ts, NULL);
}

/* Poll until the thread has made `runs` runs; a liveness bound, not a timing check. */
static uint64_t wait_runs(yuni_offload_thread* t, uint64_t runs) {
    yuni_offload_thread_stats s;
    for (int i = 0; i < 20000; i++) {
        if (yuni_offload_thread_statistics(t, &s) != YUNI_OK) return 0;
        if (s.runs >= runs || s.state != YUNI_THREAD_RUNNING) return s.runs;
        sleep_ms(1);
    }
    return s.runs;
}

/* Start `entry`, wait for it to end by itself, read its statistics and
 * destroy it: YUNI_OK when every step succeeded. */
static int32_t run_to_end(yuni_program* p, const char* entry, const yuni_thread_opts* o,
                          yuni_offload_thread_stats* s) {
    yuni_offload_thread* t;
    int32_t st = yuni_offload_thread_start(p, entry, o, &t);
    if (st != YUNI_OK) return st;
    st = yuni_offload_thread_wait(t, -1);
    if (st == YUNI_OK) st = yuni_offload_thread_statistics(t, s);
    int32_t end = yuni_offload_thread_destroy(t);
    return st != YUNI_OK ? st : end;
}

void test_rt_periodic_start_stop(void) {
    yuni_program* p = load_thread_program();
    CHECK(p != NULL);
    int64_t counter[2] = {0, 0};
    nccv64 args[2] = {{.ptr = counter}, {.u64 = sizeof counter}};
    yuni_queue* q;
    yuni_chime* done;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 5, &done), YUNI_OK);
    yuni_thread_opts o = opts_for(1000000, args, 2);
    o.done = done;
    yuni_offload_thread* t;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_OK);
    CHECK(wait_runs(t, 20) >= 20);
    CHECK_EQ(yuni_offload_thread_wait(t, 0), YUNI_EBUSY); /* periodic: runs until stopped */
    CHECK_EQ(yuni_offload_thread_stop(t), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_stop(t), YUNI_OK); /* idempotent */
    yuni_offload_thread_stats s;
    CHECK_EQ(yuni_offload_thread_statistics(t, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_STOPPED);
    CHECK_EQ(s.status, YUNI_OK);
    CHECK_EQ((int64_t)s.runs, __atomic_load_n(&counter[0], __ATOMIC_SEQ_CST));
    CHECK_EQ(s.last_result, (int64_t)s.runs - 1);
    CHECK(s.lateness_p50_ns <= s.lateness_p99_ns && s.lateness_p99_ns <= s.lateness_p999_ns);
    CHECK(s.lateness_p999_ns <= s.lateness_max_ns);
    CHECK_EQ(s.grant.thread_class, YUNI_CLASS_NORMAL);
    uint64_t hist[YUNI_THREAD_HISTOGRAM_BUCKETS], total = 0;
    CHECK_EQ(yuni_offload_thread_histogram(t, hist, YUNI_THREAD_HISTOGRAM_BUCKETS), YUNI_THREAD_HISTOGRAM_BUCKETS);
    for (int i = 0; i < YUNI_THREAD_HISTOGRAM_BUCKETS; i++) total += hist[i];
    CHECK_EQ(total, s.runs); /* one lateness sample a run */
    yuni_event ev[2];
    CHECK_EQ(yuni_queue_wait(q, ev, 2, 1000000000), 1);
    CHECK_EQ(ev[0].tag, 5);
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_statistics(t, &s), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_thread_stop(t), YUNI_EBADHANDLE);

    /* max_runs: finishes by itself; a one-shot runs once */
    o.done = NULL;
    o.max_runs = 5;
    o.period_ns = 100000;
    counter[0] = 0;
    CHECK_EQ(run_to_end(p, "tick", &o, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_FINISHED);
    CHECK_EQ(s.runs, 5);
    CHECK_EQ(counter[0], 5);
    o.period_ns = 0;
    CHECK_EQ(run_to_end(p, "tick", &o, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_FINISHED);
    CHECK_EQ(s.runs, 1);
    CHECK_EQ(counter[0], 6);
    CHECK_EQ(yuni_chime_destroy(done), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

void test_rt_trap_ends_the_thread(void) {
    yuni_program* p = load_thread_program();
    CHECK(p != NULL);
    uint8_t bytes[4] = {1, 2, 3, 4};
    nccv64 args[3] = {{.ptr = bytes}, {.u64 = 4}, {.s64 = 9}};
    yuni_queue* q;
    yuni_chime* done;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 6, &done), YUNI_OK);
    yuni_thread_opts o = opts_for(500000, args, 3);
    o.done = done;
    yuni_offload_thread* t;
    CHECK_EQ(yuni_offload_thread_start(p, "at", &o, &t), YUNI_OK);
    yuni_event ev[2];
    CHECK_EQ(yuni_queue_wait(q, ev, 2, 10000000000), 1); /* the end is an event */
    yuni_offload_thread_stats s;
    CHECK_EQ(yuni_offload_thread_statistics(t, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_TRAPPED);
    CHECK_EQ(s.status, YUNI_ETRAP);
    CHECK_EQ(s.runs, 1);
    CHECK_EQ(s.trap.kind, YUNI_TRAP_OUT_OF_BOUNDS);
    CHECK_STR(s.trap.entry, "at");
    CHECK_EQ(s.trap.function, 1);
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    /* a bytevector argument with a NULL pointer fails the first run */
    args[0].ptr = NULL;
    CHECK_EQ(run_to_end(p, "at", &o, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_TRAPPED);
    CHECK_EQ(s.status, YUNI_EINVAL);
    CHECK_EQ(s.trap.kind, YUNI_TRAP_NONE);
    CHECK_EQ(yuni_chime_destroy(done), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

void test_rt_bad_arguments_and_busy_handles(void) {
    yuni_program* p = load_thread_program();
    CHECK(p != NULL);
    int64_t counter[2] = {0, 0};
    nccv64 args[2] = {{.ptr = counter}, {.u64 = sizeof counter}};
    yuni_thread_opts o = opts_for(1000000, args, 2);
    yuni_offload_thread* t = (yuni_offload_thread*)1;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_thread_start(NULL, "tick", &o, &t), YUNI_EBADHANDLE);
    CHECK(t == NULL);
    CHECK_EQ(yuni_offload_thread_start(p, "nope", &o, &t), YUNI_ENOSYM);
    CHECK_EQ(yuni_offload_thread_start(p, NULL, &o, &t), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_thread_start(p, "tick", NULL, &t), YUNI_EINVAL);
    yuni_thread_opts b = o;
    b.size = 8;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL);
    b = o, b.nargs = 1;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL);
    CHECK(strstr(yuni_error_detail(), "takes 2 argument slots, 1 given") != NULL);
    b = o, b.args = NULL;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL);
    b = o, b.signo = SIGUSR1;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL);
    b = o, b.period_ns = -1;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL);
    b = o, b.thread_class = 9;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL);
    b = o, b.stack_regs = 10;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL);
    b = o, b.period_ns = 0, b.signo = SIGKILL;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EINVAL); /* refused by the queue */
    b = o, b.heap = (yuni_heap*)1;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_thread_stop(NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_thread_wait(NULL, 0), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_thread_destroy(NULL), YUNI_EBADHANDLE);
    CHECK_EQ(yuni_offload_thread_histogram(NULL, NULL, 0), YUNI_EBADHANDLE);

    /* while a thread runs, its program and heap are busy */
    yuni_heap* h;
    CHECK_EQ(yuni_heap_create(1 << 16, 0, &h), YUNI_OK);
    b = o, b.heap = h;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &b, &t), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_statistics(t, NULL), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_thread_histogram(t, NULL, 3), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_EBUSY);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_EBUSY);
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_EBADHANDLE);
}

/* Run fn in a child process; its exit status (0 = every check passed). */
static int in_child(int (*fn)(void)) {
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) _exit(fn());
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* Give up the privilege to raise priorities: limits to 0 and, as root,
 * become nobody (which drops every capability). */
static int drop_priority_privilege(void) {
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_RTPRIO, &none) != 0) return 0;
    if (setrlimit(RLIMIT_NICE, &none) != 0) return 0; /* nice may not go below 0 */
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) return 0;
    return 1;
}

static int fallback_child(void) {
    if (!drop_priority_privilege()) return 10;
    yuni_class_grant g;
    if (yuni_thread_set_class(0, YUNI_CLASS_REALTIME_AUDIO, 0, &g) != YUNI_OK) return 11;
    if (!(g.flags & YUNI_GRANT_FALLBACK) || g.policy != SCHED_OTHER || g.error != EPERM) return 12;
    if (g.thread_class != YUNI_CLASS_REALTIME_AUDIO || g.nice != 0) return 13;
    if (yuni_thread_set_class(0, YUNI_CLASS_INTERACTIVE, 0, &g) != YUNI_OK) return 14;
    if (!(g.flags & YUNI_GRANT_FALLBACK) || g.nice != 0) return 15;
    return 0;
}

/* A process already at nice 5, without the privilege to lower it: every
 * step of normal, interactive and realtime-audio is refused, and the grant
 * says the thread kept what it had — a grant, not an error, for the call
 * and for an offload thread started in the class. */
static int kept_child(void) {
    if (setpriority(PRIO_PROCESS, 0, 5) != 0 || !drop_priority_privilege()) return 10;
    static const uint32_t refused[] = {YUNI_CLASS_NORMAL, YUNI_CLASS_INTERACTIVE, YUNI_CLASS_REALTIME_AUDIO};
    for (int i = 0; i < 3; i++) {
        yuni_class_grant g;
        memset(&g, 0xff, sizeof g);
        if (yuni_thread_set_class(0, refused[i], 0, &g) != YUNI_OK) return 11 + i;
        if (g.thread_class != refused[i] || !(g.flags & YUNI_GRANT_FALLBACK) || !(g.flags & YUNI_GRANT_KEPT)) return 21 + i;
        if (g.policy != SCHED_OTHER || g.nice != 5 || g.error == 0) return 31 + i;
    }
    yuni_program* p = load_thread_program();
    int64_t counter[2] = {0, 0};
    nccv64 args[2] = {{.ptr = counter}, {.u64 = sizeof counter}};
    yuni_thread_opts o = opts_for(0, args, 2);
    yuni_offload_thread* t;
    yuni_offload_thread_stats s;
    if (!p || yuni_offload_thread_start(p, "tick", &o, &t) != YUNI_OK) return 41;
    if (yuni_offload_thread_wait(t, -1) != YUNI_OK || yuni_offload_thread_statistics(t, &s) != YUNI_OK) return 42;
    if (s.grant.thread_class != YUNI_CLASS_NORMAL || !(s.grant.flags & YUNI_GRANT_KEPT) || s.grant.nice != 5) return 43;
    if (s.state != YUNI_THREAD_FINISHED || s.runs != 1) return 44;
    if (yuni_offload_thread_destroy(t) != YUNI_OK || yuni_offload_destroy(p) != YUNI_OK) return 45;
    return 0;
}

void test_rt_class_refused_everywhere_keeps_what_the_thread_has(void) { CHECK_EQ(in_child(kept_child), 0); }

static void* label_self(void* arg) {
    yuni_class_grant* g = arg;
    int32_t st = yuni_thread_set_class(0, g->thread_class, 0, g);
    return st == YUNI_OK ? g : NULL;
}

void test_rt_thread_classes(void) {
    /* background on a fresh thread: SCHED_IDLE is always allowed */
    yuni_class_grant g;
    memset(&g, 0, sizeof g);
    g.thread_class = YUNI_CLASS_BACKGROUND;
    pthread_t th;
    void* res;
    CHECK_EQ(pthread_create(&th, NULL, label_self, &g), 0);
    CHECK_EQ(pthread_join(th, &res), 0);
    CHECK(res == &g);
    CHECK_EQ(g.policy, SCHED_IDLE);
    CHECK_EQ(g.nice, 19);
    /* another thread of this process, by id */
    memset(&g, 0, sizeof g);
    int32_t self = (int32_t)syscall(SYS_gettid);
    CHECK_EQ(yuni_thread_set_class(self, YUNI_CLASS_NORMAL, 0, &g), YUNI_OK);
    CHECK_EQ(g.policy, SCHED_OTHER);
    CHECK_EQ(yuni_thread_set_class(0, YUNI_CLASS_NORMAL, 0, NULL), YUNI_OK);
    /* errors */
    CHECK_EQ(yuni_thread_set_class(0, 7, 0, &g), YUNI_EINVAL);
    CHECK_EQ(yuni_thread_set_class(0, YUNI_CLASS_REALTIME_AUDIO, 100, &g), YUNI_EINVAL);
    CHECK_EQ(yuni_thread_set_class(0, YUNI_CLASS_NORMAL, 5, &g), YUNI_EINVAL);
    CHECK_EQ(yuni_thread_set_class(-3, YUNI_CLASS_NORMAL, 0, &g), YUNI_EINVAL);
    CHECK_EQ(yuni_thread_set_class(1, YUNI_CLASS_NORMAL, 0, &g), YUNI_EINVAL); /* init is not ours */
    /* without permission: a fallback, reported, never an error */
    CHECK_EQ(in_child(fallback_child), 0);
}

void test_rt_signal_runs_an_offload_handler(void) {
    yuni_program* p = load_thread_program();
    CHECK(p != NULL);
    struct sigaction ignore, before_usr2, now;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    CHECK_EQ(sigaction(SIGUSR1, &ignore, NULL), 0); /* so a stray delivery cannot kill the test */
    CHECK_EQ(sigaction(SIGUSR2, NULL, &before_usr2), 0);
    int64_t counter[2] = {0, 0};
    nccv64 args[2] = {{.ptr = counter}, {.u64 = sizeof counter}};
    yuni_thread_opts o = opts_for(0, args, 2);
    o.signo = SIGUSR1;
    yuni_offload_thread* t;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_OK);
    for (uint64_t k = 1; k <= 3; k++) {
        CHECK_EQ(kill(getpid(), SIGUSR1), 0);
        CHECK(wait_runs(t, k) >= k);
    }
    yuni_offload_thread_stats s;
    CHECK_EQ(yuni_offload_thread_statistics(t, &s), YUNI_OK);
    CHECK(s.signals >= 3);
    CHECK_EQ(s.state, YUNI_THREAD_RUNNING);
    CHECK_EQ((int64_t)s.runs, __atomic_load_n(&counter[0], __ATOMIC_SEQ_CST));
    CHECK_EQ(sigaction(SIGUSR2, NULL, &now), 0); /* unregistered signals are left alone */
    CHECK(now.sa_handler == before_usr2.sa_handler);
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    CHECK_EQ(sigaction(SIGUSR1, NULL, &now), 0); /* the previous disposition is back */
    CHECK(now.sa_handler == SIG_IGN);
    /* max_runs ends a signal thread too */
    o.max_runs = 1;
    CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t), YUNI_OK);
    CHECK_EQ(kill(getpid(), SIGUSR1), 0);
    CHECK_EQ(yuni_offload_thread_wait(t, -1), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_statistics(t, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_FINISHED);
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

void test_rt_teardown_with_threads_running(void) {
    yuni_program* p = load_thread_program();
    CHECK(p != NULL);
    int64_t counter[2] = {0, 0};
    nccv64 args[2] = {{.ptr = counter}, {.u64 = sizeof counter}};
    yuni_offload_thread* t[6];
    for (int i = 0; i < 6; i++) {
        yuni_thread_opts o = opts_for(i % 2 ? 50000 : 0, args, 2);
        if (i >= 4) o.period_ns = 0, o.signo = SIGUSR1 + (i - 4) * (SIGUSR2 - SIGUSR1); /* waits for a signal */
        if (i == 0) o.start_ns = 1LL << 62; /* releases far in the future */
        CHECK_EQ(yuni_offload_thread_start(p, "tick", &o, &t[i]), YUNI_OK);
    }
    /* destroy in every state: sleeping for years, running, waiting for a signal */
    for (int i = 0; i < 6; i++) CHECK_EQ(yuni_offload_thread_destroy(t[i]), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

#ifndef YUNI_CORE_ONLY
/* A real-time DSP entry: a biquad over 64 samples of a state block in the
 * heap, each block pushed into a ring, the host chimed.  `logged` reaches an
 * import, so the realtime-audio class refuses it. */
static const char* dsp_source =
    "(library (dsp) (export block logged) (import (offload))\n"
    "  (define-import (log-it s64) void)\n"
    "  (define-entry/rt (block (state bytevector) (out bytevector) (ring bytevector) (c chime)) s64\n"
    "    (let ((n (bytevector-u64-native-ref state 0)))\n"
    "      (do ((i 0 (+ i 1))) ((= i 64))\n"
    "        (let* ((x (flsin (fl* 0.01 (fixnum->flonum (+ (* n 64) i)))))\n"
    "               (z1 (bytevector-ieee-double-native-ref state 8))\n"
    "               (z2 (bytevector-ieee-double-native-ref state 16))\n"
    "               (y (fl+ (fl* 0.2 x) z1)))\n"
    "          (bytevector-ieee-double-native-set! state 8 (fl+ (fl* 0.4 x) (fl- z2 (fl* -0.3 y))))\n"
    "          (bytevector-ieee-double-native-set! state 16 (fl- (fl* 0.2 x) (fl* 0.1 y)))\n"
    "          (bytevector-ieee-double-native-set! out (* i 8) y)))\n"
    "      (bytevector-u64-native-set! state 0 (+ n 1))\n"
    "      (when (ring-put! ring out 0 512) (chime! c))\n"
    "      n))\n"
    "  (define-entry (logged (x s64)) void (log-it x)))";

/* The same filter in C, block `n`, continuing from z. */
static void dsp_reference(uint64_t n, double z[2], double* y) {
    for (int i = 0; i < 64; i++) {
        double x = sin(0.01 * (double)(int64_t)(n * 64 + (uint64_t)i));
        y[i] = 0.2 * x + z[0];
        double z1 = 0.4 * x + (z[1] - (-0.3 * y[i]));
        z[1] = 0.2 * x - 0.1 * y[i];
        z[0] = z1;
    }
}

void test_rt_realtime_dsp_into_a_ring(void) {
    yuni_program* p;
    char err[512];
    CHECK_EQ(yuni_offload_compile(dsp_source, strlen(dsp_source), &p, err, sizeof err), YUNI_OK);
    yuni_heap* h;
    CHECK_EQ(yuni_heap_create(1 << 20, 0, &h), YUNI_OK);
    uint8_t* state = yuni_heap_alloc(h, 24, 16);
    double* out = yuni_heap_alloc(h, 512, 16);
    uint8_t* ring = yuni_heap_alloc(h, YUNI_RING_HEADER + 8192, 64);
    CHECK(state && out && ring);
    memset(state, 0, 24);
    CHECK_EQ(yuni_ring_init(ring, YUNI_RING_HEADER + 8192), 8192);
    yuni_queue* q;
    yuni_chime* c;
    CHECK_EQ(yuni_queue_create(0, &q), YUNI_OK);
    CHECK_EQ(yuni_chime_create(q, 9, &c), YUNI_OK);
    nccv64 args[7] = {{.ptr = state}, {.u64 = 24}, {.ptr = out}, {.u64 = 512},
                      {.ptr = ring}, {.u64 = YUNI_RING_HEADER + 8192}, {.ptr = c}};
    yuni_thread_opts o = opts_for(1333333, args, 7);
    o.thread_class = YUNI_CLASS_REALTIME_AUDIO;
    o.heap = h;
    o.max_runs = 40;
    yuni_offload_thread* t;
    /* an entry that may call the host is refused, with the import named */
    nccv64 one = {.s64 = 1};
    yuni_thread_opts lo = opts_for(0, &one, 1);
    lo.thread_class = YUNI_CLASS_REALTIME_AUDIO;
    CHECK_EQ(yuni_offload_thread_start(p, "logged", &lo, &t), YUNI_EPERM);
    CHECK(strstr(yuni_error_detail(), "may call the import log-it") != NULL);
    lo.thread_class = YUNI_CLASS_NORMAL; /* elsewhere it needs its grant */
    CHECK_EQ(yuni_offload_thread_start(p, "logged", &lo, &t), YUNI_ESTATE);

    CHECK_EQ(yuni_offload_thread_start(p, "block", &o, &t), YUNI_OK);
    /* The host reads blocks as chimes arrive.  The ring holds 16 of them: on
     * a loaded machine the host may fall behind, and a block that found the
     * ring full is dropped (ring-put! refuses), so every block read must be
     * the next one or a later one, bit-exact. */
    static double want[40][64];
    double z[2] = {0, 0}, got[64];
    for (uint64_t n = 0; n < 40; n++) dsp_reference(n, z, want[n]);
    uint64_t next = 0, received = 0;
    for (;;) {
        yuni_event ev[4];
        while (yuni_ring_get(ring, got, sizeof got) == (int64_t)sizeof got) {
            uint64_t k = next;
            while (k < 40 && memcmp(got, want[k], sizeof got) != 0) k++; /* bit-exact, libm included */
            CHECK(k < 40);
            next = k + 1;
            received++;
        }
        if (next == 40 || yuni_offload_thread_wait(t, 0) == YUNI_OK) {
            if (yuni_ring_count(ring) == 0) break;
            continue;
        }
        CHECK(yuni_queue_wait(q, ev, 4, 100000000) >= 0);
    }
    CHECK(received > 0);
    CHECK_EQ(yuni_offload_thread_wait(t, -1), YUNI_OK);
    yuni_offload_thread_stats s;
    CHECK_EQ(yuni_offload_thread_statistics(t, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_FINISHED);
    CHECK_EQ(s.runs, 40);
    CHECK_EQ(s.last_result, 39);
    CHECK_EQ(s.page_faults, 0); /* everything it touches was faulted in before it started */
    CHECK_EQ(s.grant.thread_class, YUNI_CLASS_REALTIME_AUDIO);
    if (!(s.grant.flags & YUNI_GRANT_FALLBACK)) {
        CHECK_EQ(s.grant.policy, SCHED_FIFO);
        CHECK_EQ(s.grant.priority, 70);
        CHECK(s.grant.flags & YUNI_GRANT_TIMER_SLACK);
    }
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    /* ring errors */
    CHECK_EQ(yuni_ring_init(ring + 1, 4096), YUNI_EINVAL);
    CHECK_EQ(yuni_ring_init(ring, YUNI_RING_HEADER), YUNI_EINVAL);
    CHECK_EQ(yuni_ring_put(NULL, got, 8), YUNI_EINVAL);
    CHECK_EQ(yuni_ring_put(ring, NULL, 8), YUNI_EINVAL);
    CHECK_EQ(yuni_ring_get(ring, NULL, 8), YUNI_EINVAL);
    CHECK_EQ(yuni_ring_count(state), YUNI_EINVAL); /* capacity 0: not a ring */
    CHECK_EQ(yuni_chime_destroy(c), YUNI_OK);
    CHECK_EQ(yuni_queue_destroy(q), YUNI_OK);
    CHECK_EQ(yuni_heap_destroy(h), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

void test_rt_stop_interrupts_a_runaway_entry(void) {
    const char* src = "(library (t) (export spin) (import (offload))\n"
                      "  (define-entry (spin (n s64)) s64 (let loop ((i n)) (if (> i 0) (loop i) i))))";
    yuni_program* p;
    char err[256];
    CHECK_EQ(yuni_offload_compile(src, strlen(src), &p, err, sizeof err), YUNI_OK);
    nccv64 n = {.s64 = 1};
    yuni_thread_opts o = opts_for(0, &n, 1);
    yuni_offload_thread* t;
    CHECK_EQ(yuni_offload_thread_start(p, "spin", &o, &t), YUNI_OK);
    CHECK_EQ(yuni_offload_thread_wait(t, 20000000), YUNI_EBUSY); /* it never ends by itself */
    CHECK_EQ(yuni_offload_thread_stop(t), YUNI_OK);
    yuni_offload_thread_stats s;
    CHECK_EQ(yuni_offload_thread_statistics(t, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_STOPPED);
    CHECK_EQ(s.status, YUNI_ETRAP);
    CHECK_EQ(yuni_offload_thread_destroy(t), YUNI_OK);
    /* a budget still traps budget, not interrupted, on a thread */
    CHECK_EQ(yuni_offload_set_budget(p, 200000), YUNI_OK);
    CHECK_EQ(run_to_end(p, "spin", &o, &s), YUNI_OK);
    CHECK_EQ(s.state, YUNI_THREAD_TRAPPED);
    CHECK_EQ(s.trap.kind, YUNI_TRAP_BUDGET);
    o.priority = 50; /* a priority belongs to realtime-audio only */
    CHECK_EQ(yuni_offload_thread_start(p, "spin", &o, &t), YUNI_EINVAL);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
}

static int exit_child(void) {
    yuni_program* p = load_thread_program();
    static int64_t counter[2];
    nccv64 args[2] = {{.ptr = counter}, {.u64 = sizeof counter}};
    yuni_offload_thread* t;
    for (int i = 0; i < 4; i++) {
        yuni_thread_opts o = opts_for(20000, args, 2);
        if (!p || yuni_offload_thread_start(p, "tick", &o, &t) != YUNI_OK) return 20;
    }
    wait_runs(t, 10);
    exit(0); /* with four threads running: atexit handlers and the Go runtime must not hang on them */
}

static int fallback_thread_child(void) {
    if (!drop_priority_privilege()) return 10;
    yuni_program* p = load_thread_program();
    int64_t counter[2] = {0, 0};
    nccv64 args[2] = {{.ptr = counter}, {.u64 = sizeof counter}};
    yuni_thread_opts o = opts_for(0, args, 2);
    o.thread_class = YUNI_CLASS_REALTIME_AUDIO;
    yuni_offload_thread* t;
    yuni_offload_thread_stats s;
    if (!p || yuni_offload_thread_start(p, "tick", &o, &t) != YUNI_OK) return 21;
    if (yuni_offload_thread_wait(t, -1) != YUNI_OK || yuni_offload_thread_statistics(t, &s) != YUNI_OK) return 22;
    if (!(s.grant.flags & YUNI_GRANT_FALLBACK) || s.grant.policy != SCHED_OTHER || s.runs != 1) return 23;
    return 0;
}

void test_rt_exit_and_fallback_in_a_child(void) {
    CHECK_EQ(in_child(exit_child), 0);
    CHECK_EQ(in_child(fallback_thread_child), 0);
}
#endif
