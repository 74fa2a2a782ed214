// Code generated for linux/amd64 by 'ccgo --package-name transpiled --prefix-external=X -ignore-link-errors -o offload_linux_amd64.go -DYUNI_TRANSPILED -Dvolatile= -I ../../../include -I ../../../internal/core -I ../.. ../../load.c ../../verify.c ../../interp.c ../../program.c ../../heap.c ../../ring.c ../../../internal/core/errors.c ../../../internal/core/handles.c', DO NOT EDIT.

//go:build linux && amd64

package transpiled

import (
	"math"
	"reflect"
	"unsafe"

	"modernc.org/libc"
)

var _ = math.Pi
var _ reflect.Type
var _ unsafe.Pointer

const ATOMIC_BOOL_LOCK_FREE = "__GCC_ATOMIC_BOOL_LOCK_FREE"
const ATOMIC_CHAR16_T_LOCK_FREE = "__GCC_ATOMIC_CHAR16_T_LOCK_FREE"
const ATOMIC_CHAR32_T_LOCK_FREE = "__GCC_ATOMIC_CHAR32_T_LOCK_FREE"
const ATOMIC_CHAR_LOCK_FREE = "__GCC_ATOMIC_CHAR_LOCK_FREE"
const ATOMIC_INT_LOCK_FREE = "__GCC_ATOMIC_INT_LOCK_FREE"
const ATOMIC_LLONG_LOCK_FREE = "__GCC_ATOMIC_LLONG_LOCK_FREE"
const ATOMIC_LONG_LOCK_FREE = "__GCC_ATOMIC_LONG_LOCK_FREE"
const ATOMIC_POINTER_LOCK_FREE = "__GCC_ATOMIC_POINTER_LOCK_FREE"
const ATOMIC_SHORT_LOCK_FREE = "__GCC_ATOMIC_SHORT_LOCK_FREE"
const ATOMIC_WCHAR_T_LOCK_FREE = "__GCC_ATOMIC_WCHAR_T_LOCK_FREE"
const BUFSIZ = 1024
const EXIT_FAILURE = 1
const EXIT_SUCCESS = 0
const FILENAME_MAX = 4096
const FOPEN_MAX = 1000
const INT16_MAX = 0x7fff
const INT32_MAX = 0x7fffffff
const INT64_MAX = 0x7fffffffffffffff
const INT8_MAX = 0x7f
const INTMAX_MAX = "INT64_MAX"
const INTMAX_MIN = "INT64_MIN"
const INTPTR_MAX = "INT64_MAX"
const INTPTR_MIN = "INT64_MIN"
const INT_FAST16_MAX = "INT32_MAX"
const INT_FAST16_MIN = "INT32_MIN"
const INT_FAST32_MAX = "INT32_MAX"
const INT_FAST32_MIN = "INT32_MIN"
const INT_FAST64_MAX = "INT64_MAX"
const INT_FAST64_MIN = "INT64_MIN"
const INT_FAST8_MAX = "INT8_MAX"
const INT_FAST8_MIN = "INT8_MIN"
const INT_LEAST16_MAX = "INT16_MAX"
const INT_LEAST16_MIN = "INT16_MIN"
const INT_LEAST32_MAX = "INT32_MAX"
const INT_LEAST32_MIN = "INT32_MIN"
const INT_LEAST64_MAX = "INT64_MAX"
const INT_LEAST64_MIN = "INT64_MIN"
const INT_LEAST8_MAX = "INT8_MAX"
const INT_LEAST8_MIN = "INT8_MIN"
const L_ctermid = 20
const L_cuserid = 20
const L_tmpnam = 20
const OFF_CHECK_STEPS = "65536u"
const OFF_MAGIC = "YOFF"
const OFF_MAX_CODE = 65535
const OFF_MAX_CONSTS = 65536
const OFF_MAX_FUNCS = 65535
const OFF_MAX_PARAMS = 64
const OFF_MAX_REGS = 4096
const OFF_SMALL_LOOP_MAX = 8
const OFF_VERSION = 1
const PROGRAM_DYING = "0x80000000u"
const PTRDIFF_MAX = "INT64_MAX"
const PTRDIFF_MIN = "INT64_MIN"
const P_tmpdir = "/tmp"
const RAND_MAX = 0x7fffffff
const SIG_ATOMIC_MAX = "INT32_MAX"
const SIG_ATOMIC_MIN = "INT32_MIN"
const SIZE_MAX = "UINT64_MAX"
const TMP_MAX = 10000
const UINT16_MAX = 0xffff
const UINT32_MAX = "0xffffffffu"
const UINT64_MAX = "0xffffffffffffffffu"
const UINT8_MAX = 0xff
const UINTMAX_MAX = "UINT64_MAX"
const UINTPTR_MAX = "UINT64_MAX"
const UINT_FAST16_MAX = "UINT32_MAX"
const UINT_FAST32_MAX = "UINT32_MAX"
const UINT_FAST64_MAX = "UINT64_MAX"
const UINT_FAST8_MAX = "UINT8_MAX"
const UINT_LEAST16_MAX = "UINT16_MAX"
const UINT_LEAST32_MAX = "UINT32_MAX"
const UINT_LEAST64_MAX = "UINT64_MAX"
const UINT_LEAST8_MAX = "UINT8_MAX"
const WINT_MAX = "UINT32_MAX"
const WINT_MIN = 0
const WNOHANG = 1
const WUNTRACED = 2
const YUNI_CLASS_BACKGROUND = 3
const YUNI_CLASS_INTERACTIVE = 2
const YUNI_CLASS_NORMAL = 0
const YUNI_CLASS_REALTIME_AUDIO = 1
const YUNI_CULTURE_MAX = 31
const YUNI_EVENT_CHANNEL = 6
const YUNI_EVENT_CHIME = 1
const YUNI_EVENT_FD = 2
const YUNI_EVENT_QUEUE = 5
const YUNI_EVENT_SIGNAL = 4
const YUNI_EVENT_TIMER = 3
const YUNI_FD_ERROR = "0x8u"
const YUNI_FD_HANGUP = "0x4u"
const YUNI_FD_READ = "0x1u"
const YUNI_FD_WRITE = "0x2u"
const YUNI_GRANT_FALLBACK = "0x1u"
const YUNI_GRANT_IO_PRIORITY = "0x4u"
const YUNI_GRANT_KEPT = "0x8u"
const YUNI_GRANT_TIMER_SLACK = "0x2u"
const YUNI_HEAP_LOCK = "0x1u"
const YUNI_HEAP_LOCK_OPTIONAL = "0x2u"
const YUNI_HEAP_POISON = "0x4u"
const YUNI_HEAP_UNSYNCHRONIZED = "0x8u"
const YUNI_NCCC_OP_ARG_INFO = 6
const YUNI_NCCC_OP_EXPORT_INFO = 2
const YUNI_NCCC_OP_LIBRARY_INFO = 1
const YUNI_OFFLOAD_BOOLEAN = 3
const YUNI_OFFLOAD_BYTEVECTOR = 4
const YUNI_OFFLOAD_CALL_DEPTH = 10000
const YUNI_OFFLOAD_CHIME = 5
const YUNI_OFFLOAD_ENTRIES = 0
const YUNI_OFFLOAD_F64 = 2
const YUNI_OFFLOAD_IMPORTS = 1
const YUNI_OFFLOAD_MAX_PARAMS = 64
const YUNI_OFFLOAD_S64 = 1
const YUNI_OFFLOAD_SIG_BLOCKING = "0x2u"
const YUNI_OFFLOAD_SIG_GRANTED = "0x4u"
const YUNI_OFFLOAD_SIG_REACHES_IMPORTS = "0x8u"
const YUNI_OFFLOAD_SIG_REALTIME = "0x1u"
const YUNI_OFFLOAD_VOID = 0
const YUNI_OK = 0
const YUNI_OWN_SWITCHED = 1
const YUNI_QUEUE_CAN_CHIME = "0x1u"
const YUNI_QUEUE_FOREIGN = "0x4u"
const YUNI_QUEUE_MAX_CHIMES = 4096
const YUNI_QUEUE_POLLABLE = "0x2u"
const YUNI_RING_HEADER = 192
const YUNI_SIGNATURE_MAX = 32
const YUNI_SOURCE_EDGE = "0x200u"
const YUNI_SOURCE_ONESHOT = "0x100u"
const YUNI_THREAD_FINISHED = 2
const YUNI_THREAD_HISTOGRAM_BUCKETS = 20000
const YUNI_THREAD_MAX_VMS = 8
const YUNI_THREAD_NEVER_DISOWN = "0x1u"
const YUNI_THREAD_RUNNING = 1
const YUNI_THREAD_STOPPED = 4
const YUNI_THREAD_TRAPPED = 3
const YUNI_TRANSPILED = 1
const YUNI_VERSION_MAJOR = 0
const YUNI_VERSION_MINOR = 1
const YUNI_VERSION_PATCH = 0
const YUNI_VM_MAX_THREADS = 1024
const YUNI_VM_NO_AUTO_ATTACH = "0x1u"
const YUNI_VM_NO_HEARTBEAT = "0x2u"
const YUNI__HANDLE_GEN_SHIFT = 20
const YUNI__HANDLE_SLOT_BITS = 16
const YUNI__HANDLE_TYPE_SHIFT = 16
const YUNI__INSIDE_MAX = 8
const _GNU_SOURCE = 1
const _IOFBF = 0
const _IOLBF = 1
const _IONBF = 2
const _LP64 = 1
const _STDC_PREDEF_H = 1
const __ATOMIC_ACQUIRE = 2
const __ATOMIC_ACQ_REL = 4
const __ATOMIC_CONSUME = 1
const __ATOMIC_HLE_ACQUIRE = 65536
const __ATOMIC_HLE_RELEASE = 131072
const __ATOMIC_RELAXED = 0
const __ATOMIC_RELEASE = 3
const __ATOMIC_SEQ_CST = 5
const __BIGGEST_ALIGNMENT__ = 16
const __BIG_ENDIAN = 4321
const __BYTE_ORDER = 1234
const __BYTE_ORDER__ = "__ORDER_LITTLE_ENDIAN__"
const __CCGO__ = 1
const __CHAR_BIT__ = 8
const __DBL_DECIMAL_DIG__ = 17
const __DBL_DIG__ = 15
const __DBL_HAS_DENORM__ = 1
const __DBL_HAS_INFINITY__ = 1
const __DBL_HAS_QUIET_NAN__ = 1
const __DBL_IS_IEC_60559__ = 2
const __DBL_MANT_DIG__ = 53
const __DBL_MAX_10_EXP__ = 308
const __DBL_MAX_EXP__ = 1024
const __DEC128_EPSILON__ = 1e-33
const __DEC128_MANT_DIG__ = 34
const __DEC128_MAX_EXP__ = 6145
const __DEC128_MAX__ = "9.999999999999999999999999999999999E6144"
const __DEC128_MIN__ = 1e-6143
const __DEC128_SUBNORMAL_MIN__ = 0.000000000000000000000000000000001e-6143
const __DEC32_EPSILON__ = 1e-6
const __DEC32_MANT_DIG__ = 7
const __DEC32_MAX_EXP__ = 97
const __DEC32_MAX__ = 9.999999e96
const __DEC32_MIN__ = 1e-95
const __DEC32_SUBNORMAL_MIN__ = 0.000001e-95
const __DEC64_EPSILON__ = 1e-15
const __DEC64_MANT_DIG__ = 16
const __DEC64_MAX_EXP__ = 385
const __DEC64_MAX__ = "9.999999999999999E384"
const __DEC64_MIN__ = 1e-383
const __DEC64_SUBNORMAL_MIN__ = 0.000000000000001e-383
const __DECIMAL_BID_FORMAT__ = 1
const __DECIMAL_DIG__ = 17
const __DEC_EVAL_METHOD__ = 2
const __ELF__ = 1
const __FINITE_MATH_ONLY__ = 0
const __FLOAT_WORD_ORDER__ = "__ORDER_LITTLE_ENDIAN__"
const __FLT128_DECIMAL_DIG__ = 36
const __FLT128_DENORM_MIN__ = 6.47517511943802511092443895822764655e-4966
const __FLT128_DIG__ = 33
const __FLT128_EPSILON__ = 1.92592994438723585305597794258492732e-34
const __FLT128_HAS_DENORM__ = 1
const __FLT128_HAS_INFINITY__ = 1
const __FLT128_HAS_QUIET_NAN__ = 1
const __FLT128_IS_IEC_60559__ = 2
const __FLT128_MANT_DIG__ = 113
const __FLT128_MAX_10_EXP__ = 4932
const __FLT128_MAX_EXP__ = 16384
const __FLT128_MAX__ = "1.18973149535723176508575932662800702e+4932"
const __FLT128_MIN__ = 3.36210314311209350626267781732175260e-4932
const __FLT128_NORM_MAX__ = "1.18973149535723176508575932662800702e+4932"
const __FLT16_DECIMAL_DIG__ = 5
const __FLT16_DENORM_MIN__ = 5.96046447753906250000000000000000000e-8
const __FLT16_DIG__ = 3
const __FLT16_EPSILON__ = 9.76562500000000000000000000000000000e-4
const __FLT16_HAS_DENORM__ = 1
const __FLT16_HAS_INFINITY__ = 1
const __FLT16_HAS_QUIET_NAN__ = 1
const __FLT16_IS_IEC_60559__ = 2
const __FLT16_MANT_DIG__ = 11
const __FLT16_MAX_10_EXP__ = 4
const __FLT16_MAX_EXP__ = 16
const __FLT16_MAX__ = 6.55040000000000000000000000000000000e+4
const __FLT16_MIN__ = 6.10351562500000000000000000000000000e-5
const __FLT16_NORM_MAX__ = 6.55040000000000000000000000000000000e+4
const __FLT32X_DECIMAL_DIG__ = 17
const __FLT32X_DENORM_MIN__ = 4.94065645841246544176568792868221372e-324
const __FLT32X_DIG__ = 15
const __FLT32X_EPSILON__ = 2.22044604925031308084726333618164062e-16
const __FLT32X_HAS_DENORM__ = 1
const __FLT32X_HAS_INFINITY__ = 1
const __FLT32X_HAS_QUIET_NAN__ = 1
const __FLT32X_IS_IEC_60559__ = 2
const __FLT32X_MANT_DIG__ = 53
const __FLT32X_MAX_10_EXP__ = 308
const __FLT32X_MAX_EXP__ = 1024
const __FLT32X_MAX__ = 1.79769313486231570814527423731704357e+308
const __FLT32X_MIN__ = 2.22507385850720138309023271733240406e-308
const __FLT32X_NORM_MAX__ = 1.79769313486231570814527423731704357e+308
const __FLT32_DECIMAL_DIG__ = 9
const __FLT32_DENORM_MIN__ = 1.40129846432481707092372958328991613e-45
const __FLT32_DIG__ = 6
const __FLT32_EPSILON__ = 1.19209289550781250000000000000000000e-7
const __FLT32_HAS_DENORM__ = 1
const __FLT32_HAS_INFINITY__ = 1
const __FLT32_HAS_QUIET_NAN__ = 1
const __FLT32_IS_IEC_60559__ = 2
const __FLT32_MANT_DIG__ = 24
const __FLT32_MAX_10_EXP__ = 38
const __FLT32_MAX_EXP__ = 128
const __FLT32_MAX__ = 3.40282346638528859811704183484516925e+38
const __FLT32_MIN__ = 1.17549435082228750796873653722224568e-38
const __FLT32_NORM_MAX__ = 3.40282346638528859811704183484516925e+38
const __FLT64X_DECIMAL_DIG__ = 36
const __FLT64X_DENORM_MIN__ = 6.47517511943802511092443895822764655e-4966
const __FLT64X_DIG__ = 33
const __FLT64X_EPSILON__ = 1.92592994438723585305597794258492732e-34
const __FLT64X_HAS_DENORM__ = 1
const __FLT64X_HAS_INFINITY__ = 1
const __FLT64X_HAS_QUIET_NAN__ = 1
const __FLT64X_IS_IEC_60559__ = 2
const __FLT64X_MANT_DIG__ = 113
const __FLT64X_MAX_10_EXP__ = 4932
const __FLT64X_MAX_EXP__ = 16384
const __FLT64X_MAX__ = "1.18973149535723176508575932662800702e+4932"
const __FLT64X_MIN__ = 3.36210314311209350626267781732175260e-4932
const __FLT64X_NORM_MAX__ = "1.18973149535723176508575932662800702e+4932"
const __FLT64_DECIMAL_DIG__ = 17
const __FLT64_DENORM_MIN__ = 4.94065645841246544176568792868221372e-324
const __FLT64_DIG__ = 15
const __FLT64_EPSILON__ = 2.22044604925031308084726333618164062e-16
const __FLT64_HAS_DENORM__ = 1
const __FLT64_HAS_INFINITY__ = 1
const __FLT64_HAS_QUIET_NAN__ = 1
const __FLT64_IS_IEC_60559__ = 2
const __FLT64_MANT_DIG__ = 53
const __FLT64_MAX_10_EXP__ = 308
const __FLT64_MAX_EXP__ = 1024
const __FLT64_MAX__ = 1.79769313486231570814527423731704357e+308
const __FLT64_MIN__ = 2.22507385850720138309023271733240406e-308
const __FLT64_NORM_MAX__ = 1.79769313486231570814527423731704357e+308
const __FLT_DECIMAL_DIG__ = 9
const __FLT_DENORM_MIN__ = 1.40129846432481707092372958328991613e-45
const __FLT_DIG__ = 6
const __FLT_EPSILON__ = 1.19209289550781250000000000000000000e-7
const __FLT_EVAL_METHOD_TS_18661_3__ = 0
const __FLT_EVAL_METHOD__ = 0
const __FLT_HAS_DENORM__ = 1
const __FLT_HAS_INFINITY__ = 1
const __FLT_HAS_QUIET_NAN__ = 1
const __FLT_IS_IEC_60559__ = 2
const __FLT_MANT_DIG__ = 24
const __FLT_MAX_10_EXP__ = 38
const __FLT_MAX_EXP__ = 128
const __FLT_MAX__ = 3.40282346638528859811704183484516925e+38
const __FLT_MIN__ = 1.17549435082228750796873653722224568e-38
const __FLT_NORM_MAX__ = 3.40282346638528859811704183484516925e+38
const __FLT_RADIX__ = 2
const __FUNCTION__ = "__func__"
const __FXSR__ = 1
const __GCC_ASM_FLAG_OUTPUTS__ = 1
const __GCC_ATOMIC_BOOL_LOCK_FREE = 2
const __GCC_ATOMIC_CHAR16_T_LOCK_FREE = 2
const __GCC_ATOMIC_CHAR32_T_LOCK_FREE = 2
const __GCC_ATOMIC_CHAR_LOCK_FREE = 2
const __GCC_ATOMIC_INT_LOCK_FREE = 2
const __GCC_ATOMIC_LLONG_LOCK_FREE = 2
const __GCC_ATOMIC_LONG_LOCK_FREE = 2
const __GCC_ATOMIC_POINTER_LOCK_FREE = 2
const __GCC_ATOMIC_SHORT_LOCK_FREE = 2
const __GCC_ATOMIC_TEST_AND_SET_TRUEVAL = 1
const __GCC_ATOMIC_WCHAR_T_LOCK_FREE = 2
const __GCC_CONSTRUCTIVE_SIZE = 64
const __GCC_DESTRUCTIVE_SIZE = 64
const __GCC_HAVE_DWARF2_CFI_ASM = 1
const __GCC_HAVE_SYNC_COMPARE_AND_SWAP_1 = 1
const __GCC_HAVE_SYNC_COMPARE_AND_SWAP_2 = 1
const __GCC_HAVE_SYNC_COMPARE_AND_SWAP_4 = 1
const __GCC_HAVE_SYNC_COMPARE_AND_SWAP_8 = 1
const __GCC_IEC_559 = 2
const __GCC_IEC_559_COMPLEX = 2
const __GNUC_EXECUTION_CHARSET_NAME = "UTF-8"
const __GNUC_MINOR__ = 2
const __GNUC_PATCHLEVEL__ = 0
const __GNUC_STDC_INLINE__ = 1
const __GNUC_WIDE_EXECUTION_CHARSET_NAME = "UTF-32LE"
const __GNUC__ = 12
const __GXX_ABI_VERSION = 1017
const __HAVE_SPECULATION_SAFE_VALUE = 1
const __INT16_MAX__ = 0x7fff
const __INT32_MAX__ = 0x7fffffff
const __INT32_TYPE__ = "int"
const __INT64_MAX__ = 0x7fffffffffffffff
const __INT8_MAX__ = 0x7f
const __INTMAX_MAX__ = 0x7fffffffffffffff
const __INTMAX_WIDTH__ = 64
const __INTPTR_MAX__ = 0x7fffffffffffffff
const __INTPTR_WIDTH__ = 64
const __INT_FAST16_MAX__ = 0x7fffffffffffffff
const __INT_FAST16_WIDTH__ = 64
const __INT_FAST32_MAX__ = 0x7fffffffffffffff
const __INT_FAST32_WIDTH__ = 64
const __INT_FAST64_MAX__ = 0x7fffffffffffffff
const __INT_FAST64_WIDTH__ = 64
const __INT_FAST8_MAX__ = 0x7f
const __INT_FAST8_WIDTH__ = 8
const __INT_LEAST16_MAX__ = 0x7fff
const __INT_LEAST16_WIDTH__ = 16
const __INT_LEAST32_MAX__ = 0x7fffffff
const __INT_LEAST32_TYPE__ = "int"
const __INT_LEAST32_WIDTH__ = 32
const __INT_LEAST64_MAX__ = 0x7fffffffffffffff
const __INT_LEAST64_WIDTH__ = 64
const __INT_LEAST8_MAX__ = 0x7f
const __INT_LEAST8_WIDTH__ = 8
const __INT_MAX__ = 0x7fffffff
const __INT_WIDTH__ = 32
const __LDBL_DECIMAL_DIG__ = 17
const __LDBL_DENORM_MIN__ = 4.94065645841246544176568792868221372e-324
const __LDBL_DIG__ = 15
const __LDBL_EPSILON__ = 2.22044604925031308084726333618164062e-16
const __LDBL_HAS_DENORM__ = 1
const __LDBL_HAS_INFINITY__ = 1
const __LDBL_HAS_QUIET_NAN__ = 1
const __LDBL_IS_IEC_60559__ = 2
const __LDBL_MANT_DIG__ = 53
const __LDBL_MAX_10_EXP__ = 308
const __LDBL_MAX_EXP__ = 1024
const __LDBL_MAX__ = 1.79769313486231570814527423731704357e+308
const __LDBL_MIN__ = 2.22507385850720138309023271733240406e-308
const __LDBL_NORM_MAX__ = 1.79769313486231570814527423731704357e+308
const __LITTLE_ENDIAN = 1234
const __LONG_DOUBLE_64__ = 1
const __LONG_LONG_MAX__ = 0x7fffffffffffffff
const __LONG_LONG_WIDTH__ = 64
const __LONG_MAX = 0x7fffffffffffffff
const __LONG_MAX__ = 0x7fffffffffffffff
const __LONG_WIDTH__ = 64
const __LP64__ = 1
const __MMX_WITH_SSE__ = 1
const __MMX__ = 1
const __NO_INLINE__ = 1
const __ORDER_BIG_ENDIAN__ = 4321
const __ORDER_LITTLE_ENDIAN__ = 1234
const __ORDER_PDP_ENDIAN__ = 3412
const __PIC__ = 2
const __PIE__ = 2
const __PRAGMA_REDEFINE_EXTNAME = 1
const __PRETTY_FUNCTION__ = "__func__"
const __PTRDIFF_MAX__ = 0x7fffffffffffffff
const __PTRDIFF_WIDTH__ = 64
const __SCHAR_MAX__ = 0x7f
const __SCHAR_WIDTH__ = 8
const __SEG_FS = 1
const __SEG_GS = 1
const __SHRT_MAX__ = 0x7fff
const __SHRT_WIDTH__ = 16
const __SIG_ATOMIC_MAX__ = 0x7fffffff
const __SIG_ATOMIC_TYPE__ = "int"
const __SIG_ATOMIC_WIDTH__ = 32
const __SIZEOF_DOUBLE__ = 8
const __SIZEOF_FLOAT128__ = 16
const __SIZEOF_FLOAT80__ = 16
const __SIZEOF_FLOAT__ = 4
const __SIZEOF_INT128__ = 16
const __SIZEOF_INT__ = 4
const __SIZEOF_LONG_DOUBLE__ = 8
const __SIZEOF_LONG_LONG__ = 8
const __SIZEOF_LONG__ = 8
const __SIZEOF_POINTER__ = 8
const __SIZEOF_PTRDIFF_T__ = 8
const __SIZEOF_SHORT__ = 2
const __SIZEOF_SIZE_T__ = 8
const __SIZEOF_WCHAR_T__ = 4
const __SIZEOF_WINT_T__ = 4
const __SIZE_MAX__ = 0xffffffffffffffff
const __SIZE_WIDTH__ = 64
const __SSE2_MATH__ = 1
const __SSE2__ = 1
const __SSE_MATH__ = 1
const __SSE__ = 1
const __STDC_HOSTED__ = 1
const __STDC_IEC_559_COMPLEX__ = 1
const __STDC_IEC_559__ = 1
const __STDC_IEC_60559_BFP__ = 201404
const __STDC_IEC_60559_COMPLEX__ = 201404
const __STDC_ISO_10646__ = 201706
const __STDC_UTF_16__ = 1
const __STDC_UTF_32__ = 1
const __STDC_VERSION__ = 201710
const __STDC__ = 1
const __UINT16_MAX__ = 0xffff
const __UINT32_MAX__ = 0xffffffff
const __UINT64_MAX__ = 0xffffffffffffffff
const __UINT8_MAX__ = 0xff
const __UINTMAX_MAX__ = 0xffffffffffffffff
const __UINTPTR_MAX__ = 0xffffffffffffffff
const __UINT_FAST16_MAX__ = 0xffffffffffffffff
const __UINT_FAST32_MAX__ = 0xffffffffffffffff
const __UINT_FAST64_MAX__ = 0xffffffffffffffff
const __UINT_FAST8_MAX__ = 0xff
const __UINT_LEAST16_MAX__ = 0xffff
const __UINT_LEAST32_MAX__ = 0xffffffff
const __UINT_LEAST64_MAX__ = 0xffffffffffffffff
const __UINT_LEAST8_MAX__ = 0xff
const __USE_TIME_BITS64 = 1
const __VERSION__ = "12.2.0"
const __WCHAR_MAX__ = 0x7fffffff
const __WCHAR_TYPE__ = "int"
const __WCHAR_WIDTH__ = 32
const __WINT_MAX__ = 0xffffffff
const __WINT_MIN__ = 0
const __WINT_WIDTH__ = 32
const __amd64 = 1
const __amd64__ = 1
const __code_model_small__ = 1
const __gnu_linux__ = 1
const __inline = "inline"
const __k8 = 1
const __k8__ = 1
const __linux = 1
const __linux__ = 1
const __pic__ = 2
const __pie__ = 2
const __restrict = "restrict"
const __restrict_arr = "restrict"
const __unix = 1
const __unix__ = 1
const __x86_64 = 1
const __x86_64__ = 1
const alloca = "__builtin_alloca"
const linux = 1
const unix = 1

type __builtin_va_list = uintptr

type __predefined_size_t = uint64

type __predefined_wchar_t = int32

type __predefined_ptrdiff_t = int64

type va_list = uintptr

type size_t = uint64

type ssize_t = int64

type off_t = int64

type __isoc_va_list = uintptr

type fpos_t = struct {
	F__lldata [0]int64
	F__align  [0]float64
	F__opaque [16]int8
}

type _G_fpos64_t = fpos_t

type cookie_io_functions_t = struct {
	Fread   uintptr
	Fwrite  uintptr
	Fseek   uintptr
	Fclose1 uintptr
}

type _IO_cookie_io_functions_t = cookie_io_functions_t

type wchar_t = int32

type div_t = struct {
	Fquot int32
	Frem  int32
}

type ldiv_t = struct {
	Fquot int64
	Frem  int64
}

type lldiv_t = struct {
	Fquot int64
	Frem  int64
}

type locale_t = uintptr

type memory_order = int32

const memory_order_relaxed = 0
const memory_order_consume = 1
const memory_order_acquire = 2
const memory_order_release = 3
const memory_order_acq_rel = 4
const memory_order_seq_cst = 5

type atomic_bool = uint8

type atomic_char = int8

type atomic_schar = int8

type atomic_uchar = uint8

type atomic_short = int16

type atomic_ushort = uint16

type atomic_int = int32

type atomic_uint = uint32

type atomic_long = int64

type atomic_ulong = uint64

type atomic_llong = int64

type atomic_ullong = uint64

type atomic_char16_t = uint16

type atomic_char32_t = uint32

type atomic_wchar_t = int32

type atomic_int_least8_t = int8

type atomic_uint_least8_t = uint8

type atomic_int_least16_t = int16

type atomic_uint_least16_t = uint16

type atomic_int_least32_t = int32

type atomic_uint_least32_t = uint32

type atomic_int_least64_t = int64

type atomic_uint_least64_t = uint64

type atomic_int_fast8_t = int8

type atomic_uint_fast8_t = uint8

type atomic_int_fast16_t = int64

type atomic_uint_fast16_t = uint64

type atomic_int_fast32_t = int64

type atomic_uint_fast32_t = uint64

type atomic_int_fast64_t = int64

type atomic_uint_fast64_t = uint64

type atomic_intptr_t = int64

type atomic_uintptr_t = uint64

type atomic_size_t = uint64

type atomic_ptrdiff_t = int64

type atomic_intmax_t = int64

type atomic_uintmax_t = uint64

type atomic_flag = struct {
	F__val uint8
}

type max_align_t = struct {
	F__ll int64
	F__ld float64
}

type ptrdiff_t = int64

type uintptr_t = uint64

type intptr_t = int64

type int8_t = int8

type int16_t = int16

type int32_t = int32

type int64_t = int64

type intmax_t = int64

type uint8_t = uint8

type uint16_t = uint16

type uint32_t = uint32

type uint64_t = uint64

type uintmax_t = uint64

type int_fast8_t = int8

type int_fast64_t = int64

type int_least8_t = int8

type int_least16_t = int16

type int_least32_t = int32

type int_least64_t = int64

type uint_fast8_t = uint8

type uint_fast64_t = uint64

type uint_least8_t = uint8

type uint_least16_t = uint16

type uint_least32_t = uint32

type uint_least64_t = uint64

type int_fast16_t = int32

type int_fast32_t = int32

type uint_fast16_t = uint32

type uint_fast32_t = uint32

type nccv64 = struct {
	Fuptr [0]uintptr_t
	Fsptr [0]intptr_t
	Fu64  [0]uint64_t
	Fs64  [0]int64_t
	Fu32  [0]uint32_t
	Fs32  [0]int32_t
	Fu16  [0]uint16_t
	Fs16  [0]int16_t
	Fu8   [0]uint8_t
	Fs8   [0]int8_t
	Ff32  [0]float32
	Ff64  [0]float64
	Fptr  uintptr
}

type nccc_call_t = uintptr

type yuni_nccc_type = int32

const YUNI_NCCC_U32 = 0
const YUNI_NCCC_U64 = 1
const YUNI_NCCC_F32 = 2
const YUNI_NCCC_F64 = 3
const YUNI_NCCC_S32 = 4
const YUNI_NCCC_S64 = 5
const YUNI_NCCC_PTR = 6
const YUNI_NCCC_UPTR = 7
const YUNI_NCCC_SPTR = 8
const YUNI_NCCC_U8 = 9
const YUNI_NCCC_U16 = 10
const YUNI_NCCC_S8 = 11
const YUNI_NCCC_S16 = 12
const YUNI_NCCC_TYPE_COUNT = 13

type yuni_signature = struct {
	Fargc  int32_t
	Fretc  int32_t
	Ftypes [32]uint8_t
}

type yuni_token = uint64

type yuni_vm_config = struct {
	Fsize         uint32_t
	Fflags        uint32_t
	Fheartbeat_hz uint32_t
	Fpool_max     uint32_t
	Fpool_min     uint32_t
	Fpool_idle_ms uint32_t
	Fentry        nccc_call_t
	Fentry_ctx    uintptr
}

type yuni_vm_statistics = struct {
	Fhandoffs               uint64_t
	Fslow_owns              uint64_t
	Ftakeovers              uint64_t
	Fyields                 uint64_t
	Fswitched               uint64_t
	Fheartbeat_ticks        uint64_t
	Fheartbeat_wakeups      uint64_t
	Fbound_calls            uint64_t
	Fthread_exit_recoveries uint64_t
	Fasync_calls            uint64_t
	Fthreads                uint32_t
	Fpool_threads           uint32_t
	Fpool_idle              uint32_t
	Fwaiters                uint32_t
	Fowner                  uint32_t
	Fheartbeat_armed        uint32_t
	Fmax_queue_passes       uint32_t
}

type yuni_vm_fast = struct {
	Fvm            uintptr
	Fowner         uintptr
	Fwaiters       uintptr
	Fsleeping      uintptr
	Fstamp         uintptr
	Fstamp_value   uint64_t
	Findex         uint32_t
	Fseq_cst_store uint32_t
	Fowned         uint64_t
}

type yuni_event = struct {
	Ftype1  uint32_t
	Fflags  uint32_t
	Ftag    uint64_t
	Fvalue  int64_t
	Fsource uintptr_t
}

type yuni_queue_statistics = struct {
	Fculture      [32]int8
	Fcaps         uint32_t
	Ffd           int32_t
	Fchimes       uint32_t
	Fsources      uint32_t
	Fwaits        uint64_t
	Fevents       uint64_t
	Fkernel_wakes uint64_t
	Fempty_wakes  uint64_t
}

type yuni_foreign_queue = struct {
	Fsize    uint32_t
	Fflags   uint32_t
	Fculture uintptr
	Fwait    nccc_call_t
	Fwake    nccc_call_t
	Fctx     uintptr
}

type yuni_heap_statistics = struct {
	Ftotal_bytes  uint64_t
	Ffree_bytes   uint64_t
	Flargest_free uint64_t
	Fused_bytes   uint64_t
	Fhigh_water   uint64_t
	Fallocs       uint64_t
	Ffrees        uint64_t
	Ffailures     uint64_t
	Fmisuses      uint64_t
	Flocked       uint32_t
	Fflags        uint32_t
}

type yuni_offload_trap_kind = int32

const YUNI_TRAP_NONE = 0
const YUNI_TRAP_OUT_OF_BOUNDS = 1
const YUNI_TRAP_INTEGER_OVERFLOW = 2
const YUNI_TRAP_DIVISION_BY_ZERO = 3
const YUNI_TRAP_NOT_INTEGRAL = 4
const YUNI_TRAP_CALL_DEPTH = 5
const YUNI_TRAP_BUDGET = 6
const YUNI_TRAP_MISALIGNED = 7
const YUNI_TRAP_BAD_HANDLE = 8
const YUNI_TRAP_INTERRUPTED = 9

type yuni_offload_trap = struct {
	Fkind     int32_t
	Ffunction int32_t
	Fpc       int32_t
	Fline     int32_t
	Fcolumn   int32_t
	Fentry    [64]int8
}

type yuni_offload_signature = struct {
	Fname    uintptr
	Fresult  int32_t
	Fnparams int32_t
	Fnslots  int32_t
	Fflags   uint32_t
	Fparams  [64]uint8_t
}

type yuni_class_grant = struct {
	Fthread_class uint32_t
	Fpolicy       int32_t
	Fpriority     int32_t
	Fnice         int32_t
	Fflags        uint32_t
	Ferror1       int32_t
}

type yuni_thread_opts = struct {
	Fsize         uint32_t
	Fthread_class uint32_t
	Fpriority     int32_t
	Fsigno        int32_t
	Fperiod_ns    int64_t
	Fstart_ns     int64_t
	Fmax_runs     uint64_t
	Fargs         uintptr
	Fnargs        uint32_t
	Fstack_regs   uint32_t
	Fdone         uintptr
	Fheap         uintptr
}

type yuni_offload_thread_stats = struct {
	Fstate            int32_t
	Fstatus           int32_t
	Fmemory_locked    int32_t
	Freserved         int32_t
	Fruns             uint64_t
	Fmisses           uint64_t
	Fsignals          uint64_t
	Fpage_faults      uint64_t
	Flateness_p50_ns  int64_t
	Flateness_p99_ns  int64_t
	Flateness_p999_ns int64_t
	Flateness_max_ns  int64_t
	Frun_max_ns       int64_t
	Flast_result      int64_t
	Fgrant            yuni_class_grant
	Ftrap             yuni_offload_trap
}

type yuni_handle_type = int32

const YUNI_HANDLE_HEAP = 1
const YUNI_HANDLE_VM = 2
const YUNI_HANDLE_QUEUE = 3
const YUNI_HANDLE_CHIME = 4
const YUNI_HANDLE_SOURCE = 5
const YUNI_HANDLE_CHANNEL = 6
const YUNI_HANDLE_PROGRAM = 7
const YUNI_HANDLE_ENTRY = 8
const YUNI_HANDLE_THREAD = 9
const YUNI_HANDLE_LEGACY = 10
const YUNI_HANDLE_HEAP_UNSYNC = 11
const YUNI_HANDLE_TYPE_MAX = 15

type yuni__handle_slot = struct {
	Ftag        uint64_t
	Fobject     uintptr
	Fusers      uint32_t
	Fnext_free  uint32_t
	Fgeneration uint64_t
	Fpad        [32]int8
}

type yuni__inside = struct {
	Fhandle   [8]uintptr_t
	Fdepth    [8]uint32_t
	Fn        uint32_t
	Foverflow uint32_t
}

type off_value_type = int32

const OFF_V_VOID = 0
const OFF_V_S64 = 1
const OFF_V_F64 = 2
const OFF_V_BOOL = 3
const OFF_V_BV = 4
const OFF_V_CHIME = 5

type off_reg_type = int32

const OFF_R_INT = 1
const OFF_R_FLO = 2
const OFF_R_BV = 3
const OFF_R_LEN = 4
const OFF_R_CHIME = 5

type off_operand_kind = int32

const OPK___ = 0
const OPK_RI = 1
const OPK_RF = 2
const OPK_RB = 3
const OPK_RC = 4
const OPK_RW = 5
const OPK_K = 6
const OPK_IMM = 7
const OPK_J = 8
const OPK_FN = 9
const OPK_IM = 10

type off_op_flag = int32

const OFF_FLAG_TERM = 1
const OFF_FLAG_CALL = 2
const OFF_FLAG_BRANCH = 4
const OFF_FLAG_AREAD = 8

type off_opcode = int32

const
/* The Offload instruction set: the single source for the C verifier
 * (verify.c), the C interpreter (interp.c), the Go encoder and the
 * disassembler (offload/opcodes_gen.go, generated by `go generate ./offload`).
 *
 * An instruction is 8 bytes: op, a, b, c as little-endian uint16.  Each row
 * gives the mnemonic and what a, b and c are:
 *
 *   __   unused (must be 0)            K    constant-pool index
 *   RI   integer register (s64, bool)  IMM  signed 16-bit immediate
 *   RF   flonum register               J    jump target: an instruction index
 *   RB   bytevector register pair           in the same function
 *        (pointer in r, length in r+1) FN   function index
 *   RC   chime register                IM   import index
 *   RW   register window base (call arguments start here; checked per call)
 *
 * Every register of a function has one type for the whole function, declared
 * in its header, so checking an instruction is checking its row.  Flags:
 *   TERM   control never falls through to the next instruction
 *   CALL   the verifier checks the callee's parameter and result types
 *   BRANCH c (or a, for JMP) is a jump target; a backward jump costs budget
 *   AREAD  a register operand a is only read (without it, a names the
 *          register the instruction writes: the verifier's guarded loops
 *          rely on knowing every write, so a missing AREAD only makes it
 *          stricter, never unsound)
 *
 * Order is the encoding: append, never reorder (the bytecode version would
 * have to change). */

/*  name        mnemonic     a    b    c    flags */
OFF_NOP = 0
const
/* moves and constants */
OFF_MOV_I = 1
const OFF_MOV_F = 2
const OFF_MOV_B = 3
const OFF_MOV_C = 4
const OFF_LOADI = 5
const OFF_LOADK_I = 6
const OFF_LOADK_F = 7
const
/* checked integer arithmetic: a = b op c, trapping where Scheme would
 * leave the 64-bit range or divide by zero */
OFF_ADD_I = 8
const OFF_ADDK_I = 9
const OFF_SUB_I = 10
const OFF_MUL_I = 11
const OFF_QUO_I = 12
const OFF_REM_I = 13
const OFF_MOD_I = 14
const OFF_NEG_I = 15
const OFF_ABS_I = 16
const OFF_MIN_I = 17
const OFF_MAX_I = 18
const OFF_AND_I = 19
const OFF_IOR_I = 20
const OFF_XOR_I = 21
const OFF_NOT_I = 22
const OFF_ASH_I = 23
const OFF_BITCOUNT_I = 24
const
/* comparisons into a boolean (0 or 1) */
OFF_EQ_I = 25
const OFF_LT_I = 26
const OFF_LE_I = 27
const OFF_EQ_F = 28
const OFF_LT_F = 29
const OFF_LE_F = 30
const OFF_NOT_B = 31
const
/* flonum arithmetic (IEEE, no traps); FMA_F is a = b * c + a, fused */
OFF_ADD_F = 32
const OFF_SUB_F = 33
const OFF_MUL_F = 34
const OFF_DIV_F = 35
const OFF_FMA_F = 36
const OFF_NEG_F = 37
const OFF_ABS_F = 38
const OFF_MIN_F = 39
const OFF_MAX_F = 40
const OFF_SQRT_F = 41
const OFF_EXP_F = 42
const OFF_LOG_F = 43
const OFF_SIN_F = 44
const OFF_COS_F = 45
const OFF_TAN_F = 46
const OFF_ASIN_F = 47
const OFF_ACOS_F = 48
const OFF_ATAN_F = 49
const OFF_ATAN2_F = 50
const OFF_FLOOR_F = 51
const OFF_CEIL_F = 52
const OFF_ROUND_F = 53
const OFF_TRUNC_F = 54
const OFF_EXPT_F = 55
const OFF_ISNAN_F = 56
const OFF_ISINF_F = 57
const
/* conversions; FTOI traps not-integral or integer-overflow */
OFF_ITOF = 58
const OFF_FTOI = 59
const
/* branches.  JT/JF test a boolean; J<cmp>_I jump when the comparison holds;
 * JN<cmp>_F jump when it does not (NaN makes "not <" differ from ">=") */
OFF_JMP = 60
const OFF_JT = 61
const OFF_JF = 62
const OFF_JEQ_I = 63
const OFF_JNE_I = 64
const OFF_JLT_I = 65
const OFF_JLE_I = 66
const OFF_JNEQ_F = 67
const OFF_JNLT_F = 68
const OFF_JNLE_F = 69
const
/* bytevectors: a = load(b at offset c); store(a at offset b) = c.  Every
 * access is bounds-checked; a stored integer outside the element's range
 * traps integer-overflow.  LDX/STX scale the index by the element size. */
OFF_BVLEN = 70
const OFF_LD_U8 = 71
const OFF_LD_S8 = 72
const OFF_LD_U16 = 73
const OFF_LD_S16 = 74
const OFF_LD_U32 = 75
const OFF_LD_S32 = 76
const OFF_LD_U64 = 77
const OFF_LD_S64 = 78
const OFF_LD_F32 = 79
const OFF_LD_F64 = 80
const OFF_ST_U8 = 81
const OFF_ST_S8 = 82
const OFF_ST_U16 = 83
const OFF_ST_S16 = 84
const OFF_ST_U32 = 85
const OFF_ST_S32 = 86
const OFF_ST_U64 = 87
const OFF_ST_S64 = 88
const OFF_ST_F32 = 89
const OFF_ST_F64 = 90
const OFF_LDX_S32 = 91
const OFF_LDX_F64 = 92
const OFF_STX_F64 = 93
const
/* fill: bytes of a = b (-128..255); copy: b's bytes from offset R[c] to a
 * at R[c+1], R[c+2] of them (c, c+1, c+2 are integer registers) */
OFF_BVFILL = 94
const OFF_BVCOPY = 95
const
/* atomics on 8-byte-aligned s64 slots, sequentially consistent.
 * AADD: a = old value, adding a.  ACAS: compare R[a] and swap in R[a+1]; a
 * becomes the boolean result. */
OFF_ALOAD = 96
const OFF_ASTORE = 97
const OFF_AADD = 98
const OFF_ACAS = 99
const
/* effects */
OFF_CHIME = 100
const
/* calls: arguments in consecutive registers from the window b, in the
 * callee's parameter layout; the result lands in c */
OFF_CALL = 101
const OFF_TAILCALL = 102
const OFF_CALLI = 103
const OFF_RET_I = 104
const OFF_RET_F = 105
const OFF_RET_V = 106
const
/* SPSC rings laid over a bytevector (layout in nccc.h, YUNI_RING_HEADER).
 * RINGPUT/RINGGET: R[a] is the data's start and R[a+1] its count; a
 * becomes the result (put: boolean, all or nothing; get: bytes read).  A
 * header that does not fit its bytevector traps out-of-bounds. */
OFF_RINGINIT = 107
const OFF_RINGCOUNT = 108
const OFF_RINGPUT = 109
const OFF_RINGGET = 110
const
/* fused arithmetic.  MADD/MSUB: a = a + b*c and a = a - b*c, rounded twice
 * (a multiply, then an add), exactly as the two Scheme operations would be;
 * FMA_F is the fused one */
OFF_MADD_F = 111
const OFF_MSUB_F = 112
const
/* counted loops.  LOOPNE/LOOPLT: a = a + 1 (trapping on overflow), then
 * jump to c while a != b (a < b).
 *
 * Guarded loops: bounds checks hoisted out of a counted loop.  The shape is
 *
 *   g:   guard.i   i, n, @slow       0 <= i < n, or jump to @slow
 *        guard.bvK bv, n, @slow      n elements of K bytes fit bv, or jump
 *        ...                         (up to 8 guards, all naming n)
 *   s:   body                        writes neither i, n nor a guarded bv
 *   e:   loopne.i  i, n, @s          (or looplt.i) the one way back to s
 *
 * with no jump from outside s..e to anywhere in g+1..e.  Then 0 <= i < n
 * holds at every instruction of the body, so the unchecked accesses below,
 * which the verifier accepts only in such a body, on a guarded bv with i as
 * the index, are in bounds.  The compiler emits this as a fast copy of an
 * innermost loop in front of the ordinary (checked) one: failing a guard, or
 * leaving the fast copy, goes on in the checked loop, so traps happen where
 * they would have. */
OFF_LOOPNE_I = 113
const OFF_LOOPLT_I = 114
const OFF_GUARD_I = 115
const OFF_GUARD_BV1 = 116
const OFF_GUARD_BV8 = 117
const OFF_LDU_U8 = 118
const OFF_LDXU_F64 = 119
const OFF_STXU_F64 = 120
const
/* compare with a constant and branch: jump to c when R[a] op b holds (b a
 * signed 16-bit immediate) */
OFF_JEQK_I = 121
const OFF_JNEK_I = 122
const OFF_JLTK_I = 123
const OFF_JLEK_I = 124
const OFF_JGTK_I = 125
const OFF_JGEK_I = 126
const
/* a scaled u32 load (table lookups: crc, hashing), as LDX_S32 */
OFF_LDX_U32 = 127
const
/* integer multiply-add, a = a + b*c: the multiply, then the add, each
 * trapping on overflow as the two Scheme operations would */
OFF_MADD_I = 128
const
/* wrapping integer arithmetic (the (offload wrapping) names): a = b op c
 * modulo 2^64, the result read as signed, never trapping.  SHLW: b's bits
 * shifted left by c, SHRL: shifted right by c with zeros coming in; both
 * give 0 for a count of 64 or more, and a negative count shifts the other
 * way (so each is floor(u * 2^±c) mod 2^64 of b's unsigned value u) */
OFF_ADDW_I = 129
const OFF_SUBW_I = 130
const OFF_MULW_I = 131
const OFF_SHLW_I = 132
const OFF_SHRL_I = 133
const
/* R6RS's flonum division: a = b div c, b mod c, b div0 c, b mod0 c, by one
 * formula, rounded as written, that (offload) computes the same way:
 *   div  = c > 0 ? floor(b / c) : ceil(b / c)
 *   mod  = b - c * div                        (the product rounded first)
 *   div0 = mod < |c| * 0.5 ? div : (c > 0 ? div + 1 : div - 1)
 *   mod0 = mod < |c| * 0.5 ? mod : mod - |c| */
OFF_FLDIV_F = 134
const OFF_FLMOD_F = 135
const OFF_FLDIV0_F = 136
const OFF_FLMOD0_F = 137
const OFF_OPCODE_COUNT = 138

type off_ins = struct {
	Fhandler uintptr
	Fop      uint16_t
	Fa       uint16_t
	Fb       uint16_t
	Fc       uint16_t
}

type off_signature = struct {
	Fresult  uint8_t
	Fnparams uint8_t
	Fnslots  uint8_t
	Fparams  [64]uint8_t
}

type off_import = struct {
	Fname     uintptr
	Fblocking uint8_t
	Fsig      off_signature
	Ffn       nccc_call_t
}

type off_func = struct {
	Fname        uintptr
	Fsig         off_signature
	Fnregs       uint16_t
	Fregtypes    uintptr
	Fcode        uintptr
	Fncode       uint32_t
	Fclear       uintptr
	Fnclear      uint16_t
	Fsmall_loops uintptr
}

type off_entry = struct {
	Fname      uintptr
	Ffunc1     uint32_t
	Frealtime  uint8_t
	Feffects   uint8_t
	Fhandle    uintptr_t
	Fprogram   uintptr
	Freach     uintptr
	Fnreach    uint32_t
	Fungranted uint32_t
}

type off_debug = struct {
	Ffunc1  uint32_t
	Fpc     uint32_t
	Fline   uint32_t
	Fcolumn uint32_t
}

type yuni_program_impl = struct {
	Fhandle       uintptr_t
	Fnconst       uint32_t
	Fnimport      uint32_t
	Fnfunc        uint32_t
	Fnentry       uint32_t
	Fndebug       uint32_t
	Fconsts       uintptr
	Fimports      uintptr
	Ffuncs        uintptr
	Fentries      uintptr
	Fdebug        uintptr
	Ffile         uintptr
	Fbudget       uint64_t
	Fnfused       uint32_t
	Fnmac_loops   uint32_t
	Fnsmall_loops uint32_t
	Fthreads      uint32_t
	Finterrupt    uint32_t
}

type off_op_info = struct {
	Fmnemonic uintptr
	Fkind     [3]uint8_t
	Fflags    uint8_t
}

type reader = struct {
	Fat       uintptr
	Fend      uintptr
	Fstrings  uintptr
	Fnstrings uint32_t
	Ferr      uintptr
	Ferrlen   size_t
	Ffailed   int32
}

func fail(tls *libc.TLS, r unsafe.Pointer, format uintptr, va uintptr) {
	var ap va_list
	_ = ap
	if *(*int32)(unsafe.Add(r, 48)) != 0 {
		return
	}
	*(*int32)(unsafe.Add(r, 48)) = int32(1)
	if *(*uintptr)(unsafe.Add(r, 32)) != 0 && *(*size_t)(unsafe.Add(r, 40)) != 0 {
		ap = va
		libc.X__builtin_vsnprintf(tls, *(*uintptr)(unsafe.Add(r, 32)), *(*size_t)(unsafe.Add(r, 40)), format, ap)
		_ = ap
	}
}

func take(tls *libc.TLS, r unsafe.Pointer, n size_t, what uintptr) (r1 uintptr) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var p uintptr
	_ = p
	if *(*int32)(unsafe.Add(r, 48)) != 0 {
		return libc.UintptrFromInt32(0)
	}
	if libc.Uint64FromInt64(int64(*(*uintptr)(unsafe.Add(r, 8)))-int64(*(*uintptr)(r))) < n {
		fail(tls, r, __ccgo_ts, libc.VaList(bp+8, what))
		return libc.UintptrFromInt32(0)
	}
	p = *(*uintptr)(r)
	*(*uintptr)(r) += uintptr(n)
	return p
}

func u8(tls *libc.TLS, r unsafe.Pointer, what uintptr) (r1 uint32_t) {
	var p uintptr
	var v1 int32
	_, _ = p, v1
	p = take(tls, r, uint64(1), what)
	if p != 0 {
		v1 = libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(p)))
	} else {
		v1 = 0
	}
	return libc.Uint32FromInt32(v1)
}

func u16(tls *libc.TLS, r unsafe.Pointer, what uintptr) (r1 uint32_t) {
	var p uintptr
	var v1 uint32
	_, _ = p, v1
	p = take(tls, r, uint64(2), what)
	if p != 0 {
		v1 = uint32(*(*uint8_t)(__ccgo_ptr(p))) | uint32(*(*uint8_t)(__ccgo_ptr(p + 1)))<<int32(8)
	} else {
		v1 = uint32(0)
	}
	return v1
}

func u32(tls *libc.TLS, r unsafe.Pointer, what uintptr) (r1 uint32_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var p uintptr
	var _ /* v at bp+0 */ uint32_t
	_ = p
	p = take(tls, r, uint64(4), what)
	*(*uint32_t)(__ccgo_ptr(bp)) = uint32(0)
	if p != 0 {
		libc.Xmemcpy(tls, bp, p, uint64(4))
	}
	return *(*uint32_t)(__ccgo_ptr(bp))
}

// C documentation
//
//	/* A name: (offset u32, length u16) into the strings section, copied out
//	 * NUL-terminated.  Names may not contain NUL. */
func name(tls *libc.TLS, r unsafe.Pointer, what uintptr) (r1 uintptr) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var len1, off uint32_t
	var s uintptr
	_, _, _ = len1, off, s
	off = u32(tls, r, what)
	len1 = u16(tls, r, what)
	if *(*int32)(unsafe.Add(r, 48)) != 0 {
		return libc.UintptrFromInt32(0)
	}
	if off > *(*uint32_t)(unsafe.Add(r, 24)) || len1 > *(*uint32_t)(unsafe.Add(r, 24))-off {
		fail(tls, r, __ccgo_ts+25, libc.VaList(bp+8, what))
		return libc.UintptrFromInt32(0)
	}
	if libc.Xmemchr(tls, *(*uintptr)(unsafe.Add(r, 16))+uintptr(off), 0, uint64(len1)) != 0 {
		fail(tls, r, __ccgo_ts+61, libc.VaList(bp+8, what))
		return libc.UintptrFromInt32(0)
	}
	s = libc.Xmalloc(tls, uint64(len1)+uint64(1))
	if !(s != 0) {
		fail(tls, r, __ccgo_ts+90, 0)
		return libc.UintptrFromInt32(0)
	}
	libc.Xmemcpy(tls, s, *(*uintptr)(unsafe.Add(r, 16))+uintptr(off), uint64(len1))
	*(*int8)(__ccgo_ptr(s + uintptr(len1))) = 0
	return s
}

func value_type_ok(tls *libc.TLS, t uint32_t, allow_void int32, allow_ref int32) (r int32) {
	switch t {
	case uint32(OFF_V_VOID):
		return allow_void
	case uint32(OFF_V_S64):
		fallthrough
	case uint32(OFF_V_F64):
		fallthrough
	case uint32(OFF_V_BOOL):
		return int32(1)
	case uint32(OFF_V_BV):
		fallthrough
	case uint32(OFF_V_CHIME):
		return allow_ref
	default:
		return 0
	}
	return r
}

func signature(tls *libc.TLS, r unsafe.Pointer, sig uintptr, what uintptr) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var i, slots uint32
	var v2 int32
	_, _, _ = i, slots, v2
	(*off_signature)(unsafe.Pointer(sig)).Fresult = uint8(u8(tls, r, what))
	(*off_signature)(unsafe.Pointer(sig)).Fnparams = uint8(u8(tls, r, what))
	if *(*int32)(unsafe.Add(r, 48)) != 0 {
		return
	}
	if !(value_type_ok(tls, uint32((*off_signature)(unsafe.Pointer(sig)).Fresult), int32(1), 0) != 0) {
		fail(tls, r, __ccgo_ts+104, libc.VaList(bp+8, what, libc.Int32FromUint8((*off_signature)(unsafe.Pointer(sig)).Fresult)))
	}
	if libc.Int32FromUint8((*off_signature)(unsafe.Pointer(sig)).Fnparams) > int32(OFF_MAX_PARAMS) {
		fail(tls, r, __ccgo_ts+127, libc.VaList(bp+8, what, libc.Int32FromUint8((*off_signature)(unsafe.Pointer(sig)).Fnparams), int32(OFF_MAX_PARAMS)))
	}
	slots = uint32(0)
	i = uint32(0)
	for {
		if !(i < uint32((*off_signature)(unsafe.Pointer(sig)).Fnparams) && !(*(*int32)(unsafe.Add(r, 48)) != 0)) {
			break
		}
		*(*uint8_t)(__ccgo_ptr(sig + 3 + uintptr(i))) = uint8(u8(tls, r, what))
		if !(value_type_ok(tls, uint32(*(*uint8_t)(__ccgo_ptr(sig + 3 + uintptr(i)))), 0, int32(1)) != 0) {
			fail(tls, r, __ccgo_ts+156, libc.VaList(bp+8, what, libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(sig + 3 + uintptr(i))))))
		}
		if libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(sig + 3 + uintptr(i)))) == int32(OFF_V_BV) {
			v2 = int32(2)
		} else {
			v2 = int32(1)
		}
		slots = slots + libc.Uint32FromInt32(v2)
		goto _1
	_1:
		;
		i = i + 1
	}
	if slots > uint32(255) {
		fail(tls, r, __ccgo_ts+182, libc.VaList(bp+8, what))
	}
	(*off_signature)(unsafe.Pointer(sig)).Fnslots = uint8(slots)
}

func Xoff_free(tls *libc.TLS, p uintptr) {
	var i, i1, i2 uint32_t
	_, _, _ = i, i1, i2
	if !(p != 0) {
		return
	}
	i = uint32(0)
	for {
		if !((*yuni_program_impl)(unsafe.Pointer(p)).Fimports != 0 && i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport) {
			break
		}
		libc.Xfree(tls, (*(*off_import)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr(i)*88))).Fname)
		goto _1
	_1:
		;
		i = i + 1
	}
	i1 = uint32(0)
	for {
		if !((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs != 0 && i1 < (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc) {
			break
		}
		libc.Xfree(tls, (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(i1)*128))).Fname)
		libc.Xfree(tls, (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(i1)*128))).Fregtypes)
		libc.Xfree(tls, (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(i1)*128))).Fcode)
		libc.Xfree(tls, (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(i1)*128))).Fclear)
		libc.Xfree(tls, (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(i1)*128))).Fsmall_loops)
		goto _2
	_2:
		;
		i1 = i1 + 1
	}
	i2 = uint32(0)
	for {
		if !((*yuni_program_impl)(unsafe.Pointer(p)).Fentries != 0 && i2 < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		libc.Xfree(tls, (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i2)*48))).Fname)
		libc.Xfree(tls, (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i2)*48))).Freach)
		goto _3
	_3:
		;
		i2 = i2 + 1
	}
	libc.Xfree(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Fimports)
	libc.Xfree(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs)
	libc.Xfree(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Fentries)
	libc.Xfree(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Fconsts)
	libc.Xfree(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Fdebug)
	libc.Xfree(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Ffile)
	libc.Xfree(tls, p)
}

func Xoff_load(tls *libc.TLS, blob uintptr, len1 size_t, err uintptr, errlen size_t) (r1 uintptr) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var b, code, consts, copy1, d, e, f, im, ins, k, magic, p, types uintptr
	var flags, i, i1, i2, i3, j, j1, k1, version uint32_t
	var left size_t
	var r reader
	var v1 uint32
	var v7 int32
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = b, code, consts, copy1, d, e, f, flags, i, i1, i2, i3, im, ins, j, j1, k, k1, left, magic, p, r, types, version, v1, v7
	r = reader{
		Fat:     blob,
		Fend:    blob + uintptr(len1),
		Ferr:    err,
		Ferrlen: errlen,
	}
	if len1 > uint64(libc.Uint32FromUint32(64)<<libc.Int32FromInt32(20)) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+217, libc.VaList(bp+8, len1, libc.Uint32FromUint32(64)<<libc.Int32FromInt32(20)))
		return libc.UintptrFromInt32(0)
	}
	magic = take(tls, unsafe.Pointer(&r), uint64(4), __ccgo_ts+265)
	if !(magic != 0) || libc.Xmemcmp(tls, magic, __ccgo_ts+272, uint64(4)) != 0 {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+277, 0)
		return libc.UintptrFromInt32(0)
	}
	version = u16(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	flags = u16(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	if !(r.Ffailed != 0) && version != uint32(OFF_VERSION) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+310, libc.VaList(bp+8, version, int32(OFF_VERSION)))
	}
	if !(r.Ffailed != 0) && flags != uint32(0) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+361, libc.VaList(bp+8, flags))
	}
	p = libc.Xcalloc(tls, uint64(1), uint64(112))
	if !(p != 0) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+90, 0)
		return libc.UintptrFromInt32(0)
	}
	(*yuni_program_impl)(unsafe.Pointer(p)).Fnconst = u32(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	(*yuni_program_impl)(unsafe.Pointer(p)).Fnimport = u32(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	(*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc = u32(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	(*yuni_program_impl)(unsafe.Pointer(p)).Fnentry = u32(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	r.Fnstrings = u32(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	(*yuni_program_impl)(unsafe.Pointer(p)).Fndebug = u32(tls, unsafe.Pointer(&r), __ccgo_ts+265)
	if r.Ffailed != 0 {
		goto bad
	}
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnconst > uint32(OFF_MAX_CONSTS) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+387, libc.VaList(bp+8, (*yuni_program_impl)(unsafe.Pointer(p)).Fnconst, int32(OFF_MAX_CONSTS)))
	}
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc == uint32(0) || (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc > uint32(OFF_MAX_FUNCS) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+411, libc.VaList(bp+8, (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc, int32(OFF_MAX_FUNCS)))
	}
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport > uint32(OFF_MAX_FUNCS) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+440, libc.VaList(bp+8, (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport, int32(OFF_MAX_FUNCS)))
	}
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry > uint32(OFF_MAX_FUNCS) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+462, libc.VaList(bp+8, (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry, int32(OFF_MAX_FUNCS)))
	}
	/* Each record takes at least a few bytes, so counts larger than what is
	 * left are malformed; checking first keeps calloc sizes bounded. */
	left = libc.Uint64FromInt64(int64(r.Fend) - int64(r.Fat))
	if uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnconst)*uint64(8) > left || uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnimport) > left || uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc) > left || uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) > left || uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fndebug)*uint64(16) > left {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+484, 0)
	}
	if r.Ffailed != 0 {
		goto bad
	}
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnconst != 0 {
		v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnconst
	} else {
		v1 = uint32(1)
	}
	consts = libc.Xcalloc(tls, uint64(v1), uint64(8))
	(*yuni_program_impl)(unsafe.Pointer(p)).Fconsts = consts
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport != 0 {
		v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport
	} else {
		v1 = uint32(1)
	}
	(*yuni_program_impl)(unsafe.Pointer(p)).Fimports = libc.Xcalloc(tls, uint64(v1), uint64(88))
	(*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs = libc.Xcalloc(tls, uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc), uint64(128))
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry != 0 {
		v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry
	} else {
		v1 = uint32(1)
	}
	(*yuni_program_impl)(unsafe.Pointer(p)).Fentries = libc.Xcalloc(tls, uint64(v1), uint64(48))
	if !(consts != 0) || !((*yuni_program_impl)(unsafe.Pointer(p)).Fimports != 0) || !((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs != 0) || !((*yuni_program_impl)(unsafe.Pointer(p)).Fentries != 0) {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+90, 0)
		goto bad
	}
	k = take(tls, unsafe.Pointer(&r), uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnconst)*uint64(8), __ccgo_ts+527)
	if k != 0 {
		libc.Xmemcpy(tls, consts, k, uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnconst)*uint64(8))
	}
	r.Fstrings = take(tls, unsafe.Pointer(&r), uint64(r.Fnstrings), __ccgo_ts+537)
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport && !(r.Ffailed != 0)) {
			break
		}
		im = (*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr(i)*88
		(*off_import)(unsafe.Pointer(im)).Fname = name(tls, unsafe.Pointer(&r), __ccgo_ts+545)
		(*off_import)(unsafe.Pointer(im)).Fblocking = uint8(u8(tls, unsafe.Pointer(&r), __ccgo_ts+545))
		if !(r.Ffailed != 0) && libc.Int32FromUint8((*off_import)(unsafe.Pointer(im)).Fblocking) > int32(1) {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+552, libc.VaList(bp+8, i))
		}
		signature(tls, unsafe.Pointer(&r), im+9, __ccgo_ts+545)
		j = uint32(0)
		for {
			if !(j < i && !(r.Ffailed != 0)) {
				break
			}
			if libc.Xstrcmp(tls, (*(*off_import)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr(j)*88))).Fname, (*off_import)(unsafe.Pointer(im)).Fname) == 0 {
				fail(tls, unsafe.Pointer(&r), __ccgo_ts+577, libc.VaList(bp+8, (*off_import)(unsafe.Pointer(im)).Fname))
			}
			goto _5
		_5:
			;
			j = j + 1
		}
		goto _4
	_4:
		;
		i = i + 1
	}
	i1 = uint32(0)
	for {
		if !(i1 < (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc && !(r.Ffailed != 0)) {
			break
		}
		f = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(i1)*128
		(*off_func)(unsafe.Pointer(f)).Fname = name(tls, unsafe.Pointer(&r), __ccgo_ts+602)
		(*off_func)(unsafe.Pointer(f)).Fnregs = uint16(u16(tls, unsafe.Pointer(&r), __ccgo_ts+602))
		signature(tls, unsafe.Pointer(&r), f+8, __ccgo_ts+602)
		if r.Ffailed != 0 {
			break
		}
		if libc.Int32FromUint16((*off_func)(unsafe.Pointer(f)).Fnregs) > int32(OFF_MAX_REGS) || libc.Int32FromUint16((*off_func)(unsafe.Pointer(f)).Fnregs) < libc.Int32FromUint8((*off_func)(unsafe.Pointer(f)).Fsig.Fnslots) {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+611, libc.VaList(bp+8, (*off_func)(unsafe.Pointer(f)).Fname, libc.Int32FromUint16((*off_func)(unsafe.Pointer(f)).Fnregs), int32(OFF_MAX_REGS)))
			break
		}
		types = take(tls, unsafe.Pointer(&r), uint64((*off_func)(unsafe.Pointer(f)).Fnregs), __ccgo_ts+674)
		if (*off_func)(unsafe.Pointer(f)).Fnregs != 0 {
			v7 = libc.Int32FromUint16((*off_func)(unsafe.Pointer(f)).Fnregs)
		} else {
			v7 = int32(1)
		}
		copy1 = libc.Xmalloc(tls, libc.Uint64FromInt32(v7))
		if !(copy1 != 0) {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+90, 0)
		}
		if r.Ffailed != 0 {
			libc.Xfree(tls, copy1)
			break
		}
		libc.Xmemcpy(tls, copy1, types, uint64((*off_func)(unsafe.Pointer(f)).Fnregs))
		(*off_func)(unsafe.Pointer(f)).Fregtypes = copy1
		(*off_func)(unsafe.Pointer(f)).Fncode = u32(tls, unsafe.Pointer(&r), __ccgo_ts+602)
		if !(r.Ffailed != 0) && ((*off_func)(unsafe.Pointer(f)).Fncode == uint32(0) || (*off_func)(unsafe.Pointer(f)).Fncode > uint32(OFF_MAX_CODE)) {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+689, libc.VaList(bp+8, (*off_func)(unsafe.Pointer(f)).Fname, (*off_func)(unsafe.Pointer(f)).Fncode, int32(OFF_MAX_CODE)))
		}
		code = take(tls, unsafe.Pointer(&r), uint64((*off_func)(unsafe.Pointer(f)).Fncode)*uint64(8), __ccgo_ts+734)
		if r.Ffailed != 0 {
			break
		}
		ins = libc.Xmalloc(tls, uint64((*off_func)(unsafe.Pointer(f)).Fncode)*uint64(16))
		if !(ins != 0) {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+90, 0)
			break
		}
		k1 = uint32(0)
		for {
			if !(k1 < (*off_func)(unsafe.Pointer(f)).Fncode) {
				break
			}
			b = code + uintptr(uint64(k1)*uint64(8)) /* little-endian uint16s */
			*(*off_ins)(__ccgo_ptr(ins + uintptr(k1)*16)) = off_ins{
				Fop: libc.Uint16FromInt32(libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b))) | libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b + 1)))<<libc.Int32FromInt32(8)),
				Fa:  libc.Uint16FromInt32(libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b + 2))) | libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b + 3)))<<libc.Int32FromInt32(8)),
				Fb:  libc.Uint16FromInt32(libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b + 4))) | libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b + 5)))<<libc.Int32FromInt32(8)),
				Fc:  libc.Uint16FromInt32(libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b + 6))) | libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(b + 7)))<<libc.Int32FromInt32(8)),
			}
			goto _8
		_8:
			;
			k1 = k1 + 1
		}
		(*off_func)(unsafe.Pointer(f)).Fcode = ins
		goto _6
	_6:
		;
		i1 = i1 + 1
	}
	i2 = uint32(0)
	for {
		if !(i2 < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry && !(r.Ffailed != 0)) {
			break
		}
		e = (*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i2)*48
		(*off_entry)(unsafe.Pointer(e)).Fname = name(tls, unsafe.Pointer(&r), __ccgo_ts+739)
		(*off_entry)(unsafe.Pointer(e)).Ffunc1 = u32(tls, unsafe.Pointer(&r), __ccgo_ts+739)
		(*off_entry)(unsafe.Pointer(e)).Frealtime = uint8(u8(tls, unsafe.Pointer(&r), __ccgo_ts+739))
		(*off_entry)(unsafe.Pointer(e)).Feffects = uint8(u8(tls, unsafe.Pointer(&r), __ccgo_ts+739))
		(*off_entry)(unsafe.Pointer(e)).Fprogram = p
		if r.Ffailed != 0 {
			break
		}
		if (*off_entry)(unsafe.Pointer(e)).Ffunc1 >= (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+745, libc.VaList(bp+8, (*off_entry)(unsafe.Pointer(e)).Fname, (*off_entry)(unsafe.Pointer(e)).Ffunc1))
		}
		if libc.Int32FromUint8((*off_entry)(unsafe.Pointer(e)).Frealtime) > int32(1) {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+782, libc.VaList(bp+8, (*off_entry)(unsafe.Pointer(e)).Fname))
		}
		j1 = uint32(0)
		for {
			if !(j1 < i2 && !(r.Ffailed != 0)) {
				break
			}
			if libc.Xstrcmp(tls, (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(j1)*48))).Fname, (*off_entry)(unsafe.Pointer(e)).Fname) == 0 {
				fail(tls, unsafe.Pointer(&r), __ccgo_ts+806, libc.VaList(bp+8, (*off_entry)(unsafe.Pointer(e)).Fname))
			}
			goto _10
		_10:
			;
			j1 = j1 + 1
		}
		goto _9
	_9:
		;
		i2 = i2 + 1
	}
	(*yuni_program_impl)(unsafe.Pointer(p)).Ffile = name(tls, unsafe.Pointer(&r), __ccgo_ts+829)
	if !(r.Ffailed != 0) {
		if (*yuni_program_impl)(unsafe.Pointer(p)).Fndebug != 0 {
			v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fndebug
		} else {
			v1 = uint32(1)
		}
		d = libc.Xcalloc(tls, uint64(v1), uint64(16))
		(*yuni_program_impl)(unsafe.Pointer(p)).Fdebug = d
		if !(d != 0) {
			fail(tls, unsafe.Pointer(&r), __ccgo_ts+90, 0)
		}
		i3 = uint32(0)
		for {
			if !(i3 < (*yuni_program_impl)(unsafe.Pointer(p)).Fndebug && !(r.Ffailed != 0)) {
				break
			}
			(*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Ffunc1 = u32(tls, unsafe.Pointer(&r), __ccgo_ts+840)
			(*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Fpc = u32(tls, unsafe.Pointer(&r), __ccgo_ts+840)
			(*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Fline = u32(tls, unsafe.Pointer(&r), __ccgo_ts+840)
			(*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Fcolumn = u32(tls, unsafe.Pointer(&r), __ccgo_ts+840)
			if r.Ffailed != 0 {
				break
			}
			if (*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Ffunc1 >= (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc || (*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Fpc >= (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr((*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Ffunc1)*128))).Fncode {
				fail(tls, unsafe.Pointer(&r), __ccgo_ts+846, libc.VaList(bp+8, i3))
			} else {
				if i3 != 0 && ((*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Ffunc1 < (*(*off_debug)(__ccgo_ptr(d + uintptr(i3-uint32(1))*16))).Ffunc1 || (*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Ffunc1 == (*(*off_debug)(__ccgo_ptr(d + uintptr(i3-uint32(1))*16))).Ffunc1 && (*(*off_debug)(__ccgo_ptr(d + uintptr(i3)*16))).Fpc < (*(*off_debug)(__ccgo_ptr(d + uintptr(i3-uint32(1))*16))).Fpc) {
					fail(tls, unsafe.Pointer(&r), __ccgo_ts+886, 0)
				}
			}
			goto _12
		_12:
			;
			i3 = i3 + 1
		}
	}
	if !(r.Ffailed != 0) && r.Fat != r.Fend {
		fail(tls, unsafe.Pointer(&r), __ccgo_ts+915, libc.VaList(bp+8, libc.Uint64FromInt64(int64(r.Fend)-int64(r.Fat))))
	}
	if r.Ffailed != 0 {
		goto bad
	}
	return p
	goto bad
bad:
	;
	Xoff_free(tls, p)
	return libc.UintptrFromInt32(0)
}

const AREAD = 8
const BRANCH = 4
const CALL = 2
const GUARDS_MAX = 8
const NONE = "UINT32_MAX"
const TERM = 1
const UINT32_MAX1 = 4294967295

type verifier = struct {
	Fp      uintptr
	Ff      uintptr
	Fpc     uint32_t
	Ferr    uintptr
	Ferrlen size_t
}

func bad(tls *libc.TLS, v unsafe.Pointer, format uintptr, va uintptr) (r int32) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var ap va_list
	var n, v1 int32
	var op uint16_t
	var v2 uintptr
	_, _, _, _, _ = ap, n, op, v1, v2
	if *(*uintptr)(unsafe.Add(v, 24)) != 0 && *(*size_t)(unsafe.Add(v, 32)) != 0 {
		if *(*uint32_t)(unsafe.Add(v, 16)) < (*off_func)(unsafe.Pointer(*(*uintptr)(unsafe.Add(v, 8)))).Fncode {
			v1 = libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr((*off_func)(unsafe.Pointer(*(*uintptr)(unsafe.Add(v, 8)))).Fcode + uintptr(*(*uint32_t)(unsafe.Add(v, 16)))*16))).Fop)
		} else {
			v1 = int32(OFF_OPCODE_COUNT)
		}
		op = libc.Uint16FromInt32(v1)
		if libc.Int32FromUint16(op) < int32(OFF_OPCODE_COUNT) {
			v2 = Xoff_op_table[op].Fmnemonic
		} else {
			v2 = __ccgo_ts + 1883
		}
		n = libc.X__builtin_snprintf(tls, *(*uintptr)(unsafe.Add(v, 24)), *(*size_t)(unsafe.Add(v, 32)), __ccgo_ts+1885, libc.VaList(bp+8, (*off_func)(unsafe.Pointer(*(*uintptr)(unsafe.Add(v, 8)))).Fname, *(*uint32_t)(unsafe.Add(v, 16)), v2))
		if n >= 0 && libc.Uint64FromInt32(n) < *(*size_t)(unsafe.Add(v, 32)) {
			ap = va
			libc.X__builtin_vsnprintf(tls, *(*uintptr)(unsafe.Add(v, 24))+uintptr(n), *(*size_t)(unsafe.Add(v, 32))-libc.Uint64FromInt32(n), format, ap)
			_ = ap
		}
	}
	return -int32(1)
}

func reg_is(tls *libc.TLS, f uintptr, r uint32_t, type1 int32) (r1 int32) {
	if type1 == int32(OFF_R_BV) {
		return libc.BoolInt32(r+uint32(1) < uint32((*off_func)(unsafe.Pointer(f)).Fnregs) && libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r)))) == int32(OFF_R_BV) && libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r+uint32(1))))) == int32(OFF_R_LEN))
	}
	return libc.BoolInt32(r < uint32((*off_func)(unsafe.Pointer(f)).Fnregs) && libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r)))) == type1)
}

func reg_type_of_value(tls *libc.TLS, value_type int32) (r int32) {
	switch value_type {
	case int32(OFF_V_S64):
		fallthrough
	case int32(OFF_V_BOOL):
		return int32(OFF_R_INT)
	case int32(OFF_V_F64):
		return int32(OFF_R_FLO)
	case int32(OFF_V_BV):
		return int32(OFF_R_BV)
	case int32(OFF_V_CHIME):
		return int32(OFF_R_CHIME)
	default:
		return 0
	}
	return r
}

// C documentation
//
//	/* The window at `base` holds arguments matching `sig`. */
func check_window(tls *libc.TLS, v unsafe.Pointer, base uint32_t, sig uintptr) (r1 int32) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var i uint32
	var r uint32_t
	var want, v2 int32
	_, _, _, _ = i, r, want, v2
	r = base
	i = uint32(0)
	for {
		if !(i < uint32((*off_signature)(unsafe.Pointer(sig)).Fnparams)) {
			break
		}
		want = reg_type_of_value(tls, libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(sig + 3 + uintptr(i)))))
		if !(reg_is(tls, *(*uintptr)(unsafe.Add(v, 8)), r, want) != 0) {
			return bad(tls, v, __ccgo_ts+1920, libc.VaList(bp+8, i, r))
		}
		if want == int32(OFF_R_BV) {
			v2 = int32(2)
		} else {
			v2 = int32(1)
		}
		r = r + libc.Uint32FromInt32(v2)
		goto _1
	_1:
		;
		i = i + 1
	}
	return 0
}

// C documentation
//
//	/* A call's result register `dst` can hold the callee's result. */
func check_result(tls *libc.TLS, v unsafe.Pointer, dst uint32_t, result int32) (r int32) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var v1 int32
	_ = v1
	if result == int32(OFF_V_VOID) {
		if dst == uint32(0) {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+1966, libc.VaList(bp+8, dst))
		}
		return v1
	}
	if reg_is(tls, *(*uintptr)(unsafe.Add(v, 8)), dst, reg_type_of_value(tls, result)) != 0 {
		v1 = 0
	} else {
		v1 = bad(tls, v, __ccgo_ts+2003, libc.VaList(bp+8, dst))
	}
	return v1
}

func check_operand(tls *libc.TLS, v unsafe.Pointer, kind int32, x uint32_t) (r int32) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var f uintptr
	var v1 int32
	_, _ = f, v1
	f = *(*uintptr)(unsafe.Add(v, 8))
	switch kind {
	case int32(OPK___):
		if x == uint32(0) {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2041, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_RI):
		if reg_is(tls, f, x, int32(OFF_R_INT)) != 0 {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2069, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_RF):
		if reg_is(tls, f, x, int32(OFF_R_FLO)) != 0 {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2108, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_RB):
		if reg_is(tls, f, x, int32(OFF_R_BV)) != 0 {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2145, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_RC):
		if reg_is(tls, f, x, int32(OFF_R_CHIME)) != 0 {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2191, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_RW):
		if x < uint32((*off_func)(unsafe.Pointer(f)).Fnregs) || x == uint32(0) {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2227, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_K):
		if x < (*yuni_program_impl)(unsafe.Pointer(*(*uintptr)(v))).Fnconst {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2254, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_IMM):
		return 0
	case int32(OPK_J):
		if x < (*off_func)(unsafe.Pointer(f)).Fncode {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2281, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_FN):
		if x < (*yuni_program_impl)(unsafe.Pointer(*(*uintptr)(v))).Fnfunc {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2320, libc.VaList(bp+8, x))
		}
		return v1
	case int32(OPK_IM):
		if x < (*yuni_program_impl)(unsafe.Pointer(*(*uintptr)(v))).Fnimport {
			v1 = 0
		} else {
			v1 = bad(tls, v, __ccgo_ts+2347, libc.VaList(bp+8, x))
		}
		return v1
	default:
		return bad(tls, v, __ccgo_ts+2372, libc.VaList(bp+8, kind))
	}
	return r
}

func check_function(tls *libc.TLS, v unsafe.Pointer) (r2 int32) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var callee, f, im, in, kind uintptr
	var i uint32
	var r, r1 uint32_t
	var t uint8_t
	var want, v3 int32
	_, _, _, _, _, _, _, _, _, _, _ = callee, f, i, im, in, kind, r, r1, t, want, v3
	f = *(*uintptr)(unsafe.Add(v, 8))
	/* register types: known values; a length only right after a bytevector */
	r = uint32(0)
	for {
		if !(r < uint32((*off_func)(unsafe.Pointer(f)).Fnregs)) {
			break
		}
		t = *(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r)))
		if libc.Int32FromUint8(t) < int32(OFF_R_INT) || libc.Int32FromUint8(t) > int32(OFF_R_CHIME) {
			return bad(tls, v, __ccgo_ts+2396, libc.VaList(bp+8, r, libc.Int32FromUint8(t)))
		}
		if libc.Int32FromUint8(t) == int32(OFF_R_BV) && (r+uint32(1) >= uint32((*off_func)(unsafe.Pointer(f)).Fnregs) || libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r+uint32(1))))) != int32(OFF_R_LEN)) {
			return bad(tls, v, __ccgo_ts+2428, libc.VaList(bp+8, r))
		}
		if libc.Int32FromUint8(t) == int32(OFF_R_LEN) && (r == uint32(0) || libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r-uint32(1))))) != int32(OFF_R_BV)) {
			return bad(tls, v, __ccgo_ts+2481, libc.VaList(bp+8, r))
		}
		goto _1
	_1:
		;
		r = r + 1
	}
	/* parameters sit in r0.. in order */
	r1 = uint32(0)
	i = uint32(0)
	for {
		if !(i < uint32((*off_func)(unsafe.Pointer(f)).Fsig.Fnparams)) {
			break
		}
		want = reg_type_of_value(tls, libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(f + 8 + 3 + uintptr(i)))))
		if !(reg_is(tls, f, r1, want) != 0) {
			return bad(tls, v, __ccgo_ts+2529, libc.VaList(bp+8, i, r1))
		}
		if want == int32(OFF_R_BV) {
			v3 = int32(2)
		} else {
			v3 = int32(1)
		}
		r1 = r1 + libc.Uint32FromInt32(v3)
		goto _2
	_2:
		;
		i = i + 1
	}
	*(*uint32_t)(unsafe.Add(v, 16)) = uint32(0)
	for {
		if !(*(*uint32_t)(unsafe.Add(v, 16)) < (*off_func)(unsafe.Pointer(f)).Fncode) {
			break
		}
		in = (*off_func)(unsafe.Pointer(f)).Fcode + uintptr(*(*uint32_t)(unsafe.Add(v, 16)))*16
		if libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) >= int32(OFF_OPCODE_COUNT) {
			return bad(tls, v, __ccgo_ts+2575, libc.VaList(bp+8, libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop)))
		}
		kind = uintptr(unsafe.Pointer(&Xoff_op_table)) + uintptr((*off_ins)(unsafe.Pointer(in)).Fop)*16 + 8
		if check_operand(tls, v, libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(kind))), uint32((*off_ins)(unsafe.Pointer(in)).Fa)) != 0 || check_operand(tls, v, libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(kind + 1))), uint32((*off_ins)(unsafe.Pointer(in)).Fb)) != 0 || check_operand(tls, v, libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(kind + 2))), uint32((*off_ins)(unsafe.Pointer(in)).Fc)) != 0 {
			return -int32(1)
		}
		switch libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) {
		case int32(OFF_BVCOPY):
			if !(reg_is(tls, f, uint32((*off_ins)(unsafe.Pointer(in)).Fc)+uint32(1), int32(OFF_R_INT)) != 0) || !(reg_is(tls, f, uint32((*off_ins)(unsafe.Pointer(in)).Fc)+uint32(2), int32(OFF_R_INT)) != 0) {
				return bad(tls, v, __ccgo_ts+2593, libc.VaList(bp+8, libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fc), uint32((*off_ins)(unsafe.Pointer(in)).Fc)+uint32(2)))
			}
		case int32(OFF_ACAS):
			fallthrough
		case int32(OFF_RINGPUT):
			fallthrough
		case int32(OFF_RINGGET):
			if !(reg_is(tls, f, uint32((*off_ins)(unsafe.Pointer(in)).Fa)+uint32(1), int32(OFF_R_INT)) != 0) {
				return bad(tls, v, __ccgo_ts+2069, libc.VaList(bp+8, uint32((*off_ins)(unsafe.Pointer(in)).Fa)+uint32(1)))
			}
		case int32(OFF_CALL):
			fallthrough
		case int32(OFF_TAILCALL):
			callee = (*yuni_program_impl)(unsafe.Pointer(*(*uintptr)(v))).Ffuncs + uintptr((*off_ins)(unsafe.Pointer(in)).Fa)*128
			if check_window(tls, v, uint32((*off_ins)(unsafe.Pointer(in)).Fb), callee+8) != 0 {
				return -int32(1)
			}
			if libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_CALL) && check_result(tls, v, uint32((*off_ins)(unsafe.Pointer(in)).Fc), libc.Int32FromUint8((*off_func)(unsafe.Pointer(callee)).Fsig.Fresult)) != 0 {
				return -int32(1)
			}
			if libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_TAILCALL) && libc.Int32FromUint8((*off_func)(unsafe.Pointer(callee)).Fsig.Fresult) != libc.Int32FromUint8((*off_func)(unsafe.Pointer(f)).Fsig.Fresult) && !(reg_type_of_value(tls, libc.Int32FromUint8((*off_func)(unsafe.Pointer(callee)).Fsig.Fresult)) == int32(OFF_R_INT) && reg_type_of_value(tls, libc.Int32FromUint8((*off_func)(unsafe.Pointer(f)).Fsig.Fresult)) == int32(OFF_R_INT)) {
				return bad(tls, v, __ccgo_ts+2642, libc.VaList(bp+8, (*off_func)(unsafe.Pointer(callee)).Fname))
			}
		case int32(OFF_CALLI):
			im = (*yuni_program_impl)(unsafe.Pointer(*(*uintptr)(v))).Fimports + uintptr((*off_ins)(unsafe.Pointer(in)).Fa)*88
			if check_window(tls, v, uint32((*off_ins)(unsafe.Pointer(in)).Fb), im+9) != 0 || check_result(tls, v, uint32((*off_ins)(unsafe.Pointer(in)).Fc), libc.Int32FromUint8((*off_import)(unsafe.Pointer(im)).Fsig.Fresult)) != 0 {
				return -int32(1)
			}
		case int32(OFF_RET_I):
			if reg_type_of_value(tls, libc.Int32FromUint8((*off_func)(unsafe.Pointer(f)).Fsig.Fresult)) != int32(OFF_R_INT) {
				return bad(tls, v, __ccgo_ts+2685, 0)
			}
		case int32(OFF_RET_F):
			if libc.Int32FromUint8((*off_func)(unsafe.Pointer(f)).Fsig.Fresult) != int32(OFF_V_F64) {
				return bad(tls, v, __ccgo_ts+2734, 0)
			}
		case int32(OFF_RET_V):
			if libc.Int32FromUint8((*off_func)(unsafe.Pointer(f)).Fsig.Fresult) != int32(OFF_V_VOID) {
				return bad(tls, v, __ccgo_ts+2781, 0)
			}
		default:
			break
		}
		goto _4
	_4:
		;
		*(*uint32_t)(unsafe.Add(v, 16)) = *(*uint32_t)(unsafe.Add(v, 16)) + 1
	}
	*(*uint32_t)(unsafe.Add(v, 16)) = (*off_func)(unsafe.Pointer(f)).Fncode - uint32(1)
	if !(libc.Int32FromUint8(Xoff_op_table[(*(*off_ins)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fcode + uintptr(*(*uint32_t)(unsafe.Add(v, 16)))*16))).Fop].Fflags)&int32(OFF_FLAG_TERM) != 0) {
		return bad(tls, v, __ccgo_ts+2834, 0)
	}
	return check_guarded_loops(tls, v)
}

/* ---- guarded loops ---- */

// C documentation
//
//	/* Does `in` write register r?  Every register write goes through operand a
//	 * (unless the row says AREAD) or, for calls with a result, through c. */
func writes(tls *libc.TLS, p uintptr, in uintptr, r uint32_t) (r1 int32) {
	if !(libc.Int32FromUint8(Xoff_op_table[(*off_ins)(unsafe.Pointer(in)).Fop].Fflags)&int32(OFF_FLAG_AREAD) != 0) {
		switch libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(uintptr(unsafe.Pointer(&Xoff_op_table)) + uintptr((*off_ins)(unsafe.Pointer(in)).Fop)*16 + 8))) {
		case int32(OPK_RI):
			fallthrough
		case int32(OPK_RF):
			fallthrough
		case int32(OPK_RC):
			if uint32((*off_ins)(unsafe.Pointer(in)).Fa) == r {
				return int32(1)
			}
		case int32(OPK_RB):
			if uint32((*off_ins)(unsafe.Pointer(in)).Fa) == r || uint32((*off_ins)(unsafe.Pointer(in)).Fa)+uint32(1) == r {
				return int32(1)
			}
		default:
			break
		}
	}
	if libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_CALL) {
		return libc.BoolInt32(libc.Int32FromUint8((*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr((*off_ins)(unsafe.Pointer(in)).Fa)*128))).Fsig.Fresult) != int32(OFF_V_VOID) && uint32((*off_ins)(unsafe.Pointer(in)).Fc) == r)
	}
	if libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_CALLI) {
		return libc.BoolInt32(libc.Int32FromUint8((*(*off_import)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr((*off_ins)(unsafe.Pointer(in)).Fa)*88))).Fsig.Fresult) != int32(OFF_V_VOID) && uint32((*off_ins)(unsafe.Pointer(in)).Fc) == r)
	}
	return 0
}

// C documentation
//
//	/* Where the guards after guard.i at g end: the guard.bvK that follow it
//	 * naming its limit, GUARDS_MAX at most. */
func guards_end(tls *libc.TLS, code uintptr, n uint32_t, g uint32_t) (r uint32_t) {
	var s uint32_t
	_ = s
	s = g + uint32(1)
	for s < n && s-g <= uint32(GUARDS_MAX) && (libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(s)*16))).Fop) == int32(OFF_GUARD_BV1) || libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(s)*16))).Fop) == int32(OFF_GUARD_BV8)) && libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(s)*16))).Fb) == libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(g)*16))).Fb) {
		s = s + 1
	}
	return s
}

// C documentation
//
//	/* Finds every guarded loop (guard.i at g, its guards up to s, the body s..e
//	 * closed by loopne/looplt at e jumping back to s), proves its shape, and
//	 * accepts an unchecked access only inside such a body, on a guarded
//	 * bytevector of its element size, indexed by the loop's counter.  Bodies
//	 * do not nest (the scan resumes after each one), so this is linear. */
func check_guarded_loops(tls *libc.TLS, v unsafe.Pointer) (r int32) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var back, code, f, in, in1, in2, kind, loop_of, src_hi, src_lo uintptr
	var bv, e, g, g1, i, idx, lim, n, pc, pc1, pc2, q, q1, s, s1, t, t1, v3, v4, v5 uint32_t
	var guard uint16_t
	var guarded, k, rc, unchecked, v8, v9 int32
	var v14 uint32
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = back, bv, code, e, f, g, g1, guard, guarded, i, idx, in, in1, in2, k, kind, lim, loop_of, n, pc, pc1, pc2, q, q1, rc, s, s1, src_hi, src_lo, t, t1, unchecked, v14, v3, v4, v5, v8, v9
	f = *(*uintptr)(unsafe.Add(v, 8))
	code = (*off_func)(unsafe.Pointer(f)).Fcode
	n = (*off_func)(unsafe.Pointer(f)).Fncode
	unchecked = 0
	pc = uint32(0)
	for {
		if !(pc < n) {
			break
		}
		if libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(pc)*16))).Fop) == int32(OFF_LDU_U8) || libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(pc)*16))).Fop) == int32(OFF_LDXU_F64) || libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(pc)*16))).Fop) == int32(OFF_STXU_F64) {
			unchecked = int32(1)
		}
		goto _1
	_1:
		;
		pc = pc + 1
	}
	if !(unchecked != 0) {
		return 0
	} /* the guards alone are ordinary branches */
	back = libc.Xmalloc(tls, uint64(n)*uint64(4))   /* first loop instruction jumping back to pc */
	src_lo = libc.Xmalloc(tls, uint64(n)*uint64(4)) /* lowest and highest jump to pc */
	src_hi = libc.Xmalloc(tls, uint64(n)*uint64(4))
	loop_of = libc.Xmalloc(tls, uint64(n)*uint64(4)) /* g of the guarded body holding pc */
	rc = 0
	if !(back != 0) || !(src_lo != 0) || !(src_hi != 0) || !(loop_of != 0) {
		rc = bad(tls, v, __ccgo_ts+90, 0)
		goto done
	}
	pc1 = uint32(0)
	for {
		if !(pc1 < n) {
			break
		}
		v5 = libc.Uint32FromUint32(0xffffffff)
		*(*uint32_t)(__ccgo_ptr(loop_of + uintptr(pc1)*4)) = v5
		v4 = v5
		*(*uint32_t)(__ccgo_ptr(src_hi + uintptr(pc1)*4)) = v4
		v3 = v4
		*(*uint32_t)(__ccgo_ptr(src_lo + uintptr(pc1)*4)) = v3
		*(*uint32_t)(__ccgo_ptr(back + uintptr(pc1)*4)) = v3
		goto _2
	_2:
		;
		pc1 = pc1 + 1
	}
	pc2 = uint32(0)
	for {
		if !(pc2 < n) {
			break
		}
		in = code + uintptr(pc2)*16
		kind = uintptr(unsafe.Pointer(&Xoff_op_table)) + uintptr((*off_ins)(unsafe.Pointer(in)).Fop)*16 + 8
		k = 0
		for {
			if !(k < int32(3)) {
				break
			}
			if libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(kind + uintptr(k)))) != int32(OPK_J) {
				goto _7
			}
			if k == 0 {
				v8 = libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fa)
			} else {
				if k == int32(1) {
					v9 = libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fb)
				} else {
					v9 = libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fc)
				}
				v8 = v9
			}
			t = libc.Uint32FromInt32(v8)
			if *(*uint32_t)(__ccgo_ptr(src_lo + uintptr(t)*4)) == uint32(0xffffffff) || pc2 < *(*uint32_t)(__ccgo_ptr(src_lo + uintptr(t)*4)) {
				*(*uint32_t)(__ccgo_ptr(src_lo + uintptr(t)*4)) = pc2
			}
			if *(*uint32_t)(__ccgo_ptr(src_hi + uintptr(t)*4)) == uint32(0xffffffff) || pc2 > *(*uint32_t)(__ccgo_ptr(src_hi + uintptr(t)*4)) {
				*(*uint32_t)(__ccgo_ptr(src_hi + uintptr(t)*4)) = pc2
			}
			goto _7
		_7:
			;
			k = k + 1
		}
		if (libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_LOOPNE_I) || libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_LOOPLT_I)) && uint32((*off_ins)(unsafe.Pointer(in)).Fc) <= pc2 && *(*uint32_t)(__ccgo_ptr(back + uintptr((*off_ins)(unsafe.Pointer(in)).Fc)*4)) == uint32(0xffffffff) {
			*(*uint32_t)(__ccgo_ptr(back + uintptr((*off_ins)(unsafe.Pointer(in)).Fc)*4)) = pc2
		}
		goto _6
	_6:
		;
		pc2 = pc2 + 1
	}
	g = uint32(0)
	for {
		if !(g < n) {
			break
		}
		if libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(g)*16))).Fop) != int32(OFF_GUARD_I) {
			goto _10
		}
		i = uint32((*(*off_ins)(__ccgo_ptr(code + uintptr(g)*16))).Fa)
		lim = uint32((*(*off_ins)(__ccgo_ptr(code + uintptr(g)*16))).Fb)
		s = guards_end(tls, code, n, g)
		if s >= n || *(*uint32_t)(__ccgo_ptr(back + uintptr(s)*4)) == uint32(0xffffffff) {
			goto _10
		}
		e = *(*uint32_t)(__ccgo_ptr(back + uintptr(s)*4))
		if uint32((*(*off_ins)(__ccgo_ptr(code + uintptr(e)*16))).Fa) != i || uint32((*(*off_ins)(__ccgo_ptr(code + uintptr(e)*16))).Fb) != lim {
			goto _10
		} /* not this counter: an ordinary branch */
		*(*uint32_t)(unsafe.Add(v, 16)) = s
		for {
			if !(*(*uint32_t)(unsafe.Add(v, 16)) < e) {
				break
			}
			in1 = code + uintptr(*(*uint32_t)(unsafe.Add(v, 16)))*16
			if writes(tls, *(*uintptr)(v), in1, i) != 0 || writes(tls, *(*uintptr)(v), in1, lim) != 0 {
				rc = bad(tls, v, __ccgo_ts+2873, libc.VaList(bp+8, g))
				goto done
			}
			q = g + uint32(1)
			for {
				if !(q < s) {
					break
				}
				if writes(tls, *(*uintptr)(v), in1, uint32((*(*off_ins)(__ccgo_ptr(code + uintptr(q)*16))).Fa)) != 0 {
					rc = bad(tls, v, __ccgo_ts+2927, libc.VaList(bp+8, libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(q)*16))).Fa), g))
					goto done
				}
				goto _12
			_12:
				;
				q = q + 1
			}
			*(*uint32_t)(__ccgo_ptr(loop_of + uintptr(*(*uint32_t)(unsafe.Add(v, 16)))*4)) = g
			goto _11
		_11:
			;
			*(*uint32_t)(unsafe.Add(v, 16)) = *(*uint32_t)(unsafe.Add(v, 16)) + 1
		}
		t1 = g + uint32(1)
		for {
			if !(t1 <= e) {
				break
			}
			if *(*uint32_t)(__ccgo_ptr(src_lo + uintptr(t1)*4)) != uint32(0xffffffff) && (*(*uint32_t)(__ccgo_ptr(src_lo + uintptr(t1)*4)) < s || *(*uint32_t)(__ccgo_ptr(src_hi + uintptr(t1)*4)) > e) {
				if *(*uint32_t)(__ccgo_ptr(src_lo + uintptr(t1)*4)) < s {
					v14 = *(*uint32_t)(__ccgo_ptr(src_lo + uintptr(t1)*4))
				} else {
					v14 = *(*uint32_t)(__ccgo_ptr(src_hi + uintptr(t1)*4))
				}
				*(*uint32_t)(unsafe.Add(v, 16)) = v14
				rc = bad(tls, v, __ccgo_ts+2984, libc.VaList(bp+8, t1, g))
				goto done
			}
			goto _13
		_13:
			;
			t1 = t1 + 1
		}
		g = e /* bodies do not nest */
		goto _10
	_10:
		;
		g = g + 1
	}
	*(*uint32_t)(unsafe.Add(v, 16)) = uint32(0)
	for {
		if !(*(*uint32_t)(unsafe.Add(v, 16)) < n) {
			break
		}
		in2 = code + uintptr(*(*uint32_t)(unsafe.Add(v, 16)))*16
		switch libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in2)).Fop) {
		case int32(OFF_LDU_U8):
			bv = uint32((*off_ins)(unsafe.Pointer(in2)).Fb)
			idx = uint32((*off_ins)(unsafe.Pointer(in2)).Fc)
			guard = uint16(OFF_GUARD_BV1)
		case int32(OFF_LDXU_F64):
			bv = uint32((*off_ins)(unsafe.Pointer(in2)).Fb)
			idx = uint32((*off_ins)(unsafe.Pointer(in2)).Fc)
			guard = uint16(OFF_GUARD_BV8)
		case int32(OFF_STXU_F64):
			bv = uint32((*off_ins)(unsafe.Pointer(in2)).Fa)
			idx = uint32((*off_ins)(unsafe.Pointer(in2)).Fb)
			guard = uint16(OFF_GUARD_BV8)
		default:
			goto _15
		}
		g1 = *(*uint32_t)(__ccgo_ptr(loop_of + uintptr(*(*uint32_t)(unsafe.Add(v, 16)))*4))
		if g1 == uint32(0xffffffff) {
			rc = bad(tls, v, __ccgo_ts+3050, 0)
			goto done
		}
		if idx != uint32((*(*off_ins)(__ccgo_ptr(code + uintptr(g1)*16))).Fa) {
			rc = bad(tls, v, __ccgo_ts+3105, libc.VaList(bp+8, idx, g1))
			goto done
		}
		guarded = 0
		q1 = g1 + uint32(1)
		s1 = guards_end(tls, code, n, g1)
		for {
			if !(q1 < s1) {
				break
			}
			if libc.Int32FromUint16((*(*off_ins)(__ccgo_ptr(code + uintptr(q1)*16))).Fop) == libc.Int32FromUint16(guard) && uint32((*(*off_ins)(__ccgo_ptr(code + uintptr(q1)*16))).Fa) == bv {
				guarded = int32(1)
			}
			goto _16
		_16:
			;
			q1 = q1 + 1
		}
		if !(guarded != 0) {
			rc = bad(tls, v, __ccgo_ts+3194, libc.VaList(bp+8, bv, g1))
			goto done
		}
		goto _15
	_15:
		;
		*(*uint32_t)(unsafe.Add(v, 16)) = *(*uint32_t)(unsafe.Add(v, 16)) + 1
	}
	goto done
done:
	;
	libc.Xfree(tls, back)
	libc.Xfree(tls, src_lo)
	libc.Xfree(tls, src_hi)
	libc.Xfree(tls, loop_of)
	return rc
}

// C documentation
//
//	/* Which imports an entry may reach: a walk over the call graph. */
func compute_reach(tls *libc.TLS, p uintptr, e uintptr, err uintptr, errlen size_t) (r int32) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_store_ptr, f, in, seen, stack, used, v9 uintptr
	var i, n, pc, top, v2 uint32_t
	var rc int32
	var v1 uint32
	var _ /* __atomic_store_tmp at bp+0 */ uint32_t
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = __atomic_store_ptr, f, i, in, n, pc, rc, seen, stack, top, used, v1, v2, v9
	seen = libc.Xcalloc(tls, uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc), uint64(1))
	if (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport != 0 {
		v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport
	} else {
		v1 = uint32(1)
	}
	used = libc.Xcalloc(tls, uint64(v1), uint64(1))
	stack = libc.Xmalloc(tls, uint64((*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc)*uint64(4))
	rc = 0
	if !(seen != 0) || !(used != 0) || !(stack != 0) {
		libc.X__builtin_snprintf(tls, err, errlen, __ccgo_ts+90, 0)
		rc = -int32(1)
		goto done
	}
	top = uint32(0)
	n = uint32(0)
	v2 = top
	top = top + 1
	*(*uint32_t)(__ccgo_ptr(stack + uintptr(v2)*4)) = (*off_entry)(unsafe.Pointer(e)).Ffunc1
	*(*uint8_t)(__ccgo_ptr(seen + uintptr((*off_entry)(unsafe.Pointer(e)).Ffunc1))) = uint8(1)
	for top != 0 {
		top = top - 1
		v2 = top
		f = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(*(*uint32_t)(__ccgo_ptr(stack + uintptr(v2)*4)))*128
		pc = uint32(0)
		for {
			if !(pc < (*off_func)(unsafe.Pointer(f)).Fncode) {
				break
			}
			in = (*off_func)(unsafe.Pointer(f)).Fcode + uintptr(pc)*16
			if (libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_CALL) || libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_TAILCALL)) && !(*(*uint8_t)(__ccgo_ptr(seen + uintptr((*off_ins)(unsafe.Pointer(in)).Fa))) != 0) {
				*(*uint8_t)(__ccgo_ptr(seen + uintptr((*off_ins)(unsafe.Pointer(in)).Fa))) = uint8(1)
				v2 = top
				top = top + 1
				*(*uint32_t)(__ccgo_ptr(stack + uintptr(v2)*4)) = uint32((*off_ins)(unsafe.Pointer(in)).Fa)
			} else {
				if libc.Int32FromUint16((*off_ins)(unsafe.Pointer(in)).Fop) == int32(OFF_CALLI) && !(*(*uint8_t)(__ccgo_ptr(used + uintptr((*off_ins)(unsafe.Pointer(in)).Fa))) != 0) {
					*(*uint8_t)(__ccgo_ptr(used + uintptr((*off_ins)(unsafe.Pointer(in)).Fa))) = uint8(1)
					n = n + 1
				}
			}
			goto _4
		_4:
			;
			pc = pc + 1
		}
	}
	if n != 0 {
		v1 = n
	} else {
		v1 = uint32(1)
	}
	(*off_entry)(unsafe.Pointer(e)).Freach = libc.Xmalloc(tls, uint64(v1)*uint64(4))
	if !((*off_entry)(unsafe.Pointer(e)).Freach != 0) {
		libc.X__builtin_snprintf(tls, err, errlen, __ccgo_ts+90, 0)
		rc = -int32(1)
		goto done
	}
	(*off_entry)(unsafe.Pointer(e)).Fnreach = uint32(0)
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport) {
			break
		}
		if *(*uint8_t)(__ccgo_ptr(used + uintptr(i))) != 0 {
			v9 = e + 40
			v2 = *(*uint32_t)(unsafe.Pointer(v9))
			*(*uint32_t)(unsafe.Pointer(v9)) = *(*uint32_t)(unsafe.Pointer(v9)) + 1
			*(*uint32_t)(__ccgo_ptr((*off_entry)(unsafe.Pointer(e)).Freach + uintptr(v2)*4)) = i
		}
		goto _7
	_7:
		;
		i = i + 1
	}
	{
		__atomic_store_ptr = e + 44
		*(*uint32_t)(__ccgo_ptr(bp)) = (*off_entry)(unsafe.Pointer(e)).Fnreach
		libc.X__atomic_storeUint32(tls, __atomic_store_ptr, bp, libc.Int32FromInt32(__ATOMIC_SEQ_CST))
	}
	goto done
done:
	;
	libc.Xfree(tls, seen)
	libc.Xfree(tls, used)
	libc.Xfree(tls, stack)
	return rc
}

func compute_clear(tls *libc.TLS, f uintptr, err uintptr, errlen size_t) (r2 int32) {
	var n, v4 uint16_t
	var r, r1 uint32_t
	var v2 int32
	_, _, _, _, _ = n, r, r1, v2, v4
	n = uint16(0)
	r = uint32((*off_func)(unsafe.Pointer(f)).Fsig.Fnslots)
	for {
		if !(r < uint32((*off_func)(unsafe.Pointer(f)).Fnregs)) {
			break
		}
		if libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r)))) >= int32(OFF_R_BV) {
			n = n + 1
		}
		goto _1
	_1:
		;
		r = r + 1
	}
	(*off_func)(unsafe.Pointer(f)).Fnclear = n
	if n != 0 {
		v2 = libc.Int32FromUint16(n)
	} else {
		v2 = int32(1)
	}
	(*off_func)(unsafe.Pointer(f)).Fclear = libc.Xmalloc(tls, libc.Uint64FromInt32(v2)*uint64(2))
	if !((*off_func)(unsafe.Pointer(f)).Fclear != 0) {
		libc.X__builtin_snprintf(tls, err, errlen, __ccgo_ts+90, 0)
		return -int32(1)
	}
	n = uint16(0)
	r1 = uint32((*off_func)(unsafe.Pointer(f)).Fsig.Fnslots)
	for {
		if !(r1 < uint32((*off_func)(unsafe.Pointer(f)).Fnregs)) {
			break
		}
		if libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fregtypes + uintptr(r1)))) >= int32(OFF_R_BV) {
			v4 = n
			n = n + 1
			*(*uint16_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fclear + uintptr(v4)*2)) = uint16(r1)
		}
		goto _3
	_3:
		;
		r1 = r1 + 1
	}
	return 0
}

func Xoff_verify(tls *libc.TLS, p uintptr, err uintptr, errlen size_t) (r int32) {
	var i, i1 uint32_t
	var v verifier
	_, _, _ = i, i1, v
	v = verifier{
		Fp:      p,
		Ferr:    err,
		Ferrlen: errlen,
	}
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnfunc) {
			break
		}
		v.Ff = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(i)*128
		if check_function(tls, unsafe.Pointer(&v)) != 0 || compute_clear(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs+uintptr(i)*128, err, errlen) != 0 {
			return -int32(1)
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	i1 = uint32(0)
	for {
		if !(i1 < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		if compute_reach(tls, p, (*yuni_program_impl)(unsafe.Pointer(p)).Fentries+uintptr(i1)*48, err, errlen) != 0 {
			return -int32(1)
		}
		goto _2
	_2:
		;
		i1 = i1 + 1
	}
	return 0
}

const CLOCKS_PER_SEC = 1000000
const CLOCK_BOOTTIME = 7
const CLOCK_BOOTTIME_ALARM = 9
const CLOCK_MONOTONIC = 1
const CLOCK_MONOTONIC_COARSE = 6
const CLOCK_MONOTONIC_RAW = 4
const CLOCK_PROCESS_CPUTIME_ID = 2
const CLOCK_REALTIME = 0
const CLOCK_REALTIME_ALARM = 8
const CLOCK_REALTIME_COARSE = 5
const CLOCK_SGI_CYCLE = 10
const CLOCK_TAI = 11
const CLOCK_THREAD_CPUTIME_ID = 3
const CLONE_CHILD_CLEARTID = 0x00200000
const CLONE_CHILD_SETTID = 0x01000000
const CLONE_DETACHED = 0x00400000
const CLONE_FILES = 0x00000400
const CLONE_FS = 0x00000200
const CLONE_IO = 0x80000000
const CLONE_NEWCGROUP = 0x02000000
const CLONE_NEWIPC = 0x08000000
const CLONE_NEWNET = 0x40000000
const CLONE_NEWNS = 0x00020000
const CLONE_NEWPID = 0x20000000
const CLONE_NEWTIME = 0x00000080
const CLONE_NEWUSER = 0x10000000
const CLONE_NEWUTS = 0x04000000
const CLONE_PARENT = 0x00008000
const CLONE_PARENT_SETTID = 0x00100000
const CLONE_PIDFD = 0x00001000
const CLONE_PTRACE = 0x00002000
const CLONE_SETTLS = 0x00080000
const CLONE_SIGHAND = 0x00000800
const CLONE_SYSVSEM = 0x00040000
const CLONE_THREAD = 0x00010000
const CLONE_UNTRACED = 0x00800000
const CLONE_VFORK = 0x00004000
const CLONE_VM = 0x00000100
const CPU_SETSIZE = 1024
const CSIGNAL = 0x000000ff
const FP_ILOGB0 = "FP_ILOGBNAN"
const FP_INFINITE = 1
const FP_NAN = 0
const FP_NORMAL = 4
const FP_SUBNORMAL = 3
const FP_ZERO = 2
const HUGE = 3.40282346638528859812e+38
const HUGE_VALF = "INFINITY"
const INT32_MAX1 = 2147483647
const INT64_MAX1 = 9223372036854775807
const MADV_COLD = 20
const MADV_DODUMP = 17
const MADV_DOFORK = 11
const MADV_DONTDUMP = 16
const MADV_DONTFORK = 10
const MADV_DONTNEED = 4
const MADV_FREE = 8
const MADV_HUGEPAGE = 14
const MADV_HWPOISON = 100
const MADV_KEEPONFORK = 19
const MADV_MERGEABLE = 12
const MADV_NOHUGEPAGE = 15
const MADV_NORMAL = 0
const MADV_PAGEOUT = 21
const MADV_RANDOM = 1
const MADV_REMOVE = 9
const MADV_SEQUENTIAL = 2
const MADV_SOFT_OFFLINE = 101
const MADV_UNMERGEABLE = 13
const MADV_WILLNEED = 3
const MADV_WIPEONFORK = 18
const MAP_32BIT = 0x40
const MAP_ANON = 32
const MAP_ANONYMOUS = "MAP_ANON"
const MAP_DENYWRITE = 0x0800
const MAP_EXECUTABLE = 0x1000
const MAP_FILE = 0
const MAP_FIXED = 0x10
const MAP_FIXED_NOREPLACE = 0x100000
const MAP_GROWSDOWN = 0x0100
const MAP_HUGETLB = 0x40000
const MAP_HUGE_MASK = 0x3f
const MAP_HUGE_SHIFT = 26
const MAP_LOCKED = 0x2000
const MAP_NONBLOCK = 0x10000
const MAP_NORESERVE = 16384
const MAP_POPULATE = 32768
const MAP_PRIVATE = 2
const MAP_SHARED = 0x01
const MAP_SHARED_VALIDATE = 0x03
const MAP_STACK = 0x20000
const MAP_SYNC = 0x80000
const MAP_TYPE = 0x0f
const MATH_ERREXCEPT = 2
const MATH_ERRNO = 1
const MCL_CURRENT = 1
const MCL_FUTURE = 2
const MCL_ONFAULT = 4
const MFD_ALLOW_SEALING = 0x0002
const MFD_CLOEXEC = 0x0001
const MFD_HUGETLB = 0x0004
const MLOCK_ONFAULT = 0x01
const MREMAP_DONTUNMAP = 4
const MREMAP_FIXED = 2
const MREMAP_MAYMOVE = 1
const MS_ASYNC = 1
const MS_INVALIDATE = 2
const MS_SYNC = 4
const M_1_PI = 0.31830988618379067154
const M_2_PI = 0.63661977236758134308
const M_2_SQRTPI = 1.12837916709551257390
const M_E = 2.7182818284590452354
const M_LN10 = 2.30258509299404568402
const M_LN2 = 0.69314718055994530942
const M_LOG10E = 0.43429448190325182765
const M_LOG2E = 1.4426950408889634074
const M_PI = 3.14159265358979323846
const M_PI_2 = 1.57079632679489661923
const M_PI_4 = 0.78539816339744830962
const M_SQRT1_2 = 0.70710678118654752440
const M_SQRT2 = 1.41421356237309504880
const OFF_CHECK_STEPS1 = 65536
const POSIX_MADV_DONTNEED = 4
const POSIX_MADV_NORMAL = 0
const POSIX_MADV_RANDOM = 1
const POSIX_MADV_SEQUENTIAL = 2
const POSIX_MADV_WILLNEED = 3
const PROT_EXEC = 4
const PROT_GROWSDOWN = 0x01000000
const PROT_GROWSUP = 0x02000000
const PROT_NONE = 0
const PROT_READ = 1
const PROT_WRITE = 2
const PTHREAD_CANCEL_ASYNCHRONOUS = 1
const PTHREAD_CANCEL_DEFERRED = 0
const PTHREAD_CANCEL_DISABLE = 1
const PTHREAD_CANCEL_ENABLE = 0
const PTHREAD_CANCEL_MASKED = 2
const PTHREAD_CREATE_DETACHED = 1
const PTHREAD_CREATE_JOINABLE = 0
const PTHREAD_EXPLICIT_SCHED = 1
const PTHREAD_INHERIT_SCHED = 0
const PTHREAD_MUTEX_DEFAULT = 0
const PTHREAD_MUTEX_ERRORCHECK = 2
const PTHREAD_MUTEX_NORMAL = 0
const PTHREAD_MUTEX_RECURSIVE = 1
const PTHREAD_MUTEX_ROBUST = 1
const PTHREAD_MUTEX_STALLED = 0
const PTHREAD_ONCE_INIT = 0
const PTHREAD_PRIO_INHERIT = 1
const PTHREAD_PRIO_NONE = 0
const PTHREAD_PRIO_PROTECT = 2
const PTHREAD_PROCESS_PRIVATE = 0
const PTHREAD_PROCESS_SHARED = 1
const PTHREAD_SCOPE_PROCESS = 1
const PTHREAD_SCOPE_SYSTEM = 0
const SCHED_BATCH = 3
const SCHED_DEADLINE = 6
const SCHED_FIFO = 1
const SCHED_IDLE = 5
const SCHED_OTHER = 0
const SCHED_RESET_ON_FORK = 0x40000000
const SCHED_RR = 2
const TIMER_ABSTIME = 1
const TIME_UTC = 1
const UINT64_MAX1 = 18446744073709551615
const __tm_gmtoff = "tm_gmtoff"
const __tm_zone = "tm_zone"
const math_errhandling = 2

type float_t = float32

type double_t = float64

type time_t = int64

type clockid_t = int32

type timespec = struct {
	Ftv_sec  time_t
	Ftv_nsec int64
}

type pthread_t = uintptr

type pthread_once_t = int32

type pthread_key_t = uint32

type pthread_spinlock_t = int32

type pthread_mutexattr_t = struct {
	F__attr uint32
}

type pthread_condattr_t = struct {
	F__attr uint32
}

type pthread_barrierattr_t = struct {
	F__attr uint32
}

type pthread_rwlockattr_t = struct {
	F__attr [2]uint32
}

type sigset_t = struct {
	F__bits [16]uint64
}

type __sigset_t = sigset_t

type pthread_attr_t = struct {
	F__u struct {
		F__vi [0][14]int32
		F__s  [0][7]uint64
		F__i  [14]int32
	}
}

type pthread_mutex_t = struct {
	F__u struct {
		F__vi [0][10]int32
		F__p  [0][5]uintptr
		F__i  [10]int32
	}
}

type pthread_cond_t = struct {
	F__u struct {
		F__vi [0][12]int32
		F__p  [0][6]uintptr
		F__i  [12]int32
	}
}

type pthread_rwlock_t = struct {
	F__u struct {
		F__vi [0][14]int32
		F__p  [0][7]uintptr
		F__i  [14]int32
	}
}

type pthread_barrier_t = struct {
	F__u struct {
		F__vi [0][8]int32
		F__p  [0][4]uintptr
		F__i  [8]int32
	}
}

type pid_t = int32

type sched_param = struct {
	Fsched_priority int32
	F__reserved1    int32
	F__reserved2    [2]struct {
		F__reserved1 time_t
		F__reserved2 int64
	}
	F__reserved3 int32
}

type cpu_set_t = struct {
	F__bits [16]uint64
}

type timer_t = uintptr

type clock_t = int64

type tm = struct {
	Ftm_sec    int32
	Ftm_min    int32
	Ftm_hour   int32
	Ftm_mday   int32
	Ftm_mon    int32
	Ftm_year   int32
	Ftm_wday   int32
	Ftm_yday   int32
	Ftm_isdst  int32
	Ftm_gmtoff int64
	Ftm_zone   uintptr
}

type itimerspec = struct {
	Fit_interval timespec
	Fit_value    timespec
}

type __ptcb = struct {
	F__f    uintptr
	F__x    uintptr
	F__next uintptr
}

type mode_t = uint32

/* ---- the per-thread register stack ---- */

type off_frame = struct {
	Fip  uintptr
	FR   uintptr
	Ffn  uintptr
	Fdst uint32_t
}

type off_stack = struct {
	Fbytes  size_t
	Ftop    uintptr
	Fend    uintptr
	Fdepth  uint32_t
	Fc_low  uintptr_t
	Fframes [10000]off_frame
}

var tls_stack uintptr

func stack_bytes(tls *libc.TLS) (r size_t) {
	return libc.Uint64FromInt64(320040) + uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(20))*libc.Uint64FromInt64(8)
}

/* Imports that call back into entries nest C frames too; keep this much
 * of the thread's C stack for them and for the host code between. */

func c_stack_low(tls *libc.TLS) (r uintptr_t) {
	return uint64(0) /* Go stacks grow; a nested invocation cannot run off one */
}

// C documentation
//
//	/* One register stack for the process: the Go side runs one call at a time. */
func stack_register(tls *libc.TLS, s uintptr) {
	_ = s
}

func stack_get(tls *libc.TLS) (r uintptr) {
	var m, s uintptr
	_, _ = m, s
	s = tls_stack
	if s != 0 {
		return s
	}
	m = libc.Xmmap(tls, libc.UintptrFromInt32(0), stack_bytes(tls), libc.Int32FromInt32(PROT_READ)|libc.Int32FromInt32(PROT_WRITE), libc.Int32FromInt32(MAP_PRIVATE)|libc.Int32FromInt32(MAP_ANON)|libc.Int32FromInt32(MAP_NORESERVE), -int32(1), 0)
	if m == uintptr(-libc.Int32FromInt32(1)) {
		return libc.UintptrFromInt32(0)
	}
	s = m
	(*off_stack)(unsafe.Pointer(s)).Fbytes = stack_bytes(tls)
	(*off_stack)(unsafe.Pointer(s)).Ftop = s + 320040
	(*off_stack)(unsafe.Pointer(s)).Fend = s + 320040 + uintptr(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(20))*8
	(*off_stack)(unsafe.Pointer(s)).Fdepth = uint32(0)
	(*off_stack)(unsafe.Pointer(s)).Fc_low = c_stack_low(tls)
	stack_register(tls, s)
	tls_stack = s
	return s
}

func Xoff_stack_prepare(tls *libc.TLS, regs uint32_t) (r int32) {
	var bytes size_t
	var locked int32
	var m, s uintptr
	_, _, _, _ = bytes, locked, m, s
	if tls_stack != 0 {
		return -int32(1)
	}
	bytes = uint64(320040) + uint64(regs)*uint64(8)
	m = libc.Xmmap(tls, libc.UintptrFromInt32(0), bytes, libc.Int32FromInt32(PROT_READ)|libc.Int32FromInt32(PROT_WRITE), libc.Int32FromInt32(MAP_PRIVATE)|libc.Int32FromInt32(MAP_ANON)|libc.Int32FromInt32(MAP_POPULATE), -int32(1), 0)
	if m == uintptr(-libc.Int32FromInt32(1)) {
		return -int32(1)
	}
	locked = libc.BoolInt32(libc.Xmlock(tls, m, bytes) == 0)
	libc.Xmemset(tls, m, 0, bytes) /* touch every page, locked or not */
	s = m
	(*off_stack)(unsafe.Pointer(s)).Fbytes = bytes
	(*off_stack)(unsafe.Pointer(s)).Ftop = s + 320040
	(*off_stack)(unsafe.Pointer(s)).Fend = s + 320040 + uintptr(regs)*8
	(*off_stack)(unsafe.Pointer(s)).Fdepth = uint32(0)
	(*off_stack)(unsafe.Pointer(s)).Fc_low = c_stack_low(tls)
	stack_register(tls, s)
	tls_stack = s
	return locked
}

/* ---- traps ---- */

// C documentation
//
//	/* fldiv and flmod as opcodes.def defines them; the product is rounded
//	 * before the subtraction, as (offload)'s fl- of an fl* is */
//	/* Where C libraries (and a compiler's inline expansions) differ on NaN,
//	 * the interpreter decides: floor, ceil, trunc and nearbyint give a NaN back
//	 * as it is (signaling or not, as GCC's inline floor does), and fma gives
//	 * the first NaN of its operands, quieted, as an SSE add does.  Both builds
//	 * then agree to the bit (TestFlonumBits). */
func quiet(tls *libc.TLS, _x float64) (r float64) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	*(*float64)(unsafe.Pointer(bp)) = _x
	var _ /* u at bp+8 */ uint64_t
	libc.Xmemcpy(tls, bp+8, bp, uint64(8))
	*(*uint64_t)(__ccgo_ptr(bp + 8)) = uint64(*(*uint64_t)(__ccgo_ptr(bp + 8)) | libc.Uint64FromUint64(0x0008000000000000))
	libc.Xmemcpy(tls, bp, bp+8, uint64(8))
	return *(*float64)(__ccgo_ptr(bp))
}

func fl_fma(tls *libc.TLS, a float64, b float64, c float64) (r float64) {
	if a != a {
		return quiet(tls, a)
	}
	if b != b {
		return quiet(tls, b)
	}
	if c != c {
		return quiet(tls, c)
	}
	return yuni__libm_fma(tls, a, b, c)
}

func fl_div(tls *libc.TLS, x float64, y float64) (r float64) {
	var v1 float64
	_ = v1
	if y > libc.Float64FromInt32(0) {
		v1 = yuni__libm_floor(tls, x/y)
	} else {
		v1 = yuni__libm_ceil(tls, x/y)
	}
	return v1
}

func fl_mod(tls *libc.TLS, x float64, y float64, d float64) (r float64) {
	var p float64
	_ = p
	p = float64(y * d)
	p = yuni__rounded(tls, p)
	return x - p
}

var last_trap yuni_offload_trap

func Xyuni_offload_trap_name(tls *libc.TLS, kind int32_t) (r uintptr) {
	switch kind {
	case int32(YUNI_TRAP_NONE):
		return __ccgo_ts + 3284
	case int32(YUNI_TRAP_OUT_OF_BOUNDS):
		return __ccgo_ts + 3289
	case int32(YUNI_TRAP_INTEGER_OVERFLOW):
		return __ccgo_ts + 3303
	case int32(YUNI_TRAP_DIVISION_BY_ZERO):
		return __ccgo_ts + 3320
	case int32(YUNI_TRAP_NOT_INTEGRAL):
		return __ccgo_ts + 3337
	case int32(YUNI_TRAP_CALL_DEPTH):
		return __ccgo_ts + 3350
	case int32(YUNI_TRAP_BUDGET):
		return __ccgo_ts + 3361
	case int32(YUNI_TRAP_MISALIGNED):
		return __ccgo_ts + 3368
	case int32(YUNI_TRAP_BAD_HANDLE):
		return __ccgo_ts + 3379
	case int32(YUNI_TRAP_INTERRUPTED):
		return __ccgo_ts + 3390
	default:
		return __ccgo_ts + 3402
	}
	return r
}

func Xyuni_offload_last_trap(tls *libc.TLS, out uintptr) (r int32_t) {
	if !(out != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+3415, 0)
	}
	*(*yuni_offload_trap)(__ccgo_ptr(out)) = last_trap
	return YUNI_OK
}

func Xoff_record_trap(tls *libc.TLS, p uintptr, e uintptr, kind int32_t, func1 uint32_t, pc uint32_t) {
	bp := tls.Alloc(64)
	defer tls.Free(64)
	var d, t uintptr
	var hi, lo, mid uint32_t
	var v1 int32_t
	_, _, _, _, _, _ = d, hi, lo, mid, t, v1
	t = uintptr(unsafe.Pointer(&last_trap))
	(*yuni_offload_trap)(unsafe.Pointer(t)).Fkind = kind
	(*yuni_offload_trap)(unsafe.Pointer(t)).Ffunction = libc.Int32FromUint32(func1)
	(*yuni_offload_trap)(unsafe.Pointer(t)).Fpc = libc.Int32FromUint32(pc)
	v1 = libc.Int32FromInt32(0)
	(*yuni_offload_trap)(unsafe.Pointer(t)).Fcolumn = v1
	(*yuni_offload_trap)(unsafe.Pointer(t)).Fline = v1
	/* the last debug record at or before (func, pc) */
	lo = uint32(0)
	hi = (*yuni_program_impl)(unsafe.Pointer(p)).Fndebug
	for lo < hi {
		mid = lo + (hi-lo)/uint32(2)
		d = (*yuni_program_impl)(unsafe.Pointer(p)).Fdebug + uintptr(mid)*16
		if (*off_debug)(unsafe.Pointer(d)).Ffunc1 < func1 || (*off_debug)(unsafe.Pointer(d)).Ffunc1 == func1 && (*off_debug)(unsafe.Pointer(d)).Fpc <= pc {
			lo = mid + uint32(1)
		} else {
			hi = mid
		}
	}
	if lo > uint32(0) && (*(*off_debug)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fdebug + uintptr(lo-uint32(1))*16))).Ffunc1 == func1 {
		(*yuni_offload_trap)(unsafe.Pointer(t)).Fline = libc.Int32FromUint32((*(*off_debug)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fdebug + uintptr(lo-uint32(1))*16))).Fline)
		(*yuni_offload_trap)(unsafe.Pointer(t)).Fcolumn = libc.Int32FromUint32((*(*off_debug)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fdebug + uintptr(lo-uint32(1))*16))).Fcolumn)
	}
	libc.X__builtin_snprintf(tls, t+20, uint64(64), __ccgo_ts+3451, libc.VaList(bp+8, (*off_entry)(unsafe.Pointer(e)).Fname))
	if (*yuni_offload_trap)(unsafe.Pointer(t)).Fline != 0 {
		Xyuni__fail(tls, -libc.Int32FromInt32(16), __ccgo_ts+3454, libc.VaList(bp+8, (*yuni_program_impl)(unsafe.Pointer(p)).Ffile, (*yuni_offload_trap)(unsafe.Pointer(t)).Fline, (*yuni_offload_trap)(unsafe.Pointer(t)).Fcolumn, Xyuni_offload_trap_name(tls, kind), (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(func1)*128))).Fname, (*off_entry)(unsafe.Pointer(e)).Fname, pc))
	} else {
		Xyuni__fail(tls, -libc.Int32FromInt32(16), __ccgo_ts+3505, libc.VaList(bp+8, Xyuni_offload_trap_name(tls, kind), (*(*off_func)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr(func1)*128))).Fname, (*off_entry)(unsafe.Pointer(e)).Fname, pc))
	}
}

const FP_MOV_I = 0
const FP_ADD_I = 1
const FP_ADDK_I = 2
const FP_SUB_I = 3
const FP_MUL_I = 4
const FP_MADD_I = 5
const FP_AND_I = 6
const FP_IOR_I = 7
const FP_XOR_I = 8
const FP_ASH_I = 9
const FP_LD_U8 = 10
const FP_LDU_U8 = 11
const FP_LD_U32 = 12
const FP_MOV_F = 13
const FP_ADD_F = 14
const FP_SUB_F = 15
const FP_MUL_F = 16
const FP_MADD_F = 17
const FP_MSUB_F = 18
const FP_LD_F64 = 19
const FP_LDX_F64 = 20
const FP_LDXU_F64 = 21
const FP_COUNT = 22
const FC_ADD_I = 0
const FC_ADDK_I = 1
const FC_SUB_I = 2
const FC_MUL_I = 3
const FC_AND_I = 4
const FC_IOR_I = 5
const FC_XOR_I = 6
const FC_ASH_I = 7
const FC_LD_U8 = 8
const FC_LDU_U8 = 9
const FC_LD_U32 = 10
const FC_LDX_F64 = 11
const FC_LDXU_F64 = 12
const FC_JNE_I = 13
const FC_RET_I = 14
const FC_MOV_F = 15
const FC_ADD_F = 16
const FC_SUB_F = 17
const FC_MUL_F = 18
const FC_MADD_F = 19
const FC_MSUB_F = 20
const FC_RET_F = 21
const FC_STX_F64 = 22
const FC_STXU_F64 = 23
const FC_LOOPNE_I = 24
const FC_CALL = 25
const FC_COUNT = 26

/* What run hands off_thread_code: a handler per opcode, per pair, the
 * multiply-accumulate loop's (mac_loop.c) and the small loop's
 * (small_loop.c). */
type off_handlers = struct {
	Fplain      uintptr
	Ffused      uintptr
	Fmac_loop   uintptr
	Fsmall_loop uintptr
}

// C documentation
//
//	/* With p NULL, run only hands out its handler table (labels are local to
//	 * the function that holds them): off_thread_code stores each instruction's
//	 * handler in the instruction. */
func run(tls *libc.TLS, s uintptr, p uintptr, e uintptr, R uintptr, result unsafe.Pointer) (r int32) {
	bp := tls.Alloc(480)
	defer tls.Free(480)
	var __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr10, __atomic_load_ptr11, __atomic_load_ptr12, __atomic_load_ptr13, __atomic_load_ptr14, __atomic_load_ptr15, __atomic_load_ptr16, __atomic_load_ptr17, __atomic_load_ptr18, __atomic_load_ptr19, __atomic_load_ptr2, __atomic_load_ptr20, __atomic_load_ptr21, __atomic_load_ptr22, __atomic_load_ptr23, __atomic_load_ptr24, __atomic_load_ptr25, __atomic_load_ptr26, __atomic_load_ptr27, __atomic_load_ptr28, __atomic_load_ptr29, __atomic_load_ptr3, __atomic_load_ptr30, __atomic_load_ptr31, __atomic_load_ptr32, __atomic_load_ptr33, __atomic_load_ptr34, __atomic_load_ptr35, __atomic_load_ptr36, __atomic_load_ptr37, __atomic_load_ptr38, __atomic_load_ptr39, __atomic_load_ptr4, __atomic_load_ptr40, __atomic_load_ptr41, __atomic_load_ptr42, __atomic_load_ptr43, __atomic_load_ptr44, __atomic_load_ptr45, __atomic_load_ptr46, __atomic_load_ptr47, __atomic_load_ptr5, __atomic_load_ptr6, __atomic_load_ptr7, __atomic_load_ptr8, __atomic_load_ptr9, callee, callee_, code, dying, fn, fr, fr_, fr_1, frame_, im, ip, saved_top, slot, to_, to_1, to_10, to_11, to_12, to_13, to_14, to_15, to_16, to_17, to_18, to_19, to_2, to_20, to_3, to_4, to_5, to_6, to_7, to_8, to_9, v217 uintptr
	var __u struct {
		F__i [0]uint64
		F__f float64
	}
	var base_depth, depth, saved_depth, v35, v37 uint32_t
	var budget, reserve, x22, x25, v1 uint64_t
	var cap1, from, got, n, n1, n2, n3, n4, n5, n_, n_1, off, off1, off2, off3, off4, off5, off6, off_, off_1, off_10, off_11, off_12, off_13, off_14, off_15, off_16, off_2, off_3, off_4, off_5, off_6, off_7, off_8, off_9, put, r_, start, start1, to, v2, v_14, v_15, v_16, v_17, v_18, v_19, v_20, v_21, x, x1, x2, x3, x_, y, y1, y2 int64_t
	var d, m, m1, product_, product_1, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x20, x21, x23, x24, x4, x5, x6, x7, x8, x9, y3, y4, y5, y6, v15, v9 float64
	var f, v227 nccc_call_t
	var i, i_1, i_2 uint32
	var swapped uint8
	var trap int32_t
	var v_29, v_30 nccv64
	var v10, v12 uint64
	var v14, v211, v34 bool
	var v21 int64
	var v7 int32
	var _ /* __atomic_load_tmp at bp+0 */ uint64_t
	var _ /* __atomic_load_tmp at bp+100 */ uint32_t
	var _ /* __atomic_load_tmp at bp+104 */ uint32_t
	var _ /* __atomic_load_tmp at bp+108 */ uint32_t
	var _ /* __atomic_load_tmp at bp+112 */ uint32_t
	var _ /* __atomic_load_tmp at bp+116 */ uint32_t
	var _ /* __atomic_load_tmp at bp+120 */ uint32_t
	var _ /* __atomic_load_tmp at bp+124 */ uint32_t
	var _ /* __atomic_load_tmp at bp+328 */ uint32_t
	var _ /* __atomic_load_tmp at bp+332 */ uint32_t
	var _ /* __atomic_load_tmp at bp+336 */ uint32_t
	var _ /* __atomic_load_tmp at bp+340 */ uint32_t
	var _ /* __atomic_load_tmp at bp+344 */ uint32_t
	var _ /* __atomic_load_tmp at bp+348 */ uint32_t
	var _ /* __atomic_load_tmp at bp+352 */ uint32_t
	var _ /* __atomic_load_tmp at bp+356 */ uint32_t
	var _ /* __atomic_load_tmp at bp+360 */ uint32_t
	var _ /* __atomic_load_tmp at bp+364 */ uint32_t
	var _ /* __atomic_load_tmp at bp+384 */ uint32_t
	var _ /* __atomic_load_tmp at bp+388 */ uint32_t
	var _ /* __atomic_load_tmp at bp+392 */ uint32_t
	var _ /* __atomic_load_tmp at bp+396 */ uint32_t
	var _ /* __atomic_load_tmp at bp+400 */ uint32_t
	var _ /* __atomic_load_tmp at bp+404 */ uint32_t
	var _ /* __atomic_load_tmp at bp+408 */ uint32_t
	var _ /* __atomic_load_tmp at bp+412 */ uint32_t
	var _ /* __atomic_load_tmp at bp+416 */ uint32_t
	var _ /* __atomic_load_tmp at bp+420 */ uint32_t
	var _ /* __atomic_load_tmp at bp+424 */ uint32_t
	var _ /* __atomic_load_tmp at bp+428 */ uint32_t
	var _ /* __atomic_load_tmp at bp+432 */ uint32_t
	var _ /* __atomic_load_tmp at bp+436 */ uint32_t
	var _ /* __atomic_load_tmp at bp+440 */ uint32_t
	var _ /* __atomic_load_tmp at bp+444 */ uint32_t
	var _ /* __atomic_load_tmp at bp+464 */ nccc_call_t
	var _ /* __atomic_load_tmp at bp+48 */ uint32_t
	var _ /* __atomic_load_tmp at bp+52 */ uint32_t
	var _ /* __atomic_load_tmp at bp+56 */ uint32_t
	var _ /* __atomic_load_tmp at bp+60 */ uint32_t
	var _ /* __atomic_load_tmp at bp+64 */ uint32_t
	var _ /* __atomic_load_tmp at bp+68 */ uint32_t
	var _ /* __atomic_load_tmp at bp+72 */ uint32_t
	var _ /* __atomic_load_tmp at bp+76 */ uint32_t
	var _ /* __atomic_load_tmp at bp+80 */ uint32_t
	var _ /* __atomic_load_tmp at bp+84 */ uint32_t
	var _ /* __atomic_load_tmp at bp+88 */ uint32_t
	var _ /* __atomic_load_tmp at bp+92 */ uint32_t
	var _ /* __atomic_load_tmp at bp+96 */ uint32_t
	var _ /* expected at bp+296 */ int64_t
	var _ /* i_ at bp+320 */ int64_t
	var _ /* off_ at bp+216 */ int64_t
	var _ /* off_ at bp+232 */ int64_t
	var _ /* off_ at bp+248 */ int64_t
	var _ /* off_ at bp+264 */ int64_t
	var _ /* old at bp+280 */ int64_t
	var _ /* out at bp+448 */ [2]nccv64
	var _ /* product_ at bp+304 */ int64_t
	var _ /* sum at bp+288 */ int64_t
	var _ /* v at bp+144 */ uint64_t
	var _ /* v at bp+208 */ float32
	var _ /* v_ at bp+128 */ uint8_t
	var _ /* v_ at bp+129 */ int8_t
	var _ /* v_ at bp+130 */ uint16_t
	var _ /* v_ at bp+132 */ int16_t
	var _ /* v_ at bp+136 */ uint32_t
	var _ /* v_ at bp+140 */ int32_t
	var _ /* v_ at bp+152 */ int64_t
	var _ /* v_ at bp+16 */ int64_t
	var _ /* v_ at bp+160 */ float32
	var _ /* v_ at bp+168 */ float64
	var _ /* v_ at bp+224 */ int32_t
	var _ /* v_ at bp+24 */ int64_t
	var _ /* v_ at bp+240 */ uint32_t
	var _ /* v_ at bp+256 */ float64
	var _ /* v_ at bp+272 */ float64
	var _ /* v_ at bp+312 */ int64_t
	var _ /* v_ at bp+32 */ int64_t
	var _ /* v_ at bp+368 */ float64
	var _ /* v_ at bp+376 */ float64
	var _ /* v_ at bp+40 */ int64_t
	var _ /* v_ at bp+8 */ int64_t
	var _ /* w_ at bp+176 */ uint8_t
	var _ /* w_ at bp+177 */ int8_t
	var _ /* w_ at bp+178 */ uint16_t
	var _ /* w_ at bp+180 */ int16_t
	var _ /* w_ at bp+184 */ uint32_t
	var _ /* w_ at bp+188 */ int32_t
	var _ /* w_ at bp+192 */ uint64_t
	var _ /* w_ at bp+200 */ int64_t
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr10, __atomic_load_ptr11, __atomic_load_ptr12, __atomic_load_ptr13, __atomic_load_ptr14, __atomic_load_ptr15, __atomic_load_ptr16, __atomic_load_ptr17, __atomic_load_ptr18, __atomic_load_ptr19, __atomic_load_ptr2, __atomic_load_ptr20, __atomic_load_ptr21, __atomic_load_ptr22, __atomic_load_ptr23, __atomic_load_ptr24, __atomic_load_ptr25, __atomic_load_ptr26, __atomic_load_ptr27, __atomic_load_ptr28, __atomic_load_ptr29, __atomic_load_ptr3, __atomic_load_ptr30, __atomic_load_ptr31, __atomic_load_ptr32, __atomic_load_ptr33, __atomic_load_ptr34, __atomic_load_ptr35, __atomic_load_ptr36, __atomic_load_ptr37, __atomic_load_ptr38, __atomic_load_ptr39, __atomic_load_ptr4, __atomic_load_ptr40, __atomic_load_ptr41, __atomic_load_ptr42, __atomic_load_ptr43, __atomic_load_ptr44, __atomic_load_ptr45, __atomic_load_ptr46, __atomic_load_ptr47, __atomic_load_ptr5, __atomic_load_ptr6, __atomic_load_ptr7, __atomic_load_ptr8, __atomic_load_ptr9, __u, base_depth, budget, callee, callee_, cap1, code, d, depth, dying, f, fn, fr, fr_, fr_1, frame_, from, got, i, i_1, i_2, im, ip, m, m1, n, n1, n2, n3, n4, n5, n_, n_1, off, off1, off2, off3, off4, off5, off6, off_, off_1, off_10, off_11, off_12, off_13, off_14, off_15, off_16, off_2, off_3, off_4, off_5, off_6, off_7, off_8, off_9, product_, product_1, put, r_, reserve, saved_depth, saved_top, slot, start, start1, swapped, to, to_, to_1, to_10, to_11, to_12, to_13, to_14, to_15, to_16, to_17, to_18, to_19, to_2, to_20, to_3, to_4, to_5, to_6, to_7, to_8, to_9, trap, v2, v_14, v_15, v_16, v_17, v_18, v_19, v_20, v_21, v_29, v_30, x, x1, x10, x11, x12, x13, x14, x15, x16, x17, x18, x19, x2, x20, x21, x22, x23, x24, x25, x3, x4, x5, x6, x7, x8, x9, x_, y, y1, y2, y3, y4, y5, y6, v1, v10, v12, v14, v15, v21, v211, v217, v227, v34, v35, v37, v7, v9
	fn = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr((*off_entry)(unsafe.Pointer(e)).Ffunc1)*128
	code = (*off_func)(unsafe.Pointer(fn)).Fcode
	ip = code
	base_depth = (*off_stack)(unsafe.Pointer(s)).Fdepth
	depth = base_depth
	/* The budget is spent in chunks: `budget` is what is left of the
	 * current chunk (the hot path decrements only that), `reserve` the rest.
	 * A chunk is at most OFF_CHECK_STEPS, so a runaway loop notices within
	 * that many steps a stop request (an offload thread's) or the destroy
	 * of its program. */
	dying = p + 104
	{
		__atomic_load_ptr = p + 80
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp, int32(memory_order_relaxed))
		v1 = *(*uint64_t)(__ccgo_ptr(bp))
	}
	reserve = v1
	if reserve == uint64(0) {
		reserve = libc.Uint64FromUint64(0xffffffffffffffff)
	}
	budget = reserve
	if budget > uint64(65536) {
		budget = uint64(65536)
	}
	reserve = reserve - budget
	trap = int32(YUNI_TRAP_NONE)
	/* The current chunk is gone: trap when stopped or out of budget, else
	 * take the next chunk (this step is paid from it). */
	/* Every cycle in a program passes a backward jump or a call, so charging
	 * those bounds any run when a budget is set. */
	/* The bodies of the instructions that have fused handlers, as macros:
	 * run (interp.c) expands each in its plain and fused handlers, and the
	 * small-loop runner (small_loop.c) in its own.
	 *
	 * Each body reads its operands through G(member, register) and writes its
	 * result (register a) through P(member, value), and reads every operand
	 * before it writes or traps.  Where a body is expanded, these are defined:
	 * R (the frame's registers), A/B/C (the instruction's operands), TRAP(kind),
	 * and for the control bodies (jne.i, call, ret, loopne.i) BRANCH_IF, SPEND
	 * and run's state.  A plain handler runs a body with G_R/P_R; a fused
	 * handler runs two, the first keeping its result in a machine register for
	 * the second, so a value passed between them does not make a round trip
	 * through memory. */
	/* Bytevector access of `size` bytes at `off` in the pair at register `r`.
	 * Lengths are at most INT64_MAX (checked on entry), so this is exact. */
	/* a scaled load: the index times the element size is the offset */
	/* the arguments are read from memory: the callee reads them there */
	/* For compilers without labels as values (the Go translation): one
	 * indirect branch through a switch, to the same handlers. */
	goto dispatch
dispatch:
	;
	switch libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fop) {
	/* The Offload instruction set: the single source for the C verifier
	 * (verify.c), the C interpreter (interp.c), the Go encoder and the
	 * disassembler (offload/opcodes_gen.go, generated by `go generate ./offload`).
	 *
	 * An instruction is 8 bytes: op, a, b, c as little-endian uint16.  Each row
	 * gives the mnemonic and what a, b and c are:
	 *
	 *   __   unused (must be 0)            K    constant-pool index
	 *   RI   integer register (s64, bool)  IMM  signed 16-bit immediate
	 *   RF   flonum register               J    jump target: an instruction index
	 *   RB   bytevector register pair           in the same function
	 *        (pointer in r, length in r+1) FN   function index
	 *   RC   chime register                IM   import index
	 *   RW   register window base (call arguments start here; checked per call)
	 *
	 * Every register of a function has one type for the whole function, declared
	 * in its header, so checking an instruction is checking its row.  Flags:
	 *   TERM   control never falls through to the next instruction
	 *   CALL   the verifier checks the callee's parameter and result types
	 *   BRANCH c (or a, for JMP) is a jump target; a backward jump costs budget
	 *   AREAD  a register operand a is only read (without it, a names the
	 *          register the instruction writes: the verifier's guarded loops
	 *          rely on knowing every write, so a missing AREAD only makes it
	 *          stricter, never unsound)
	 *
	 * Order is the encoding: append, never reorder (the bytecode version would
	 * have to change). */
	/*  name        mnemonic     a    b    c    flags */
	case int32(OFF_NOP):
		goto L_NOP
		/* moves and constants */
		fallthrough
	case int32(OFF_MOV_I):
		goto L_MOV_I
	case int32(OFF_MOV_F):
		goto L_MOV_F
	case int32(OFF_MOV_B):
		goto L_MOV_B
	case int32(OFF_MOV_C):
		goto L_MOV_C
	case int32(OFF_LOADI):
		goto L_LOADI
	case int32(OFF_LOADK_I):
		goto L_LOADK_I
	case int32(OFF_LOADK_F):
		goto L_LOADK_F
		/* checked integer arithmetic: a = b op c, trapping where Scheme would
		 * leave the 64-bit range or divide by zero */
		fallthrough
	case int32(OFF_ADD_I):
		goto L_ADD_I
	case int32(OFF_ADDK_I):
		goto L_ADDK_I
	case int32(OFF_SUB_I):
		goto L_SUB_I
	case int32(OFF_MUL_I):
		goto L_MUL_I
	case int32(OFF_QUO_I):
		goto L_QUO_I
	case int32(OFF_REM_I):
		goto L_REM_I
	case int32(OFF_MOD_I):
		goto L_MOD_I
	case int32(OFF_NEG_I):
		goto L_NEG_I
	case int32(OFF_ABS_I):
		goto L_ABS_I
	case int32(OFF_MIN_I):
		goto L_MIN_I
	case int32(OFF_MAX_I):
		goto L_MAX_I
	case int32(OFF_AND_I):
		goto L_AND_I
	case int32(OFF_IOR_I):
		goto L_IOR_I
	case int32(OFF_XOR_I):
		goto L_XOR_I
	case int32(OFF_NOT_I):
		goto L_NOT_I
	case int32(OFF_ASH_I):
		goto L_ASH_I
	case int32(OFF_BITCOUNT_I):
		goto L_BITCOUNT_I
		/* comparisons into a boolean (0 or 1) */
		fallthrough
	case int32(OFF_EQ_I):
		goto L_EQ_I
	case int32(OFF_LT_I):
		goto L_LT_I
	case int32(OFF_LE_I):
		goto L_LE_I
	case int32(OFF_EQ_F):
		goto L_EQ_F
	case int32(OFF_LT_F):
		goto L_LT_F
	case int32(OFF_LE_F):
		goto L_LE_F
	case int32(OFF_NOT_B):
		goto L_NOT_B
		/* flonum arithmetic (IEEE, no traps); FMA_F is a = b * c + a, fused */
		fallthrough
	case int32(OFF_ADD_F):
		goto L_ADD_F
	case int32(OFF_SUB_F):
		goto L_SUB_F
	case int32(OFF_MUL_F):
		goto L_MUL_F
	case int32(OFF_DIV_F):
		goto L_DIV_F
	case int32(OFF_FMA_F):
		goto L_FMA_F
	case int32(OFF_NEG_F):
		goto L_NEG_F
	case int32(OFF_ABS_F):
		goto L_ABS_F
	case int32(OFF_MIN_F):
		goto L_MIN_F
	case int32(OFF_MAX_F):
		goto L_MAX_F
	case int32(OFF_SQRT_F):
		goto L_SQRT_F
	case int32(OFF_EXP_F):
		goto L_EXP_F
	case int32(OFF_LOG_F):
		goto L_LOG_F
	case int32(OFF_SIN_F):
		goto L_SIN_F
	case int32(OFF_COS_F):
		goto L_COS_F
	case int32(OFF_TAN_F):
		goto L_TAN_F
	case int32(OFF_ASIN_F):
		goto L_ASIN_F
	case int32(OFF_ACOS_F):
		goto L_ACOS_F
	case int32(OFF_ATAN_F):
		goto L_ATAN_F
	case int32(OFF_ATAN2_F):
		goto L_ATAN2_F
	case int32(OFF_FLOOR_F):
		goto L_FLOOR_F
	case int32(OFF_CEIL_F):
		goto L_CEIL_F
	case int32(OFF_ROUND_F):
		goto L_ROUND_F
	case int32(OFF_TRUNC_F):
		goto L_TRUNC_F
	case int32(OFF_EXPT_F):
		goto L_EXPT_F
	case int32(OFF_ISNAN_F):
		goto L_ISNAN_F
	case int32(OFF_ISINF_F):
		goto L_ISINF_F
		/* conversions; FTOI traps not-integral or integer-overflow */
		fallthrough
	case int32(OFF_ITOF):
		goto L_ITOF
	case int32(OFF_FTOI):
		goto L_FTOI
		/* branches.  JT/JF test a boolean; J<cmp>_I jump when the comparison holds;
		 * JN<cmp>_F jump when it does not (NaN makes "not <" differ from ">=") */
		fallthrough
	case int32(OFF_JMP):
		goto L_JMP
	case int32(OFF_JT):
		goto L_JT
	case int32(OFF_JF):
		goto L_JF
	case int32(OFF_JEQ_I):
		goto L_JEQ_I
	case int32(OFF_JNE_I):
		goto L_JNE_I
	case int32(OFF_JLT_I):
		goto L_JLT_I
	case int32(OFF_JLE_I):
		goto L_JLE_I
	case int32(OFF_JNEQ_F):
		goto L_JNEQ_F
	case int32(OFF_JNLT_F):
		goto L_JNLT_F
	case int32(OFF_JNLE_F):
		goto L_JNLE_F
		/* bytevectors: a = load(b at offset c); store(a at offset b) = c.  Every
		 * access is bounds-checked; a stored integer outside the element's range
		 * traps integer-overflow.  LDX/STX scale the index by the element size. */
		fallthrough
	case int32(OFF_BVLEN):
		goto L_BVLEN
	case int32(OFF_LD_U8):
		goto L_LD_U8
	case int32(OFF_LD_S8):
		goto L_LD_S8
	case int32(OFF_LD_U16):
		goto L_LD_U16
	case int32(OFF_LD_S16):
		goto L_LD_S16
	case int32(OFF_LD_U32):
		goto L_LD_U32
	case int32(OFF_LD_S32):
		goto L_LD_S32
	case int32(OFF_LD_U64):
		goto L_LD_U64
	case int32(OFF_LD_S64):
		goto L_LD_S64
	case int32(OFF_LD_F32):
		goto L_LD_F32
	case int32(OFF_LD_F64):
		goto L_LD_F64
	case int32(OFF_ST_U8):
		goto L_ST_U8
	case int32(OFF_ST_S8):
		goto L_ST_S8
	case int32(OFF_ST_U16):
		goto L_ST_U16
	case int32(OFF_ST_S16):
		goto L_ST_S16
	case int32(OFF_ST_U32):
		goto L_ST_U32
	case int32(OFF_ST_S32):
		goto L_ST_S32
	case int32(OFF_ST_U64):
		goto L_ST_U64
	case int32(OFF_ST_S64):
		goto L_ST_S64
	case int32(OFF_ST_F32):
		goto L_ST_F32
	case int32(OFF_ST_F64):
		goto L_ST_F64
	case int32(OFF_LDX_S32):
		goto L_LDX_S32
	case int32(OFF_LDX_F64):
		goto L_LDX_F64
	case int32(OFF_STX_F64):
		goto L_STX_F64
		/* fill: bytes of a = b (-128..255); copy: b's bytes from offset R[c] to a
		 * at R[c+1], R[c+2] of them (c, c+1, c+2 are integer registers) */
		fallthrough
	case int32(OFF_BVFILL):
		goto L_BVFILL
	case int32(OFF_BVCOPY):
		goto L_BVCOPY
		/* atomics on 8-byte-aligned s64 slots, sequentially consistent.
		 * AADD: a = old value, adding a.  ACAS: compare R[a] and swap in R[a+1]; a
		 * becomes the boolean result. */
		fallthrough
	case int32(OFF_ALOAD):
		goto L_ALOAD
	case int32(OFF_ASTORE):
		goto L_ASTORE
	case int32(OFF_AADD):
		goto L_AADD
	case int32(OFF_ACAS):
		goto L_ACAS
		/* effects */
		fallthrough
	case int32(OFF_CHIME):
		goto L_CHIME
		/* calls: arguments in consecutive registers from the window b, in the
		 * callee's parameter layout; the result lands in c */
		fallthrough
	case int32(OFF_CALL):
		goto L_CALL
	case int32(OFF_TAILCALL):
		goto L_TAILCALL
	case int32(OFF_CALLI):
		goto L_CALLI
	case int32(OFF_RET_I):
		goto L_RET_I
	case int32(OFF_RET_F):
		goto L_RET_F
	case int32(OFF_RET_V):
		goto L_RET_V
		/* SPSC rings laid over a bytevector (layout in nccc.h, YUNI_RING_HEADER).
		 * RINGPUT/RINGGET: R[a] is the data's start and R[a+1] its count; a
		 * becomes the result (put: boolean, all or nothing; get: bytes read).  A
		 * header that does not fit its bytevector traps out-of-bounds. */
		fallthrough
	case int32(OFF_RINGINIT):
		goto L_RINGINIT
	case int32(OFF_RINGCOUNT):
		goto L_RINGCOUNT
	case int32(OFF_RINGPUT):
		goto L_RINGPUT
	case int32(OFF_RINGGET):
		goto L_RINGGET
		/* fused arithmetic.  MADD/MSUB: a = a + b*c and a = a - b*c, rounded twice
		 * (a multiply, then an add), exactly as the two Scheme operations would be;
		 * FMA_F is the fused one */
		fallthrough
	case int32(OFF_MADD_F):
		goto L_MADD_F
	case int32(OFF_MSUB_F):
		goto L_MSUB_F
		/* counted loops.  LOOPNE/LOOPLT: a = a + 1 (trapping on overflow), then
		 * jump to c while a != b (a < b).
		 *
		 * Guarded loops: bounds checks hoisted out of a counted loop.  The shape is
		 *
		 *   g:   guard.i   i, n, @slow       0 <= i < n, or jump to @slow
		 *        guard.bvK bv, n, @slow      n elements of K bytes fit bv, or jump
		 *        ...                         (up to 8 guards, all naming n)
		 *   s:   body                        writes neither i, n nor a guarded bv
		 *   e:   loopne.i  i, n, @s          (or looplt.i) the one way back to s
		 *
		 * with no jump from outside s..e to anywhere in g+1..e.  Then 0 <= i < n
		 * holds at every instruction of the body, so the unchecked accesses below,
		 * which the verifier accepts only in such a body, on a guarded bv with i as
		 * the index, are in bounds.  The compiler emits this as a fast copy of an
		 * innermost loop in front of the ordinary (checked) one: failing a guard, or
		 * leaving the fast copy, goes on in the checked loop, so traps happen where
		 * they would have. */
		fallthrough
	case int32(OFF_LOOPNE_I):
		goto L_LOOPNE_I
	case int32(OFF_LOOPLT_I):
		goto L_LOOPLT_I
	case int32(OFF_GUARD_I):
		goto L_GUARD_I
	case int32(OFF_GUARD_BV1):
		goto L_GUARD_BV1
	case int32(OFF_GUARD_BV8):
		goto L_GUARD_BV8
	case int32(OFF_LDU_U8):
		goto L_LDU_U8
	case int32(OFF_LDXU_F64):
		goto L_LDXU_F64
	case int32(OFF_STXU_F64):
		goto L_STXU_F64
		/* compare with a constant and branch: jump to c when R[a] op b holds (b a
		 * signed 16-bit immediate) */
		fallthrough
	case int32(OFF_JEQK_I):
		goto L_JEQK_I
	case int32(OFF_JNEK_I):
		goto L_JNEK_I
	case int32(OFF_JLTK_I):
		goto L_JLTK_I
	case int32(OFF_JLEK_I):
		goto L_JLEK_I
	case int32(OFF_JGTK_I):
		goto L_JGTK_I
	case int32(OFF_JGEK_I):
		goto L_JGEK_I
		/* a scaled u32 load (table lookups: crc, hashing), as LDX_S32 */
		fallthrough
	case int32(OFF_LDX_U32):
		goto L_LDX_U32
		/* integer multiply-add, a = a + b*c: the multiply, then the add, each
		 * trapping on overflow as the two Scheme operations would */
		fallthrough
	case int32(OFF_MADD_I):
		goto L_MADD_I
		/* wrapping integer arithmetic (the (offload wrapping) names): a = b op c
		 * modulo 2^64, the result read as signed, never trapping.  SHLW: b's bits
		 * shifted left by c, SHRL: shifted right by c with zeros coming in; both
		 * give 0 for a count of 64 or more, and a negative count shifts the other
		 * way (so each is floor(u * 2^±c) mod 2^64 of b's unsigned value u) */
		fallthrough
	case int32(OFF_ADDW_I):
		goto L_ADDW_I
	case int32(OFF_SUBW_I):
		goto L_SUBW_I
	case int32(OFF_MULW_I):
		goto L_MULW_I
	case int32(OFF_SHLW_I):
		goto L_SHLW_I
	case int32(OFF_SHRL_I):
		goto L_SHRL_I
		/* R6RS's flonum division: a = b div c, b mod c, b div0 c, b mod0 c, by one
		 * formula, rounded as written, that (offload) computes the same way:
		 *   div  = c > 0 ? floor(b / c) : ceil(b / c)
		 *   mod  = b - c * div                        (the product rounded first)
		 *   div0 = mod < |c| * 0.5 ? div : (c > 0 ? div + 1 : div - 1)
		 *   mod0 = mod < |c| * 0.5 ? mod : mod - |c| */
		fallthrough
	case int32(OFF_FLDIV_F):
		goto L_FLDIV_F
	case int32(OFF_FLMOD_F):
		goto L_FLMOD_F
	case int32(OFF_FLDIV0_F):
		goto L_FLDIV0_F
	case int32(OFF_FLMOD0_F):
		goto L_FLMOD0_F
	}
	trap = int32(YUNI_TRAP_BAD_HANDLE)
	goto trapped /* not reached: the verifier checked every opcode */
	goto L_NOP
L_NOP:
	;
	ip += 16
	goto dispatch
	goto L_MOV_I
L_MOV_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	ip += 16
	goto dispatch
	goto L_MOV_F
L_MOV_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	ip += 16
	goto dispatch
	goto L_MOV_C
L_MOV_C:
	;
	*(*nccv64)(__ccgo_ptr(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*nccv64)(__ccgo_ptr(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	ip += 16
	goto dispatch
	goto L_MOV_B
L_MOV_B:
	;
	*(*nccv64)(__ccgo_ptr(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*nccv64)(__ccgo_ptr(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*nccv64)(__ccgo_ptr(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) = *(*nccv64)(__ccgo_ptr(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))
	ip += 16
	goto dispatch
	goto L_LOADI
L_LOADI:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb))
	ip += 16
	goto dispatch
	goto L_LOADK_I
L_LOADK_I:
	;
	goto L_LOADK_F
L_LOADK_F:
	;
	*(*uint64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*uint64_t)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fconsts + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	ip += 16
	goto dispatch
	goto L_ADD_I
L_ADD_I:
	;
	if libc.X__builtin_add_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), bp+8) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 8))
	ip += 16
	goto dispatch
	goto L_ADDK_I
L_ADDK_I:
	;
	if libc.X__builtin_add_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fc)), bp+16) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 16))
	ip += 16
	goto dispatch
	goto L_SUB_I
L_SUB_I:
	;
	if libc.X__builtin_sub_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), bp+24) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 24))
	ip += 16
	goto dispatch
	goto L_MUL_I
L_MUL_I:
	;
	if libc.X__builtin_mul_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), bp+32) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 32))
	ip += 16
	goto dispatch
	/* INT64_MIN / -1 overflows in C: quotient traps (Scheme's result does
	 * not fit), remainder and modulo are 0 */
	goto L_QUO_I
L_QUO_I:
	;
	x = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	y = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if y == 0 {
		trap = int32(YUNI_TRAP_DIVISION_BY_ZERO)
		goto trapped
	}
	if y == int64(-int32(1)) {
		if x == int64(-libc.Int32FromInt32(1))-libc.Int64FromInt64(0x7fffffffffffffff) {
			trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
			goto trapped
		}
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = -x
	} else {
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = x / y
	}
	ip += 16
	goto dispatch
	goto L_REM_I
L_REM_I:
	;
	x1 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	y1 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if y1 == 0 {
		trap = int32(YUNI_TRAP_DIVISION_BY_ZERO)
		goto trapped
	}
	if y1 == int64(-int32(1)) {
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = 0
	} else {
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = x1 % y1
	}
	ip += 16
	goto dispatch
	goto L_MOD_I
L_MOD_I:
	;
	x2 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	y2 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if y2 == 0 {
		trap = int32(YUNI_TRAP_DIVISION_BY_ZERO)
		goto trapped
	}
	if y2 == int64(-int32(1)) {
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = 0
	} else {
		if x2%y2 != 0 && libc.BoolInt32(x2%y2 < 0) != libc.BoolInt32(y2 < 0) {
			v21 = x2%y2 + y2
		} else {
			v21 = x2 % y2
		}
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v21
	}
	ip += 16
	goto dispatch
	goto L_NEG_I
L_NEG_I:
	;
	if libc.X__builtin_sub_overflowInt64(tls, libc.Int64FromInt32(0), *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), bp+40) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 40))
	ip += 16
	goto dispatch
	goto L_ABS_I
L_ABS_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) == int64(-libc.Int32FromInt32(1))-libc.Int64FromInt64(0x7fffffffffffffff) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) < 0 {
		v21 = -*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	} else {
		v21 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v21
	ip += 16
	goto dispatch
	goto L_MIN_I
L_MIN_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) < *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)) {
		v21 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	} else {
		v21 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v21
	ip += 16
	goto dispatch
	goto L_MAX_I
L_MAX_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) > *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)) {
		v21 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	} else {
		v21 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v21
	ip += 16
	goto dispatch
	goto L_AND_I
L_AND_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) & *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	ip += 16
	goto dispatch
	goto L_IOR_I
L_IOR_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) | *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	ip += 16
	goto dispatch
	goto L_XOR_I
L_XOR_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) ^ *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	ip += 16
	goto dispatch
	goto L_NOT_I
L_NOT_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = ^*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	ip += 16
	goto dispatch
	goto L_ASH_I
L_ASH_I:
	;
	x_ = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	n_ = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if n_ >= 0 {
		if x_ == 0 {
			r_ = 0
		} else {
			if n_ >= int64(64) {
				trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
				goto trapped
			}
			r_ = libc.Int64FromUint64(libc.Uint64FromInt64(x_) << n_)
			if r_>>n_ != x_ {
				trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
				goto trapped
			}
		}
	} else {
		if n_ <= int64(-int32(64)) {
			if x_ < 0 {
				v7 = -int32(1)
			} else {
				v7 = 0
			}
			v21 = int64(v7)
		} else {
			v21 = x_ >> -n_
		}
		r_ = v21
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = r_
	ip += 16
	goto dispatch
	goto L_BITCOUNT_I
L_BITCOUNT_I:
	;
	x3 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if x3 >= 0 {
		v21 = int64(libc.X__builtin_popcountll(tls, uint64(libc.Uint64FromInt64(x3))))
	} else {
		v21 = -int64(libc.X__builtin_popcountll(tls, uint64(^libc.Uint64FromInt64(x3)))) - int64(1)
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v21
	ip += 16
	goto dispatch
	goto L_EQ_I
L_EQ_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) == *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_LT_I
L_LT_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) < *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_LE_I
L_LE_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) <= *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_EQ_F
L_EQ_F:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) == *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_LT_F
L_LT_F:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) < *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_LE_F
L_LE_F:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) <= *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_NOT_B
L_NOT_B:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) == 0)
	ip += 16
	goto dispatch
	goto L_ADD_F
L_ADD_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) + *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	ip += 16
	goto dispatch
	goto L_SUB_F
L_SUB_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) - *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	ip += 16
	goto dispatch
	goto L_MUL_F
L_MUL_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = float64(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) * *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_DIV_F
L_DIV_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) / *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	ip += 16
	goto dispatch
	goto L_FMA_F
L_FMA_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = fl_fma(tls, *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)))
	ip += 16
	goto dispatch
	goto L_NEG_F
L_NEG_F:
	;
	x4 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = -x4
	ip += 16
	goto dispatch
	goto L_ABS_F
L_ABS_F:
	;
	x5 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Xfabs(tls, x5)
	ip += 16
	goto dispatch
	goto L_MIN_F
L_MIN_F:
	;
	x6 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	y3 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	*(*float64)(unsafe.Pointer(&__u)) = x6
	v10 = *(*uint64)(unsafe.Pointer(&__u))
	goto _11
_11:
	;
	if v14 = libc.BoolInt32(v10&(-libc.Uint64FromUint64(1)>>libc.Int32FromInt32(1)) > libc.Uint64FromUint64(0x7ff)<<libc.Int32FromInt32(52)) != 0; !v14 {
		*(*float64)(unsafe.Pointer(&__u)) = y3
		v12 = *(*uint64)(unsafe.Pointer(&__u))
		goto _13
	_13:
	}
	if v14 || libc.BoolInt32(v12&(-libc.Uint64FromUint64(1)>>libc.Int32FromInt32(1)) > libc.Uint64FromUint64(0x7ff)<<libc.Int32FromInt32(52)) != 0 {
		v9 = float64(libc.X__builtin_nanf(tls, __ccgo_ts+3546))
	} else {
		if x6 < y3 {
			v15 = x6
		} else {
			v15 = y3
		}
		v9 = v15
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch
	goto L_MAX_F
L_MAX_F:
	;
	x7 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	y4 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	*(*float64)(unsafe.Pointer(&__u)) = x7
	v10 = *(*uint64)(unsafe.Pointer(&__u))
	goto _18
_18:
	;
	if v14 = libc.BoolInt32(v10&(-libc.Uint64FromUint64(1)>>libc.Int32FromInt32(1)) > libc.Uint64FromUint64(0x7ff)<<libc.Int32FromInt32(52)) != 0; !v14 {
		*(*float64)(unsafe.Pointer(&__u)) = y4
		v12 = *(*uint64)(unsafe.Pointer(&__u))
		goto _20
	_20:
	}
	if v14 || libc.BoolInt32(v12&(-libc.Uint64FromUint64(1)>>libc.Int32FromInt32(1)) > libc.Uint64FromUint64(0x7ff)<<libc.Int32FromInt32(52)) != 0 {
		v9 = float64(libc.X__builtin_nanf(tls, __ccgo_ts+3546))
	} else {
		if x7 > y4 {
			v15 = x7
		} else {
			v15 = y4
		}
		v9 = v15
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch
	goto L_SQRT_F
L_SQRT_F:
	;
	x8 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_sqrt(tls, x8)
	ip += 16
	goto dispatch
	goto L_EXP_F
L_EXP_F:
	;
	x9 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_exp(tls, x9)
	ip += 16
	goto dispatch
	goto L_LOG_F
L_LOG_F:
	;
	x10 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_log(tls, x10)
	ip += 16
	goto dispatch
	goto L_SIN_F
L_SIN_F:
	;
	x11 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_sin(tls, x11)
	ip += 16
	goto dispatch
	goto L_COS_F
L_COS_F:
	;
	x12 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_cos(tls, x12)
	ip += 16
	goto dispatch
	goto L_TAN_F
L_TAN_F:
	;
	x13 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_tan(tls, x13)
	ip += 16
	goto dispatch
	goto L_ASIN_F
L_ASIN_F:
	;
	x14 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_asin(tls, x14)
	ip += 16
	goto dispatch
	goto L_ACOS_F
L_ACOS_F:
	;
	x15 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_acos(tls, x15)
	ip += 16
	goto dispatch
	goto L_ATAN_F
L_ATAN_F:
	;
	x16 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_atan(tls, x16)
	ip += 16
	goto dispatch
	goto L_ATAN2_F
L_ATAN2_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_atan2(tls, *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_FLOOR_F
L_FLOOR_F:
	;
	x17 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if x17 != x17 {
		v9 = x17
	} else {
		v9 = yuni__libm_floor(tls, x17)
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch
	goto L_CEIL_F
L_CEIL_F:
	;
	x18 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if x18 != x18 {
		v9 = x18
	} else {
		v9 = yuni__libm_ceil(tls, x18)
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch
	goto L_ROUND_F
L_ROUND_F:
	;
	x19 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if x19 != x19 {
		v9 = x19
	} else {
		v9 = yuni__libm_nearbyint(tls, x19)
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch /* ties to even, as R6RS flround */
	goto L_TRUNC_F
L_TRUNC_F:
	;
	x20 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if x20 != x20 {
		v9 = x20
	} else {
		v9 = yuni__libm_trunc(tls, x20)
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch
	goto L_EXPT_F
L_EXPT_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = yuni__libm_pow(tls, *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_ISNAN_F
L_ISNAN_F:
	;
	*(*float64)(unsafe.Pointer(&__u)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v10 = *(*uint64)(unsafe.Pointer(&__u))
	goto _28
_28:
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(libc.BoolInt32(v10&(-libc.Uint64FromUint64(1)>>libc.Int32FromInt32(1)) > libc.Uint64FromUint64(0x7ff)<<libc.Int32FromInt32(52)) != 0)
	ip += 16
	goto dispatch
	goto L_ISINF_F
L_ISINF_F:
	;
	*(*float64)(unsafe.Pointer(&__u)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v10 = *(*uint64)(unsafe.Pointer(&__u))
	goto _30
_30:
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(libc.BoolInt32(v10&(-libc.Uint64FromUint64(1)>>libc.Int32FromInt32(1)) == libc.Uint64FromUint64(0x7ff)<<libc.Int32FromInt32(52)) != 0)
	ip += 16
	goto dispatch
	goto L_ITOF
L_ITOF:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = float64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)))
	ip += 16
	goto dispatch
	goto L_FTOI
L_FTOI:
	;
	x21 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	*(*float64)(unsafe.Pointer(&__u)) = x21
	v10 = *(*uint64)(unsafe.Pointer(&__u))
	goto _32
_32:
	;
	if !(libc.BoolInt32(v10&(-libc.Uint64FromUint64(1)>>libc.Int32FromInt32(1)) < libc.Uint64FromUint64(0x7ff)<<libc.Int32FromInt32(52)) != 0) || x21 != math.Trunc(x21) {
		trap = int32(YUNI_TRAP_NOT_INTEGRAL)
		goto trapped
	}
	if x21 < -libc.Float64FromFloat64(9.223372036854776e+18) || x21 >= float64(9.223372036854776e+18) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = int64(x21)
	ip += 16
	goto dispatch
	goto L_JMP
L_JMP:
	;
	to_ = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*16
	if v14 = to_ <= ip; v14 {
		v1 = budget
		budget = budget - 1
	}
	if v14 && v1 == uint64(0) {
		if v211 = Xoff_interrupt != 0; v211 {
			{
				__atomic_load_ptr1 = Xoff_interrupt
				libc.X__atomic_loadUint32(tls, __atomic_load_ptr1, bp+48, int32(memory_order_relaxed))
				v35 = *(*uint32_t)(__ccgo_ptr(bp + 48))
			}
		}
		if v34 = v211 && v35 != 0; !v34 {
			{
				__atomic_load_ptr2 = dying
				libc.X__atomic_loadUint32(tls, __atomic_load_ptr2, bp+52, int32(memory_order_relaxed))
				v37 = *(*uint32_t)(__ccgo_ptr(bp + 52))
			}
		}
		if v34 || v37 != 0 {
			trap = int32(YUNI_TRAP_INTERRUPTED)
			goto trapped
		}
		if reserve == uint64(0) {
			trap = int32(YUNI_TRAP_BUDGET)
			goto trapped
		}
		if reserve > uint64(65536) {
			v10 = uint64(65536)
		} else {
			v10 = reserve
		}
		budget = v10
		v1 = budget
		budget = budget - 1
		reserve = reserve - v1
	}
	ip = to_
	goto dispatch
	goto L_JT
L_JT:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) != 0 {
		to_1 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_1 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr3 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr3, bp+56, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 56))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr4 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr4, bp+60, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 60))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_1
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JF
L_JF:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) == 0 {
		to_2 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_2 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr5 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr5, bp+64, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 64))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr6 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr6, bp+68, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 68))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_2
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JEQ_I
L_JEQ_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) == *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) {
		to_3 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_3 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr7 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr7, bp+72, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 72))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr8 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr8, bp+76, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 76))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_3
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JNE_I
L_JNE_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) != *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) {
		to_4 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_4 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr9 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr9, bp+80, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 80))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr10 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr10, bp+84, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 84))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_4
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JLT_I
L_JLT_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) < *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) {
		to_5 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_5 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr11 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr11, bp+88, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 88))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr12 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr12, bp+92, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 92))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_5
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JLE_I
L_JLE_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) <= *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) {
		to_6 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_6 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr13 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr13, bp+96, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 96))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr14 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr14, bp+100, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 100))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_6
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JNEQ_F
L_JNEQ_F:
	;
	if !(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) == *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) {
		to_7 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_7 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr15 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr15, bp+104, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 104))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr16 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr16, bp+108, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 108))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_7
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JNLT_F
L_JNLT_F:
	;
	if !(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) < *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) {
		to_8 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_8 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr17 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr17, bp+112, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 112))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr18 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr18, bp+116, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 116))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_8
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JNLE_F
L_JNLE_F:
	;
	if !(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) <= *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) {
		to_9 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_9 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr19 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr19, bp+120, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 120))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr20 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr20, bp+124, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 124))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_9
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_BVLEN
L_BVLEN:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint64(*(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)))
	ip += 16
	goto dispatch
	goto L_LD_U8
L_LD_U8:
	;
	off_ = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_ >= 0 && libc.Uint64FromInt64(off_) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_) >= libc.Uint64FromInt32(libc.Int32FromInt32(1))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+128, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_), uint64(1))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint8(*(*uint8_t)(__ccgo_ptr(bp + 128)))
	ip += 16
	goto dispatch
	goto L_LD_S8
L_LD_S8:
	;
	off_1 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_1 >= 0 && libc.Uint64FromInt64(off_1) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_1) >= libc.Uint64FromInt32(libc.Int32FromInt32(1))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+129, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_1), uint64(1))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = int64(*(*int8_t)(__ccgo_ptr(bp + 129)))
	ip += 16
	goto dispatch
	goto L_LD_U16
L_LD_U16:
	;
	off_2 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_2 >= 0 && libc.Uint64FromInt64(off_2) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_2) >= libc.Uint64FromInt32(libc.Int32FromInt32(2))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+130, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_2), uint64(2))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint16(*(*uint16_t)(__ccgo_ptr(bp + 130)))
	ip += 16
	goto dispatch
	goto L_LD_S16
L_LD_S16:
	;
	off_3 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_3 >= 0 && libc.Uint64FromInt64(off_3) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_3) >= libc.Uint64FromInt32(libc.Int32FromInt32(2))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+132, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_3), uint64(2))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = int64(*(*int16_t)(__ccgo_ptr(bp + 132)))
	ip += 16
	goto dispatch
	goto L_LD_U32
L_LD_U32:
	;
	off_4 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_4 >= 0 && libc.Uint64FromInt64(off_4) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_4) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+136, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_4), uint64(4))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint32(*(*uint32_t)(__ccgo_ptr(bp + 136)))
	ip += 16
	goto dispatch
	goto L_LD_S32
L_LD_S32:
	;
	off_5 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_5 >= 0 && libc.Uint64FromInt64(off_5) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_5) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+140, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_5), uint64(4))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = int64(*(*int32_t)(__ccgo_ptr(bp + 140)))
	ip += 16
	goto dispatch
	goto L_LD_U64
L_LD_U64:
	;
	off = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off >= 0 && libc.Uint64FromInt64(off) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+144, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off), uint64(8))
	if *(*uint64_t)(__ccgo_ptr(bp + 144)) > libc.Uint64FromInt64(libc.Int64FromInt64(INT64_MAX1)) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	} /* Scheme would give a bignum */
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint64(*(*uint64_t)(__ccgo_ptr(bp + 144)))
	ip += 16
	goto dispatch
	goto L_LD_S64
L_LD_S64:
	;
	off_6 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_6 >= 0 && libc.Uint64FromInt64(off_6) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_6) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+152, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_6), uint64(8))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 152))
	ip += 16
	goto dispatch
	goto L_LD_F32
L_LD_F32:
	;
	off_7 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_7 >= 0 && libc.Uint64FromInt64(off_7) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_7) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+160, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_7), uint64(4))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = float64(*(*float32)(__ccgo_ptr(bp + 160)))
	ip += 16
	goto dispatch
	goto L_LD_F64
L_LD_F64:
	;
	off_8 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_8 >= 0 && libc.Uint64FromInt64(off_8) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off_8) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+168, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off_8), uint64(8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(__ccgo_ptr(bp + 168))
	ip += 16
	goto dispatch
	goto L_ST_U8
L_ST_U8:
	;
	off_9 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_14 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_9 >= 0 && libc.Uint64FromInt64(off_9) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_9) >= libc.Uint64FromInt32(libc.Int32FromInt32(1))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_14 < int64(libc.Int32FromInt32(0)) || v_14 > int64(libc.Int32FromInt32(255)) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*uint8_t)(__ccgo_ptr(bp + 176)) = libc.Uint8FromInt64(v_14)
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_9), bp+176, uint64(1))
	ip += 16
	goto dispatch
	goto L_ST_S8
L_ST_S8:
	;
	off_10 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_15 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_10 >= 0 && libc.Uint64FromInt64(off_10) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_10) >= libc.Uint64FromInt32(libc.Int32FromInt32(1))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_15 < int64(-libc.Int32FromInt32(128)) || v_15 > int64(libc.Int32FromInt32(127)) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int8_t)(__ccgo_ptr(bp + 177)) = int8(v_15)
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_10), bp+177, uint64(1))
	ip += 16
	goto dispatch
	goto L_ST_U16
L_ST_U16:
	;
	off_11 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_16 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_11 >= 0 && libc.Uint64FromInt64(off_11) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_11) >= libc.Uint64FromInt32(libc.Int32FromInt32(2))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_16 < int64(libc.Int32FromInt32(0)) || v_16 > int64(libc.Int32FromInt32(65535)) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*uint16_t)(__ccgo_ptr(bp + 178)) = libc.Uint16FromInt64(v_16)
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_11), bp+178, uint64(2))
	ip += 16
	goto dispatch
	goto L_ST_S16
L_ST_S16:
	;
	off_12 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_17 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_12 >= 0 && libc.Uint64FromInt64(off_12) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_12) >= libc.Uint64FromInt32(libc.Int32FromInt32(2))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_17 < int64(-libc.Int32FromInt32(32768)) || v_17 > int64(libc.Int32FromInt32(32767)) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int16_t)(__ccgo_ptr(bp + 180)) = int16(v_17)
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_12), bp+180, uint64(2))
	ip += 16
	goto dispatch
	goto L_ST_U32
L_ST_U32:
	;
	off_13 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_18 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_13 >= 0 && libc.Uint64FromInt64(off_13) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_13) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_18 < int64(libc.Int32FromInt32(0)) || v_18 > libc.Int64FromUint32(libc.Uint32FromUint32(0xffffffff)) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*uint32_t)(__ccgo_ptr(bp + 184)) = libc.Uint32FromInt64(v_18)
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_13), bp+184, uint64(4))
	ip += 16
	goto dispatch
	goto L_ST_S32
L_ST_S32:
	;
	off_14 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_19 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_14 >= 0 && libc.Uint64FromInt64(off_14) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_14) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_19 < int64(-libc.Int32FromInt32(1)-libc.Int32FromInt32(0x7fffffff)) || v_19 > int64(libc.Int32FromInt32(INT32_MAX1)) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int32_t)(__ccgo_ptr(bp + 188)) = int32(v_19)
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_14), bp+188, uint64(4))
	ip += 16
	goto dispatch
	goto L_ST_U64
L_ST_U64:
	;
	off_15 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_20 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_15 >= 0 && libc.Uint64FromInt64(off_15) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_15) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_20 < int64(libc.Int32FromInt32(0)) || v_20 > int64(INT64_MAX1) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*uint64_t)(__ccgo_ptr(bp + 192)) = libc.Uint64FromInt64(v_20)
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_15), bp+192, uint64(8))
	ip += 16
	goto dispatch
	goto L_ST_S64
L_ST_S64:
	;
	off_16 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	v_21 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off_16 >= 0 && libc.Uint64FromInt64(off_16) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off_16) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if v_21 < int64(-libc.Int32FromInt32(1))-libc.Int64FromInt64(0x7fffffffffffffff) || v_21 > int64(INT64_MAX1) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(__ccgo_ptr(bp + 200)) = v_21
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off_16), bp+200, uint64(8))
	ip += 16
	goto dispatch
	goto L_ST_F32
L_ST_F32:
	;
	off1 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if !(off1 >= 0 && libc.Uint64FromInt64(off1) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off1) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	*(*float32)(__ccgo_ptr(bp + 208)) = float32(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off1), bp+208, uint64(4))
	ip += 16
	goto dispatch
	goto L_ST_F64
L_ST_F64:
	;
	off2 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if !(off2 >= 0 && libc.Uint64FromInt64(off2) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off2) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off2), R+uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8, uint64(8))
	ip += 16
	goto dispatch
	goto L_LDX_S32
L_LDX_S32:
	;
	if libc.X__builtin_mul_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), int64(libc.Int32FromInt32(4)), bp+216) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if !(*(*int64_t)(__ccgo_ptr(bp + 216)) >= 0 && libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 216))) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 216))) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+224, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(*(*int64_t)(__ccgo_ptr(bp + 216))), uint64(4))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = int64(*(*int32_t)(__ccgo_ptr(bp + 224)))
	ip += 16
	goto dispatch
	goto L_LDX_U32
L_LDX_U32:
	;
	if libc.X__builtin_mul_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), int64(libc.Int32FromInt32(4)), bp+232) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if !(*(*int64_t)(__ccgo_ptr(bp + 232)) >= 0 && libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 232))) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 232))) >= libc.Uint64FromInt32(libc.Int32FromInt32(4))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+240, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(*(*int64_t)(__ccgo_ptr(bp + 232))), uint64(4))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint32(*(*uint32_t)(__ccgo_ptr(bp + 240)))
	ip += 16
	goto dispatch
	goto L_LDX_F64
L_LDX_F64:
	;
	if libc.X__builtin_mul_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), int64(libc.Int32FromInt32(8)), bp+248) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if !(*(*int64_t)(__ccgo_ptr(bp + 248)) >= 0 && libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 248))) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 248))) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, bp+256, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(*(*int64_t)(__ccgo_ptr(bp + 248))), uint64(8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(__ccgo_ptr(bp + 256))
	ip += 16
	goto dispatch
	goto L_STX_F64
L_STX_F64:
	;
	*(*float64)(__ccgo_ptr(bp + 272)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if libc.X__builtin_mul_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), libc.Int64FromInt32(8), bp+264) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if !(*(*int64_t)(__ccgo_ptr(bp + 264)) >= 0 && libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 264))) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(*(*int64_t)(__ccgo_ptr(bp + 264))) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(*(*int64_t)(__ccgo_ptr(bp + 264))), bp+272, uint64(8))
	ip += 16
	goto dispatch
	goto L_BVFILL
L_BVFILL:
	;
	v2 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if v2 < int64(-int32(128)) || v2 > int64(255) {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) != 0 {
		libc.Xmemset(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)), int32(v2&libc.Int64FromInt32(255)), *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)))
	}
	ip += 16
	goto dispatch
	goto L_BVCOPY
L_BVCOPY:
	;
	from = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	to = *(*int64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fc)+int32(1))*8))
	n = *(*int64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fc)+int32(2))*8))
	if n < 0 || !(from >= 0 && libc.Uint64FromInt64(from) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(from) >= libc.Uint64FromInt64(n)) || !(to >= 0 && libc.Uint64FromInt64(to) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(to) >= libc.Uint64FromInt64(n)) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if n != 0 {
		libc.Xmemmove(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(to), *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(from), libc.Uint64FromInt64(n))
	}
	ip += 16
	goto dispatch
	goto L_ALOAD
L_ALOAD:
	;
	off3 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off3 >= 0 && libc.Uint64FromInt64(off3) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off3) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if uint64(*(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off3))&uint64(7) != 0 {
		trap = int32(YUNI_TRAP_MISALIGNED)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.AtomicLoadNInt64(*(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off3), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
	ip += 16
	goto dispatch
	goto L_ASTORE
L_ASTORE:
	;
	off4 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if !(off4 >= 0 && libc.Uint64FromInt64(off4) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))-libc.Uint64FromInt64(off4) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if uint64(*(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off4))&uint64(7) != 0 {
		trap = int32(YUNI_TRAP_MISALIGNED)
		goto trapped
	}
	libc.AtomicStoreNInt64(*(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(off4), *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
	ip += 16
	goto dispatch
	goto L_AADD
L_AADD:
	;
	off5 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off5 >= 0 && libc.Uint64FromInt64(off5) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off5) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if uint64(*(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off5))&uint64(7) != 0 {
		trap = int32(YUNI_TRAP_MISALIGNED)
		goto trapped
	}
	slot = *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) + uintptr(off5)
	*(*int64_t)(__ccgo_ptr(bp + 280)) = libc.AtomicLoadNInt64(slot, libc.Int32FromInt32(__ATOMIC_RELAXED))
	for cond := true; cond; cond = !(_atomic_compare_exchange_n(tls, slot, bp+280, *(*int64_t)(__ccgo_ptr(bp + 288)), int32(1), int32(__ATOMIC_SEQ_CST), __ATOMIC_RELAXED) != 0) { /* a CAS loop rather than fetch_add: an overflowing add must trap, not store */
		if libc.X__builtin_add_overflowInt64(tls, *(*int64_t)(__ccgo_ptr(bp + 280)), *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)), bp+288) != 0 {
			trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
			goto trapped
		}
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 280))
	ip += 16
	goto dispatch
	goto L_ACAS
L_ACAS:
	;
	off6 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if !(off6 >= 0 && libc.Uint64FromInt64(off6) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8))-libc.Uint64FromInt64(off6) >= libc.Uint64FromInt32(libc.Int32FromInt32(8))) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	if uint64(*(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off6))&uint64(7) != 0 {
		trap = int32(YUNI_TRAP_MISALIGNED)
		goto trapped
	}
	*(*int64_t)(__ccgo_ptr(bp + 296)) = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))
	swapped = libc.Uint8FromInt32(libc.BoolInt32(_atomic_compare_exchange_n(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(off6), bp+296, *(*int64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8)), 0, int32(__ATOMIC_SEQ_CST), int32(__ATOMIC_SEQ_CST)) != 0))
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint8(swapped)
	ip += 16
	goto dispatch
	goto L_RINGINIT
L_RINGINIT:
	;
	cap1 = Xoff_ring_init(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)))
	if cap1 < 0 {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = cap1
	ip += 16
	goto dispatch
	goto L_RINGCOUNT
L_RINGCOUNT:
	;
	n1 = Xoff_ring_count(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)))
	if n1 < 0 {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = n1
	ip += 16
	goto dispatch
	goto L_RINGPUT
L_RINGPUT:
	;
	start = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))
	n2 = *(*int64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))
	if n2 < 0 || !(start >= 0 && libc.Uint64FromInt64(start) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fc)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fc)+int32(1))*8))-libc.Uint64FromInt64(start) >= libc.Uint64FromInt64(n2)) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	put = Xoff_ring_put(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)), *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))+uintptr(start), libc.Uint64FromInt64(n2))
	if put < 0 {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.BoolInt64(put > 0 || n2 == 0)
	ip += 16
	goto dispatch
	goto L_RINGGET
L_RINGGET:
	;
	start1 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))
	n3 = *(*int64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))
	if n3 < 0 || !(start1 >= 0 && libc.Uint64FromInt64(start1) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fc)+int32(1))*8)) && *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fc)+int32(1))*8))-libc.Uint64FromInt64(start1) >= libc.Uint64FromInt64(n3)) {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	got = Xoff_ring_get(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)+int32(1))*8)), *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))+uintptr(start1), libc.Uint64FromInt64(n3))
	if got < 0 {
		trap = int32(YUNI_TRAP_OUT_OF_BOUNDS)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = got
	ip += 16
	goto dispatch
	goto L_CHIME
L_CHIME:
	;
	if !(Xyuni__offload_ring != 0) || (*(*func(*libc.TLS, uintptr) int32_t)(unsafe.Pointer(&struct{ uintptr }{Xyuni__offload_ring})))(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))) != YUNI_OK {
		trap = int32(YUNI_TRAP_BAD_HANDLE)
		goto trapped
	}
	ip += 16
	goto dispatch
	goto L_MADD_F
L_MADD_F:
	;
	product_ = float64(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) * *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	product_ = yuni__rounded(tls, product_)
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) + product_
	ip += 16
	goto dispatch
	goto L_MSUB_F
L_MSUB_F:
	;
	product_1 = float64(*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) * *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	product_1 = yuni__rounded(tls, product_1)
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) - product_1
	ip += 16
	goto dispatch
	goto L_MADD_I
L_MADD_I:
	;
	if libc.X__builtin_mul_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), bp+304) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if libc.X__builtin_add_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)), *(*int64_t)(__ccgo_ptr(bp + 304)), bp+312) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 312))
	ip += 16
	goto dispatch
	goto L_ADDW_I
L_ADDW_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint64(libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) + libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))))
	ip += 16
	goto dispatch
	goto L_SUBW_I
L_SUBW_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint64(libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) - libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))))
	ip += 16
	goto dispatch
	goto L_MULW_I
L_MULW_I:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint64(libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) * libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))))
	ip += 16
	goto dispatch
	goto L_SHLW_I
L_SHLW_I:
	;
	x22 = libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)))
	n4 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if n4 >= int64(64) || n4 <= int64(-int32(64)) {
		v10 = uint64(0)
	} else {
		if n4 >= 0 {
			v12 = x22 << n4
		} else {
			v12 = x22 >> -n4
		}
		v10 = v12
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint64(v10)
	ip += 16
	goto dispatch
	goto L_FLDIV_F
L_FLDIV_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = fl_div(tls, *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)))
	ip += 16
	goto dispatch
	goto L_FLMOD_F
L_FLMOD_F:
	;
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = fl_mod(tls, *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)), fl_div(tls, *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)), *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))))
	ip += 16
	goto dispatch
	goto L_FLDIV0_F
L_FLDIV0_F:
	;
	x23 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	y5 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	d = fl_div(tls, x23, y5)
	m = fl_mod(tls, x23, y5, d)
	if m < float64(libc.Xfabs(tls, y5)*float64(0.5)) {
		v9 = d
	} else {
		if y5 > libc.Float64FromInt32(0) {
			v15 = d + libc.Float64FromInt32(1)
		} else {
			v15 = d - libc.Float64FromInt32(1)
		}
		v9 = v15
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch
	goto L_FLMOD0_F
L_FLMOD0_F:
	;
	x24 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	y6 = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	m1 = fl_mod(tls, x24, y6, fl_div(tls, x24, y6))
	if m1 < float64(libc.Xfabs(tls, y6)*float64(0.5)) {
		v9 = m1
	} else {
		v9 = m1 - libc.Xfabs(tls, y6)
	}
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = v9
	ip += 16
	goto dispatch
	goto L_SHRL_I
L_SHRL_I:
	;
	x25 = libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)))
	n5 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	if n5 >= int64(64) || n5 <= int64(-int32(64)) {
		v10 = uint64(0)
	} else {
		if n5 >= 0 {
			v12 = x25 >> n5
		} else {
			v12 = x25 << -n5
		}
		v10 = v12
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint64(v10)
	ip += 16
	goto dispatch
	goto L_LOOPNE_I
L_LOOPNE_I:
	;
	n_1 = *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))
	if libc.X__builtin_add_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)), libc.Int64FromInt32(1), bp+320) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*int64_t)(__ccgo_ptr(bp + 320))
	if *(*int64_t)(__ccgo_ptr(bp + 320)) != n_1 {
		to_10 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_10 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr21 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr21, bp+328, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 328))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr22 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr22, bp+332, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 332))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_10
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_LOOPLT_I
L_LOOPLT_I:
	;
	if libc.X__builtin_add_overflowInt64(tls, *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)), libc.Int64FromInt32(1), R+uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8) != 0 {
		trap = int32(YUNI_TRAP_INTEGER_OVERFLOW)
		goto trapped
	}
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) < *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) {
		to_11 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_11 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr23 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr23, bp+336, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 336))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr24 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr24, bp+340, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 340))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_11
		goto dispatch
	}
	ip += 16
	goto dispatch
	/* guards jump (to the checked loop) when they cannot vouch for the
	 * guarded loop that follows them; see opcodes.def */
	goto L_GUARD_I
L_GUARD_I:
	;
	if !(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) >= 0 && *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) < *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) {
		to_12 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_12 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr25 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr25, bp+344, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 344))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr26 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr26, bp+348, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 348))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_12
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_GUARD_BV1
L_GUARD_BV1:
	;
	if !(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) >= 0 && libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))) {
		to_13 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_13 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr27 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr27, bp+352, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 352))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr28 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr28, bp+356, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 356))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_13
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_GUARD_BV8
L_GUARD_BV8:
	;
	if !(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) >= 0 && libc.Uint64FromInt64(*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))) <= *(*uint64_t)(unsafe.Pointer(R + uintptr(libc.Int32FromUint16((*off_ins)(unsafe.Pointer(ip)).Fa)+int32(1))*8))/uint64(8)) {
		to_14 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_14 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr29 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr29, bp+360, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 360))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr30 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr30, bp+364, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 364))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_14
		goto dispatch
	}
	ip += 16
	goto dispatch
	/* unchecked accesses: the verifier accepted them only inside a guarded
	 * loop, where 0 <= index < n and n elements fit the bytevector */
	goto L_LDU_U8
L_LDU_U8:
	;
	*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = libc.Int64FromUint8(*(*uint8_t)(__ccgo_ptr(*(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8)) + uintptr(*(*uint64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))))))
	ip += 16
	goto dispatch
	goto L_LDXU_F64
L_LDXU_F64:
	;
	libc.Xmemcpy(tls, bp+368, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))+uintptr(*(*uint64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))*uint64(8)), uint64(8))
	*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) = *(*float64)(__ccgo_ptr(bp + 368))
	ip += 16
	goto dispatch
	goto L_STXU_F64
L_STXU_F64:
	;
	*(*float64)(__ccgo_ptr(bp + 376)) = *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8))
	libc.Xmemcpy(tls, *(*uintptr)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))+uintptr(*(*uint64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8))*uint64(8)), bp+376, uint64(8))
	ip += 16
	goto dispatch
	goto L_JEQK_I
L_JEQK_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) == int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)) {
		to_15 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_15 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr31 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr31, bp+384, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 384))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr32 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr32, bp+388, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 388))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_15
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JNEK_I
L_JNEK_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) != int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)) {
		to_16 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_16 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr33 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr33, bp+392, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 392))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr34 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr34, bp+396, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 396))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_16
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JLTK_I
L_JLTK_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) < int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)) {
		to_17 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_17 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr35 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr35, bp+400, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 400))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr36 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr36, bp+404, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 404))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_17
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JLEK_I
L_JLEK_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) <= int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)) {
		to_18 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_18 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr37 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr37, bp+408, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 408))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr38 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr38, bp+412, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 412))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_18
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JGTK_I
L_JGTK_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) > int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)) {
		to_19 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_19 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr39 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr39, bp+416, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 416))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr40 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr40, bp+420, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 420))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_19
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_JGEK_I
L_JGEK_I:
	;
	if *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8)) >= int64(libc.Int16FromUint16((*off_ins)(unsafe.Pointer(ip)).Fb)) {
		to_20 = code + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*16
		if v14 = to_20 <= ip; v14 {
			v1 = budget
			budget = budget - 1
		}
		if v14 && v1 == uint64(0) {
			if v211 = Xoff_interrupt != 0; v211 {
				{
					__atomic_load_ptr41 = Xoff_interrupt
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr41, bp+424, int32(memory_order_relaxed))
					v35 = *(*uint32_t)(__ccgo_ptr(bp + 424))
				}
			}
			if v34 = v211 && v35 != 0; !v34 {
				{
					__atomic_load_ptr42 = dying
					libc.X__atomic_loadUint32(tls, __atomic_load_ptr42, bp+428, int32(memory_order_relaxed))
					v37 = *(*uint32_t)(__ccgo_ptr(bp + 428))
				}
			}
			if v34 || v37 != 0 {
				trap = int32(YUNI_TRAP_INTERRUPTED)
				goto trapped
			}
			if reserve == uint64(0) {
				trap = int32(YUNI_TRAP_BUDGET)
				goto trapped
			}
			if reserve > uint64(65536) {
				v10 = uint64(65536)
			} else {
				v10 = reserve
			}
			budget = v10
			v1 = budget
			budget = budget - 1
			reserve = reserve - v1
		}
		ip = to_20
		goto dispatch
	}
	ip += 16
	goto dispatch
	goto L_CALL
L_CALL:
	;
	callee_ = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*128
	frame_ = R + uintptr((*off_func)(unsafe.Pointer(fn)).Fnregs)*8
	if depth+uint32(1) >= uint32(YUNI_OFFLOAD_CALL_DEPTH) || uint64((*off_func)(unsafe.Pointer(callee_)).Fnregs) > libc.Uint64FromInt64((int64((*off_stack)(unsafe.Pointer(s)).Fend)-int64(frame_))/8) {
		trap = int32(YUNI_TRAP_CALL_DEPTH)
		goto trapped
	}
	v1 = budget
	budget = budget - 1
	if v1 == uint64(0) {
		if v14 = Xoff_interrupt != 0; v14 {
			{
				__atomic_load_ptr43 = Xoff_interrupt
				libc.X__atomic_loadUint32(tls, __atomic_load_ptr43, bp+432, int32(memory_order_relaxed))
				v35 = *(*uint32_t)(__ccgo_ptr(bp + 432))
			}
		}
		if v211 = v14 && v35 != 0; !v211 {
			{
				__atomic_load_ptr44 = dying
				libc.X__atomic_loadUint32(tls, __atomic_load_ptr44, bp+436, int32(memory_order_relaxed))
				v37 = *(*uint32_t)(__ccgo_ptr(bp + 436))
			}
		}
		if v211 || v37 != 0 {
			trap = int32(YUNI_TRAP_INTERRUPTED)
			goto trapped
		}
		if reserve == uint64(0) {
			trap = int32(YUNI_TRAP_BUDGET)
			goto trapped
		}
		if reserve > uint64(65536) {
			v10 = uint64(65536)
		} else {
			v10 = reserve
		}
		budget = v10
		v1 = budget
		budget = budget - 1
		reserve = reserve - v1
	} /* few: a loop beats a memcpy call */
	i_1 = uint32(0)
	for {
		if !(i_1 < uint32((*off_func)(unsafe.Pointer(callee_)).Fsig.Fnslots)) {
			break
		}
		*(*nccv64)(__ccgo_ptr(frame_ + uintptr(i_1)*8)) = *(*nccv64)(__ccgo_ptr(R + uintptr(uint32((*off_ins)(unsafe.Pointer(ip)).Fb)+i_1)*8))
		goto _215
	_215:
		;
		i_1 = i_1 + 1
	}
	i_2 = uint32(0)
	for {
		if !(i_2 < uint32((*off_func)(unsafe.Pointer(callee_)).Fnclear)) {
			break
		}
		*(*uint64_t)(unsafe.Pointer(frame_ + uintptr(*(*uint16_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(callee_)).Fclear + uintptr(i_2)*2)))*8)) = uint64(0)
		goto _216
	_216:
		;
		i_2 = i_2 + 1
	}
	*(*off_frame)(__ccgo_ptr(s + 40 + uintptr(depth)*32)) = off_frame{
		Fip:  ip + uintptr(1)*16,
		FR:   R,
		Ffn:  fn,
		Fdst: uint32((*off_ins)(unsafe.Pointer(ip)).Fc),
	}
	depth = depth + 1
	R = frame_
	fn = callee_
	v217 = (*off_func)(unsafe.Pointer(fn)).Fcode
	code = v217
	ip = v217
	goto dispatch
	goto L_TAILCALL
L_TAILCALL:
	;
	callee = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*128
	if uint64((*off_func)(unsafe.Pointer(callee)).Fnregs) > libc.Uint64FromInt64((int64((*off_stack)(unsafe.Pointer(s)).Fend)-int64(R))/8) {
		trap = int32(YUNI_TRAP_CALL_DEPTH)
		goto trapped
	}
	v1 = budget
	budget = budget - 1
	if v1 == uint64(0) {
		if v14 = Xoff_interrupt != 0; v14 {
			{
				__atomic_load_ptr45 = Xoff_interrupt
				libc.X__atomic_loadUint32(tls, __atomic_load_ptr45, bp+440, int32(memory_order_relaxed))
				v35 = *(*uint32_t)(__ccgo_ptr(bp + 440))
			}
		}
		if v211 = v14 && v35 != 0; !v211 {
			{
				__atomic_load_ptr46 = dying
				libc.X__atomic_loadUint32(tls, __atomic_load_ptr46, bp+444, int32(memory_order_relaxed))
				v37 = *(*uint32_t)(__ccgo_ptr(bp + 444))
			}
		}
		if v211 || v37 != 0 {
			trap = int32(YUNI_TRAP_INTERRUPTED)
			goto trapped
		}
		if reserve == uint64(0) {
			trap = int32(YUNI_TRAP_BUDGET)
			goto trapped
		}
		if reserve > uint64(65536) {
			v10 = uint64(65536)
		} else {
			v10 = reserve
		}
		budget = v10
		v1 = budget
		budget = budget - 1
		reserve = reserve - v1
	}
	libc.Xmemmove(tls, R, R+uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8, uint64((*off_func)(unsafe.Pointer(callee)).Fsig.Fnslots)*uint64(8))
	i = uint32(0)
	for {
		if !(i < uint32((*off_func)(unsafe.Pointer(callee)).Fnclear)) {
			break
		}
		*(*uint64_t)(unsafe.Pointer(R + uintptr(*(*uint16_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(callee)).Fclear + uintptr(i)*2)))*8)) = uint64(0)
		goto _225
	_225:
		;
		i = i + 1
	}
	fn = callee
	v217 = (*off_func)(unsafe.Pointer(fn)).Fcode
	code = v217
	ip = v217
	goto dispatch
	goto L_CALLI
L_CALLI:
	;
	im = (*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*88
	*(*[2]nccv64)(__ccgo_ptr(bp + 448)) = [2]nccv64{}
	{
		__atomic_load_ptr47 = im + 80
		_atomic_loadUintptr(tls, __atomic_load_ptr47, bp+464, int32(memory_order_acquire))
		v227 = *(*nccc_call_t)(__ccgo_ptr(bp + 464))
	}
	f = v227
	/* a nested invocation from inside the import starts above this frame */
	saved_top = (*off_stack)(unsafe.Pointer(s)).Ftop
	saved_depth = (*off_stack)(unsafe.Pointer(s)).Fdepth
	(*off_stack)(unsafe.Pointer(s)).Ftop = R + uintptr((*off_func)(unsafe.Pointer(fn)).Fnregs)*8
	(*off_stack)(unsafe.Pointer(s)).Fdepth = depth + uint32(1) /* the import's own frame: nesting through the host counts */
	(*(*func(*libc.TLS, uintptr, uintptr))(unsafe.Pointer(&struct{ uintptr }{f})))(tls, R+uintptr((*off_ins)(unsafe.Pointer(ip)).Fb)*8, bp+448)
	(*off_stack)(unsafe.Pointer(s)).Ftop = saved_top
	(*off_stack)(unsafe.Pointer(s)).Fdepth = saved_depth
	switch libc.Int32FromUint8((*off_import)(unsafe.Pointer(im)).Fsig.Fresult) {
	case int32(OFF_V_S64):
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)) = *(*int64_t)(unsafe.Pointer(bp + 448))
	case int32(OFF_V_BOOL):
		*(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)) = libc.BoolInt64(*(*int32_t)(unsafe.Pointer(&(*(*[2]nccv64)(__ccgo_ptr(bp + 448)))[0])) != 0)
	case int32(OFF_V_F64):
		*(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fc)*8)) = *(*float64)(unsafe.Pointer(bp + 448))
	default:
		break
	}
	ip += 16
	goto dispatch
	goto L_RET_I
L_RET_I:
	;
	v_29 = *(*nccv64)(unsafe.Pointer(&struct{ f int64 }{f: *(*int64_t)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))}))
	if depth == base_depth {
		*(*nccv64)(result) = v_29
		return int32(YUNI_TRAP_NONE)
	}
	depth = depth - 1
	v35 = depth
	fr_ = s + 40 + uintptr(v35)*32
	R = (*off_frame)(unsafe.Pointer(fr_)).FR
	*(*nccv64)(__ccgo_ptr(R + uintptr((*off_frame)(unsafe.Pointer(fr_)).Fdst)*8)) = v_29
	fn = (*off_frame)(unsafe.Pointer(fr_)).Ffn
	code = (*off_func)(unsafe.Pointer(fn)).Fcode
	ip = (*off_frame)(unsafe.Pointer(fr_)).Fip
	goto dispatch
	goto L_RET_F
L_RET_F:
	;
	v_30 = *(*nccv64)(unsafe.Pointer(&struct{ f float64 }{f: *(*float64)(unsafe.Pointer(R + uintptr((*off_ins)(unsafe.Pointer(ip)).Fa)*8))}))
	if depth == base_depth {
		*(*nccv64)(result) = v_30
		return int32(YUNI_TRAP_NONE)
	}
	depth = depth - 1
	v35 = depth
	fr_1 = s + 40 + uintptr(v35)*32
	R = (*off_frame)(unsafe.Pointer(fr_1)).FR
	*(*nccv64)(__ccgo_ptr(R + uintptr((*off_frame)(unsafe.Pointer(fr_1)).Fdst)*8)) = v_30
	fn = (*off_frame)(unsafe.Pointer(fr_1)).Ffn
	code = (*off_func)(unsafe.Pointer(fn)).Fcode
	ip = (*off_frame)(unsafe.Pointer(fr_1)).Fip
	goto dispatch
	goto L_RET_V
L_RET_V:
	;
	if depth == base_depth {
		return int32(YUNI_TRAP_NONE)
	}
	depth = depth - 1
	v35 = depth
	fr = s + 40 + uintptr(v35)*32
	R = (*off_frame)(unsafe.Pointer(fr)).FR
	fn = (*off_frame)(unsafe.Pointer(fr)).Ffn
	code = (*off_func)(unsafe.Pointer(fn)).Fcode
	ip = (*off_frame)(unsafe.Pointer(fr)).Fip
	goto dispatch
	goto trapped
trapped:
	;
	Xoff_record_trap(tls, p, e, trap, libc.Uint32FromInt64((int64(fn)-int64((*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs))/128), libc.Uint32FromInt64((int64(ip)-int64(code))/16))
	return trap
}

func Xoff_thread_code(tls *libc.TLS, p uintptr) (r uint32_t) {
	var fused uint32_t
	_ = fused
	fused = uint32(0)
	(*yuni_program_impl)(unsafe.Pointer(p)).Fnmac_loops = uint32(0)
	(*yuni_program_impl)(unsafe.Pointer(p)).Fnsmall_loops = uint32(0)
	_ = p /* the switch reads op */
	return fused
}

func Xoff_dispatch(tls *libc.TLS, in uintptr, out uintptr) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr2, e, object, s, v11, v12, v4, v8 uintptr
	var handle5, v1, v2 uintptr_t
	var index uint32_t
	var v10, v6 uint64_t
	var v3 yuni_handle_type
	var v7 bool
	var _ /* __atomic_load_tmp at bp+16 */ uint64_t
	var _ /* __atomic_load_tmp at bp+24 */ uintptr
	var _ /* __atomic_load_tmp at bp+8 */ uint64_t
	var _ /* want at bp+0 */ uint64_t
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr2, e, handle5, index, object, s, v1, v10, v11, v12, v2, v3, v4, v6, v7, v8
	if !(out != 0) {
		return
	} /* nowhere to say anything */
	if !(in != 0) {
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+3547, 0)
		return
	}
	/* Entered for the call (core.h): a destroy of the program interrupts the
	 * run and waits for it to leave; one from inside an import is refused. */
	handle5 = uint64(*(*uintptr)(unsafe.Pointer(in)))
	v1 = handle5
	v2 = v1
	v3 = int32(YUNI_HANDLE_ENTRY)
	index = uint32(v2 & uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))
	if index == uint32(0) || v2>>libc.Int32FromInt32(YUNI__HANDLE_TYPE_SHIFT)&uint64(15) != libc.Uint64FromInt32(v3) {
		v4 = libc.UintptrFromInt32(0)
		goto _5
	}
	*(*uint64_t)(__ccgo_ptr(bp)) = v2>>int32(YUNI__HANDLE_GEN_SHIFT)<<int32(4) | libc.Uint64FromInt32(v3)
	v4 = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64
	goto _5
_5:
	s = v4
	if v7 = !(s != 0); !v7 {
		{
			__atomic_load_ptr = s
			libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp+8, int32(memory_order_relaxed))
			v6 = *(*uint64_t)(__ccgo_ptr(bp + 8))
		}
	}
	if v7 || v6 != *(*uint64_t)(__ccgo_ptr(bp)) {
		v8 = libc.UintptrFromInt32(0)
		goto _9
	}
	libc.X__atomic_fetch_addUint32(tls, s+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_seq_cst))
	{
		__atomic_load_ptr1 = s
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr1, bp+16, int32(memory_order_seq_cst))
		v10 = *(*uint64_t)(__ccgo_ptr(bp + 16))
	}
	if v10 != *(*uint64_t)(__ccgo_ptr(bp)) {
		libc.X__atomic_fetch_subUint32(tls, s+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_release))
		v8 = libc.UintptrFromInt32(0)
		goto _9
	}
	{
		__atomic_load_ptr2 = s + 8
		_atomic_loadUintptr(tls, __atomic_load_ptr2, bp+24, int32(memory_order_relaxed))
		v11 = *(*uintptr)(__ccgo_ptr(bp + 24))
	}
	v8 = v11
	goto _9
_9:
	object = v8
	if object != 0 {
		Xyuni__inside_push(tls, v1)
	}
	v12 = object
	goto _13
_13:
	e = v12
	if !(e != 0) {
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+3583, 0)
		return
	}
	dispatch_entered(tls, e, in, out)
	v1 = handle5
	Xyuni__inside_pop(tls, v1)
	libc.X__atomic_fetch_subUint32(tls, uintptr(unsafe.Pointer(&Xyuni__handle_slots))+uintptr(v1&uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))*64+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_release))
}

func dispatch_entered(tls *libc.TLS, e uintptr, in uintptr, out uintptr) {
	bp := tls.Alloc(48)
	defer tls.Free(48)
	var R, __atomic_load_ptr, __atomic_load_ptr1, arg, f, p, ptr, s, v5 uintptr
	var i, i1, r, v4 uint32
	var len1 uint64_t
	var result nccv64
	var trap int32_t
	var v1, v2 uint32_t
	var _ /* __atomic_load_tmp at bp+0 */ uint32_t
	var _ /* __atomic_load_tmp at bp+4 */ uint32_t
	var _ /* here at bp+8 */ int8
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = R, __atomic_load_ptr, __atomic_load_ptr1, arg, f, i, i1, len1, p, ptr, r, result, s, trap, v1, v2, v4, v5
	{
		__atomic_load_ptr = e + 44
		libc.X__atomic_loadUint32(tls, __atomic_load_ptr, bp, int32(memory_order_acquire))
		v1 = *(*uint32_t)(__ccgo_ptr(bp))
	}
	if v1 != 0 {
		{
			__atomic_load_ptr1 = e + 44
			libc.X__atomic_loadUint32(tls, __atomic_load_ptr1, bp+4, libc.Int32FromInt32(__ATOMIC_SEQ_CST))
			v2 = *(*uint32_t)(__ccgo_ptr(bp + 4))
		}
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = Xyuni__fail(tls, -libc.Int32FromInt32(10), __ccgo_ts+3622, libc.VaList(bp+24, (*off_entry)(unsafe.Pointer(e)).Fname, v2))
		return
	}
	p = (*off_entry)(unsafe.Pointer(e)).Fprogram
	f = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr((*off_entry)(unsafe.Pointer(e)).Ffunc1)*128
	s = stack_get(tls)
	if !(s != 0) {
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = Xyuni__fail(tls, -libc.Int32FromInt32(3), __ccgo_ts+3683, libc.VaList(bp+24, (*off_entry)(unsafe.Pointer(e)).Fname))
		return
	}
	R = (*off_stack)(unsafe.Pointer(s)).Ftop
	if uint64((*off_func)(unsafe.Pointer(f)).Fnregs) > libc.Uint64FromInt64((int64((*off_stack)(unsafe.Pointer(s)).Fend)-int64(R))/8) || (*off_stack)(unsafe.Pointer(s)).Fdepth+uint32(1) >= uint32(YUNI_OFFLOAD_CALL_DEPTH) || uintptr_t(bp+8) < (*off_stack)(unsafe.Pointer(s)).Fc_low {
		Xoff_record_trap(tls, p, e, int32(YUNI_TRAP_CALL_DEPTH), (*off_entry)(unsafe.Pointer(e)).Ffunc1, uint32(0))
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = -libc.Int32FromInt32(16)
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out + 1*8)))) = int32(YUNI_TRAP_CALL_DEPTH)
		return
	}
	arg = in + uintptr(1)*8
	r = uint32(0)
	i = uint32(0)
	for {
		if !(i < uint32((*off_func)(unsafe.Pointer(f)).Fsig.Fnparams)) {
			break
		}
		switch libc.Int32FromUint8(*(*uint8_t)(__ccgo_ptr(f + 8 + 3 + uintptr(i)))) {
		case int32(OFF_V_BOOL):
			v4 = r
			r = r + 1
			*(*int64_t)(unsafe.Pointer(R + uintptr(v4)*8)) = libc.BoolInt64(*(*int32_t)(unsafe.Pointer(arg)) != 0)
			arg += 8
		case int32(OFF_V_BV):
			ptr = *(*uintptr)(unsafe.Pointer(arg))
			len1 = *(*uint64_t)(unsafe.Pointer(arg + 1*8))
			if len1 != 0 && !(ptr != 0) || len1 > libc.Uint64FromInt64(libc.Int64FromInt64(INT64_MAX1)) {
				if len1 != 0 && !(ptr != 0) {
					v5 = __ccgo_ts + 3732
				} else {
					v5 = __ccgo_ts + 3747
				}
				*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+3765, libc.VaList(bp+24, (*off_entry)(unsafe.Pointer(e)).Fname, i, v5))
				return
			}
			*(*uintptr)(unsafe.Pointer(R + uintptr(r)*8)) = ptr
			*(*uint64_t)(unsafe.Pointer(R + uintptr(r+uint32(1))*8)) = len1
			r = r + uint32(2)
			arg = arg + uintptr(2)*8
		default:
			v4 = r
			r = r + 1
			v5 = arg
			arg += 8
			*(*nccv64)(__ccgo_ptr(R + uintptr(v4)*8)) = *(*nccv64)(__ccgo_ptr(v5))
			break
		}
		goto _3
	_3:
		;
		i = i + 1
	}
	i1 = uint32(0)
	for {
		if !(i1 < uint32((*off_func)(unsafe.Pointer(f)).Fnclear)) {
			break
		}
		*(*uint64_t)(unsafe.Pointer(R + uintptr(*(*uint16_t)(__ccgo_ptr((*off_func)(unsafe.Pointer(f)).Fclear + uintptr(i1)*2)))*8)) = uint64(0)
		goto _8
	_8:
		;
		i1 = i1 + 1
	}
	result = nccv64{}
	trap = run(tls, s, p, e, R, unsafe.Pointer(&result))
	if trap != int32(YUNI_TRAP_NONE) {
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = -libc.Int32FromInt32(16)
		*(*int64_t)(unsafe.Pointer(out + 1*8)) = 0
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out + 1*8)))) = trap
		return
	}
	*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out)))) = YUNI_OK
	switch libc.Int32FromUint8((*off_func)(unsafe.Pointer(f)).Fsig.Fresult) {
	case int32(OFF_V_BOOL):
		*(*int64_t)(unsafe.Pointer(out + 1*8)) = 0
		*(*int32_t)(unsafe.Pointer(&*(*nccv64)(__ccgo_ptr(out + 1*8)))) = libc.BoolInt32(*(*int64_t)(unsafe.Pointer(&result)) != 0)
	case int32(OFF_V_VOID):
	default:
		*(*nccv64)(__ccgo_ptr(out + 1*8)) = result
	}
}

const INT32_MAX2 = 0x7fffffff
const INT64_MAX2 = 0x7fffffffffffffff
const OFF_CHECK_STEPS2 = "65536u"
const PROGRAM_DYING1 = 2147483648
const UINT32_MAX2 = "0xffffffffu"
const UINT64_MAX2 = "0xffffffffffffffffu"
const YUNI_OFFLOAD_SIG_BLOCKING1 = 2
const YUNI_OFFLOAD_SIG_GRANTED1 = 4
const YUNI_OFFLOAD_SIG_REACHES_IMPORTS1 = 8
const YUNI_OFFLOAD_SIG_REALTIME1 = 1

type __ccgo_fp__Xyuni__offload_set_compiler_0 = func(*libc.TLS, uintptr, uintptr, uint64, uintptr, uintptr, uint64) uintptr

func Xyuni__offload_set_compiler(tls *libc.TLS, __ccgo_fp_compile uintptr) {
	Xyuni__offload_compiler = __ccgo_fp_compile
}

func program_borrow(tls *libc.TLS, program uintptr) (r uintptr) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr2, s, v10, v3, v7 uintptr
	var index uint32_t
	var v1 uintptr_t
	var v2 yuni_handle_type
	var v5, v9 uint64_t
	var v6 bool
	var _ /* __atomic_load_tmp at bp+16 */ uint64_t
	var _ /* __atomic_load_tmp at bp+24 */ uintptr
	var _ /* __atomic_load_tmp at bp+8 */ uint64_t
	var _ /* want at bp+0 */ uint64_t
	_, _, _, _, _, _, _, _, _, _, _, _, _ = __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr2, index, s, v1, v10, v2, v3, v5, v6, v7, v9
	v1 = uint64(program)
	v2 = int32(YUNI_HANDLE_PROGRAM)
	index = uint32(v1 & uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))
	if index == uint32(0) || v1>>libc.Int32FromInt32(YUNI__HANDLE_TYPE_SHIFT)&uint64(15) != libc.Uint64FromInt32(v2) {
		v3 = libc.UintptrFromInt32(0)
		goto _4
	}
	*(*uint64_t)(__ccgo_ptr(bp)) = v1>>int32(YUNI__HANDLE_GEN_SHIFT)<<int32(4) | libc.Uint64FromInt32(v2)
	v3 = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64
	goto _4
_4:
	s = v3
	if v6 = !(s != 0); !v6 {
		{
			__atomic_load_ptr = s
			libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp+8, int32(memory_order_relaxed))
			v5 = *(*uint64_t)(__ccgo_ptr(bp + 8))
		}
	}
	if v6 || v5 != *(*uint64_t)(__ccgo_ptr(bp)) {
		v7 = libc.UintptrFromInt32(0)
		goto _8
	}
	libc.X__atomic_fetch_addUint32(tls, s+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_seq_cst))
	{
		__atomic_load_ptr1 = s
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr1, bp+16, int32(memory_order_seq_cst))
		v9 = *(*uint64_t)(__ccgo_ptr(bp + 16))
	}
	if v9 != *(*uint64_t)(__ccgo_ptr(bp)) {
		libc.X__atomic_fetch_subUint32(tls, s+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_release))
		v7 = libc.UintptrFromInt32(0)
		goto _8
	}
	{
		__atomic_load_ptr2 = s + 8
		_atomic_loadUintptr(tls, __atomic_load_ptr2, bp+24, int32(memory_order_relaxed))
		v10 = *(*uintptr)(__ccgo_ptr(bp + 24))
	}
	v7 = v10
	goto _8
_8:
	return v7
}

func program_return(tls *libc.TLS, program uintptr) {
	libc.X__atomic_fetch_subUint32(tls, uintptr(unsafe.Pointer(&Xyuni__handle_slots))+uintptr(uint64(program)&uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))*64+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_release))
}

func copy_error(tls *libc.TLS, err uintptr, errlen size_t, text uintptr) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	if err != 0 && errlen != 0 {
		libc.X__builtin_snprintf(tls, err, errlen, __ccgo_ts+3451, libc.VaList(bp+8, text))
	}
}

// C documentation
//
//	/* Retire the entries' handles (those registered); wait for the calls
//	 * inside them when `wait`. */
func unregister(tls *libc.TLS, p uintptr, wait int32) {
	var i, i1 uint32_t
	_, _ = i, i1
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		if (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fhandle != 0 {
			Xyuni__handle_retire_begin(tls, (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fhandle, int32(YUNI_HANDLE_ENTRY))
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	i1 = uint32(0)
	for {
		if !(wait != 0 && i1 < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		if (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i1)*48))).Fhandle != 0 {
			Xyuni__handle_retire_wait(tls, (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i1)*48))).Fhandle)
		}
		goto _2
	_2:
		;
		i1 = i1 + 1
	}
}

func count_of(tls *libc.TLS, program uintptr, which uint32_t) (r int64_t) {
	var n int64_t
	var p uintptr
	var v1, v2 uint32
	_, _, _, _ = n, p, v1, v2
	p = program_borrow(tls, program)
	if !(p != 0) {
		return int64(-int32(1))
	}
	if which == uint32(0) {
		v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnfused
	} else {
		if which == uint32(1) {
			v2 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnmac_loops
		} else {
			v2 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnsmall_loops
		}
		v1 = v2
	}
	n = libc.Int64FromUint32(v1)
	program_return(tls, program)
	return n
}

func Xyuni__offload_fused_count(tls *libc.TLS, program uintptr) (r int64_t) {
	return count_of(tls, program, uint32(0))
}

func Xyuni__offload_mac_loop_count(tls *libc.TLS, program uintptr) (r int64_t) {
	return count_of(tls, program, uint32(1))
}

func Xyuni__offload_small_loop_count(tls *libc.TLS, program uintptr) (r int64_t) {
	return count_of(tls, program, uint32(2))
}

func Xyuni__program_pin(tls *libc.TLS, p uintptr, delta int32) (r int32_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_compare_exchange_ptr, __atomic_load_ptr uintptr
	var v1 uint32_t
	var v2 int32
	var _ /* __atomic_compare_exchange_tmp at bp+8 */ uint32_t
	var _ /* __atomic_load_tmp at bp+4 */ uint32_t
	var _ /* w at bp+0 */ uint32_t
	_, _, _, _ = __atomic_compare_exchange_ptr, __atomic_load_ptr, v1, v2
	if delta < 0 {
		libc.X__atomic_fetch_subUint32(tls, p+100, libc.Uint32FromInt32(libc.Int32FromInt32(1)), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
		return YUNI_OK
	}
	{
		__atomic_load_ptr = p + 100
		libc.X__atomic_loadUint32(tls, __atomic_load_ptr, bp+4, libc.Int32FromInt32(__ATOMIC_SEQ_CST))
		v1 = *(*uint32_t)(__ccgo_ptr(bp + 4))
	}
	*(*uint32_t)(__ccgo_ptr(bp)) = v1
	for {
		if *(*uint32_t)(__ccgo_ptr(bp))&uint32(0x80000000) != 0 {
			return -libc.Int32FromInt32(2)
		}
		goto _3
	_3:
		;
		{
			__atomic_compare_exchange_ptr = p + 100
			*(*uint32_t)(__ccgo_ptr(bp + 8)) = *(*uint32_t)(__ccgo_ptr(bp)) + libc.Uint32FromInt32(1)
			v2 = libc.X__atomic_compare_exchangeUint32(tls, __atomic_compare_exchange_ptr, bp, bp+8, libc.Int32FromInt32(1), libc.Int32FromInt32(__ATOMIC_SEQ_CST), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
		}
		if !!(v2 != 0) {
			break
		}
	}
	return YUNI_OK
}

func Xyuni_offload_load(tls *libc.TLS, code uintptr, len1 size_t, out uintptr, err uintptr, errlen size_t) (r int32_t) {
	bp := tls.Alloc(528)
	defer tls.Free(528)
	var i uint32_t
	var p uintptr
	var _ /* text at bp+0 */ [512]int8
	_, _ = i, p
	*(*[512]int8)(__ccgo_ptr(bp)) = [512]int8{}
	if !(code != 0) || !(out != 0) {
		copy_error(tls, err, errlen, __ccgo_ts+3819)
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+3819, 0)
	}
	*(*uintptr)(__ccgo_ptr(out)) = libc.UintptrFromInt32(0)
	p = Xoff_load(tls, code, len1, bp, uint64(512))
	if !(p != 0) || Xoff_verify(tls, p, bp, uint64(512)) != 0 {
		Xoff_free(tls, p)
		copy_error(tls, err, errlen, bp)
		return Xyuni__fail(tls, -libc.Int32FromInt32(15), __ccgo_ts+3451, libc.VaList(bp+520, bp))
	}
	(*yuni_program_impl)(unsafe.Pointer(p)).Fnfused = Xoff_thread_code(tls, p)
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		(*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fhandle = Xyuni__handle_new(tls, int32(YUNI_HANDLE_ENTRY), (*yuni_program_impl)(unsafe.Pointer(p)).Fentries+uintptr(i)*48)
		if !((*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fhandle != 0) {
			goto full
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	(*yuni_program_impl)(unsafe.Pointer(p)).Fhandle = Xyuni__handle_new(tls, int32(YUNI_HANDLE_PROGRAM), p)
	if !((*yuni_program_impl)(unsafe.Pointer(p)).Fhandle != 0) {
		goto full
	}
	*(*uintptr)(__ccgo_ptr(out)) = uintptr((*yuni_program_impl)(unsafe.Pointer(p)).Fhandle)
	copy_error(tls, err, errlen, __ccgo_ts+3546)
	return YUNI_OK
	goto full
full:
	;
	unregister(tls, p, int32(1))
	Xoff_free(tls, p)
	copy_error(tls, err, errlen, __ccgo_ts+3858)
	return Xyuni__fail(tls, -libc.Int32FromInt32(3), __ccgo_ts+3883, 0)
}

func Xyuni_offload_compile(tls *libc.TLS, src uintptr, len1 size_t, out uintptr, err uintptr, errlen size_t) (r int32_t) {
	return Xyuni_offload_compile_named(tls, libc.UintptrFromInt32(0), src, len1, out, err, errlen)
}

func Xyuni_offload_compile_named(tls *libc.TLS, name uintptr, src uintptr, len1 size_t, out uintptr, err uintptr, errlen size_t) (r int32_t) {
	bp := tls.Alloc(1056)
	defer tls.Free(1056)
	var blob, v1 uintptr
	var rc int32_t
	var _ /* blob_len at bp+1024 */ size_t
	var _ /* text at bp+0 */ [1024]int8
	_, _, _ = blob, rc, v1
	*(*[1024]int8)(__ccgo_ptr(bp)) = [1024]int8{}
	if !(src != 0) && len1 != 0 || !(out != 0) {
		copy_error(tls, err, errlen, __ccgo_ts+3927)
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+3927, 0)
	}
	if !(name != 0) || !(*(*int8)(__ccgo_ptr(name)) != 0) {
		name = __ccgo_ts + 3968
	}
	*(*uintptr)(__ccgo_ptr(out)) = libc.UintptrFromInt32(0)
	if !(Xyuni__offload_compiler != 0) && __ccgo_fp(yunigo_offload_compile) != 0 {
		/* The host called before Go's package initialization ran (it runs
		 * on its own thread when the library loads); calling the Go export
		 * directly waits for it. */
		Xyuni__offload_compiler = __ccgo_fp(yunigo_offload_compile)
	}
	if !(Xyuni__offload_compiler != 0) {
		copy_error(tls, err, errlen, __ccgo_ts+3975)
		return Xyuni__fail(tls, -libc.Int32FromInt32(10), __ccgo_ts+3975, 0)
	}
	*(*size_t)(__ccgo_ptr(bp + 1024)) = uint64(0)
	if src != 0 {
		v1 = src
	} else {
		v1 = __ccgo_ts + 3546
	}
	blob = (*(*func(*libc.TLS, uintptr, uintptr, size_t, uintptr, uintptr, size_t) uintptr)(unsafe.Pointer(&struct{ uintptr }{Xyuni__offload_compiler})))(tls, name, v1, len1, bp+1024, bp, uint64(1024))
	if !(blob != 0) {
		copy_error(tls, err, errlen, bp)
		return Xyuni__fail(tls, -libc.Int32FromInt32(15), __ccgo_ts+3451, libc.VaList(bp+1040, bp))
	}
	rc = Xyuni_offload_load(tls, blob, *(*size_t)(__ccgo_ptr(bp + 1024)), out, err, errlen)
	libc.Xfree(tls, blob)
	return rc
}

func Xyuni_offload_destroy(tls *libc.TLS, program uintptr) (r int32_t) {
	bp := tls.Alloc(48)
	defer tls.Free(48)
	var __atomic_compare_exchange_ptr, __atomic_store_ptr, p uintptr
	var i uint32_t
	var won, v2 int32
	var _ /* __atomic_compare_exchange_tmp at bp+4 */ uint32_t
	var _ /* __atomic_store_tmp at bp+8 */ uint32_t
	var _ /* threads at bp+0 */ uint32_t
	_, _, _, _, _, _ = __atomic_compare_exchange_ptr, __atomic_store_ptr, i, p, won, v2
	p = program_borrow(tls, program)
	*(*uint32_t)(__ccgo_ptr(bp)) = uint32(0)
	if !(p != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+4026, libc.VaList(bp+24, uintptr(unsafe.Pointer(&who))))
	}
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		if Xyuni__handle_depth(tls, (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fhandle) != 0 {
			program_return(tls, program)
			return Xyuni__fail(tls, -libc.Int32FromInt32(14), __ccgo_ts+4049, libc.VaList(bp+24, uintptr(unsafe.Pointer(&who)), (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fname))
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	{
		__atomic_compare_exchange_ptr = p + 100
		*(*uint32_t)(__ccgo_ptr(bp + 4)) = libc.Uint32FromUint32(0x80000000)
		v2 = libc.X__atomic_compare_exchangeUint32(tls, __atomic_compare_exchange_ptr, bp, bp+4, libc.Int32FromInt32(0), libc.Int32FromInt32(__ATOMIC_SEQ_CST), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
	}
	/* Step 1 and the decision in one CAS: no threads, and no other destroy. */
	won = v2
	program_return(tls, program)
	if !(won != 0) && *(*uint32_t)(__ccgo_ptr(bp))&uint32(0x80000000) != 0 {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+4095, libc.VaList(bp+24, uintptr(unsafe.Pointer(&who))))
	}
	if !(won != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(14), __ccgo_ts+4122, libc.VaList(bp+24, uintptr(unsafe.Pointer(&who)), *(*uint32_t)(__ccgo_ptr(bp))))
	}
	Xyuni__handle_retire_begin(tls, uint64(program), int32(YUNI_HANDLE_PROGRAM))
	unregister(tls, p, 0)
	{
		__atomic_store_ptr = p + 104
		*(*uint32_t)(__ccgo_ptr(bp + 8)) = libc.Uint32FromInt32(libc.Int32FromInt32(1))
		libc.X__atomic_storeUint32(tls, __atomic_store_ptr, bp+8, libc.Int32FromInt32(__ATOMIC_SEQ_CST))
	}
	unregister(tls, p, int32(1))
	Xyuni__handle_retire_wait(tls, uint64(program))
	Xoff_free(tls, p)
	return YUNI_OK
}

var who = [21]int8{'y', 'u', 'n', 'i', '_', 'o', 'f', 'f', 'l', 'o', 'a', 'd', '_', 'd', 'e', 's', 't', 'r', 'o', 'y'}

func grant_in(tls *libc.TLS, p uintptr, name uintptr, __ccgo_fp_fn nccc_call_t) (r int32_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_exchange_ptr uintptr
	var e, i, k uint32_t
	var was, v2 nccc_call_t
	var _ /* __atomic_exchange_tmp at bp+8 */ nccc_call_t
	var _ /* __atomic_exchange_val at bp+0 */ nccc_call_t
	_, _, _, _, _, _ = __atomic_exchange_ptr, e, i, k, was, v2
	if !(name != 0) || !(__ccgo_fp_fn != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4179, 0)
	}
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport) {
			break
		}
		if libc.Xstrcmp(tls, (*(*off_import)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr(i)*88))).Fname, name) == 0 {
			break
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	if i == (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport {
		return Xyuni__fail(tls, -libc.Int32FromInt32(5), __ccgo_ts+4218, libc.VaList(bp+24, name))
	}
	{
		__atomic_exchange_ptr = (*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr(i)*88 + 80
		*(*nccc_call_t)(__ccgo_ptr(bp)) = __ccgo_fp_fn
		_atomic_exchangeUintptr(tls, __atomic_exchange_ptr, bp, bp+8, libc.Int32FromInt32(__ATOMIC_SEQ_CST))
		v2 = *(*nccc_call_t)(__ccgo_ptr(bp + 8))
	}
	was = v2
	if was != 0 {
		return YUNI_OK
	}
	/* First grant of this import: every entry that reaches it has one fewer
	 * missing.  Release order, so an entry that sees 0 sees every fn. */
	e = uint32(0)
	for {
		if !(e < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		k = uint32(0)
		for {
			if !(k < (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(e)*48))).Fnreach) {
				break
			}
			if *(*uint32_t)(__ccgo_ptr((*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(e)*48))).Freach + uintptr(k)*4)) == i {
				libc.X__atomic_fetch_subUint32(tls, (*yuni_program_impl)(unsafe.Pointer(p)).Fentries+uintptr(e)*48+44, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_release))
			}
			goto _4
		_4:
			;
			k = k + 1
		}
		goto _3
	_3:
		;
		e = e + 1
	}
	return YUNI_OK
}

func entry_in(tls *libc.TLS, p uintptr, name uintptr, __ccgo_fp_dispatch uintptr, ctx uintptr) (r int32_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var i uint32_t
	_ = i
	if !(name != 0) || !(__ccgo_fp_dispatch != 0) || !(ctx != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4267, 0)
	}
	i = uint32(0)
	for {
		if !(i < (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry) {
			break
		}
		if libc.Xstrcmp(tls, (*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fname, name) == 0 {
			*(*nccc_call_t)(__ccgo_ptr(__ccgo_fp_dispatch)) = __ccgo_fp(Xoff_dispatch)
			*(*uintptr)(__ccgo_ptr(ctx)) = uintptr((*(*off_entry)(__ccgo_ptr((*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(i)*48))).Fhandle)
			return YUNI_OK
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	return Xyuni__fail(tls, -libc.Int32FromInt32(5), __ccgo_ts+4301, libc.VaList(bp+8, name))
}

func set_budget_in(tls *libc.TLS, p uintptr, steps uint64_t) (r int32_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_store_ptr uintptr
	var _ /* __atomic_store_tmp at bp+0 */ uint64_t
	_ = __atomic_store_ptr
	{
		__atomic_store_ptr = p + 80
		*(*uint64_t)(__ccgo_ptr(bp)) = steps
		libc.X__atomic_storeUint64(tls, __atomic_store_ptr, bp, int32(memory_order_relaxed))
	}
	return YUNI_OK
}

func count_in(tls *libc.TLS, p uintptr, kind int32_t) (r int32_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	if kind == YUNI_OFFLOAD_ENTRIES {
		return libc.Int32FromUint32((*yuni_program_impl)(unsafe.Pointer(p)).Fnentry)
	}
	if kind == int32(YUNI_OFFLOAD_IMPORTS) {
		return libc.Int32FromUint32((*yuni_program_impl)(unsafe.Pointer(p)).Fnimport)
	}
	return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4349, libc.VaList(bp+8, kind))
}

func signature_in(tls *libc.TLS, p uintptr, kind int32_t, index int32_t, out uintptr) (r int32_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_load_ptr, e, im, sig uintptr
	var n uint32_t
	var v1, v2 uint32
	var v6 nccc_call_t
	var _ /* __atomic_load_tmp at bp+0 */ nccc_call_t
	_, _, _, _, _, _, _, _ = __atomic_load_ptr, e, im, n, sig, v1, v2, v6
	if !(out != 0) || kind != YUNI_OFFLOAD_ENTRIES && kind != int32(YUNI_OFFLOAD_IMPORTS) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4408, libc.VaList(bp+16, kind))
	}
	if kind == YUNI_OFFLOAD_ENTRIES {
		v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnentry
	} else {
		v1 = (*yuni_program_impl)(unsafe.Pointer(p)).Fnimport
	}
	n = v1
	if index < 0 || libc.Uint32FromInt32(index) >= n {
		return Xyuni__fail(tls, -libc.Int32FromInt32(6), __ccgo_ts+4463, libc.VaList(bp+16, index, n))
	}
	libc.Xmemset(tls, out, 0, uint64(88))
	if kind == YUNI_OFFLOAD_ENTRIES {
		e = (*yuni_program_impl)(unsafe.Pointer(p)).Fentries + uintptr(index)*48
		(*yuni_offload_signature)(unsafe.Pointer(out)).Fname = (*off_entry)(unsafe.Pointer(e)).Fname
		if (*off_entry)(unsafe.Pointer(e)).Frealtime != 0 {
			v1 = uint32(0x1)
		} else {
			v1 = uint32(0)
		}
		if (*off_entry)(unsafe.Pointer(e)).Fnreach != 0 {
			v2 = uint32(0x8)
		} else {
			v2 = uint32(0)
		}
		(*yuni_offload_signature)(unsafe.Pointer(out)).Fflags = v1 | v2
		sig = (*yuni_program_impl)(unsafe.Pointer(p)).Ffuncs + uintptr((*off_entry)(unsafe.Pointer(e)).Ffunc1)*128 + 8
	} else {
		im = (*yuni_program_impl)(unsafe.Pointer(p)).Fimports + uintptr(index)*88
		(*yuni_offload_signature)(unsafe.Pointer(out)).Fname = (*off_import)(unsafe.Pointer(im)).Fname
		if (*off_import)(unsafe.Pointer(im)).Fblocking != 0 {
			v1 = uint32(0x2)
		} else {
			v1 = uint32(0)
		}
		{
			__atomic_load_ptr = im + 80
			_atomic_loadUintptr(tls, __atomic_load_ptr, bp, int32(memory_order_relaxed))
			v6 = *(*nccc_call_t)(__ccgo_ptr(bp))
		}
		if v6 != 0 {
			v2 = uint32(0x4)
		} else {
			v2 = uint32(0)
		}
		(*yuni_offload_signature)(unsafe.Pointer(out)).Fflags = v1 | v2
		sig = im + 9
	}
	(*yuni_offload_signature)(unsafe.Pointer(out)).Fresult = libc.Int32FromUint8((*off_signature)(unsafe.Pointer(sig)).Fresult)
	(*yuni_offload_signature)(unsafe.Pointer(out)).Fnparams = libc.Int32FromUint8((*off_signature)(unsafe.Pointer(sig)).Fnparams)
	(*yuni_offload_signature)(unsafe.Pointer(out)).Fnslots = libc.Int32FromUint8((*off_signature)(unsafe.Pointer(sig)).Fnslots)
	libc.Xmemcpy(tls, out+24, sig+3, uint64((*off_signature)(unsafe.Pointer(sig)).Fnparams))
	return YUNI_OK
}

type __ccgo_fp__Xyuni_offload_grant_2 = func(*libc.TLS, uintptr, uintptr)

/* ---- the calls: each borrows the program around its body ---- */

func Xyuni_offload_grant(tls *libc.TLS, program uintptr, name uintptr, __ccgo_fp_fn nccc_call_t) (r int32_t) {
	var p uintptr
	var st int32_t
	_, _ = p, st
	p = program_borrow(tls, program)
	if !(p != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+4513, 0)
	}
	st = grant_in(tls, p, name, __ccgo_fp_fn)
	program_return(tls, program)
	return st
}

type __ccgo_fp__Xyuni_offload_entry_2 = func(*libc.TLS, uintptr, uintptr)

func Xyuni_offload_entry(tls *libc.TLS, program uintptr, name uintptr, __ccgo_fp_dispatch uintptr, ctx uintptr) (r int32_t) {
	var p uintptr
	var st int32_t
	_, _ = p, st
	p = program_borrow(tls, program)
	if !(p != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+4552, 0)
	}
	st = entry_in(tls, p, name, __ccgo_fp_dispatch, ctx)
	program_return(tls, program)
	return st
}

func Xyuni_offload_set_budget(tls *libc.TLS, program uintptr, steps uint64_t) (r int32_t) {
	var p uintptr
	var st int32_t
	_, _ = p, st
	p = program_borrow(tls, program)
	if !(p != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+4591, 0)
	}
	st = set_budget_in(tls, p, steps)
	program_return(tls, program)
	return st
}

func Xyuni_offload_count(tls *libc.TLS, program uintptr, kind int32_t) (r int32_t) {
	var p uintptr
	var st int32_t
	_, _ = p, st
	p = program_borrow(tls, program)
	if !(p != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+4635, 0)
	}
	st = count_in(tls, p, kind)
	program_return(tls, program)
	return st
}

func Xyuni_offload_signature_of(tls *libc.TLS, program uintptr, kind int32_t, index int32_t, out uintptr) (r int32_t) {
	var p uintptr
	var st int32_t
	_, _ = p, st
	p = program_borrow(tls, program)
	if !(p != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+4674, 0)
	}
	st = signature_in(tls, p, kind, index, out)
	program_return(tls, program)
	return st
}

const E2BIG = 7
const EACCES = 13
const EADDRINUSE = 98
const EADDRNOTAVAIL = 99
const EADV = 68
const EAFNOSUPPORT = 97
const EAGAIN = 11
const EALREADY = 114
const EBADE = 52
const EBADF = 9
const EBADFD = 77
const EBADMSG = 74
const EBADR = 53
const EBADRQC = 56
const EBADSLT = 57
const EBFONT = 59
const EBUSY = 16
const ECANCELED = 125
const ECHILD = 10
const ECHRNG = 44
const ECOMM = 70
const ECONNABORTED = 103
const ECONNREFUSED = 111
const ECONNRESET = 104
const EDEADLK = 35
const EDEADLOCK = "EDEADLK"
const EDESTADDRREQ = 89
const EDOM = 33
const EDOTDOT = 73
const EDQUOT = 122
const EEXIST = 17
const EFAULT = 14
const EFBIG = 27
const EHOSTDOWN = 112
const EHOSTUNREACH = 113
const EHWPOISON = 133
const EIDRM = 43
const EILSEQ = 84
const EINPROGRESS = 115
const EINTR = 4
const EINVAL = 22
const EIO = 5
const EISCONN = 106
const EISDIR = 21
const EISNAM = 120
const EKEYEXPIRED = 127
const EKEYREJECTED = 129
const EKEYREVOKED = 128
const EL2HLT = 51
const EL2NSYNC = 45
const EL3HLT = 46
const EL3RST = 47
const ELIBACC = 79
const ELIBBAD = 80
const ELIBEXEC = 83
const ELIBMAX = 82
const ELIBSCN = 81
const ELNRNG = 48
const ELOOP = 40
const EMEDIUMTYPE = 124
const EMFILE = 24
const EMLINK = 31
const EMSGSIZE = 90
const EMULTIHOP = 72
const ENAMETOOLONG = 36
const ENAVAIL = 119
const ENETDOWN = 100
const ENETRESET = 102
const ENETUNREACH = 101
const ENFILE = 23
const ENOANO = 55
const ENOBUFS = 105
const ENOCSI = 50
const ENODATA = 61
const ENODEV = 19
const ENOENT = 2
const ENOEXEC = 8
const ENOKEY = 126
const ENOLCK = 37
const ENOLINK = 67
const ENOMEDIUM = 123
const ENOMEM = 12
const ENOMSG = 42
const ENONET = 64
const ENOPKG = 65
const ENOPROTOOPT = 92
const ENOSPC = 28
const ENOSR = 63
const ENOSTR = 60
const ENOSYS = 38
const ENOTBLK = 15
const ENOTCONN = 107
const ENOTDIR = 20
const ENOTEMPTY = 39
const ENOTNAM = 118
const ENOTRECOVERABLE = 131
const ENOTSOCK = 88
const ENOTSUP = "EOPNOTSUPP"
const ENOTTY = 25
const ENOTUNIQ = 76
const ENXIO = 6
const EOPNOTSUPP = 95
const EOVERFLOW = 75
const EOWNERDEAD = 130
const EPERM = 1
const EPFNOSUPPORT = 96
const EPIPE = 32
const EPROTO = 71
const EPROTONOSUPPORT = 93
const EPROTOTYPE = 91
const ERANGE = 34
const EREMCHG = 78
const EREMOTE = 66
const EREMOTEIO = 121
const ERESTART = 85
const ERFKILL = 132
const EROFS = 30
const ESHUTDOWN = 108
const ESOCKTNOSUPPORT = 94
const ESPIPE = 29
const ESRCH = 3
const ESRMNT = 69
const ESTALE = 116
const ESTRPIPE = 86
const ETIME = 62
const ETIMEDOUT = 110
const ETOOMANYREFS = 109
const ETXTBSY = 26
const EUCLEAN = 117
const EUNATCH = 49
const EUSERS = 87
const EWOULDBLOCK = "EAGAIN"
const EXDEV = 18
const EXFULL = 54
const F_LOCK = 1
const F_OK = 0
const F_TEST = 3
const F_TLOCK = 2
const F_ULOCK = 0
const L_INCR = 1
const L_SET = 0
const L_XTND = 2
const MAP_NORESERVE1 = 0x4000
const MAP_POPULATE1 = 0x8000
const PINS_DYING = 2147483648
const POISON_BYTE = 221
const POSIX_CLOSE_RESTART = 0
const R_OK = 4
const SEEK_CUR = 1
const SEEK_DATA = 3
const SEEK_END = 2
const SEEK_HOLE = 4
const SEEK_SET = 0
const STDERR_FILENO = 2
const STDIN_FILENO = 0
const STDOUT_FILENO = 1
const W_OK = 2
const X_OK = 1
const YUNI_HEAP_LOCK1 = 1
const YUNI_HEAP_LOCK_OPTIONAL1 = 2
const YUNI_HEAP_POISON1 = 4
const YUNI_HEAP_UNSYNCHRONIZED1 = 8
const YUNI_OFFLOAD_SIG_BLOCKING2 = "0x2u"
const YUNI_OFFLOAD_SIG_GRANTED2 = "0x4u"
const YUNI_OFFLOAD_SIG_REACHES_IMPORTS2 = "0x8u"
const YUNI_OFFLOAD_SIG_REALTIME2 = "0x1u"
const _CS_GNU_LIBC_VERSION = 2
const _CS_GNU_LIBPTHREAD_VERSION = 3
const _CS_PATH = 0
const _CS_POSIX_V5_WIDTH_RESTRICTED_ENVS = 4
const _CS_POSIX_V6_ILP32_OFF32_CFLAGS = 1116
const _CS_POSIX_V6_ILP32_OFF32_LDFLAGS = 1117
const _CS_POSIX_V6_ILP32_OFF32_LIBS = 1118
const _CS_POSIX_V6_ILP32_OFF32_LINTFLAGS = 1119
const _CS_POSIX_V6_ILP32_OFFBIG_CFLAGS = 1120
const _CS_POSIX_V6_ILP32_OFFBIG_LDFLAGS = 1121
const _CS_POSIX_V6_ILP32_OFFBIG_LIBS = 1122
const _CS_POSIX_V6_ILP32_OFFBIG_LINTFLAGS = 1123
const _CS_POSIX_V6_LP64_OFF64_CFLAGS = 1124
const _CS_POSIX_V6_LP64_OFF64_LDFLAGS = 1125
const _CS_POSIX_V6_LP64_OFF64_LIBS = 1126
const _CS_POSIX_V6_LP64_OFF64_LINTFLAGS = 1127
const _CS_POSIX_V6_LPBIG_OFFBIG_CFLAGS = 1128
const _CS_POSIX_V6_LPBIG_OFFBIG_LDFLAGS = 1129
const _CS_POSIX_V6_LPBIG_OFFBIG_LIBS = 1130
const _CS_POSIX_V6_LPBIG_OFFBIG_LINTFLAGS = 1131
const _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS = 1
const _CS_POSIX_V7_ILP32_OFF32_CFLAGS = 1132
const _CS_POSIX_V7_ILP32_OFF32_LDFLAGS = 1133
const _CS_POSIX_V7_ILP32_OFF32_LIBS = 1134
const _CS_POSIX_V7_ILP32_OFF32_LINTFLAGS = 1135
const _CS_POSIX_V7_ILP32_OFFBIG_CFLAGS = 1136
const _CS_POSIX_V7_ILP32_OFFBIG_LDFLAGS = 1137
const _CS_POSIX_V7_ILP32_OFFBIG_LIBS = 1138
const _CS_POSIX_V7_ILP32_OFFBIG_LINTFLAGS = 1139
const _CS_POSIX_V7_LP64_OFF64_CFLAGS = 1140
const _CS_POSIX_V7_LP64_OFF64_LDFLAGS = 1141
const _CS_POSIX_V7_LP64_OFF64_LIBS = 1142
const _CS_POSIX_V7_LP64_OFF64_LINTFLAGS = 1143
const _CS_POSIX_V7_LPBIG_OFFBIG_CFLAGS = 1144
const _CS_POSIX_V7_LPBIG_OFFBIG_LDFLAGS = 1145
const _CS_POSIX_V7_LPBIG_OFFBIG_LIBS = 1146
const _CS_POSIX_V7_LPBIG_OFFBIG_LINTFLAGS = 1147
const _CS_POSIX_V7_THREADS_CFLAGS = 1150
const _CS_POSIX_V7_THREADS_LDFLAGS = 1151
const _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS = 5
const _CS_V6_ENV = 1148
const _CS_V7_ENV = 1149
const _PC_2_SYMLINKS = 20
const _PC_ALLOC_SIZE_MIN = 18
const _PC_ASYNC_IO = 10
const _PC_CHOWN_RESTRICTED = 6
const _PC_FILESIZEBITS = 13
const _PC_LINK_MAX = 0
const _PC_MAX_CANON = 1
const _PC_MAX_INPUT = 2
const _PC_NAME_MAX = 3
const _PC_NO_TRUNC = 7
const _PC_PATH_MAX = 4
const _PC_PIPE_BUF = 5
const _PC_PRIO_IO = 11
const _PC_REC_INCR_XFER_SIZE = 14
const _PC_REC_MAX_XFER_SIZE = 15
const _PC_REC_MIN_XFER_SIZE = 16
const _PC_REC_XFER_ALIGN = 17
const _PC_SOCK_MAXBUF = 12
const _PC_SYMLINK_MAX = 19
const _PC_SYNC_IO = 9
const _PC_VDISABLE = 8
const _POSIX2_C_BIND = "_POSIX_VERSION"
const _POSIX2_VERSION = "_POSIX_VERSION"
const _POSIX_ADVISORY_INFO = "_POSIX_VERSION"
const _POSIX_ASYNCHRONOUS_IO = "_POSIX_VERSION"
const _POSIX_BARRIERS = "_POSIX_VERSION"
const _POSIX_CHOWN_RESTRICTED = 1
const _POSIX_CLOCK_SELECTION = "_POSIX_VERSION"
const _POSIX_CPUTIME = "_POSIX_VERSION"
const _POSIX_FSYNC = "_POSIX_VERSION"
const _POSIX_IPV6 = "_POSIX_VERSION"
const _POSIX_JOB_CONTROL = 1
const _POSIX_MAPPED_FILES = "_POSIX_VERSION"
const _POSIX_MEMLOCK = "_POSIX_VERSION"
const _POSIX_MEMLOCK_RANGE = "_POSIX_VERSION"
const _POSIX_MEMORY_PROTECTION = "_POSIX_VERSION"
const _POSIX_MESSAGE_PASSING = "_POSIX_VERSION"
const _POSIX_MONOTONIC_CLOCK = "_POSIX_VERSION"
const _POSIX_NO_TRUNC = 1
const _POSIX_RAW_SOCKETS = "_POSIX_VERSION"
const _POSIX_READER_WRITER_LOCKS = "_POSIX_VERSION"
const _POSIX_REALTIME_SIGNALS = "_POSIX_VERSION"
const _POSIX_REGEXP = 1
const _POSIX_SAVED_IDS = 1
const _POSIX_SEMAPHORES = "_POSIX_VERSION"
const _POSIX_SHARED_MEMORY_OBJECTS = "_POSIX_VERSION"
const _POSIX_SHELL = 1
const _POSIX_SPAWN = "_POSIX_VERSION"
const _POSIX_SPIN_LOCKS = "_POSIX_VERSION"
const _POSIX_THREADS = "_POSIX_VERSION"
const _POSIX_THREAD_ATTR_STACKADDR = "_POSIX_VERSION"
const _POSIX_THREAD_ATTR_STACKSIZE = "_POSIX_VERSION"
const _POSIX_THREAD_CPUTIME = "_POSIX_VERSION"
const _POSIX_THREAD_PRIORITY_SCHEDULING = "_POSIX_VERSION"
const _POSIX_THREAD_PROCESS_SHARED = "_POSIX_VERSION"
const _POSIX_THREAD_SAFE_FUNCTIONS = "_POSIX_VERSION"
const _POSIX_TIMEOUTS = "_POSIX_VERSION"
const _POSIX_TIMERS = "_POSIX_VERSION"
const _POSIX_V6_LP64_OFF64 = 1
const _POSIX_V7_LP64_OFF64 = 1
const _POSIX_VDISABLE = 0
const _POSIX_VERSION = 200809
const _SC_2_CHAR_TERM = 95
const _SC_2_C_BIND = 47
const _SC_2_C_DEV = 48
const _SC_2_FORT_DEV = 49
const _SC_2_FORT_RUN = 50
const _SC_2_LOCALEDEF = 52
const _SC_2_PBS = 168
const _SC_2_PBS_ACCOUNTING = 169
const _SC_2_PBS_CHECKPOINT = 175
const _SC_2_PBS_LOCATE = 170
const _SC_2_PBS_MESSAGE = 171
const _SC_2_PBS_TRACK = 172
const _SC_2_SW_DEV = 51
const _SC_2_UPE = 97
const _SC_2_VERSION = 46
const _SC_ADVISORY_INFO = 132
const _SC_AIO_LISTIO_MAX = 23
const _SC_AIO_MAX = 24
const _SC_AIO_PRIO_DELTA_MAX = 25
const _SC_ARG_MAX = 0
const _SC_ASYNCHRONOUS_IO = 12
const _SC_ATEXIT_MAX = 87
const _SC_AVPHYS_PAGES = 86
const _SC_BARRIERS = 133
const _SC_BC_BASE_MAX = 36
const _SC_BC_DIM_MAX = 37
const _SC_BC_SCALE_MAX = 38
const _SC_BC_STRING_MAX = 39
const _SC_CHILD_MAX = 1
const _SC_CLK_TCK = 2
const _SC_CLOCK_SELECTION = 137
const _SC_COLL_WEIGHTS_MAX = 40
const _SC_CPUTIME = 138
const _SC_DELAYTIMER_MAX = 26
const _SC_EXPR_NEST_MAX = 42
const _SC_FSYNC = 15
const _SC_GETGR_R_SIZE_MAX = 69
const _SC_GETPW_R_SIZE_MAX = 70
const _SC_HOST_NAME_MAX = 180
const _SC_IOV_MAX = 60
const _SC_IPV6 = 235
const _SC_JOB_CONTROL = 7
const _SC_LINE_MAX = 43
const _SC_LOGIN_NAME_MAX = 71
const _SC_MAPPED_FILES = 16
const _SC_MEMLOCK = 17
const _SC_MEMLOCK_RANGE = 18
const _SC_MEMORY_PROTECTION = 19
const _SC_MESSAGE_PASSING = 20
const _SC_MINSIGSTKSZ = 249
const _SC_MONOTONIC_CLOCK = 149
const _SC_MQ_OPEN_MAX = 27
const _SC_MQ_PRIO_MAX = 28
const _SC_NGROUPS_MAX = 3
const _SC_NPROCESSORS_CONF = 83
const _SC_NPROCESSORS_ONLN = 84
const _SC_NZERO = 109
const _SC_OPEN_MAX = 4
const _SC_PAGESIZE = 30
const _SC_PAGE_SIZE = 30
const _SC_PASS_MAX = 88
const _SC_PHYS_PAGES = 85
const _SC_PRIORITIZED_IO = 13
const _SC_PRIORITY_SCHEDULING = 10
const _SC_RAW_SOCKETS = 236
const _SC_READER_WRITER_LOCKS = 153
const _SC_REALTIME_SIGNALS = 9
const _SC_REGEXP = 155
const _SC_RE_DUP_MAX = 44
const _SC_RTSIG_MAX = 31
const _SC_SAVED_IDS = 8
const _SC_SEMAPHORES = 21
const _SC_SEM_NSEMS_MAX = 32
const _SC_SEM_VALUE_MAX = 33
const _SC_SHARED_MEMORY_OBJECTS = 22
const _SC_SHELL = 157
const _SC_SIGQUEUE_MAX = 34
const _SC_SIGSTKSZ = 250
const _SC_SPAWN = 159
const _SC_SPIN_LOCKS = 154
const _SC_SPORADIC_SERVER = 160
const _SC_SS_REPL_MAX = 241
const _SC_STREAMS = 174
const _SC_STREAM_MAX = 5
const _SC_SYMLOOP_MAX = 173
const _SC_SYNCHRONIZED_IO = 14
const _SC_THREADS = 67
const _SC_THREAD_ATTR_STACKADDR = 77
const _SC_THREAD_ATTR_STACKSIZE = 78
const _SC_THREAD_CPUTIME = 139
const _SC_THREAD_DESTRUCTOR_ITERATIONS = 73
const _SC_THREAD_KEYS_MAX = 74
const _SC_THREAD_PRIORITY_SCHEDULING = 79
const _SC_THREAD_PRIO_INHERIT = 80
const _SC_THREAD_PRIO_PROTECT = 81
const _SC_THREAD_PROCESS_SHARED = 82
const _SC_THREAD_ROBUST_PRIO_INHERIT = 247
const _SC_THREAD_ROBUST_PRIO_PROTECT = 248
const _SC_THREAD_SAFE_FUNCTIONS = 68
const _SC_THREAD_SPORADIC_SERVER = 161
const _SC_THREAD_STACK_MIN = 75
const _SC_THREAD_THREADS_MAX = 76
const _SC_TIMEOUTS = 164
const _SC_TIMERS = 11
const _SC_TIMER_MAX = 35
const _SC_TRACE = 181
const _SC_TRACE_EVENT_FILTER = 182
const _SC_TRACE_EVENT_NAME_MAX = 242
const _SC_TRACE_INHERIT = 183
const _SC_TRACE_LOG = 184
const _SC_TRACE_NAME_MAX = 243
const _SC_TRACE_SYS_MAX = 244
const _SC_TRACE_USER_EVENT_MAX = 245
const _SC_TTY_NAME_MAX = 72
const _SC_TYPED_MEMORY_OBJECTS = 165
const _SC_TZNAME_MAX = 6
const _SC_UIO_MAXIOV = 60
const _SC_V6_ILP32_OFF32 = 176
const _SC_V6_ILP32_OFFBIG = 177
const _SC_V6_LP64_OFF64 = 178
const _SC_V6_LPBIG_OFFBIG = 179
const _SC_V7_ILP32_OFF32 = 237
const _SC_V7_ILP32_OFFBIG = 238
const _SC_V7_LP64_OFF64 = 239
const _SC_V7_LPBIG_OFFBIG = 240
const _SC_VERSION = 29
const _SC_XBS5_ILP32_OFF32 = 125
const _SC_XBS5_ILP32_OFFBIG = 126
const _SC_XBS5_LP64_OFF64 = 127
const _SC_XBS5_LPBIG_OFFBIG = 128
const _SC_XOPEN_CRYPT = 92
const _SC_XOPEN_ENH_I18N = 93
const _SC_XOPEN_LEGACY = 129
const _SC_XOPEN_REALTIME = 130
const _SC_XOPEN_REALTIME_THREADS = 131
const _SC_XOPEN_SHM = 94
const _SC_XOPEN_STREAMS = 246
const _SC_XOPEN_UNIX = 91
const _SC_XOPEN_VERSION = 89
const _SC_XOPEN_XCU_VERSION = 90
const _SC_XOPEN_XPG2 = 98
const _SC_XOPEN_XPG3 = 99
const _SC_XOPEN_XPG4 = 100
const _XOPEN_ENH_I18N = 1
const _XOPEN_UNIX = 1
const _XOPEN_VERSION = 700

type uid_t = uint32

type gid_t = uint32

type useconds_t = uint32

type yuni_heap = struct {
	Ffl_map      uint32_t
	Fsl_map      [32]uint32_t
	Flists       [32][32]uintptr
	Ffirst       uintptr
	Fsentinel    uintptr
	Fsecret      uint64_t
	Fflags       uint32_t
	Flocked      uint32_t
	Flock        pthread_mutex_t
	Fmap1        uintptr
	Fmap_bytes   size_t
	Ftotal_bytes uint64_t
	Ffree_bytes  uint64_t
	Fused_bytes  uint64_t
	Fhigh_water  uint64_t
	Fallocs      uint64_t
	Ffrees       uint64_t
	Ffailures    uint64_t
	Fmisuses     uint64_t
	Fpins        uint32_t
}

const ALIGN = 16
const SL_LOG2 = 5
const /* 32 second-level classes per power of two: <= 3% waste */
SL_COUNT = 32
const FL_SHIFT = 9
const /* sizes below 2^FL_SHIFT share first level 0 */
SMALL = 512
const /* 512 */
FL_COUNT = 32

type block = struct {
	Fprev_phys uintptr
	Fsize      uint64_t
	Fcanary    uint64_t
	Freserved  uint64_t
	Fnext_free uintptr
	Fprev_free uintptr
}

/* ---- block helpers ---- */

func bsize(tls *libc.TLS, b uintptr) (r size_t) {
	return (*block)(unsafe.Pointer(b)).Fsize & ^libc.Uint64FromInt32(15)
}

func payload(tls *libc.TLS, b uintptr) (r uintptr) {
	return b + uintptr(uint64(libc.UintptrFromInt32(0)+32))
}

func from_payload(tls *libc.TLS, p uintptr) (r uintptr) {
	return p - uintptr(uint64(libc.UintptrFromInt32(0)+32))
}

func next_phys(tls *libc.TLS, b uintptr) (r uintptr) {
	return b + uintptr(uint64(libc.UintptrFromInt32(0)+32)) + uintptr(bsize(tls, b))
}

func canary_of(tls *libc.TLS, h uintptr, b uintptr) (r uint64_t) {
	return uint64(b) ^ (*yuni_heap)(unsafe.Pointer(h)).Fsecret
}

/* ---- size classes ---- */

func fls_size(tls *libc.TLS, x size_t) (r int32) {
	return int32(63) - libc.X__builtin_clzll(tls, x)
}

func mapping(tls *libc.TLS, size size_t, fl unsafe.Pointer, sl unsafe.Pointer) {
	var f int32
	_ = f
	if size < uint64(SMALL) {
		*(*int32)(fl) = 0
		*(*int32)(sl) = libc.Int32FromUint64(size / libc.Uint64FromInt32(int32(SMALL)/int32(SL_COUNT)))
	} else {
		f = fls_size(tls, size)
		*(*int32)(sl) = libc.Int32FromUint64(size>>(f-int32(SL_LOG2))) ^ int32(SL_COUNT)
		*(*int32)(fl) = f - (int32(FL_SHIFT) - libc.Int32FromInt32(1))
	}
}

// C documentation
//
//	/* Round up to the next class boundary so that any block in the class found
//	 * is large enough: this is what makes the search a good fit in O(1). */
func mapping_search(tls *libc.TLS, size size_t, fl unsafe.Pointer, sl unsafe.Pointer) {
	if size >= uint64(SMALL) {
		size = size + (libc.Uint64FromInt32(1)<<(fls_size(tls, size)-int32(SL_LOG2)) - uint64(1))
	}
	mapping(tls, size, fl, sl)
}

func insert_free(tls *libc.TLS, h uintptr, b uintptr) {
	var fl, sl int32
	_, _ = fl, sl
	mapping(tls, bsize(tls, b), unsafe.Pointer(&fl), unsafe.Pointer(&sl))
	(*block)(unsafe.Pointer(b)).Fprev_free = libc.UintptrFromInt32(0)
	(*block)(unsafe.Pointer(b)).Fnext_free = *(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8))
	if (*block)(unsafe.Pointer(b)).Fnext_free != 0 {
		(*block)(unsafe.Pointer((*block)(unsafe.Pointer(b)).Fnext_free)).Fprev_free = b
	}
	*(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8)) = b
	*(*uint32_t)(__ccgo_ptr(h)) |= uint32(1) << fl
	*(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4)) |= uint32(1) << sl
	*(*uint64_t)(__ccgo_ptr(h + 8424)) += bsize(tls, b)
}

func remove_free(tls *libc.TLS, h uintptr, b uintptr) {
	var fl, sl int32
	_, _ = fl, sl
	mapping(tls, bsize(tls, b), unsafe.Pointer(&fl), unsafe.Pointer(&sl))
	if (*block)(unsafe.Pointer(b)).Fprev_free != 0 {
		(*block)(unsafe.Pointer((*block)(unsafe.Pointer(b)).Fprev_free)).Fnext_free = (*block)(unsafe.Pointer(b)).Fnext_free
	} else {
		*(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8)) = (*block)(unsafe.Pointer(b)).Fnext_free
	}
	if (*block)(unsafe.Pointer(b)).Fnext_free != 0 {
		(*block)(unsafe.Pointer((*block)(unsafe.Pointer(b)).Fnext_free)).Fprev_free = (*block)(unsafe.Pointer(b)).Fprev_free
	}
	if !(*(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8)) != 0) {
		*(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4)) &= ^(libc.Uint32FromUint32(1) << sl)
		if !(*(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4)) != 0) {
			*(*uint32_t)(__ccgo_ptr(h)) &= ^(libc.Uint32FromUint32(1) << fl)
		}
	}
	*(*uint64_t)(__ccgo_ptr(h + 8424)) -= bsize(tls, b)
}

// C documentation
//
//	/* Take a free block of at least `size` payload bytes off its list. */
func take_free(tls *libc.TLS, h uintptr, size size_t) (r uintptr) {
	var b, v2 uintptr
	var fl, sl int32
	var fl_bits, sl_bits uint32_t
	var v1 uint32
	var v3 bool
	_, _, _, _, _, _, _, _ = b, fl, fl_bits, sl, sl_bits, v1, v2, v3
	b = libc.UintptrFromInt32(0)
	mapping_search(tls, size, unsafe.Pointer(&fl), unsafe.Pointer(&sl))
	if fl < int32(FL_COUNT) {
		sl_bits = *(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4)) & (^libc.Uint32FromUint32(0) << sl)
		if !(sl_bits != 0) {
			if fl+int32(1) < int32(FL_COUNT) {
				v1 = (*yuni_heap)(unsafe.Pointer(h)).Ffl_map & (^libc.Uint32FromUint32(0) << (fl + int32(1)))
			} else {
				v1 = uint32(0)
			}
			fl_bits = v1
			if fl_bits != 0 {
				fl = libc.X__builtin_ctz(tls, fl_bits)
				sl_bits = *(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4))
			}
		}
		if sl_bits != 0 {
			b = *(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(libc.X__builtin_ctz(tls, sl_bits))*8))
		}
	}
	if !(b != 0) {
		/* The rounded-up class is empty; the request's own class may still
		 * hold a block that fits (the last big block of a nearly full heap).
		 * Looking at its head alone keeps this O(1). */
		mapping(tls, size, unsafe.Pointer(&fl), unsafe.Pointer(&sl))
		if v3 = fl >= int32(FL_COUNT); !v3 {
			v2 = *(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8))
			b = v2
		}
		if v3 || !(v2 != 0) || bsize(tls, b) < size {
			return libc.UintptrFromInt32(0)
		}
	}
	remove_free(tls, h, b)
	return b
}

func poison(tls *libc.TLS, h uintptr, p uintptr, n size_t) {
	if (*yuni_heap)(unsafe.Pointer(h)).Fflags&uint32(0x4) != 0 {
		libc.Xmemset(tls, p, int32(POISON_BYTE), n)
	}
}

// C documentation
//
//	/* Mark `b` (not on any list) free and put it on its list, merging with free
//	 * neighbours first so no two free blocks touch. */
func release(tls *libc.TLS, h uintptr, b uintptr) {
	var next, prev uintptr
	_, _ = next, prev
	*(*uint64_t)(__ccgo_ptr(b + 8)) |= libc.Uint64FromInt32(1)
	if (*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(2) != 0 {
		prev = (*block)(unsafe.Pointer(b)).Fprev_phys
		remove_free(tls, h, prev)
		*(*uint64_t)(__ccgo_ptr(prev + 8)) += uint64(libc.UintptrFromInt32(0)+32) + bsize(tls, b)
		(*block)(unsafe.Pointer(b)).Fcanary = uint64(0) /* a stale pointer to the absorbed block no longer matches */
		poison(tls, h, b, uint64(libc.UintptrFromInt32(0)+32)+libc.Uint64FromInt32(16))
		b = prev
	}
	next = next_phys(tls, b)
	if (*block)(unsafe.Pointer(next)).Fsize&libc.Uint64FromInt32(1) != 0 {
		remove_free(tls, h, next)
		*(*uint64_t)(__ccgo_ptr(b + 8)) += uint64(libc.UintptrFromInt32(0)+32) + bsize(tls, next)
		(*block)(unsafe.Pointer(next)).Fcanary = uint64(0)
		poison(tls, h, next, uint64(libc.UintptrFromInt32(0)+32)+libc.Uint64FromInt32(16)) /* its links too */
		next = next_phys(tls, b)
	}
	(*block)(unsafe.Pointer(next)).Fprev_phys = b
	*(*uint64_t)(__ccgo_ptr(next + 8)) |= libc.Uint64FromInt32(2)
	insert_free(tls, h, b)
}

// C documentation
//
//	/* Cut `b` (in use, or about to be) to `size` payload bytes when the rest can
//	 * make a block of its own, and release the rest. */
func trim(tls *libc.TLS, h uintptr, b uintptr, size size_t) {
	var rest uintptr
	_ = rest
	if bsize(tls, b) < size+uint64(libc.UintptrFromInt32(0)+32)+libc.Uint64FromInt32(16) {
		return
	}
	rest = b + uintptr(uint64(libc.UintptrFromInt32(0)+32)) + uintptr(size)
	(*block)(unsafe.Pointer(rest)).Fsize = bsize(tls, b) - size - uint64(libc.UintptrFromInt32(0)+32) /* prev (b) is in use */
	(*block)(unsafe.Pointer(rest)).Fprev_phys = b
	(*block)(unsafe.Pointer(rest)).Fcanary = canary_of(tls, h, rest)
	(*block)(unsafe.Pointer(rest)).Freserved = uint64(0)
	(*block)(unsafe.Pointer(b)).Fsize = size | (*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(15)
	*(*uint64_t)(__ccgo_ptr(next_phys(tls, rest) + 8)) &= ^libc.Uint64FromInt32(2) /* release() sets it again */
	poison(tls, h, payload(tls, rest), bsize(tls, rest))                           /* a shrunk block's tail held data */
	release(tls, h, rest)
}

func mark_used(tls *libc.TLS, h uintptr, b uintptr) {
	*(*uint64_t)(__ccgo_ptr(b + 8)) &= ^libc.Uint64FromInt32(1)
	*(*uint64_t)(__ccgo_ptr(next_phys(tls, b) + 8)) &= ^libc.Uint64FromInt32(2)
	*(*uint64_t)(__ccgo_ptr(h + 8432)) += bsize(tls, b)
	if (*yuni_heap)(unsafe.Pointer(h)).Fused_bytes > (*yuni_heap)(unsafe.Pointer(h)).Fhigh_water {
		(*yuni_heap)(unsafe.Pointer(h)).Fhigh_water = (*yuni_heap)(unsafe.Pointer(h)).Fused_bytes
	}
	(*yuni_heap)(unsafe.Pointer(h)).Fallocs = (*yuni_heap)(unsafe.Pointer(h)).Fallocs + 1
}

func adjust(tls *libc.TLS, size size_t) (r size_t) {
	var v1 uint64
	_ = v1
	if size < libc.Uint64FromInt32(16) {
		v1 = libc.Uint64FromInt32(16)
	} else {
		v1 = (size + uint64(ALIGN) - uint64(1)) & ^libc.Uint64FromInt32(int32(ALIGN)-libc.Int32FromInt32(1))
	}
	return v1
}

func alloc_locked(tls *libc.TLS, h uintptr, size size_t, align size_t) (r uintptr) {
	var adj, gap, gap_min size_t
	var aligned, p uintptr_t
	var b, nb uintptr
	_, _, _, _, _, _, _ = adj, aligned, b, gap, gap_min, nb, p
	adj = adjust(tls, size)
	if align <= uint64(ALIGN) {
		b = take_free(tls, h, adj)
		if !(b != 0) {
			return libc.UintptrFromInt32(0)
		}
	} else {
		/* Over-allocate so an aligned payload fits after a leading gap that
		 * is either empty or big enough to be a free block of its own. */
		gap_min = uint64(libc.UintptrFromInt32(0)+32) + libc.Uint64FromInt32(16)
		b = take_free(tls, h, adj+align+gap_min)
		if !(b != 0) {
			return libc.UintptrFromInt32(0)
		}
		p = uint64(payload(tls, b))
		aligned = (p + align - uint64(1)) & ^(align - libc.Uint64FromInt32(1))
		if aligned != p && aligned-p < gap_min {
			aligned = (p + gap_min + align - uint64(1)) & ^(align - libc.Uint64FromInt32(1))
		}
		gap = aligned - p
		if gap != 0 {
			nb = from_payload(tls, uintptr(aligned))
			(*block)(unsafe.Pointer(nb)).Fsize = bsize(tls, b) - gap | libc.Uint64FromInt32(1) | libc.Uint64FromInt32(2)
			(*block)(unsafe.Pointer(nb)).Fprev_phys = b
			(*block)(unsafe.Pointer(nb)).Fcanary = canary_of(tls, h, nb)
			(*block)(unsafe.Pointer(nb)).Freserved = uint64(0)
			(*block)(unsafe.Pointer(next_phys(tls, nb))).Fprev_phys = nb
			(*block)(unsafe.Pointer(b)).Fsize = gap - uint64(libc.UintptrFromInt32(0)+32) | (*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(15)
			insert_free(tls, h, b)
			b = nb
		}
	}
	trim(tls, h, b, adj)
	mark_used(tls, h, b)
	return payload(tls, b)
}

/* ---- locking ---- */

func heap_lock(tls *libc.TLS, h uintptr) {
	if !((*yuni_heap)(unsafe.Pointer(h)).Fflags&libc.Uint32FromUint32(0x8) != 0) {
		libc.Xpthread_mutex_lock(tls, h+8360)
	}
}

func heap_unlock(tls *libc.TLS, h uintptr) {
	if !((*yuni_heap)(unsafe.Pointer(h)).Fflags&libc.Uint32FromUint32(0x8) != 0) {
		libc.Xpthread_mutex_unlock(tls, h+8360)
	}
}

// C documentation
//
//	/* Every call borrows the heap for its duration (core.h's rule), so destroy
//	 * waits for calls in progress before it unmaps.  An unsynchronized heap's
//	 * caller guarantees one thread at a time, destroy included: its handle has a
//	 * type of its own, so the lookup knows that from the handle alone, before it
//	 * reads any memory, and skips the borrow's two read-modify-writes (the mode
//	 * exists to be the fastest). */
func unsync_handle(tls *libc.TLS, handle uintptr) (r int32) {
	return libc.BoolInt32(uint64(handle)>>libc.Int32FromInt32(YUNI__HANDLE_TYPE_SHIFT)&uint64(15) == uint64(YUNI_HANDLE_HEAP_UNSYNC))
}

func heap_borrow(tls *libc.TLS, handle3 uintptr) (r uintptr) {
	bp := tls.Alloc(64)
	defer tls.Free(64)
	var __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr2, __atomic_load_ptr3, __atomic_load_ptr4, __atomic_load_ptr5, object, s, s1, v3, v7, v9 uintptr
	var index uint32_t
	var v1 uintptr_t
	var v10, v5 uint64_t
	var v2 yuni_handle_type
	var v6 bool
	var _ /* __atomic_load_tmp at bp+16 */ uint64_t
	var _ /* __atomic_load_tmp at bp+24 */ uintptr
	var _ /* __atomic_load_tmp at bp+40 */ uint64_t
	var _ /* __atomic_load_tmp at bp+48 */ uintptr
	var _ /* __atomic_load_tmp at bp+56 */ uint64_t
	var _ /* __atomic_load_tmp at bp+8 */ uint64_t
	var _ /* want at bp+0 */ uint64_t
	var _ /* want at bp+32 */ uint64_t
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = __atomic_load_ptr, __atomic_load_ptr1, __atomic_load_ptr2, __atomic_load_ptr3, __atomic_load_ptr4, __atomic_load_ptr5, index, object, s, s1, v1, v10, v2, v3, v5, v6, v7, v9
	if unsync_handle(tls, handle3) != 0 {
		v1 = uint64(handle3)
		v2 = int32(YUNI_HANDLE_HEAP_UNSYNC)
		index = uint32(v1 & uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))
		if index == uint32(0) || v1>>libc.Int32FromInt32(YUNI__HANDLE_TYPE_SHIFT)&uint64(15) != libc.Uint64FromInt32(v2) {
			v3 = libc.UintptrFromInt32(0)
			goto _4
		}
		*(*uint64_t)(__ccgo_ptr(bp + 32)) = v1>>int32(YUNI__HANDLE_GEN_SHIFT)<<int32(4) | libc.Uint64FromInt32(v2)
		v3 = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64
		goto _4
	_4:
		s1 = v3
		if v6 = !(s1 != 0); !v6 {
			{
				__atomic_load_ptr3 = s1
				libc.X__atomic_loadUint64(tls, __atomic_load_ptr3, bp+40, int32(memory_order_acquire))
				v5 = *(*uint64_t)(__ccgo_ptr(bp + 40))
			}
		}
		if v6 || v5 != *(*uint64_t)(__ccgo_ptr(bp + 32)) {
			v7 = libc.UintptrFromInt32(0)
			goto _8
		}
		{
			__atomic_load_ptr4 = s1 + 8
			_atomic_loadUintptr(tls, __atomic_load_ptr4, bp+48, int32(memory_order_acquire))
			v9 = *(*uintptr)(__ccgo_ptr(bp + 48))
		}
		object = v9
		{
			__atomic_load_ptr5 = s1
			libc.X__atomic_loadUint64(tls, __atomic_load_ptr5, bp+56, int32(memory_order_acquire))
			v10 = *(*uint64_t)(__ccgo_ptr(bp + 56))
		}
		if v10 != *(*uint64_t)(__ccgo_ptr(bp + 32)) {
			v7 = libc.UintptrFromInt32(0)
			goto _8
		}
		v7 = object
		goto _8
	_8:
		return v7
	}
	v1 = uint64(handle3)
	v2 = int32(YUNI_HANDLE_HEAP)
	index = uint32(v1 & uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))
	if index == uint32(0) || v1>>libc.Int32FromInt32(YUNI__HANDLE_TYPE_SHIFT)&uint64(15) != libc.Uint64FromInt32(v2) {
		v3 = libc.UintptrFromInt32(0)
		goto _14
	}
	*(*uint64_t)(__ccgo_ptr(bp)) = v1>>int32(YUNI__HANDLE_GEN_SHIFT)<<int32(4) | libc.Uint64FromInt32(v2)
	v3 = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64
	goto _14
_14:
	s = v3
	if v6 = !(s != 0); !v6 {
		{
			__atomic_load_ptr = s
			libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp+8, int32(memory_order_relaxed))
			v5 = *(*uint64_t)(__ccgo_ptr(bp + 8))
		}
	}
	if v6 || v5 != *(*uint64_t)(__ccgo_ptr(bp)) {
		v7 = libc.UintptrFromInt32(0)
		goto _18
	}
	libc.X__atomic_fetch_addUint32(tls, s+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_seq_cst))
	{
		__atomic_load_ptr1 = s
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr1, bp+16, int32(memory_order_seq_cst))
		v10 = *(*uint64_t)(__ccgo_ptr(bp + 16))
	}
	if v10 != *(*uint64_t)(__ccgo_ptr(bp)) {
		libc.X__atomic_fetch_subUint32(tls, s+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_release))
		v7 = libc.UintptrFromInt32(0)
		goto _18
	}
	{
		__atomic_load_ptr2 = s + 8
		_atomic_loadUintptr(tls, __atomic_load_ptr2, bp+24, int32(memory_order_relaxed))
		v9 = *(*uintptr)(__ccgo_ptr(bp + 24))
	}
	v7 = v9
	goto _18
_18:
	return v7
}

func heap_return(tls *libc.TLS, handle1 uintptr) {
	if !(unsync_handle(tls, handle1) != 0) {
		libc.X__atomic_fetch_subUint32(tls, uintptr(unsafe.Pointer(&Xyuni__handle_slots))+uintptr(uint64(handle1)&uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))*64+16, libc.Uint32FromInt32(libc.Int32FromInt32(1)), int32(memory_order_release))
	}
}

// C documentation
//
//	/* The block whose payload is `p`, if `p` is a live block of `h`; else NULL
//	 * and *why says what is wrong. */
func live_block(tls *libc.TLS, h uintptr, p uintptr, why unsafe.Pointer) (r uintptr) {
	var b uintptr
	_ = b
	*(*int32_t)(why) = -libc.Int32FromInt32(1)
	if p < payload(tls, (*yuni_heap)(unsafe.Pointer(h)).Ffirst) || p >= (*yuni_heap)(unsafe.Pointer(h)).Fsentinel || uint64(p)&libc.Uint64FromInt32(int32(ALIGN)-libc.Int32FromInt32(1)) != 0 {
		return libc.UintptrFromInt32(0)
	}
	b = from_payload(tls, p)
	if (*block)(unsafe.Pointer(b)).Fcanary != canary_of(tls, h, b) {
		return libc.UintptrFromInt32(0)
	}
	if (*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(1) != 0 {
		*(*int32_t)(why) = -libc.Int32FromInt32(10) /* reported as a double free */
		return libc.UintptrFromInt32(0)
	}
	if next_phys(tls, b) > (*yuni_heap)(unsafe.Pointer(h)).Fsentinel {
		*(*int32_t)(why) = -libc.Int32FromInt32(13)
		return libc.UintptrFromInt32(0)
	}
	return b
}

func misuse(tls *libc.TLS, h uintptr, why int32_t, call uintptr, p uintptr) (r int32_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	(*yuni_heap)(unsafe.Pointer(h)).Fmisuses = (*yuni_heap)(unsafe.Pointer(h)).Fmisuses + 1
	if why == -int32(10) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4720, libc.VaList(bp+8, call, p))
	}
	if why == -int32(13) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+4759, libc.VaList(bp+8, call, p))
	}
	return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4797, libc.VaList(bp+8, call, p))
}

/* ---- public API ---- */

func mix64(tls *libc.TLS, x uint64_t) (r uint64_t) {
	x = uint64(x + libc.Uint64FromUint64(0x9E3779B97F4A7C15))
	x = uint64(x^x>>libc.Int32FromInt32(30)) * uint64(0xBF58476D1CE4E5B9)
	x = uint64(x^x>>libc.Int32FromInt32(27)) * uint64(0x94D049BB133111EB)
	return x ^ x>>libc.Int32FromInt32(31)
}

func Xyuni_heap_create(tls *libc.TLS, bytes size_t, flags uint32_t, out uintptr) (r int32_t) {
	bp := tls.Alloc(64)
	defer tls.Free(64)
	var ctl, off, page, total size_t
	var e, v2 int32
	var h, map1 uintptr
	var handle uintptr_t
	var _ /* attr at bp+16 */ pthread_mutexattr_t
	var _ /* ts at bp+0 */ timespec
	_, _, _, _, _, _, _, _, _ = ctl, e, h, handle, map1, off, page, total, v2
	page = libc.Uint64FromInt64(libc.Xsysconf(tls, int32(_SC_PAGESIZE)))
	ctl = (libc.Uint64FromInt64(8488) + libc.Uint64FromInt32(63)) & ^libc.Uint64FromInt32(63)
	if !(out != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4837, 0)
	}
	*(*uintptr)(__ccgo_ptr(out)) = libc.UintptrFromInt32(0)
	if flags & ^(libc.Uint32FromUint32(0x1)|libc.Uint32FromUint32(0x2)|libc.Uint32FromUint32(0x4)|libc.Uint32FromUint32(0x8)) != 0 {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4867, libc.VaList(bp+32, flags & ^(libc.Uint32FromUint32(0x1)|libc.Uint32FromUint32(0x2)|libc.Uint32FromUint32(0x4)|libc.Uint32FromUint32(0x8))))
	}
	if flags&uint32(0x1) != 0 && flags&uint32(0x2) != 0 {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4903, 0)
	}
	if bytes < libc.Uint64FromInt32(4096) || bytes > libc.Uint64FromInt32(1)<<libc.Int32FromInt32(38) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+4983, libc.VaList(bp+32, bytes, libc.Uint64FromInt32(4096), libc.Uint64FromInt32(1)<<libc.Int32FromInt32(38)))
	}
	total = (ctl + bytes + uint64(libc.UintptrFromInt32(0)+32) + page - uint64(1)) & ^(page - libc.Uint64FromInt32(1))
	map1 = libc.Xmmap(tls, libc.UintptrFromInt32(0), total, libc.Int32FromInt32(PROT_READ)|libc.Int32FromInt32(PROT_WRITE), libc.Int32FromInt32(MAP_PRIVATE)|libc.Int32FromInt32(MAP_ANON), -int32(1), 0)
	if map1 == uintptr(-libc.Int32FromInt32(1)) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(3), __ccgo_ts+5033, libc.VaList(bp+32, total, libc.Xstrerror(tls, *(*int32)(__ccgo_ptr(libc.X__errno_location(tls))))))
	}
	/* Huge pages where the kernel offers them: block headers spread over a
	 * large heap then cost far fewer TLB misses (a p99 matter). Advice only;
	 * refusal changes nothing. */
	libc.Xmadvise(tls, map1, total, int32(MADV_HUGEPAGE))
	h = map1
	libc.Xmemset(tls, h, 0, uint64(8488))
	if flags&(libc.Uint32FromUint32(0x1)|libc.Uint32FromUint32(0x2)) != 0 {
		if libc.Xmlock(tls, map1, total) == 0 { /* mlock also faults every page in */
			(*yuni_heap)(unsafe.Pointer(h)).Flocked = uint32(1)
		} else {
			if flags&uint32(0x1) != 0 {
				e = *(*int32)(__ccgo_ptr(libc.X__errno_location(tls)))
				libc.Xmunmap(tls, map1, total)
				return Xyuni__fail(tls, -libc.Int32FromInt32(12), __ccgo_ts+5080, libc.VaList(bp+32, total, libc.Xstrerror(tls, e)))
			}
		}
	}
	if !((*yuni_heap)(unsafe.Pointer(h)).Flocked != 0) {
		off = page
		for {
			if !(off < total) {
				break
			}
			*(*int8)(__ccgo_ptr(map1 + uintptr(off))) = 0
			goto _1
		_1:
			;
			off = off + page
		}
	}
	libc.Xclock_gettime(tls, int32(CLOCK_MONOTONIC), bp)
	(*yuni_heap)(unsafe.Pointer(h)).Fsecret = mix64(tls, uint64(map1)^libc.Uint64FromInt64((*(*timespec)(__ccgo_ptr(bp))).Ftv_nsec)^libc.Uint64FromInt64((*(*timespec)(__ccgo_ptr(bp))).Ftv_sec)<<libc.Int32FromInt32(32))
	(*yuni_heap)(unsafe.Pointer(h)).Fflags = flags
	(*yuni_heap)(unsafe.Pointer(h)).Fmap1 = map1
	(*yuni_heap)(unsafe.Pointer(h)).Fmap_bytes = total
	(*yuni_heap)(unsafe.Pointer(h)).Ffirst = map1 + uintptr(ctl)
	(*yuni_heap)(unsafe.Pointer(h)).Fsentinel = map1 + uintptr(total) - uintptr(uint64(libc.UintptrFromInt32(0)+32))
	(*block)(unsafe.Pointer((*yuni_heap)(unsafe.Pointer(h)).Ffirst)).Fprev_phys = libc.UintptrFromInt32(0)
	(*block)(unsafe.Pointer((*yuni_heap)(unsafe.Pointer(h)).Ffirst)).Fsize = libc.Uint64FromInt64(int64((*yuni_heap)(unsafe.Pointer(h)).Fsentinel)-int64((*yuni_heap)(unsafe.Pointer(h)).Ffirst)) - uint64(libc.UintptrFromInt32(0)+32)
	(*block)(unsafe.Pointer((*yuni_heap)(unsafe.Pointer(h)).Ffirst)).Fcanary = canary_of(tls, h, (*yuni_heap)(unsafe.Pointer(h)).Ffirst)
	(*block)(unsafe.Pointer((*yuni_heap)(unsafe.Pointer(h)).Fsentinel)).Fsize = uint64(0) /* in use, size 0: nothing merges past the end */
	(*block)(unsafe.Pointer((*yuni_heap)(unsafe.Pointer(h)).Fsentinel)).Fcanary = canary_of(tls, h, (*yuni_heap)(unsafe.Pointer(h)).Fsentinel)
	(*yuni_heap)(unsafe.Pointer(h)).Ftotal_bytes = bsize(tls, (*yuni_heap)(unsafe.Pointer(h)).Ffirst)
	if flags&uint32(0x4) != 0 {
		libc.Xmemset(tls, payload(tls, (*yuni_heap)(unsafe.Pointer(h)).Ffirst), int32(POISON_BYTE), bsize(tls, (*yuni_heap)(unsafe.Pointer(h)).Ffirst))
	}
	release(tls, h, (*yuni_heap)(unsafe.Pointer(h)).Ffirst)
	if !(flags&libc.Uint32FromUint32(0x8) != 0) {
		libc.Xpthread_mutexattr_init(tls, bp+16)
		libc.Xpthread_mutex_init(tls, h+8360, bp+16)
		libc.Xpthread_mutexattr_destroy(tls, bp+16)
	}
	if flags&uint32(0x8) != 0 {
		v2 = int32(YUNI_HANDLE_HEAP_UNSYNC)
	} else {
		v2 = int32(YUNI_HANDLE_HEAP)
	}
	handle = Xyuni__handle_new(tls, v2, h)
	if !(handle != 0) {
		libc.Xmunmap(tls, map1, total)
		return Xyuni__fail(tls, -libc.Int32FromInt32(3), __ccgo_ts+5217, 0)
	}
	*(*uintptr)(__ccgo_ptr(out)) = uintptr(handle)
	return YUNI_OK
}

func Xyuni__heap_pin(tls *libc.TLS, heap uintptr, delta int32) (r int32_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_compare_exchange_ptr, __atomic_load_ptr, h uintptr
	var st int32_t
	var v1 uint32_t
	var v2 int32
	var _ /* __atomic_compare_exchange_tmp at bp+8 */ uint32_t
	var _ /* __atomic_load_tmp at bp+4 */ uint32_t
	var _ /* w at bp+0 */ uint32_t
	_, _, _, _, _, _ = __atomic_compare_exchange_ptr, __atomic_load_ptr, h, st, v1, v2
	h = heap_borrow(tls, heap)
	st = YUNI_OK
	if !(h != 0) {
		return -libc.Int32FromInt32(2)
	}
	if delta < 0 {
		libc.X__atomic_fetch_subUint32(tls, h+8480, libc.Uint32FromInt32(libc.Int32FromInt32(1)), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
	} else {
		{
			__atomic_load_ptr = h + 8480
			libc.X__atomic_loadUint32(tls, __atomic_load_ptr, bp+4, libc.Int32FromInt32(__ATOMIC_SEQ_CST))
			v1 = *(*uint32_t)(__ccgo_ptr(bp + 4))
		}
		*(*uint32_t)(__ccgo_ptr(bp)) = v1
		for {
			if *(*uint32_t)(__ccgo_ptr(bp))&uint32(0x80000000) != 0 {
				st = -libc.Int32FromInt32(2)
				break
			}
			goto _3
		_3:
			;
			{
				__atomic_compare_exchange_ptr = h + 8480
				*(*uint32_t)(__ccgo_ptr(bp + 8)) = *(*uint32_t)(__ccgo_ptr(bp)) + libc.Uint32FromInt32(1)
				v2 = libc.X__atomic_compare_exchangeUint32(tls, __atomic_compare_exchange_ptr, bp, bp+8, libc.Int32FromInt32(1), libc.Int32FromInt32(__ATOMIC_SEQ_CST), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
			}
			if !!(v2 != 0) {
				break
			}
		}
	}
	heap_return(tls, heap)
	return st
}

func Xyuni_heap_destroy(tls *libc.TLS, heap uintptr) (r int32_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_compare_exchange_ptr, h uintptr
	var handle uintptr_t
	var won, v1 int32
	var _ /* __atomic_compare_exchange_tmp at bp+4 */ uint32_t
	var _ /* pins at bp+0 */ uint32_t
	_, _, _, _, _ = __atomic_compare_exchange_ptr, h, handle, won, v1
	h = heap_borrow(tls, heap)
	*(*uint32_t)(__ccgo_ptr(bp)) = uint32(0)
	handle = uint64(heap)
	if !(h != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+5257, 0)
	}
	{
		__atomic_compare_exchange_ptr = h + 8480
		*(*uint32_t)(__ccgo_ptr(bp + 4)) = libc.Uint32FromUint32(0x80000000)
		v1 = libc.X__atomic_compare_exchangeUint32(tls, __atomic_compare_exchange_ptr, bp, bp+4, libc.Int32FromInt32(0), libc.Int32FromInt32(__ATOMIC_SEQ_CST), libc.Int32FromInt32(__ATOMIC_SEQ_CST))
	}
	/* Step 1 and the decision in one CAS: no pins, and no other destroy. */
	won = v1
	heap_return(tls, heap)
	if !(won != 0) && *(*uint32_t)(__ccgo_ptr(bp))&uint32(0x80000000) != 0 {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+5292, 0)
	}
	if !(won != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(14), __ccgo_ts+5334, libc.VaList(bp+16, *(*uint32_t)(__ccgo_ptr(bp))))
	}
	/* The CAS made this call the only destroy: the retire cannot lose. */
	if unsync_handle(tls, heap) != 0 {
		v1 = int32(YUNI_HANDLE_HEAP_UNSYNC)
	} else {
		v1 = int32(YUNI_HANDLE_HEAP)
	}
	Xyuni__handle_retire(tls, handle, v1)
	if !((*yuni_heap)(unsafe.Pointer(h)).Fflags&libc.Uint32FromUint32(0x8) != 0) {
		libc.Xpthread_mutex_destroy(tls, h+8360)
	}
	libc.Xmunmap(tls, (*yuni_heap)(unsafe.Pointer(h)).Fmap1, (*yuni_heap)(unsafe.Pointer(h)).Fmap_bytes)
	return YUNI_OK
}

func alloc_in(tls *libc.TLS, h uintptr, size size_t, align size_t) (r uintptr) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var p, v1 uintptr
	_, _ = p, v1
	if align == uint64(0) {
		align = uint64(ALIGN)
	}
	if align&(align-uint64(1)) != 0 {
		Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+5403, libc.VaList(bp+8, align))
		return libc.UintptrFromInt32(0)
	}
	heap_lock(tls, h)
	if size <= libc.Uint64FromInt32(1)<<libc.Int32FromInt32(38) && align <= libc.Uint64FromInt32(1)<<libc.Int32FromInt32(38) {
		v1 = alloc_locked(tls, h, size, align)
	} else {
		v1 = libc.UintptrFromInt32(0)
	}
	p = v1
	if !(p != 0) {
		(*yuni_heap)(unsafe.Pointer(h)).Ffailures = (*yuni_heap)(unsafe.Pointer(h)).Ffailures + 1
	}
	heap_unlock(tls, h)
	if !(p != 0) {
		Xyuni__fail(tls, -libc.Int32FromInt32(3), __ccgo_ts+5456, libc.VaList(bp+8, size, align))
	}
	return p
}

func free_in(tls *libc.TLS, h uintptr, block uintptr) (r int32_t) {
	var b uintptr
	var why int32_t
	_, _ = b, why
	if !(block != 0) {
		return YUNI_OK
	}
	heap_lock(tls, h)
	b = live_block(tls, h, block, unsafe.Pointer(&why))
	if !(b != 0) {
		why = misuse(tls, h, why, __ccgo_ts+5513, block)
		heap_unlock(tls, h)
		return why
	}
	*(*uint64_t)(__ccgo_ptr(h + 8432)) -= bsize(tls, b)
	(*yuni_heap)(unsafe.Pointer(h)).Ffrees = (*yuni_heap)(unsafe.Pointer(h)).Ffrees + 1
	poison(tls, h, payload(tls, b), bsize(tls, b))
	release(tls, h, b)
	heap_unlock(tls, h)
	return YUNI_OK
}

func resize_in(tls *libc.TLS, h uintptr, block1 uintptr, size size_t) (r int32_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var adj, before size_t
	var b, next uintptr
	var why int32_t
	_, _, _, _, _ = adj, b, before, next, why
	if !(block1 != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+5528, 0)
	}
	if size > libc.Uint64FromInt32(1)<<libc.Int32FromInt32(38) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(3), __ccgo_ts+5560, libc.VaList(bp+8, size))
	}
	adj = adjust(tls, size)
	heap_lock(tls, h)
	b = live_block(tls, h, block1, unsafe.Pointer(&why))
	if !(b != 0) {
		why = misuse(tls, h, why, __ccgo_ts+5605, block1)
		heap_unlock(tls, h)
		return why
	}
	before = bsize(tls, b)
	if adj > before {
		next = next_phys(tls, b)
		if !((*block)(unsafe.Pointer(next)).Fsize&libc.Uint64FromInt32(1) != 0) || before+uint64(libc.UintptrFromInt32(0)+32)+bsize(tls, next) < adj {
			heap_unlock(tls, h)
			return Xyuni__fail(tls, -libc.Int32FromInt32(3), __ccgo_ts+5622, libc.VaList(bp+8, block1, size))
		}
		remove_free(tls, h, next)
		*(*uint64_t)(__ccgo_ptr(b + 8)) += uint64(libc.UintptrFromInt32(0)+32) + bsize(tls, next)
		(*block)(unsafe.Pointer(next)).Fcanary = uint64(0)
		*(*uint64_t)(__ccgo_ptr(next_phys(tls, b) + 8)) &= ^libc.Uint64FromInt32(2)
	}
	trim(tls, h, b, adj)
	(*yuni_heap)(unsafe.Pointer(h)).Fused_bytes = (*yuni_heap)(unsafe.Pointer(h)).Fused_bytes - before + bsize(tls, b)
	if (*yuni_heap)(unsafe.Pointer(h)).Fused_bytes > (*yuni_heap)(unsafe.Pointer(h)).Fhigh_water {
		(*yuni_heap)(unsafe.Pointer(h)).Fhigh_water = (*yuni_heap)(unsafe.Pointer(h)).Fused_bytes
	}
	heap_unlock(tls, h)
	return YUNI_OK
}

func usable_size_in(tls *libc.TLS, h uintptr, block uintptr) (r size_t) {
	var b uintptr
	var n size_t
	var why int32_t
	_, _, _ = b, n, why
	n = uint64(0)
	if !(block != 0) {
		return uint64(0)
	}
	heap_lock(tls, h)
	b = live_block(tls, h, block, unsafe.Pointer(&why))
	if b != 0 {
		n = bsize(tls, b)
	}
	heap_unlock(tls, h)
	return n
}

func stats_in(tls *libc.TLS, h uintptr, out uintptr) (r int32_t) {
	var b uintptr
	var fl, sl int32
	_, _, _ = b, fl, sl
	if !(out != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+5677, 0)
	}
	heap_lock(tls, h)
	libc.Xmemset(tls, out, 0, uint64(80))
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Ftotal_bytes = (*yuni_heap)(unsafe.Pointer(h)).Ftotal_bytes
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Ffree_bytes = (*yuni_heap)(unsafe.Pointer(h)).Ffree_bytes
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Fused_bytes = (*yuni_heap)(unsafe.Pointer(h)).Fused_bytes
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Fhigh_water = (*yuni_heap)(unsafe.Pointer(h)).Fhigh_water
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Fallocs = (*yuni_heap)(unsafe.Pointer(h)).Fallocs
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Ffrees = (*yuni_heap)(unsafe.Pointer(h)).Ffrees
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Ffailures = (*yuni_heap)(unsafe.Pointer(h)).Ffailures
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Fmisuses = (*yuni_heap)(unsafe.Pointer(h)).Fmisuses
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Flocked = (*yuni_heap)(unsafe.Pointer(h)).Flocked
	(*yuni_heap_statistics)(unsafe.Pointer(out)).Fflags = (*yuni_heap)(unsafe.Pointer(h)).Fflags
	if (*yuni_heap)(unsafe.Pointer(h)).Ffl_map != 0 {
		/* The largest block is in the highest non-empty class; that list is
		 * not sorted, so walk it (stats are not a real-time call). */
		fl = int32(31) - libc.X__builtin_clz(tls, (*yuni_heap)(unsafe.Pointer(h)).Ffl_map)
		sl = int32(31) - libc.X__builtin_clz(tls, *(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4)))
		b = *(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8))
		for {
			if !(b != 0) {
				break
			}
			if bsize(tls, b) > (*yuni_heap_statistics)(unsafe.Pointer(out)).Flargest_free {
				(*yuni_heap_statistics)(unsafe.Pointer(out)).Flargest_free = bsize(tls, b)
			}
			goto _1
		_1:
			;
			b = (*block)(unsafe.Pointer(b)).Fnext_free
		}
	}
	heap_unlock(tls, h)
	return YUNI_OK
}

func check_locked(tls *libc.TLS, h uintptr) (r int32_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var b, prev, q uintptr
	var bit, fl, prev_free, sl, want_fl, want_sl int32
	var free_count, free_sum, listed, listed_sum, used_sum, v6 uint64_t
	var i size_t
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = b, bit, fl, free_count, free_sum, i, listed, listed_sum, prev, prev_free, q, sl, used_sum, want_fl, want_sl, v6
	prev = libc.UintptrFromInt32(0)
	free_sum = uint64(0)
	used_sum = uint64(0)
	free_count = uint64(0)
	listed = uint64(0)
	listed_sum = uint64(0)
	b = (*yuni_heap)(unsafe.Pointer(h)).Ffirst
	for {
		if !(b != (*yuni_heap)(unsafe.Pointer(h)).Fsentinel) {
			break
		}
		prev_free = libc.BoolInt32(prev != 0 && (*block)(unsafe.Pointer(prev)).Fsize&libc.Uint64FromInt32(1) != 0)
		if b < (*yuni_heap)(unsafe.Pointer(h)).Ffirst || b >= (*yuni_heap)(unsafe.Pointer(h)).Fsentinel {
			return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+5706, libc.VaList(bp+8, b))
		}
		if (*block)(unsafe.Pointer(b)).Fcanary != canary_of(tls, h, b) {
			return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+5746, libc.VaList(bp+8, b))
		}
		if libc.BoolInt32(!!((*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(2) != 0)) != prev_free {
			return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+5784, libc.VaList(bp+8, b))
		}
		if prev_free != 0 && (*block)(unsafe.Pointer(b)).Fprev_phys != prev {
			return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+5835, libc.VaList(bp+8, b))
		}
		if prev_free != 0 && (*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(1) != 0 {
			return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+5878, libc.VaList(bp+8, prev, b))
		}
		if bsize(tls, b) < libc.Uint64FromInt32(16) || bsize(tls, b)&libc.Uint64FromInt32(int32(ALIGN)-libc.Int32FromInt32(1)) != 0 || next_phys(tls, b) > (*yuni_heap)(unsafe.Pointer(h)).Fsentinel {
			return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+5918, libc.VaList(bp+8, b))
		}
		if (*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(1) != 0 {
			free_sum = free_sum + bsize(tls, b)
			free_count = free_count + 1
			if (*yuni_heap)(unsafe.Pointer(h)).Fflags&uint32(0x4) != 0 {
				q = payload(tls, b)
				i = libc.Uint64FromInt32(16)
				for {
					if !(i < bsize(tls, b)) {
						break
					}
					if libc.Int32FromUint8(*(*uint8)(__ccgo_ptr(q + uintptr(i)))) != int32(POISON_BYTE) {
						return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+5954, libc.VaList(bp+8, q+uintptr(i)))
					}
					goto _2
				_2:
					;
					i = i + 1
				}
			}
		} else {
			used_sum = used_sum + bsize(tls, b)
		}
		goto _1
	_1:
		;
		prev = b
		b = next_phys(tls, b)
	}
	if libc.BoolInt32(!!((*block)(unsafe.Pointer((*yuni_heap)(unsafe.Pointer(h)).Fsentinel)).Fsize&libc.Uint64FromInt32(2) != 0)) != libc.BoolInt32(prev != 0 && (*block)(unsafe.Pointer(prev)).Fsize&libc.Uint64FromInt32(1) != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+6008, 0)
	}
	fl = 0
	for {
		if !(fl < int32(FL_COUNT)) {
			break
		}
		sl = 0
		for {
			if !(sl < int32(SL_COUNT)) {
				break
			}
			bit = libc.BoolInt32(!!(*(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4))&(libc.Uint32FromUint32(1)<<sl) != 0))
			if bit != libc.BoolInt32(!!(*(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8)) != 0)) {
				return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+6048, libc.VaList(bp+8, fl, sl))
			}
			b = *(*uintptr)(__ccgo_ptr(h + 136 + uintptr(fl)*256 + uintptr(sl)*8))
			for {
				if !(b != 0) {
					break
				}
				mapping(tls, bsize(tls, b), unsafe.Pointer(&want_fl), unsafe.Pointer(&want_sl))
				if !((*block)(unsafe.Pointer(b)).Fsize&libc.Uint64FromInt32(1) != 0) || want_fl != fl || want_sl != sl {
					return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+6093, libc.VaList(bp+8, b))
				}
				listed = listed + 1
				v6 = listed
				if v6 > free_count {
					return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+6135, 0)
				}
				listed_sum = listed_sum + bsize(tls, b)
				goto _5
			_5:
				;
				b = (*block)(unsafe.Pointer(b)).Fnext_free
			}
			goto _4
		_4:
			;
			sl = sl + 1
		}
		if libc.BoolInt32(!!((*yuni_heap)(unsafe.Pointer(h)).Ffl_map&(libc.Uint32FromUint32(1)<<fl) != 0)) != libc.BoolInt32(!!(*(*uint32_t)(__ccgo_ptr(h + 4 + uintptr(fl)*4)) != 0)) {
			return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+6190, libc.VaList(bp+8, fl))
		}
		goto _3
	_3:
		;
		fl = fl + 1
	}
	if listed != free_count || listed_sum != free_sum || free_sum != (*yuni_heap)(unsafe.Pointer(h)).Ffree_bytes || used_sum != (*yuni_heap)(unsafe.Pointer(h)).Fused_bytes {
		return Xyuni__fail(tls, -libc.Int32FromInt32(13), __ccgo_ts+6236, 0)
	}
	return YUNI_OK
}

func check_in(tls *libc.TLS, h uintptr) (r int32_t) {
	var st int32_t
	_ = st
	heap_lock(tls, h)
	st = check_locked(tls, h)
	heap_unlock(tls, h)
	return st
}

/* ---- the calls: each borrows the heap around its body ---- */

func Xyuni_heap_alloc(tls *libc.TLS, heap uintptr, size size_t, align size_t) (r uintptr) {
	var h, p uintptr
	_, _ = h, p
	h = heap_borrow(tls, heap)
	if !(h != 0) {
		Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+6282, 0)
		return libc.UintptrFromInt32(0)
	}
	p = alloc_in(tls, h, size, align)
	heap_return(tls, heap)
	return p
}

func Xyuni_heap_free(tls *libc.TLS, heap uintptr, block uintptr) (r int32_t) {
	var h uintptr
	var st int32_t
	_, _ = h, st
	h = heap_borrow(tls, heap)
	if !(h != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+6315, 0)
	}
	st = free_in(tls, h, block)
	heap_return(tls, heap)
	return st
}

func Xyuni_heap_resize(tls *libc.TLS, heap uintptr, block uintptr, size size_t) (r int32_t) {
	var h uintptr
	var st int32_t
	_, _ = h, st
	h = heap_borrow(tls, heap)
	if !(h != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+6347, 0)
	}
	st = resize_in(tls, h, block, size)
	heap_return(tls, heap)
	return st
}

func Xyuni_heap_stats(tls *libc.TLS, heap uintptr, out uintptr) (r int32_t) {
	var h uintptr
	var st int32_t
	_, _ = h, st
	h = heap_borrow(tls, heap)
	if !(h != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+6381, 0)
	}
	st = stats_in(tls, h, out)
	heap_return(tls, heap)
	return st
}

func Xyuni_heap_check(tls *libc.TLS, heap uintptr) (r int32_t) {
	var h uintptr
	var st int32_t
	_, _ = h, st
	h = heap_borrow(tls, heap)
	if !(h != 0) {
		return Xyuni__fail(tls, -libc.Int32FromInt32(2), __ccgo_ts+6414, 0)
	}
	st = check_in(tls, h)
	heap_return(tls, heap)
	return st
}

func Xyuni_heap_usable_size(tls *libc.TLS, heap uintptr, block uintptr) (r size_t) {
	var h uintptr
	var n size_t
	_, _ = h, n
	h = heap_borrow(tls, heap)
	if !(h != 0) {
		return uint64(0)
	}
	n = usable_size_in(tls, h, block)
	heap_return(tls, heap)
	return n
}

const CAPACITY = 128
const PROGRAM_DYING2 = "0x80000000u"
const READ = 64
const UINT64_MAX3 = 18446744073709551615
const WRITTEN = 0
const YUNI_HEAP_LOCK2 = "0x1u"
const YUNI_HEAP_LOCK_OPTIONAL2 = "0x2u"
const YUNI_HEAP_POISON2 = "0x4u"
const YUNI_HEAP_UNSYNCHRONIZED2 = "0x8u"

func counter(tls *libc.TLS, ring uintptr, at size_t) (r uintptr) {
	return ring + uintptr(at)
}

// C documentation
//
//	/* The capacity, or 0 when the header is not a ring that fits in `len`
//	 * bytes (pass UINT64_MAX when the length is unknown). */
func capacity(tls *libc.TLS, ring uintptr, len1 uint64_t) (r uint64_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_load_ptr uintptr
	var cap1, v1 uint64_t
	var _ /* __atomic_load_tmp at bp+0 */ uint64_t
	_, _, _ = __atomic_load_ptr, cap1, v1
	if !(ring != 0) || uint64(ring)&uint64(7) != 0 || len1 < uint64(YUNI_RING_HEADER) {
		return uint64(0)
	}
	{
		__atomic_load_ptr = counter(tls, ring, uint64(CAPACITY))
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp, int32(memory_order_relaxed))
		v1 = *(*uint64_t)(__ccgo_ptr(bp))
	}
	cap1 = v1
	if cap1 == uint64(0) || cap1&(cap1-uint64(1)) != 0 || cap1 > len1-uint64(YUNI_RING_HEADER) {
		return uint64(0)
	}
	return cap1
}

func Xoff_ring_init(tls *libc.TLS, mem uintptr, len1 uint64_t) (r int64_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_store_ptr, __atomic_store_ptr1, __atomic_store_ptr2 uintptr
	var cap1, room uint64_t
	var _ /* __atomic_store_tmp at bp+0 */ uint64_t
	var _ /* __atomic_store_tmp at bp+16 */ uint64_t
	var _ /* __atomic_store_tmp at bp+8 */ uint64_t
	_, _, _, _, _ = __atomic_store_ptr, __atomic_store_ptr1, __atomic_store_ptr2, cap1, room
	if !(mem != 0) || uint64(mem)&uint64(7) != 0 || len1 <= uint64(YUNI_RING_HEADER) {
		return int64(-int32(1))
	}
	room = len1 - uint64(YUNI_RING_HEADER)
	cap1 = uint64(1)
	for cap1 <= room/uint64(2) && cap1 < libc.Uint64FromInt32(1)<<libc.Int32FromInt32(62) {
		cap1 = cap1 << uint64(1)
	}
	{
		__atomic_store_ptr = counter(tls, mem, uint64(WRITTEN))
		*(*uint64_t)(__ccgo_ptr(bp)) = libc.Uint64FromInt32(libc.Int32FromInt32(0))
		libc.X__atomic_storeUint64(tls, __atomic_store_ptr, bp, int32(memory_order_relaxed))
	}
	{
		__atomic_store_ptr1 = counter(tls, mem, uint64(READ))
		*(*uint64_t)(__ccgo_ptr(bp + 8)) = libc.Uint64FromInt32(libc.Int32FromInt32(0))
		libc.X__atomic_storeUint64(tls, __atomic_store_ptr1, bp+8, int32(memory_order_relaxed))
	}
	{
		__atomic_store_ptr2 = counter(tls, mem, uint64(CAPACITY))
		*(*uint64_t)(__ccgo_ptr(bp + 16)) = cap1
		libc.X__atomic_storeUint64(tls, __atomic_store_ptr2, bp+16, int32(memory_order_release))
	}
	return libc.Int64FromUint64(cap1)
}

func Xoff_ring_count(tls *libc.TLS, ring uintptr, len1 uint64_t) (r int64_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_load_ptr, __atomic_load_ptr1 uintptr
	var cap1, used, v1, v2 uint64_t
	var v3 int64
	var _ /* __atomic_load_tmp at bp+0 */ uint64_t
	var _ /* __atomic_load_tmp at bp+8 */ uint64_t
	_, _, _, _, _, _, _ = __atomic_load_ptr, __atomic_load_ptr1, cap1, used, v1, v2, v3
	cap1 = capacity(tls, ring, len1)
	if !(cap1 != 0) {
		return int64(-int32(1))
	}
	{
		__atomic_load_ptr = counter(tls, ring, uint64(WRITTEN))
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp, int32(memory_order_acquire))
		v1 = *(*uint64_t)(__ccgo_ptr(bp))
	}
	{
		__atomic_load_ptr1 = counter(tls, ring, uint64(READ))
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr1, bp+8, int32(memory_order_acquire))
		v2 = *(*uint64_t)(__ccgo_ptr(bp + 8))
	}
	used = v1 - v2
	if used > cap1 {
		v3 = int64(-int32(1))
	} else {
		v3 = libc.Int64FromUint64(used)
	}
	return v3
}

func Xoff_ring_put(tls *libc.TLS, ring uintptr, len1 uint64_t, src uintptr, n uint64_t) (r int64_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_load_ptr, __atomic_load_ptr1, __atomic_store_ptr, data uintptr
	var at, cap1, first, used, w, v1, v2 uint64_t
	var v3 uint64
	var _ /* __atomic_load_tmp at bp+0 */ uint64_t
	var _ /* __atomic_load_tmp at bp+8 */ uint64_t
	var _ /* __atomic_store_tmp at bp+16 */ uint64_t
	_, _, _, _, _, _, _, _, _, _, _, _ = __atomic_load_ptr, __atomic_load_ptr1, __atomic_store_ptr, at, cap1, data, first, used, w, v1, v2, v3
	cap1 = capacity(tls, ring, len1)
	if !(cap1 != 0) {
		return int64(-int32(1))
	}
	{
		__atomic_load_ptr = counter(tls, ring, uint64(WRITTEN))
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp, int32(memory_order_relaxed))
		v1 = *(*uint64_t)(__ccgo_ptr(bp))
	}
	w = v1
	{
		__atomic_load_ptr1 = counter(tls, ring, uint64(READ))
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr1, bp+8, int32(memory_order_acquire))
		v2 = *(*uint64_t)(__ccgo_ptr(bp + 8))
	}
	used = w - v2
	if used > cap1 {
		return int64(-int32(1))
	}
	if n > cap1-used {
		return 0
	}
	data = ring + uintptr(YUNI_RING_HEADER)
	at = w & (cap1 - uint64(1))
	if cap1-at < n {
		v3 = cap1 - at
	} else {
		v3 = n
	}
	first = v3
	if first != 0 {
		libc.Xmemmove(tls, data+uintptr(at), src, first)
	}
	if n > first {
		libc.Xmemmove(tls, data, src+uintptr(first), n-first)
	}
	{
		__atomic_store_ptr = counter(tls, ring, uint64(WRITTEN))
		*(*uint64_t)(__ccgo_ptr(bp + 16)) = w + n
		libc.X__atomic_storeUint64(tls, __atomic_store_ptr, bp+16, int32(memory_order_release))
	}
	return libc.Int64FromUint64(n)
}

func Xoff_ring_get(tls *libc.TLS, ring uintptr, len1 uint64_t, dst uintptr, n uint64_t) (r1 int64_t) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_load_ptr, __atomic_load_ptr1, __atomic_store_ptr, data uintptr
	var at, cap1, first, r, used, v1, v2 uint64_t
	var v3 uint64
	var _ /* __atomic_load_tmp at bp+0 */ uint64_t
	var _ /* __atomic_load_tmp at bp+8 */ uint64_t
	var _ /* __atomic_store_tmp at bp+16 */ uint64_t
	_, _, _, _, _, _, _, _, _, _, _, _ = __atomic_load_ptr, __atomic_load_ptr1, __atomic_store_ptr, at, cap1, data, first, r, used, v1, v2, v3
	cap1 = capacity(tls, ring, len1)
	if !(cap1 != 0) {
		return int64(-int32(1))
	}
	{
		__atomic_load_ptr = counter(tls, ring, uint64(READ))
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr, bp, int32(memory_order_relaxed))
		v1 = *(*uint64_t)(__ccgo_ptr(bp))
	}
	r = v1
	{
		__atomic_load_ptr1 = counter(tls, ring, uint64(WRITTEN))
		libc.X__atomic_loadUint64(tls, __atomic_load_ptr1, bp+8, int32(memory_order_acquire))
		v2 = *(*uint64_t)(__ccgo_ptr(bp + 8))
	}
	used = v2 - r
	if used > cap1 {
		return int64(-int32(1))
	}
	if n > used {
		n = used
	}
	data = ring + uintptr(YUNI_RING_HEADER)
	at = r & (cap1 - uint64(1))
	if cap1-at < n {
		v3 = cap1 - at
	} else {
		v3 = n
	}
	first = v3
	if first != 0 {
		libc.Xmemmove(tls, dst, data+uintptr(at), first)
	}
	if n > first {
		libc.Xmemmove(tls, dst+uintptr(first), data, n-first)
	}
	{
		__atomic_store_ptr = counter(tls, ring, uint64(READ))
		*(*uint64_t)(__ccgo_ptr(bp + 16)) = r + n
		libc.X__atomic_storeUint64(tls, __atomic_store_ptr, bp+16, int32(memory_order_release))
	}
	return libc.Int64FromUint64(n)
}

/* ---- the C API ---- */

func Xyuni_ring_init(tls *libc.TLS, mem uintptr, bytes uint64_t) (r int64_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var cap1 int64_t
	_ = cap1
	cap1 = Xoff_ring_init(tls, mem, bytes)
	if cap1 < 0 {
		return int64(Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+6447, libc.VaList(bp+8, int32(YUNI_RING_HEADER))))
	}
	return cap1
}

func not_a_ring(tls *libc.TLS, who uintptr) (r int64_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	return int64(Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+6512, libc.VaList(bp+8, who)))
}

func Xyuni_ring_put(tls *libc.TLS, ring uintptr, src uintptr, n uint64_t) (r int64_t) {
	var got int64_t
	var v1 int64
	_, _ = got, v1
	if !(src != 0) && n != 0 {
		return int64(Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+6567, 0))
	}
	got = Xoff_ring_put(tls, ring, libc.Uint64FromUint64(0xffffffffffffffff), src, n)
	if got < 0 {
		v1 = not_a_ring(tls, __ccgo_ts+6594)
	} else {
		v1 = got
	}
	return v1
}

func Xyuni_ring_get(tls *libc.TLS, ring uintptr, dst uintptr, n uint64_t) (r int64_t) {
	var got int64_t
	var v1 int64
	_, _ = got, v1
	if !(dst != 0) && n != 0 {
		return int64(Xyuni__fail(tls, -libc.Int32FromInt32(1), __ccgo_ts+6608, 0))
	}
	got = Xoff_ring_get(tls, ring, libc.Uint64FromUint64(0xffffffffffffffff), dst, n)
	if got < 0 {
		v1 = not_a_ring(tls, __ccgo_ts+6635)
	} else {
		v1 = got
	}
	return v1
}

func Xyuni_ring_count(tls *libc.TLS, ring uintptr) (r int64_t) {
	var got int64_t
	var v1 int64
	_, _ = got, v1
	got = Xoff_ring_count(tls, uintptr(uint64(ring)), libc.Uint64FromUint64(0xffffffffffffffff))
	if got < 0 {
		v1 = not_a_ring(tls, __ccgo_ts+6649)
	} else {
		v1 = got
	}
	return v1
}

const UINT64_MAX4 = "0xffffffffffffffffu"

func Xyuni_strerror(tls *libc.TLS, status int32_t) (r uintptr) {
	switch status {
	case YUNI_OK:
		return __ccgo_ts + 6665
	case -libc.Int32FromInt32(1):
		return __ccgo_ts + 6673
	case -libc.Int32FromInt32(2):
		return __ccgo_ts + 6724
	case -libc.Int32FromInt32(3):
		return __ccgo_ts + 90
	case -libc.Int32FromInt32(4):
		return __ccgo_ts + 6778
	case -libc.Int32FromInt32(5):
		return __ccgo_ts + 6791
	case -libc.Int32FromInt32(6):
		return __ccgo_ts + 6816
	case -libc.Int32FromInt32(7):
		return __ccgo_ts + 6841
	case -libc.Int32FromInt32(8):
		return __ccgo_ts + 6887
	case -libc.Int32FromInt32(9):
		return __ccgo_ts + 6923
	case -libc.Int32FromInt32(10):
		return __ccgo_ts + 6945
	case -libc.Int32FromInt32(11):
		return __ccgo_ts + 6985
	case -libc.Int32FromInt32(12):
		return __ccgo_ts + 7019
	case -libc.Int32FromInt32(13):
		return __ccgo_ts + 7065
	case -libc.Int32FromInt32(14):
		return __ccgo_ts + 7133
	case -libc.Int32FromInt32(15):
		return __ccgo_ts + 7183
	case -libc.Int32FromInt32(16):
		return __ccgo_ts + 7219
	case int32(YUNI_OWN_SWITCHED):
		return __ccgo_ts + 7246
	default:
		return __ccgo_ts + 7287
	}
	return r
}

// C documentation
//
//	/* Thread-local so a host with many threads reads its own failure, as with
//	 * dlerror(); cgo runs a C->Go call on the calling thread, so Go fills the
//	 * same slot the host reads. */
var error_detail [512]int8

func Xyuni_error_detail(tls *libc.TLS) (r uintptr) {
	return uintptr(unsafe.Pointer(&error_detail))
}

func Xyuni__set_error_detail(tls *libc.TLS, text uintptr) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var v1 uintptr
	_ = v1
	if text != 0 {
		v1 = text
	} else {
		v1 = __ccgo_ts + 3546
	}
	libc.X__builtin_snprintf(tls, uintptr(unsafe.Pointer(&error_detail)), uint64(512), __ccgo_ts+3451, libc.VaList(bp+8, v1))
}

func Xyuni__fail(tls *libc.TLS, status int32_t, format uintptr, va uintptr) (r int32_t) {
	var ap va_list
	_ = ap
	ap = va
	libc.X__builtin_vsnprintf(tls, uintptr(unsafe.Pointer(&error_detail)), uint64(512), format, ap)
	_ = ap
	return status
}

const GEN_SHIFT = "YUNI__HANDLE_GEN_SHIFT"
const SLOTS = "YUNI__HANDLE_SLOTS"
const TYPE_SHIFT = "YUNI__HANDLE_TYPE_SHIFT"
const slots = "yuni__handle_slots"

var slots_lock = pthread_mutex_t{}
var free_head uint32_t
var free_tail uint32_t  /* indices, 0 = none */
var next_fresh uint32_t /* slots[0] is never used: handle 0 means NULL */

func encode(tls *libc.TLS, index uint32_t, tag uint64_t) (r uintptr_t) {
	return tag>>libc.Int32FromInt32(4)<<libc.Int32FromInt32(YUNI__HANDLE_GEN_SHIFT) | tag&libc.Uint64FromInt32(15)<<libc.Int32FromInt32(YUNI__HANDLE_TYPE_SHIFT) | uint64(index)
}

func Xyuni__handle_new(tls *libc.TLS, type1 yuni_handle_type, object uintptr) (r uintptr_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_store_ptr, __atomic_store_ptr1 uintptr
	var index, v1 uint32_t
	var tag uint64_t
	var _ /* __atomic_store_tmp at bp+0 */ uintptr
	var _ /* __atomic_store_tmp at bp+8 */ uint64_t
	_, _, _, _, _ = __atomic_store_ptr, __atomic_store_ptr1, index, tag, v1
	libc.Xpthread_mutex_lock(tls, uintptr(unsafe.Pointer(&slots_lock)))
	if next_fresh+uint32(1) < libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS) {
		/* Fresh slots first: a freed slot waits as long as it can. */
		next_fresh = next_fresh + 1
		v1 = next_fresh
		index = v1
	} else {
		if free_head != 0 {
			index = free_head
			free_head = Xyuni__handle_slots[index].Fnext_free
			if !(free_head != 0) {
				free_tail = uint32(0)
			}
		} else {
			libc.Xpthread_mutex_unlock(tls, uintptr(unsafe.Pointer(&slots_lock)))
			return uint64(0)
		}
	}
	Xyuni__handle_slots[index].Fgeneration = Xyuni__handle_slots[index].Fgeneration + 1
	tag = Xyuni__handle_slots[index].Fgeneration<<int32(4) | libc.Uint64FromInt32(type1)
	/* Release, so a yuni__handle_peek that reads this object also sees the
	 * old tag gone. */
	{
		__atomic_store_ptr = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64 + 8
		*(*uintptr)(__ccgo_ptr(bp)) = object
		_atomic_storeUintptr(tls, __atomic_store_ptr, bp, int32(memory_order_release))
	}
	{
		__atomic_store_ptr1 = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64
		*(*uint64_t)(__ccgo_ptr(bp + 8)) = tag
		libc.X__atomic_storeUint64(tls, __atomic_store_ptr1, bp+8, int32(memory_order_release))
	}
	libc.Xpthread_mutex_unlock(tls, uintptr(unsafe.Pointer(&slots_lock)))
	return encode(tls, index, tag)
}

func Xyuni__handle_retire_begin(tls *libc.TLS, handle1 uintptr_t, type1 yuni_handle_type) (r uintptr) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_compare_exchange_ptr, __atomic_load_ptr, s, v3 uintptr
	var index uint32_t
	var v1 uintptr_t
	var v2 yuni_handle_type
	var v5 int32
	var _ /* __atomic_compare_exchange_tmp at bp+8 */ uint64_t
	var _ /* __atomic_load_tmp at bp+16 */ uintptr
	var _ /* want at bp+0 */ uint64_t
	_, _, _, _, _, _, _, _ = __atomic_compare_exchange_ptr, __atomic_load_ptr, index, s, v1, v2, v3, v5
	v1 = handle1
	v2 = type1
	index = uint32(v1 & uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))
	if index == uint32(0) || v1>>libc.Int32FromInt32(YUNI__HANDLE_TYPE_SHIFT)&uint64(15) != libc.Uint64FromInt32(v2) {
		v3 = libc.UintptrFromInt32(0)
		goto _4
	}
	*(*uint64_t)(__ccgo_ptr(bp)) = v1>>int32(YUNI__HANDLE_GEN_SHIFT)<<int32(4) | libc.Uint64FromInt32(v2)
	v3 = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64
	goto _4
_4:
	s = v3
	if !(s != 0) {
		return libc.UintptrFromInt32(0)
	}
	/* Only the thread whose CAS clears the tag owns the retirement. */
	{
		__atomic_compare_exchange_ptr = s
		*(*uint64_t)(__ccgo_ptr(bp + 8)) = libc.Uint64FromInt32(libc.Int32FromInt32(0))
		v5 = libc.X__atomic_compare_exchangeUint64(tls, __atomic_compare_exchange_ptr, bp, bp+8, libc.Int32FromInt32(0), int32(memory_order_seq_cst), int32(memory_order_relaxed))
	}
	if !(v5 != 0) {
		return libc.UintptrFromInt32(0)
	}
	{
		__atomic_load_ptr = s + 8
		_atomic_loadUintptr(tls, __atomic_load_ptr, bp+16, int32(memory_order_relaxed))
		v3 = *(*uintptr)(__ccgo_ptr(bp + 16))
	}
	return v3
}

// C documentation
//
//	/* Back off while callers finish: a destroy is a control-plane call, and the
//	 * callers it waits for are leaving (step 3 woke the blocked ones), so a
//	 * short spin and then sleeps that grow to 1 ms cost less than a futex pair on
//	 * every leave would. */
func wait_for_users(tls *libc.TLS, s uintptr) {
	bp := tls.Alloc(32)
	defer tls.Free(32)
	var __atomic_load_ptr uintptr
	var sleep_ns int64
	var spins int32
	var v2 uint32_t
	var _ /* __atomic_load_tmp at bp+0 */ uint32_t
	var _ /* ts at bp+8 */ timespec
	_, _, _, _ = __atomic_load_ptr, sleep_ns, spins, v2
	sleep_ns = int64(1000)
	spins = 0
	for {
		{
			__atomic_load_ptr = s + 16
			libc.X__atomic_loadUint32(tls, __atomic_load_ptr, bp, int32(memory_order_seq_cst))
			v2 = *(*uint32_t)(__ccgo_ptr(bp))
		}
		if !(v2 != uint32(0)) {
			break
		}
		if spins < int32(64) {
			libc.Xsched_yield(tls)
		} else {
			*(*timespec)(__ccgo_ptr(bp + 8)) = timespec{
				Ftv_nsec: sleep_ns,
			}
			libc.Xnanosleep(tls, bp+8, libc.UintptrFromInt32(0))
			if sleep_ns < int64(1000000) {
				sleep_ns = sleep_ns * int64(2)
			}
		}
		goto _1
	_1:
		;
		spins = spins + 1
	}
}

func Xyuni__handle_retire_wait(tls *libc.TLS, handle uintptr_t) {
	bp := tls.Alloc(16)
	defer tls.Free(16)
	var __atomic_store_ptr, s uintptr
	var index uint32_t
	var _ /* __atomic_store_tmp at bp+0 */ uintptr
	_, _, _ = __atomic_store_ptr, index, s
	index = uint32(handle & uint64(libc.Uint32FromUint32(1)<<libc.Int32FromInt32(YUNI__HANDLE_SLOT_BITS)-libc.Uint32FromInt32(1)))
	s = uintptr(unsafe.Pointer(&Xyuni__handle_slots)) + uintptr(index)*64
	wait_for_users(tls, s)
	{
		__atomic_store_ptr = s + 8
		*(*uintptr)(__ccgo_ptr(bp)) = libc.UintptrFromInt32(0)
		_atomic_storeUintptr(tls, __atomic_store_ptr, bp, int32(memory_order_relaxed))
	}
	libc.Xpthread_mutex_lock(tls, uintptr(unsafe.Pointer(&slots_lock)))
	(*yuni__handle_slot)(unsafe.Pointer(s)).Fnext_free = uint32(0)
	if free_tail != 0 {
		Xyuni__handle_slots[free_tail].Fnext_free = index
	} else {
		free_head = index
	}
	free_tail = index
	libc.Xpthread_mutex_unlock(tls, uintptr(unsafe.Pointer(&slots_lock)))
}

func Xyuni__handle_retire(tls *libc.TLS, handle uintptr_t, type1 yuni_handle_type) (r uintptr) {
	var object uintptr
	_ = object
	object = Xyuni__handle_retire_begin(tls, handle, type1)
	if object != 0 {
		Xyuni__handle_retire_wait(tls, handle)
	}
	return object
}

/* ---- the thread's record of what it is inside ----
 * Touched only by yuni__handle_enter/leave on the thread itself, never from
 * a signal handler (borrow, the async-signal-safe path, keeps no record). */

func Xyuni__inside_push(tls *libc.TLS, handle uintptr_t) {
	var hole, i, v2 uint32_t
	var t, v3 uintptr
	_, _, _, _, _ = hole, i, t, v2, v3
	t = uintptr(unsafe.Pointer(&Xyuni__inside_tls))
	hole = uint32(YUNI__INSIDE_MAX)
	i = uint32(0)
	for {
		if !(i < (*yuni__inside)(unsafe.Pointer(t)).Fn) {
			break
		}
		if *(*uintptr_t)(__ccgo_ptr(t + uintptr(i)*8)) == handle {
			*(*uint32_t)(__ccgo_ptr(t + 64 + uintptr(i)*4)) = *(*uint32_t)(__ccgo_ptr(t + 64 + uintptr(i)*4)) + 1
			return
		}
		if *(*uint32_t)(__ccgo_ptr(t + 64 + uintptr(i)*4)) == uint32(0) && hole == uint32(YUNI__INSIDE_MAX) {
			hole = i
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	if hole == uint32(YUNI__INSIDE_MAX) && (*yuni__inside)(unsafe.Pointer(t)).Fn < uint32(YUNI__INSIDE_MAX) {
		v3 = t + 96
		v2 = *(*uint32_t)(unsafe.Pointer(v3))
		*(*uint32_t)(unsafe.Pointer(v3)) = *(*uint32_t)(unsafe.Pointer(v3)) + 1
		hole = v2
	}
	if hole == uint32(YUNI__INSIDE_MAX) {
		(*yuni__inside)(unsafe.Pointer(t)).Foverflow = (*yuni__inside)(unsafe.Pointer(t)).Foverflow + 1
		return
	}
	*(*uintptr_t)(__ccgo_ptr(t + uintptr(hole)*8)) = handle
	*(*uint32_t)(__ccgo_ptr(t + 64 + uintptr(hole)*4)) = uint32(1)
}

func Xyuni__inside_pop(tls *libc.TLS, handle uintptr_t) {
	var i, v2 uint32_t
	var t, v3 uintptr
	_, _, _, _ = i, t, v2, v3
	t = uintptr(unsafe.Pointer(&Xyuni__inside_tls))
	i = uint32(0)
	for {
		if !(i < (*yuni__inside)(unsafe.Pointer(t)).Fn) {
			break
		}
		if *(*uintptr_t)(__ccgo_ptr(t + uintptr(i)*8)) == handle && *(*uint32_t)(__ccgo_ptr(t + 64 + uintptr(i)*4)) > uint32(0) {
			v3 = t + 64 + uintptr(i)*4
			*(*uint32_t)(unsafe.Pointer(v3)) = *(*uint32_t)(unsafe.Pointer(v3)) - 1
			v2 = *(*uint32_t)(unsafe.Pointer(v3))
			if v2 == uint32(0) {
				*(*uintptr_t)(__ccgo_ptr(t + uintptr(i)*8)) = uint64(0)
				for (*yuni__inside)(unsafe.Pointer(t)).Fn > uint32(0) && *(*uint32_t)(__ccgo_ptr(t + 64 + uintptr((*yuni__inside)(unsafe.Pointer(t)).Fn-uint32(1))*4)) == uint32(0) {
					(*yuni__inside)(unsafe.Pointer(t)).Fn = (*yuni__inside)(unsafe.Pointer(t)).Fn - 1
				}
			}
			return
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	if (*yuni__inside)(unsafe.Pointer(t)).Foverflow > uint32(0) {
		(*yuni__inside)(unsafe.Pointer(t)).Foverflow = (*yuni__inside)(unsafe.Pointer(t)).Foverflow - 1
	}
}

func Xyuni__handle_depth(tls *libc.TLS, handle uintptr_t) (r uint32_t) {
	var i uint32_t
	var t uintptr
	var v2 int32
	_, _, _ = i, t, v2
	t = uintptr(unsafe.Pointer(&Xyuni__inside_tls))
	i = uint32(0)
	for {
		if !(i < (*yuni__inside)(unsafe.Pointer(t)).Fn) {
			break
		}
		if *(*uintptr_t)(__ccgo_ptr(t + uintptr(i)*8)) == handle {
			return *(*uint32_t)(__ccgo_ptr(t + 64 + uintptr(i)*4))
		}
		goto _1
	_1:
		;
		i = i + 1
	}
	if (*yuni__inside)(unsafe.Pointer(t)).Foverflow > uint32(0) {
		v2 = int32(1)
	} else {
		v2 = 0
	}
	return libc.Uint32FromInt32(v2)
}

func __ccgo_fp(f interface{}) uintptr {
	type iface [2]uintptr
	return (*iface)(unsafe.Pointer(&f))[1]
}

func __ccgo_ptr(p uintptr) unsafe.Pointer {
	return unsafe.Pointer(p)
}

// C documentation
//
//	/* Set by an offload thread to its stop word: a running entry checks it
//	 * every OFF_CHECK_STEPS steps and traps "interrupted" once it is non-zero. */
var Xoff_interrupt uintptr

/* the names opcodes.def's flags column uses */

var Xoff_op_table = [138]off_op_info{
	0: {
		Fmnemonic: __ccgo_ts + 955,
	},
	1: {
		Fmnemonic: __ccgo_ts + 959,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
		},
	},
	2: {
		Fmnemonic: __ccgo_ts + 965,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	3: {
		Fmnemonic: __ccgo_ts + 971,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RB),
		},
	},
	4: {
		Fmnemonic: __ccgo_ts + 977,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RC),
			1: uint8(OPK_RC),
		},
	},
	5: {
		Fmnemonic: __ccgo_ts + 983,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_IMM),
		},
	},
	6: {
		Fmnemonic: __ccgo_ts + 989,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_K),
		},
	},
	7: {
		Fmnemonic: __ccgo_ts + 997,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_K),
		},
	},
	8: {
		Fmnemonic: __ccgo_ts + 1005,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	9: {
		Fmnemonic: __ccgo_ts + 1011,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_IMM),
		},
	},
	10: {
		Fmnemonic: __ccgo_ts + 1018,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	11: {
		Fmnemonic: __ccgo_ts + 1024,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	12: {
		Fmnemonic: __ccgo_ts + 1030,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	13: {
		Fmnemonic: __ccgo_ts + 1036,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	14: {
		Fmnemonic: __ccgo_ts + 1042,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	15: {
		Fmnemonic: __ccgo_ts + 1048,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
		},
	},
	16: {
		Fmnemonic: __ccgo_ts + 1054,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
		},
	},
	17: {
		Fmnemonic: __ccgo_ts + 1060,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	18: {
		Fmnemonic: __ccgo_ts + 1066,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	19: {
		Fmnemonic: __ccgo_ts + 1072,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	20: {
		Fmnemonic: __ccgo_ts + 1078,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	21: {
		Fmnemonic: __ccgo_ts + 1084,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	22: {
		Fmnemonic: __ccgo_ts + 1090,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
		},
	},
	23: {
		Fmnemonic: __ccgo_ts + 1096,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	24: {
		Fmnemonic: __ccgo_ts + 1102,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
		},
	},
	25: {
		Fmnemonic: __ccgo_ts + 1113,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	26: {
		Fmnemonic: __ccgo_ts + 1118,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	27: {
		Fmnemonic: __ccgo_ts + 1123,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	28: {
		Fmnemonic: __ccgo_ts + 1128,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	29: {
		Fmnemonic: __ccgo_ts + 1133,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	30: {
		Fmnemonic: __ccgo_ts + 1138,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	31: {
		Fmnemonic: __ccgo_ts + 1143,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
		},
	},
	32: {
		Fmnemonic: __ccgo_ts + 1149,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	33: {
		Fmnemonic: __ccgo_ts + 1155,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	34: {
		Fmnemonic: __ccgo_ts + 1161,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	35: {
		Fmnemonic: __ccgo_ts + 1167,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	36: {
		Fmnemonic: __ccgo_ts + 1173,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	37: {
		Fmnemonic: __ccgo_ts + 1179,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	38: {
		Fmnemonic: __ccgo_ts + 1185,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	39: {
		Fmnemonic: __ccgo_ts + 1191,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	40: {
		Fmnemonic: __ccgo_ts + 1197,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	41: {
		Fmnemonic: __ccgo_ts + 1203,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	42: {
		Fmnemonic: __ccgo_ts + 1210,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	43: {
		Fmnemonic: __ccgo_ts + 1216,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	44: {
		Fmnemonic: __ccgo_ts + 1222,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	45: {
		Fmnemonic: __ccgo_ts + 1228,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	46: {
		Fmnemonic: __ccgo_ts + 1234,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	47: {
		Fmnemonic: __ccgo_ts + 1240,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	48: {
		Fmnemonic: __ccgo_ts + 1247,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	49: {
		Fmnemonic: __ccgo_ts + 1254,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	50: {
		Fmnemonic: __ccgo_ts + 1261,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	51: {
		Fmnemonic: __ccgo_ts + 1269,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	52: {
		Fmnemonic: __ccgo_ts + 1277,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	53: {
		Fmnemonic: __ccgo_ts + 1284,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	54: {
		Fmnemonic: __ccgo_ts + 1292,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
		},
	},
	55: {
		Fmnemonic: __ccgo_ts + 1300,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	56: {
		Fmnemonic: __ccgo_ts + 1307,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RF),
		},
	},
	57: {
		Fmnemonic: __ccgo_ts + 1315,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RF),
		},
	},
	58: {
		Fmnemonic: __ccgo_ts + 1323,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RI),
		},
	},
	59: {
		Fmnemonic: __ccgo_ts + 1328,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RF),
		},
	},
	60: {
		Fmnemonic: __ccgo_ts + 1333,
		Fkind: [3]uint8_t{
			0: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_TERM) | int32(OFF_FLAG_BRANCH)),
	},
	61: {
		Fmnemonic: __ccgo_ts + 1337,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	62: {
		Fmnemonic: __ccgo_ts + 1340,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	63: {
		Fmnemonic: __ccgo_ts + 1343,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	64: {
		Fmnemonic: __ccgo_ts + 1349,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	65: {
		Fmnemonic: __ccgo_ts + 1355,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	66: {
		Fmnemonic: __ccgo_ts + 1361,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	67: {
		Fmnemonic: __ccgo_ts + 1367,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	68: {
		Fmnemonic: __ccgo_ts + 1374,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	69: {
		Fmnemonic: __ccgo_ts + 1381,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	70: {
		Fmnemonic: __ccgo_ts + 1388,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
		},
	},
	71: {
		Fmnemonic: __ccgo_ts + 1394,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	72: {
		Fmnemonic: __ccgo_ts + 1400,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	73: {
		Fmnemonic: __ccgo_ts + 1406,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	74: {
		Fmnemonic: __ccgo_ts + 1413,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	75: {
		Fmnemonic: __ccgo_ts + 1420,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	76: {
		Fmnemonic: __ccgo_ts + 1427,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	77: {
		Fmnemonic: __ccgo_ts + 1434,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	78: {
		Fmnemonic: __ccgo_ts + 1441,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	79: {
		Fmnemonic: __ccgo_ts + 1448,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	80: {
		Fmnemonic: __ccgo_ts + 1455,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	81: {
		Fmnemonic: __ccgo_ts + 1462,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	82: {
		Fmnemonic: __ccgo_ts + 1468,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	83: {
		Fmnemonic: __ccgo_ts + 1474,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	84: {
		Fmnemonic: __ccgo_ts + 1481,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	85: {
		Fmnemonic: __ccgo_ts + 1488,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	86: {
		Fmnemonic: __ccgo_ts + 1495,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	87: {
		Fmnemonic: __ccgo_ts + 1502,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	88: {
		Fmnemonic: __ccgo_ts + 1509,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	89: {
		Fmnemonic: __ccgo_ts + 1516,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RF),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	90: {
		Fmnemonic: __ccgo_ts + 1523,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RF),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	91: {
		Fmnemonic: __ccgo_ts + 1530,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	92: {
		Fmnemonic: __ccgo_ts + 1538,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	93: {
		Fmnemonic: __ccgo_ts + 1546,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RF),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	94: {
		Fmnemonic: __ccgo_ts + 1554,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	95: {
		Fmnemonic: __ccgo_ts + 1561,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	96: {
		Fmnemonic: __ccgo_ts + 1568,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	97: {
		Fmnemonic: __ccgo_ts + 1574,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	98: {
		Fmnemonic: __ccgo_ts + 1581,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	99: {
		Fmnemonic: __ccgo_ts + 1586,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	100: {
		Fmnemonic: __ccgo_ts + 1591,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RC),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	101: {
		Fmnemonic: __ccgo_ts + 1597,
		Fkind: [3]uint8_t{
			0: uint8(OPK_FN),
			1: uint8(OPK_RW),
			2: uint8(OPK_RW),
		},
		Fflags: uint8(OFF_FLAG_CALL),
	},
	102: {
		Fmnemonic: __ccgo_ts + 1602,
		Fkind: [3]uint8_t{
			0: uint8(OPK_FN),
			1: uint8(OPK_RW),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_CALL) | int32(OFF_FLAG_TERM)),
	},
	103: {
		Fmnemonic: __ccgo_ts + 1611,
		Fkind: [3]uint8_t{
			0: uint8(OPK_IM),
			1: uint8(OPK_RW),
			2: uint8(OPK_RW),
		},
		Fflags: uint8(OFF_FLAG_CALL),
	},
	104: {
		Fmnemonic: __ccgo_ts + 1617,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_TERM) | int32(OFF_FLAG_AREAD)),
	},
	105: {
		Fmnemonic: __ccgo_ts + 1623,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_TERM) | int32(OFF_FLAG_AREAD)),
	},
	106: {
		Fmnemonic: __ccgo_ts + 1629,
		Fflags:    uint8(OFF_FLAG_TERM),
	},
	107: {
		Fmnemonic: __ccgo_ts + 1633,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
		},
	},
	108: {
		Fmnemonic: __ccgo_ts + 1643,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
		},
	},
	109: {
		Fmnemonic: __ccgo_ts + 1654,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RB),
		},
	},
	110: {
		Fmnemonic: __ccgo_ts + 1663,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RB),
		},
	},
	111: {
		Fmnemonic: __ccgo_ts + 1672,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	112: {
		Fmnemonic: __ccgo_ts + 1679,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	113: {
		Fmnemonic: __ccgo_ts + 1686,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: uint8(OFF_FLAG_BRANCH),
	},
	114: {
		Fmnemonic: __ccgo_ts + 1695,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: uint8(OFF_FLAG_BRANCH),
	},
	115: {
		Fmnemonic: __ccgo_ts + 1704,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	116: {
		Fmnemonic: __ccgo_ts + 1712,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	117: {
		Fmnemonic: __ccgo_ts + 1722,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	118: {
		Fmnemonic: __ccgo_ts + 1732,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	119: {
		Fmnemonic: __ccgo_ts + 1739,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	120: {
		Fmnemonic: __ccgo_ts + 1748,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RB),
			1: uint8(OPK_RI),
			2: uint8(OPK_RF),
		},
		Fflags: uint8(OFF_FLAG_AREAD),
	},
	121: {
		Fmnemonic: __ccgo_ts + 1757,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_IMM),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	122: {
		Fmnemonic: __ccgo_ts + 1764,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_IMM),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	123: {
		Fmnemonic: __ccgo_ts + 1771,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_IMM),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	124: {
		Fmnemonic: __ccgo_ts + 1778,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_IMM),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	125: {
		Fmnemonic: __ccgo_ts + 1785,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_IMM),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	126: {
		Fmnemonic: __ccgo_ts + 1792,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_IMM),
			2: uint8(OPK_J),
		},
		Fflags: libc.Uint8FromInt32(int32(OFF_FLAG_BRANCH) | int32(OFF_FLAG_AREAD)),
	},
	127: {
		Fmnemonic: __ccgo_ts + 1799,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RB),
			2: uint8(OPK_RI),
		},
	},
	128: {
		Fmnemonic: __ccgo_ts + 1807,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	129: {
		Fmnemonic: __ccgo_ts + 1814,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	130: {
		Fmnemonic: __ccgo_ts + 1821,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	131: {
		Fmnemonic: __ccgo_ts + 1828,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	132: {
		Fmnemonic: __ccgo_ts + 1835,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	133: {
		Fmnemonic: __ccgo_ts + 1842,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RI),
			1: uint8(OPK_RI),
			2: uint8(OPK_RI),
		},
	},
	134: {
		Fmnemonic: __ccgo_ts + 1849,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	135: {
		Fmnemonic: __ccgo_ts + 1857,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	136: {
		Fmnemonic: __ccgo_ts + 1865,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
	137: {
		Fmnemonic: __ccgo_ts + 1874,
		Fkind: [3]uint8_t{
			0: uint8(OPK_RF),
			1: uint8(OPK_RF),
			2: uint8(OPK_RF),
		},
	},
}

var Xyuni__handle_slots [65536]yuni__handle_slot

var Xyuni__inside_tls yuni__inside

var Xyuni__offload_compiler uintptr

var Xyuni__offload_fusion = int32(1)

/* The Go translation (offload_c/internal/_transpiled) has no labels as
 * values; it dispatches through a switch. */

// C documentation
//
//	/* chime! rings through this pointer, set by queue/chime.c when it is
//	 * linked: the queue package depends on this one (channels allocate from
//	 * native heaps), so this one cannot name the queue's symbols directly. */
var Xyuni__offload_ring uintptr

var __ccgo_ts = (*reflect.StringHeader)(unsafe.Pointer(&__ccgo_ts1)).Data

var __ccgo_ts1 = "bytecode truncated in %s\x00%s: name outside the string section\x00%s: name contains a NUL byte\x00out of memory\x00%s: bad result type %u\x00%s: %u parameters (limit %d)\x00%s: bad parameter type %u\x00%s: parameters take too many slots\x00bytecode of %zu bytes exceeds the %u-byte limit\x00header\x00YOFF\x00not Offload bytecode (bad magic)\x00bytecode version %u; this library reads version %d\x00unknown header flags 0x%x\x00%u constants (limit %d)\x00%u functions (must be 1..%d)\x00%u imports (limit %d)\x00%u entries (limit %d)\x00bytecode truncated: counts exceed its size\x00constants\x00strings\x00import\x00import %u: unknown flags\x00import %s declared twice\x00function\x00function %s: %u registers (must hold its parameters, limit %d)\x00register types\x00function %s: %u instructions (must be 1..%d)\x00code\x00entry\x00entry %s: function %u does not exist\x00entry %s: unknown flags\x00entry %s defined twice\x00debug file\x00debug\x00debug record %u points outside the code\x00debug records are not sorted\x00%zu bytes of garbage after the bytecode\x00nop\x00mov.i\x00mov.f\x00mov.b\x00mov.c\x00loadi\x00loadk.i\x00loadk.f\x00add.i\x00addk.i\x00sub.i\x00mul.i\x00quo.i\x00rem.i\x00mod.i\x00neg.i\x00abs.i\x00min.i\x00max.i\x00and.i\x00ior.i\x00xor.i\x00not.i\x00ash.i\x00bitcount.i\x00eq.i\x00lt.i\x00le.i\x00eq.f\x00lt.f\x00le.f\x00not.b\x00add.f\x00sub.f\x00mul.f\x00div.f\x00fma.f\x00neg.f\x00abs.f\x00min.f\x00max.f\x00sqrt.f\x00exp.f\x00log.f\x00sin.f\x00cos.f\x00tan.f\x00asin.f\x00acos.f\x00atan.f\x00atan2.f\x00floor.f\x00ceil.f\x00round.f\x00trunc.f\x00expt.f\x00isnan.f\x00isinf.f\x00itof\x00ftoi\x00jmp\x00jt\x00jf\x00jeq.i\x00jne.i\x00jlt.i\x00jle.i\x00jneq.f\x00jnlt.f\x00jnle.f\x00bvlen\x00ld.u8\x00ld.s8\x00ld.u16\x00ld.s16\x00ld.u32\x00ld.s32\x00ld.u64\x00ld.s64\x00ld.f32\x00ld.f64\x00st.u8\x00st.s8\x00st.u16\x00st.s16\x00st.u32\x00st.s32\x00st.u64\x00st.s64\x00st.f32\x00st.f64\x00ldx.s32\x00ldx.f64\x00stx.f64\x00bvfill\x00bvcopy\x00aload\x00astore\x00aadd\x00acas\x00chime\x00call\x00tailcall\x00calli\x00ret.i\x00ret.f\x00ret\x00ring.init\x00ring.count\x00ring.put\x00ring.get\x00madd.f\x00msub.f\x00loopne.i\x00looplt.i\x00guard.i\x00guard.bv1\x00guard.bv8\x00ldu.u8\x00ldxu.f64\x00stxu.f64\x00jeqk.i\x00jnek.i\x00jltk.i\x00jlek.i\x00jgtk.i\x00jgek.i\x00ldx.u32\x00madd.i\x00addw.i\x00subw.i\x00mulw.i\x00shlw.i\x00shrl.i\x00fldiv.f\x00flmod.f\x00fldiv0.f\x00flmod0.f\x00?\x00function %s, instruction %u (%s): \x00argument %u in register %u has the wrong type\x00a void call names result register %u\x00result register %u has the wrong type\x00unused operand is %u, not 0\x00register %u is not an integer register\x00register %u is not a flonum register\x00register %u is not a bytevector register pair\x00register %u is not a chime register\x00register %u does not exist\x00constant %u does not exist\x00jump target %u is outside the function\x00function %u does not exist\x00import %u does not exist\x00operand kind %d unknown\x00register %u has unknown type %u\x00bytevector register %u is not followed by its length\x00length register %u does not follow a bytevector\x00parameter %u's register %u has the wrong type\x00unknown opcode %u\x00registers %u..%u are not three integer registers\x00tail call to %s, whose result type differs\x00returns an integer from a function that does not\x00returns a flonum from a function that does not\x00returns nothing from a function that returns a value\x00the last instruction falls off the end\x00writes the counter or limit of the guarded loop at %u\x00writes bytevector register %u, guarded by the loop at %u\x00jumps to %u, inside the guarded loop at %u, from outside its body\x00an unchecked access outside the body of a guarded loop\x00an unchecked access indexed by register %u, not by the counter of the guarded loop at %u\x00an unchecked access to bytevector register %u, which the loop at %u does not guard for it\x00none\x00out-of-bounds\x00integer-overflow\x00division-by-zero\x00not-integral\x00call-depth\x00budget\x00misaligned\x00bad-handle\x00interrupted\x00unknown trap\x00yuni_offload_last_trap: out is NULL\x00%s\x00%s:%d:%d: trap %s in %s (entry %s, instruction %u)\x00trap %s in %s (entry %s, instruction %u)\x00\x00Offload entry called with a NULL in\x00Offload entry: ctx is not a live entry\x00Offload entry %s: %u of the imports it calls are not granted\x00Offload entry %s: no memory for a register stack\x00a NULL pointer\x00a negative length\x00Offload entry %s: argument %u is a bytevector with %s\x00yuni_offload_load: code or out is NULL\x00the handle table is full\x00yuni_offload_load: the handle table is full\x00yuni_offload_compile: src or out is NULL\x00source\x00the Offload compiler is not linked into this build\x00%s: not a live program\x00%s: called from inside the program's entry %s\x00%s: destroyed concurrently\x00%s: %u offload threads run this program; stop them first\x00yuni_offload_grant: name or fn is NULL\x00yuni_offload_grant: the program has no import %s\x00yuni_offload_entry: NULL argument\x00yuni_offload_entry: the program has no entry %s\x00yuni_offload_count: kind %d is neither entries nor imports\x00yuni_offload_signature_of: NULL out or unknown kind %d\x00yuni_offload_signature_of: index %d outside 0..%u\x00yuni_offload_grant: not a live program\x00yuni_offload_entry: not a live program\x00yuni_offload_set_budget: not a live program\x00yuni_offload_count: not a live program\x00yuni_offload_signature_of: not a live program\x00%s: %p was already freed (double free)\x00%s: the header of block %p is corrupt\x00%s: %p is not a live block of this heap\x00yuni_heap_create: out is NULL\x00yuni_heap_create: unknown flags %#x\x00yuni_heap_create: YUNI_HEAP_LOCK and YUNI_HEAP_LOCK_OPTIONAL exclude each other\x00yuni_heap_create: %zu bytes is outside [%zu, %zu]\x00yuni_heap_create: mmap of %zu bytes failed: %s\x00yuni_heap_create: mlock of %zu bytes refused (%s): raise RLIMIT_MEMLOCK (ulimit -l), grant CAP_IPC_LOCK, or pass YUNI_HEAP_LOCK_OPTIONAL\x00yuni_heap_create: too many live handles\x00yuni_heap_destroy: not a live heap\x00yuni_heap_destroy: destroyed concurrently\x00yuni_heap_destroy: %u offload threads use this heap; stop them first\x00yuni_heap_alloc: alignment %zu is not a power of two\x00yuni_heap_alloc: no free block for %zu bytes (align %zu)\x00yuni_heap_free\x00yuni_heap_resize: block is NULL\x00yuni_heap_resize: %zu bytes exceeds any heap\x00yuni_heap_resize\x00yuni_heap_resize: cannot grow %p to %zu bytes in place\x00yuni_heap_stats: out is NULL\x00heap check: block %p outside the region\x00heap check: block %p has a bad canary\x00heap check: block %p disagrees about its neighbour\x00heap check: block %p has a wrong back link\x00heap check: free blocks %p and %p touch\x00heap check: block %p has a bad size\x00heap check: freed memory at %p was written after free\x00heap check: the end sentinel is corrupt\x00heap check: bitmap disagrees with list %d/%d\x00heap check: block %p is on the wrong list\x00heap check: the free lists hold more blocks than exist\x00heap check: first-level bitmap is wrong at %d\x00heap check: counters disagree with the blocks\x00yuni_heap_alloc: not a live heap\x00yuni_heap_free: not a live heap\x00yuni_heap_resize: not a live heap\x00yuni_heap_stats: not a live heap\x00yuni_heap_check: not a live heap\x00yuni_ring_init: need 8-byte-aligned memory of more than %d bytes\x00%s: not a ring (NULL, misaligned, or a damaged header)\x00yuni_ring_put: src is NULL\x00yuni_ring_put\x00yuni_ring_get: dst is NULL\x00yuni_ring_get\x00yuni_ring_count\x00success\x00invalid argument (NULL, out of range or malformed)\x00bad handle (NULL, destroyed or not from this library)\x00no such file\x00no such symbol or export\x00index or id out of range\x00not an NCCC module, or its table is malformed\x00the dynamic loader refused the file\x00exceeds a fixed limit\x00not valid in the object's current state\x00internal error in libyuni-offload\x00not permitted (a privilege or resource limit)\x00memory corruption detected (a write outside a block, or after free)\x00busy: would have to wait, or the object is in use\x00Offload source or bytecode rejected\x00an Offload program trapped\x00re-owned after another thread ran the VM\x00unknown status code\x00"
