/* The ownership protocol of owner/owner.c, for spin.
 *
 * Host threads loop: own (fast path, or queue and sleep), a critical
 * section, then either disown or a "threaded call" (disown, reown with the
 * token). A heartbeat hands a VM left unowned (and unwanted) to a pool
 * thread, which runs a critical section and releases.
 *
 * Memory model: sequential consistency. owner.c gets that for the one
 * store->load pair that matters (disown's store of the owner word, then its
 * load of `waiters`, against a waiter's increment, then its load of the
 * owner word) from membarrier(PRIVATE_EXPEDITED) on the waiter's side.
 *
 * vm->lock, three ways (tests/model/check.sh picks):
 *   default     a test-and-set bit. It allows every behaviour of any mutex,
 *               so lock-free fast paths of other threads interleave with
 *               locked sections as in C. Used for safety.
 *   -DLIVENESS  a FIFO of process ids: liveness assumes a starvation-free
 *               mutex (with a bare bit, weak fairness could starve a thread
 *               at lock() forever, which says nothing about this protocol).
 *               A queue of ids, not a ticket lock: ticket counters make
 *               states that differ only in the counters' absolute values.
 *   -DCOARSE    each locked section is one atomic step. This is Lipton's
 *               reduction: lock() moves right and unlock() moves left past
 *               every step of other threads, and so do accesses to q and
 *               qlen, which only lock holders touch; a section whose other
 *               steps hold at most one access to shared, unlocked variables
 *               (owner, gen, waiters) can then run as one step without
 *               losing a behaviour that matters. Every section qualifies;
 *               the two that take the CAS and then dequeue (waiters--) do
 *               because nothing can use the VM in between: owner is the
 *               woken thread's, which is not woken yet, and a load of
 *               waiters in between commutes back past the CAS. The reduced
 *               model is what makes liveness for 3 threads exhaustive in
 *               minutes; the same property for 2 threads is checked on the
 *               FIFO-lock model as well.
 *
 * Checked (tests/model/check.sh): no assertion fails (mutual exclusion; a
 * woken waiter already owns the VM), no invalid end state, and a thread that
 * wants the VM eventually owns it, under weak fairness. The threads run the
 * same code, so the liveness check of thread 1 stands for each of them.
 */
#ifndef N
#define N 3   /* host threads: 2 or 3 (spin -DN=2) */
#endif
#define POOL 4
#define GENS 3

byte owner = 0;   /* 0 free, 1..N threads, POOL the pool thread */
byte gen = 0;     /* generation, modulo GENS */
byte waiters = 0;
byte q[3];        /* FIFO of thread ids */
byte qlen = 0;
byte sem[4];      /* counting semaphores, indexed by thread id */
byte pool_sem = 0;
bool want1 = false; /* thread 1 is in own() or reown(): the liveness subject */

/* Set or clear want1 if `me` is thread 1; part of a larger atomic step. */
#define WANT(me, v) want1 = (me == 1 -> v : want1)

#if defined(COARSE)
#define LOCKED(body) atomic { body }
#else
#if defined(LIVENESS)
byte lq[6];       /* lockers in arrival order; lq[0] holds the lock */
byte lqlen = 0;
inline lock() {
    d_step { lq[lqlen] = _pid; lqlen++ };
    lq[0] == _pid
}
inline unlock() {
    d_step { lq[0] = lq[1]; lq[1] = lq[2]; lq[2] = lq[3]; lq[3] = lq[4]; lq[4] = 0; lqlen-- }
}
#else
bit lk = 0;
inline lock() { atomic { lk == 0 -> lk = 1 } }
inline unlock() { lk = 0 }
#endif
#define LOCKED(body) lock(); body; unlock()
#endif

/* Safety counts the threads in the critical section, so that an overlap
 * shows up whatever the owner word says; liveness needs no steps here. */
#if defined(LIVENESS) || defined(COARSE)
#define CRITICAL(me) assert(owner == me)
#else
byte cs = 0;
#define CRITICAL(me) cs++; assert(cs == 1 && owner == me); cs--
#endif

/* q and qlen are touched only under the lock, and waiters changes by one
 * atomic add: each of these is one indivisible step. */
