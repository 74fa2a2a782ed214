/* A host that owns its signals: it blocks SIGCHLD in every thread and
 * collects it with sigwaitinfo in one, ignores SIGPIPE and has handlers of
 * its own.  It loads the library with dlopen, uses every feature that asks
 * for no signal, and checks after each step that
 *   - every disposition is as before (but the ones nccc.h names: SIGSEGV,
 *     SIGBUS, SIGFPE, SIGURG left at SIG_DFL, glibc's 32 and 33),
 *   - its own threads' masks are as before (the main thread calls into Go),
 *   - every other thread — the library's and Go's — blocks every
 *     asynchronous signal,
 *   - each child it forks is collected by its sigwaitinfo thread;
 * and that a signal source's last removal leaves alone a handler the host
 * installed meanwhile.
 *   host_signals LIBRARY MODULE-DIR */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "nccc.h"

static void* lib;
static int failures;

static void fail(const char* format, ...) {
    va_list ap;
    va_start(ap, format);
    fprintf(stderr, "FAIL: ");
    vfprintf(stderr, format, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    failures++;
}

/* The library's function `name`, typed as nccc.h declares it. */
static void* sym(const char* name) {
    void* p = dlsym(lib, name);
    if (!p) {
        fprintf(stderr, "no symbol %s: %s\n", name, dlerror());
        exit(2);
    }
    return p;
}
#define L(name) ((__typeof__(&name))sym(#name))
#define OK(call)                                                                           \
    do {                                                                                   \
        int32_t ok_st_ = (call);                                                           \
        if (ok_st_ < 0) fail("%s: %d %s", #call, ok_st_, L(yuni_error_detail)());         \
    } while (0)

static void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000};
    nanosleep(&ts, NULL);
}

/* ---- the host's collector: sigwaitinfo in one thread ---- */

static pthread_t collector;
static pid_t collector_tid;
static atomic_int reaped;

static void* collect_main(void* arg) {
    sigset_t chld;
    (void)arg;
    collector_tid = (pid_t)syscall(SYS_gettid);
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    for (;;) {
        siginfo_t info;
        if (sigwaitinfo(&chld, &info) != SIGCHLD) continue;
        while (waitpid(-1, NULL, WNOHANG) > 0) atomic_fetch_add(&reaped, 1);
    }
    return NULL;
}

/* Fork `n` children one after the other; the collector must reap each. */
static void children(const char* when, int n) {
    for (int i = 0; i < n; i++) {
        int before = atomic_load(&reaped);
        pid_t pid = fork();
        if (pid == 0) _exit(0);
        if (pid < 0) {
            fail("%s: fork: %s", when, strerror(errno));
            return;
        }
        int waited = 0;
        while (atomic_load(&reaped) == before && waited < 5000) sleep_ms(1), waited++;
        if (atomic_load(&reaped) == before) {
            fail("%s: child %d of %d was never collected (its SIGCHLD went to another thread)", when, i + 1, n);
            waitpid(pid, NULL, 0);
            return;
        }
    }
}

/* ---- dispositions and masks ---- */

static struct sigaction before[_NSIG];
static sigset_t main_mask, collector_mask;

static int documented(int s) {
    return s == SIGSEGV || s == SIGBUS || s == SIGFPE || (s == SIGURG && before[s].sa_handler == SIG_DFL) ||
           (s >= 32 && s < SIGRTMIN);
}

static void check_dispositions(const char* when) {
    for (int s = 1; s < _NSIG; s++) {
        struct sigaction now;
        if (s == SIGKILL || s == SIGSTOP || documented(s) || sigaction(s, NULL, &now) != 0) continue;
        if (now.sa_handler != before[s].sa_handler || now.sa_flags != before[s].sa_flags)
            fail("%s: signal %d (%s): handler %p flags %#x, was %p flags %#x", when, s, strsignal(s),
                 (void*)now.sa_handler, now.sa_flags, (void*)before[s].sa_handler, before[s].sa_flags);
    }
}

