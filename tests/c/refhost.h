/* The reference host (refhost.c): green processes over the ownership API. */
#ifndef YUNI_REFHOST_H
#define YUNI_REFHOST_H

#include "nccc.h"

#define REFHOST_PROCS 4

struct refhost_result {
    int32_t call_status;           /* what the blocking process's threaded call returned */
    long others_steps_during_call; /* steps other processes made meanwhile */
    long blocked_steps;
    int all_done;
    yuni_vm_statistics stats;
};

/* Run the reference host to completion; 0 or a status. */
int refhost_run(struct refhost_result* r);

#endif
