/* nccc.h must compile alone under C99 -pedantic. */
#include "nccc.h"
int main(void) {
    nccv64 v;
    v.s32 = -1;
    return yuni_version() == 0 && v.s32 == 0;
}
