package offload

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Error is a compile error at a source position.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg) }

// Pos is a 1-based line and column.
type Pos struct{ Line, Col int }

type datumKind int

const (
	dSymbol datumKind = iota
	dInt
	dFloat
	dBool
	dList
	dString
	dChar
	dVector
	dBigInt // an exact integer outside the s64 range, kept to report it
	dRational
)

// datum is what the reader produces: Scheme data with positions.
type datum struct {
	kind  datumKind
	pos   Pos
	sym   string // symbol name; text of a string, char, big integer or rational
	i     int64
	f     float64
	b     bool
	items []*datum
}

func (d *datum) isSym(name string) bool { return d.kind == dSymbol && d.sym == name }

func (d *datum) String() string {
	switch d.kind {
	case dSymbol, dBigInt, dRational:
		return d.sym
	case dInt:
		return strconv.FormatInt(d.i, 10)
	case dFloat:
		return formatFlonum(d.f)
	case dBool:
		if d.b {
			return "#t"
		}
		return "#f"
	case dString:
		return strconv.Quote(d.sym)
	case dChar:
		return "#\\" + d.sym
	case dVector:
		return "#(...)"
	}
	var parts []string
	for _, it := range d.items {
		parts = append(parts, it.String())
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func formatFlonum(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "+inf.0"
	case math.IsInf(f, -1):
		return "-inf.0"
	case math.IsNaN(f):
		return "+nan.0"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

type reader struct {
	file  string
	src   []byte
	at    int
	line  int
	col   int
	depth int // lists open around the one being read
	// head is the first symbol of the list whose second item is being
	// read ("" otherwise): a dotted list there is a variadic procedure's
	head string
	eof  bool // the file ended inside a list, and the innermost one said so
}

// MaxNesting is how deep lists may nest in a program. Deeper nesting is
// refused while reading, at the list that goes past it: the compiler's
// passes recurse over the tree, and a procedure that deep would need more
// registers than a function has long before it compiled.
const MaxNesting = 1000

// read parses every datum in src.
func read(file string, src []byte) ([]*datum, error) {
	r := &reader{file: file, src: src, line: 1, col: 1}
	var out []*datum
	for {
		if err := r.skip(); err != nil {
			return nil, err
		}
		if r.at >= len(r.src) {
			return out, nil
		}
		d, err := r.datum()
		if err != nil {
			return nil, err
		}
		if d == nil {
			return nil, r.errorf(r.pos(), "unexpected ')' with no matching '('")
		}
		out = append(out, d)
	}
}

func (r *reader) pos() Pos { return Pos{r.line, r.col} }

func (r *reader) errorf(p Pos, format string, args ...any) error {
	return &Error{r.file, p.Line, p.Col, fmt.Sprintf(format, args...)}
}

func (r *reader) peek() byte {
	if r.at < len(r.src) {
		return r.src[r.at]
	}
	return 0
}

func (r *reader) next() byte {
	c := r.src[r.at]
	r.at++
	if c == '\n' {
		r.line++
		r.col = 1
	} else if c&0xC0 != 0x80 { // count characters, not UTF-8 continuation bytes
		r.col++
	}
	return c
}

// skip passes whitespace, comments, #| |# blocks, #; datums and #! directives.
func (r *reader) skip() error {
	for r.at < len(r.src) {
		c := r.peek()
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			r.next()
		case c == ';':
			for r.at < len(r.src) && r.peek() != '\n' {
				r.next()
			}
		case c == '#' && r.at+1 < len(r.src) && r.src[r.at+1] == '|':
			start := r.pos()
			r.next()
			r.next()
			depth := 1
			for depth > 0 {
				if r.at >= len(r.src) {
					return r.errorf(start, "unterminated #| comment")
				}
				c := r.next()
				if c == '|' && r.peek() == '#' {
					r.next()
					depth--
				} else if c == '#' && r.peek() == '|' {
					r.next()
					depth++
				}
			}
		case c == '#' && r.at+1 < len(r.src) && r.src[r.at+1] == ';':
			r.next()
			r.next()
			if err := r.skip(); err != nil {
				return err
			}
			start := r.pos()
			d, err := r.datum()
			if err != nil {
				return err
			}
			if d == nil {
				return r.errorf(start, "#; must be followed by a datum")
			}
		case c == '#' && r.at+1 < len(r.src) && r.src[r.at+1] == '!':
			r.token()
		default:
			return nil
		}
	}
	return nil
}

func isDelimiter(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f', '\v', '(', ')', '[', ']', '"', ';':
		return true
	}
	return false
}

// datum reads one datum; nil at a closing bracket (left unread).
func (r *reader) datum() (*datum, error) {
	if err := r.skip(); err != nil {
		return nil, err
	}
	p := r.pos()
	if r.at >= len(r.src) {
		r.eof = true
		return nil, r.errorf(p, "unexpected end of file")
	}
	c := r.peek()
	switch c {
	case ')', ']':
		return nil, nil
	case '(', '[':
		r.next()
		return r.list(p, c)
	case '\'', '`', ',':
		r.next()
		name := map[byte]string{'\'': "quote", '`': "quasiquote", ',': "unquote"}[c]
		if c == ',' && r.peek() == '@' {
			r.next()
			name = "unquote-splicing"
		}
		d, err := r.datum()
		if err != nil {
			return nil, err
		}
		if d == nil {
			return nil, r.errorf(p, "%s must be followed by a datum", name)
		}
		return &datum{kind: dList, pos: p, items: []*datum{{kind: dSymbol, pos: p, sym: name}, d}}, nil
	case '"':
		r.next()
		var sb strings.Builder
		for {
			if r.at >= len(r.src) {
				return nil, r.errorf(p, "unterminated string")
			}
			c := r.next()
			if c == '"' {
				break
			}
			if c == '\\' && r.at < len(r.src) {
				c = r.next()
			}
			sb.WriteByte(c)
		}
		return &datum{kind: dString, pos: p, sym: sb.String()}, nil
	case '#':
		if r.at+1 < len(r.src) {
			switch r.src[r.at+1] {
			case '(':
				r.next()
				return r.vector(p)
			case '\\':
				r.next()
				r.next()
				first := ""
				if r.at < len(r.src) {
					first = string(r.next())
				}
				return &datum{kind: dChar, pos: p, sym: first + r.token()}, nil
			}
		}
	}
	tok := r.token()
	if tok == "#vu8" && r.peek() == '(' {
		return r.vector(p)
	}
	return r.atom(p, tok)
}

// token reads up to the next delimiter.
func (r *reader) token() string {
	start := r.at
	for r.at < len(r.src) && !isDelimiter(r.peek()) {
		r.next()
	}
	return string(r.src[start:r.at])
}

// vector reads #( … ) or #vu8( … ) from its opening parenthesis.
func (r *reader) vector(p Pos) (*datum, error) {
	r.next()
	d, err := r.list(p, '(')
	if err != nil {
		return nil, err
	}
	d.kind = dVector
	return d, nil
}

func (r *reader) list(p Pos, open byte) (*datum, error) {
	if r.depth++; r.depth > MaxNesting {
		return nil, r.errorf(p, "lists nest more than %d deep here, Offload's limit; name parts of the expression with let, or split it into procedures", MaxNesting)
	}
	defer func() { r.depth-- }()
	d := &datum{kind: dList, pos: p}
	head := r.head
	for {
		r.head = ""
		if len(d.items) == 1 && d.items[0].kind == dSymbol {
			r.head = d.items[0].sym
		}
		it, err := r.datum()
		if err != nil {
			if r.eof {
				// The innermost list still open when the file ends is the
				// one to close. When that is the outermost (the library),
				// a ')' missing inside one of its forms made that form take
				// in every form after it, so its last form is the one.
				r.eof = false
				if last := len(d.items) - 1; r.depth == 1 && last >= 4 && d.items[0].isSym("library") && d.items[last].kind == dList {
					return nil, r.errorf(d.items[last].pos, "this '(' is never closed: it takes in everything after it, and the '(' at %d:%d ends up without its ')' at the end of the file", p.Line, p.Col)
				}
				return nil, r.errorf(p, "this '%c' is never closed: the file ends first", open)
			}
			return nil, err
		}
		if it == nil {
			close := r.next()
			if (open == '(') != (close == ')') {
				return nil, r.errorf(p, "'%c' closed by '%c'", open, close)
			}
			return d, nil
		}
		if it.isSym(".") {
			switch head {
			case "define", "define-entry", "define-entry/rt", "lambda":
				return nil, r.errorf(it.pos, "variadic procedures are not part of Offload: every call's arity is fixed at compile time; give each argument its own parameter, or pass the values in a bytevector")
			}
			return nil, r.errorf(it.pos, "dotted pairs are not part of Offload")
		}
		d.items = append(d.items, it)
	}
}

func (r *reader) atom(p Pos, tok string) (*datum, error) {
	switch tok {
	case "#t", "#true":
		return &datum{kind: dBool, pos: p, b: true}, nil
	case "#f", "#false":
		return &datum{kind: dBool, pos: p}, nil
	case "+inf.0":
		return &datum{kind: dFloat, pos: p, f: math.Inf(1)}, nil
	case "-inf.0":
		return &datum{kind: dFloat, pos: p, f: math.Inf(-1)}, nil
	case "+nan.0", "-nan.0":
		// the canonical quiet NaN (Go's math.NaN has a payload of 1)
		return &datum{kind: dFloat, pos: p, f: math.Float64frombits(0x7FF8000000000000)}, nil
	}
	if d, ok, err := r.number(p, tok); ok || err != nil {
		return d, err
	}
	if strings.HasPrefix(tok, "#") {
		return nil, r.errorf(p, "unknown syntax %q", tok)
	}
	return &datum{kind: dSymbol, pos: p, sym: tok}, nil
}

// number parses tok as a number; ok is false when it is a symbol.
func (r *reader) number(p Pos, tok string) (*datum, bool, error) {
	radix := 10
	body := tok
	exactness := byte(0)
	for len(body) >= 2 && body[0] == '#' {
		switch body[1] {
		case 'x', 'X':
			radix = 16
		case 'b', 'B':
			radix = 2
		case 'o', 'O':
			radix = 8
		case 'd', 'D':
			radix = 10
		case 'e', 'E', 'i', 'I':
			exactness = body[1] | 0x20
		default:
			return nil, false, nil
		}
		body = body[2:]
	}
	if body == "" || body == "+" || body == "-" || body == "..." {
		if body != tok {
			return nil, false, r.errorf(p, "malformed number %q", tok)
		}
		return nil, false, nil
	}
	c := body[0]
	if !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.' && !(radix == 16 && strings.ContainsRune("abcdefABCDEF", rune(c))) {
		return nil, false, nil
	}
	if strings.Contains(body, "/") {
		return &datum{kind: dRational, pos: p, sym: tok}, true, nil
	}
	n := new(big.Int)
	if _, ok := n.SetString(strings.TrimPrefix(body, "+"), radix); ok {
		if exactness == 'i' {
			f, _ := new(big.Float).SetInt(n).Float64()
			return &datum{kind: dFloat, pos: p, f: f}, true, nil
		}
		if !n.IsInt64() {
			return &datum{kind: dBigInt, pos: p, sym: tok}, true, nil
		}
		return &datum{kind: dInt, pos: p, i: n.Int64()}, true, nil
	}
	if radix == 10 {
		if f, err := strconv.ParseFloat(body, 64); err == nil || strings.Contains(err.Error(), "range") {
			if strings.ContainsAny(body, "xXpP_") || strings.EqualFold(strings.TrimLeft(body, "+-"), "inf") ||
				strings.EqualFold(strings.TrimLeft(body, "+-"), "infinity") || strings.EqualFold(strings.TrimLeft(body, "+-"), "nan") {
				return nil, false, nil // Go syntax Scheme does not share
			}
			if exactness == 'e' {
				return nil, true, r.errorf(p, "#e on a decimal is not supported; write an integer")
			}
			return &datum{kind: dFloat, pos: p, f: f}, true, nil
		}
	}
	if body != tok {
		return nil, true, r.errorf(p, "malformed number %q", tok)
	}
	return nil, false, nil
}
