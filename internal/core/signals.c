/* Signals: the library leaves the host's alone.
 *
 * Protocol and invariants
 *   1. Loading the library changes no disposition the host can see except
 *      SIGSEGV, SIGBUS and SIGFPE (Go's runtime needs them for its own
 *      faults and forwards every fault outside Go code to the handler that
 *      was there) and SIGURG while it was SIG_DFL (Go's preemption handler,
 *      which ignores every SIGURG it did not send to its own threads, as
 *      SIG_DFL does), and glibc's internal 32 and 33, whose handlers also
 *      run on Go's threads and so get SA_ONSTACK.  How: before_go_init snapshots every disposition
 *      before Go's runtime initializes in this shared object (it installs
 *      handlers for SIGPIPE, SIGURG and the faults, and sets SA_ONSTACK on
 *      host handlers), after_go_init puts back all the others.  The two are
 *      constructors on either side of Go's own: a priority constructor runs
 *      before every plain one, and the linker places this object's plain
 *      ones after the Go object's.  tests/c/host_signals.c checks the
 *      result, so a change of order cannot go unnoticed.
 *   2. Loading the library changes no host thread's mask: the loading
 *      thread's mask is restored by after_go_init.  A host thread that calls
 *      into Go (module loading, the Offload compiler, a foreign waiter's
 *      start) gets its mask set by Go's runtime, which keeps it so; those
 *      calls are bracketed by yuni__go_enter / yuni__go_leave.
 *   3. No thread the library starts takes a signal meant for the host:
 *      every C thread is started by yuni__thread_create with all
 *      asynchronous signals blocked (the new thread inherits the mask, so
 *      there is no window), and Go's threads start from the mask the loading
 *      thread had while Go initialized, which before_go_init made "all
 *      blocked".  Go then unblocks only what its runtime needs: the
 *      synchronous faults, SIGURG and glibc's 32/33 — the library's build
 *      gives Go's runtime a signal table in which SIGCHLD, SIGPROF,
 *      SIGSTKFLT and signal 34 (glibc's SIGRTMIN) are not among those
 *      (cmake/go-runtime-overlay.sh).
 *   Synchronous signals (faults, SIGSYS) stay unblocked everywhere: they are
 *   the faulting thread's own, and a blocked one would kill the process
 *   without running any handler. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <string.h>

#include "core.h"

/* Every signal but the synchronous ones a thread raises on itself. */
static void host_signals(sigset_t* set) {
    sigfillset(set);
    sigdelset(set, SIGSEGV);
    sigdelset(set, SIGBUS);
    sigdelset(set, SIGFPE);
    sigdelset(set, SIGILL);
    sigdelset(set, SIGTRAP);
    sigdelset(set, SIGSYS);
}

int yuni__thread_create(pthread_t* thread, const pthread_attr_t* attr, void* (*start)(void*), void* arg) {
    sigset_t block, saved;
    int err;
    host_signals(&block);
    pthread_sigmask(SIG_BLOCK, &block, &saved);
    err = pthread_create(thread, attr, start, arg);
    pthread_sigmask(SIG_SETMASK, &saved, NULL);
    return err;
}

void yuni__go_enter(sigset_t* saved) { pthread_sigmask(SIG_SETMASK, NULL, saved); }

void yuni__go_leave(const sigset_t* saved) { pthread_sigmask(SIG_SETMASK, saved, NULL); }

/* ---- load time ---- */

static struct sigaction before[_NSIG];
static sigset_t loading_thread_mask;

__attribute__((constructor(101))) static void before_go_init(void) {
    sigset_t block;
    for (int s = 1; s < _NSIG; s++) sigaction(s, NULL, &before[s]);
    host_signals(&block);
    pthread_sigmask(SIG_BLOCK, &block, &loading_thread_mask);
}

/* The signals Go's runtime keeps, given what was there before it. */
static int go_keeps(int signo) {
    switch (signo) {
    case SIGSEGV: case SIGBUS: case SIGFPE:
        return 1;
    case SIGURG:
        return before[SIGURG].sa_handler == SIG_DFL;
    }
    /* glibc's own (SIGCANCEL, SIGSETXID): Go adds SA_ONSTACK to their
     * handlers, which also run on Go's threads. */
    return signo >= 32 && signo < SIGRTMIN;
}

static int same_action(const struct sigaction* a, const struct sigaction* b) {
    if (a->sa_sigaction != b->sa_sigaction || a->sa_flags != b->sa_flags) return 0;
    for (int s = 1; s < _NSIG; s++)
        if (sigismember(&a->sa_mask, s) != sigismember(&b->sa_mask, s)) return 0;
    return 1;
}

__attribute__((constructor)) static void after_go_init(void) {
    for (int s = 1; s < _NSIG; s++) {
        struct sigaction now;
        memset(&now, 0, sizeof now);
        if (s == SIGKILL || s == SIGSTOP || go_keeps(s)) continue;
        if (sigaction(s, NULL, &now) == 0 && !same_action(&now, &before[s])) sigaction(s, &before[s], NULL);
    }
    pthread_sigmask(SIG_SETMASK, &loading_thread_mask, NULL);
}
