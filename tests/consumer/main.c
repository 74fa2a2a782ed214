/* Built against an installed libyuni-offload, by CMake and by pkg-config. */
#include <stdio.h>

#include <nccc.h>

int main(void) {
    nccv64 in[1], out[6];
    if (yuni_version() != YUNI_VERSION_NUMBER) {
        fprintf(stderr, "header and library versions differ\n");
        return 1;
    }
    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    lib_yuni_offload_dispatch_ncccv0(in, out);
    printf("consumer: %s with %d exports, version %u\n", (const char*)out[0].ptr, out[2].s32,
           yuni_version());
    return out[2].s32 > 0 ? 0 : 1;
}
