/* A minimal test harness: every test is listed once, in core_tests.def (the
 * C core alone, also built with sanitizers) or lib_tests.def (needs the
 * whole library); the runner and CMake (one ctest entry a test) read them. */
#ifndef YUNI_TEST_HARNESS_H
#define YUNI_TEST_HARNESS_H

#include <stdio.h>
#include <string.h>

extern int harness_failures;

#define CHECK(cond)                                                               \
    do {                                                                          \
        if (!(cond)) {                                                            \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            harness_failures++;                                                   \
            return;                                                               \
        }                                                                         \
    } while (0)

/* Compare integers and print both sides when they differ. */
#define CHECK_EQ(a, b)                                                                  \
    do {                                                                                \
        long long check_a_ = (long long)(a), check_b_ = (long long)(b);                 \
        if (check_a_ != check_b_) {                                                     \
            fprintf(stderr, "%s:%d: check failed: %s == %s (%lld != %lld)\n", __FILE__, \
                    __LINE__, #a, #b, check_a_, check_b_);                              \
            harness_failures++;                                                         \
            return;                                                                     \
        }                                                                               \
    } while (0)

#define CHECK_STR(a, b)                                                                  \
    do {                                                                                 \
        const char *check_a_ = (a), *check_b_ = (b);                                     \
        if (!check_a_ || !check_b_ || strcmp(check_a_, check_b_) != 0) {                 \
            fprintf(stderr, "%s:%d: check failed: %s == %s (\"%s\" != \"%s\")\n", __FILE__, \
                    __LINE__, #a, #b, check_a_ ? check_a_ : "(null)",                    \
                    check_b_ ? check_b_ : "(null)");                                     \
            harness_failures++;                                                          \
            return;                                                                      \
        }                                                                                \
    } while (0)

#define TEST(name) void test_##name(void);
#include "core_tests.def"
#include "lib_tests.def"
#undef TEST

#endif