/* What every thread the library starts must block. */
static uint64_t async_signals(void) {
    uint64_t m = 0;
    for (int s = 1; s <= 64; s++)
        if (s != SIGKILL && s != SIGSTOP && s != SIGSEGV && s != SIGBUS && s != SIGFPE && s != SIGILL &&
            s != SIGTRAP && s != SIGSYS && s != SIGURG && !(s >= 32 && s < SIGRTMIN))
            m |= 1ull << (s - 1);
    return m;
}

static uint64_t mask_bits(const sigset_t* set) {
    uint64_t m = 0;
    for (int s = 1; s <= 64; s++)
        if (sigismember(set, s) == 1) m |= 1ull << (s - 1);
    return m;
}

static void check_threads(const char* when) {
    sigset_t now;
    pid_t me = (pid_t)syscall(SYS_gettid);
    int seen = 0;
    pthread_sigmask(SIG_SETMASK, NULL, &now);
    if (mask_bits(&now) != mask_bits(&main_mask))
        fail("%s: the main thread's mask is %#llx, was %#llx", when, (unsigned long long)mask_bits(&now),
             (unsigned long long)mask_bits(&main_mask));
    DIR* d = opendir("/proc/self/task");
    struct dirent* e;
    while (d && (e = readdir(d))) {
        char path[300], line[256], name[64] = "?";
        unsigned long long blocked = 0;
        pid_t tid = (pid_t)atoi(e->d_name);
        if (tid <= 0) continue;
        snprintf(path, sizeof path, "/proc/self/task/%s/status", e->d_name);
        FILE* f = fopen(path, "r");
        if (!f) continue; /* it exited meanwhile */
        while (fgets(line, sizeof line, f)) {
            sscanf(line, "Name: %63s", name);
            sscanf(line, "SigBlk: %llx", &blocked);
        }
        fclose(f);
        if (tid == me) continue;
        if (tid == collector_tid) {
            /* inside sigwaitinfo the kernel shows SIGCHLD open */
            uint64_t chld = 1ull << (SIGCHLD - 1);
            if ((blocked | chld) != (mask_bits(&collector_mask) | chld))
                fail("%s: the collector's mask is %#llx, was %#llx", when, blocked,
                     (unsigned long long)mask_bits(&collector_mask));
            continue;
        }
        seen++;
        if ((blocked & async_signals()) != async_signals())
            fail("%s: library thread %d (%s) leaves signals open: %#llx", when, tid, name,
                 (unsigned long long)(async_signals() & ~blocked));
    }
    if (d) closedir(d);
    printf("%s: %d library threads, all blocking the host's signals\n", when, seen);
}

static void check_all(const char* when) {
    check_dispositions(when);
    check_threads(when);
    children(when, 40);
}

/* ---- the host's own handlers ---- */

static atomic_int host_usr1, host_usr2;
static void on_usr1(int s) { (void)s; atomic_fetch_add(&host_usr1, 1); }
static void on_usr2(int s) { (void)s; atomic_fetch_add(&host_usr2, 1); }

/* ---- NCCC helpers the features call ---- */

static void slow_call(const nccv64* in, nccv64* out) {
    sleep_ms((int)in[0].s64);
    out[0].s64 = in[0].s64 + 1;
}
static atomic_int entries;
static void takeover_entry(const nccv64* in, nccv64* out) {
    (void)in;
    (void)out;
    atomic_fetch_add(&entries, 1);
}
static void foreign_wait(const nccv64* in, nccv64* out) {
    int64_t t = in[1].s64;
    sleep_ms(t < 0 || t > 5000000 ? 5 : (int)(t / 1000000));
    out[0].s32 = 0;
}

static int wait_event(yuni_queue* q) {
    yuni_event ev[8];
    return L(yuni_queue_wait)(q, ev, 8, 5000000000ll);
}

