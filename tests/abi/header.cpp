// nccc.h must compile alone as C++ with -pedantic, with C linkage.
#include "nccc.h"
int main() {
    nccv64 v;
    v.f64 = 0.5;
    nccc_call_t f = lib_yuni_offload_dispatch_ncccv0;
    return yuni_version() == 0 && f != nullptr && v.f64 == 0.0;
}
