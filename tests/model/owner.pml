/* The ownership protocol of owner/owner.c, for spin.
 *
 * Three host threads loop: own (fast path, or queue and sleep), a critical
 * section, then either disown or a "threaded call" (disown, reown with the
 * token). A heartbeat hands a VM left unowned (and unwanted) to a pool
 * thread, which runs a critical section and releases. The vm->lock mutex is modelled as a lock bit, so lock-free fast
 * paths of other threads interleave with locked sections, as in C.
 *
 * Memory model: sequential consistency. owner.c gets that for the one
 * store->load pair that matters (disown's store of the owner word, then its
 * load of `waiters`, against a waiter's increment, then its load of the
 * owner word) from membarrier(PRIVATE_EXPEDITED) on the waiter's side.
 *
 * Checked (tests/model/check.sh): no assertion fails (mutual exclusion; a
 * woken waiter already owns the VM), no invalid end state, and a thread that
 * wants the VM eventually owns it, under weak fairness. The threads run the
 * same code, so the liveness check of thread 1 stands for all three.
 */
#ifndef N
#define N 3   /* host threads: 2 or 3 (spin -DN=2) */
#endif
#define POOL 4
#define GENS 3

byte owner = 0;   /* 0 free, 1..N threads, POOL the pool thread */
byte gen = 0;     /* generation, modulo GENS */
byte waiters = 0;
#ifdef FAIR_LOCK
byte next_ticket = 0, serving = 0; /* vm->lock, as a FIFO (ticket) lock */
#else
bit lk = 0;                         /* vm->lock, as a test-and-set bit */
#endif
byte q[3];        /* FIFO of thread ids */
byte qlen = 0;
byte sem[4];      /* counting semaphores, indexed by thread id */
byte pool_sem = 0;
byte cs = 0;      /* threads in the critical section */
bool wants[4];

/* Safety is checked with a test-and-set bit: it allows every behaviour of
 * any mutex, and is small. Liveness assumes a starvation-free mutex
 * (-DFAIR_LOCK, a ticket lock): with a bare bit, weak fairness could starve
 * a thread at lock() forever, which says nothing about this protocol.
 * Tickets wrap at 8 > the processes that lock. */
#ifdef FAIR_LOCK
inline lock() {
    atomic { ticket = next_ticket; next_ticket = (next_ticket + 1) % 8 };
    atomic { serving == ticket -> ticket = 0 }
}
inline unlock() { serving = (serving + 1) % 8 }
#else
inline lock() { atomic { lk == 0 -> lk = 1 } }
inline unlock() { lk = 0 }
#endif

/* q and qlen are touched only under the lock, and waiters changes by one
 * atomic add: each of these is one indivisible step. */
inline enqueue(me) {
    d_step { q[qlen] = me; qlen++; waiters++ }
}

inline dequeue_head() {
    d_step { q[0] = q[1]; q[1] = q[2]; q[2] = 0; qlen--; waiters-- }
}

/* After a disown saw waiters: hand the free VM to the head. */
inline release_slow() {
    lock();
    if
    :: atomic { owner == 0 && qlen > 0 ->   /* the CAS, under the lock */
        h = q[0];
        owner = h; gen = (gen + 1) % GENS };
        dequeue_head()
    :: else -> skip
    fi;
    unlock();
    if
    :: h != 0 -> sem[h]++; h = 0
    :: else -> skip
    fi
}

/* disown: one store, then one load of waiters */
inline release() {
    owner = 0;
    if
    :: waiters > 0 -> release_slow()
    :: else -> skip
    fi
}

inline own(me) {
    wants[me] = true;
    w = waiters;  /* the fast path's load, apart from its CAS: barging is modelled */
    if
    :: atomic { owner == 0 && w == 0 -> owner = me; gen = (gen + 1) % GENS; w = 0 }
    :: atomic { else -> w = 0 };
        lock(); enqueue(me); unlock();
        /* membarrier here; then the head may take a free VM itself */
        lock();
        if
        :: atomic { q[0] == me && owner == 0 -> owner = me; gen = (gen + 1) % GENS; dequeue_head() }
            -> unlock()
        :: else ->
            unlock();
            atomic { sem[me] > 0 -> sem[me]-- };
            assert(owner == me)  /* written before the wake */
        fi
    fi;
    wants[me] = false
}

inline critical(me) {
    cs++;
    assert(cs == 1 && owner == me);
    cs--
}

proctype Thread(byte me) {
    byte tok = 0, h = 0, w = 0, ticket = 0;
    do
    :: own(me);
       critical(me);
       if
       :: release()
       :: /* threaded call: disown, call, reown(tok) */
          tok = gen;
          release();
          wants[me] = true;
          if
          :: atomic { owner == 0 && waiters == 0 && gen == tok -> owner = me; gen = (gen + 1) % GENS; tok = 0 }
             -> wants[me] = false   /* same: nobody ran the VM */
          :: atomic { else -> tok = 0 }; own(me)  /* switched */
          fi;
          critical(me);
          release()
       fi
    od
}

/* The heartbeat. In C it takes over a VM that two ticks in a row found
 * unowned by the same disown; here it may take over at any moment the VM is
 * unowned and unwanted. That allows every behaviour of the C and more, so
 * what holds here holds there. */
proctype Heartbeat() {
    byte ticket = 0;
    do
    :: lock();
       if
       :: atomic { owner == 0 && qlen == 0 && waiters == 0 ->
               owner = POOL; gen = (gen + 1) % GENS };
          unlock();
          pool_sem++
       :: else -> unlock()
       fi
    od
}

proctype Pool() {
    byte h = 0, ticket = 0;
    do
    :: atomic { pool_sem > 0 -> pool_sem-- };
       assert(owner == POOL);
       cs++;
       assert(cs == 1);
       cs--;
       release()  /* entry returned: hand over to a waiter, if any */
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
ltl live1 { [] (wants[1] -> <> !wants[1]) }
