package abi

import (
	"os"
	"strings"
	"testing"
)

// The committed table and version script must be what the header generates
// now: an edit to nccc.h without `go generate ./capi` fails here.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	src, err := os.ReadFile("../../include/nccc.h")
	if err != nil {
		t.Fatal(err)
	}
	h, err := Parse(string(src))
	if err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		"../../capi/nccc_table.c": EmitTable(h, "yuni_offload"),
		"../../capi/exports.map":  EmitVersionScript(h),
	} {
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s is stale: run `go generate ./capi`", file)
		}
	}
}

func TestParse(t *testing.T) {
	const prelude = "typedef uint64_t yuni_token;\ntypedef struct yuni_vm yuni_vm;\n" +
		"typedef void (*nccc_call_t)(const nccv64* in, nccv64* out);\n" +
		"YUNI_API void lib_x_dispatch_ncccv0(const nccv64* in, nccv64* out);\n"
	tests := []struct {
		name, decl string
		want       string // "name: args -> result", or "error: substring"
	}{
		{"no args", "YUNI_API uint32_t yuni_version(void);", "yuni_version: -> u32"},
		{"pointers", "YUNI_API int32_t f(const char * path, yuni_vm ** out);", "f: ptr ptr -> s32"},
		{"typedef scalar", "YUNI_API int32_t f(yuni_vm* vm, yuni_token tok);", "f: ptr u64 -> s32"},
		{"function pointer", "YUNI_API int32_t f(nccc_call_t fn);", "f: ptr -> s32"},
		{"void result", "YUNI_API void f(double x, float y, int8_t z);", "f: f64 f32 s8 ->"},
		{"sizes", "YUNI_API size_t f(intptr_t a, uint16_t b, int16_t c, uint8_t d, int64_t e);", "f: sptr u16 s16 u8 s64 -> uptr"},
		{"multi-line", "YUNI_API int32_t f(int32_t a,\n        int32_t b);", "f: s32 s32 -> s32"},
		{"comment inside", "YUNI_API int32_t f(/* why */ int32_t a);", "f: s32 -> s32"},
		{"struct by value", "typedef struct yuni_pair yuni_pair;\nYUNI_API int32_t f(yuni_pair p);", "error: struct passed by value"},
		{"unknown type", "YUNI_API int32_t f(long double x);", "error: no NCCC representation"},
		{"missing name", "YUNI_API int32_t f(int32_t);", "error: needs a type and a name"},
		{"twice", "YUNI_API int32_t f(void);\nYUNI_API int32_t f(void);", "error: declared twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, err := Parse(prelude + tc.decl)
			if strings.HasPrefix(tc.want, "error: ") {
				if err == nil || !strings.Contains(err.Error(), strings.TrimPrefix(tc.want, "error: ")) {
					t.Fatalf("got error %v, want one containing %q", err, tc.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(h.Funcs) != 1 || h.Dispatch != "lib_x_dispatch_ncccv0" {
				t.Fatalf("got %d functions, dispatch %q", len(h.Funcs), h.Dispatch)
			}
			f := h.Funcs[0]
			got := f.Name + ":"
			for _, p := range f.Params {
				got += " " + p.Type.String()
			}
			got += " ->"
			if f.Result != nil {
				got += " " + f.Result.Type.String()
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestParseNeedsDispatchAndFunctions(t *testing.T) {
	if _, err := Parse("YUNI_API int32_t f(void);"); err == nil {
		t.Error("a header without a dispatcher parsed")
	}
	if _, err := Parse("YUNI_API void lib_x_dispatch_ncccv0(const nccv64* in, nccv64* out);"); err == nil {
		t.Error("a header without functions parsed")
	}
}
