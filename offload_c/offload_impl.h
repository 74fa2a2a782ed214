/* Offload programs inside the library: the loaded form of a bytecode blob
 * (load.c), its verifier (verify.c), its interpreter (interp.c) and the ABI
 * around them (program.c).
 *
 * The bytecode container, little-endian throughout (offload/bytecode.go
 * writes it):
 *
 *   header   "YOFF", version u16, flags u16 (0),
 *            nconst u32, nimport u32, nfunc u32, nentry u32,
 *            strings u32 (bytes), debug u32 (records)
 *   consts   nconst x u64
 *   strings  `strings` bytes; names are (offset u32, length u16) into it
 *   imports  nimport x { name, flags u8 (1 = blocking), result u8,
 *                        nparams u8, params u8[nparams] }
 *   funcs    nfunc x { name, nregs u16, result u8, nparams u8,
 *                      params u8[nparams], regtypes u8[nregs],
 *                      ncode u32, code u64[ncode] }
 *   entries  nentry x { name, func u32, flags u8 (1 = real-time),
 *                       effects u8 }
 *   debug    file name, then `debug` x { func u32, pc u32, line u32,
 *                                         column u32 }, sorted by (func, pc)
 *
 * Value types (params, results): OFF_V_*.  Register types: OFF_R_*. */
#ifndef YUNI_OFFLOAD_IMPL_H
#define YUNI_OFFLOAD_IMPL_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "core.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "Offload bytecode is little-endian; this build supports little-endian machines only"
#endif

#define OFF_MAGIC "YOFF"
#define OFF_VERSION 1

enum off_value_type { OFF_V_VOID = 0, OFF_V_S64 = 1, OFF_V_F64 = 2, OFF_V_BOOL = 3, OFF_V_BV = 4, OFF_V_CHIME = 5 };
enum off_reg_type { OFF_R_INT = 1, OFF_R_FLO = 2, OFF_R_BV = 3, OFF_R_LEN = 4, OFF_R_CHIME = 5 };

/* Fixed limits, so every index in an instruction fits its 16-bit field and
 * a frame's size is bounded. */
#define OFF_MAX_REGS 4096
#define OFF_MAX_PARAMS 64
#define OFF_MAX_CODE 65535
#define OFF_MAX_FUNCS 65535
#define OFF_MAX_CONSTS 65536
#define OFF_MAX_BLOB (64u << 20)

/* Operand kinds and flags of opcodes.def. */
enum off_operand_kind { OPK___, OPK_RI, OPK_RF, OPK_RB, OPK_RC, OPK_RW, OPK_K, OPK_IMM, OPK_J, OPK_FN, OPK_IM };
/* opcodes.def's flags column (TERM, CALL, BRANCH, AREAD; see there). */
enum off_op_flag { OFF_FLAG_TERM = 1, OFF_FLAG_CALL = 2, OFF_FLAG_BRANCH = 4, OFF_FLAG_AREAD = 8 };

enum off_opcode {
#define OP(name, mnemonic, a, b, c, flags) OFF_##name,
#include "opcodes.def"
#undef OP
    OFF_OPCODE_COUNT
};

/* An instruction as loaded: the 8 encoded bytes (op, a, b, c) and, once
 * verified, the address of its handler in the interpreter, so dispatch is
 * one indirect jump through the instruction itself (direct threading). */
struct off_ins {
    const void* handler;
    uint16_t op, a, b, c;
};

struct off_signature {
    uint8_t result;  /* OFF_V_* */
    uint8_t nparams; /* value parameters */
    uint8_t nslots;  /* registers (= NCCC slots) they take: a bytevector takes 2 */
    uint8_t params[OFF_MAX_PARAMS];
};

struct off_import {
    const char* name; /* NUL-terminated copy inside the program */
    uint8_t blocking;
    struct off_signature sig;
    nccc_call_t _Atomic fn; /* granted function, or NULL */
};

struct off_func {
    const char* name;
    struct off_signature sig;
    uint16_t nregs;
    const uint8_t* regtypes;
    const struct off_ins* code;
    uint32_t ncode;
    /* Pointer registers (bytevector, length, chime) that are not
     * parameters: zeroed when a frame starts, so a register the function
     * reads before writing can never hold a stale pointer or a reused
     * integer — a zero bytevector has length 0 and a zero chime is not a
     * handle, so either traps. */
    uint16_t* clear;
    uint16_t nclear;
    /* The small loops' plans (small_loop.c), by pc: for a loop with its
     * head at h, instructions h..h+n.  NULL if the function has none. */
    struct off_ins* small_loops;
};

