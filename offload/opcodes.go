package offload

//go:generate go run ./internal/opgen/cmd -def ../offload_c/opcodes.def -out opcodes_gen.go

// Opcode is an Offload instruction's operation. The set and its encoding
// come from offload_c/opcodes.def.
type Opcode uint16

type operandKind uint8

// Operand kinds, as in opcodes.def.
const (
	kindNone operandKind = iota
	kindRI               // integer (or boolean) register
	kindRF               // flonum register
	kindRB               // bytevector register pair
	kindRC               // chime register
	kindRW               // register window base
	kindK                // constant index
	kindIMM              // signed 16-bit immediate
	kindJ                // jump target
	kindFN               // function index
	kindIM               // import index
)

type opFlags uint8

const (
	flagTerm opFlags = 1 << iota
	flagCall
	flagBranch
	flagAread // a is only read
)

type opcodeInfo struct {
	mnemonic string
	kinds    [3]operandKind
	flags    opFlags
}

func (op Opcode) String() string {
	if op < opcodeCount {
		return opInfo[op].mnemonic
	}
	return "op?"
}

// Instruction is one 8-byte instruction: op, a, b, c.
type Instruction struct {
	Op      Opcode
	A, B, C uint16
}
