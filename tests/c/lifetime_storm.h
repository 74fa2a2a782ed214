/* The destroy-races-everything storm (lifetime_storm.c): for one handle type
 * at a time, a controller creates an object, lets racer threads call every
 * operation on it (and on the objects of earlier generations, already
 * destroyed), destroys it while they do, and creates the next in the
 * recycled memory; every answer is checked against the header's promise.
 *
 * A row of the table (storm_rows in lifetime_storm.c) describes one handle
 * type: how to create and destroy a generation and which operations race.
 * The framework checks the rule every handle follows:
 *   - a call that starts after a destroy of its object returned answers
 *     YUNI_EBADHANDLE;
 *   - a call that may overlap the destroy answers YUNI_OK, YUNI_EBADHANDLE
 *     or one of the statuses its row lists;
 *   - of the destroys of one generation (the controller's and racers'),
 *     exactly one answers YUNI_OK;
 *   - no call hangs (a watchdog fails the run when one call takes more than
 *     STORM_STUCK_S seconds).
 * What a row checks itself (storm_fail): that nothing crosses generations —
 * an event, a message, ownership — which is why every tag and payload a row
 * makes carries its generation's serial.
 *
 * Bounded by default (a number of generations per row); a soak runs each row
 * for YUNI_STORM_SECONDS seconds instead:
 *     YUNI_STORM_SECONDS=600 out/tests/yuni_c_tests lifetime_storm_queue */
#ifndef YUNI_LIFETIME_STORM_H
#define YUNI_LIFETIME_STORM_H

#include <stdatomic.h>
#include <stdint.h>

#include "nccc.h"

#define STORM_HANDLES 8
#define STORM_STUCK_S 60

/* One generation: what the row's create made.  Racers may call on it while
 * it is live and long after it is destroyed; the framework recycles the
 * record only when no racer uses it. */
struct storm_gen {
    _Atomic uint64_t serial;             /* 1, 2, …; 0 while the record is being recycled */
    uintptr_t h[STORM_HANDLES];          /* the row's handles; h[0] is what destroy destroys */
    _Atomic uintptr_t sub[STORM_HANDLES]; /* handles racers replace (destroy and re-create) */
    void* state;                         /* the row's own, freed by its clean */
    _Atomic int destroyed;               /* 1 once a destroy of h[0] answered YUNI_OK */
    _Atomic int destroy_oks;             /* how many did: exactly 1 when the record is recycled */
    _Atomic int users;                   /* racers inside this record (the framework's) */
};

/* One racer thread, as the row's operations see it. */
struct storm_racer {
    unsigned seed;
    int index;
    const struct storm_row* row;
    _Atomic int64_t since; /* monotonic ns when its current call began, 0 when idle */
    const char* _Atomic doing;
};

/* An operation racers make on a generation; returns the status it got. */
struct storm_op {
    const char* name;
    int32_t (*call)(struct storm_gen* g, struct storm_racer* r);
    int weight;       /* relative frequency (0 counts as 1) */
    int destroys;     /* 1: a destroy of h[0] (counted with the controller's) */
    int32_t also[4];  /* statuses besides YUNI_OK and YUNI_EBADHANDLE while it may overlap the destroy; 0 ends */
};

struct storm_row {
    const char* name;
    /* Fill g->h (and g->sub, g->state) with a fresh object tagged g->serial. */
    int32_t (*create)(struct storm_gen* g);
    /* Destroy h[0]: YUNI_OK, or YUNI_EBADHANDLE when a racing destroy won. */
    int32_t (*destroy)(struct storm_gen* g);
    /* Free what create made for the test (never library objects: destroy
     * did that); called once no racer uses g.  May be NULL. */
    void (*clean)(struct storm_gen* g);
    const struct storm_op* ops;
    int nops;
    int racers;   /* racer threads; 0: 3 */
    int cycles;   /* generations in a bounded run; 0: 300 */
};

/* A semantic failure (something crossed generations, a payload is wrong). */
void storm_fail(struct storm_racer* r, const char* format, ...) __attribute__((format(printf, 2, 3)));
/* Random numbers for the row's operations: [0, n). */
unsigned storm_rand(struct storm_racer* r, unsigned n);
/* Sleep up to `max_us` microseconds at random (0: yield). */
void storm_pause(struct storm_racer* r, unsigned max_us);

/* Run the row named `name` from storm_rows; returns the failures (0). */
long storm_run_named(const char* name);

/* The rows (lifetime_rows.c, and lifetime_rows_lib.c for the library
 * harness only); another subsystem's rows go in a file of their own. */
extern const struct storm_row storm_row_heap, storm_row_queue, storm_row_program, storm_row_thread;
#ifndef YUNI_CORE_ONLY
extern const struct storm_row storm_row_legacy;
#endif

#endif