struct off_entry {
    const char* name;
    uint32_t func;
    uint8_t realtime;
    uint8_t effects;
    uintptr_t handle; /* ctx given out by yuni_offload_entry */
    struct yuni_program_impl* program;
    uint32_t* reach; /* the imports this entry may call (computed at load) */
    uint32_t nreach;
    _Atomic uint32_t ungranted; /* how many of them are not granted yet */
};

struct off_debug {
    uint32_t func, pc, line, column;
};

struct yuni_program_impl {
    uintptr_t handle;
    uint32_t nconst, nimport, nfunc, nentry, ndebug;
    const uint64_t* consts;
    struct off_import* imports;
    struct off_func* funcs;
    struct off_entry* entries;
    const struct off_debug* debug;
    const char* file;
    _Atomic uint64_t budget; /* 0 = none */
    uint32_t nfused;          /* instructions heading a fused pair */
    uint32_t nmac_loops;      /* loops run by off_mac_loop */
    uint32_t nsmall_loops;    /* loops run by off_small_loop */
    /* Offload threads running its entries, and PROGRAM_DYING once a destroy
     * has won: a thread start and a destroy decide in one CAS each. */
    _Atomic uint32_t threads;
    _Atomic uint32_t interrupt; /* set by destroy: running entries trap YUNI_TRAP_INTERRUPTED */
};
#define PROGRAM_DYING 0x80000000u

/* ROUNDED(x): x is a rounded double from here on.  Scheme rounds a product
 * before adding it; a compiler allowed to contract (GCC's default for GNU C
 * when the target has FMA) would fuse the two into one rounding.  The empty
 * asm makes the value opaque, which costs nothing. */
#if defined(YUNI_TRANSPILED)
/* Go may fuse too, but never across a call it does not inline: the Go
 * translation defines this one as an identity it never inlines. */
double yuni__rounded(double x);
#define ROUNDED(x) (x = yuni__rounded(x))
#elif defined(__x86_64__)
#define ROUNDED(x) __asm__("" : "+x"(x))
#elif defined(__aarch64__)
#define ROUNDED(x) __asm__("" : "+w"(x))
#else
#define ROUNDED(x) (x = *(volatile double*)&(x))
#endif

/* LIBM(f): the C library's function f, which Chez and Racket call too, so
 * results agree to the bit.  The Go translation has modernc's libc, a
 * translation of musl, whose exp, sin, cos, tan, asin, acos, atan, atan2
 * and pow differ from glibc's in the last bit (or a NaN's sign) on some
 * inputs (docs/cgofree.md); there the call goes to yuni__libm_f, which the
 * translation's Go side points at the system's libm (through purego) when
 * the binary can load it (docs/cgofree.md). */
#if defined(YUNI_TRANSPILED)
double yuni__libm_exp(double x);
double yuni__libm_log(double x);
double yuni__libm_sin(double x);
double yuni__libm_cos(double x);
double yuni__libm_tan(double x);
double yuni__libm_asin(double x);
double yuni__libm_acos(double x);
double yuni__libm_atan(double x);
double yuni__libm_atan2(double y, double x);
double yuni__libm_pow(double x, double y);
double yuni__libm_sqrt(double x);
double yuni__libm_floor(double x);
double yuni__libm_ceil(double x);
double yuni__libm_nearbyint(double x);
double yuni__libm_trunc(double x);
double yuni__libm_fma(double x, double y, double z);
#define LIBM(f) yuni__libm_##f
#else
#define LIBM(f) f
#endif

/* load.c: parse `len` bytes into a new program (not yet registered).  On
 * failure returns NULL and writes the reason to err. */
struct yuni_program_impl* off_load(const uint8_t* blob, size_t len, char* err, size_t errlen);
void off_free(struct yuni_program_impl* program);

/* verify.c: check every function's code, then compute each entry's
 * reachable imports; 0 or -1 with err written. */
int off_verify(struct yuni_program_impl* program, char* err, size_t errlen);

/* interp.c: how chime! rings (installed by queue/chime.c). */
extern int32_t (*yuni__offload_ring)(yuni_chime* chime);

/* verify.c: opcodes.def as a table, for the verifier and the interpreter's
 * choice of fused pairs. */
struct off_op_info {
    const char* mnemonic;
    uint8_t kind[3]; /* enum off_operand_kind of a, b, c */
    uint8_t flags;   /* enum off_op_flag */
};
extern const struct off_op_info off_op_table[OFF_OPCODE_COUNT];

