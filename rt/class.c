/* Thread classes: MMCSS-like labels mapped onto Linux scheduling.
 *
 * Each class is a list of attempts, best first; the first the kernel
 * accepts is kept and the grant says which one it was.  A refusal for lack
 * of privilege (EPERM, or EINVAL/EACCES from a limit) is a fallback, never
 * an error: a host without CAP_SYS_NICE still gets the best it may have.
 * The last step of every class, when the kernel refused all the others, is
 * to keep what the thread has (YUNI_GRANT_KEPT): a process already at nice 5
 * without privilege cannot go back to nice 0, and that is still a grant. */
#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "rt_impl.h"

#define DEFAULT_FIFO_PRIORITY 70

/* <linux/ioprio.h> is not always installed; the values are ABI. */
#define IOPRIO_WHO_PROCESS 1
#define IOPRIO_CLASS_SHIFT 13
#define IOPRIO_CLASS_BE 2
#define IOPRIO_CLASS_IDLE 3

struct attempt {
    int policy;   /* SCHED_FIFO, SCHED_OTHER or SCHED_IDLE */
    int priority; /* SCHED_FIFO: 0 = the caller's priority */
    int nice;     /* SCHED_OTHER and SCHED_IDLE */
};

static const struct attempt realtime_audio[] = {{SCHED_FIFO, 0, 0}, {SCHED_OTHER, 0, -10}, {SCHED_OTHER, 0, 0}};
static const struct attempt interactive[] = {{SCHED_OTHER, 0, -5}, {SCHED_OTHER, 0, 0}};
static const struct attempt normal[] = {{SCHED_OTHER, 0, 0}};
static const struct attempt background[] = {{SCHED_IDLE, 0, 19}, {SCHED_OTHER, 0, 19}};

static const struct {
    const struct attempt* attempts;
    int count;
    int ioprio; /* -1: leave the I/O priority alone */
    long timer_slack_ns; /* 0: leave it alone */
} classes[] = {
    [YUNI_CLASS_NORMAL] = {normal, 1, -1, 0},
    [YUNI_CLASS_REALTIME_AUDIO] = {realtime_audio, 3, -1, 1},
    [YUNI_CLASS_INTERACTIVE] = {interactive, 2, IOPRIO_CLASS_BE << IOPRIO_CLASS_SHIFT | 0, 0},
    [YUNI_CLASS_BACKGROUND] = {background, 2, IOPRIO_CLASS_IDLE << IOPRIO_CLASS_SHIFT, 0},
};

static int try_attempt(pid_t tid, const struct attempt* a, int priority) {
    struct sched_param param;
    memset(&param, 0, sizeof param);
    if (a->policy == SCHED_FIFO) param.sched_priority = priority;
    if (sched_setscheduler(tid, a->policy, &param) != 0) return errno;
    if (a->policy != SCHED_FIFO && setpriority(PRIO_PROCESS, (id_t)tid, a->nice) != 0) return errno;
    return 0;
}

int32_t rt_set_class(pid_t tid, uint32_t thread_class, int32_t priority, yuni_class_grant* granted) {
    yuni_class_grant g;
    memset(&g, 0, sizeof g);
    g.thread_class = thread_class;
    if (thread_class >= sizeof classes / sizeof classes[0])
        return yuni__fail(YUNI_EINVAL, "yuni_thread_set_class: unknown class %u", thread_class);
    if (priority < 0 || priority > 99 || (priority && thread_class != YUNI_CLASS_REALTIME_AUDIO))
        return yuni__fail(YUNI_EINVAL, "yuni_thread_set_class: priority %d (1..99, realtime-audio only)", priority);
    if (priority == 0) priority = DEFAULT_FIFO_PRIORITY;
    pid_t self = (pid_t)syscall(SYS_gettid);
    if (tid == 0) tid = self;
    /* only this process's threads: signal 0 checks existence */
    if (tid < 0 || (tid != self && syscall(SYS_tgkill, getpid(), tid, 0) != 0))
        return yuni__fail(YUNI_EINVAL, "yuni_thread_set_class: no thread %d", (int)tid);
    int i, err = 0;
    struct sched_param was_param;
    int was_policy = sched_getscheduler(tid);
    if (was_policy < 0 || sched_getparam(tid, &was_param) != 0)
        return yuni__fail(YUNI_EINVAL, "yuni_thread_set_class: no thread %d", (int)tid);
    for (i = 0; i < classes[thread_class].count; i++) {
        const struct attempt* a = &classes[thread_class].attempts[i];
        int e = try_attempt(tid, a, priority);
        if (e == ESRCH) return yuni__fail(YUNI_EINVAL, "yuni_thread_set_class: no thread %d", (int)tid);
        if (e == 0) break;
        if (!err) err = e;
        g.flags |= YUNI_GRANT_FALLBACK;
    }
    if (i == classes[thread_class].count) {
        /* An attempt may have changed the policy before its nice was
         * refused: put the policy back (best effort) and keep the rest. */
        g.flags |= YUNI_GRANT_KEPT;
        if (sched_getscheduler(tid) != was_policy) sched_setscheduler(tid, was_policy, &was_param);
    }
    g.error = err;
    /* report what is in effect, as the kernel sees it */
    struct sched_param param;
    g.policy = sched_getscheduler(tid);
    g.priority = sched_getparam(tid, &param) == 0 ? param.sched_priority : 0;
    errno = 0;
    int nice = getpriority(PRIO_PROCESS, (id_t)tid);
    g.nice = errno ? 0 : nice;
    if (classes[thread_class].ioprio >= 0 &&
        syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, tid, classes[thread_class].ioprio) == 0)
        g.flags |= YUNI_GRANT_IO_PRIORITY;
    if (classes[thread_class].timer_slack_ns && tid == self &&
        prctl(PR_SET_TIMERSLACK, classes[thread_class].timer_slack_ns, 0, 0, 0) == 0)
        g.flags |= YUNI_GRANT_TIMER_SLACK;
    if (granted) *granted = g;
    return YUNI_OK;
}

int32_t yuni_thread_set_class(int32_t tid, uint32_t thread_class, int32_t priority, yuni_class_grant* granted) {
    return rt_set_class((pid_t)tid, thread_class, priority, granted);
}
