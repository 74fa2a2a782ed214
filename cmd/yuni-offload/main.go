// Command yuni-offload checks, compiles, disassembles and runs Offload
// programs.
//
//	yuni-offload check FILE             errors, or each entry's signature and effects
//	yuni-offload compile FILE [-o OUT]  write bytecode (default FILE with .yob)
//	yuni-offload dis FILE               disassemble source or bytecode
//	yuni-offload run FILE ENTRY ARG…    run an entry on this thread and print its result
//	yuni-offload run FILE --specs       run the file's ";; run:" lines
//
// run takes options before FILE:
//
//	--module PATH (repeatable): the NCCC module at PATH (libnccc_<name>.so)
//	  is opened and each define-import of the program is granted the module
//	  export of the same name ('-' may be '_' in the export), after its
//	  signature is checked against the import's. Modules are opened through
//	  purego, so this works in the CGO-free build too.
//	--budget N: each call may take at most N steps (backward jumps and
//	  calls) before it traps budget; 0 is no limit. The default,
//	  defaultBudget, stops a runaway loop in seconds.
//
// Arguments of run are written as offloadc.RunSpec reads them (the forms
// are listed in usageText): a bytevector can be a pattern, hex, #vu8(…) or
// the contents of a file. A bytevector's checksum after the call is printed
// too.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"unsafe"

	"github.com/yuni-offload/yuni-offload/nccc"
	"github.com/yuni-offload/yuni-offload/offload"
	offloadc "github.com/yuni-offload/yuni-offload/offload_c"
)

// defaultBudget is run's step budget when --budget is not given: about a
// few seconds of interpreted loop, far more than any test program takes.
const defaultBudget = 1_000_000_000

const usageText = `usage:
  yuni-offload check FILE
  yuni-offload compile FILE [-o OUT]
  yuni-offload dis FILE
  yuni-offload run [--module PATH]... [--budget N] FILE ENTRY ARG...
  yuni-offload run [--module PATH]... [--budget N] FILE --specs

run options:
  --module PATH   grant the program's imports from the NCCC module at PATH
  --budget N      trap "budget" after N steps (backward jumps and calls) in
                  one call; 0 is no limit; the default is 1000000000

run arguments, by the entry's parameter types:
  s64         an exact integer: 42, -7
  f64         a flonum: 1.5, -0.0, 1e-3, +inf.0, -inf.0, +nan.0
  boolean     #t or #f
  bytevector  (zeros N)   N zero bytes
              (u8s N)     N bytes, byte i = (37i + 11) mod 256
              (s32s N)    N native s32s, element i = (7919i mod 2001) - 1000
              (s64s N)    N native s64s, element i = 1000003i^2 - 5
              (f64s N)    N native doubles, element i = (i mod 17)*0.1 - 0.8
              (hex HEX)   the bytes HEX spells, two digits a byte: (hex 00ff10)
              #vu8(B ...) the bytes B ..., each 0..255: #vu8(1 2 255)
              @PATH       the contents of the file at PATH
  After the result, each bytevector argument's FNV-1a 64 checksum after the
  call is printed (bv:...).`

func usage() {
	fmt.Fprintln(os.Stderr, usageText)
	os.Exit(2)
}

// options are run's flags.
type options struct {
	modules []string
	budget  uint64
}

// parseRunOptions takes run's options off the front of args.
func parseRunOptions(args []string) (options, []string, error) {
	o := options{budget: defaultBudget}
	for len(args) >= 2 && strings.HasPrefix(args[0], "--") && args[0] != "--specs" {
		switch args[0] {
		case "--module":
			o.modules = append(o.modules, args[1])
		case "--budget":
			n, err := strconv.ParseUint(args[1], 10, 64)
			if err != nil {
				return o, nil, fmt.Errorf("--budget takes a number of steps (0 for no limit), not %q", args[1])
			}
			o.budget = n
		default:
			return o, nil, fmt.Errorf("unknown option %s", args[0])
		}
		args = args[2:]
	}
	return o, args, nil
}

func main() {
	args := os.Args[1:]
	if len(args) >= 1 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		fmt.Println(usageText)
		return
	}
	var opts options
	if len(args) >= 1 && args[0] == "run" {
		var err error
		if opts, args, err = parseRunOptions(args[1:]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			usage()
		}
		args = append([]string{"run"}, args...)
	}
	if len(args) < 2 {
		usage()
	}
	if err := run(args[0], args[1], args[2:], opts); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// load reads FILE as bytecode (by its magic) or compiles it as source.
func load(file string) (*offload.Bytecode, []byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	if bytes.HasPrefix(data, []byte("YOFF")) {
		bc, err := offload.Decode(data)
		return bc, data, err
	}
	bc, err := offload.Compile(file, data)
	return bc, data, err
}

