/* Runs the tests named on the command line, or all of them; prints one line
 * a test and a closing "N passed, N failed" line. */
#include <stdlib.h>

#include "harness.h"

int harness_failures;

static const struct {
    const char* name;
    void (*fn)(void);
} tests[] = {
#define TEST(name) {#name, test_##name},
#include "core_tests.def"
#ifndef YUNI_CORE_ONLY
#include "lib_tests.def"
#endif
#undef TEST
};
#define NTESTS (sizeof tests / sizeof tests[0])

static int run(size_t i) {
    int before = harness_failures;
    tests[i].fn();
    printf("%s %s\n", harness_failures == before ? "ok  " : "FAIL", tests[i].name);
    fflush(stdout);
    return harness_failures == before;
}

int main(int argc, char** argv) {
    int passed = 0, failed = 0;
    size_t i;
    if (argc > 1 && strcmp(argv[1], "--list") == 0) {
        for (i = 0; i < NTESTS; i++) puts(tests[i].name);
        return 0;
    }
    for (i = 0; i < NTESTS; i++) {
        int selected = argc == 1;
        int a;
        for (a = 1; a < argc; a++) selected |= strcmp(argv[a], tests[i].name) == 0;
        if (selected) {
            if (run(i)) passed++;
            else failed++;
        }
    }
    if (passed + failed == 0) {
        fprintf(stderr, "no test matched\n");
        return 2;
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
