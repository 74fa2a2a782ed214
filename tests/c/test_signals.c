/* The library linked in (loaded before main, as a C host links it): its
 * threads and Go's block the host's signals, the dispositions carry no
 * handler of the library's, and a host thread that calls into Go keeps its
 * mask.  tests/c/host_signals.c checks the same for a library loaded with
 * dlopen into a host that owns its signals. */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "harness.h"
#include "nccc.h"

/* Every signal a library thread must block: all but the faults, SIGSYS,
 * SIGURG (Go's preemption) and glibc's own 32 and 33. */
static uint64_t async_signals(void) {
    uint64_t m = 0;
    for (int s = 1; s <= 64; s++)
        if (s != SIGKILL && s != SIGSTOP && s != SIGSEGV && s != SIGBUS && s != SIGFPE && s != SIGILL &&
            s != SIGTRAP && s != SIGSYS && s != SIGURG && !(s >= 32 && s < SIGRTMIN))
            m |= 1ull << (s - 1);
    return m;
}

void test_library_threads_block_host_signals(void) {
    /* start the library's threads and Go's */
    char err[256], path[4096];
    const char* src = "(library (s) (export f) (import (offload)) (define-entry (f (x s64)) s64 x))";
    yuni_program* p;
    yuni_module* m;
    yuni_vm_config cfg = {sizeof cfg, 0, 0, 0, 2, 0, NULL, NULL};
    yuni_vm* vm;
    sigset_t chld, before, after;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    pthread_sigmask(SIG_BLOCK, &chld, &before);
    pthread_sigmask(SIG_SETMASK, NULL, &before);
    CHECK_EQ(yuni_offload_compile(src, strlen(src), &p, err, sizeof err), YUNI_OK);
    snprintf(path, sizeof path, "%s/libnccc_yunitest.so", YUNI_TEST_MODULE_DIR);
    CHECK_EQ(yuni_module_open(path, &m), YUNI_OK);
    CHECK_EQ(yuni_vm_create(&cfg, &vm), YUNI_OK);
    pthread_sigmask(SIG_SETMASK, NULL, &after);
    for (int s = 1; s < 65; s++) CHECK_EQ(sigismember(&after, s), sigismember(&before, s));

    pid_t me = (pid_t)syscall(SYS_gettid);
    int others = 0;
    DIR* d = opendir("/proc/self/task");
    struct dirent* e;
    CHECK(d != NULL);
    while ((e = readdir(d))) {
        char file[300], line[256];
        unsigned long long blocked = 0;
        pid_t tid = (pid_t)atoi(e->d_name);
        if (tid <= 0 || tid == me) continue;
        snprintf(file, sizeof file, "/proc/self/task/%s/status", e->d_name);
        FILE* f = fopen(file, "r");
        if (!f) continue;
        while (fgets(line, sizeof line, f)) sscanf(line, "SigBlk: %llx", &blocked);
        fclose(f);
        others++;
        if ((blocked & async_signals()) != async_signals()) {
            fprintf(stderr, "thread %d leaves %#llx open\n", tid, (unsigned long long)(async_signals() & ~blocked));
            closedir(d);
            CHECK(0);
        }
    }
    closedir(d);
    CHECK(others >= 3); /* Go's and the pool's, at least */

    /* no disposition points into the library, but Go's documented ones */
    for (int s = 1; s < _NSIG; s++) {
        struct sigaction a;
        Dl_info info;
        if (s == SIGSEGV || s == SIGBUS || s == SIGFPE || s == SIGURG || (s >= 32 && s < SIGRTMIN)) continue;
        if (sigaction(s, NULL, &a) != 0 || a.sa_handler == SIG_DFL || a.sa_handler == SIG_IGN) continue;
        if (dladdr((void*)a.sa_handler, &info) && info.dli_fname && strstr(info.dli_fname, "libyuni-offload")) {
            fprintf(stderr, "signal %d has the library's handler\n", s);
            CHECK(0);
        }
    }
    CHECK_EQ(yuni_vm_destroy(vm), YUNI_OK);
    CHECK_EQ(yuni_module_close(m), YUNI_OK);
    CHECK_EQ(yuni_offload_destroy(p), YUNI_OK);
    pthread_sigmask(SIG_UNBLOCK, &chld, NULL);
}
