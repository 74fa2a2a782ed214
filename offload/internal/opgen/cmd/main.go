// Command opgen writes offload/opcodes_gen.go from offload_c/opcodes.def.
package main

import (
	"flag"
	"log"
	"os"

	"github.com/yuni-offload/yuni-offload/offload/internal/opgen"
)

func main() {
	def := flag.String("def", "../offload_c/opcodes.def", "the opcode table")
	out := flag.String("out", "opcodes_gen.go", "the Go file to write")
	flag.Parse()
	src, err := os.ReadFile(*def)
	if err != nil {
		log.Fatal(err)
	}
	code, err := opgen.Generate(src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		log.Fatal(err)
	}
}
