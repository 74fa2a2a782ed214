/* A little-endian writer for hand-made Offload containers (the layout is
 * in offload_c/offload_impl.h), for tests that run without the compiler. */
#ifndef YUNI_TEST_BYTECODE_H
#define YUNI_TEST_BYTECODE_H

#include <stdint.h>
#include <string.h>

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

#endif
