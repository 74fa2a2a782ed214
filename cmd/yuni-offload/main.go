// Command yuni-offload checks, compiles, disassembles and runs Offload
// programs.
//
//	yuni-offload check FILE             errors, or each entry's signature and effects
//	yuni-offload compile FILE [-o OUT]  write bytecode (default FILE with .yob)
//	yuni-offload dis FILE               disassemble source or bytecode
//	yuni-offload run FILE ENTRY ARG…    run an entry on this thread and print its result
//	yuni-offload run FILE --specs       run the file's ";; run:" lines
//
// Arguments of run: integers, flonums (1.5, +inf.0), #t/#f, and bytevectors
// written (zeros N), (u8s N), (s32s N), (s64s N) or (f64s N), as in the
// test programs. A bytevector's checksum after the call is printed too.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/yuni-offload/yuni-offload/offload"
	offloadc "github.com/yuni-offload/yuni-offload/offload_c"
)

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  yuni-offload check FILE
  yuni-offload compile FILE [-o OUT]
  yuni-offload dis FILE
  yuni-offload run FILE ENTRY ARG...
  yuni-offload run FILE --specs`)
	os.Exit(2)
}

func main() {
	if len(os.Args) < 3 {
		usage()
	}
	if err := run(os.Args[1], os.Args[2], os.Args[3:]); err != nil {
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

func run(cmd, file string, args []string) error {
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