/* Every feature that does not ask for a signal. */
static void use_everything(const char* module_dir) {
    yuni_heap* h;
    OK(L(yuni_heap_create)(1 << 20, YUNI_HEAP_LOCK_OPTIONAL, &h));
    void* b = L(yuni_heap_alloc)(h, 64, 16);
    if (!b) fail("heap_alloc");

    yuni_queue *q, *fq;
    yuni_chime* c;
    yuni_source *tm, *bundle;
    yuni_channel* ch;
    OK(L(yuni_queue_create)(0, &q));
    OK(L(yuni_chime_create)(q, 1, &c));
    OK(L(yuni_chime_ring)(c));
    if (wait_event(q) < 1) fail("a chime's event");
    OK(L(yuni_queue_add_timer)(q, 1000000, 0, 2, &tm));
    if (wait_event(q) < 1) fail("a timer's event");
    OK(L(yuni_channel_create)(q, 3, 4096, &ch));
    OK(L(yuni_channel_send)(ch, "x", 1));
    yuni_foreign_queue desc = {sizeof desc, 0, "host", foreign_wait, NULL, NULL};
    OK(L(yuni_queue_create_foreign)(&desc, &fq));
    OK(L(yuni_queue_bundle)(q, fq, 4, &bundle)); /* a waiter on a goroutine */
    sleep_ms(20);

    /* a VM with a heartbeat and a pool: a threaded call long enough for a
     * takeover, and an async call */
    yuni_vm_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.size = sizeof cfg;
    cfg.entry = takeover_entry;
    yuni_vm* vm;
    OK(L(yuni_vm_create)(&cfg, &vm));
    OK(L(yuni_vm_own)(vm));
    OK(L(yuni_vm_set_runnable)(vm, 1));
    nccv64 in[1] = {{.s64 = 50}}, out[1];
    OK(L(yuni_nccc_call_threaded)(vm, slow_call, in, out));
    yuni_chime* done;
    OK(L(yuni_chime_create)(q, 5, &done));
    nccv64 ain[1] = {{.s64 = 5}}, aout[1];
    OK(L(yuni_nccc_call_async)(vm, slow_call, ain, aout, done));
    sleep_ms(50);

    /* a module: loaded by Go, called from this thread */
    char path[4096];
    yuni_module* m;
    nccc_call_t fn;
    snprintf(path, sizeof path, "%s/libnccc_yunitest.so", module_dir);
    OK(L(yuni_module_open)(path, &m));
    OK(L(yuni_module_lookup)(m, "mul_f32", &fn, NULL));
    OK(L(yuni_module_close)(m));

    /* Offload: compiled by Go, run here and on an offload thread */
    const char* src = "(library (s) (export twice tick) (import (offload))"
                      " (define-entry (twice (x s64)) s64 (* 2 x))"
                      " (define-entry/rt (tick (x s64)) s64 (+ x 1)))";
    char err[512];
    yuni_program* p;
    OK(L(yuni_offload_compile)(src, strlen(src), &p, err, sizeof err));
    nccc_call_t twice;
    void* ctx;
    OK(L(yuni_offload_entry)(p, "twice", &twice, &ctx));
    nccv64 tin[2] = {{.ptr = ctx}, {.s64 = 21}}, tout[2];
    twice(tin, tout);
    if (tout[0].s32 != 0 || tout[1].s64 != 42) fail("an Offload entry");
    nccv64 args[1] = {{.s64 = 1}};
    yuni_thread_opts o;
    memset(&o, 0, sizeof o);
    o.size = sizeof o;
    o.period_ns = 1000000;
    o.max_runs = 20;
    o.args = args;
    o.nargs = 1;
    o.stack_regs = 1024;
    yuni_offload_thread* t;
    OK(L(yuni_offload_thread_start)(p, "tick", &o, &t));

    check_all("while every feature runs");

    OK(L(yuni_offload_thread_wait)(t, 5000000000ll));
    OK(L(yuni_offload_thread_destroy)(t));
    OK(L(yuni_offload_destroy)(p));
    OK(L(yuni_source_remove)(bundle));
    OK(L(yuni_queue_destroy)(fq));
    OK(L(yuni_vm_destroy)(vm));
    OK(L(yuni_chime_destroy)(done));
    OK(L(yuni_channel_destroy)(ch));
    OK(L(yuni_source_remove)(tm));
    OK(L(yuni_chime_destroy)(c));
    OK(L(yuni_queue_destroy)(q));
    OK(L(yuni_heap_free)(h, b));
    OK(L(yuni_heap_destroy)(h));
}

