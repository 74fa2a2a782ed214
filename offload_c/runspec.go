package offloadc

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/yuni-offload/yuni-offload/offload"
)

// Run specs are the `;; run: (entry arg …)` lines of a test program. This
// file runs them on the interpreter and prints each result the way
// tests/offload/run.ss prints it from Chez, so outputs compare line by
// line. An argument is a number, #t or #f, or a bytevector: one made from
// a fixed pattern, (zeros N) (u8s N) (s32s N) (s64s N) (f64s N), which
// run.ss and run-racket.rkt make the same; or given bytes, for real data
// from the command line: (hex 00ff…), #vu8(0 255 …), or @PATH, a file's
// contents (PATH holds no space or parenthesis).

// Specs returns the run specs in src.
func Specs(src []byte) []string {
	var out []string
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(line, ";; run: ") {
			out = append(out, strings.TrimSpace(line[len(";; run: "):]))
		}
	}
	return out
}

func tokens(s string) []string {
	s = strings.NewReplacer("(", " ( ", ")", " ) ").Replace(s)
	return strings.Fields(s)
}

// pattern builds a bytevector argument.
func pattern(kind string, n int) ([]byte, error) {
	if n < 0 || n > maxArgBytes/8 {
		return nil, fmt.Errorf("(%s %d): the size is 0 to %d elements", kind, n, maxArgBytes/8)
	}
	le := binary.LittleEndian
	switch kind {
	case "zeros":
		return make([]byte, n), nil
	case "u8s":
		b := make([]byte, n)
		for i := range b {
			b[i] = byte((i*37 + 11) % 256)
		}
		return b, nil
	case "s32s":
		b := make([]byte, 4*n)
		for i := 0; i < n; i++ {
			le.PutUint32(b[4*i:], uint32(int32((i*7919)%2001-1000)))
		}
		return b, nil
	case "s64s":
		b := make([]byte, 8*n)
		for i := 0; i < n; i++ {
			le.PutUint64(b[8*i:], uint64(int64(i)*int64(i)*1000003-5))
		}
		return b, nil
	case "f64s":
		b := make([]byte, 8*n)
		for i := 0; i < n; i++ {
			le.PutUint64(b[8*i:], math.Float64bits(float64(i%17)*0.1-0.8))
		}
		return b, nil
	}
	return nil, fmt.Errorf("unknown bytevector pattern %q: (zeros N), (u8s N), (s32s N), (s64s N) or (f64s N)", kind)
}

// maxArgBytes bounds a bytevector argument (a pattern's or a file's).
const maxArgBytes = 1 << 30

// bytevectorArg reads one bytevector argument off the front of toks and
// returns its bytes and the tokens after it.
func bytevectorArg(toks []string) ([]byte, []string, error) {
	const forms = "a bytevector argument is (zeros N), (u8s N), (s32s N), (s64s N), (f64s N), (hex HEX), #vu8(B …) or @PATH"
	switch {
	case strings.HasPrefix(toks[0], "@"):
		path := toks[0][1:]
		if path == "" {
			return nil, nil, errors.New("@ needs a file: @PATH")
		}
		st, err := os.Stat(path)
		if err != nil {
			return nil, nil, err
		}
		if !st.Mode().IsRegular() || st.Size() > maxArgBytes {
			return nil, nil, fmt.Errorf("%s: not a regular file of at most %d bytes", path, maxArgBytes)
		}
		data, err := os.ReadFile(path)
		return data, toks[1:], err
	case toks[0] == "#vu8":
		if len(toks) < 3 || toks[1] != "(" {
			return nil, nil, errors.New(forms)
		}
		var data []byte
		for i := 2; i < len(toks); i++ {
			if toks[i] == ")" {
				return data, toks[i+1:], nil
			}
			v, err := strconv.ParseUint(toks[i], 10, 8)
			if err != nil {
				return nil, nil, fmt.Errorf("#vu8: %q is not a byte (0..255)", toks[i])
			}
			data = append(data, byte(v))
		}
		return nil, nil, errors.New("#vu8( has no closing parenthesis")
	case len(toks) >= 4 && toks[0] == "(" && toks[1] == "hex" && toks[3] == ")":
		data, err := hex.DecodeString(toks[2])
		if err != nil {
			return nil, nil, fmt.Errorf("(hex %s): two hex digits a byte: %v", toks[2], err)
		}
		return data, toks[4:], nil
	case len(toks) >= 4 && toks[0] == "(" && toks[3] == ")":
		n, err := strconv.Atoi(toks[2])
		if err != nil {
			return nil, nil, fmt.Errorf("(%s %s): the size is a number of elements", toks[1], toks[2])
		}
		data, err := pattern(toks[1], n)
		return data, toks[4:], err
	}
	return nil, nil, errors.New(forms)
}

