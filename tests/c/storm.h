/* The chime storm (storm.c): ringers burst on one queue in rounds while a
 * waiter reports events; shared by the queue tests and the benchmark. */
#ifndef YUNI_STORM_H
#define YUNI_STORM_H

/* Ring about total_rings times from 4 threads; returns the rings that were
 * not followed by an event within 1 s (0), or -1 if setup failed. */
long queue_storm(long total_rings);

#endif
