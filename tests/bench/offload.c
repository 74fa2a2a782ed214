/* Offload interpreter against gcc -O2 C, Lua 5.4 and Chez Scheme on six
 * kernels, in one run: fib(30), an integer loop, a 64-tap FIR, a biquad
 * over 1 M samples, a 64x64 matmul and crc32 over 16 MiB.  Each figure is
 * the best of several runs (REPS); Lua and Chez run the same kernels as scripts in a
 * child process and time themselves (their start-up is not counted).  Every
 * implementation's result is compared with C's and a mismatch is printed.
 *
 *   <kernel>_vs_c, <kernel>_vs_lua, <kernel>_vs_chez: Offload time divided
 *   by the other's (below 1: Offload is faster); offload_geomean_vs_c. */
#include "bench.h" /* first: it defines _GNU_SOURCE */

#include <math.h>
#include <unistd.h>

#include "nccc.h"

#define FIR_N 100000
#define FIR_TAPS 64
#define BIQ_N 1000000
#define MM_N 64
#define MM_REPS 10
#define CRC_N (16u << 20)
#define LOOP_N 20000000
/* best of REPS runs each (in-process: C and Offload), best of SCRIPT_REPS
 * for the Lua and Chez scripts, which take longer */
#define REPS 7
#define SCRIPT_REPS "5"

/* tests/bench/kernels.sls, read at start-up (KERNELS_SLS is its path) */
static char* offload_src;

/* ---- the same kernels in C ---- */
static int64_t c_fib(int64_t n) { return n < 2 ? n : c_fib(n - 1) + c_fib(n - 2); }
static int64_t c_loop(int64_t n) {
    int64_t acc = 0;
    for (int64_t i = 0; i < n; i++) acc = (acc + i * i) & 268435455;
    return acc;
}
static double c_fir(const double* in, const double* taps, double* out, int n, int nt) {
    for (int i = nt - 1; i < n; i++) {
        double acc = 0.0;
        for (int k = 0; k < nt; k++) acc += taps[k] * in[i - k];
        out[i] = acc;
    }
    return out[n - 1];
}
static double c_biquad(double* buf, int n, double b0, double b1, double b2, double a1, double a2) {
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (int i = 0; i < n; i++) {
        double x = buf[i];
        double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        buf[i] = y;
        x2 = x1, x1 = x, y2 = y1, y1 = y;
    }
    return y1;
}
static double c_matmul(const double* a, const double* b, double* c, int n) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            double acc = 0.0;
            for (int k = 0; k < n; k++) acc += a[i * n + k] * b[k * n + j];
            c[i * n + j] = acc;
        }
    return c[0];
}
static int64_t c_crc32(const uint8_t* data, size_t n, const uint32_t* table) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) c = table[(c ^ data[i]) & 255] ^ (c >> 8);
    return (int64_t)(c ^ 0xFFFFFFFFu);
}

/* ---- data, identical for every implementation ---- */
static double* fir_in;
static double fir_taps[FIR_TAPS];
static double* fir_out;
static double* biq;
static double mm_a[MM_N * MM_N], mm_b[MM_N * MM_N], mm_c[MM_N * MM_N];
static uint8_t* crc_data;
static uint32_t crc_table[256];

