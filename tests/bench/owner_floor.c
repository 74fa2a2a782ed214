/* The floor of any own/disown that a host calls in a shared library: a CAS
 * and a release store on one word, each in its own exported function, with
 * no lookup, no check and no queue. bench_owner calls them through the PLT,
 * as it calls yuni_vm_own/yuni_vm_disown and pthread_mutex_lock/unlock. */
#include <stdatomic.h>
#include <stdint.h>

static _Atomic uint64_t word;

int bench_floor_own(void* unused) {
    uint64_t zero = 0;
    (void)unused;
    return atomic_compare_exchange_strong_explicit(&word, &zero, 1, memory_order_acquire, memory_order_relaxed);
}

int bench_floor_disown(void* unused) {
    (void)unused;
    atomic_store_explicit(&word, 0, memory_order_release);
    return 0;
}