func fnv1a(b []byte) uint64 {
	h := uint64(0xcbf29ce484222325)
	for _, c := range b {
		h ^= uint64(c)
		h *= 0x100000001b3
	}
	return h
}

func parseFlonum(s string) (float64, error) {
	switch s {
	case "+inf.0":
		return math.Inf(1), nil
	case "-inf.0":
		return math.Inf(-1), nil
	case "+nan.0", "-nan.0":
		return math.NaN(), nil
	}
	if !strings.ContainsAny(s, ".eE") {
		return 0, fmt.Errorf("%s is an exact integer; an f64 argument is written as a flonum (e.g. %s.0)", s, s)
	}
	return strconv.ParseFloat(s, 64)
}

// FormatResult prints a result slot of type t as run.ss does.
func FormatResult(t offload.ValueType, v uint64) string {
	switch t {
	case offload.Void:
		return "void"
	case offload.Boolean:
		if uint32(v) != 0 {
			return "#t"
		}
		return "#f"
	case offload.F64:
		if math.IsNaN(math.Float64frombits(v)) {
			return "f64:nan"
		}
		return fmt.Sprintf("f64:%016X", v)
	}
	return strconv.FormatInt(int64(v), 10)
}

// RunSpec runs one spec and returns its output line.
func RunSpec(p *Program, bc *offload.Bytecode, spec string) (string, error) {
	toks := tokens(spec)
	if len(toks) < 3 || toks[0] != "(" || toks[len(toks)-1] != ")" {
		return "", fmt.Errorf("a run spec is (entry arg …), not %q", spec)
	}
	name := toks[1]
	var entry *offload.Entry
	for i := range bc.Entries {
		if bc.Entries[i].Name == name {
			entry = &bc.Entries[i]
		}
	}
	if entry == nil {
		return "", fmt.Errorf("no entry %s", name)
	}
	sig := bc.Funcs[entry.Func].Sig
	var slots []uint64
	var bufs []*Buffer
	defer func() {
		for _, b := range bufs {
			b.Free()
		}
	}()
	toks = toks[2 : len(toks)-1]
	for _, t := range sig.Params {
		if len(toks) == 0 {
			return "", fmt.Errorf("%s: too few arguments", spec)
		}
		switch t {
		case offload.Bytevector:
			data, rest, err := bytevectorArg(toks)
			if err != nil {
				return "", fmt.Errorf("%s: %v", spec, err)
			}
			b := NewBuffer(len(data))
			copy(b.Bytes(), data)
			bufs = append(bufs, b)
			ptr, l := b.Slots()
			slots = append(slots, ptr, l)
			toks = rest
			continue
		case offload.S64:
			v, err := strconv.ParseInt(toks[0], 10, 64)
			if err != nil {
				return "", fmt.Errorf("%s: %v", spec, err)
			}
			slots = append(slots, uint64(v))
		case offload.F64:
			f, err := parseFlonum(toks[0])
			if err != nil {
				return "", fmt.Errorf("%s: %v", spec, err)
			}
			slots = append(slots, math.Float64bits(f))
		case offload.Boolean:
			switch toks[0] {
			case "#t":
				slots = append(slots, 1)
			case "#f":
				slots = append(slots, 0)
			default:
				return "", fmt.Errorf("%s: a boolean is #t or #f", spec)
			}
		default:
			return "", fmt.Errorf("%s: arguments of type %s cannot be given in a run spec", spec, t)
		}
		toks = toks[1:]
	}
	if len(toks) != 0 {
		return "", fmt.Errorf("%s: too many arguments", spec)
	}
	e, err := p.Entry(name)
	if err != nil {
		return "", err
	}
	res, err := e.Call(slots...)
	line := name + " => "
	var trap *TrapError
	switch {
	case errors.As(err, &trap):
		line += "trap:" + TrapName(trap.Kind)
	case err != nil:
		line += "error:" + err.Error()
	default:
		line += FormatResult(sig.Result, res)
	}
	for _, b := range bufs {
		line += fmt.Sprintf(" bv:%016X", fnv1a(b.Bytes()))
	}
	return line, nil
}