static void fill_biquad(void) {
    for (int i = 0; i < BIQ_N; i++) biq[i] = (double)(i % 17) * 0.1 - 0.8;
}
static void make_data(void) {
    fir_in = malloc(sizeof(double) * FIR_N);
    fir_out = calloc(FIR_N, sizeof(double));
    biq = malloc(sizeof(double) * BIQ_N);
    crc_data = malloc(CRC_N);
    for (int i = 0; i < FIR_N; i++) fir_in[i] = (double)(i % 17) * 0.1 - 0.8;
    for (int k = 0; k < FIR_TAPS; k++) fir_taps[k] = (double)(k % 5) * 0.01 + 0.001;
    for (int i = 0; i < MM_N * MM_N; i++) mm_a[i] = (double)(i % 7) * 0.5, mm_b[i] = (double)(i % 11) * 0.25;
    for (uint32_t i = 0; i < CRC_N; i++) crc_data[i] = (uint8_t)((i * 37u + 11u) & 255u);
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

enum { K_FIB, K_LOOP, K_FIR, K_BIQUAD, K_MATMUL, K_CRC32, K_COUNT };
static const char* kernel_name[K_COUNT] = {"fib30", "intloop", "fir64", "biquad", "matmul64", "crc32"};
static double t_c[K_COUNT], t_off[K_COUNT], t_lua[K_COUNT], t_chez[K_COUNT];
static double r_c[K_COUNT];

static double now_s(void) { return (double)bench_now_ns() / 1e9; }

#define BEST_OF(slot, result, expr)                                                                                    \
    do {                                                                                                               \
        (slot) = 1e30;                                                                                                 \
        for (int rep_ = 0; rep_ < REPS; rep_++) {                                                                         \
            double t0_ = now_s();                                                                                      \
            (result) = (expr);                                                                                         \
            double dt_ = now_s() - t0_;                                                                                \
            if (dt_ < (slot)) (slot) = dt_;                                                                            \
        }                                                                                                              \
    } while (0)

static double run_c(int k) {
    double r = 0;
    switch (k) {
    case K_FIB: BEST_OF(t_c[k], r, (double)c_fib(30)); break;
    case K_LOOP: BEST_OF(t_c[k], r, (double)c_loop(LOOP_N)); break;
    case K_FIR: BEST_OF(t_c[k], r, c_fir(fir_in, fir_taps, fir_out, FIR_N, FIR_TAPS)); break;
    case K_BIQUAD:
        t_c[k] = 1e30;
        for (int rep = 0; rep < REPS; rep++) {
            fill_biquad();
            double t0 = now_s();
            r = c_biquad(biq, BIQ_N, 0.2, 0.3, 0.2, -0.5, 0.25);
            if (now_s() - t0 < t_c[k]) t_c[k] = now_s() - t0;
        }
        break;
    case K_MATMUL: {
        t_c[k] = 1e30;
        for (int rep = 0; rep < REPS; rep++) {
            double t0 = now_s();
            for (int m = 0; m < MM_REPS; m++) r = c_matmul(mm_a, mm_b, mm_c, MM_N);
            if (now_s() - t0 < t_c[k]) t_c[k] = now_s() - t0;
        }
        break;
    }
    case K_CRC32: BEST_OF(t_c[k], r, (double)c_crc32(crc_data, CRC_N, crc_table)); break;
    }
    return r;
}

static nccc_call_t dispatch[K_COUNT];
static void* ctx[K_COUNT];

static double call(int k, const nccv64* args, int n, int is_float) {
    nccv64 in[16], out[2];
    in[0].ptr = ctx[k];
    memcpy(in + 1, args, sizeof(nccv64) * (size_t)n);
    dispatch[k](in, out);
    if (out[0].s32 != YUNI_OK) {
        fprintf(stderr, "bench_offload: %s failed: %s\n", kernel_name[k], yuni_error_detail());
        exit(1);
    }
    return is_float ? out[1].f64 : (double)out[1].s64;
}

static double run_offload(int k) {
    nccv64 a[8];
    double r = 0;
    switch (k) {
    case K_FIB:
        a[0].s64 = 30;
        BEST_OF(t_off[k], r, call(k, a, 1, 0));
        break;
    case K_LOOP:
        a[0].s64 = LOOP_N;
        BEST_OF(t_off[k], r, call(k, a, 1, 0));
        break;
    case K_FIR:
        a[0].ptr = fir_in, a[1].u64 = sizeof(double) * FIR_N;
        a[2].ptr = fir_taps, a[3].u64 = sizeof fir_taps;
        a[4].ptr = fir_out, a[5].u64 = sizeof(double) * FIR_N;
        a[6].s64 = FIR_N, a[7].s64 = FIR_TAPS;
        BEST_OF(t_off[k], r, call(k, a, 8, 1));
        break;
    case K_BIQUAD:
        a[0].ptr = biq, a[1].u64 = sizeof(double) * BIQ_N, a[2].s64 = BIQ_N;
        a[3].f64 = 0.2, a[4].f64 = 0.3, a[5].f64 = 0.2, a[6].f64 = -0.5, a[7].f64 = 0.25;
        t_off[k] = 1e30;
        for (int rep = 0; rep < REPS; rep++) {
            fill_biquad();
            double t0 = now_s();
            r = call(k, a, 8, 1);
            if (now_s() - t0 < t_off[k]) t_off[k] = now_s() - t0;
        }
        break;
    case K_MATMUL:
        a[0].ptr = mm_a, a[1].u64 = sizeof mm_a, a[2].ptr = mm_b, a[3].u64 = sizeof mm_b;
        a[4].ptr = mm_c, a[5].u64 = sizeof mm_c, a[6].s64 = MM_N;
        t_off[k] = 1e30;
        for (int rep = 0; rep < REPS; rep++) {
            double t0 = now_s();
            for (int m = 0; m < MM_REPS; m++) r = call(k, a, 7, 1);
            if (now_s() - t0 < t_off[k]) t_off[k] = now_s() - t0;
        }
        break;
    case K_CRC32:
        a[0].ptr = crc_data, a[1].u64 = CRC_N, a[2].ptr = crc_table, a[3].u64 = sizeof crc_table;
        BEST_OF(t_off[k], r, call(k, a, 4, 0));
        break;
    }
    return r;
}

/* ---- Lua 5.4 and Chez: scripts that print "<kernel> <seconds> <result>" ---- */
static const char* lua_src =
    "local function best(f) local b, r = 1e30 for _ = 1, " SCRIPT_REPS " do local t = os.clock() r = f() t = os.clock() - t if t < b then b = t end end return b, r end\n"
    "local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end\n"
    "local function out(name, t, r) print(string.format('%%s %%.9f %%.17g', name, t, r)) end\n"
    "out('fib30', best(function() return fib(30) end))\n"
    "out('intloop', best(function() local acc = 0 for i = 0, %d - 1 do acc = (acc + i*i) & 268435455 end return acc end))\n"
    "local N, NT = %d, %d local inp, taps, o = {}, {}, {}\n"
    "for i = 0, N-1 do inp[i] = (i %% 17) * 0.1 - 0.8 end for k = 0, NT-1 do taps[k] = (k %% 5) * 0.01 + 0.001 end\n"
    "out('fir64', best(function() for i = NT-1, N-1 do local acc = 0.0 for k = 0, NT-1 do acc = acc + taps[k] * inp[i-k] end o[i] = acc end return o[N-1] end))\n"
    "local BN = %d local buf = {}\n"
    "local function biquad() for i = 0, BN-1 do buf[i] = (i %% 17) * 0.1 - 0.8 end local t = os.clock()\n"
    "  local x1, x2, y1, y2 = 0.0, 0.0, 0.0, 0.0 for i = 0, BN-1 do local x = buf[i] local y = 0.2*x + 0.3*x1 + 0.2*x2 - (-0.5)*y1 - 0.25*y2 buf[i] = y x2, x1, y2, y1 = x1, x, y1, y end\n"
    "  return os.clock() - t, y1 end\n"
    "do local b, r = 1e30 for _ = 1, " SCRIPT_REPS " do local t t, r = biquad() if t < b then b = t end end out('biquad', b, r) end\n"
    "local M = %d local A, B, C = {}, {}, {} for i = 0, M*M-1 do A[i] = (i %% 7) * 0.5 B[i] = (i %% 11) * 0.25 end\n"
    "out('matmul64', best(function() for _ = 1, %d do for i = 0, M-1 do for j = 0, M-1 do local acc = 0.0 for k = 0, M-1 do acc = acc + A[i*M+k] * B[k*M+j] end C[i*M+j] = acc end end end return C[0] end))\n"
    "local CN = %u local data = {} for i = 0, CN-1 do data[i] = (i * 37 + 11) & 255 end local tab = {}\n"
    "for n = 0, 255 do local c = n for _ = 1, 8 do if c & 1 == 1 then c = 0xEDB88320 ~ (c >> 1) else c = c >> 1 end end tab[n] = c end\n"
    "out('crc32', best(function() local c = 0xFFFFFFFF for i = 0, CN-1 do c = tab[(c ~ data[i]) & 255] ~ (c >> 8) end return c ~ 0xFFFFFFFF end))\n";

static const char* chez_src =
    "(import (chezscheme))\n"
    "(define (best thunk) (let loop ((i 0) (b 1e30) (r 0)) (if (= i " SCRIPT_REPS ") (values b r)\n"
    "  (let* ((t0 (current-time 'time-monotonic)) (v (thunk)) (t1 (current-time 'time-monotonic))\n"
    "         (d (time-difference t1 t0)) (s (+ (time-second d) (/ (time-nanosecond d) 1e9))))\n"
    "    (loop (+ i 1) (min b s) v)))))\n"
    "(define (out name thunk) (let-values (((t r) (best thunk))) (printf \"~a ~a ~a~%%\" name (inexact t) (inexact r))))\n"
    "(define (fib n) (if (fx< n 2) n (fx+ (fib (fx- n 1)) (fib (fx- n 2)))))\n"
    "(out 'fib30 (lambda () (fib 30)))\n"
    "(out 'intloop (lambda () (do ((i 0 (fx+ i 1)) (acc 0 (fxlogand (fx+ acc (fx* i i)) 268435455))) ((fx= i %d) acc))))\n"
    "(define N %d) (define NT %d) (define in (make-vector N 0.0)) (define taps (make-vector NT 0.0)) (define o (make-vector N 0.0))\n"
    "(do ((i 0 (fx+ i 1))) ((fx= i N)) (vector-set! in i (fl- (fl* (fixnum->flonum (fxmod i 17)) 0.1) 0.8)))\n"
    "(do ((k 0 (fx+ k 1))) ((fx= k NT)) (vector-set! taps k (fl+ (fl* (fixnum->flonum (fxmod k 5)) 0.01) 0.001)))\n"
    "(out 'fir64 (lambda () (do ((i (fx- NT 1) (fx+ i 1))) ((fx= i N) (vector-ref o (fx- N 1)))\n"
    "  (let tap ((k 0) (acc 0.0)) (if (fx= k NT) (vector-set! o i acc)\n"
    "    (tap (fx+ k 1) (fl+ acc (fl* (vector-ref taps k) (vector-ref in (fx- i k))))))))))\n"
    "(define BN %d) (define buf (make-vector BN 0.0))\n"
    "(define (biquad) (do ((i 0 (fx+ i 1))) ((fx= i BN)) (vector-set! buf i (fl- (fl* (fixnum->flonum (fxmod i 17)) 0.1) 0.8)))\n"
    "  (let loop ((i 0) (x1 0.0) (x2 0.0) (y1 0.0) (y2 0.0)) (if (fx= i BN) y1\n"
    "    (let* ((x (vector-ref buf i)) (y (fl- (fl- (fl+ (fl+ (fl* 0.2 x) (fl* 0.3 x1)) (fl* 0.2 x2)) (fl* -0.5 y1)) (fl* 0.25 y2))))\n"
    "      (vector-set! buf i y) (loop (fx+ i 1) x x1 y y1)))))\n"
    "(out 'biquad biquad)\n"
    "(define M %d) (define A (make-vector (fx* M M) 0.0)) (define B (make-vector (fx* M M) 0.0)) (define C (make-vector (fx* M M) 0.0))\n"
    "(do ((i 0 (fx+ i 1))) ((fx= i (fx* M M))) (vector-set! A i (fl* (fixnum->flonum (fxmod i 7)) 0.5)) (vector-set! B i (fl* (fixnum->flonum (fxmod i 11)) 0.25)))\n"
    "(out 'matmul64 (lambda () (do ((r 0 (fx+ r 1))) ((fx= r %d) (vector-ref C 0)) (do ((i 0 (fx+ i 1))) ((fx= i M)) (do ((j 0 (fx+ j 1))) ((fx= j M))\n"
    "  (let dot ((k 0) (acc 0.0)) (if (fx= k M) (vector-set! C (fx+ (fx* i M) j) acc)\n"
    "    (dot (fx+ k 1) (fl+ acc (fl* (vector-ref A (fx+ (fx* i M) k)) (vector-ref B (fx+ (fx* k M) j))))))))))))\n"
    "(define CN %u) (define data (make-bytevector CN)) (do ((i 0 (fx+ i 1))) ((fx= i CN)) (bytevector-u8-set! data i (fxlogand (fx+ (fx* i 37) 11) 255)))\n"
    "(define tab (make-fxvector 256)) (do ((n 0 (fx+ n 1))) ((fx= n 256)) (fxvector-set! tab n (let loop ((c n) (k 0)) (if (fx= k 8) c\n"
    "  (loop (if (fxodd? c) (fxlogxor #xEDB88320 (fxsrl c 1)) (fxsrl c 1)) (fx+ k 1))))))\n"
    "(out 'crc32 (lambda () (let loop ((i 0) (c #xFFFFFFFF)) (if (fx= i CN) (fxlogxor c #xFFFFFFFF)\n"
    "  (loop (fx+ i 1) (fxlogxor (fxvector-ref tab (fxlogand (fxlogxor c (bytevector-u8-ref data i)) 255)) (fxsrl c 8)))))))\n";

/* Run a script through `command`; fill times[] and check results. */
static int run_script(const char* lang, const char* command, const char* suffix, const char* text, double* times) {
    char path[] = "/tmp/yuni-bench-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    FILE* f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    char script[64], cmd[256];
    snprintf(script, sizeof script, "%s%s", path, suffix);
    rename(path, script);
    snprintf(cmd, sizeof cmd, "%s %s 2>&1", command, script);
    FILE* p = popen(cmd, "r");
    int found = 0;
    char line[512];
    while (p && fgets(line, sizeof line, p)) {
        char name[32];
        double t, r;
        if (sscanf(line, "%31s %lf %lf", name, &t, &r) != 3) {
            fprintf(stderr, "bench_offload: %s: %s", lang, line);
            continue;
        }
        for (int k = 0; k < K_COUNT; k++) {
            if (strcmp(name, kernel_name[k]) == 0) {
                times[k] = t;
                found++;
                if (r != r_c[k] && fabs(r - r_c[k]) > 1e-9 * fabs(r_c[k]))
                    fprintf(stderr, "bench_offload: %s %s result %.17g differs from C's %.17g\n", lang, name, r, r_c[k]);
            }
        }
    }
    if (p) pclose(p);
    unlink(script);
    return found == K_COUNT ? 0 : -1;
}

static char* read_kernels(void) {
    FILE* f = fopen(KERNELS_SLS, "rb");
    char* text = NULL;
    long n;
    if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
        (text = calloc((size_t)n + 1, 1)) && fread(text, 1, (size_t)n, f) != (size_t)n) {
        free(text);
        text = NULL;
    }
    if (f) fclose(f);
    if (!text) fprintf(stderr, "bench_offload: cannot read %s\n", KERNELS_SLS);
    return text;
}