inline enqueue(me) {
    d_step { q[qlen] = me; qlen++; waiters++ }
}

inline dequeue_head() {
    d_step { q[0] = q[1]; q[1] = q[2]; q[2] = 0; qlen--; waiters-- }
}

/* After a disown saw waiters: hand the free VM to the head, and wake it
 * after the unlock. */
inline release_slow() {
    LOCKED(
        if
        :: atomic { owner == 0 && qlen > 0 ->   /* the CAS, under the lock */
               h = q[0]; owner = h; gen = (gen + 1) % GENS };
           dequeue_head()
        :: else -> skip
        fi);
    if
    :: atomic { h != 0 -> sem[h]++; h = 0 }
    :: else -> skip
    fi
}

/* disown: one store (tok := the generation, for a threaded call), then one
 * load of waiters */
inline release(t) {
    d_step { tok = t; owner = 0 };
    if
    :: waiters > 0 -> release_slow()
    :: else -> skip
    fi
}

/* Queue and sleep until handed the VM, or take it at the head of the queue
 * if it was released before the releaser could see the queue. */
inline own_slow(me) {
    LOCKED(enqueue(me));
    /* membarrier here */
    LOCKED(
        if
        :: atomic { q[0] == me && owner == 0 ->
               owner = me; gen = (gen + 1) % GENS; dequeue_head(); WANT(me, 0); w = 1 }
        :: else -> skip
        fi);
    if
    :: atomic { w == 1 -> w = 0 }
    :: atomic { w == 0 && sem[me] > 0 -> sem[me]--;
           assert(owner == me);  /* written before the wake */
           WANT(me, 0) }
    fi
}

/* The fast path loads waiters apart from its CAS: barging is modelled. */
inline own(me) {
    d_step { WANT(me, 1); w = waiters };
    if
    :: atomic { owner == 0 && w == 0 -> owner = me; gen = (gen + 1) % GENS; w = 0; WANT(me, 0) }
    :: atomic { else -> w = 0 }; own_slow(me)
    fi
}

/* reown(tok): the same load of waiters, then a CAS that succeeds only if
 * nobody owned the VM since the disown ("same"); else own ("switched"). */
inline reown(me) {
    d_step { WANT(me, 1); w = waiters };
    if
    :: atomic { owner == 0 && w == 0 && gen == tok ->
           owner = me; gen = (gen + 1) % GENS; tok = 0; w = 0; WANT(me, 0) }
    :: atomic { else -> tok = 0; w = 0 }; own(me)
    fi
}

proctype Thread(byte me) {
    byte tok = 0, h = 0, w = 0;
    do
    :: own(me);
       CRITICAL(me);
       if
       :: release(0)
       :: release(gen);  /* threaded call: disown, call, reown(tok) */
          reown(me);
          CRITICAL(me);
          release(0)
       fi
    od
}

/* The heartbeat. In C it takes over a VM that two ticks in a row found
 * unowned by the same disown; here it may take over at any moment the VM is
 * unowned and unwanted. That allows every behaviour of the C and more, so
 * what holds here holds there. Like the C, it looks before it locks: a
 * locked look that finds nothing to do changes nothing. */
proctype Heartbeat() {
    byte h = 0;
    do
    :: owner == 0 && waiters == 0 ->
       LOCKED(
           if
           :: atomic { owner == 0 && qlen == 0 && waiters == 0 ->
                  owner = POOL; gen = (gen + 1) % GENS; h = 1 }
           :: else -> skip
           fi);
       if
       :: atomic { h == 1 -> h = 0; pool_sem++ }
       :: else -> skip
       fi
    od
}

proctype Pool() {
    byte tok = 0, h = 0;
    do
    :: atomic { pool_sem > 0 -> pool_sem-- };
       CRITICAL(POOL);
       release(0)  /* entry returned: hand over to a waiter, if any */
    od
}

init {
    atomic {
        run Thread(1);
        run Thread(2);
#if N == 3
        run Thread(3);
#endif
        run Heartbeat();
        run Pool()
    }
}

/* The threads run the same code: thread 1 stands for each of them. */
ltl live1 { [] (want1 -> <> !want1) }
