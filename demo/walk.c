/* yuni-offload-walk: a C host that dlopens libyuni-offload.so, walks its NCCC
 * module table exactly as yuni's loader does (op 1, then op 2 and op 6 for
 * every export), and calls functions through the NCCC stubs it found.
 *
 *   yuni-offload-walk [path/to/libyuni-offload.so] [--quiet]
 *
 * Exit status 0 when every step agreed with the header, 1 otherwise. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nccc.h"

static const char* const type_names[YUNI_NCCC_TYPE_COUNT] = {
    "u32", "u64", "f32", "f64", "s32", "s64", "ptr", "uptr", "sptr", "u8", "u16", "s8", "s16"};

static int failures;
#define EXPECT(cond, ...)                     \
    do {                                      \
        if (!(cond)) {                        \
            fprintf(stderr, "yuni-offload-walk: " __VA_ARGS__); \
            fputc('\n', stderr);              \
            failures++;                       \
        }                                     \
    } while (0)

int main(int argc, char** argv) {
    const char* path = "libyuni-offload.so.0";
    int quiet = 0, i;
    void* lib;
    nccc_call_t dispatch, version = NULL, strerror_fn = NULL, module_open = NULL;
    nccv64 in[2], out[8], types[3 + 64];
    int32_t count, id, k;

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quiet") == 0) quiet = 1;
        else path = argv[i];
    }
    lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "yuni-offload-walk: cannot load %s: %s\n", path, dlerror());
        return 1;
    }
    *(void**)&dispatch = dlsym(lib, "lib_yuni_offload_dispatch_ncccv0");
    if (!dispatch) {
        fprintf(stderr, "yuni-offload-walk: %s has no NCCC dispatch\n", path);
        return 1;
    }

    in[0].s32 = YUNI_NCCC_OP_LIBRARY_INFO;
    dispatch(in, out);
    count = out[2].s32;
    printf("module %s: %d exports\n", (const char*)out[0].ptr, count);
    for (id = 0; id < count; id++) {
        const char* name;
        int32_t nin, nout;
        nccc_call_t fn;
        in[0].s32 = YUNI_NCCC_OP_EXPORT_INFO;
        in[1].s32 = id;
        dispatch(in, out);
        EXPECT(out[0].s32 == 0, "export_info(%d) failed", id);
        name = (const char*)out[2].ptr;
        fn = (nccc_call_t)out[5].uptr;
        nin = out[6].s32;
        nout = out[7].s32;
        EXPECT(nin >= 0 && nout >= 0 && nin + nout <= 64, "%s: bad counts", name);
        in[0].s32 = YUNI_NCCC_OP_ARG_INFO;
        dispatch(in, types);
        EXPECT(types[0].s32 == 0 && types[1].s32 == nin && types[2].s32 == nout,
               "%s: arg_info disagrees", name);
        if (!quiet) {
            printf("  %2d %-22s (", id, name);
            for (k = 0; k < nin + nout; k++) {
                int32_t t = types[3 + k].s32;
                printf("%s%s", k == nin ? ") -> (" : k ? " " : "",
                       t >= 0 && t < YUNI_NCCC_TYPE_COUNT ? type_names[t] : "?");
            }
            printf("%s)\n", nout == 0 ? ") -> (" : "");
        }
        if (strcmp(name, "yuni_version") == 0) version = fn;
        if (strcmp(name, "yuni_strerror") == 0) strerror_fn = fn;
        if (strcmp(name, "yuni_module_open") == 0) module_open = fn;
    }
    in[0].s32 = 42;
    out[0].s32 = 0;
    dispatch(in, out);
    EXPECT(out[0].s32 == -1, "unknown op 42 was not refused");

    EXPECT(version && strerror_fn && module_open, "table lacks yuni_version/strerror/module_open");
    if (version && strerror_fn && module_open) {
        yuni_module* m = NULL;
        version(NULL, out);
        printf("yuni_version() through NCCC: %u.%u.%u\n", out[0].u32 >> 16, (out[0].u32 >> 8) & 0xff,
               out[0].u32 & 0xff);
        EXPECT(out[0].u32 == YUNI_VERSION_NUMBER, "library version differs from the header's");
        in[0].ptr = (void*)"/no/such/libnccc_thing.so";
        in[1].ptr = &m;
        module_open(in, out);
        in[0].s32 = out[0].s32;
        strerror_fn(in, out);
        printf("yuni_module_open(missing file) through NCCC: %d (%s)\n", in[0].s32,
               (const char*)out[0].ptr);
        EXPECT(in[0].s32 == YUNI_ENOENT && m == NULL, "missing file not reported as YUNI_ENOENT");
    }
    printf("%s\n", failures ? "yuni-offload-walk: FAILED" : "yuni-offload-walk: ok");
    return failures ? 1 : 0;
}
