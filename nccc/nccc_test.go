package nccc

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func TestValueMembersTouchOnlyTheirBytes(t *testing.T) {
	const garbage = Value(0xA5A5A5A5A5A5A5A5)
	tests := []struct {
		name string
		set  func(*Value)
		get  func(Value) any
		want any
		bits uint64 // the whole slot afterwards
	}{
		{"s8", func(v *Value) { v.SetS8(-1) }, func(v Value) any { return v.S8() }, int8(-1), 0xA5A5A5A5A5A5A5FF},
		{"u8", func(v *Value) { v.SetU8(0) }, func(v Value) any { return v.U8() }, uint8(0), 0xA5A5A5A5A5A5A500},
		{"s16", func(v *Value) { v.SetS16(math.MinInt16) }, func(v Value) any { return v.S16() }, int16(math.MinInt16), 0xA5A5A5A5A5A58000},
		{"u16", func(v *Value) { v.SetU16(math.MaxUint16) }, func(v Value) any { return v.U16() }, uint16(math.MaxUint16), 0xA5A5A5A5A5A5FFFF},
		{"s32", func(v *Value) { v.SetS32(-2) }, func(v Value) any { return v.S32() }, int32(-2), 0xA5A5A5A5FFFFFFFE},
		{"u32", func(v *Value) { v.SetU32(7) }, func(v Value) any { return v.U32() }, uint32(7), 0xA5A5A5A500000007},
		{"f32", func(v *Value) { v.SetF32(1.5) }, func(v Value) any { return v.F32() }, float32(1.5), 0xA5A5A5A53FC00000},
		{"s64", func(v *Value) { v.SetS64(math.MinInt64) }, func(v Value) any { return v.S64() }, int64(math.MinInt64), 0x8000000000000000},
		{"u64", func(v *Value) { v.SetU64(math.MaxUint64) }, func(v Value) any { return v.U64() }, uint64(math.MaxUint64), math.MaxUint64},
		{"f64", func(v *Value) { v.SetF64(math.Copysign(0, -1)) }, func(v Value) any { return math.Signbit(v.F64()) }, true, 0x8000000000000000},
		{"uptr", func(v *Value) { v.SetUptr(^uintptr(0)) }, func(v Value) any { return v.Uptr() }, ^uintptr(0), math.MaxUint64},
	}
	for _, tc := range tests {
		v := garbage
		tc.set(&v)
		if got := tc.get(v); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
		if uint64(v) != tc.bits {
			t.Errorf("%s: slot is %#x, want %#x", tc.name, uint64(v), tc.bits)
		}
	}
}

func TestModuleName(t *testing.T) {
	for path, want := range map[string]string{
		"libnccc_foo.so":                   "foo",
		"/opt/x/libnccc_foo.so":            "foo",
		"libfoo.so.1.2":                    "foo",
		"lib/libyuni-offload.so.0":         "yuni_offload",
		"libyuni-offload.so":               "yuni_offload",
		"bar.so":                           "bar",
		"/usr/lib/x86_64/libnccc_a-b.so.3": "a_b",
		// '-' becomes '_' before "nccc_" is removed
		"libnccc-foo-bar.so": "foo_bar",
		// only a trailing ".so[.N…]" is a suffix; other dots are not a C name's
		"libnccc_foo.sound.so":   "foo_sound",
		"libnccc_foo.so.sound":   "foo_so_sound",
		"libnccc_x.so.1.2.3":     "x",
		"libfoo":                 "foo",
		"/a.so/libnccc_bar.so.0": "bar",
	} {
		if got := ModuleName(path); got != want {
			t.Errorf("ModuleName(%q) = %q, want %q", path, got, want)
		}
	}
}

// The Go status constants must equal the header's #defines.
func TestStatusesMatchHeader(t *testing.T) {
	src, err := os.ReadFile("../include/nccc.h")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^#define (YUNI_(?:OK|E[A-Z]+)) \(?(-?\d+)\)?`)
	seen := 0
	for _, m := range re.FindAllStringSubmatch(string(src), -1) {
		n, _ := strconv.Atoi(m[2])
		if got := Status(n).Name(); got != m[1] {
			t.Errorf("header %s = %d, Go names %d %s", m[1], n, n, got)
		}
		seen++
	}
	if seen != len(statusNames) {
		t.Errorf("header defines %d statuses, Go %d", seen, len(statusNames))
	}
}