/* A signal source changes its signal's disposition while it exists; its
 * last removal puts back what was there, unless the host installed a
 * handler meanwhile, which stays. */
static void signal_sources(void) {
    yuni_queue* q;
    yuni_source *s1, *s2;
    struct sigaction now, mine;
    OK(L(yuni_queue_create)(0, &q));

    OK(L(yuni_queue_add_signal)(q, SIGUSR2, 1, &s1));
    sigaction(SIGUSR2, NULL, &now);
    if (now.sa_handler == on_usr2) fail("a signal source did not take its signal");
    OK(L(yuni_source_remove)(s1));
    sigaction(SIGUSR2, NULL, &now);
    if (now.sa_handler != on_usr2) fail("the last removal did not put the host's SIGUSR2 handler back");

    OK(L(yuni_queue_add_signal)(q, SIGUSR1, 1, &s1));
    OK(L(yuni_queue_add_signal)(q, SIGUSR1, 2, &s2));
    memset(&mine, 0, sizeof mine);
    mine.sa_handler = on_usr1;
    sigaction(SIGUSR1, &mine, NULL); /* the host takes SIGUSR1 back */
    OK(L(yuni_source_remove)(s1));
    OK(L(yuni_source_remove)(s2));
    sigaction(SIGUSR1, NULL, &now);
    if (now.sa_handler != on_usr1) fail("the last removal overwrote the handler the host installed meanwhile");
    raise(SIGUSR1);
    if (atomic_load(&host_usr1) != 1) fail("the host's SIGUSR1 handler did not run");
    OK(L(yuni_queue_destroy)(q));
    before[SIGUSR1] = now; /* the host's own change */
}

int main(int argc, char** argv) {
    struct sigaction a;
    sigset_t chld;
    if (argc != 3) {
        fprintf(stderr, "usage: host_signals LIBRARY MODULE-DIR\n");
        return 2;
    }
    /* The host's signals: SIGPIPE ignored, handlers of its own (one
     * without SA_ONSTACK, which Go would add), SIGCHLD blocked everywhere. */
    signal(SIGPIPE, SIG_IGN);
    memset(&a, 0, sizeof a);
    a.sa_handler = on_usr2;
    a.sa_flags = SA_RESTART;
    sigaction(SIGUSR2, &a, NULL);
    a.sa_handler = on_usr1;
    sigaction(SIGTERM, &a, NULL);
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    pthread_sigmask(SIG_BLOCK, &chld, NULL);
    pthread_create(&collector, NULL, collect_main, NULL);
    while (!collector_tid) sleep_ms(1);
    pthread_sigmask(SIG_SETMASK, NULL, &main_mask);
    collector_mask = main_mask;
    for (int s = 1; s < _NSIG; s++) sigaction(s, NULL, &before[s]);
    children("before loading", 5);

    if (!(lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL))) {
        fprintf(stderr, "dlopen %s: %s\n", argv[1], dlerror());
        return 2;
    }
    if (L(yuni_version)() != YUNI_VERSION_NUMBER) fail("version");
    check_all("after loading");
    use_everything(argv[2]);
    check_all("after using every feature");
    signal_sources();
    check_all("after signal sources");
    printf("host_signals: %s\n", failures ? "FAILED" : "OK");
    return failures ? 1 : 0;
}
