/* Native offload threads and thread classes: internal declarations. */
#ifndef YUNI_RT_IMPL_H
#define YUNI_RT_IMPL_H

#include <sys/types.h>

#include "../offload_c/offload_impl.h"

/* class.c: yuni_thread_set_class for a Linux thread id (0 = caller). */
int32_t rt_set_class(pid_t tid, uint32_t thread_class, int32_t priority, yuni_class_grant* granted);

#endif
