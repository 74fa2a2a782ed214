/* A little-endian writer for hand-made Offload containers (the layout is
 * in offload_c/offload_impl.h), for tests that run without the compiler. */
#ifndef YUNI_TEST_BYTECODE_H
#define YUNI_TEST_BYTECODE_H

#include <stdint.h>
#include <string.h>

#include "../../offload_c/offload_impl.h"

struct blob {
    uint8_t b[512];
    size_t n;
};
static inline void put(struct blob* w, const void* p, size_t n) {
    memcpy(w->b + w->n, p, n);
    w->n += n;
}
static inline void u8(struct blob* w, uint8_t v) { put(w, &v, 1); }
static inline void u16(struct blob* w, uint16_t v) { put(w, &v, 2); }
static inline void u32(struct blob* w, uint32_t v) { put(w, &v, 4); }
/* Start a container with nfunc functions, nentry entries and the string
 * table `strings` (no constants, imports or debug records). */
static inline void container(struct blob* w, uint32_t nfunc, uint32_t nentry, const char* strings) {
    uint32_t n = (uint32_t)strlen(strings);
    w->n = 0;
    put(w, "YOFF", 4);
    u16(w, 1), u16(w, 0);                                                 /* version */
    u32(w, 0), u32(w, 0), u32(w, nfunc), u32(w, nentry), u32(w, n), u32(w, 0); /* consts imports funcs entries strings debug */
    put(w, strings, n);
}
static inline void ins(struct blob* w, uint16_t op, uint16_t a, uint16_t b, uint16_t c) {
    u16(w, op), u16(w, a), u16(w, b), u16(w, c);
}

/* count(n s64) s64 loops n times (a backward jump each) and returns 0;
 * tick(bv) adds 1 to the s64 at offset 0 and returns the old value. */
static inline void count_tick_program(struct blob* w) {
    container(w, 2, 2, "counttick");
    u32(w, 0), u16(w, 5), u16(w, 2), u8(w, OFF_V_S64), u8(w, 1), u8(w, OFF_V_S64);
    u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 5);
    ins(w, OFF_LOADI, 1, 0, 0);
    ins(w, OFF_JLE_I, 0, 1, 4);
    ins(w, OFF_ADDK_I, 0, 0, (uint16_t)-1);
    ins(w, OFF_JMP, 1, 0, 0);
    ins(w, OFF_RET_I, 0, 0, 0);
    u32(w, 5), u16(w, 4), u16(w, 4), u8(w, OFF_V_S64), u8(w, 1), u8(w, OFF_V_BV);
    u8(w, OFF_R_BV), u8(w, OFF_R_LEN), u8(w, OFF_R_INT), u8(w, OFF_R_INT);
    u32(w, 4);
    ins(w, OFF_LOADI, 2, 1, 0);
    ins(w, OFF_LOADI, 3, 0, 0);
    ins(w, OFF_AADD, 2, 0, 3);
    ins(w, OFF_RET_I, 2, 0, 0);
    u32(w, 0), u16(w, 5), u32(w, 0), u8(w, 0), u8(w, 0);
    u32(w, 5), u16(w, 4), u32(w, 1), u8(w, 0), u8(w, 0);
    u32(w, 0), u16(w, 0);
}

#endif
