package offload

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// Disassemble writes a readable listing of bc: imports, entries with their
// effects, and each function's registers and instructions with the source
// line they came from.
func Disassemble(w io.Writer, bc *Bytecode) {
	fmt.Fprintf(w, "; %s: %d functions, %d constants\n", bc.File, len(bc.Funcs), len(bc.Consts))
	for i, im := range bc.Imports {
		blocking := ""
		if im.Blocking {
			blocking = " blocking"
		}
		fmt.Fprintf(w, "import %d %s %s%s\n", i, im.Name, sigString(im.Sig), blocking)
	}
	for _, e := range bc.Entries {
		kind := "entry"
		if e.Realtime {
			kind = "entry/rt"
		}
		fmt.Fprintf(w, "%s %s -> function %d; effects: %s\n", kind, e.Name, e.Func, e.Effects)
	}
	lines := map[[2]uint32]DebugRecord{}
	for _, d := range bc.Debug {
		lines[[2]uint32{d.Func, d.PC}] = d
	}
	for fi, f := range bc.Funcs {
		fmt.Fprintf(w, "\nfunction %d %s %s, %d registers\n", fi, f.Name, sigString(f.Sig), len(f.RegTypes))
		for pc, in := range f.Code {
			text := instructionString(bc, in)
			if d, ok := lines[[2]uint32{uint32(fi), uint32(pc)}]; ok {
				text = fmt.Sprintf("%-36s ; line %d:%d", text, d.Line, d.Column)
			}
			fmt.Fprintf(w, "  %4d  %s\n", pc, text)
		}
	}
}

func sigString(s Signature) string {
	var ps []string
	for _, p := range s.Params {
		ps = append(ps, p.String())
	}
	return "(" + strings.Join(ps, " ") + ") " + s.Result.String()
}

func instructionString(bc *Bytecode, in Instruction) string {
	if in.Op >= opcodeCount {
		return fmt.Sprintf("op?%d %d %d %d", in.Op, in.A, in.B, in.C)
	}
	info := opInfo[in.Op]
	var parts []string
	for i, x := range []uint16{in.A, in.B, in.C} {
		switch info.kinds[i] {
		case kindNone:
			continue
		case kindRI, kindRF, kindRB, kindRC, kindRW:
			parts = append(parts, fmt.Sprintf("r%d", x))
		case kindK:
			k := "?"
			if int(x) < len(bc.Consts) {
				v := bc.Consts[x]
				if in.Op == OpLoadkF {
					k = fmt.Sprint(math.Float64frombits(v))
				} else {
					k = fmt.Sprint(int64(v))
				}
			}
			parts = append(parts, fmt.Sprintf("k%d(%s)", x, k))
		case kindIMM:
			parts = append(parts, fmt.Sprint(int16(x)))
		case kindJ:
			parts = append(parts, fmt.Sprintf("@%d", x))
		case kindFN:
			n := "?"
			if int(x) < len(bc.Funcs) {
				n = bc.Funcs[x].Name
			}
			parts = append(parts, fmt.Sprintf("%s#%d", n, x))
		case kindIM:
			n := "?"
			if int(x) < len(bc.Imports) {
				n = bc.Imports[x].Name
			}
			parts = append(parts, fmt.Sprintf("%s#%d", n, x))
		}
	}
	return fmt.Sprintf("%-10s %s", info.mnemonic, strings.Join(parts, ", "))
}