var moduleDir string

// TestMain builds the C test modules with the system compiler: the loader is
// tested on real shared objects, through purego, without cgo.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "nccc-test")
	if err != nil {
		panic(err)
	}
	moduleDir = dir
	build := func(out, src string, defs ...string) {
		args := append([]string{"-shared", "-fPIC", "-fvisibility=hidden", "-I../include", "-o", filepath.Join(dir, out), src, "-lm"}, defs...)
		if b, err := exec.Command("cc", args...).CombinedOutput(); err != nil {
			panic("cc " + strings.Join(args, " ") + ": " + string(b))
		}
	}
	build("libnccc_yunitest.so", "../tests/c/modules/yunitest.c")
	for i, kind := range []string{"nosym", "count", "type", "noname", "argc"} {
		build("libnccc_bad_"+kind+".so", "../tests/c/modules/badmodule.c", "-DBAD_KIND="+strconv.Itoa(i+1))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestOpenAndCall(t *testing.T) {
	m, err := Open(filepath.Join(moduleDir, "libnccc_yunitest.so"))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if m.Name != "yunitest" || len(m.Exports) != 15 {
		t.Fatalf("name %q, %d exports", m.Name, len(m.Exports))
	}
	mix, err := m.Lookup("mix")
	if err != nil {
		t.Fatal(err)
	}
	if got := mix.Sig.String(); got != "(s8 u16 f32 s64 f64 ptr) -> (f64 s32)" {
		t.Errorf("mix signature %s", got)
	}
	extra := new(float64)
	*extra = 0.25
	in, out := make([]Value, 6), make([]Value, 2)
	in[0].SetS8(-100)
	in[1].SetU16(65535)
	in[2].SetF32(0.5)
	in[3].SetS64(-1 << 40)
	in[4].SetF64(1e-3)
	in[5].SetUptr(uintptr(unsafe.Pointer(extra)))
	Call(mix.Fn, in, out)
	if want := -100.0 + 65535 + 0.5 + float64(-1<<40) + 1e-3 + 0.25; out[0].F64() != want || out[1].S32() != 6 {
		t.Errorf("mix = %v, %d; want %v, 6", out[0].F64(), out[1].S32(), want)
	}

	inc, _ := m.Lookup("inc_s32")
	in[0] = 0xFFFFFFFF00000000
	in[0].SetS32(math.MaxInt32)
	out[0] = 0
	Call(inc.Fn, in, out)
	if out[0].S32() != math.MinInt32 || out[0]>>32 != 0 {
		t.Errorf("inc_s32(max) slot %#x", uint64(out[0]))
	}
	neg, _ := m.Lookup("neg_f64")
	in[0].SetU64(0x7FF8000000000123)
	Call(neg.Fn, in, out)
	if out[0].U64() != 0xFFF8000000000123 {
		t.Errorf("neg_f64(NaN) = %#x", out[0].U64())
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		path   string
		status Status
		detail string
	}{
		{"", EInval, "must not be empty"},
		{"/no/such/libnccc_x.so", ENoEnt, "no such file"},
		{"../include/nccc.h", ELoad, "not a loadable"},
		{filepath.Join(moduleDir, "libnccc_bad_nosym.so"), ENoSym, "lib_bad_nosym_dispatch_ncccv0"},
		{filepath.Join(moduleDir, "libnccc_bad_count.so"), EModule, "export_info(1)"},
		{filepath.Join(moduleDir, "libnccc_bad_type.so"), EModule, "type code 99"},
		{filepath.Join(moduleDir, "libnccc_bad_noname.so"), EModule, "no name"},
		{filepath.Join(moduleDir, "libnccc_bad_argc.so"), EModule, "disagrees"},
	}
	for _, tc := range tests {
		m, err := Open(tc.path)
		if m != nil || StatusOf(err) != tc.status || !strings.Contains(err.Error(), tc.detail) {
			t.Errorf("Open(%q) = %v, %v (%s); want %s containing %q", tc.path, m, err, StatusOf(err).Name(), tc.status.Name(), tc.detail)
		}
	}
	m, err := Open(filepath.Join(moduleDir, "libnccc_yunitest.so"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.Lookup("nope"); StatusOf(err) != ENoSym {
		t.Errorf("Lookup(nope) = %v", err)
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if err := m.Close(); StatusOf(err) != EBadHandle {
		t.Errorf("second Close = %v", err)
	}
}