int main(void) {
    if (!(offload_src = read_kernels())) return 1;
    make_data();
    yuni_program* prog;
    char err[512];
    if (yuni_offload_compile(offload_src, strlen(offload_src), &prog, err, sizeof err) != YUNI_OK) {
        fprintf(stderr, "bench_offload: %s\n", err);
        return 1;
    }
    const char* entries[K_COUNT] = {"fib", "loop", "fir", "biquad", "matmul", "crc32"};
    for (int k = 0; k < K_COUNT; k++) yuni_offload_entry(prog, entries[k], &dispatch[k], &ctx[k]);
    cpu_set_t set;
    int cpu = sched_getcpu();
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof set, &set);
    printf("placement: all implementations on cpu %d (Lua and Chez as child processes pinned the same)\n", cpu);

    for (int k = 0; k < K_COUNT; k++) {
        r_c[k] = run_c(k);
        double r = run_offload(k);
        if (r != r_c[k]) fprintf(stderr, "bench_offload: Offload %s result %.17g differs from C's %.17g\n", kernel_name[k], r, r_c[k]);
    }
    char* text = malloc(16384);
    snprintf(text, 16384, lua_src, LOOP_N, FIR_N, FIR_TAPS, BIQ_N, MM_N, MM_REPS, CRC_N);
    int have_lua = run_script("lua", "lua5.4", ".lua", text, t_lua) == 0;
    snprintf(text, 16384, chez_src, LOOP_N, FIR_N, FIR_TAPS, BIQ_N, MM_N, MM_REPS, CRC_N);
    int have_chez = run_script("chez", "scheme --script", ".ss", text, t_chez) == 0;
    free(text);

    double log_sum = 0;
    for (int k = 0; k < K_COUNT; k++) {
        const char* n = kernel_name[k];
        printf("%s_c_ms: %.2f\n%s_offload_ms: %.2f\n", n, t_c[k] * 1e3, n, t_off[k] * 1e3);
        printf("%s_vs_c: %.2f\n", n, t_off[k] / t_c[k]);
        if (have_lua) printf("%s_lua_ms: %.2f\n%s_vs_lua: %.3f\n", n, t_lua[k] * 1e3, n, t_off[k] / t_lua[k]);
        if (have_chez) printf("%s_chez_ms: %.2f\n%s_vs_chez: %.3f\n", n, t_chez[k] * 1e3, n, t_off[k] / t_chez[k]);
        log_sum += log(t_off[k] / t_c[k]);
    }
    if (!have_lua) printf("lua: skipped (lua5.4 not found; build/deps.sh installs it)\n");
    if (!have_chez) printf("chez: skipped (scheme not found; build/deps.sh installs chezscheme)\n");
    printf("offload_geomean_vs_c: %.2f\n", exp(log_sum / K_COUNT));
    yuni_offload_destroy(prog);
    return 0;
}