/* interp.c: fill every instruction's handler (after off_verify), fusing
 * pairs unless yuni__offload_fusion is 0 (the tests compare both ways).
 * Returns how many instructions head a fused pair. */
uint32_t off_thread_code(struct yuni_program_impl* program);
extern int yuni__offload_fusion;
/* program.c, for the tests: that count for a loaded program, or -1; and
 * how many loops run as multiply-accumulate loops, and as small loops. */
int64_t yuni__offload_fused_count(yuni_program* program);
int64_t yuni__offload_mac_loop_count(yuni_program* program);
int64_t yuni__offload_small_loop_count(yuni_program* program);

/* mac_loop.c: multiply-accumulate loops, each run by one handler.
 * off_mac_loop_at: does instruction h of f head one (f verified)?
 * off_mac_loop: at such a head, run as many whole iterations as can run
 * without a trap and that *budget pays for (taking them from it); return
 * where to go on after the loop, or NULL to go on with the head's plain
 * handler (the next iteration might trap, or needs the next chunk). */
int off_mac_loop_at(const struct off_func* f, uint32_t h);
const struct off_ins* off_mac_loop(nccv64* R, const struct off_ins* head, uint64_t* budget);

/* small_loop.c: counted loops of a few integer instructions, each run by
 * one handler with the values passed round the loop in machine registers.
 * off_small_loop_plan: does instruction h of f (verified) head one?  If so
 * it writes the loop's plan, a copy of its n + 1 <= OFF_SMALL_LOOP_MAX + 1
 * instructions with the runner's handlers, to plan and returns n + 1; else
 * 0.
 * off_small_loop: run the loop from its plan's head until it ends (returns
 * the plan's back edge + 1, *plain 0), or an instruction would trap or the
 * budget's chunk is spent (returns that instruction of the plan, to be run
 * by run's plain handler, *plain 1). */
#define OFF_SMALL_LOOP_MAX 8
size_t off_small_loop_plan(const struct off_func* f, uint32_t h, struct off_ins* plan);
const struct off_ins* off_small_loop(nccv64* R, const struct off_ins* head, uint64_t* budget, int* plain);

/* interp.c: run entry `e` with NCCC in/out (in[0] is ctx). */
void off_dispatch(const nccv64* in, nccv64* out);

/* interp.c: give the calling thread (which has none yet) a register stack
 * of `regs` registers, locked and touched now so running it never
 * page-faults: 1 when locked, 0 when only touched, -1 on failure. */
int off_stack_prepare(uint32_t regs);

/* interp.c: a thread that may be stopped sets this to its stop word; a
 * running entry polls it and its program's `interrupt` every
 * OFF_CHECK_STEPS steps (a step is a backward jump or a call) and traps
 * YUNI_TRAP_INTERRUPTED when either is set. */
#define OFF_CHECK_STEPS 65536u
extern __thread _Atomic uint32_t* off_interrupt;

/* heap.c: keep a heap alive (delta +1) or let it go (-1); a pinned heap
 * refuses yuni_heap_destroy with YUNI_EBUSY.  0 or YUNI_EBADHANDLE. */
int32_t yuni__heap_pin(yuni_heap* heap, int delta);

/* program.c: the same for programs and the offload threads running them
 * (YUNI_EBADHANDLE once a destroy has won); p must be borrowed or pinned. */
int32_t yuni__program_pin(struct yuni_program_impl* p, int delta);

/* ring.c: the SPSC ring over `len` bytes (UINT64_MAX: unknown); -1 for a
 * header that is not a ring, else what yuni_ring_* return. */
int64_t off_ring_init(uint8_t* mem, uint64_t len);
int64_t off_ring_count(uint8_t* ring, uint64_t len);
int64_t off_ring_put(uint8_t* ring, uint64_t len, const uint8_t* src, uint64_t n);
int64_t off_ring_get(uint8_t* ring, uint64_t len, uint8_t* dst, uint64_t n);

/* interp.c: the per-thread record of the last trap. */
void off_record_trap(const struct yuni_program_impl* program, const struct off_entry* entry, int32_t kind,
                     uint32_t func, uint32_t pc);

/* program.c: the Go compiler, installed by offload_c/compile.go; absent in
 * the C-only sanitizer build.  Returns a malloc'ed blob or NULL with err. */
extern void* (*yuni__offload_compiler)(const char* name, const char* src, size_t len, size_t* out_len, char* err,
                                       size_t errlen);
void yuni__offload_set_compiler(void* (*compile)(const char* name, const char* src, size_t len, size_t* out_len,
                                                 char* err, size_t errlen));

#endif