func run(cmd, file string, args []string, opts options) error {
	switch cmd {
	case "check":
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		report, err := offload.Check(file, data)
		if err != nil {
			return err
		}
		fmt.Print(report)
		return nil
	case "compile":
		bc, _, err := load(file)
		if err != nil {
			return err
		}
		out := strings.TrimSuffix(file, ".sls") + ".yob"
		if len(args) == 2 && args[0] == "-o" {
			out = args[1]
		} else if len(args) != 0 {
			usage()
		}
		return os.WriteFile(out, bc.Encode(), 0o644)
	case "dis":
		bc, _, err := load(file)
		if err != nil {
			return err
		}
		offload.Disassemble(os.Stdout, bc)
		return nil
	case "run":
		bc, data, err := load(file)
		if err != nil {
			return err
		}
		p, err := offloadc.Load(bc.Encode())
		if err != nil {
			return err
		}
		defer p.Destroy()
		if err := p.SetBudget(opts.budget); err != nil {
			return err
		}
		for _, path := range opts.modules {
			m, err := nccc.Open(path)
			if err != nil {
				return err
			}
			defer m.Close()
			if err := grantFrom(p, bc, m); err != nil {
				return err
			}
		}
		var specs []string
		switch {
		case len(args) == 1 && args[0] == "--specs":
			specs = offloadc.Specs(data)
		case len(args) >= 1:
			specs = []string{"(" + strings.Join(args, " ") + ")"}
		default:
			usage()
		}
		failed := false
		for _, spec := range specs {
			line, err := offloadc.RunSpec(p, bc, spec)
			if err != nil {
				return err
			}
			fmt.Println(line)
			failed = failed || strings.Contains(line, "=> trap:") || strings.Contains(line, "=> error:")
		}
		if failed && len(specs) == 1 {
			return errors.New("the entry did not return normally")
		}
		return nil
	}
	usage()
	return nil
}

// grantFrom grants each import of bc that m exports (by its name, or with
// '-' spelled '_'), after checking that the export's NCCC signature carries
// the import's values slot for slot.
func grantFrom(p *offloadc.Program, bc *offload.Bytecode, m *nccc.Module) error {
	for _, im := range bc.Imports {
		ex, err := m.Lookup(im.Name)
		if err != nil {
			if ex, err = m.Lookup(strings.ReplaceAll(im.Name, "-", "_")); err != nil {
				continue
			}
		}
		if why := signatureMismatch(im.Sig, ex.Sig); why != "" {
			return fmt.Errorf("import %s: module %s exports %s, but %s", im.Name, m.Name, ex.Name, why)
		}
		// ex.Fn is native code, never Go memory: read it as a pointer
		fn := *(*unsafe.Pointer)(unsafe.Pointer(&ex.Fn))
		if err := p.Grant(im.Name, fn); err != nil {
			return err
		}
	}
	return nil
}

var (
	word64   = []nccc.Type{nccc.S64, nccc.U64, nccc.Sptr, nccc.Uptr}
	integers = []nccc.Type{nccc.S64, nccc.U64, nccc.Sptr, nccc.Uptr, nccc.S32, nccc.U32, nccc.S16, nccc.U16, nccc.S8, nccc.U8}
	pointers = []nccc.Type{nccc.Ptr, nccc.Uptr, nccc.Sptr}
)

// signatureMismatch says why an export cannot serve an import ("" if it
// can). Offload passes an import its registers as NCCC slots: s64 and
// booleans as 64-bit integers, f64 as doubles, a bytevector as a pointer
// and a length, a chime as a pointer; it reads an s64 or f64 result from
// the first result slot, a boolean from its low 32 bits.
func signatureMismatch(im offload.Signature, ex nccc.Signature) string {
	var slots [][]nccc.Type
	for _, t := range im.Params {
		switch t {
		case offload.S64:
			slots = append(slots, word64)
		case offload.Boolean:
			slots = append(slots, integers)
		case offload.F64:
			slots = append(slots, []nccc.Type{nccc.F64})
		case offload.Bytevector:
			slots = append(slots, pointers, word64)
		default:
			slots = append(slots, pointers)
		}
	}
	if len(ex.Args) != len(slots) {
		return fmt.Sprintf("it takes %d slots and the import passes %d", len(ex.Args), len(slots))
	}
	for i, t := range ex.Args {
		if !slices.Contains(slots[i], t) {
			return fmt.Sprintf("its slot %d is %s", i, t)
		}
	}
	var want []nccc.Type
	switch im.Result {
	case offload.Void:
		return ""
	case offload.S64:
		want = word64
	case offload.F64:
		want = []nccc.Type{nccc.F64}
	default:
		want = []nccc.Type{nccc.S32, nccc.U32, nccc.S16, nccc.U16, nccc.S8, nccc.U8}
	}
	if len(ex.Results) == 0 || !slices.Contains(want, ex.Results[0]) {
		return fmt.Sprintf("its results %v do not carry a %s", ex.Results, im.Result)
	}
	return ""
}
