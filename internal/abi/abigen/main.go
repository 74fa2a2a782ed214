// Command abigen regenerates the files derived from include/nccc.h: the NCCC
// module table and the linker version script. Run it through `go generate ./capi`.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/yuni-offload/yuni-offload/internal/abi"
)

func main() {
	header := flag.String("header", "../include/nccc.h", "public header to read")
	table := flag.String("table", "nccc_table.c", "C module table to write")
	script := flag.String("map", "exports.map", "linker version script to write")
	module := flag.String("module", "yuni_offload", "module name reported by op 1")
	flag.Parse()

	src, err := os.ReadFile(*header)
	if err == nil {
		var h *abi.Header
		if h, err = abi.Parse(string(src)); err == nil {
			err = os.WriteFile(*table, []byte(abi.EmitTable(h, *module)), 0o644)
			if err == nil {
				err = os.WriteFile(*script, []byte(abi.EmitVersionScript(h)), 0o644)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "abigen:", err)
		os.Exit(1)
	}
}
